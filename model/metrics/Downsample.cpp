// SPDX-License-Identifier: MIT
#include "metrics/Downsample.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace hindsight::metrics {

namespace {

// floor(a * b / c) for a, b >= 0 and c > 0 without overflowing: exact while
// a * b fits (a window of a century in ms times a million columns does),
// through long double beyond (windows of millennia: one column may be off).
qint64 mulDiv(qint64 a, qint64 b, qint64 c)
{
    if (b == 0 || a <= std::numeric_limits<qint64>::max() / b)
        return a * b / c;
    return qint64(std::floor(static_cast<long double>(a) * b / c));
}

} // namespace

int downsampleColumn(qint64 msecs, qint64 fromMs, qint64 toMs, int columns)
{
    qint64 span = 0;
    if (columns < 1 || msecs < fromMs || msecs > toMs || __builtin_sub_overflow(toMs, fromMs, &span))
        return -1;
    if (span == 0)
        return 0;
    return int(std::min<qint64>(mulDiv(msecs - fromMs, columns, span), columns - 1));
}

QList<SeriesPoint> downsample(const QList<SeriesPoint>& points, const QDateTime& from, const QDateTime& to,
                              int columns)
{
    QList<SeriesPoint> out;
    if (columns < 1 || !from.isValid() || !to.isValid() || from > to)
        return out;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    qint64 span = 0;
    if (__builtin_sub_overflow(toMs, fromMs, &span))
        return out; // a window of hundreds of millions of years
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
    for (qsizetype i = begin - points.cbegin(); i < points.size(); ++i) {
        const qint64 t = points[i].at.toMSecsSinceEpoch();
        if (t > toMs)
            break;
        if (t >= nextColumnAt) { // no division per point: only once per column
            flush();
            column = downsampleColumn(t, fromMs, toMs, columns);
            // The smallest t' in column + 1: from + ceil((column + 1) * span / columns),
            // which is the floor or one more.
            if (column + 1 >= columns || span == 0) {
                nextColumnAt = std::numeric_limits<qint64>::max();
            } else {
                nextColumnAt = fromMs + mulDiv(column + 1, span, columns);
                if (downsampleColumn(nextColumnAt, fromMs, toMs, columns) <= column)
                    ++nextColumnAt;
            }
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
