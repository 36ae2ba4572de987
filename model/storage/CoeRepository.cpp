// SPDX-License-Identifier: MIT
#include "CoeRepository.h"

#include "Archive.h"
#include "ArchiveChanges.h"
#include "Backend.h"
#include "CoeSummary.h"
#include "CoeTables.h"
#include "FullTextIndex.h"
#include "SqlUtil.h"

#include <QDir>
#include <atomic>
#include <QSqlQuery>

namespace hindsight {

namespace {

QString shownTitle(const Coe& coe)
{
    return coe.title.isEmpty() ? QCoreApplication::translate("CoeRepository", "The untitled COE")
                               : QStringLiteral("“%1”").arg(coe.title);
}

SaveResult result(SaveResult::Status status, const QString& message)
{
    SaveResult r;
    r.status = status;
    r.error = message;
    return r;
}

// The stored row id and revision of `uuid`, if any, and whether it is in the Trash.
bool lookUp(const QSqlDatabase& db, const QUuid& uuid, std::optional<qint64>* rowId, qint64* revision,
            QString* error, bool* trashed = nullptr)
{
    sql::Statement k(db, QStringLiteral("SELECT id, revision, deleted_at IS NOT NULL FROM coes WHERE uuid = ?"),
                     error);
    if (!k.isValid() || !sql::exec(k.query(), {coetables::uuidText(uuid)}, error))
        return false;
    QSqlQuery& q = k.query();
    rowId->reset();
    *revision = 0;
    if (trashed)
        *trashed = false;
    if (q.next()) {
        *rowId = q.value(0).toLongLong();
        *revision = q.value(1).toLongLong();
        if (trashed)
            *trashed = q.value(2).toBool();
    }
    return sql::finished(q, error);
}

QList<QList<metrics::MetricSeries>> seriesOf(const Coe& coe)
{
    QList<QList<metrics::MetricSeries>> out;
    out.reserve(coe.metrics.size());
    for (const Metric& m : coe.metrics)
        out.append(m.series);
    return out;
}

// The same series per metric: the same shared list (nothing can have changed
// it: a change to a list that is shared copies it first; QList's == says so
// at once), or equal points.
bool sameSeries(const QList<QList<metrics::MetricSeries>>& known, const Coe& coe)
{
    if (known.size() != coe.metrics.size())
        return false;
    for (qsizetype i = 0; i < known.size(); ++i)
        if (known.at(i) != coe.metrics.at(i).series)
            return false;
    return true;
}

} // namespace

CoeRepository::CoeRepository(Archive& archive) : m_archive(archive) {}

SaveResult CoeRepository::save(Coe& coe, SaveMode mode)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    if (m_archive.isReadOnly() && !m_archive.isDamaged())
        return result(SaveResult::Status::Error,
                      tr("%1 was not saved: the archive %2 is open read-only.").arg(shownTitle(coe), file));
    if (coe.uuid.isNull())
        return result(SaveResult::Status::Error,
                      tr("%1 was not saved: it has no identifier (uuid).").arg(shownTitle(coe)));
    // A damaged archive is never written to; the day's backup comes first.
    if (QString why; !m_archive.prepareWrite(&why))
        return result(SaveResult::Status::Error, tr("%1 was not saved: %2").arg(shownTitle(coe), why));

    const QSqlDatabase db = m_archive.database();
    QString err;
    auto failed = [&]() {
        return result(SaveResult::Status::Error,
                      tr("%1 was not saved to %2: %3").arg(shownTitle(coe), file, err));
    };
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(&err))
        return failed();

    std::optional<qint64> rowId;
    qint64 stored = 0;
    bool trashed = false; // an update keeps the COE where it is
    if (!lookUp(db, coe.uuid, &rowId, &stored, &err, &trashed))
        return failed();
    if (mode == SaveMode::InsertOrCopy) {
        // Under the write lock taken by BEGIN IMMEDIATE: no other writer can
        // store the uuid between this check and the insert.
        while (rowId) {
            coe.uuid = QUuid::createUuid();
            if (!lookUp(db, coe.uuid, &rowId, &stored, &err, &trashed))
                return failed();
        }
        coe.revision = 0;
    }
    if (mode != SaveMode::Overwrite && stored != coe.revision) {
        QString message;
        if (coe.revision == 0)
            message =
                tr("%1 was not saved: the archive already holds a COE with the same identifier (uuid %2).")
                    .arg(shownTitle(coe), coetables::uuidText(coe.uuid));
        else if (!rowId)
            message =
                tr("%1 was not saved: it was deleted from the archive by another window or process since it "
                   "was loaded.")
                    .arg(shownTitle(coe));
        else
            message = tr("%1 was not saved: it was changed by another window or process since it was loaded "
                         "(archive revision %2, this copy revision %3). Nothing was overwritten.")
                          .arg(shownTitle(coe))
                          .arg(stored)
                          .arg(coe.revision);
        return result(SaveResult::Status::Conflict, message);
    }

    const qint64 newRevision = stored + 1;
    qint64 id = 0;
    // The archive holds what this repository last wrote or read of the COE
    // (its revision is unchanged since) and the series are those.
    const bool keepSeries = rowId && m_knownSeries && m_knownSeries->uuid == coe.uuid
        && m_knownSeries->revision == stored && sameSeries(m_knownSeries->series, coe);
    if (rowId) {
        id = *rowId;
        if (!coetables::updateCoe(db, id, coe, newRevision, &err, keepSeries))
            return failed();
    } else if (!coetables::insertCoe(db, coe, newRevision, &id, &err)) {
        return failed();
    }
    // A COE in the Trash keeps no full-text row (CoeCatalog: search covers the live COEs only).
    if (!coetables::insertParts(db, id, coe, &err, keepSeries) || !coesummary::update(db, id, coe, &err, m_options)
        || !(trashed ? fulltext::remove(db, id, &err) : fulltext::update(db, id, coe, &err))
        || !m_archive.changes()->stamp(db, coe.uuid, newRevision, ArchiveChanges::Write::Save, &err) || !tx.commit(&err))
        return failed();
    coe.revision = newRevision;
    m_knownSeries = KnownSeries{coe.uuid, newRevision, seriesOf(coe)};
    return {};
}

namespace {
std::atomic<quint64> g_loadCount{0};
} // namespace

quint64 CoeRepository::loadCount()
{
    return g_loadCount.load();
}

std::optional<Coe> CoeRepository::load(const QUuid& uuid, QString* error) const
{
    ++g_loadCount;
    const QSqlDatabase db = m_archive.database();
    QString err;
    Coe coe;
    bool found = false;
    sql::Transaction tx(db, sql::Transaction::Kind::Read); // one snapshot for all the tables
    if (!tx.begin(&err) || !coetables::readCoe(db, uuid, &coe, &found, &err)) {
        if (error)
            *error = tr("Cannot load the COE %1 from %2: %3")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()), err);
        return std::nullopt;
    }
    tx.commit(&err);
    if (!found) {
        if (error)
            *error = tr("The archive %2 holds no COE %1.")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()));
        return std::nullopt;
    }
    if (error)
        error->clear();
    // What a save of this repository left stays known as it was (the same
    // lists as the editor's: the quickest comparison).
    if (!m_knownSeries || m_knownSeries->uuid != coe.uuid || m_knownSeries->revision != coe.revision)
        m_knownSeries = KnownSeries{coe.uuid, coe.revision, seriesOf(coe)};
    return coe;
}

bool CoeRepository::loadMany(const QList<QUuid>& uuids, QList<std::optional<Coe>>* out, QString* error) const
{
    constexpr qsizetype kChunk = 100;
    g_loadCount += uuids.size();
    out->clear();
    out->reserve(uuids.size());
    const QSqlDatabase db = m_archive.database();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Read); // one snapshot for all the tables
    bool ok = tx.begin(&err);
    for (qsizetype start = 0; ok && start < uuids.size(); start += kChunk) {
        QList<std::optional<Coe>> read;
        ok = coetables::readCoes(db, uuids.mid(start, kChunk), &read, &err);
        out->append(read);
    }
    if (!ok) {
        out->clear();
        if (error)
            *error = tr("Cannot load %n COE(s) from %1: %2", nullptr, int(uuids.size()))
                         .arg(QDir::toNativeSeparators(m_archive.path()), err);
        return false;
    }
    tx.commit(&err);
    if (error)
        error->clear();
    return true;
}

bool CoeRepository::exists(const QUuid& uuid) const
{
    return revision(uuid) > 0;
}

qint64 CoeRepository::revision(const QUuid& uuid) const
{
    std::optional<qint64> rowId;
    qint64 stored = 0;
    QString err;
    if (!lookUp(m_archive.database(), uuid, &rowId, &stored, &err))
        return 0;
    return stored;
}

bool CoeRepository::remove(const QUuid& uuid, QString* error)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_archive.isReadOnly() && !m_archive.isDamaged())
        return fail(tr("The COE %1 was not deleted: the archive %2 is open read-only.")
                        .arg(coetables::uuidText(uuid), file));
    if (QString why; !m_archive.prepareWrite(&why))
        return fail(tr("The COE %1 was not deleted: %2").arg(coetables::uuidText(uuid), why));
    const QSqlDatabase db = m_archive.database();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery q(db);
    // The cascade removes every part; the trigger coes_fts_delete the full-text row.
    if (!tx.begin(&err) || !sql::prepare(q, QStringLiteral("DELETE FROM coes WHERE uuid = ?"), &err) ||
        !sql::exec(q, {coetables::uuidText(uuid)}, &err))
        return fail(tr("The COE %1 was not deleted from %2: %3").arg(coetables::uuidText(uuid), file, err));
    if (q.numRowsAffected() != 1)
        return fail(tr("The archive %2 holds no COE %1.").arg(coetables::uuidText(uuid), file));
    if (m_knownSeries && m_knownSeries->uuid == uuid)
        m_knownSeries.reset();
    if (!ArchiveChanges::notifyDeleted(db, uuid, &err) || !tx.commit(&err))
        return fail(tr("The COE %1 was not deleted from %2: %3").arg(coetables::uuidText(uuid), file, err));
    if (error)
        error->clear();
    return true;
}

QList<CoeHeader> CoeRepository::list(QString* error) const
{
    QList<CoeHeader> headers;
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    QString err;
    if (!sql::prepare(
            q,
            QStringLiteral("SELECT uuid, title, status, severity, owner, created_at, updated_at, revision "
                           "FROM coes WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"),
            &err) ||
        !sql::exec(q, &err)) {
        if (error)
            *error =
                tr("Cannot list the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    while (q.next()) {
        CoeHeader h;
        h.uuid = QUuid::fromString(q.value(0).toString());
        h.title = Backend::of(m_archive.database()).fromExact(q.value(1));
        h.status = enumFromString<Status>(q.value(2).toString()).value_or(Status::Draft);
        if (!q.value(3).isNull())
            h.severity = q.value(3).toInt();
        h.owner = Backend::of(m_archive.database()).fromExact(q.value(4));
        h.createdAt = sql::instantFrom(q.value(5));
        h.updatedAt = sql::instantFrom(q.value(6));
        h.revision = q.value(7).toLongLong();
        headers << h;
    }
    if (!sql::finished(q, &err)) { // a damaged page ends the scan early: say so, list nothing
        if (error)
            *error =
                tr("Cannot list the COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    if (error)
        error->clear();
    return headers;
}

} // namespace hindsight
