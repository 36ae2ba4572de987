// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace hindsight {

// Paints a COE's row while searching: each cell's text on the first line
// and, under it, the snippet of the matching text with the matched words in
// bold, from the title's left edge across the whole row (set it as the
// table's delegate for every column). The snippet comes from
// CoeTableModel::SnippetHtmlRole, already escaped (user text is data), so
// only the model's own <b> tags are markup.
class CoeTitleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CoeTitleDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace hindsight
