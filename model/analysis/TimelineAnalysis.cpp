// SPDX-License-Identifier: MIT
#include "TimelineAnalysis.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

namespace hindsight::analysis {
namespace {

// Indexes of the entries with a valid instant, in time order, ties in list
// order. Sorts on milliseconds since the epoch, computed once per entry.
QList<int> timeOrder(const QList<TimelineEntry>& timeline)
{
    std::vector<std::pair<qint64, int>> keyed;
    keyed.reserve(size_t(timeline.size()));
    for (int i = 0; i < timeline.size(); ++i)
        if (timeline.at(i).at.isValid())
            keyed.emplace_back(timeline.at(i).at.toMSecsSinceEpoch(), i);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<int> order;
    order.reserve(qsizetype(keyed.size()));
    for (const auto& k : keyed)
        order.append(k.second);
    return order;
}

// The reason a milestone cannot serve as one end of a duration, or empty.
QString unusable(const QList<TimelineEntry>& timeline, Milestone m, int index)
{
    if (index >= 0)
        return {};
    for (const TimelineEntry& e : timeline)
        if (e.milestone == m)
            return QCoreApplication::translate("TimelineAnalysis", "The entry marked “%1” has no valid time.")
                .arg(milestoneDisplayName(m));
    return QCoreApplication::translate("TimelineAnalysis", "No timeline entry is marked “%1”.")
        .arg(milestoneDisplayName(m));
}

QString startUnusable(const QList<TimelineEntry>& timeline, int startIndex)
{
    if (startIndex >= 0)
        return {};
    for (const TimelineEntry& e : timeline)
        if (e.milestone == Milestone::ImpactStart || e.milestone == Milestone::Trigger)
            return QCoreApplication::translate("TimelineAnalysis", "The entry marked “%1” has no valid time.")
                .arg(milestoneDisplayName(e.milestone));
    return QCoreApplication::translate("TimelineAnalysis", "No timeline entry is marked “%1” or “%2”.")
        .arg(milestoneDisplayName(Milestone::ImpactStart), milestoneDisplayName(Milestone::Trigger));
}

Duration between(const QList<TimelineEntry>& timeline, int fromIndex, const QString& fromProblem, int toIndex,
                 const QString& toProblem)
{
    Duration d;
    if (!fromProblem.isEmpty() || !toProblem.isEmpty()) {
        QStringList reasons;
        if (!toProblem.isEmpty())
            reasons << toProblem;
        if (!fromProblem.isEmpty())
            reasons << fromProblem;
        d.reason = reasons.join(QLatin1Char(' '));
        return d;
    }
    const TimelineEntry& from = timeline.at(fromIndex);
    const TimelineEntry& to = timeline.at(toIndex);
    const qint64 secs = from.at.secsTo(to.at);
    if (secs < 0) {
        d.reason = QCoreApplication::translate("TimelineAnalysis",
                                               "The entry marked “%1” is earlier than the entry marked “%2”.")
                       .arg(milestoneDisplayName(to.milestone), milestoneDisplayName(from.milestone));
        return d;
    }
    d.minutes = secs / 60;
    return d;
}

} // namespace

QList<Gap> findGaps(const QList<TimelineEntry>& timeline, int thresholdMinutes)
{
    const qint64 thresholdSecs = qint64(std::max(thresholdMinutes, 0)) * 60;
    const QList<int> order = timeOrder(timeline);
    QList<Gap> gaps;
    for (int k = 1; k < order.size(); ++k) {
        const TimelineEntry& a = timeline.at(order.at(k - 1));
        const TimelineEntry& b = timeline.at(order.at(k));
        const qint64 secs = a.at.secsTo(b.at);
        if (secs <= thresholdSecs)
            continue;
        Gap g;
        g.fromIndex = order.at(k - 1);
        g.toIndex = order.at(k);
        g.from = a.at.toUTC();
        g.to = b.at.toUTC();
        g.seconds = secs;
        g.minutes = secs / 60;
        g.explained = !b.gapExplanation.trimmed().isEmpty();
        g.approximate = a.approximate || b.approximate;
        gaps.append(g);
    }
    return gaps;
}

int milestoneIndex(const QList<TimelineEntry>& timeline, Milestone milestone)
{
    if (milestone == Milestone::None)
        return -1;
    int best = -1;
    for (int i = 0; i < timeline.size(); ++i) {
        const TimelineEntry& e = timeline.at(i);
        if (e.milestone == milestone && e.at.isValid() && (best < 0 || e.at < timeline.at(best).at))
            best = i;
    }
    return best;
}

int impactStartIndex(const QList<TimelineEntry>& timeline)
{
    const int impact = milestoneIndex(timeline, Milestone::ImpactStart);
    return impact >= 0 ? impact : milestoneIndex(timeline, Milestone::Trigger);
}

Durations computeDurations(const QList<TimelineEntry>& timeline)
{
    const int start = impactStartIndex(timeline);
    const int detected = milestoneIndex(timeline, Milestone::Detected);
    const int diagnosed = milestoneIndex(timeline, Milestone::Diagnosed);
    const int mitigated = milestoneIndex(timeline, Milestone::Mitigated);
    const int resolved = milestoneIndex(timeline, Milestone::Resolved);

    const QString startProblem = startUnusable(timeline, start);
    const QString detectedProblem = unusable(timeline, Milestone::Detected, detected);

    Durations d;
    d.detect = between(timeline, start, startProblem, detected, detectedProblem);
    d.diagnose = between(timeline, detected, detectedProblem, diagnosed,
                         unusable(timeline, Milestone::Diagnosed, diagnosed));
    d.mitigate = between(timeline, detected, detectedProblem, mitigated,
                         unusable(timeline, Milestone::Mitigated, mitigated));
    d.resolve =
        between(timeline, start, startProblem, resolved, unusable(timeline, Milestone::Resolved, resolved));
    return d;
}

QList<MilestoneOrderIssue> milestoneOrderIssues(const QList<TimelineEntry>& timeline)
{
    const int trigger = milestoneIndex(timeline, Milestone::Trigger);
    const int impact = milestoneIndex(timeline, Milestone::ImpactStart);
    const int start = impact >= 0 ? impact : trigger;
    const int detected = milestoneIndex(timeline, Milestone::Detected);
    const int diagnosed = milestoneIndex(timeline, Milestone::Diagnosed);
    const int mitigated = milestoneIndex(timeline, Milestone::Mitigated);
    const int resolved = milestoneIndex(timeline, Milestone::Resolved);

    QList<MilestoneOrderIssue> issues;
    auto check = [&](int first, int second) {
        if (first < 0 || second < 0)
            return;
        if (timeline.at(second).at < timeline.at(first).at)
            issues.append({timeline.at(first).milestone, timeline.at(second).milestone, first, second});
    };
    if (impact >= 0)
        check(trigger, impact);
    check(start, detected);
    check(detected, diagnosed);
    check(detected, mitigated);
    if (mitigated >= 0)
        check(mitigated, resolved);
    else
        check(start, resolved);
    return issues;
}

QString milestoneDisplayName(Milestone milestone)
{
    switch (milestone) {
    case Milestone::None:
        return {};
    case Milestone::Trigger:
        return QCoreApplication::translate("TimelineAnalysis", "trigger");
    case Milestone::ImpactStart:
        return QCoreApplication::translate("TimelineAnalysis", "impact start");
    case Milestone::Detected:
        return QCoreApplication::translate("TimelineAnalysis", "detected");
    case Milestone::Diagnosed:
        return QCoreApplication::translate("TimelineAnalysis", "diagnosed");
    case Milestone::Mitigated:
        return QCoreApplication::translate("TimelineAnalysis", "mitigated");
    case Milestone::Resolved:
        return QCoreApplication::translate("TimelineAnalysis", "resolved");
    }
    return {};
}

} // namespace hindsight::analysis
