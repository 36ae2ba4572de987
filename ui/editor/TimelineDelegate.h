// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace hindsight {

// Paints the timeline's cells, with a band across the top of a row that
// follows a gap ("17 min gap — not explained yet"), and gives the editors:
// a line edit for typed times, a combo box of milestones.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Extra height of a row that follows a gap.
    static int bandHeight(const QFontMetrics& metrics);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

signals:
    // A typed time was refused; the reason is in the message.
    void timeRejected(const QString& message) const;
    void timeAccepted() const;
};

} // namespace hindsight
