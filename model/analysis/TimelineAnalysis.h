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
    // Indexes in the timeline exactly as passed to findGaps(). A Coe keeps its
    // timeline sorted, so there they are also positions in time order; for an
    // unsorted list findGaps() sorts a copy internally and maps back.
    int fromIndex = -1; // the earlier entry
    int toIndex = -1;   // the later entry: its gapExplanation explains the gap
    QDateTime from;     // UTC
    QDateTime to;       // UTC
    qint64 minutes = 0; // whole minutes (seconds / 60, rounded down)
    qint64 seconds = 0; // exact length
    bool explained = false;
    bool approximate = false; // an approximate entry bounds it: "around N minutes"
};

// Orders by instant (ties keep their order) and reports every gap strictly
// longer than thresholdMinutes (exactly the threshold is no gap). Entries
// without a valid instant are skipped; a negative threshold counts as 0.
QList<Gap> findGaps(const QList<TimelineEntry>& timeline, int thresholdMinutes = kDefaultGapMinutes);

struct Duration
{
    std::optional<qint64> minutes; // nullopt: cannot be computed
    QString reason;                // why there is no figure (translated)
};

// As ../shared/spec/coe-format.md defines them:
//   detect   = detected  - impact_start (trigger when there is no impact_start)
//   diagnose = diagnosed - detected
//   mitigate = mitigated - detected
//   resolve  = resolved  - impact_start (or trigger)
// Whole minutes, rounded down. A missing milestone, a milestone without a
// valid instant, or an end before its start gives no figure and a reason.
struct Durations
{
    Duration detect;
    Duration diagnose;
    Duration mitigate;
    Duration resolve;
};

Durations computeDurations(const QList<TimelineEntry>& timeline);

// Index (in the list as given) of the entry carrying this milestone, or -1.
// Should a milestone appear more than once (the format forbids it), the
// earliest in time counts, ties resolved by list order.
int milestoneIndex(const QList<TimelineEntry>& timeline, Milestone milestone);

// The milestone a duration starts from: impact_start, else trigger, else -1.
int impactStartIndex(const QList<TimelineEntry>& timeline);

// A milestone that is earlier than one it must follow. Checked pairs:
// trigger -> impact_start, start -> detected, detected -> diagnosed,
// detected -> mitigated, mitigated -> resolved, and start -> resolved when
// there is no mitigated; "start" is impact_start, or trigger without one.
// Equal instants are in order.
struct MilestoneOrderIssue
{
    Milestone first = Milestone::None;  // must come first...
    Milestone second = Milestone::None; // ...but this one is earlier
    int firstIndex = -1;                // indexes in the list as given
    int secondIndex = -1;
};

QList<MilestoneOrderIssue> milestoneOrderIssues(const QList<TimelineEntry>& timeline);

// "impact start", "detected", ... for messages (translated).
QString milestoneDisplayName(Milestone milestone);

} // namespace hindsight::analysis
