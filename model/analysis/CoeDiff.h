// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The difference between two versions of a COE, section by section (issue
// #13): header fields compared as values, long texts as a word-level diff,
// the lists (timeline, metrics, questions, whys, actions, related) matched as
// items. Sequences are compared with dtl's Myers diff (libdtl-dev).
namespace hindsight::analysis {

// One run of a word-level diff: the words (with the spaces between them) that
// both texts share, or that only the newer or only the older one has.
struct WordRun
{
    enum class Op { Same, Added, Removed };
    Op op = Op::Same;
    QString text;
    bool operator==(const WordRun&) const = default;
};

// Splits into words, runs of white space and single other characters, and
// diffs those; adjacent runs of the same kind are merged.
QList<WordRun> wordDiff(const QString& before, const QString& after);

// A header field or long text that differs. `field` is the interchange key
// ("title", "severity", "impact.description", ...).
struct FieldChange
{
    QString field;
    QString before; // shown values ("" for none); lists joined with ", "
    QString after;
    bool longText = false; // `words` holds the word-level diff
    QList<WordRun> words;
};

// One item of a list that was added, removed, changed or moved.
struct ItemChange
{
    enum class Kind { Added, Removed, Changed, Moved };
    Kind kind = Kind::Changed;
    int fromIndex = -1;   // position in the older version (-1: added)
    int toIndex = -1;     // position in the newer version (-1: removed)
    QString label;        // the item's short text (entry text, why, action title, ...)
    QStringList fields;   // Changed (and Moved with changes): the keys that differ
    bool alsoMoved = false; // Changed: its place among the others changed as well
};

struct SectionDiff
{
    QString section; // interchange key: "timeline", "metrics", "questions", "whys", "action_items", "related"
    QList<ItemChange> items; // in the newer version's order, removed items at their old place
    int added = 0;
    int removed = 0;
    int changed = 0;
    int moved = 0;
    bool isEmpty() const { return items.isEmpty(); }
};

// The review record's changes (interchange `review`): the approval as fields
// ("approved_by", "approved_at", "approved_version"), then comments (matched
// by id), meetings and review questions matched as items like the lists above.
struct ReviewDiff
{
    QList<FieldChange> approval;
    QList<SectionDiff> sections; // "comments", "meetings", "questions": only those that differ
    int commentsResolved = 0;    // comments that became resolved
    int commentsReopened = 0;    // comments that were resolved and no longer are
    bool isEmpty() const { return approval.isEmpty() && sections.isEmpty(); }
};

// Format 1.1: the series of one metric that differ, matched by name (the
// first of equal names with the first), reported per series, never point by
// point. A series whose unit or points differ is changed.
struct SeriesChange
{
    int metric = -1; // the metric's position in the newer version
    QString metricName;
    QStringList added;   // series names
    QStringList removed;
    QStringList changed;
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

// What CoeDiff compares of a metric's series: empty for none, else the count
// and a hash of names, units and points.
QString seriesKey(const QList<metrics::MetricSeries>& series);
SeriesChange compareSeries(const Metric& before, const Metric& after);

struct CoeDiff
{
    QList<FieldChange> header; // title, status, severity, owner, reviewers, services, tags, created/updated, zone
    QList<FieldChange> texts;  // summary, problem and the impact texts
    QList<SectionDiff> sections; // only the sections that differ
    int actionsDone = 0;         // actions that became done
    int imagesReplaced = 0;      // metric images added, removed or replaced
    QList<SeriesChange> series;  // format 1.1: per changed metric, its series added, removed, changed
    ReviewDiff review;           // the review record (JSON: "review")

    bool isEmpty() const { return header.isEmpty() && texts.isEmpty() && sections.isEmpty() && review.isEmpty(); }
    // "timeline +2 −0 ~1; summary edited; 1 action done; comments: 2 added, 1 resolved;
    // approved by NAME" (translated, statuses by their display names); "no changes" when empty.
    QString summaryLine() const;
    // A readable report, one change a line, long texts with [-removed-]{+added+} marks.
    QString toText() const;
    QJsonObject toJson() const;
};

CoeDiff compareCoes(const Coe& before, const Coe& after);

} // namespace hindsight::analysis
