// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QTextDocument;

namespace hindsight::report {

// The page-break rules of a printed report, applied to a document already
// laid out in pages (QTextDocument::setPageSize and the printer as paint
// device), in document order, each against the layout the changes before it
// left:
// - a heading, or a lead-in line (ReportDocument::KeepWithNextProperty),
//   moves to the page of the text that follows it; when a table follows, of
//   the table's first row;
// - a table row is never split across pages: a row that would straddle a
//   page break moves whole to the next page (the row before it grows to the
//   foot of the page, as Qt does when it moves a row itself), unless the
//   row alone is taller than a page; a row that leads into the next one (a
//   timeline's gap row, KeepWithNextProperty on its first cell) moves with
//   it;
// - a short last section (a fifth of a page at most) does not end the
//   report on a page of its own or with its last lines alone there when,
//   with its margins tightened, it fits on the page before.
//
// Qt lays out a paged document lazily, from the first change on, so each
// table is laid out again only a few times, whatever the length of the
// document.
class PageFlow
{
public:
    // scale: device pixels per 1/96 inch (the printer's resolution / 96),
    // the unit in which formats give paddings and margins.
    static void apply(QTextDocument* doc, qreal scale);
};

} // namespace hindsight::report
