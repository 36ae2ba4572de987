// SPDX-License-Identifier: MIT
#include "charts/ChartSpec.h"

#include "insights/Statistics.h"

#include <algorithm>
#include <cmath>

namespace hindsight::charts {

std::pair<qint64, qint64> lineWindow(const LineData& line)
{
    if (line.windowFromMs < line.windowToMs)
        return {line.windowFromMs, line.windowToMs};
    return lineExtent(line);
}

std::pair<qint64, qint64> lineExtent(const LineData& line)
{
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    const auto take = [&](qint64 t) {
        lo = std::min(lo, t);
        hi = std::max(hi, t);
    };
    for (const LineSeries& s : line.series) {
        if (!s.points.isEmpty()) {
            take(s.points.first().at.toMSecsSinceEpoch());
            take(s.points.last().at.toMSecsSinceEpoch());
        }
    }
    for (const TimeMarker& m : line.markers)
        take(m.atMs);
    for (const TimeMarker& m : line.ticks)
        take(m.atMs);
    if (line.band) {
        take(line.band->fromMs);
        take(line.band->toMs);
    }
    if (lo > hi)
        return {0, 60000};
    if (lo == hi)
        return {lo - 30000, hi + 30000};
    return {lo, hi};
}

namespace {

// The group's finite values at quantile q, as insights::quantile defines it
// (linear between closest ranks); NaN for a group without one.
double quantile(const StripGroup& g, double q)
{
    QList<double> v;
    v.reserve(g.points.size());
    for (const Datum& d : g.points)
        if (std::isfinite(d.value))
            v.append(d.value);
    return insights::quantile(std::move(v), q).value_or(std::numeric_limits<double>::quiet_NaN());
}

} // namespace

QList<int> paretoOrder(const ChartSpec& spec, double* total)
{
    QList<int> order;
    *total = 0;
    const QList<Datum> values = spec.bars.isEmpty() ? QList<Datum>() : spec.bars.first().values;
    for (int c = 0; c < spec.categories.size() && c < values.size(); ++c) {
        if (std::isfinite(values[c].value) && values[c].value > 0) {
            order.append(c);
            *total += values[c].value;
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values[a].value > values[b].value; });
    return order;
}

double stripMedian(const StripGroup& group)
{
    return group.median ? *group.median : quantile(group, 0.5);
}

double stripP90(const StripGroup& group)
{
    return group.p90 ? *group.p90 : quantile(group, 0.9);
}

} // namespace hindsight::charts
