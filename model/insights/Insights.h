// SPDX-License-Identifier: MIT
#pragma once

#include "InsightsFacts.h"
#include "Statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <array>
#include <optional>

// The figures of the Insights window, the learning report and `hindsight
// insights`, computed in memory from InsightsFacts. Every figure carries the
// uuids of the COEs behind each point and bar, so that a click opens them.
// Statistics are as Statistics.h defines them: median and p90 with N;
// an empty group has no median; a COE missing what a figure needs is listed
// as unknown, never counted as 0. There is no mean anywhere.
namespace hindsight::insights {

enum class Granularity { Quarter, Month };

// Which COEs the figures cover, as the archive's filters.
struct InsightsFilter
{
    // Incident start date range, inclusive at both ends, as the UTC date of
    // CoeFact::incidentAt. Invalid: open at that end. A COE without an
    // incident instant ("undated") is left out as soon as either end is set;
    // without a range it is counted in the figures that need no date (factors,
    // follow-through, durations overall) but in no period.
    QDate from;
    QDate to;
    std::optional<int> severity; // exact severity 1..5; nullopt: any
    QString service;             // exact name among the COE's services; empty: any
    QString tag;                 // exact tag; empty: any
    QString category;            // exact factor category; empty: any
    Granularity granularity = Granularity::Quarter;
    int repeatWindowDays = 90; // repeat incidents: at most this many days apart

    bool operator==(const InsightsFilter&) const = default;
    bool matches(const CoeFact& coe) const;
};

// One quarter or month (UTC dates, both inclusive).
struct Period
{
    QDate start;
    QDate end;
    QString label; // "2026-Q1" or "2026-03" (not translated: a key too)
};

// ---- durations -------------------------------------------------------------

enum class Phase { Detect, Diagnose, Mitigate, Resolve };
constexpr int kPhaseCount = 4;
QString phaseKey(Phase phase);         // "detect", "diagnose", "mitigate", "resolve"
QString phaseDisplayName(Phase phase); // translated "Time to detect", ...

struct DurationPoint
{
    QUuid uuid;
    QString title;
    double value = 0;            // minutes (durations) or days (ages, timeliness)
    std::optional<int> severity; // the COE's, for colouring a strip plot
    int period = -1;             // index in Insights::periods, -1: undated
    bool outlier = false;        // outside the group's Tukey fences
};

// One box / strip of a plot: every COE with a value a point (ascending by
// value, then title), its summary, the COEs without a value ("unknown", by
// uuid, never counted as 0) and the outliers (Tukey fences of this group, see
// Statistics.h; ascending by value).
struct DurationGroup
{
    QString key;   // period label, severity "1".."5" or "none", or "all"
    QString label; // for showing (translated where it is a word)
    Summary summary;
    QList<DurationPoint> points;
    QList<QUuid> unknown;
    QList<DurationPoint> outliers;
};

// One of time to detect / diagnose / mitigate / resolve, in minutes as
// analysis::computeDurations defines them.
struct DurationFigure
{
    Phase phase = Phase::Detect;
    DurationGroup overall;            // every matching COE, dated or not
    QList<DurationGroup> byPeriod;    // one per Insights::periods, same order
    QList<DurationGroup> bySeverity;  // severities 1..5, then "none"
};

// ---- counts ----------------------------------------------------------------

// A count with the COEs behind it.
struct Count
{
    int count = 0;
    QList<QUuid> uuids;
};

// One line / stacked part of incidents over time.
struct CountSeries
{
    QString key;            // severity "1".."5" / "none", or the service name
    QString label;
    QList<Count> perPeriod; // one per Insights::periods
    int total = 0;          // over all periods
};

struct IncidentsFigure
{
    QList<Count> total;             // per period, all matching dated COEs
    QList<CountSeries> bySeverity;  // 1..5 then "none"; series with total 0 left out
    // By service, largest total first (then name); a COE with two services
    // counts in both. COEs without a service are the series "" (label
    // "(no service)"), last.
    QList<CountSeries> byService;
    QList<QUuid> undated; // matching COEs without an incident date (in no period)
};

// ---- contributing factors --------------------------------------------------

// Pareto bar: COEs having at least one factor of the category (a COE counts
// once per category). share = count / sum of all bars' counts, so that the
// cumulative share of the last bar is 1. Largest count first, then name.
struct ParetoBar
{
    QString category;
    int count = 0;
    double share = 0;
    double cumulativeShare = 0;
    QList<QUuid> uuids;
};

// Two categories named together in one COE (a < b by name), most frequent first.
struct CategoryPair
{
    QString a;
    QString b;
    int count = 0;
    QList<QUuid> uuids;
};

struct FactorsFigure
{
    QList<ParetoBar> pareto;
    QList<CategoryPair> pairs;
    QList<QUuid> withoutFactors; // matching COEs with no categorised factor
};

// ---- detection -------------------------------------------------------------

// Alarm; customer report; other recorded sources (internal report, audit,
// other); not recorded.
enum class DetectionBucket { Alarm, Customer, Other, Unknown };
constexpr int kDetectionBucketCount = 4;
QString detectionBucketKey(DetectionBucket bucket); // "alarm", "customer", "other", "unknown"
QString detectionBucketDisplayName(DetectionBucket bucket);
DetectionBucket detectionBucket(DetectionSource source);

// One period (or all of them): counts per bucket and each bucket's share of
// all the COEs of the period (unknown included, so the shares sum to 1);
// a period without COEs has no shares.
struct DetectionRow
{
    QString key;   // period label, or "all"
    int n = 0;
    std::array<Count, kDetectionBucketCount> counts;
    std::array<std::optional<double>, kDetectionBucketCount> shares;
};

struct DetectionFigure
{
    QList<DetectionRow> perPeriod; // one per Insights::periods
    DetectionRow overall;          // every matching COE, dated or not
};

// ---- repeat incidents ------------------------------------------------------

// Two matching COEs sharing at least one service AND at least one factor
// category whose incident start instants are at most repeatWindowDays apart
// (daysApart = whole days between the two instants, rounded down; both
// need an incident instant). Newest pair (by the later COE) first.
struct RepeatPair
{
    QUuid earlier;
    QString earlierTitle;
    QUuid later;
    QString laterTitle;
    QStringList services;   // shared, in the earlier COE's order
    QStringList categories; // shared, in the earlier COE's order
    int daysApart = 0;
};

// ---- follow-through --------------------------------------------------------

// An action item and its COE, for lists behind a figure.
struct ActionRef
{
    QUuid coe;
    QString coeTitle;
    int index = 0; // position in the COE's action items
    QString title;
    QString owner;
    Priority priority = Priority::None;
    QDate due;
    ActionStatus status = ActionStatus::Open;
};

// "Done by the due date". The format records no completion date, so what can
// be measured is: among the items whose due date has passed (due < today),
// how many are done now versus still open or in progress (overdue). Won't-do
// items are counted apart and left out of the share; items without a due
// date, or due today or later, are not in it either.
struct DueFigure
{
    QList<ActionRef> done;    // due passed, done
    QList<ActionRef> overdue; // due passed, open or in progress
    QList<ActionRef> wontDo;  // due passed, won't do
    QList<ActionRef> notDueYet;
    QList<ActionRef> noDueDate;
    std::optional<double> doneShare; // done / (done + overdue); none when both are 0
};

// Open backlog at the end of each period. The format records neither when
// an item was opened nor when it was closed, so: an item is taken to exist
// from its COE's incident date. `openNow` counts, at each period end, the
// items of COEs dated on or before it that are open or in progress today
// (a lower bound: they were open then too). `assumedOpen` adds the items
// done or won't-do today whose due date is after the period end (assuming an
// item is closed by its due date; an upper estimate). Undated COEs' items
// are in neither.
struct BacklogPoint
{
    QString period; // label
    QDate end;
    Count openNow;     // uuids: the COEs of those items (each once)
    Count assumedOpen;
};

// Age of open items (open or in progress today) by priority, in days from
// their COE's incident date to today (the item's own creation is not
// recorded); a point's uuid/title are the COE's, its value the age. Items
// of undated COEs are unknown. Groups: high, medium, low, then "none".
struct FollowThroughFigure
{
    DueFigure due;
    QList<BacklogPoint> backlog;    // one per Insights::periods
    QList<DurationGroup> openAgeByPriority;
    QList<ActionRef> openItems;     // every open item, oldest COE first
    // COE timeliness: days (fractional) from the resolved milestone to the
    // approval (coe_reviews.approved_at). Unknown: not approved, no resolved
    // instant, or approved before resolved.
    DurationGroup timeliness;
};

// ---- all of it -------------------------------------------------------------

// The parts of the figures (computeInsights computes all of them unless told
// otherwise: the Insights window computes those of the tab shown).
enum Part : unsigned {
    DurationsPart = 1,
    IncidentsPart = 2,
    DetectionPart = 4,
    FactorsPart = 8,
    RepeatsPart = 16,
    FollowThroughPart = 32,
};
constexpr unsigned kAllParts = 63;

struct Insights
{
    unsigned parts = 0; // the figures computed (Part bits); the others are empty
    InsightsFilter filter;
    QDate today;
    // The periods from the filter's range, or, where an end is open, from the
    // first / last matching COE's incident date; every period in between is
    // there, even without COEs (its groups then have no median).
    QList<Period> periods;
    QList<QUuid> coes;   // every matching COE, in the facts' order
    int undatedCount = 0; // of them without an incident date

    std::array<DurationFigure, kPhaseCount> durations; // indexed by Phase
    IncidentsFigure incidents;
    FactorsFigure factors;
    DetectionFigure detection;
    QList<RepeatPair> repeats;
    FollowThroughFigure followThrough;

    const DurationFigure& duration(Phase phase) const { return durations.at(int(phase)); }
};

// Every figure of the COEs of `facts` that `filter` matches, as of `today`
// (the user's date: due dates and ages compare with it). Pure computation in
// memory: a filter change calls it again on the same facts.
// `parts`: only those figures (the selection, periods and counts always).
Insights computeInsights(const InsightsFacts& facts, const InsightsFilter& filter, const QDate& today,
                         unsigned parts = kAllParts);
// Adds the figures of `parts` that `insights` lacks, computed from the same
// facts as the rest (its filter and today).
void completeInsights(const InsightsFacts& facts, Insights& insights, unsigned parts);

// The period containing `date` for a granularity, and its label.
Period periodOf(const QDate& date, Granularity granularity);
// Every period from the one containing `first` to the one containing `last`.
QList<Period> periodsBetween(const QDate& first, const QDate& last, Granularity granularity);

} // namespace hindsight::insights
