// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace hindsight::analysis {

constexpr int kDefaultGapMinutes = 15;

// Two consecutive entries (in time order) further apart than the threshold.
struct Gap
{
    int fromIndex = -1; // index in the timeline as given (sorted by instant)
    int toIndex = -1;   // the later entry: its gapExplanation explains the gap
    QDateTime from;     // UTC
    QDateTime to;       // UTC
    qint64 minutes = 0;
    bool explained = false;
    bool approximate = false; // an approximate entry bounds it: "around N minutes"
};

// Orders by instant (ties keep their order) and reports every gap strictly
// longer than thresholdMinutes.
QList<Gap> findGaps(const QList<TimelineEntry>& timeline, int thresholdMinutes = kDefaultGapMinutes);

struct Duration
{
    std::optional<qint64> minutes; // nullopt: cannot be computed
    QString reason;                // why there is no figure (translated)
};

// As ../shared/spec/coe-format.md defines them.
struct Durations
{
    Duration detect;
    Duration diagnose;
    Duration mitigate;
    Duration resolve;
};

Durations computeDurations(const QList<TimelineEntry>& timeline);

} // namespace hindsight::analysis
