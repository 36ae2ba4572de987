// SPDX-License-Identifier: MIT
#include "archive/CoeTitleDelegate.h"

#include "itemmodels/CoeTableModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

namespace hindsight {

CoeTitleDelegate::CoeTitleDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void CoeTitleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString snippet = index.data(CoeTableModel::SnippetHtmlRole).toString();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 2, -2, -2);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QFontMetrics fm(opt.font);

    painter->save();
    painter->setClipRect(area);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(QPalette::Active, textRole));
    const QRect titleRect(area.left(), area.top(), area.width(), fm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, area.width()));

    QTextDocument doc;
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    doc.setDefaultFont(small);
    doc.setDocumentMargin(0);
    QTextOption noWrap;
    noWrap.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(noWrap);
    QString oneLine = snippet;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    doc.setHtml(oneLine);
    painter->translate(area.left(), area.top() + fm.height() + 1);
    QAbstractTextDocumentLayout::PaintContext context;
    QColor snippetColor = opt.palette.color(QPalette::Active, textRole);
    if (!selected)
        snippetColor = opt.palette.color(QPalette::Active, QPalette::PlaceholderText).darker(130);
    context.palette.setColor(QPalette::Text, snippetColor);
    context.clip = QRectF(0, 0, area.width(), area.bottom() - (area.top() + fm.height()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize CoeTitleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(CoeTableModel::SnippetHtmlRole).toString().isEmpty())
        size.setHeight(size.height() * 2 + 4);
    return size;
}

} // namespace hindsight
