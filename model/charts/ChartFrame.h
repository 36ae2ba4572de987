// SPDX-License-Identifier: MIT
#pragma once

#include "charts/Canvas.h"
#include "charts/ChartText.h"
#include "charts/ChartPaint.h"

#include <QList>

// Internal to model/charts: what the painters of the chart kinds share.
namespace hindsight::charts {

struct Frame
{
    Canvas& canvas;
    const ChartSpec& spec;
    const PaintOptions& options;
    QRectF rect;
    QFont font;      // labels (pixel size)
    QFont small;     // tick labels
    QFont titleFont; // bold
    QColor text;
    QColor muted; // grid and secondary text
    QColor axis;
    QColor background;
    ChartHits hits;

    Frame(Canvas& c, const ChartSpec& s, const PaintOptions& o, const QRectF& r);
    qreal lineHeight(const QFont& f) const;
};

struct LegendEntry
{
    QString name;
    QColor color;
    enum Shape { Box, Line, Dot, MedianMark, P90Mark } shape = Box;
    int series = 0; // dash / marker shape index
};

// Paints the title and the legend at the top of f.rect; returns the rect left below them.
QRectF paintTitleAndLegend(Frame& f, const QList<LegendEntry>& legend);

// Nice tick values covering [lo, hi] (about count of them); widens lo/hi to them.
// minStep: the smallest step between ticks (1 for counts: no tick at 2.5 COEs).
QList<double> niceTicks(double& lo, double& hi, int count, double minStep = 0);
// A tick value as text with as many decimals as the step needs.
QString tickText(double value, double step);
// A value for a tooltip ("41.2 ms").
QString valueText(double value, const QString& unit);
// "Time to detect (h)".
QString axisTitle(const QString& title, const QString& unit);

// The y axis: grid lines, tick labels left of plot, title rotated; x axis line.
// Returns the width the tick labels need (when paint is false, only measures).
qreal paintYAxis(Frame& f, const QRectF& plot, double lo, double hi, const QList<double>& ticks, bool paint);

// Category x axis labels under plot (elided to their band).
void paintCategoryAxis(Frame& f, const QRectF& plot, const QStringList& categories);

// A strip point marker of series i (circle, square, triangle, diamond...).
void paintMarker(Canvas& c, const QPointF& at, qreal r, int series, const QColor& fill, const QColor& stroke);

// Appends a hit region to f's hits; gives it, for more of its fields.
HitRegion& addRegion(Frame& f, HitKind kind, const QRectF& rect, int series, int category, int index,
                     const QString& toolTip, const QList<QUuid>& uuids);

// The kinds' painters (ChartKinds.cpp: Strip, Bars, Pareto, Matrix; ChartLine.cpp).
void paintStrip(Frame& f);
void paintBars(Frame& f);
void paintPareto(Frame& f);
void paintLine(Frame& f);
void paintMatrix(Frame& f);

// Lays out and paints spec on any canvas.
ChartHits paintOn(Canvas& canvas, const QRectF& rect, const ChartSpec& spec, const PaintOptions& options);

} // namespace hindsight::charts
