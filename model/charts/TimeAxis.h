// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>

// Internal to model/charts: the ticks of a time axis, on round wall-clock
// times of a zone (DST aware: a skipped hour has no tick, a repeated hour two).
namespace hindsight::charts {

struct TimeTick
{
    qint64 ms = 0;  // the instant, ms since the epoch (UTC)
    QString label;  // "14:30", "3 May", "May", "2026"
    QString second; // a second line when the day (or year) changes: "3 May 2026"
};

// Ticks in [fromMs, toMs] for an axis width px wide (about one per 90 px).
QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, const QTimeZone& zone, qreal width);

// "2026-05-03 14:07 CEST": an instant for a tooltip, in zone.
QString lineTimeText(qint64 ms, const QTimeZone& zone);

} // namespace hindsight::charts
