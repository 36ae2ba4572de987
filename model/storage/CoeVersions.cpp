// SPDX-License-Identifier: MIT
#include "CoeVersions.h"

#include "Archive.h"
#include "ArchiveChanges.h"
#include "Backend.h"
#include "CoeTables.h"
#include "SqlUtil.h"
#include "analysis/CoeDiff.h"
#include "exchange/CoeJson.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace hindsight {

namespace {

struct ReasonName
{
    VersionReason reason;
    const char* name;
};
constexpr ReasonName kReasons[] = {
    {VersionReason::Close, "close"},     {VersionReason::Status, "status"},   {VersionReason::Import, "import"},
    {VersionReason::Periodic, "periodic"}, {VersionReason::Restore, "restore"}, {VersionReason::Manual, "manual"},
};

// Every statement is written in SQLite's exact-text idiom; the back end words it.
bool prepare(QSqlQuery& query, const QString& statement, QString* error)
{
    return sql::prepare(query, Backend::of(query.driver()).exactTextSql(statement), error);
}

bool coeRowId(const QSqlDatabase& db, const QUuid& uuid, std::optional<qint64>* rowId, QString* error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, QStringLiteral("SELECT id FROM coes WHERE uuid = ?"), error)
        || !sql::exec(q, {coetables::uuidText(uuid)}, error))
        return false;
    rowId->reset();
    if (q.next())
        *rowId = q.value(0).toLongLong();
    return true;
}

const QString kInfoColumns = QStringLiteral(
    "number, at, CAST(author AS BLOB), reason, status, approved, CAST(summary AS BLOB)");

CoeVersionInfo infoFrom(const Backend& b, const QSqlQuery& q)
{
    CoeVersionInfo info;
    info.number = q.value(0).toInt();
    info.at = sql::instantFrom(q.value(1));
    info.author = b.fromExact(q.value(2));
    info.reason = versionReasonFromString(q.value(3).toString()).value_or(VersionReason::Manual);
    info.status = enumFromString<Status>(q.value(4).toString()).value_or(Status::Draft);
    info.approved = q.value(5).toLongLong() != 0;
    info.summary = b.fromExact(q.value(6));
    return info;
}

} // namespace

QString toString(VersionReason reason)
{
    for (const ReasonName& r : kReasons) {
        if (r.reason == reason)
            return QLatin1String(r.name);
    }
    return QStringLiteral("manual");
}

std::optional<VersionReason> versionReasonFromString(const QString& text)
{
    for (const ReasonName& r : kReasons) {
        if (text == QLatin1String(r.name))
            return r.reason;
    }
    return std::nullopt;
}

CoeVersions::CoeVersions(Archive& archive) : m_archive(archive) {}

QByteArray CoeVersions::pack(const Coe& coe)
{
    return qCompress(exchange::CoeJson::write(coe), 6);
}

std::optional<Coe> CoeVersions::unpack(const QByteArray& stored, QString* error)
{
    const QByteArray json = qUncompress(stored);
    if (json.isEmpty()) {
        if (error)
            *error = tr("the stored version is not a compressed document");
        return std::nullopt;
    }
    exchange::JsonReadResult r = exchange::CoeJson::readDraft(json);
    if (!r.ok()) {
        if (error)
            *error = r.errors.first().toString();
        return std::nullopt;
    }
    return r.coe;
}

QString CoeVersions::author() const
{
    QString name = m_archive.changes()->saver().name;
    if (name.isEmpty() && Backend::of(m_archive.database()).kind() == Backend::Kind::Postgres) {
        QVariant user;
        QString ignored;
        if (sql::scalar(m_archive.database(), QStringLiteral("SELECT current_user"), &user, &ignored))
            name = user.toString();
    }
    return name;
}

std::optional<int> CoeVersions::add(const Coe& coe, VersionReason reason, const QString& summary, QString* error,
                                    const QDateTime& atUtc)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    const QString id = coetables::uuidText(coe.uuid);
    auto fail = [&](const QString& why) -> std::optional<int> {
        if (error)
            *error = tr("No version of the COE %1 was recorded in %2: %3").arg(id, file, why);
        return std::nullopt;
    };
    if (m_archive.isReadOnly() && !m_archive.isDamaged())
        return fail(tr("the archive is open read-only"));
    if (QString why; !m_archive.prepareWrite(&why))
        return fail(why);
    const QSqlDatabase db = m_archive.database();
    const Backend& b = Backend::of(db);
    const QByteArray document = pack(coe);
    const QString who = author();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(&err))
        return fail(err);
    std::optional<qint64> rowId;
    if (!coeRowId(db, coe.uuid, &rowId, &err))
        return fail(err);
    if (!rowId)
        return fail(tr("the archive holds no such COE"));
    QVariant next;
    {
        QSqlQuery q(db);
        if (!sql::prepare(q, QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM coe_versions WHERE coe_id = ?"),
                          &err)
            || !sql::exec(q, {*rowId}, &err) || !q.next())
            return fail(err);
        next = q.value(0);
    }
    const int number = next.toInt();
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO coe_versions (coe_id, number, at, author, reason, status, approved, "
                                "summary, document) VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, CAST(? AS TEXT), ?)"),
                 &err)
        || !sql::exec(q,
                      {*rowId, number, sql::instant(atUtc.isValid() ? atUtc.toUTC() : QDateTime::currentDateTimeUtc()),
                       b.exactText(who), toString(reason), toString(coe.status),
                       coe.status == Status::Approved ? 1 : 0, b.exactText(summary), document},
                      &err)
        || !tx.commit(&err))
        return fail(err);
    if (error)
        error->clear();
    return number;
}

std::optional<int> CoeVersions::record(const Coe& coe, VersionReason reason, QString* error, const QDateTime& atUtc,
                                       const QString& note)
{
    const std::optional<CoeVersionInfo> last = latest(coe.uuid, error);
    if (!last && error && !error->isEmpty())
        return std::nullopt;
    QString summary = tr("first version");
    if (last) {
        const std::optional<Coe> previous = load(coe.uuid, last->number, error);
        if (!previous)
            return std::nullopt;
        if (previous->sameContent(coe) && note.isEmpty())
            return last->number;
        summary = analysis::compareCoes(*previous, coe).summaryLine();
    }
    if (!note.isEmpty())
        summary = note + QStringLiteral("; ") + summary;
    return add(coe, reason, summary, error, atUtc);
}

std::optional<int> CoeVersions::nextNumber(const QUuid& uuid, QString* error) const
{
    QString err;
    const std::optional<CoeVersionInfo> last = latest(uuid, &err);
    if (error)
        *error = err;
    if (!last && !err.isEmpty())
        return std::nullopt;
    return last ? last->number + 1 : 1;
}

QList<CoeVersionInfo> CoeVersions::list(const QUuid& uuid, QString* error) const
{
    const QSqlDatabase db = m_archive.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString err;
    QList<CoeVersionInfo> out;
    if (!prepare(q,
                 QStringLiteral("SELECT %1 FROM coe_versions WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) "
                                "ORDER BY number")
                     .arg(kInfoColumns),
                 &err)
        || !sql::exec(q, {coetables::uuidText(uuid)}, &err)) {
        if (error)
            *error = tr("Cannot read the versions of the COE %1 in %2: %3")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    const Backend& b = Backend::of(db);
    while (q.next())
        out.append(infoFrom(b, q));
    if (!sql::finished(q, &err)) {
        if (error)
            *error = tr("Cannot read the versions of the COE %1 in %2: %3")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    if (error)
        error->clear();
    return out;
}

std::optional<CoeVersionInfo> CoeVersions::latest(const QUuid& uuid, QString* error) const
{
    const QSqlDatabase db = m_archive.database();
    QSqlQuery q(db);
    QString err;
    if (!prepare(q,
                 QStringLiteral("SELECT %1 FROM coe_versions WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) "
                                "ORDER BY number DESC LIMIT 1")
                     .arg(kInfoColumns),
                 &err)
        || !sql::exec(q, {coetables::uuidText(uuid)}, &err)) {
        if (error)
            *error = tr("Cannot read the versions of the COE %1 in %2: %3")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()), err);
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (!q.next())
        return std::nullopt;
    return infoFrom(Backend::of(db), q);
}

std::optional<Coe> CoeVersions::load(const QUuid& uuid, int number, QString* error) const
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    const QSqlDatabase db = m_archive.database();
    QSqlQuery q(db);
    QString err;
    if (!sql::prepare(q,
                      QStringLiteral("SELECT document FROM coe_versions "
                                     "WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) AND number = ?"),
                      &err)
        || !sql::exec(q, {coetables::uuidText(uuid), number}, &err)) {
        if (error)
            *error = tr("Cannot load version %1 of the COE %2 from %3: %4")
                         .arg(number)
                         .arg(coetables::uuidText(uuid), file, err);
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = tr("The archive %3 holds no version %1 of the COE %2.")
                         .arg(number)
                         .arg(coetables::uuidText(uuid), file);
        return std::nullopt;
    }
    std::optional<Coe> coe = unpack(q.value(0).toByteArray(), &err);
    if (!coe) {
        if (error)
            *error = tr("Cannot load version %1 of the COE %2 from %3: %4")
                         .arg(number)
                         .arg(coetables::uuidText(uuid), file, err);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return coe;
}

bool CoeVersions::coesWithVersions(QSet<QUuid>* uuids, QString* error) const
{
    uuids->clear();
    if (m_archive.schemaVersion() < 6)
        return true;
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT DISTINCT c.uuid FROM coe_versions v JOIN coes c ON c.id = v.coe_id"), error)
        || !sql::exec(q, error))
        return false;
    while (q.next())
        uuids->insert(QUuid::fromString(q.value(0).toString()));
    return sql::finished(q, error);
}

bool CoeVersions::copyFrom(Archive& source, const QUuid& sourceUuid, const QUuid& targetUuid, QString* error)
{
    if (source.schemaVersion() < 6) // written before versions existed (schema 6)
        return true;
    struct Row
    {
        CoeVersionInfo info;
        QString reason;
        QByteArray document;
    };
    QList<Row> rows;
    QString err;
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("The versions of the COE %1 were not copied: %2").arg(coetables::uuidText(sourceUuid), why);
        return false;
    };
    {
        const QSqlDatabase db = source.database();
        const Backend& b = Backend::of(db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!prepare(q,
                     QStringLiteral("SELECT %1, document FROM coe_versions "
                                    "WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) ORDER BY number")
                         .arg(kInfoColumns),
                     &err)
            || !sql::exec(q, {coetables::uuidText(sourceUuid)}, &err))
            return fail(err);
        while (q.next())
            rows.append({infoFrom(b, q), q.value(3).toString(), q.value(7).toByteArray()});
        if (!sql::finished(q, &err))
            return fail(err);
    }
    if (rows.isEmpty())
        return true;
    const QSqlDatabase db = m_archive.database();
    const Backend& b = Backend::of(db);
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    std::optional<qint64> rowId;
    if (!tx.begin(&err) || !coeRowId(db, targetUuid, &rowId, &err))
        return fail(err);
    if (!rowId)
        return fail(tr("the archive holds no such COE"));
    QVariant base;
    {
        QSqlQuery q(db);
        if (!sql::prepare(q, QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM coe_versions WHERE coe_id = ?"), &err)
            || !sql::exec(q, {*rowId}, &err) || !q.next())
            return fail(err);
        base = q.value(0);
    }
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO coe_versions (coe_id, number, at, author, reason, status, approved, "
                                "summary, document) VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, CAST(? AS TEXT), ?)"),
                 &err))
        return fail(err);
    for (const Row& r : std::as_const(rows)) {
        if (!sql::exec(q,
                       {*rowId, base.toInt() + r.info.number, sql::instant(r.info.at), b.exactText(r.info.author),
                        r.reason, toString(r.info.status), r.info.approved ? 1 : 0, b.exactText(r.info.summary),
                        r.document},
                       &err))
            return fail(err);
    }
    if (!tx.commit(&err))
        return fail(err);
    return true;
}

int CoeVersions::prune(const QDateTime& nowUtc, int keepDays, QString* error)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    QString err;
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("The old versions in %1 were not thinned: %2").arg(file, why);
        return -1;
    };
    if (m_archive.isReadOnly() && !m_archive.isDamaged())
        return fail(tr("the archive is open read-only"));
    if (QString why; !m_archive.prepareWrite(&why))
        return fail(why);
    const QSqlDatabase db = m_archive.database();
    const QDateTime cutoff = nowUtc.toUTC().addDays(-keepDays);
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(&err))
        return fail(err);
    // The last version of each COE and UTC day before the cutoff stays; so do approved ones.
    QList<qint64> doomed;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          QStringLiteral("SELECT id, coe_id, at, approved FROM coe_versions WHERE at < ? "
                                         "ORDER BY coe_id, number DESC"),
                          &err)
            || !sql::exec(q, {sql::instant(cutoff)}, &err))
            return fail(err);
        QHash<qint64, QSet<QDate>> kept; // per COE, the days whose last version was seen
        while (q.next()) {
            const qint64 coeId = q.value(1).toLongLong();
            const QDate day = sql::instantFrom(q.value(2)).toUTC().date();
            const bool approved = q.value(3).toLongLong() != 0;
            QSet<QDate>& days = kept[coeId];
            if (!days.contains(day))
                days.insert(day);
            else if (!approved)
                doomed.append(q.value(0).toLongLong());
        }
        if (!sql::finished(q, &err))
            return fail(err);
    }
    QSqlQuery d(db);
    if (!sql::prepare(d, QStringLiteral("DELETE FROM coe_versions WHERE id = ?"), &err))
        return fail(err);
    for (qint64 id : std::as_const(doomed)) {
        if (!sql::exec(d, {id}, &err))
            return fail(err);
    }
    if (!tx.commit(&err))
        return fail(err);
    if (error)
        error->clear();
    return int(doomed.size());
}

} // namespace hindsight
