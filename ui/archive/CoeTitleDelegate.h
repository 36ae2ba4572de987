// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace hindsight {

// Paints a COE's title and, under it when searching, the snippet of the
// matching text with the matched words in bold. The snippet comes from
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
