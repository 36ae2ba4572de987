// SPDX-License-Identifier: MIT
#include "CoeQuery.h"

#include "Archive.h"
#include "ArchiveChanges.h"
#include "ArchiveSearch.h"
#include "Backend.h"
#include "CoeRepository.h"
#include "CoeTables.h"
#include "FullTextIndex.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QSqlQuery>

namespace hindsight {

namespace {

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

const QString kOverdue = QStringLiteral(
    "(SELECT count(*) FROM action_items a WHERE a.coe_id = s.coe_id "
    "AND a.status IN ('open', 'in_progress') AND a.due < ?)");

// The FROM and WHERE of a query, with its bound values in text order.
struct Clause
{
    QString from;
    QString where;
    QVariantList values;
    bool searching = false;
    bool filtered = false; // any condition besides the search text
    QString match;         // the FTS5 MATCH expression (snippets)
    FullTextSql fts;       // the back end's full-text pieces when searching
    QString error;         // the search could not be prepared
};

// `everyMatch`: the statement reads every match (a count, a ranked page, a
// page of at most kRankLimit matches), found first from the index alone
// (FullTextSql::matchesFirstFrom); otherwise a page of many matches may walk
// its order and test each row until it is full.
Clause clauseFor(const QSqlDatabase& db, const CoeQuery& query, const QDate& today, bool everyMatch)
{
    Clause c;
    const Backend& backend = Backend::of(db);
    c.match = ftsQueryFor(query.text);
    c.searching = !c.match.isEmpty();
    if (c.searching && !backend.fullText(db, c.match, &c.fts, &c.error))
        return c;
    c.from = !c.searching ? QStringLiteral("coe_summary s")
             : everyMatch ? c.fts.matchesFirstFrom
                          : c.fts.from;
    QStringList where;
    if (c.searching) {
        where << (everyMatch ? c.fts.matchesFirstCondition : c.fts.condition);
        c.values << c.fts.values;
    } else if (!query.text.trimmed().isEmpty()) {
        // A text without a letter or digit ("-", "***") is nothing to search
        // for: it finds nothing rather than every COE.
        where << QStringLiteral("1 = 0");
        c.filtered = true;
    }
    // Live COEs are nearly all of them: the unary + keeps SQLite from choosing the
    // deleted_at index (and then sorting every row) over the index of the sort column.
    where << (query.trash ? QStringLiteral("s.deleted_at IS NOT NULL")
                          : backend.unindexed(QStringLiteral("s.deleted_at")) + QStringLiteral(" IS NULL"));
    if (query.severity) {
        where << QStringLiteral("s.severity = ?");
        c.values << *query.severity;
    }
    if (query.status) {
        where << QStringLiteral("s.status = ?");
        c.values << toString(*query.status);
    }
    if (!query.owner.isEmpty()) {
        where << QStringLiteral("s.owner = ?");
        c.values << query.owner;
    }
    if (!query.service.isEmpty()) {
        where << QStringLiteral("s.coe_id IN (SELECT coe_id FROM coe_services WHERE name = ?)");
        c.values << query.service;
    }
    if (!query.tag.isEmpty()) {
        where << QStringLiteral("s.coe_id IN (SELECT coe_id FROM coe_tags WHERE tag = ?)");
        c.values << query.tag;
    }
    if (query.incidentFrom.isValid()) {
        where << QStringLiteral("s.incident_at >= ?");
        c.values << sql::instant(query.incidentFrom);
    }
    if (query.incidentTo.isValid()) {
        where << QStringLiteral("s.incident_at < ?");
        c.values << sql::instant(query.incidentTo);
    }
    if (query.overdueOnly) {
        // next_due is the earliest due date of an open item: overdue iff before today.
        where << QStringLiteral("s.next_due < ?");
        c.values << today.toString(Qt::ISODate);
    }
    if (query.unresolvedCommentsOnly) {
        where << QStringLiteral("s.coe_id IN (SELECT coe_id FROM review_comments WHERE resolved = ?)");
        c.values << 0;
    }
    c.filtered = c.filtered || where.size() > (c.searching ? 2 : 1);
    c.where = where.join(QStringLiteral(" AND "));
    return c;
}

// ORDER BY terms; `values` gets the values of any placeholder in them.
QString orderFor(const Backend& backend, const CoeQuery& query, const Clause& c, bool ranked, const QDate& today,
                 QVariantList* values)
{
    const QString dir = backend.direction(query.order == Qt::DescendingOrder);
    QString column;
    switch (query.sort) {
    case CoeQuery::Sort::Relevance:
        if (c.searching) {
            if (!ranked)
                return c.fts.unrankedOrder;
            *values << c.fts.rankValues;
            return c.fts.rankOrder;
        }
        if (query.trash)
            return QStringLiteral("s.deleted_at DESC, s.coe_id DESC");
        return QStringLiteral("s.updated_at DESC, s.coe_id DESC");
    case CoeQuery::Sort::Title:
        column = backend.nocase(QStringLiteral("s.title"));
        break;
    case CoeQuery::Sort::Incident:
        column = QStringLiteral("s.incident_at");
        break;
    case CoeQuery::Sort::Severity:
        column = QStringLiteral("s.severity");
        break;
    case CoeQuery::Sort::Status:
        column = QStringLiteral("s.status_rank");
        break;
    case CoeQuery::Sort::Owner:
        column = backend.nocase(QStringLiteral("s.owner"));
        break;
    case CoeQuery::Sort::Services:
        column = backend.nocase(QStringLiteral("s.services"));
        break;
    case CoeQuery::Sort::OpenActions:
        column = QStringLiteral("s.open_actions");
        break;
    case CoeQuery::Sort::OverdueActions:
        column = kOverdue;
        *values << today.toString(Qt::ISODate);
        break;
    case CoeQuery::Sort::Updated:
        column = QStringLiteral("s.updated_at");
        break;
    case CoeQuery::Sort::Deleted:
        column = QStringLiteral("s.deleted_at");
        break;
    }
    return column + dir + QStringLiteral(", s.coe_id") + dir;
}

// The overdue actions of the COEs `coeIds` (kOverdue's count), by COE id;
// COEs without any are left out.
QHash<qint64, int> overdueCounts(const QSqlDatabase& db, const QList<qint64>& coeIds, const QDate& today,
                                 QString* error)
{
    QHash<qint64, int> out;
    constexpr qsizetype kChunk = 200;
    for (qsizetype from = 0; from < coeIds.size(); from += kChunk) {
        const QList<qint64> chunk = coeIds.mid(from, kChunk);
        const QStringList marks(chunk.size(), QStringLiteral("?"));
        QVariantList values{today.toString(Qt::ISODate)};
        for (const qint64 id : chunk)
            values << id;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::run(
                q,
                QStringLiteral("SELECT a.coe_id, count(*) FROM action_items a "
                               "WHERE a.status IN ('open', 'in_progress') AND a.due < ? AND a.coe_id IN (%1) "
                               "GROUP BY a.coe_id")
                    .arg(marks.join(QLatin1Char(','))),
                values, error))
            return {};
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return out;
}

} // namespace

CoeCatalog::CoeCatalog(Archive& archive) : m_archive(archive) {}

ReviewCounts reviewCounts(const Coe& coe, const analysis::CheckOptions& options)
{
    ReviewCounts counts;
    for (const analysis::Finding& f : analysis::reviewCheck(coe, options)) {
        if (f.level == analysis::Level::Error)
            ++counts.errors;
        else if (f.level == analysis::Level::Warning)
            ++counts.warnings;
    }
    return counts;
}

QString reviewOptionsKey(const analysis::CheckOptions& options)
{
    QString key = QStringLiteral("gap=%1;sla=%2").arg(options.gapMinutes).arg(options.actionSlaDays);
    // The team names as the check compares them (case and spaces aside), in
    // a stable order: a short hash, so the key stays small with many names.
    QStringList teams;
    for (const QString& name : options.teamNames) {
        const QString n = name.simplified().toCaseFolded();
        if (!n.isEmpty())
            teams.append(n);
    }
    if (!teams.isEmpty()) {
        teams.sort();
        teams.removeDuplicates();
        const QByteArray hash =
            QCryptographicHash::hash(teams.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex();
        key += QStringLiteral(";teams=") + QString::fromLatin1(hash.left(12));
    }
    // Required by severity (issue #16): the table and the templates' own, as
    // compact JSON in a stable order. Without them the key of earlier
    // versions stays, and so do their stored counts.
    if (options.requirements) {
        QJsonObject all{{QStringLiteral("table"), templates::toJson(*options.requirements)}};
        QStringList ids = options.templateRequirements.keys();
        ids.sort();
        QJsonArray own;
        for (const QString& id : std::as_const(ids)) {
            const templates::TemplateRequirement& t = options.templateRequirements.value(id);
            QJsonArray always;
            for (templates::RequiredItem item : t.always)
                always.append(templates::toString(item));
            own.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("table"), t.table ? QJsonValue(templates::toJson(*t.table))
                                                                     : QJsonValue()},
                                   {QStringLiteral("always"), always}});
        }
        all.insert(QStringLiteral("templates"), own);
        const QByteArray hash = QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact),
                                                         QCryptographicHash::Sha256)
                                    .toHex();
        key += QStringLiteral(";required=") + QString::fromLatin1(hash.left(12));
    }
    return key;
}

QList<CoeRow> CoeCatalog::rows(const CoeQuery& query, const QDate& today, int offset, int limit,
                               QString* error, int knownCount) const
{
    if (error)
        error->clear();
    if (limit <= 0)
        return {};
    const Backend& backend = Backend::of(m_archive.database());
    // A page of at most kRankLimit matches reads them all (to rank or sort
    // them); past it, newest first, a page may stop once it is full.
    const Clause c = clauseFor(m_archive.database(), query, today, knownCount <= kRankLimit);
    if (!c.error.isEmpty()) {
        if (error)
            *error = tr("Cannot list the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), c.error);
        return {};
    }
    QVariantList values;
    // Snippets and overdue counts are made afterwards for the rows of this
    // page only: in the select list, a sort (by rank, by title...) would
    // compute them for every match (the overdue count's subquery cost 2.7 ms
    // of a 4 ms search for 550 matches), and FTS5's snippet() on a huge COE
    // costs minutes (fulltext::snippets bounds it).
    QString select = QStringLiteral(
        "SELECT s.uuid, s.title, s.status, s.severity, s.owner, s.display_time_zone, s.incident_at, s.services, "
        "s.open_actions, s.next_due, s.updated_at, s.deleted_at, s.coe_id, s.review_errors, s.review_warnings, "
        "s.review_options");
    const int reviewColumn = 13;
    values << c.values;
    QString statement = select + QStringLiteral(" FROM ") + c.from + QStringLiteral(" WHERE ") + c.where;
    // Ranking scores every match; past kRankLimit matches the newest come first instead.
    const bool ranked = c.searching && query.sort == CoeQuery::Sort::Relevance && knownCount <= kRankLimit;
    if (ranked)
        statement += c.fts.rankedCondition;
    statement += QStringLiteral(" ORDER BY ") + orderFor(backend, query, c, ranked, today, &values);
    statement += QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;

    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    QString err;
    QList<CoeRow> result;
    QList<qint64> rowIds;
    result.reserve(qMin(limit, 1000));
    const auto readRows = [&] {
        if (!sql::run(q, statement, values, &err))
            return false;
        while (q.next()) {
            CoeRow r;
            r.uuid = QUuid::fromString(q.value(0).toString());
            r.title = q.value(1).toString();
            r.status = enumFromString<Status>(q.value(2).toString()).value_or(Status::Draft);
            if (!q.value(3).isNull())
                r.severity = q.value(3).toInt();
            r.owner = q.value(4).toString();
            r.displayTimeZone = q.value(5).toString().toUtf8();
            r.incidentAt = sql::instantFrom(q.value(6));
            r.services = q.value(7).toString();
            r.openActions = q.value(8).toInt();
            r.nextDue = QDate::fromString(q.value(9).toString(), Qt::ISODate);
            r.updatedAt = sql::instantFrom(q.value(10));
            r.deletedAt = sql::instantFrom(q.value(11));
            rowIds << q.value(12).toLongLong();
            if (!q.value(reviewColumn).isNull() && !q.value(reviewColumn + 1).isNull()) {
                r.reviewErrors = q.value(reviewColumn).toInt();
                r.reviewWarnings = q.value(reviewColumn + 1).toInt();
                r.reviewOptions = q.value(reviewColumn + 2).toString();
            }
            result << r;
        }
        q.finish();
        return true;
    };
    if (!sql::around(m_archive.database(), c.fts.beforeSearch, c.fts.afterSearch, &err, readRows)) {
        if (error)
            *error =
                tr("Cannot list the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    if (!result.isEmpty()) {
        const QHash<qint64, int> overdue = overdueCounts(m_archive.database(), rowIds, today, &err);
        if (!err.isEmpty()) {
            if (error)
                *error = tr("Cannot list the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
            return {};
        }
        for (qsizetype i = 0; i < result.size(); ++i)
            result[i].overdueActions = overdue.value(rowIds.at(i));
    }
    if (c.searching && !result.isEmpty()) {
        const QHash<qint64, QString> snippets =
            fulltext::snippets(m_archive.database(), c.match, rowIds, 12, &err);
        if (!err.isEmpty()) {
            if (error)
                *error = tr("Cannot list the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
            return {};
        }
        for (qsizetype i = 0; i < result.size(); ++i)
            result[i].snippet = snippets.value(rowIds.at(i));
    }
    return result;
}

int CoeCatalog::count(const CoeQuery& query, const QDate& today, QString* error) const
{
    const Clause c = clauseFor(m_archive.database(), query, today, true);
    if (!c.error.isEmpty()) {
        if (error)
            *error = tr("Cannot count the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), c.error);
        return -1;
    }
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    QString err;
    if (!c.searching && !c.filtered && !query.trash) {
        // Every live COE: kept by triggers (schema version 2), no count over 100,000 rows.
        QVariant live;
        if (sql::scalar(m_archive.database(), QStringLiteral("SELECT live FROM coe_counts WHERE id = 1"), &live,
                        &err)) {
            if (error)
                error->clear();
            return live.toInt();
        }
        if (error)
            *error = tr("Cannot count the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
        return -1;
    }
    // Search alone: the full-text index holds the live COEs only, so no join is needed.
    const QString statement = c.searching && !c.filtered && !query.trash
        ? c.fts.countAll
        : QStringLiteral("SELECT count(*) FROM ") + c.from + QStringLiteral(" WHERE ") + c.where;
    const bool ok = sql::around(m_archive.database(), c.fts.beforeSearch, c.fts.afterSearch, &err, [&] {
        return sql::run(q, statement, c.searching && !c.filtered && !query.trash ? c.fts.values : c.values,
                        &err) &&
               q.next();
    });
    if (!ok) {
        if (error)
            *error = tr("Cannot count the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
        return -1;
    }
    if (error)
        error->clear();
    return q.value(0).toInt();
}

int CoeCatalog::total(QString* error) const
{
    return count(CoeQuery{}, QDate::currentDate(), error);
}

namespace {
QStringList distinct(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList values;
    QString err;
    if (!sql::run(q, statement, {}, &err))
        return values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}
} // namespace

QStringList CoeCatalog::owners() const
{
    return distinct(m_archive.database(),
                    // GROUP BY rather than DISTINCT: PostgreSQL orders DISTINCT rows only by what they select.
                    QStringLiteral("SELECT owner FROM coe_summary WHERE owner <> '' AND deleted_at IS NULL "
                                   "GROUP BY owner ORDER BY ")
                        + Backend::of(m_archive.database()).nocase(QStringLiteral("owner")) + QStringLiteral(", owner"));
}

QStringList CoeCatalog::services() const
{
    return distinct(m_archive.database(),
                    QStringLiteral("SELECT DISTINCT name FROM coe_services WHERE name <> '' ORDER BY name"));
}

QStringList CoeCatalog::tags() const
{
    return distinct(m_archive.database(),
                    QStringLiteral("SELECT DISTINCT tag FROM coe_tags WHERE tag <> '' ORDER BY tag"));
}

namespace {
// The Trash is not searched: its COEs leave the full-text index and come back on restore.
bool updateFullText(const QSqlDatabase& db, const QUuid& uuid, bool deleted, QString* error)
{
    QSqlQuery id(db);
    if (!sql::run(id, QStringLiteral("SELECT id FROM coes WHERE uuid = ?"), {uuidText(uuid)}, error) ||
        !id.next())
        return false;
    const qint64 rowId = id.value(0).toLongLong();
    if (deleted)
        return fulltext::remove(db, rowId, error);
    Coe coe;
    bool found = false;
    return coetables::readCoe(db, uuid, &coe, &found, error) && found && fulltext::update(db, rowId, coe, error);
}
} // namespace

bool CoeCatalog::setDeleted(const QUuid& uuid, const QDateTime& deletedAt, bool deleted, QString* error)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_archive.isReadOnly() && !m_archive.isDamaged())
        return fail(tr("Nothing was changed: the archive %1 is open read-only.").arg(file));
    if (QString why; !m_archive.prepareWrite(&why))
        return fail(tr("Nothing was changed: %1").arg(why));
    const QSqlDatabase db = m_archive.database();
    const QVariant when = deleted ? sql::instant(deletedAt.toUTC())
                                  : QVariant(QMetaType(QMetaType::QString));
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery coes(db), summary(db);
    if (!tx.begin(&err) ||
        !sql::run(
            coes,
            deleted
                ? QStringLiteral("UPDATE coes SET deleted_at = ? WHERE uuid = ? AND deleted_at IS NULL")
                : QStringLiteral("UPDATE coes SET deleted_at = ? WHERE uuid = ? AND deleted_at IS NOT NULL"),
            {when, uuidText(uuid)}, &err))
        return fail(tr("The COE %1 was not changed in %2: %3").arg(uuidText(uuid), file, err));
    if (coes.numRowsAffected() != 1)
        return fail(deleted ? tr("The archive %2 holds no COE %1 outside the Trash.").arg(uuidText(uuid), file)
                            : tr("The Trash of %2 holds no COE %1.").arg(uuidText(uuid), file));
    if (!sql::run(
            summary,
            QStringLiteral(
                "UPDATE coe_summary SET deleted_at = ? WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?)"),
            {when, uuidText(uuid)}, &err) ||
        !updateFullText(db, uuid, deleted, &err) ||
        !m_archive.changes()->stamp(
            db, uuid, 0, deleted ? ArchiveChanges::Write::Trash : ArchiveChanges::Write::Restore, &err) ||
        !tx.commit(&err))
        return fail(tr("The COE %1 was not changed in %2: %3").arg(uuidText(uuid), file, err));
    if (error)
        error->clear();
    return true;
}

bool CoeCatalog::moveToTrash(const QUuid& uuid, QString* error)
{
    return setDeleted(uuid, QDateTime::currentDateTimeUtc(), true, error);
}

bool CoeCatalog::moveToTrash(const QUuid& uuid, const QDateTime& deletedAt, QString* error)
{
    if (!deletedAt.isValid()) {
        if (error)
            *error = tr("The COE %1 was not moved to the Trash: no valid time was given.").arg(uuidText(uuid));
        return false;
    }
    return setDeleted(uuid, deletedAt, true, error);
}

bool CoeCatalog::restore(const QUuid& uuid, QString* error)
{
    return setDeleted(uuid, {}, false, error);
}

int CoeCatalog::emptyTrash(QString* error)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    if (m_archive.isReadOnly() && !m_archive.isDamaged()) {
        if (error)
            *error = tr("The Trash was not emptied: the archive %1 is open read-only.").arg(file);
        return -1;
    }
    if (QString why; !m_archive.prepareWrite(&why)) {
        if (error)
            *error = tr("The Trash was not emptied: %1").arg(why);
        return -1;
    }
    const QSqlDatabase db = m_archive.database();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery q(db);
    // The cascade removes every part and the summary; the trigger the full-text row.
    if (!tx.begin(&err) || !ArchiveChanges::notifyDeleted(db, {}, &err) ||
        !sql::run(q, QStringLiteral("DELETE FROM coes WHERE deleted_at IS NOT NULL"), {}, &err) ||
        !tx.commit(&err)) {
        if (error)
            *error = tr("The Trash of %1 was not emptied: %2").arg(file, err);
        return -1;
    }
    if (error)
        error->clear();
    return q.numRowsAffected();
}

QUuid CoeCatalog::duplicate(const QUuid& uuid, QString* error)
{
    CoeRepository repository(m_archive);
    std::optional<Coe> coe = repository.load(uuid, error);
    if (!coe)
        return {};
    coe->uuid = QUuid::createUuid();
    coe->title = coe->title.isEmpty() ? tr("(copy)") : tr("%1 (copy)").arg(coe->title);
    coe->revision = 0;
    coe->createdAt = coe->updatedAt = QDateTime::currentDateTimeUtc();
    const SaveResult saved = repository.save(*coe);
    if (!saved.ok()) {
        if (error)
            *error = saved.error;
        return {};
    }
    if (error)
        error->clear();
    return coe->uuid;
}

} // namespace hindsight
