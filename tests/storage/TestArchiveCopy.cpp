// SPDX-License-Identifier: MIT
// copy-archive's engine: every COE (Trash with its time, images) from one
// archive to another through the storage API, then both compared COE by COE.
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "exchange/ArchiveCopy.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/ArchiveChanges.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "storage/FullTextBackfill.h"
#include "storage/WriteBatch.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace hindsight;
using namespace hindsight::exchange;
using namespace hindsight::test;

namespace {

Coe plainCoe(const QString& uuid, const QString& title)
{
    Coe c;
    c.uuid = QUuid::fromString(uuid);
    c.title = title;
    c.createdAt = utc(QStringLiteral("2025-02-01T10:00:00.000Z"));
    c.updatedAt = utc(QStringLiteral("2025-02-02T11:00:00.000Z"));
    c.summary = QStringLiteral("Summary of %1").arg(title);
    return c;
}

const QString kTrashedUuid = QStringLiteral("00000000-0000-4000-8000-00000000dead");
const QString kSharedUuid = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
const QDateTime kTrashedAt = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 890), QTimeZone::utc());

QByteArray json(Archive& archive, const QUuid& uuid)
{
    const std::optional<Coe> coe = CoeRepository(archive).load(uuid);
    return coe ? CoeJson::write(*coe) : QByteArray();
}

QHash<QUuid, QDateTime> trash(Archive& archive)
{
    CoeQuery query;
    query.trash = true;
    QHash<QUuid, QDateTime> out;
    for (const CoeRow& r : CoeCatalog(archive).rows(query, QDate::currentDate(), 0, 1000))
        out.insert(r.uuid, r.deletedAt);
    return out;
}

int live(Archive& archive)
{
    return CoeCatalog(archive).total();
}

// The PostgreSQL full-text indexes present in the archive's schema (0 to 3).
int searchIndexes(Archive& archive)
{
    QSqlQuery q(archive.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                               "AND indexname IN ('coe_search_document', 'coe_search_pairs_even', "
                               "'coe_search_pairs_odd')"))
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

// One value a query of the archive's connection gives (invalid when it fails).
QVariant scalar(Archive& archive, const QString& statement)
{
    QSqlQuery q(archive.database());
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestArchiveCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_from;
    QString m_to;

    std::unique_ptr<Archive> open(const QString& path, Archive::Access access = Archive::Access::ReadWrite)
    {
        QString error;
        auto archive = Archive::open(path, access, &error);
        if (!archive)
            qWarning("%s", qPrintable(error));
        return archive;
    }

    // FROM: the example, the rich COE (metric images, every script) and a
    // plain COE in the Trash since kTrashedAt.
    void makeSource()
    {
        auto a = open(m_from);
        QVERIFY(a);
        CoeRepository repo(*a);
        Coe example = exampleCoe(), rich = richCoe(),
            trashed = plainCoe(kTrashedUuid, QStringLiteral("Trashed"));
        QVERIFY(repo.save(example).ok());
        QVERIFY(repo.save(rich).ok());
        QVERIFY(repo.save(trashed).ok());
        QString error;
        QVERIFY2(CoeCatalog(*a).moveToTrash(trashed.uuid, kTrashedAt, &error), qPrintable(error));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_from = m_dir.filePath(QStringLiteral("%1-from.sqlite").arg(QTest::currentTestFunction()));
        m_to = m_dir.filePath(QStringLiteral("%1-to.sqlite").arg(QTest::currentTestFunction()));
        if (QTest::currentDataTag())
            m_to.replace(QStringLiteral("-to"),
                         QStringLiteral("-to-%1").arg(QLatin1String(QTest::currentDataTag())));
        if (!QFileInfo::exists(m_from))
            makeSource();
    }

    void copiesEveryCoeTrashAndImagesIntoANewArchive()
    {
        const QByteArray sourceBytes = fileChecksum(m_from);
        QList<int> seen;
        const ArchiveCopyReport report =
            ArchiveCopy::copy(m_from, m_to, {}, [&](ArchiveCopy::Phase phase, int done, int total) {
                if (phase == ArchiveCopy::Phase::Copying)
                    seen << done;
                return total == 3;
            });
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(int(report.outcome), int(ArchiveCopyReport::Outcome::Done));
        QCOMPARE(report.sourceCoes, 3);
        QCOMPARE(report.sourceTrashed, 1);
        QCOMPARE(report.copied, 3);
        QCOMPARE(report.copiedTrashed, 1);
        QCOMPARE(report.verified, 3);
        QCOMPARE(report.unchanged + report.replaced + report.copiedAsNew + report.conflictsLeft, 0);
        QCOMPARE(seen, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(fileChecksum(m_from), sourceBytes); // FROM only read
        QVERIFY(QFileInfo(m_from + QStringLiteral("-wal")).size() == 0);

        auto from = open(m_from, Archive::Access::ReadOnly);
        auto to = open(m_to);
        QVERIFY(from && to);
        for (const QUuid& uuid : {exampleCoe().uuid, richCoe().uuid, QUuid::fromString(kTrashedUuid)}) {
            QVERIFY(!json(*from, uuid).isEmpty());
            QCOMPARE(json(*to, uuid), json(*from, uuid));
        }
        const std::optional<Coe> rich = CoeRepository(*to).load(richCoe().uuid);
        QVERIFY(rich);
        COMPARE_EVERY_FIELD(*rich, richCoe());
        QCOMPARE(rich->metrics[0].images[0].data, binaryImage(5000));
        // The Trash, with its own time; the live COEs outside it.
        QCOMPARE(trash(*to), (QHash<QUuid, QDateTime>{{QUuid::fromString(kTrashedUuid), kTrashedAt}}));
        QCOMPARE(live(*to), 2);
        // The live list in the same order on both sides.
        QList<QUuid> a, b;
        for (const CoeHeader& h : CoeRepository(*from).list())
            a << h.uuid;
        for (const CoeHeader& h : CoeRepository(*to).list())
            b << h.uuid;
        QCOMPARE(b, a);
        const QString summary = ArchiveCopy::summary(report, m_from, m_to);
        QVERIFY2(summary.contains(QStringLiteral("Verified 3")), qPrintable(summary));
    }

    // The source is read on a connection of its own beside the copy; when
    // that one cannot open (here: the file is gone, the open archive holds
    // it), the copy reads on the archive's own connection.
    void readsOnItsOwnConnectionWhenNoOtherOpens()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone.sqlite"));
        QVERIFY(QFile::copy(m_from, gone));
        auto from = open(gone, Archive::Access::ReadOnly);
        auto to = open(m_to);
        QVERIFY(from && to);
        QVERIFY(QFile::remove(gone));
        const ArchiveCopyReport report = ArchiveCopy::copy(*from, *to, {});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.copied, 3);
        QCOMPARE(report.verified, 3);
        QVERIFY(report.problems.isEmpty());
        for (const QUuid& uuid : {exampleCoe().uuid, richCoe().uuid, QUuid::fromString(kTrashedUuid)})
            QCOMPARE(json(*to, uuid), json(*from, uuid));
    }

    void refusesANonEmptyTargetWithoutMerge()
    {
        {
            auto to = open(m_to);
            QVERIFY(to);
            Coe other =
                plainCoe(QStringLiteral("00000000-0000-4000-8000-000000000001"), QStringLiteral("Other"));
            QVERIFY(CoeRepository(*to).save(other).ok());
            QVERIFY(CoeCatalog(*to).moveToTrash(other.uuid)); // a Trash alone is not empty either
        }
        const QByteArray before = fileChecksum(m_to);
        const ArchiveCopyReport report = ArchiveCopy::copy(m_from, m_to, {});
        QCOMPARE(int(report.outcome), int(ArchiveCopyReport::Outcome::TargetNotEmpty));
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(QDir::toNativeSeparators(QFileInfo(m_to).absoluteFilePath())),
                 qPrintable(report.error));
        QCOMPARE(report.copied, 0);
        QCOMPARE(fileChecksum(m_to), before);
    }

    void refusesTheSourceAsTarget()
    {
        const QByteArray before = fileChecksum(m_from);
        const ArchiveCopyReport report =
            ArchiveCopy::copy(m_from, m_from, {ArchiveCopyOptions{true, {}, {}}});
        QCOMPARE(int(report.outcome), int(ArchiveCopyReport::Outcome::Refused));
        QVERIFY2(report.error.contains(QStringLiteral("itself")), qPrintable(report.error));
        QCOMPARE(fileChecksum(m_from), before);
    }

    void mergeFollowsOnConflict_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("fail") << QStringLiteral("fail");
        QTest::newRow("replace") << QStringLiteral("replace");
        QTest::newRow("copy") << QStringLiteral("copy");
    }
    void mergeFollowsOnConflict()
    {
        QFETCH(QString, policy);
        // TO: the example as in FROM (identical: not a conflict), the trashed
        // COE live and under another title (a conflict), and a COE of its own.
        const QUuid own = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000002"));
        {
            auto to = open(m_to);
            QVERIFY(to);
            CoeRepository repo(*to);
            Coe example = exampleCoe(), theirs = plainCoe(kTrashedUuid, QStringLiteral("Trashed"));
            theirs.title = QStringLiteral("Theirs");
            Coe mine = plainCoe(own.toString(), QStringLiteral("Only in the target"));
            QVERIFY(repo.save(example).ok());
            QVERIFY(repo.save(theirs).ok());
            QVERIFY(repo.save(mine).ok());
        }
        ArchiveCopyOptions options;
        options.merge = true;
        options.onConflict = *conflictPolicyFromString(policy);
        const ArchiveCopyReport report = ArchiveCopy::copy(m_from, m_to, options);
        QCOMPARE(report.targetCoesBefore, 3);
        QCOMPARE(report.copied, 1); // the rich COE
        QCOMPARE(report.unchanged, 1);
        QVERIFY2(report.differences.isEmpty(), qPrintable(report.error));

        auto to = open(m_to);
        QVERIFY(to);
        QVERIFY(CoeRepository(*to).exists(own));
        QCOMPARE(json(*to, exampleCoe().uuid), CoeJson::write(exampleCoe()));
        const QUuid shared = QUuid::fromString(kTrashedUuid);
        const QString sharedTitle = CoeRepository(*to).load(shared)->title;
        if (policy == QLatin1String("fail")) {
            QVERIFY(!report.ok());
            QCOMPARE(int(report.outcome), int(ArchiveCopyReport::Outcome::Done));
            QCOMPARE(report.conflictsLeft, 1);
            QCOMPARE(report.conflicts.size(), 1);
            QCOMPARE(report.conflicts.first().uuid, shared);
            QCOMPARE(report.conflicts.first().detail, QStringLiteral("$.title"));
            QCOMPARE(sharedTitle, QStringLiteral("Theirs")); // left as it was, live
            QVERIFY(trash(*to).isEmpty());
            QCOMPARE(report.verified, 2);
        } else if (policy == QLatin1String("replace")) {
            QVERIFY2(report.ok(), qPrintable(report.error));
            QCOMPARE(report.replaced, 1);
            QCOMPARE(sharedTitle,
                     QStringLiteral("Trashed")); // the source's, in the Trash at the source's time
            QCOMPARE(trash(*to), (QHash<QUuid, QDateTime>{{shared, kTrashedAt}}));
            QCOMPARE(report.verified, 3);
        } else {
            QVERIFY2(report.ok(), qPrintable(report.error));
            QCOMPARE(report.copiedAsNew, 1);
            QCOMPARE(sharedTitle, QStringLiteral("Theirs")); // kept, and the source's beside it
            const QHash<QUuid, QDateTime> trashed = trash(*to);
            QCOMPARE(trashed.size(), 1);
            const QUuid added = trashed.keys().first();
            QVERIFY(added != shared);
            QCOMPARE(trashed.value(added), kTrashedAt);
            QCOMPARE(CoeRepository(*to).load(added)->title, QStringLiteral("Trashed"));
            QCOMPARE(report.verified, 3);
        }
        // Merging again changes nothing more: everything is there (and identical, except a conflict left).
        const ArchiveCopyReport again = ArchiveCopy::copy(m_from, m_to, options);
        QCOMPARE(again.copied, 0);
        QCOMPARE(again.replaced, 0);
    }

    void verificationNamesTheCoeThatDiffers_data()
    {
        QTest::addColumn<bool>("trashIt");
        QTest::newRow("content") << false;
        QTest::newRow("trash") << true;
    }
    void verificationNamesTheCoeThatDiffers()
    {
        QFETCH(bool, trashIt);
        auto from = open(m_from, Archive::Access::ReadOnly);
        auto to = open(m_to);
        QVERIFY(from && to);
        // Another writer changes the target between the copy and the comparison.
        bool changed = false;
        const ArchiveCopyReport report =
            ArchiveCopy::copy(*from, *to, {}, [&](ArchiveCopy::Phase phase, int done, int total) {
                if (phase == ArchiveCopy::Phase::Copying && done == total) { // copied, not yet compared
                    changed = true;
                    auto other = Archive::open(m_to, Archive::Access::ReadWrite, nullptr);
                    if (trashIt) {
                        CoeCatalog(*other).moveToTrash(exampleCoe().uuid);
                    } else {
                        CoeRepository repo(*other);
                        Coe coe = *repo.load(exampleCoe().uuid);
                        coe.timeline[3].text = QStringLiteral("changed behind the copy's back");
                        repo.save(coe);
                    }
                }
                return true;
            });
        QVERIFY(changed);
        QCOMPARE(int(report.outcome), int(ArchiveCopyReport::Outcome::Different));
        QVERIFY(!report.ok());
        QCOMPARE(report.verified, 2);
        QCOMPARE(report.differences.size(), 1);
        QCOMPARE(report.differences.first().uuid, exampleCoe().uuid);
        const QString expected =
            trashIt ? QStringLiteral("in the Trash since") : QStringLiteral("$.timeline[3].text");
        QVERIFY2(report.differences.first().detail.contains(expected),
                 qPrintable(report.differences.first().detail));
        // The message names the COE (title and uuid) and where it differs.
        QVERIFY2(report.error.contains(exampleCoe().title), qPrintable(report.error));
        QVERIFY2(report.error.contains(exampleCoe().uuid.toString(QUuid::WithoutBraces)),
                 qPrintable(report.error));
        QVERIFY2(report.error.contains(expected), qPrintable(report.error));
    }

    // Past the first hundred COEs the source side of the comparison is the
    // exported JSON worked out (as a digest) while the copy read them ahead:
    // a COE changed in the target after the copy is still found, with the
    // JSON path, and on a server the full-text indexes are built again on
    // connections of the copy's own, which are gone afterwards.
    void verificationFindsADifferenceBeyondTheFirstHundred_data() { addArchiveBackendRows(); }
    void verificationFindsADifferenceBeyondTheFirstHundred()
    {
        QFETCH(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        const QString source = m_dir.filePath(QStringLiteral("hundreds-from-%1.sqlite").arg(backend));
        constexpr int kCoes = 150;
        QUuid changedUuid;
        {
            auto from = open(source);
            QVERIFY(from);
            CoeRepository repo(*from);
            WriteBatch batch(*from);
            QString error;
            QVERIFY2(batch.begin(&error), qPrintable(error));
            for (int i = 0; i < kCoes; ++i) {
                Coe c = plainCoe(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("COE %1").arg(i));
                c.updatedAt = c.updatedAt.addSecs(60 * i); // copied in this order
                QVERIFY(repo.save(c).ok());
                if (i == 120)
                    changedUuid = c.uuid;
            }
            QVERIFY2(batch.commit(&error), qPrintable(error));
        }
        QString error;
        const QString target = freshArchiveLocation(backend, m_to, &error);
        QVERIFY2(!target.isEmpty(), qPrintable(error));
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        bool changed = false;
        ArchiveCopyReport report =
            ArchiveCopy::copy(source, target, {}, [&](ArchiveCopy::Phase phase, int done, int total) {
                if (phase == ArchiveCopy::Phase::Copying && done == total) { // copied, not yet compared
                    auto other = Archive::open(target, Archive::Access::ReadWrite, nullptr);
                    CoeRepository repo(*other);
                    std::optional<Coe> coe = repo.load(changedUuid);
                    if (coe) {
                        coe->summary = QStringLiteral("changed behind the copy's back");
                        changed = repo.save(*coe).ok();
                    }
                }
                return true;
            });
        QVERIFY(changed);
        QCOMPARE(int(report.outcome), int(ArchiveCopyReport::Outcome::Different));
        QCOMPARE(report.copied, kCoes);
        QCOMPARE(report.verified, kCoes - 1);
        QCOMPARE(report.differences.size(), 1);
        QCOMPARE(report.differences.first().uuid, changedUuid);
        QVERIFY2(report.differences.first().detail.contains(QStringLiteral("$.summary")),
                 qPrintable(report.differences.first().detail));
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        if (backend == QLatin1String("postgresql")) {
            auto to = open(target, Archive::Access::ReadOnly);
            QVERIFY(to);
            QCOMPARE(searchIndexes(*to), 3);
            CoeQuery query;
            query.text = QStringLiteral("\"Summary of COE\"");
            QCOMPARE(CoeCatalog(*to).count(query, QDate::currentDate()), kCoes - 1);
        }
    }

    void cancelStopsBetweenCoes()
    {
        const ArchiveCopyReport report =
            ArchiveCopy::copy(m_from, m_to, {}, [](ArchiveCopy::Phase phase, int done, int) {
                return phase == ArchiveCopy::Phase::Copying && done < 1;
            });
        QCOMPARE(int(report.outcome), int(ArchiveCopyReport::Outcome::Cancelled));
        QCOMPARE(report.copied, 1);
        QVERIFY(!report.error.isEmpty());
        auto to = open(m_to);
        QCOMPARE(live(*to), 1);
    }

    void anyBatchSizeGivesTheSameCopy_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("200") << 200;
    }
    void anyBatchSizeGivesTheSameCopy()
    {
        QFETCH(int, batchSize);
        ArchiveCopyOptions options;
        options.batchSize = batchSize;
        const ArchiveCopyReport report = ArchiveCopy::copy(m_from, m_to, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.verified, 3);
        auto to = open(m_to);
        QCOMPARE(trash(*to), (QHash<QUuid, QDateTime>{{QUuid::fromString(kTrashedUuid), kTrashedAt}}));
        QCOMPARE(json(*to, richCoe().uuid), CoeJson::write(richCoe()));
    }

    // The versions of each COE go along into a new target, as they are
    // (number, time, author, reason, summary, document), the Trash's too.
    void carriesVersions_data() { addArchiveBackendRows(); }
    void carriesVersions()
    {
        QFETCH(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        const QString source = m_dir.filePath(QStringLiteral("versions-from-%1.sqlite").arg(backend));
        QVERIFY(QFile::copy(m_from, source));
        const QDateTime when(QDate(2025, 5, 6), QTime(7, 8, 9, 10), QTimeZone::utc());
        {
            auto from = open(source);
            QVERIFY(from);
            from->changes()->setSaver({QStringLiteral("Zoë"), QStringLiteral("host")});
            CoeVersions versions(*from);
            Coe example = exampleCoe();
            Coe trashed = plainCoe(kTrashedUuid, QStringLiteral("Trashed"));
            QString error;
            QVERIFY2(versions.add(example, VersionReason::Import, QStringLiteral("first"), &error, when), qPrintable(error));
            example.status = Status::Approved;
            example.title = QStringLiteral("Approved");
            QVERIFY(versions.add(example, VersionReason::Status, QStringLiteral("approved"), &error, when.addDays(1)));
            QVERIFY2(versions.add(trashed, VersionReason::Close, {}, &error, when), qPrintable(error));
        }
        QString locationError;
        m_to = freshArchiveLocation(backend, m_to, &locationError);
        QVERIFY2(!m_to.isEmpty(), qPrintable(locationError));
        const ArchiveCopyReport report = ArchiveCopy::copy(source, m_to, {});
        QVERIFY2(report.ok(), qPrintable(report.error));
        auto from = open(source, Archive::Access::ReadOnly);
        auto to = open(m_to);
        QVERIFY(from && to);
        for (const QUuid& uuid : {exampleCoe().uuid, QUuid::fromString(kTrashedUuid), richCoe().uuid}) {
            const QList<CoeVersionInfo> mine = CoeVersions(*from).list(uuid);
            const QList<CoeVersionInfo> theirs = CoeVersions(*to).list(uuid);
            QCOMPARE(theirs.size(), mine.size());
            for (qsizetype i = 0; i < mine.size(); ++i) {
                QCOMPARE(theirs[i].number, mine[i].number);
                QCOMPARE(theirs[i].at, mine[i].at);
                QCOMPARE(theirs[i].author, mine[i].author);
                QCOMPARE(theirs[i].summary, mine[i].summary);
                QCOMPARE(toString(theirs[i].reason), toString(mine[i].reason));
                QCOMPARE(theirs[i].approved, mine[i].approved);
                QCOMPARE(CoeJson::write(*CoeVersions(*to).load(uuid, theirs[i].number)),
                         CoeJson::write(*CoeVersions(*from).load(uuid, mine[i].number)));
            }
        }
        QCOMPARE(CoeVersions(*to).list(exampleCoe().uuid).size(), 2);
        QCOMPARE(CoeVersions(*to).list(exampleCoe().uuid)[1].author, QStringLiteral("Zoë"));
        QCOMPARE(CoeVersions(*to).load(exampleCoe().uuid, 2)->title, QStringLiteral("Approved"));
    }

    // The batches copy-archive writes in: each save in it succeeds or fails
    // on its own; the batch commits them together or not at all (on both
    // back ends: savepoints inside the write transaction).
    void writeBatchKeepsEachWriteOnItsOwn_data() { addArchiveBackendRows(); }
    void writeBatchKeepsEachWriteOnItsOwn()
    {
        QFETCH(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString locationError;
        m_to = freshArchiveLocation(backend, m_to, &locationError);
        QVERIFY2(!m_to.isEmpty(), qPrintable(locationError));
        auto to = open(m_to);
        QVERIFY(to);
        CoeRepository repo(*to);
        Coe a = plainCoe(QStringLiteral("00000000-0000-4000-8000-00000000000a"), QStringLiteral("A"));
        Coe b = plainCoe(QStringLiteral("00000000-0000-4000-8000-00000000000b"), QStringLiteral("B"));
        Coe c = plainCoe(QStringLiteral("00000000-0000-4000-8000-00000000000c"), QStringLiteral("C"));
        QString error;
        {
            WriteBatch batch(*to);
            QVERIFY2(batch.begin(&error), qPrintable(error));
            QVERIFY(repo.save(a).ok());
            Coe stale = a;
            stale.revision = 0; // a second insert of the same uuid: a conflict, undone alone
            QCOMPARE(int(repo.save(stale).status), int(SaveResult::Status::Conflict));
            QVERIFY(repo.save(b).ok());
            QVERIFY(CoeCatalog(*to).moveToTrash(b.uuid, kTrashedAt, &error));
            // Another connection sees none of it before the commit.
            auto other = open(m_to, Archive::Access::ReadOnly);
            QVERIFY(other);
            QVERIFY(!CoeRepository(*other).exists(a.uuid));
            QVERIFY2(batch.commit(&error), qPrintable(error));
        }
        QVERIFY(repo.exists(a.uuid));
        QCOMPARE(trash(*to), (QHash<QUuid, QDateTime>{{b.uuid, kTrashedAt}}));
        {
            WriteBatch batch(*to);
            QVERIFY(batch.begin(&error));
            QVERIFY(repo.save(c).ok());
            QVERIFY(repo.exists(c.uuid));
        } // not committed: rolled back
        QVERIFY(!repo.exists(c.uuid));
        // Single saves work as before once no batch is open.
        c.revision = 0;
        QVERIFY(repo.save(c).ok());
        QVERIFY(repo.exists(c.uuid));
        QVERIFY(archiveIsWhereItShouldBe(m_to));
    }

    // Issue #12, "Moving between them": SQLite -> PostgreSQL -> SQLite, the
    // Trash (with its times) and images included, every fixture of
    // tests/data; each copy verified COE by COE by ArchiveCopy itself, and the
    // exported JSON of every COE compared here at each step.
    void copiesToPostgresAndBack()
    {
        const QString postgres = QStringLiteral("postgresql");
        HINDSIGHT_REQUIRE_BACKEND(postgres);
        {
            auto from = open(m_from);
            QVERIFY(from);
            CoeRepository repo(*from);
            QStringList files{dataPath(QStringLiteral("checkout-config-rollout.coe.json"))};
            const QDir postmortems(dataPath(QStringLiteral("postmortems")));
            for (const QString& name : postmortems.entryList({QStringLiteral("*.coe.json")}, QDir::Files, QDir::Name))
                files << postmortems.filePath(name);
            QVERIFY(files.size() >= 7);
            for (const QString& file : std::as_const(files)) {
                JsonReadResult read = CoeJson::readFile(file);
                QVERIFY2(read.ok(), qPrintable(file));
                if (!repo.exists(read.coe.uuid))
                    QVERIFY2(repo.save(read.coe).ok(), qPrintable(file));
            }
            // A fixture in the Trash too, at a time of its own.
            const JsonReadResult last = CoeJson::readFile(files.last());
            QString error;
            QVERIFY2(CoeCatalog(*from).moveToTrash(last.coe.uuid, kTrashedAt.addDays(1), &error), qPrintable(error));
        }
        QString error;
        const QString server = freshArchiveLocation(postgres, {}, &error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        const QString back = m_dir.filePath(QStringLiteral("copiesToPostgresAndBack-back.sqlite"));

        ArchiveCopyReport report = ArchiveCopy::copy(m_from, server, {});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(archiveIsWhereItShouldBe(server));
        const int total = report.sourceCoes;
        QVERIFY(total >= 9); // the three of makeSource and six more fixtures
        QCOMPARE(report.sourceTrashed, 2);
        QCOMPARE(report.verified, total);
        report = ArchiveCopy::copy(server, back, {});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.sourceCoes, total);
        QCOMPARE(report.sourceTrashed, 2);
        QCOMPARE(report.verified, total);

        auto source = open(m_from, Archive::Access::ReadOnly);
        auto onServer = open(server, Archive::Access::ReadOnly);
        auto returned = open(back, Archive::Access::ReadOnly);
        QVERIFY(source && onServer && returned);
        QVERIFY(onServer->path().startsWith(QLatin1String("postgresql://")));
        QList<QUuid> uuids;
        CoeQuery all;
        for (const bool inTrash : {false, true}) {
            all.trash = inTrash;
            for (const CoeRow& r : CoeCatalog(*source).rows(all, QDate::currentDate(), 0, 1000))
                uuids << r.uuid;
        }
        QCOMPARE(int(uuids.size()), total);
        for (const QUuid& uuid : std::as_const(uuids)) {
            const QByteArray original = json(*source, uuid);
            QVERIFY(!original.isEmpty());
            QCOMPARE(json(*onServer, uuid), original);
            QCOMPARE(json(*returned, uuid), original);
        }
        QCOMPARE(json(*returned, richCoe().uuid), CoeJson::write(richCoe())); // its images
        QCOMPARE(trash(*onServer), trash(*source));
        QCOMPARE(trash(*returned), trash(*source));
        QCOMPARE(CoeCatalog(*onServer).total(), CoeCatalog(*source).total());
        QCOMPARE(CoeCatalog(*returned).total(), CoeCatalog(*source).total());

        // The copy into the empty server archive dropped the full-text
        // indexes while it filled it (Backend::beginBulkLoad) and built them
        // again; search finds a phrase and a word there.
        QCOMPARE(searchIndexes(*onServer), 3);
        // It made every table's statistics (the word pairs' excepted: none
        // are kept, schema 14) and turned autovacuum back on.
        QCOMPARE(scalar(*onServer, QStringLiteral("SELECT count(*) FROM pg_stat_user_tables "
                                                  "WHERE schemaname = current_schema() AND last_analyze IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*onServer, QStringLiteral("SELECT string_agg(attname, ',' ORDER BY attname) FROM pg_stats "
                                                  "WHERE schemaname = current_schema() AND tablename = 'coe_search'"))
                     .toString(),
                 QStringLiteral("body,coe_id,document,pairs_cut,summary,title"));
        // No table or its TOAST keeps an option of the load; the search rows
        // keep their own (schema 15).
        QCOMPARE(
            scalar(*onServer,
                   QStringLiteral(
                       "SELECT string_agg(c.relname || ':' || coalesce(array_to_string(c.reloptions, ','), "
                       "'') || ':' || coalesce(array_to_string(t.reloptions, ','), ''), ' ') "
                       "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "LEFT JOIN pg_class t ON t.oid = c.reltoastrelid "
                       "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                       "AND (c.reloptions IS NOT NULL OR t.reloptions IS NOT NULL)"))
                .toString(),
            QStringLiteral("coe_search:toast_tuple_target=256:"));
        CoeQuery phrase;
        phrase.text = QStringLiteral("\"connection pool\"");
        QVERIFY(CoeCatalog(*onServer).count(phrase, QDate::currentDate()) >= 1);
        QCOMPARE(CoeCatalog(*onServer).count(phrase, QDate::currentDate()),
                 CoeCatalog(*source).count(phrase, QDate::currentDate()));
        // A copy stopped before it built them again: the next read-write open does.
        onServer.reset();
        // It may also have left its last COEs without their search rows
        // (FullTextBackfill): the same open writes them.
        const int phraseCount = CoeCatalog(*source).count(phrase, QDate::currentDate());
        QVERIFY(execInArchive(
            server, QStringLiteral("DROP INDEX coe_search_pairs_even, coe_search_pairs_odd, coe_search_document; "
                                   "DELETE FROM coe_search"),
            &error));
        QCOMPARE(searchIndexes(*open(server, Archive::Access::ReadOnly)), 0);
        QCOMPARE(CoeCatalog(*open(server, Archive::Access::ReadOnly)).count(phrase, QDate::currentDate()), 0);
        auto repaired = open(server);
        QCOMPARE(searchIndexes(*repaired), 3);
        QCOMPARE(CoeCatalog(*repaired).count(phrase, QDate::currentDate()), phraseCount);
    }

    // The search rows a bulk copy leaves to a connection of their own
    // (FullTextBackfill) never undo another writer's: a COE saved again
    // since keeps the row of that save, one trashed since gets none.
    void backfillKeepsWhatAnotherWriterDidSince()
    {
        const QString postgres = QStringLiteral("postgresql");
        HINDSIGHT_REQUIRE_BACKEND(postgres);
        QString error;
        const QString server = freshArchiveLocation(postgres, {}, &error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        auto copying = open(server);
        auto other = open(server);
        QVERIFY(copying && other);
        auto found = [&](const QString& words) {
            CoeQuery query;
            query.text = words;
            return CoeCatalog(*other).count(query, QDate::currentDate());
        };
        const Coe kept = plainCoe(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Quokka outage"));
        Coe resaved = plainCoe(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Wombat outage"));
        const Coe trashed = plainCoe(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Numbat outage"));
        FullTextBackfill backfill(copying->database());
        {
            CoeRepository repo(*copying);
            for (Coe c : {kept, resaved, trashed})
                QVERIFY(repo.save(c).ok());
        }
        QCOMPARE(found(QStringLiteral("outage")), 0); // left to the backfill
        // Another writer, before the backfill gets to them.
        std::optional<Coe> newer = CoeRepository(*other).load(resaved.uuid);
        QVERIFY(newer);
        newer->title = QStringLiteral("Platypus outage");
        newer->summary = QStringLiteral("Summary of Platypus outage");
        QVERIFY(CoeRepository(*other).save(*newer).ok());
        QVERIFY2(CoeCatalog(*other).moveToTrash(trashed.uuid, &error), qPrintable(error));

        backfill.add({kept, resaved, trashed});
        QVERIFY2(backfill.finish(&error), qPrintable(error));
        QCOMPARE(found(QStringLiteral("quokka")), 1);
        QCOMPARE(found(QStringLiteral("platypus")), 1);
        QCOMPARE(found(QStringLiteral("wombat")), 0);
        QCOMPARE(found(QStringLiteral("numbat")), 0);
        QCOMPARE(found(QStringLiteral("outage")), 2);
        // The copy's own saves write their search rows again.
        Coe after = plainCoe(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Bilby outage"));
        QVERIFY(CoeRepository(*copying).save(after).ok());
        QCOMPARE(found(QStringLiteral("bilby")), 1);
    }


    void firstDifferenceGivesAJsonPath()
    {
        QCOMPARE(ArchiveCopy::firstDifference("{\"a\":1}", "{\"a\":1}"), QString());
        QCOMPARE(ArchiveCopy::firstDifference("{\"a\":[1,{\"b\":2}]}", "{\"a\":[1,{\"b\":3}]}"),
                 QStringLiteral("$.a[1].b"));
        QCOMPARE(ArchiveCopy::firstDifference("{\"a\":[1]}", "{\"a\":[1,2]}"), QStringLiteral("$.a[1]"));
        QCOMPARE(ArchiveCopy::firstDifference("{\"a\":1}", "{\"a\":1,\"z\":0}"), QStringLiteral("$.z"));
        QCOMPARE(ArchiveCopy::firstDifference("{", "{}"), QStringLiteral("$"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCopy)
#include "TestArchiveCopy.moc"
