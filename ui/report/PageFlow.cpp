// SPDX-License-Identifier: MIT
#include "PageFlow.h"

#include "report/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hindsight::report {

namespace {

// At most this many layouts of one table while moving its rows; each
// normally leaves none split after the first or second.
constexpr int kMaxTablePasses = 6;
// The height (device pixels) kept for a spacer's own line, and the least a
// line of text needs.
constexpr qreal kSpacerHeight = 12;
constexpr qreal kMinLine = 20;

// One line of a cell (or a frame nested in it) in document coordinates.
struct Box
{
    qreal top = 0;
    qreal bottom = 0;
    qreal gapBefore = 0; // the block margin above it when it begins a block
};

// A table row as laid out: where its text begins and ends, and how tall its
// text is when nothing of it is moved to another page.
struct Row
{
    bool valid = false;
    qreal top = 0;     // top of its first line
    qreal bottom = 0;  // bottom of its last line
    qreal natural = 0; // height of its text, unsplit
    bool split = false; // its lines are on more than one page
    bool spacer = false; // it ends with a spacer of ours
    qreal firstCell = 0; // height of its first cell's text, unsplit
    QList<Box> boxes;    // the lines of all its cells
};

class Flow
{
public:
    Flow(QTextDocument* doc, qreal scale)
        : m_doc(doc), m_layout(doc->documentLayout()), m_pageHeight(doc->pageSize().height()), m_scale(scale)
    {
    }

    void run();

private:
    int pageOf(qreal y) const { return int(std::floor(y / m_pageHeight)); }
    QList<Box> cellBoxes(const QTextTableCell& cell) const;
    Row row(QTextTable* table, int r) const;
    void keepWithNext(const QTextBlock& block);
    void keepRows(QTextTable* table);
    bool keepRowsPass(QTextTable* table);
    void addSpacer(QTextTable* table, int r, qreal margin);
    void removeSpacers(QTextTable* table, int r);
    void relayoutFrom(int position);
    void shortLastSection();

    QTextDocument* m_doc;
    QAbstractTextDocumentLayout* m_layout;
    qreal m_pageHeight;
    qreal m_scale;
    int m_touches = 0;
};

bool keepsWithNext(const QTextBlock& b)
{
    return b.blockFormat().boolProperty(ReportDocument::KeepWithNextProperty) && !b.text().isEmpty();
}

// The table that begins right after this (empty) block, if any.
QTextTable* tableAfter(const QTextBlock& block)
{
    if (!block.isValid() || block.length() != 1)
        return nullptr;
    const QTextBlock next = block.next();
    if (!next.isValid())
        return nullptr;
    QTextTable* table = QTextCursor(next).currentTable();
    if (!table || table->firstPosition() != next.position())
        return nullptr;
    // Only a table of the same frame as the block (not a table in a cell).
    return table->parentFrame() == QTextCursor(block).currentFrame() ? table : nullptr;
}

// Whether a table row leads into the next one (ReportDocument::KeepWithNextProperty
// on its first cell's format) and moves to the next page with it.
bool keepsWithNextRow(QTextTable* table, int r)
{
    return table->cellAt(r, 0).format().boolProperty(ReportDocument::KeepWithNextProperty);
}

int headerRows(const QTextTable* table)
{
    return qBound(0, table->format().headerRowCount(), table->rows() - 1);
}

} // namespace

void PageFlow::apply(QTextDocument* doc, qreal scale)
{
    if (doc->pageSize().height() <= 0)
        return;
    Flow(doc, scale > 0 ? scale : 1.0).run();
}

void Flow::relayoutFrom(int position)
{
    // Qt updates only the changed text; what follows must be laid out
    // again before its positions mean anything. The layout of a paged
    // document goes on lazily, as far as positions are asked for.
    m_doc->markContentsDirty(position, m_doc->characterCount() - position);
}

void Flow::run()
{
    // Document order, each rule against the layout the changes before it left.
    for (QTextFrame::iterator it = m_doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            keepRows(table);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (block.isValid() && keepsWithNext(block))
            keepWithNext(block);
    }
    shortLastSection();
}

void Flow::shortLastSection()
{
    // The last section, when it is short (a few lines: Related items, say)
    // and would leave the last page to itself (moved there whole by the
    // rule above, or with only its last lines there), comes back to the
    // previous page if it fits there with its spacing tightened: its
    // heading and paragraphs lose their margins. Only a section of
    // paragraphs and lists (no table, no image) is tightened.
    const int pages = m_doc->pageCount();
    if (pages < 2)
        return;
    QTextBlock heading;
    QList<QTextBlock> blocks;
    for (QTextFrame::iterator it = m_doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame()) {
            blocks.clear();
            heading = QTextBlock();
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (block.blockFormat().intProperty(ReportDocument::HeadingLevelProperty) == 1) {
            heading = block;
            blocks.clear();
        }
        blocks.append(block);
    }
    if (!heading.isValid() || blocks.size() < 2)
        return;
    const int lastPage = pages - 1;
    const qreal top = m_layout->blockBoundingRect(heading).top();
    const qreal bottom = m_layout->blockBoundingRect(blocks.last()).bottom();
    const int headingPage = pageOf(top);
    // Short: a fifth of a page at most, starting on the last page or the one before.
    if (bottom - top > m_pageHeight * 0.2 || headingPage < lastPage - 1 || pageOf(bottom - 1) != lastPage)
        return;
    for (const QTextBlock& b : blocks) {
        for (auto f = b.begin(); !f.atEnd(); ++f) {
            if (f.fragment().charFormat().isImageFormat())
                return;
        }
    }
    QList<QTextBlockFormat> saved;
    QTextCursor edit(m_doc);
    edit.beginEditBlock();
    for (const QTextBlock& b : blocks) {
        saved.append(b.blockFormat());
        QTextBlockFormat f = b.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        f.setTopMargin(b == heading ? 2 : 0);
        f.setBottomMargin(b == heading ? 2 : 0);
        QTextCursor(b).setBlockFormat(f);
    }
    edit.endEditBlock();
    relayoutFrom(heading.position());
    if (m_doc->pageCount() < pages)
        return;
    // It does not fit: as it was.
    edit.beginEditBlock();
    for (int i = 0; i < blocks.size(); ++i)
        QTextCursor(blocks[i]).setBlockFormat(saved[i]);
    edit.endEditBlock();
    relayoutFrom(heading.position());
}

QList<Box> Flow::cellBoxes(const QTextTableCell& cell) const
{
    QList<Box> boxes;
    QTextBlockFormat previous;
    bool first = true;
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            // A table in a Markdown description: one box, as tall as it is.
            const QRectF r = m_layout->frameBoundingRect(frame);
            boxes.append({r.top(), r.bottom(), 0});
            previous = QTextBlockFormat();
            first = false;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QTextLayout* text = block.layout();
        if (!block.isValid() || !text || text->lineCount() == 0)
            continue;
        const QTextBlockFormat format = block.blockFormat();
        if (format.boolProperty(ReportDocument::RowSpacerProperty))
            continue;
        // The block's rectangle has its top at the block's position, the
        // lines are below it (a line moved to the next page far below).
        const qreal origin = m_layout->blockBoundingRect(block).top();
        const qreal margin = first ? 0 : qMax(format.topMargin(), previous.bottomMargin()) * m_scale;
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            boxes.append({origin + line.y(), origin + line.y() + line.height(), i == 0 ? margin : 0});
        }
        previous = format;
        first = false;
    }
    return boxes;
}

Row Flow::row(QTextTable* table, int r) const
{
    Row out;
    QList<QList<Box>> cells;
    for (int c = 0; c < table->columns();) {
        const QTextTableCell cell = table->cellAt(r, c);
        if (!cell.isValid())
            break;
        c = cell.column() + qMax(1, cell.columnSpan());
        if (cell.row() != r)
            continue; // spans from a row above
        const QTextBlock last = cell.lastCursorPosition().block();
        out.spacer = out.spacer || last.blockFormat().boolProperty(ReportDocument::RowSpacerProperty);
        QList<Box> boxes = cellBoxes(cell);
        if (!boxes.isEmpty())
            cells.append(std::move(boxes));
        else if (cells.isEmpty())
            cells.append(QList<Box>()); // keeps the first cell first
    }
    out.top = std::numeric_limits<qreal>::max();
    out.bottom = std::numeric_limits<qreal>::lowest();
    for (const QList<Box>& boxes : cells) {
        if (boxes.isEmpty())
            continue;
        out.valid = true;
        out.top = qMin(out.top, boxes.first().top);
        out.bottom = qMax(out.bottom, boxes.last().bottom);
        out.boxes.append(boxes);
    }
    if (!out.valid)
        return out;
    // The text's height were no line moved to the next page: where a line
    // begins a later page than the line before it, it would have followed
    // that line (after the block margin between them).
    for (int i = 0; i < cells.size(); ++i) {
        const QList<Box>& boxes = cells[i];
        qreal naturalBottom = out.top;
        qreal previousBottom = out.top;
        int previousPage = pageOf(out.top);
        for (const Box& b : boxes) {
            const int page = pageOf(b.top);
            const qreal top = page > previousPage ? naturalBottom + b.gapBefore
                                                  : naturalBottom + (b.top - previousBottom);
            naturalBottom = top + (b.bottom - b.top);
            previousBottom = b.bottom;
            previousPage = pageOf(b.bottom - 0.5);
        }
        out.natural = qMax(out.natural, naturalBottom - out.top);
        if (i == 0)
            out.firstCell = naturalBottom - out.top;
    }
    out.split = pageOf(out.top) != pageOf(out.bottom - 0.5);
    return out;
}

void Flow::keepWithNext(const QTextBlock& block)
{
    // A heading (or a lead-in line: a question, a why) whose text, the first
    // block after it that is not itself one, starts on a later page moves
    // to that page; a section heading over a subsection heading moves with
    // it. When a table follows, its text is the table's first row, which
    // stays whole (keepRows) unless it is taller than a page.
    if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return;
    QTextBlock text = block.next();
    while (text.isValid() && keepsWithNext(text))
        text = text.next();
    if (!text.isValid())
        return;
    const QRectF headingRect = m_layout->blockBoundingRect(block);
    qreal textBottom = 0;
    if (QTextTable* table = tableAfter(text)) {
        const Row first = row(table, headerRows(table));
        if (!first.valid)
            return;
        textBottom = first.natural < m_pageHeight * 0.9 ? first.bottom : first.top + 1;
    } else {
        const QRectF textRect = m_layout->blockBoundingRect(text);
        textBottom = textRect.top();
        if (text.layout() && text.layout()->lineCount() > 0)
            textBottom += text.layout()->lineAt(0).rect().bottom();
    }
    const int headingPage = pageOf(headingRect.top());
    const int textPage = pageOf(textBottom - 1);
    // Already near the top of its page, moving would only add a page.
    const bool nearTop = headingRect.top() - headingPage * m_pageHeight < m_pageHeight * 0.05;
    if (textPage > headingPage && !nearTop) {
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(breakBefore);
        relayoutFrom(block.position());
    }
}

void Flow::keepRows(QTextTable* table)
{
    if (table->rows() < 1)
        return;
    for (int pass = 0; pass < kMaxTablePasses; ++pass) {
        if (!keepRowsPass(table))
            return;
    }
}

// One look at the table as laid out: finds the first row split across
// pages that would fit on one, and from there on plays the pages through
// with the rows' unsplit heights, moving every row that would straddle a
// page break to the next page. A row moves when the row before it reaches
// the foot of the page: an empty block (a spacer) at the end of its first
// cell, with the room left as its top margin, leaves no room for the next
// row's first line, and Qt lays that row out on the next page, under the
// repeated header. Gives whether it changed anything.
bool Flow::keepRowsPass(QTextTable* table)
{
    const int rows = table->rows();
    const int header = headerRows(table);
    QList<Row> laid(rows);
    for (int r = header; r < rows; ++r)
        laid[r] = row(table, r);

    // Where text may go on a page, measured on the table itself: the first
    // line of a page after the table's first is at least pageTop below the
    // page's top (the first one on the page exactly); no line ends lower
    // than pageBottom (the lowest line seen, never too low).
    const int firstPage = pageOf(laid[header].valid ? laid[header].top : 0);
    qreal pageTop = std::numeric_limits<qreal>::max();
    qreal pageBottom = 0;
    bool spacers = false;
    for (int r = header; r < rows; ++r) {
        if (!laid[r].valid)
            continue;
        spacers = spacers || laid[r].spacer;
        for (const Box& b : laid[r].boxes) {
            const int page = pageOf(b.top);
            if (page > firstPage)
                pageTop = qMin(pageTop, b.top - page * m_pageHeight);
            pageBottom = qMax(pageBottom, b.bottom - page * m_pageHeight);
        }
    }
    if (pageTop == std::numeric_limits<qreal>::max())
        return false; // the table is on one page
    const qreal room = pageBottom - pageTop; // for one row on a page of its own

    // The first row that is split and would fit a page.
    int from = -1;
    for (int r = header; r < rows; ++r) {
        if (laid[r].valid && laid[r].split && laid[r].natural <= room) {
            from = r;
            break;
        }
    }
    if (from < 0)
        return false;

    // The space between one row's last line and the next row's first line
    // (paddings, borders), measured on rows that follow each other on a page.
    QList<qreal> gaps;
    for (int r = header; r + 1 < rows; ++r) {
        const Row& a = laid[r];
        const Row& b = laid[r + 1];
        if (a.valid && b.valid && !a.split && !a.spacer && pageOf(a.bottom - 0.5) == pageOf(b.top))
            gaps.append(b.top - a.bottom);
    }
    qreal usualGap = (2 * table->format().cellPadding() + 2 * table->format().border()) * m_scale;
    if (!gaps.isEmpty()) {
        std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
        usualGap = gaps[gaps.size() / 2];
    }
    const auto gapAfter = [&](int r) {
        if (r + 1 < rows && laid[r + 1].valid && !laid[r].split && !laid[r].spacer
            && pageOf(laid[r].bottom - 0.5) == pageOf(laid[r + 1].top)) {
            return laid[r + 1].top - laid[r].bottom;
        }
        return usualGap;
    };

    QTextCursor edit(m_doc);
    edit.beginEditBlock();
    // Spacers below the rows from `from - 1` on were placed by positions
    // that no longer hold: the play-through decides afresh. (Last first, so
    // that the positions of the others stay.)
    if (spacers) {
        for (int r = rows - 1; r >= qMax(header, from - 1); --r)
            removeSpacers(table, r);
    }

    bool changed = spacers;
    bool moveTable = false;
    // The play-through: `top` is where row r's first line would be.
    QList<qreal> tops(rows, 0);
    qreal top = laid[from].top;
    int previous = -1;
    for (int r = from; r < rows; ++r) {
        if (!laid[r].valid)
            continue;
        if (previous >= 0)
            top += laid[previous].natural + gapAfter(previous);
        previous = r;
        tops[r] = top;
        const int page = pageOf(top);
        const qreal pageStart = page * m_pageHeight;
        if (top - pageStart + kMinLine > pageBottom) {
            // Not even a line fits: Qt moves such a row itself.
            top = (page + 1) * m_pageHeight + pageTop;
            tops[r] = top;
            continue;
        }
        const bool atTop = top - pageStart <= pageTop + 0.5;
        if (top - pageStart + laid[r].natural <= pageBottom || laid[r].natural > room || atTop)
            continue;
        // Row r moves to the next page, and with it the rows just before
        // it that lead into it (a timeline's gap row), when they are on
        // this page, not at its top, and all fit on one page.
        int first = r;
        while (first - 1 > qMax(header, from) && laid[first - 1].valid && keepsWithNextRow(table, first - 1)
               && pageOf(tops[first - 1]) == page && tops[first - 1] - pageStart > pageTop + 0.5
               && top + laid[r].natural - tops[first - 1] <= room)
            --first;
        if (first == header) {
            moveTable = true;
            break;
        }
        // The row before fills the page: its first cell gets a spacer whose
        // top margin takes it down to the lowest line a page holds.
        const int before = first - 1;
        const qreal cellBottom =
            tops[first] - gapAfter(before) - laid[before].natural + laid[before].firstCell;
        const qreal margin = pageStart + pageBottom - kSpacerHeight - cellBottom;
        if (margin > 0) {
            addSpacer(table, before, margin / m_scale);
            changed = true;
        }
        const qreal moveBy = (page + 1) * m_pageHeight + pageTop - tops[first];
        for (int moved = first; moved <= r; ++moved)
            tops[moved] += moveBy;
        top = tops[r];
    }
    if (moveTable) {
        QTextTableFormat f = table->format();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(f);
        changed = true;
    }
    // Qt lays out again at the end of the edit only what changed and moves
    // what follows, which leaves some of it wrong: a change to the last
    // block makes the edit span the rest of the document, laid out again
    // in the one pass at the end of the edit (lazily: as far as it had gone,
    // the rest when asked for). One pass, not two: each pass lays out one
    // table further than the last, and two per table would run ahead.
    if (changed) {
        QTextCursor end(m_doc);
        end.movePosition(QTextCursor::End);
        QTextBlockFormat touch;
        touch.setProperty(ReportDocument::RelayoutProperty, ++m_touches);
        end.mergeBlockFormat(touch);
    }
    edit.endEditBlock();
    return changed;
}

void Flow::addSpacer(QTextTable* table, int r, qreal margin)
{
    QTextCursor c = table->cellAt(r, 0).lastCursorPosition();
    QTextBlockFormat b;
    b.setTopMargin(margin);
    b.setBottomMargin(0);
    b.setProperty(ReportDocument::RowSpacerProperty, true);
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    c.insertBlock(b, tiny);
}

void Flow::removeSpacers(QTextTable* table, int r)
{
    for (int c = table->columns() - 1; c >= 0; --c) {
        const QTextTableCell cell = table->cellAt(r, c);
        if (cell.row() != r || cell.column() != c)
            continue;
        QTextBlock last = cell.lastCursorPosition().block();
        while (last.isValid() && last.blockFormat().boolProperty(ReportDocument::RowSpacerProperty)
               && last.position() > cell.firstPosition()) {
            const QTextBlock previous = last.previous();
            QTextCursor cursor(m_doc);
            cursor.setPosition(last.position() - 1);
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            last = previous;
        }
    }
}

} // namespace hindsight::report
