// SPDX-License-Identifier: MIT
#include "archive/CoeTitleDelegate.h"

#include "itemmodels/CoeTableModel.h"
#include "storage/ArchiveSearch.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>
#include <QTextDocument>
#include <QTextOption>

namespace hindsight {

namespace {

// One line of snippet whose first match shows: the parts of the COE it spans
// are set apart with " · ", and text before the match that would push it out
// of sight is dropped, word by word, behind an ellipsis.
QString fitSnippet(QString snippet, const QFontMetrics& fm, int width)
{
    snippet.replace(QLatin1Char('\n'), QStringLiteral(" · "));
    const qsizetype match = snippet.indexOf(kMatchStart);
    if (match <= 0)
        return snippet;
    QString before = snippet.left(match);
    bool dropped = false;
    while (fm.horizontalAdvance(before) > width / 3) {
        const qsizetype space = before.indexOf(QLatin1Char(' '), 1);
        if (space < 0)
            break;
        before = before.mid(space + 1);
        dropped = true;
    }
    return (dropped && !before.startsWith(kSnippetEllipsis) ? QString(kSnippetEllipsis) : QString()) + before
        + snippet.mid(match);
}

} // namespace

CoeTitleDelegate::CoeTitleDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void CoeTitleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QModelIndex titleIndex = index.siblingAtColumn(CoeTableModel::TitleColumn);
    const QString raw = titleIndex.data(CoeTableModel::SnippetRole).toString();
    if (raw.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 2, -2, -2);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QFontMetrics fm(opt.font);

    // The cell's own text on the first line.
    painter->save();
    painter->setClipRect(option.rect);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(QPalette::Active, textRole));
    const QRect firstLine(area.left(), area.top(), area.width(), fm.height());
    painter->drawText(firstLine, horizontal | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, area.width()));
    painter->restore();

    // The snippet on the second line runs from the title's left edge to the
    // row's right end: every cell of the row paints the part under it.
    int left = area.left();
    int width = area.width();
    if (const auto* view = qobject_cast<const QTableView*>(opt.widget)) {
        const QRect titleCell = view->visualRect(titleIndex);
        const QHeaderView* header = view->horizontalHeader();
        left = titleCell.left() + (area.left() - option.rect.left());
        width = header->length() - header->offset() - left - 4;
        if (option.rect.right() < titleCell.left())
            return; // a column moved before the title: no snippet under it
    }
    QTextDocument doc;
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    doc.setDefaultFont(small);
    doc.setDocumentMargin(0);
    QTextOption noWrap;
    noWrap.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(noWrap);
    doc.setHtml(snippetToHtml(fitSnippet(raw, QFontMetrics(small), width)));
    const int top = area.top() + fm.height() + 1;
    painter->save();
    painter->setClipRect(QRect(option.rect.left(), top, option.rect.width(), option.rect.bottom() - top));
    painter->translate(left, top);
    QAbstractTextDocumentLayout::PaintContext context;
    QColor snippetColor = opt.palette.color(QPalette::Active, textRole);
    if (!selected)
        snippetColor = opt.palette.color(QPalette::Active, QPalette::PlaceholderText).darker(130);
    context.palette.setColor(QPalette::Text, snippetColor);
    context.clip = QRectF(option.rect.left() - left, 0, option.rect.width(), option.rect.bottom() - top);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize CoeTitleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(CoeTableModel::SnippetRole).toString().isEmpty())
        size.setHeight(size.height() * 2 + 4);
    return size;
}

} // namespace hindsight
