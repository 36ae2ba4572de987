// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Series.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>
#include <limits>
#include <optional>

// A chart described as data, independent of painting (README.md here): what
// paintChart, chartSvg, chartImage, chartTable and the QTextDocument chart
// object draw. All text in it is user data: painted as text, escaped in SVG.
namespace hindsight::charts {

enum class ChartKind {
    Strip,  // categories on x, every datum a (jittered) point, median and p90 marks per category
    Bars,   // categories x series, grouped or stacked
    Pareto, // one bar series sorted descending plus the cumulative % on a right axis
    Line,   // time on x (UTC instants, labels in a zone), several series sharing the axes
    Matrix, // heat map of counts (e.g. category co-occurrence)
};

enum class BarMode { Grouped, Stacked };

// One point, bar or cell. Its label is the tooltip / title ("Database failover
// on 3 May", "Q2 2026 · SEV2"); uuids are the COEs behind it (a click opens them).
struct Datum
{
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN: no value (not drawn)
    QString label;
    QList<QUuid> uuids;

    friend bool operator==(const Datum&, const Datum&) = default;
};

// The points of one strip series in one category. median/p90 are drawn as
// marks; when not given they are computed from the points (linear
// interpolation between closest ranks, NaN values ignored).
struct StripGroup
{
    QList<Datum> points;
    std::optional<double> median;
    std::optional<double> p90;

    friend bool operator==(const StripGroup&, const StripGroup&) = default;
};

// Strip: one series (e.g. a severity) drawn side by side with the others in
// every category; groups[i] belongs to ChartSpec::categories[i].
struct StripSeries
{
    QString name; // legend
    QList<StripGroup> groups;

    friend bool operator==(const StripSeries&, const StripSeries&) = default;
};

// Bars / Pareto: values[i] belongs to ChartSpec::categories[i].
// Pareto uses the first series only.
struct BarSeries
{
    QString name; // legend
    QList<Datum> values;

    friend bool operator==(const BarSeries&, const BarSeries&) = default;
};

// Line: a measured series (metrics/Series.h: UTC instants, nullopt = gap).
struct LineSeries
{
    QString name; // legend
    QList<metrics::SeriesPoint> points; // sorted by time
    QList<QUuid> uuids;                 // optional: what a click on the line opens

    friend bool operator==(const LineSeries&, const LineSeries&) = default;
};

// A vertical marker (milestone: "Detected") or a small tick (timeline
// highlight) at an instant, ms since the epoch (UTC).
struct TimeMarker
{
    qint64 atMs = 0;
    QString label;
    QList<QUuid> uuids;

    friend bool operator==(const TimeMarker&, const TimeMarker&) = default;
};

// A shaded x band (impact window), ms since the epoch (UTC).
struct TimeBand
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString label;

    friend bool operator==(const TimeBand&, const TimeBand&) = default;
};

// A horizontal line (alarm threshold) with its label.
struct Threshold
{
    double value = 0;
    QString label;

    friend bool operator==(const Threshold&, const Threshold&) = default;
};

struct LineData
{
    QList<LineSeries> series;
    QTimeZone zone = QTimeZone::utc();  // of the time-axis labels (DST aware)
    QList<TimeMarker> markers;        // vertical lines with labels
    QList<TimeMarker> ticks;          // small ticks at the bottom of the plot
    std::optional<TimeBand> band;     // shaded
    std::optional<Threshold> threshold;
    // The visible x window (ms since the epoch, UTC); windowFromMs >= windowToMs
    // means the extent of all points, markers, ticks and band.
    qint64 windowFromMs = 0;
    qint64 windowToMs = 0;

    friend bool operator==(const LineData&, const LineData&) = default;
};

// Matrix: cells[row][column]; value is the count (colour), label the tooltip.
struct MatrixData
{
    QStringList rows;
    QStringList columns;
    QList<QList<Datum>> cells;

    friend bool operator==(const MatrixData&, const MatrixData&) = default;
};

struct ChartSpec
{
    ChartKind kind = ChartKind::Bars;
    QString title;
    QString xTitle;
    QString yTitle;
    QString unit;    // shown with the y axis title: "Time to detect (h)"
    QString y2Title; // Pareto's right axis; empty: "Cumulative %"

    QStringList categories; // Strip, Bars, Pareto: the x categories, in order

    QList<StripSeries> strips;              // Strip
    QList<BarSeries> bars;                  // Bars, Pareto (first series)
    BarMode barMode = BarMode::Grouped;     // Bars
    LineData line;                          // Line
    MatrixData matrix;                      // Matrix

    // Optional fixed y range (Strip, Bars, Line); otherwise from the data,
    // rounded to nice numbers and including 0 for Bars.
    std::optional<double> yMin;
    std::optional<double> yMax;

    friend bool operator==(const ChartSpec&, const ChartSpec&) = default;
};

// The visible window of a Line chart: the spec's window, else the data extent.
// Returns {from, to} with from < to (a single instant is widened by a minute).
std::pair<qint64, qint64> lineWindow(const LineData& line);
// The extent of all points, markers, ticks and band, whatever the window
// (what "show everything" shows).
std::pair<qint64, qint64> lineExtent(const LineData& line);

// Pareto: the categories with a positive value, largest first (ties in
// their order), and the sum of their values in *total.
QList<int> paretoOrder(const ChartSpec& spec, double* total);

// median and p90 as drawn for a strip group (given, else computed).
double stripMedian(const StripGroup& group);
double stripP90(const StripGroup& group);

} // namespace hindsight::charts

Q_DECLARE_METATYPE(hindsight::charts::ChartSpec)
