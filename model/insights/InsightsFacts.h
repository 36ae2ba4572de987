// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/TimelineAnalysis.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace hindsight {
class Archive;
}

// What the Insights statistics need of every live COE (Trash excluded),
// loaded from an archive in one go (a handful of statements over whole tables,
// never one query per COE) and then filtered and computed in memory.
namespace hindsight::insights {

struct ActionFact
{
    QString title;
    Priority priority = Priority::None;
    QString owner;
    QDate due; // invalid: no due date
    ActionStatus status = ActionStatus::Open;
};

struct CoeFact
{
    QUuid uuid;
    QString title;
    std::optional<int> severity; // 1..5
    Status status = Status::Draft;
    QStringList services; // in the COE's order
    QStringList tags;
    // Distinct factor categories of the COE's contributing factors, in the
    // order of their first factor (a category named twice counts once);
    // factors without a category are left out.
    QStringList categories;
    // The COE's incident start instant (UTC), as the archive lists it
    // (coe_summary.incident_at): impact_start, else trigger, else the earliest
    // timeline entry. Invalid when the timeline has no instant at all.
    QDateTime incidentAt;
    // The timeline entries that carry a milestone (instant, milestone,
    // approximate), in the COE's order; other entries are not loaded.
    QList<TimelineEntry> milestones;
    // analysis::computeDurations(milestones): minutes, or nullopt with a reason.
    analysis::Durations durations;
    DetectionSource detection = DetectionSource::None; // None: not recorded
    QDateTime approvedAt;                              // UTC; invalid: not approved
    QDateTime createdAt;                               // UTC; when the COE was created
    QList<ActionFact> actions;                         // in the COE's order (see actionsLoaded)
    qint64 rowId = 0;                                  // the COE's row in the archive it was read from

    // The UTC date of incidentAt (invalid when there is none): the date the
    // filter's range and the periods use.
    QDate incidentDate() const { return incidentAt.isValid() ? incidentAt.toUTC().date() : QDate(); }
    // The resolved milestone's instant (UTC), invalid when there is none.
    QDateTime resolvedAt() const;
};

struct InsightsFacts
{
    QList<CoeFact> coes; // ordered by incident instant (undated last), then uuid
    // False when read without the action items (every COE's `actions` empty
    // until loadActionFacts reads them).
    bool actionsLoaded = true;

    // The COE with this uuid, or nullptr.
    const CoeFact* find(const QUuid& uuid) const;
    // Builds the uuid index find() uses (loadInsightsFacts does; call it after
    // filling `coes` by hand, as tests do).
    void reindex();

private:
    QHash<QUuid, int> m_index;
};

// Reads the facts of every live COE of `archive` in one read transaction
// (one snapshot on PostgreSQL): six statements over whole tables (COEs with
// their detection and approval, services, tags, milestones, factors, action
// items), whatever the number of COEs. False with *error set when a statement fails.
//
// WithoutActions leaves the action items (the largest table, a third of the
// load, needed by the follow-through figures only) for loadActionFacts: the
// Insights window shows its first figures without waiting for them.
enum class FactsScope
{
    All,
    WithoutActions
};
bool loadInsightsFacts(Archive& archive, InsightsFacts* facts, QString* error = nullptr,
                       FactsScope scope = FactsScope::All);

// Reads the action items of facts' COEs (in a read transaction of its own: a
// COE saved since the facts were read shows its items as they are now; one
// deleted since, none) and sets actionsLoaded. False with *error set when the
// statement fails; facts are then as they were.
bool loadActionFacts(Archive& archive, InsightsFacts* facts, QString* error = nullptr);

} // namespace hindsight::insights
