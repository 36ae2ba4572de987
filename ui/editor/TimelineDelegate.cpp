// SPDX-License-Identifier: MIT
#include "editor/TimelineDelegate.h"

#include "domain/DisplayNames.h"
#include "itemmodels/TimelineModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPainter>

namespace hindsight {

int TimelineDelegate::bandHeight(const QFontMetrics& metrics)
{
    return metrics.height() + 6;
}

static bool hasGap(const QModelIndex& index)
{
    return index.data(TimelineModel::GapMinutesRole).isValid();
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!hasGap(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int band = bandHeight(option.fontMetrics);
    QRect bandRect = option.rect;
    bandRect.setHeight(band);
    const bool explained = index.data(TimelineModel::GapExplainedRole).toBool();
    painter->save();
    painter->fillRect(bandRect, explained ? QColor(0xec, 0xef, 0xf3) : QColor(0xff, 0xf3, 0xcd));
    painter->setPen(QColor(0x99, 0x99, 0x99));
    painter->drawLine(bandRect.left(), bandRect.center().y(), bandRect.right(), bandRect.center().y());
    if (index.column() == TimelineModel::TextColumn || index.column() == TimelineModel::TimeColumn) {
        // The band text starts in the time column and runs on into the text column.
        const QString text = index.column() == TimelineModel::TimeColumn
                                 ? QStringLiteral("──")
                                 : index.data(TimelineModel::GapTextRole).toString();
        const QRect textRect = bandRect.adjusted(6, 0, -6, 0);
        const QString elided = option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
        const QRect back = option.fontMetrics.boundingRect(textRect, Qt::AlignVCenter | Qt::AlignLeft, elided)
                               .adjusted(-4, 0, 4, 0);
        painter->fillRect(back, explained ? QColor(0xec, 0xef, 0xf3) : QColor(0xff, 0xf3, 0xcd));
        painter->setPen(explained ? QColor(0x44, 0x44, 0x44) : QColor(0x7a, 0x4b, 0x00));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, elided);
    }
    painter->restore();
    QStyleOptionViewItem rest = option;
    rest.rect.setTop(option.rect.top() + band);
    QStyledItemDelegate::paint(painter, rest, index);
}

QWidget* TimelineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    if (index.column() == TimelineModel::MilestoneColumn) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("milestoneEditorComboBox"));
        combo->setAccessibleName(tr("Milestone"));
        combo->addItem(tr("(none)"), int(Milestone::None));
        for (Milestone m : allValues<Milestone>())
            combo->addItem(displayName(m), int(m));
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (index.column() == TimelineModel::TimeColumn) {
            line->setObjectName(QStringLiteral("timeEditorLineEdit"));
            line->setAccessibleName(tr("Time"));
            line->setPlaceholderText(QStringLiteral("2024-03-07 14:02"));
        } else {
            line->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        }
    }
    return editor;
}

void TimelineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TimelineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (index.column() == TimelineModel::TimeColumn) {
        auto* line = qobject_cast<QLineEdit*>(editor);
        if (!line || line->text() == index.data(Qt::EditRole).toString())
            return;
        auto* timeline = qobject_cast<TimelineModel*>(model);
        if (!model->setData(index, line->text(), Qt::EditRole))
            emit timeRejected(timeline ? timeline->lastError() : tr("That time was not understood."));
        else
            emit timeAccepted();
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void TimelineDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    QStyleOptionViewItem o = option;
    if (hasGap(index))
        o.rect.setTop(o.rect.top() + bandHeight(option.fontMetrics));
    QStyledItemDelegate::updateEditorGeometry(editor, o, index);
}

} // namespace hindsight
