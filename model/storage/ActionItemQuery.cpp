// SPDX-License-Identifier: MIT
#include "ActionItemQuery.h"

#include "Archive.h"
#include "Backend.h"
#include "SqlUtil.h"

#include <QDir>
#include <QSqlQuery>

namespace hindsight {

QDate localToday(const QTimeZone& zone, const QDateTime& now)
{
    return now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

int daysOverdue(const QDate& due, ActionStatus status, const QDate& today)
{
    if (!due.isValid() || !today.isValid() || !(status == ActionStatus::Open || status == ActionStatus::InProgress))
        return 0;
    return due < today ? int(due.daysTo(today)) : 0;
}

namespace {

struct ActionClause
{
    QString where;
    QVariantList values;
};

ActionClause actionClauseFor(const ActionItemQuery& query, const QDate& today)
{
    ActionClause c;
    QStringList where{QStringLiteral("s.deleted_at IS NULL")};
    const QString open = QStringLiteral("a.status IN ('open', 'in_progress')");
    if (query.status) {
        where << QStringLiteral("a.status = ?");
        c.values << toString(*query.status);
    }
    if (query.openOnly)
        where << open;
    if (!query.owner.isEmpty()) {
        where << QStringLiteral("a.owner = ?");
        c.values << query.owner;
    }
    if (query.priority) {
        if (*query.priority == Priority::None) {
            where << QStringLiteral("a.priority IS NULL");
        } else {
            where << QStringLiteral("a.priority = ?");
            c.values << toString(*query.priority);
        }
    }
    if (query.overdueOnly) {
        where << open << QStringLiteral("a.due < ?");
        c.values << today.toString(Qt::ISODate);
    }
    if (query.dueWithinDays >= 0) {
        where << open << QStringLiteral("a.due <= ?");
        c.values << today.addDays(query.dueWithinDays).toString(Qt::ISODate);
    }
    c.where = where.join(QStringLiteral(" AND "));
    return c;
}

QString actionOrderFor(const Backend& b, const ActionItemQuery& query)
{
    const QString dir = b.direction(query.order == Qt::DescendingOrder);
    QString column;
    switch (query.sort) {
    case ActionItemQuery::Sort::Due:
        // Items without a due date last in either direction.
        return QStringLiteral("(a.due IS NULL), a.due") + dir + QStringLiteral(", ") + b.nocase(QStringLiteral("s.title"))
            + QStringLiteral(", a.position");
    case ActionItemQuery::Sort::DaysOverdue:
        // Most overdue = earliest due among open items.
        return QStringLiteral("(a.status IN ('open', 'in_progress') AND a.due IS NOT NULL)")
            + (query.order == Qt::DescendingOrder ? QStringLiteral(" DESC, a.due") + b.direction(false)
                                                  : QStringLiteral(" ASC, a.due") + b.direction(true))
            + QStringLiteral(", a.id");
    case ActionItemQuery::Sort::Title:
        column = b.nocase(QStringLiteral("a.title"));
        break;
    case ActionItemQuery::Sort::Coe:
        column = b.nocase(QStringLiteral("s.title"));
        break;
    case ActionItemQuery::Sort::Priority:
        column = QStringLiteral("CASE a.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END");
        break;
    case ActionItemQuery::Sort::Owner:
        column = b.nocase(QStringLiteral("a.owner"));
        break;
    case ActionItemQuery::Sort::Status:
        column = QStringLiteral(
            "CASE a.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'done' THEN 2 ELSE 3 END");
        break;
    }
    return column + dir + QStringLiteral(", a.id") + dir;
}

const QString kFrom = QStringLiteral(" FROM action_items a JOIN coe_summary s ON s.coe_id = a.coe_id WHERE ");

} // namespace

ActionItemCatalog::ActionItemCatalog(Archive& archive) : m_archive(archive) {}

QList<ActionItemRow> ActionItemCatalog::rows(const ActionItemQuery& query, const QDate& today, int offset,
                                             int limit, QString* error) const
{
    if (error)
        error->clear();
    if (limit <= 0)
        return {};
    const ActionClause c = actionClauseFor(query, today);
    QVariantList values = c.values;
    values << limit << offset;
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    QString err;
    if (!sql::run(
            q,
            QStringLiteral(
                "SELECT s.uuid, s.title, a.position, a.title, a.description, a.priority, a.owner, a.due, "
                "a.status") +
                kFrom + c.where + QStringLiteral(" ORDER BY ") +
                actionOrderFor(Backend::of(m_archive.database()), query) +
                QStringLiteral(" LIMIT ? OFFSET ?"),
            values, &err)) {
        if (error)
            *error = tr("Cannot list the action items in %1: %2")
                         .arg(QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    QList<ActionItemRow> result;
    while (q.next()) {
        ActionItemRow r;
        r.coeUuid = QUuid::fromString(q.value(0).toString());
        r.coeTitle = q.value(1).toString();
        r.position = q.value(2).toInt();
        r.title = q.value(3).toString();
        r.description = q.value(4).toString();
        r.priority = q.value(5).isNull() ? Priority::None
                                         : enumFromString<Priority>(q.value(5).toString()).value_or(Priority::None);
        r.owner = q.value(6).toString();
        r.due = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        r.status = enumFromString<ActionStatus>(q.value(8).toString()).value_or(ActionStatus::Open);
        r.daysOverdue = daysOverdue(r.due, r.status, today);
        result << r;
    }
    return result;
}

int ActionItemCatalog::count(const ActionItemQuery& query, const QDate& today, QString* error) const
{
    const ActionClause c = actionClauseFor(query, today);
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    QString err;
    if (!sql::run(q, QStringLiteral("SELECT count(*)") + kFrom + c.where, c.values, &err) || !q.next()) {
        if (error)
            *error = tr("Cannot count the action items in %1: %2")
                         .arg(QDir::toNativeSeparators(m_archive.path()), err);
        return -1;
    }
    if (error)
        error->clear();
    return q.value(0).toInt();
}

QStringList ActionItemCatalog::owners() const
{
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    QString err;
    QStringList result;
    if (!sql::run(q,
                  QStringLiteral("SELECT DISTINCT owner FROM action_items WHERE owner <> '' ORDER BY owner"),
                  {}, &err))
        return result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

} // namespace hindsight
