// SPDX-License-Identifier: MIT
#include "ArchiveRecovery.h"

#include "Archive.h"
#include "ArchivePrivate.h"
#include "Backend.h"
#include "CoeQuery.h"
#include "CoeRepository.h"
#include "CoeTables.h"
#include "SqlUtil.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <map>

namespace hindsight {

namespace {

struct RecoveryCandidate
{
    QUuid uuid;
    QString title;
    QString problem;   // why the row itself could not be read
    bool read = false; // the table row was read
};

// Row ids are probed one by one up to the largest id, at most this many.
constexpr qint64 kMaxProbes = 1000000;

void scanTable(const QSqlDatabase& db, std::map<qint64, RecoveryCandidate>* found)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString err;
    if (!sql::prepare(q, QStringLiteral("SELECT id, uuid, title FROM coes ORDER BY id"), &err) ||
        !sql::exec(q, &err))
        return;
    while (q.next()) {
        RecoveryCandidate& c = (*found)[q.value(0).toLongLong()];
        c.uuid = QUuid::fromString(q.value(1).toString());
        c.title = q.value(2).toString();
        c.read = true;
    }
}

// The uuid index holds (uuid, row id) apart from the table: it names rows
// whose table page is lost.
void scanUuidIndex(const QSqlDatabase& db, std::map<qint64, RecoveryCandidate>* found)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString err;
    if (!sql::prepare(
            q, QStringLiteral("SELECT id, uuid FROM coes INDEXED BY sqlite_autoindex_coes_1 ORDER BY uuid"),
            &err) ||
        !sql::exec(q, &err))
        return;
    while (q.next()) {
        RecoveryCandidate& c = (*found)[q.value(0).toLongLong()];
        if (c.uuid.isNull())
            c.uuid = QUuid::fromString(q.value(1).toString());
    }
}

// Row ids the scans missed (they stop at the first damaged page).
void probeIds(const QSqlDatabase& db, std::map<qint64, RecoveryCandidate>* found)
{
    QVariant max;
    QString err;
    if (!sql::scalar(db, QStringLiteral("SELECT max(id) FROM coes"), &max, &err) || max.isNull())
        return;
    const qint64 last = max.toLongLong();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::prepare(q, QStringLiteral("SELECT uuid, title FROM coes WHERE id = ?"), &err))
        return;
    for (qint64 id = std::max<qint64>(1, last - kMaxProbes); id <= last; ++id) {
        const auto known = found->find(id);
        if (known != found->end() && known->second.read)
            continue;
        if (!sql::exec(q, {id}, &err)) {
            (*found)[id].problem = err;
            continue;
        }
        if (q.next()) {
            RecoveryCandidate& c = (*found)[id];
            c.uuid = QUuid::fromString(q.value(0).toString());
            c.title = q.value(1).toString();
            c.problem.clear();
            c.read = true;
        } else if (!sql::finished(q, &err)) {
            (*found)[id].problem = err;
        }
        q.finish();
    }
}

bool wasTrashed(const QSqlDatabase& db, qint64 id)
{
    QVariant v;
    QString err;
    return sql::scalar(db, QStringLiteral("SELECT deleted_at IS NOT NULL FROM coes WHERE id = %1").arg(id),
                       &v, &err) &&
           v.toBool();
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hindsight-recover-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString ArchiveRecovery::describe(const RecoveryReport::Lost& lost)
{
    if (lost.uuid.isNull())
        return tr("row %1").arg(lost.rowId);
    const QString uuid = lost.uuid.toString(QUuid::WithoutBraces);
    if (lost.title.isEmpty())
        return tr("COE %1 (row %2)").arg(uuid).arg(lost.rowId);
    return tr("“%1” (COE %2, row %3)").arg(lost.title, uuid).arg(lost.rowId);
}

RecoveryReport ArchiveRecovery::recover(const QString& damaged, const QString& target)
{
    RecoveryReport report;
    const QString source = QFileInfo(damaged).absoluteFilePath();
    const QString out = QFileInfo(target).absoluteFilePath();
    if (!QFileInfo(source).isFile()) {
        report.error = tr("%1 does not exist or is not a file.").arg(archive_detail::shown(source));
        return report;
    }
    if (QFileInfo::exists(out)) {
        report.error = tr("%1 already exists: recovery writes a new archive and never overwrites a file.")
                           .arg(archive_detail::shown(out));
        return report;
    }

    // Work on a copy: the damaged file and its -wal are only read, by QFile.
    QTemporaryDir work;
    if (!work.isValid()) {
        report.error = tr("Cannot create a temporary folder to recover %1: %2")
                           .arg(archive_detail::shown(source), work.errorString());
        return report;
    }
    const QString copy = work.filePath(QStringLiteral("damaged.sqlite"));
    if (!QFile::copy(source, copy)) {
        report.error = tr("Cannot read %1 to recover it.").arg(archive_detail::shown(source));
        return report;
    }
    const QString wal = source + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        QFile::copy(wal, copy + QStringLiteral("-wal")); // committed changes not yet in the main file

    std::map<qint64, RecoveryCandidate> found;
    QList<std::pair<Coe, bool>> coes; // the COE and whether it was in the Trash
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        if (!db.open()) {
            report.error =
                tr("Cannot open %1 at all: %2").arg(archive_detail::shown(source), sql::errorText(db));
        } else {
            scanTable(db, &found);
            scanUuidIndex(db, &found);
            probeIds(db, &found);
            // An older archive has not every table to read.
            int version = 0;
            QString versionError;
            const coetables::Parts parts = Backend::of(db).schemaVersion(db, &version, &versionError)
                                               ? coetables::partsAtSchema(version)
                                               : coetables::Parts::All;
            for (auto& [id, candidate] : found) {
                RecoveryReport::Lost lost{id, candidate.uuid, candidate.title, candidate.problem};
                if (candidate.uuid.isNull()) {
                    if (lost.reason.isEmpty())
                        lost.reason = tr("its row cannot be read");
                    report.lost << lost;
                    continue;
                }
                Coe coe;
                bool ok = false;
                QString err;
                if (!coetables::readCoe(db, candidate.uuid, &coe, &ok, &err, parts) || !ok) {
                    lost.reason = err.isEmpty() ? tr("its row cannot be read") : err;
                    report.lost << lost;
                    continue;
                }
                coes.append({coe, wasTrashed(db, id)});
            }
            if (found.empty() && report.error.isEmpty()) {
                // Not even the list of COEs: is it an archive at all?
                QVariant v;
                QString err;
                if (!sql::scalar(db, QStringLiteral("SELECT count(*) FROM coes"), &v, &err))
                    report.error =
                        tr("Nothing can be read from %1: %2").arg(archive_detail::shown(source), err);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!report.error.isEmpty())
        return report;

    QString err;
    const auto archive = Archive::open(out, Archive::Access::ReadWrite, &err);
    if (!archive) {
        report.error = err;
        return report;
    }
    CoeRepository repository(*archive);
    CoeCatalog catalog(*archive);
    for (auto& [coe, trashed] : coes) {
        coe.revision = 0; // a new archive: inserted at revision 1
        const SaveResult saved = repository.save(coe);
        if (!saved.ok()) {
            report.lost << RecoveryReport::Lost{0, coe.uuid, coe.title, saved.error};
            continue;
        }
        if (trashed)
            catalog.moveToTrash(coe.uuid, &err);
        report.recovered << coe.uuid;
    }
    return report;
}

} // namespace hindsight
