// SPDX-License-Identifier: MIT
#include "exchange/ArchiveCopy.h"

#include "exchange/ChunkReader.h"
#include "exchange/CoeJson.h"
#include "storage/ArchiveLocation.h"
#include "storage/Backend.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "storage/FullTextBackfill.h"
#include "storage/FullTextIndex.h"
#include "storage/SqlUtil.h"
#include "storage/WriteBatch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <future>
#include <limits>

namespace hindsight::exchange {

namespace {

// A file path or a PostgreSQL URI as messages show it (never a password).
QString shown(const QString& location)
{
    if (ArchiveLocation::isPostgresUri(location))
        return ArchiveLocation::displayTextOf(location);
    return QDir::toNativeSeparators(location);
}

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// One COE of the source, as listed: where it is (live or Trash, and since when).
struct Listed
{
    QUuid uuid;
    QString title;
    QDateTime deletedAt; // invalid: live
};

// Every COE of `archive`, live ones first (oldest update first, so that the
// target's rows keep the source's order among equal times), then the Trash
// (oldest trash time first).
bool listAll(Archive& archive, QList<Listed>* out, int* trashed, QString* error)
{
    const CoeCatalog catalog(archive);
    const QDate today = QDate::currentDate(); // unused by an unfiltered listing
    for (const bool trash : {false, true}) {
        CoeQuery query;
        query.trash = trash;
        query.sort = trash ? CoeQuery::Sort::Deleted : CoeQuery::Sort::Updated;
        query.order = Qt::AscendingOrder;
        const QList<CoeRow> rows = catalog.rows(query, today, 0, std::numeric_limits<int>::max(), error);
        if (error && !error->isEmpty())
            return false;
        for (const CoeRow& r : rows)
            *out << Listed{r.uuid, r.title, trash ? r.deletedAt : QDateTime()};
        if (trash)
            *trashed = int(rows.size());
    }
    return true;
}

// Trash times of `archive` by uuid.
bool trashTimes(Archive& archive, QHash<QUuid, QDateTime>* out, QString* error)
{
    CoeQuery query;
    query.trash = true;
    const QList<CoeRow> rows =
        CoeCatalog(archive).rows(query, QDate::currentDate(), 0, std::numeric_limits<int>::max(), error);
    if (error && !error->isEmpty())
        return false;
    out->clear();
    for (const CoeRow& r : rows)
        out->insert(r.uuid, r.deletedAt);
    return true;
}

QString placeText(const QDateTime& deletedAt)
{
    return deletedAt.isValid()
               ? ArchiveCopy::tr("in the Trash since %1").arg(CoeJson::formatInstant(deletedAt))
               : ArchiveCopy::tr("not in the Trash");
}

// Puts `uuid` of the target where the source has it: live, or in the Trash since `want`.
bool placeInTarget(CoeCatalog& target, const QUuid& uuid, const QDateTime& have, const QDateTime& want,
                   QString* error)
{
    if (have == want)
        return true;
    if (have.isValid() && !target.restore(uuid, error))
        return false;
    return !want.isValid() || target.moveToTrash(uuid, want, error);
}

void firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& path, QString* out)
{
    if (!out->isEmpty())
        return;
    if (a.type() != b.type()) {
        *out = path;
        return;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        for (auto it = x.begin(); it != x.end() && out->isEmpty(); ++it) {
            const QString child = path + QLatin1Char('.') + it.key();
            if (!y.contains(it.key()))
                *out = child;
            else
                firstDifference(it.value(), y.value(it.key()), child, out);
        }
        for (auto it = y.begin(); it != y.end() && out->isEmpty(); ++it)
            if (!x.contains(it.key()))
                *out = path + QLatin1Char('.') + it.key();
        return;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        const qsizetype common = qMin(x.size(), y.size());
        for (qsizetype i = 0; i < common && out->isEmpty(); ++i)
            firstDifference(x.at(i), y.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
        if (out->isEmpty() && x.size() != y.size())
            *out = QStringLiteral("%1[%2]").arg(path).arg(common);
        return;
    }
    if (a != b)
        *out = path;
}

} // namespace

QString ArchiveCopy::firstDifference(const QByteArray& a, const QByteArray& b)
{
    if (a == b)
        return {};
    QJsonParseError ea, eb;
    const QJsonDocument x = QJsonDocument::fromJson(a, &ea), y = QJsonDocument::fromJson(b, &eb);
    if (ea.error != QJsonParseError::NoError || eb.error != QJsonParseError::NoError)
        return QStringLiteral("$");
    QString out;
    exchange::firstDifference(x.isArray() ? QJsonValue(x.array()) : QJsonValue(x.object()),
                              y.isArray() ? QJsonValue(y.array()) : QJsonValue(y.object()),
                              QStringLiteral("$"), &out);
    // Equal as JSON but not as bytes (key order, spacing): the document as a whole.
    return out.isEmpty() ? QStringLiteral("$") : out;
}

QString ArchiveCopy::describe(const ArchiveCopyReport::Item& item)
{
    const QString title = item.title.isEmpty() ? tr("untitled COE") : QStringLiteral("“%1”").arg(item.title);
    return tr("%1 (%2)").arg(title, uuidText(item.uuid));
}

ArchiveCopyReport ArchiveCopy::copy(const QString& from, const QString& to, const ArchiveCopyOptions& options,
                                    const Progress& progress)
{
    ArchiveCopyReport report;
    if (from.isEmpty() || to.isEmpty()) {
        report.error = tr("Nothing was copied: both the archive to copy and the target must be given.");
        return report;
    }
    // Checked before opening the target: opening it read-write would write to the source.
    const QFileInfo source(from), target(to);
    if (source.absoluteFilePath() == target.absoluteFilePath() ||
        (source.exists() && target.exists() && source.canonicalFilePath() == target.canonicalFilePath())) {
        report.error = tr("Nothing was copied: %1 is the archive to copy itself.").arg(shown(to));
        return report;
    }
    QString error;
    std::unique_ptr<Archive> fromArchive = Archive::open(from, Archive::Access::ReadOnly, &error);
    // An archive file of an older schema cannot be upgraded read-only: its
    // copy is, in a temporary folder, and the file itself is never written.
    QTemporaryDir upgraded;
    if (!fromArchive && !ArchiveLocation::isPostgresUri(from) && upgraded.isValid()) {
        QString ignored;
        fromArchive = Archive::openUpgradedCopy(from, upgraded.path(), &ignored);
    }
    if (!fromArchive) {
        report.error = tr("Nothing was copied: %1").arg(error);
        return report;
    }
    const std::unique_ptr<Archive> toArchive = Archive::open(to, Archive::Access::ReadWrite, &error);
    if (!toArchive) {
        report.error = tr("Nothing was copied: %1").arg(error);
        return report;
    }
    toArchive->setBackupPolicy(options.targetBackups);
    return copy(*fromArchive, *toArchive, options, progress);
}

ArchiveCopyReport ArchiveCopy::copy(Archive& from, Archive& to, const ArchiveCopyOptions& options,
                                    const Progress& progress)
{
    ArchiveCopyReport report;
    auto refuse = [&](ArchiveCopyReport::Outcome outcome, const QString& message) {
        report.outcome = outcome;
        report.error = message;
        return report;
    };
    if (from.path() == to.path())
        return refuse(ArchiveCopyReport::Outcome::Refused,
                      tr("Nothing was copied: %1 is the archive to copy itself.").arg(shown(to.path())));
    if (to.isReadOnly())
        return refuse(ArchiveCopyReport::Outcome::Refused,
                      tr("Nothing was copied: %1").arg(to.readOnlyMessage()));
    QString error;
    if (!to.prepareWrite(&error))
        return refuse(ArchiveCopyReport::Outcome::Refused, tr("Nothing was copied: %1").arg(error));

    QList<Listed> sources;
    if (!listAll(from, &sources, &report.sourceTrashed, &error))
        return refuse(ArchiveCopyReport::Outcome::Refused, tr("Nothing was copied: %1").arg(error));
    report.sourceCoes = int(sources.size());

    CoeCatalog targetCatalog(to);
    QHash<QUuid, QDateTime> targetTrash;
    const int targetLive = targetCatalog.total(&error);
    if (targetLive < 0 || !trashTimes(to, &targetTrash, &error))
        return refuse(ArchiveCopyReport::Outcome::Refused, tr("Nothing was copied: %1").arg(error));
    report.targetCoesBefore = targetLive + int(targetTrash.size());
    if (report.targetCoesBefore > 0 && !options.merge)
        return refuse(ArchiveCopyReport::Outcome::TargetNotEmpty,
                      tr("Nothing was copied: %1 already holds %n COE(s) (the Trash included).", nullptr,
                         report.targetCoesBefore)
                          .arg(shown(to.path())));

    QSet<QUuid> withVersions; // the source's COEs that have versions to carry along
    if (!CoeVersions(from).coesWithVersions(&withVersions, &error))
        return refuse(ArchiveCopyReport::Outcome::Refused, tr("Nothing was copied: %1").arg(error));

    CoeRepository fromRepository(from);
    CoeRepository toRepository(to);
    // What the comparison checks: a source COE and the uuid it has in the target.
    struct Copied
    {
        qsizetype source; // index into `sources`
        QUuid target;
    };
    QList<Copied> toVerify;
    toVerify.reserve(sources.size());
    const int total = int(sources.size());
    // Into an empty archive, what is cheaper built once at the end is
    // dropped first (PostgreSQL: the full-text indexes) and built again after
    // the last COE, also when the copy stops early (Backend::beginBulkLoad).
    // After the last COE they are built on connections of their own while
    // this one compares (start()); finish() waits for them, and builds on
    // this connection what they could not.
    // While the copy writes, the live COEs' search rows are written on a
    // connection of their own once their batch has committed (backfill).
    struct BulkLoad
    {
        QSqlDatabase db;
        bool active = false;
        std::optional<FullTextBackfill> backfill;
        std::future<QString> building;
        bool statisticsFailed = false;
        // After the last COE: the search rows still to write (waited for:
        // the indexes are built from them, and building them is the longer
        // way to the end), then the indexes on connections of their own
        // while this one makes the other tables' statistics and compares.
        void start()
        {
            if (!active)
                return;
            if (QString why; backfill && !backfill->finish(&why))
                return; // finish() repairs and builds on this connection
            building = std::async(std::launch::async, [name = db.connectionName(),
                                                       groups = Backend::of(db).finishBulkLoadGroups()] {
                QString why;
                return groups.isEmpty() || sql::execInParallel(name, groups, &why) ? QString() : why;
            });
            // The statistics the comparison's reads are planned by, before it
            // starts (when they fail, finish() makes them again).
            for (const QString& statement : Backend::of(db).bulkLoadStatistics())
                if (QString why; !sql::execOnce(db, statement, &why))
                    statisticsFailed = true;
        }
        // Waits for start()'s work; what it could not do is done on this connection.
        bool finish(QString* error)
        {
            if (building.valid() && building.get().isEmpty() && !statisticsFailed)
                active = false;
            if (backfill) {
                QString ignored; // its work is repaired below when it failed
                backfill->finish(&ignored);
            }
            if (!std::exchange(active, false))
                return true;
            return fulltext::repair(db, error) && Backend::of(db).finishBulkLoad(db, error);
        }
        ~BulkLoad()
        {
            QString ignored;
            finish(&ignored);
        }
    } bulk{to.database(), false, std::nullopt, {}, false};
    if (report.targetCoesBefore == 0) {
        QString ignored; // a role that may not drop them copies with the indexes in place
        bulk.active = Backend::of(bulk.db).beginBulkLoad(bulk.db, &ignored);
        if (bulk.active)
            bulk.backfill.emplace(bulk.db);
    }
    // The target is written in batches: a transaction per COE costs a commit
    // each (an fsync on a server), and a trashed COE's save and trash time go
    // in together.
    WriteBatch batch(to);
    QElapsedTimer batchTime;
    int inBatch = 0;
    QList<Coe> committing; // the live COEs the open batch saved, for their search rows
    auto commitBatch = [&]() {
        inBatch = 0;
        if (batch.isOpen() && !batch.commit(&error))
            return false;
        if (bulk.backfill)
            bulk.backfill->add(std::exchange(committing, {}));
        return true;
    };
    auto failWrite = [&](const QString& message) {
        report.outcome = ArchiveCopyReport::Outcome::Failed;
        report.error = message;
        return report;
    };
    QHash<QUuid, QByteArray> sourceDigests;
    QList<std::optional<Coe>> readChunk;
    std::optional<ChunkReader> reader;
    {
        QList<QUuid> uuids;
        uuids.reserve(sources.size());
        for (const Listed& listed : std::as_const(sources))
            uuids << listed.uuid;
        reader.emplace(from.database(), Backend::of(to.database()), uuids);
    }
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(Phase::Copying, i, total)) {
            if (!commitBatch())
                return failWrite(error);
            return refuse(
                ArchiveCopyReport::Outcome::Cancelled,
                tr("The copy was cancelled after %n COE(s): %1 holds those copied so far.", nullptr, i)
                    .arg(shown(to.path())));
        }
        if (!batch.isOpen()) {
            if (!batch.begin(&error))
                return failWrite(error);
            batchTime.start();
        }
        const Listed& listed = sources.at(i);
        ArchiveCopyReport::Item item{listed.uuid, listed.uuid, listed.title, {}};
        // The source is read a hundred COEs at a time (each table once for them all).
        if (i % ChunkReader::kChunk == 0) {
            ChunkReader::Chunk chunk = reader->take();
            if (!chunk.read) {
                QList<QUuid> ids;
                for (int j = i; j < qMin(total, i + ChunkReader::kChunk); ++j)
                    ids << sources.at(j).uuid;
                QString ignored; // each COE not read is read again on its own, for its message
                if (!fromRepository.loadMany(ids, &chunk.coes, &ignored))
                    chunk.coes = QList<std::optional<Coe>>(ids.size());
            }
            readChunk = std::move(chunk.coes);
            for (const auto& [uuid, digest] : std::as_const(chunk.digests))
                sourceDigests.insert(uuid, digest);
        }
        std::optional<Coe> coe = std::move(readChunk[i % ChunkReader::kChunk]);
        if (!coe)
            coe = fromRepository.load(listed.uuid, &error);
        if (!coe) {
            item.detail = error;
            report.problems << item;
            continue;
        }
        coe->revision = 0;
        item.title = coe->title;
        const bool inTarget = report.targetCoesBefore > 0 && toRepository.exists(listed.uuid);
        const QDateTime targetDeleted = targetTrash.value(listed.uuid);
        SaveResult saved;
        if (inTarget) {
            std::optional<Coe> existing = toRepository.load(listed.uuid, &error);
            if (!existing) {
                item.detail = error;
                report.problems << item;
                continue;
            }
            const QByteArray mine = CoeJson::write(*coe), theirs = CoeJson::write(*existing);
            if (mine == theirs && targetDeleted == listed.deletedAt) {
                ++report.unchanged;
                toVerify << Copied{i, listed.uuid};
                continue;
            }
            item.detail = mine != theirs ? firstDifference(mine, theirs)
                                         : tr("%1 in the archive to copy, %2 in the target")
                                               .arg(placeText(listed.deletedAt), placeText(targetDeleted));
            if (options.onConflict == ConflictPolicy::Fail) {
                ++report.conflictsLeft;
                report.conflicts << item;
                continue;
            }
        }
        // One COE's writes (its save and its trash time) go in whole or not at
        // all: a savepoint inside the batch.
        const CoeRepository::SaveMode mode = !inTarget ? CoeRepository::SaveMode::CheckRevision
                                             : options.onConflict == ConflictPolicy::Replace
                                                 ? CoeRepository::SaveMode::Overwrite
                                                 : CoeRepository::SaveMode::InsertOrCopy;
        // A COE that stays where the save puts it needs no savepoint of its
        // own: the save's is enough (two statements fewer a COE on a server).
        const QDateTime have = mode == CoeRepository::SaveMode::Overwrite ? targetDeleted : QDateTime();
        // Versions come along in the same savepoint as the save.
        const bool versions = mode != CoeRepository::SaveMode::Overwrite && withVersions.contains(listed.uuid);
        const bool place = have != listed.deletedAt || versions;
        WriteBatch one(to);
        if (place && !one.begin(&error))
            saved = SaveResult{SaveResult::Status::Error, error};
        else
            saved = toRepository.save(*coe, mode);
        // A new COE in the target takes the source's versions along (a replaced one keeps its own).
        if (saved.ok() && versions && !CoeVersions(to).copyFrom(from, listed.uuid, coe->uuid, &error))
            saved = SaveResult{SaveResult::Status::Error, error};
        if (saved.ok() && place
            && (!placeInTarget(targetCatalog, coe->uuid, have, listed.deletedAt, &error) || !one.commit(&error)))
            saved = SaveResult{SaveResult::Status::Error, error};
        if (!saved.ok()) {
            // The target cannot be written (full disk, lost connection, a
            // writer racing this one): stop rather than fail COE after COE.
            // What the batch holds before this COE is kept, nothing of this one.
            one.rollback();
            item.detail = saved.error;
            report.problems << item;
            if (!commitBatch())
                return failWrite(error);
            return failWrite(tr("The copy stopped at %1: %2").arg(describe(item), saved.error));
        }
        ++(mode == CoeRepository::SaveMode::CheckRevision ? report.copied
           : mode == CoeRepository::SaveMode::Overwrite   ? report.replaced
                                                          : report.copiedAsNew);
        if (listed.deletedAt.isValid())
            ++report.copiedTrashed;
        toVerify << Copied{i, coe->uuid};
        if (bulk.backfill && !listed.deletedAt.isValid())
            committing << std::move(*coe);
        if ((++inBatch >= options.batchSize || batchTime.elapsed() >= 250) && !commitBatch())
            return failWrite(error);
    }
    if (!commitBatch())
        return failWrite(error);
    bulk.start();
    reader.reset(); // after the backfill, which uses the search rows it worked out

    // The comparison: each side read back through the archive, exported as
    // JSON, byte for byte, and its place (live or Trash since when).
    if (progress && !progress(Phase::Copying, total, total))
        return refuse(
            ArchiveCopyReport::Outcome::Cancelled,
            tr("The comparison was cancelled after %n COE(s); every COE was copied to %1.", nullptr, 0)
                .arg(shown(to.path())));
    if (!trashTimes(to, &targetTrash, &error))
        return refuse(ArchiveCopyReport::Outcome::Failed,
                      tr("The copy could not be verified: %1").arg(error));
    const int verifyTotal = int(toVerify.size());
    // Both sides are read a hundred COEs at a time (each table once for
    // them all), then compared one by one.
    constexpr int kVerifyChunk = 100;
    QList<std::optional<Coe>> mineChunk, theirsChunk;
    QString mineError, theirsError;
    for (int i = 0; i < verifyTotal; ++i) {
        if (progress && !progress(Phase::Verifying, i, verifyTotal))
            return refuse(
                ArchiveCopyReport::Outcome::Cancelled,
                tr("The comparison was cancelled after %n COE(s); every COE was copied to %1.", nullptr, i)
                    .arg(shown(to.path())));
        if (i % kVerifyChunk == 0) {
            // The source is read for the COEs of no digest (or copied under another uuid).
            QList<QUuid> mineIds, theirIds;
            QList<qsizetype> mineAt;
            for (int j = i; j < qMin(verifyTotal, i + kVerifyChunk); ++j) {
                const QUuid uuid = sources.at(toVerify.at(j).source).uuid;
                if (toVerify.at(j).target != uuid || !sourceDigests.contains(uuid)) {
                    mineIds << uuid;
                    mineAt << j - i;
                }
                theirIds << toVerify.at(j).target;
            }
            QList<std::optional<Coe>> read;
            if (!mineIds.isEmpty() && !fromRepository.loadMany(mineIds, &read, &mineError))
                read = QList<std::optional<Coe>>(mineIds.size());
            mineChunk = QList<std::optional<Coe>>(theirIds.size());
            for (qsizetype k = 0; k < mineAt.size(); ++k)
                mineChunk[mineAt.at(k)] = std::move(read[k]);
            if (!toRepository.loadMany(theirIds, &theirsChunk, &theirsError))
                theirsChunk = QList<std::optional<Coe>>(theirIds.size());
        }
        const Copied& c = toVerify.at(i);
        const Listed& listed = sources.at(c.source);
        ArchiveCopyReport::Item item{listed.uuid, c.target, listed.title, {}};
        std::optional<Coe>& mine = mineChunk[i % kVerifyChunk];
        std::optional<Coe>& theirs = theirsChunk[i % kVerifyChunk];
        const auto digest = c.target == listed.uuid ? sourceDigests.constFind(listed.uuid) : sourceDigests.cend();
        if (digest != sourceDigests.cend() && theirs) {
            if (QCryptographicHash::hash(CoeJson::write(*theirs), QCryptographicHash::Sha256) == *digest) {
                if (targetTrash.value(c.target) != listed.deletedAt) {
                    item.detail = tr("%1 in the archive to copy, %2 in the target")
                                      .arg(placeText(listed.deletedAt), placeText(targetTrash.value(c.target)));
                    report.differences << item;
                } else {
                    ++report.verified;
                }
                continue;
            }
        }
        if (!mine || !theirs) {
            // Read on its own for the message saying why (not there, or not readable).
            if (!mine)
                mine = fromRepository.load(listed.uuid, &error);
            if (mine && !theirs)
                theirs = toRepository.load(c.target, &error);
            if (!mine || !theirs) {
                item.detail = error;
                report.differences << item;
                continue;
            }
        }
        mine->uuid = c.target; // a copy under a new uuid differs in that alone
        const QByteArray a = CoeJson::write(*mine), b = CoeJson::write(*theirs);
        if (a != b)
            item.detail = tr("the exported JSON differs at %1").arg(firstDifference(a, b));
        else if (targetTrash.value(c.target) != listed.deletedAt)
            item.detail = tr("%1 in the archive to copy, %2 in the target")
                              .arg(placeText(listed.deletedAt), placeText(targetTrash.value(c.target)));
        if (!item.detail.isEmpty())
            report.differences << item;
        else
            ++report.verified;
    }
    // The full-text indexes built beside the comparison.
    if (!bulk.finish(&error))
        return failWrite(error);
    if (progress)
        progress(Phase::Verifying, verifyTotal, verifyTotal);

    if (!report.differences.isEmpty()) {
        const ArchiveCopyReport::Item& first = report.differences.first();
        report.outcome = ArchiveCopyReport::Outcome::Different;
        report.error = tr("%n COE(s) differ between %1 and %2 after the copy; the first is %3: %4", nullptr,
                          int(report.differences.size()))
                           .arg(shown(from.path()), shown(to.path()), describe(first), first.detail);
    } else if (!report.problems.isEmpty()) {
        const ArchiveCopyReport::Item& first = report.problems.first();
        report.outcome = ArchiveCopyReport::Outcome::Failed;
        report.error = tr("%n COE(s) of %1 could not be read and were not copied; the first is %2: %3",
                          nullptr, int(report.problems.size()))
                           .arg(shown(from.path()), describe(first), first.detail);
    } else {
        report.outcome = ArchiveCopyReport::Outcome::Done;
    }
    return report;
}

QString ArchiveCopy::summary(const ArchiveCopyReport& r, const QString& from, const QString& to)
{
    QString text = r.copiedTrashed > 0
                       ? tr("Copied %n COE(s) from %1 to %2 (%3 in the Trash).", nullptr, r.copied)
                             .arg(shown(from), shown(to))
                             .arg(r.copiedTrashed)
                       : tr("Copied %n COE(s) from %1 to %2.", nullptr, r.copied).arg(shown(from), shown(to));
    QStringList merged;
    if (r.unchanged > 0)
        merged << tr("%n already there and identical", nullptr, r.unchanged);
    if (r.replaced > 0)
        merged << tr("%n replaced", nullptr, r.replaced);
    if (r.copiedAsNew > 0)
        merged << tr("%n added beside the target's under a new uuid", nullptr, r.copiedAsNew);
    if (r.conflictsLeft > 0)
        merged << tr("%n conflict(s) left as they were in the target", nullptr, r.conflictsLeft);
    if (!merged.isEmpty())
        text += QLatin1Char(' ') + tr("Merged: %1.").arg(merged.join(QStringLiteral(", ")));
    text += QLatin1Char(' ') +
            tr("Verified %n COE(s): the exported JSON is identical on both sides.", nullptr, r.verified);
    return text;
}

} // namespace hindsight::exchange
