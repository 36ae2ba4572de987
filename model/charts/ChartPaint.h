// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ChartSpec.h"

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <limits>

class QPainter;

namespace hindsight::charts {

// How a chart is painted. On paper (PDF, SVG, PNG export) text is black on
// white whatever the widget palette; on screen it follows the palette.
struct PaintOptions
{
    bool paper = true;
    QPalette palette;     // used when !paper: Text, Base, Highlight
    QFont font;           // base font (title 1.2x bold, ticks 0.85x); default: the application font
    int highlighted = -1; // index into ChartHits::regions drawn with a focus outline
    // The rect is always filled first: white on paper, Base on screen.
};

PaintOptions screenOptions(const QPalette& palette, const QFont& font);

// What one hit region stands for.
enum class HitKind { Point, Bar, Cell, Marker, Tick };

struct HitRegion
{
    HitKind kind = HitKind::Point;
    QRectF bounds;      // in the painter's coordinates (those of the rect given)
    int series = -1;    // index into strips / bars / line.series; -1 for markers, ticks, cells
    int category = -1;  // category (Strip, Bars, Pareto: index into ChartSpec::categories), matrix row
    int index = -1;     // point within the strip group, matrix column, marker or tick index
    QString toolTip;    // plain text: label, value, N (see text())
    // A point's value, put on its own line below toolTip when the tip is
    // asked for (text()): a strip of 10,000 COEs formatted 10,000 numbers
    // at every paint, a sixth of the Insights window's first paint.
    double value = std::numeric_limits<double>::quiet_NaN();
    QString unit;
    QList<QUuid> uuids;

    // The tool tip as shown (plain text).
    QString text() const;
};

// The layout of a painted chart: where the plot went and what a position means.
struct ChartHits
{
    QRectF plot;                // the plot area
    QList<HitRegion> regions;   // in painting order; later ones lie on top
    // Line: the visible window and y range mapped onto plot.
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double yMin = 0;
    double yMax = 1;

    // The topmost region containing pos (with a few pixels of slack for
    // points and markers), -1 if none.
    int regionAt(const QPointF& pos) const;
    // Line: the instant under x (clamped to the window).
    qint64 msAt(qreal x) const;
    qreal xOf(qint64 ms) const;
    qreal yOf(double value) const;
};

// Lays out and paints spec into rect. Returns the hit regions.
ChartHits paintChart(QPainter& painter, const QRectF& rect, const ChartSpec& spec,
                     const PaintOptions& options = {});

// Line: "14:07:30 (UTC+2) · p99 latency 41.2 ms" for the series point nearest
// to pos (nearest in time among series, then in y); empty when off the plot or
// no point is within a few pixels in x.
QString lineToolTipAt(const ChartSpec& spec, const ChartHits& hits, const QPointF& pos);

// The chart as an SVG 1.1 document (size in px = pt), written without Qt Svg;
// every text XML-escaped.
QByteArray chartSvg(const ChartSpec& spec, const QSizeF& size, const PaintOptions& options = {});

// The chart as an image of size (logical px) and device pixel ratio dpr.
QImage chartImage(const ChartSpec& spec, const QSize& size, qreal dpr = 1.0, const PaintOptions& options = {});

// Colours for series i: Okabe-Ito based (colour-blind safe), distinct in
// lightness; lines also cycle dash patterns (seriesDash) and strips marker shapes.
QColor seriesColor(int i);
Qt::PenStyle seriesDash(int i);

} // namespace hindsight::charts
