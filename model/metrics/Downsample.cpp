// SPDX-License-Identifier: MIT
#include "metrics/Downsample.h"

#include <algorithm>
#include <array>
#include <limits>

namespace hindsight::metrics {

int downsampleColumn(qint64 msecs, qint64 fromMs, qint64 toMs, int columns)
{
    if (columns < 1 || msecs < fromMs || msecs > toMs)
        return -1;
    const qint64 span = toMs - fromMs;
    if (span == 0)
        return 0;
    // (msecs - fromMs) * columns fits: a century is 3.2e12 ms, times a million columns.
    const qint64 c = (msecs - fromMs) * qint64(columns) / span;
    return int(std::min<qint64>(c, columns - 1));
}

QList<SeriesPoint> downsample(const QList<SeriesPoint>& points, const QDateTime& from, const QDateTime& to,
                              int columns)
{
    QList<SeriesPoint> out;
    if (columns < 1 || !from.isValid() || !to.isValid() || from > to)
        return out;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), from,
                                        [](const SeriesPoint& p, const QDateTime& t) { return p.at < t; });
    qsizetype first = -1, last = -1, lowest = -1, highest = -1;
    auto flush = [&] {
        if (first < 0)
            return;
        std::array<qsizetype, 4> keep{first, lowest, highest, last};
        std::sort(keep.begin(), keep.end());
        qsizetype previous = -1;
        for (qsizetype i : keep) {
            if (i >= 0 && i != previous)
                out.append(points[i]);
            previous = i;
        }
    };
    int column = -1;
    qint64 nextColumnAt = std::numeric_limits<qint64>::min(); // the first instant of column + 1
    const qint64 span = toMs - fromMs;
    for (qsizetype i = begin - points.cbegin(); i < points.size(); ++i) {
        const qint64 t = points[i].at.toMSecsSinceEpoch();
        if (t > toMs)
            break;
        if (t >= nextColumnAt) { // no division per point: only once per column
            flush();
            column = downsampleColumn(t, fromMs, toMs, columns);
            // The smallest t' with (t' - from) * columns / span >= column + 1.
            nextColumnAt = column + 1 >= columns || span == 0
                               ? std::numeric_limits<qint64>::max()
                               : fromMs + ((column + 1) * qint64(span) + columns - 1) / columns;
            first = i;
            lowest = highest = -1;
        }
        last = i;
        if (const std::optional<double>& v = points[i].value) {
            if (lowest < 0 || *v < *points[lowest].value)
                lowest = i;
            if (highest < 0 || *v > *points[highest].value)
                highest = i;
        }
    }
    flush();
    return out;
}

} // namespace hindsight::metrics
