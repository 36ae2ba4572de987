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
//   row alone is taller than a page;
// - a short last section is not left alone on a page of its own: when the
//   rules above would start the last page with it, it stays where it was.
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
