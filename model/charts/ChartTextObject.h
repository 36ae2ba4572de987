// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ChartSpec.h"

#include <QSizeF>

class QTextCursor;
class QTextDocument;

namespace hindsight::charts {

// A chart inside a QTextDocument (the COE PDF, the learning report), painted
// as vectors by QPainter when the document is drawn or printed: no image.

// The QTextFormat object type of the chart object (QTextFormat::UserObject + 15).
int chartObjectType();

// Registers the chart handler with doc's layout; call once before inserting
// (insertChart calls it when needed). Safe to call again.
void registerChartObjects(QTextDocument* doc);

// Inserts the chart at cursor, sizePt in points (1/72 inch): the size it
// takes on paper (the layout's paint device decides the pixels: a document
// without one, on screen, takes 96/72 px per point). The chart is laid out at
// 96 dpi and scaled, so it looks the same on screen and on paper.
// registerNow false leaves the registration to the caller, before the
// document is laid out: registering creates the document's layout, which then
// lays the whole document out again at every later insertion (a report with
// charts and long tables took minutes to build).
void insertChart(QTextCursor& cursor, const ChartSpec& spec, const QSizeF& sizePt, bool registerNow = true);

} // namespace hindsight::charts
