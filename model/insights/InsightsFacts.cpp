// SPDX-License-Identifier: MIT
#include "InsightsFacts.h"

#include "storage/Archive.h"
#include "storage/Backend.h"
#include "storage/SqlUtil.h"

#include <QDir>
#include <QSqlQuery>
#include <algorithm>

namespace hindsight::insights {

QDateTime CoeFact::resolvedAt() const
{
    const int i = analysis::milestoneIndex(milestones, Milestone::Resolved);
    return i >= 0 ? milestones.at(i).at : QDateTime();
}

const CoeFact* InsightsFacts::find(const QUuid& uuid) const
{
    const auto it = m_index.constFind(uuid);
    return it == m_index.constEnd() ? nullptr : &coes.at(*it);
}

void InsightsFacts::reindex()
{
    m_index.clear();
    m_index.reserve(coes.size());
    for (int i = 0; i < coes.size(); ++i)
        m_index.insert(coes.at(i).uuid, i);
}

namespace {

// sql::instantFrom, fast for what sql::instant writes ("2026-01-05T10:00:00.000Z",
// 24 characters): QDateTime::fromString took about a third of the load of
// 10,000 COEs. Anything else goes the general way.
QDateTime instantFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() != 24 || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' || s.at(13) != u':'
        || s.at(16) != u':' || s.at(19) != u'.' || s.at(23) != u'Z')
        return sql::instantFrom(v);
    bool ok = true;
    auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                ok = false;
            n = n * 10 + int(c - u'0');
        }
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2), ms = number(20, 3);
    if (!ok || !date.isValid() || hour > 23 || minute > 59 || second > 59)
        return sql::instantFrom(v);
    const qint64 msecs = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL
        + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); // the spec toUTC() gives
}

// Runs one statement over a whole table; `row` is called for each row whose
// first column (a coe_id) belongs to a live COE.
template <typename Row>
bool forEachRow(const QSqlDatabase& db, const QHash<qint64, int>& rowOf, const QString& statement, Row row,
                QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::prepare(q, Backend::of(db).exactTextSql(statement), error) || !sql::exec(q, error))
        return false;
    while (q.next()) {
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it != rowOf.constEnd())
            row(q, *it);
    }
    return sql::finished(q, error);
}

// Every COE's action items, in its order, into coes[rowOf[coe_id]].
bool readActions(const QSqlDatabase& db, const QHash<qint64, int>& rowOf, QList<CoeFact>& coes,
                 QString* error)
{
    const Backend& b = Backend::of(db);
    return forEachRow(
        db, rowOf,
        QStringLiteral("SELECT coe_id, CAST(title AS BLOB), priority, CAST(owner AS BLOB), due, status "
                       "FROM action_items ORDER BY coe_id, position"),
        [&](const QSqlQuery& q, int i) {
            ActionFact a;
            a.title = b.fromExact(q.value(1));
            a.priority = q.value(2).isNull()
                             ? Priority::None
                             : enumFromString<Priority>(q.value(2).toString()).value_or(Priority::None);
            a.owner = b.fromExact(q.value(3));
            a.due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            a.status = enumFromString<ActionStatus>(q.value(5).toString()).value_or(ActionStatus::Open);
            coes[i].actions << a;
        },
        error);
}

QString readError(const Archive& archive, const QString& err)
{
    return QCoreApplication::translate("Insights", "Cannot read the COEs of %1 for Insights: %2")
        .arg(QDir::toNativeSeparators(archive.path()), err);
}

} // namespace

bool loadActionFacts(Archive& archive, InsightsFacts* facts, QString* error)
{
    const QSqlDatabase db = archive.database();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Read);
    QHash<qint64, int> rowOf;
    rowOf.reserve(facts->coes.size());
    for (int i = 0; i < facts->coes.size(); ++i)
        rowOf.insert(facts->coes.at(i).rowId, i);
    QList<CoeFact> coes = facts->coes;
    for (CoeFact& coe : coes)
        coe.actions.clear();
    if (!tx.begin(&err) || !readActions(db, rowOf, coes, &err)) {
        if (error)
            *error = readError(archive, err);
        return false;
    }
    tx.rollback(); // only read
    facts->coes = std::move(coes);
    facts->actionsLoaded = true;
    if (error)
        error->clear();
    return true;
}

bool loadInsightsFacts(Archive& archive, InsightsFacts* facts, QString* error, FactsScope scope)
{
    const QSqlDatabase db = archive.database();
    const Backend& b = Backend::of(db);
    QString err;
    auto fail = [&]() {
        if (error)
            *error = readError(archive, err);
        return false;
    };
    sql::Transaction tx(db, sql::Transaction::Kind::Read); // one snapshot for all the tables
    if (!tx.begin(&err))
        return fail();

    QList<CoeFact> coes;
    QHash<qint64, int> rowOf;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          b.exactTextSql(QStringLiteral(
                              // The title as coes keeps it, exactly (coe_summary's copy is for
                              // listing), read in a derived table where its name is unambiguous.
                              "SELECT s.coe_id, s.uuid, c.title_text, s.status, s.severity, s.incident_at, "
                              "c.created_at, l.detection_source, r.approved_at FROM coe_summary s "
                              "JOIN (SELECT id, CAST(title AS BLOB) AS title_text, created_at FROM coes) c "
                              "ON c.id = s.coe_id LEFT JOIN coe_learning l ON l.coe_id = s.coe_id "
                              "LEFT JOIN coe_reviews r ON r.coe_id = s.coe_id WHERE s.deleted_at IS NULL")),
                          &err)
            || !sql::exec(q, &err))
            return fail();
        while (q.next()) {
            CoeFact f;
            f.uuid = QUuid::fromString(q.value(1).toString());
            f.title = b.fromExact(q.value(2));
            f.status = enumFromString<Status>(q.value(3).toString()).value_or(Status::Draft);
            if (!q.value(4).isNull())
                f.severity = q.value(4).toInt();
            f.incidentAt = instantFrom(q.value(5));
            f.createdAt = instantFrom(q.value(6));
            if (!q.value(7).isNull())
                f.detection = enumFromString<DetectionSource>(q.value(7).toString()).value_or(DetectionSource::Other);
            f.approvedAt = instantFrom(q.value(8));
            f.rowId = q.value(0).toLongLong();
            rowOf.insert(f.rowId, int(coes.size()));
            coes << f;
        }
        if (!sql::finished(q, &err))
            return fail();
    }

    // The child tables, each whole in one statement, in each COE's order.
    const bool ok =
        forEachRow(
            db, rowOf,
            QStringLiteral("SELECT coe_id, CAST(name AS BLOB) FROM coe_services ORDER BY coe_id, position"),
            [&](const QSqlQuery& q, int i) { coes[i].services << b.fromExact(q.value(1)); }, &err)
        && forEachRow(
            db, rowOf, QStringLiteral("SELECT coe_id, CAST(tag AS BLOB) FROM coe_tags ORDER BY coe_id, position"),
            [&](const QSqlQuery& q, int i) { coes[i].tags << b.fromExact(q.value(1)); }, &err)
        && forEachRow(
            db, rowOf,
            QStringLiteral("SELECT coe_id, at, milestone, approximate FROM timeline_entries "
                           "WHERE milestone IS NOT NULL ORDER BY coe_id, position"),
            [&](const QSqlQuery& q, int i) {
                TimelineEntry e;
                e.at = instantFrom(q.value(1));
                e.milestone = enumFromString<Milestone>(q.value(2).toString()).value_or(Milestone::None);
                e.approximate = q.value(3).toInt() != 0;
                if (e.milestone != Milestone::None)
                    coes[i].milestones << e;
            },
            &err)
        && forEachRow(
            db, rowOf,
            QStringLiteral("SELECT coe_id, CAST(category AS BLOB) FROM contributing_factors "
                           "WHERE category <> '' ORDER BY coe_id, position"),
            [&](const QSqlQuery& q, int i) {
                const QString category = b.fromExact(q.value(1));
                if (!coes[i].categories.contains(category))
                    coes[i].categories << category;
            },
            &err)
        && (scope == FactsScope::WithoutActions || readActions(db, rowOf, coes, &err));
    if (!ok)
        return fail();
    tx.rollback(); // only read

    for (CoeFact& f : coes)
        f.durations = analysis::computeDurations(f.milestones);
    std::sort(coes.begin(), coes.end(), [](const CoeFact& x, const CoeFact& y) {
        if (x.incidentAt.isValid() != y.incidentAt.isValid())
            return x.incidentAt.isValid();
        if (x.incidentAt != y.incidentAt)
            return x.incidentAt < y.incidentAt;
        return x.uuid.toString() < y.uuid.toString();
    });
    facts->coes = std::move(coes);
    facts->actionsLoaded = scope == FactsScope::All;
    facts->reindex();
    if (error)
        error->clear();
    return true;
}

} // namespace hindsight::insights
