// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Series.h"

namespace hindsight::metrics {

// The pixel column (0 .. columns-1) of the instant msecs in the window
// [fromMs, toMs] split into columns equal spans; the window's end belongs to
// the last column. -1 outside the window.
int downsampleColumn(qint64 msecs, qint64 fromMs, qint64 toMs, int columns);

// The points of a series (sorted by time) inside [from, to], thinned for a
// chart columns pixels wide so that spikes never vanish: of each column's
// points it keeps the first and the last (gap or not: they join the
// neighbouring columns, or do not) and the lowest and highest value, in time
// order, so at most 4 per column and the drawn envelope of every column is
// the full series'. Gaps stay gaps: two kept points in different columns are
// adjacent only when no gap lies between them in the full series (a gap with
// valued points before and after it inside one column is narrower than a
// pixel and is dropped). Ties keep the earliest of equal minima/maxima.
// Empty for columns < 1 or from > to.
QList<SeriesPoint> downsample(const QList<SeriesPoint>& points, const QDateTime& from, const QDateTime& to,
                              int columns);

} // namespace hindsight::metrics
