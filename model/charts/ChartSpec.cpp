// SPDX-License-Identifier: MIT
#include "charts/ChartSpec.h"

#include <algorithm>
#include <cmath>

namespace hindsight::charts {

std::pair<qint64, qint64> lineWindow(const LineData& line)
{
    if (line.windowFromMs < line.windowToMs)
        return {line.windowFromMs, line.windowToMs};
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

double quantile(const StripGroup& g, double q)
{
    QList<double> v;
    v.reserve(g.points.size());
    for (const Datum& d : g.points)
        if (std::isfinite(d.value))
            v.append(d.value);
    if (v.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const auto i = qsizetype(std::floor(pos));
    const double frac = pos - double(i);
    if (i + 1 >= v.size())
        return v.last();
    return v[i] + (v[i + 1] - v[i]) * frac;
}

} // namespace

double stripMedian(const StripGroup& group)
{
    return group.median ? *group.median : quantile(group, 0.5);
}

double stripP90(const StripGroup& group)
{
    return group.p90 ? *group.p90 : quantile(group, 0.9);
}

} // namespace hindsight::charts
