// SPDX-License-Identifier: MIT
#include "CoeSummary.h"

#include "CoeQuery.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace hindsight::coesummary {

namespace {

QDateTime firstWith(const Coe& coe, std::optional<Milestone> milestone)
{
    QDateTime first;
    for (const TimelineEntry& e : coe.timeline) {
        if (!e.at.isValid() || (milestone && e.milestone != *milestone))
            continue;
        if (!first.isValid() || e.at < first)
            first = e.at;
    }
    return first;
}

} // namespace

QDateTime incidentAt(const Coe& coe)
{
    for (const std::optional<Milestone> m :
         {std::optional<Milestone>(Milestone::ImpactStart), std::optional<Milestone>(Milestone::Trigger),
          std::optional<Milestone>()}) {
        const QDateTime at = firstWith(coe, m);
        if (at.isValid())
            return at.toUTC();
    }
    return {};
}

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

QDate nextDue(const Coe& coe)
{
    QDate next;
    for (const ActionItem& a : coe.actionItems) {
        if (isOpen(a.status) && a.due.isValid() && (!next.isValid() || a.due < next))
            next = a.due;
    }
    return next;
}

int openActions(const Coe& coe)
{
    int n = 0;
    for (const ActionItem& a : coe.actionItems)
        n += isOpen(a.status) ? 1 : 0;
    return n;
}

int statusRank(Status status)
{
    switch (status) {
    case Status::Draft:
        return 0;
    case Status::InReview:
        return 1;
    case Status::Approved:
        return 2;
    case Status::Closed:
        return 3;
    }
    return 3;
}

bool updateReview(const QSqlDatabase& db, qint64 rowId, const Coe& coe, const analysis::CheckOptions& options,
                  QString* error)
{
    const ReviewCounts counts = reviewCounts(coe, options);
    sql::Statement q(db,
                     QStringLiteral("UPDATE coe_summary SET review_errors = ?, review_warnings = ?, "
                                    "review_options = ? WHERE coe_id = ?"),
                     error);
    return q.isValid()
           && sql::exec(q.query(), {counts.errors, counts.warnings, reviewOptionsKey(options), rowId}, error);
}

bool update(const QSqlDatabase& db, qint64 rowId, const Coe& coe, QString* error,
            const analysis::CheckOptions& options)
{
    const QDate due = nextDue(coe);
    const ReviewCounts counts = reviewCounts(coe, options); // in the same statement (one round trip fewer)
    sql::Statement q(db,
                        QStringLiteral(
                            // An upsert, not INSERT OR REPLACE: the count triggers must see an update.
                            "INSERT INTO coe_summary (coe_id, uuid, title, status, status_rank, severity, "
                            "owner, display_time_zone, incident_at, services, open_actions, next_due, updated_at, "
                            "review_errors, review_warnings, review_options, deleted_at) "
                            "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, deleted_at FROM coes WHERE id = ? "
                            "ON CONFLICT (coe_id) DO UPDATE SET uuid = excluded.uuid, title = excluded.title, "
                            "status = excluded.status, status_rank = excluded.status_rank, "
                            "severity = excluded.severity, owner = excluded.owner, "
                            "display_time_zone = excluded.display_time_zone, incident_at = excluded.incident_at, "
                            "services = excluded.services, open_actions = excluded.open_actions, "
                            "next_due = excluded.next_due, updated_at = excluded.updated_at, "
                            "review_errors = excluded.review_errors, review_warnings = excluded.review_warnings, "
                            "review_options = excluded.review_options, deleted_at = excluded.deleted_at"),
                     error);
    return q.isValid()
        && sql::exec(q.query(),
                     {rowId, coe.uuid.toString(QUuid::WithoutBraces), sql::text(coe.title), toString(coe.status),
                      statusRank(coe.status),
                      coe.severity ? QVariant(*coe.severity) : QVariant(QMetaType(QMetaType::Int)),
                      sql::text(coe.owner),
                      QString::fromUtf8(coe.displayTimeZone.isValid() ? coe.displayTimeZone.id()
                                                                      : QByteArrayLiteral("UTC")),
                      sql::instant(incidentAt(coe)), sql::text(coe.services.join(QStringLiteral(", "))),
                      openActions(coe),
                      due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
                      sql::instant(coe.updatedAt), counts.errors, counts.warnings, reviewOptionsKey(options), rowId},
                     error);
}

} // namespace hindsight::coesummary
