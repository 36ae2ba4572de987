// SPDX-License-Identifier: MIT
// A damaged archive is never written to; errors say what is wrong; backups
// and recovery (issue #10).
#include "DamagedArchive.h"
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/ActionItemQuery.h"
#include "storage/Archive.h"
#include "storage/ArchiveRecovery.h"
#include "storage/CoeRepository.h"
#include "storage/SqlUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

namespace {

Coe freshCoe(int n)
{
    Coe c = exampleCoe();
    c.uuid = QUuid(QStringLiteral("11111111-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    c.title = QStringLiteral("Fresh %1").arg(n);
    c.revision = 0;
    return c;
}

} // namespace

class TestArchiveDamage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_valid; // 30 COEs, checkpointed

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_valid = m_dir.filePath(QStringLiteral("valid.sqlite"));
        QVERIFY(makeArchiveWithCoes(m_valid, 30));
        QVERIFY(!QFileInfo::exists(m_valid + QStringLiteral("-wal")));
        QVERIFY(quickCheckPasses(m_valid));
    }

    void cleanup() { Archive::setBackgroundCheckThreshold(16 * 1024 * 1024); }

    void damagedArchiveIsNeverWritten_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<int>("leaf");
        QTest::addColumn<bool>("background");
        for (bool background : {false, true}) {
            const char* when = background ? "background check" : "check at first write";
            QTest::addRow("page type, leaf 0, %s", when) << int(Damage::PageType) << 0 << background;
            QTest::addRow("cell count, leaf 1, %s", when) << int(Damage::CellCount) << 1 << background;
            QTest::addRow("cell pointer, leaf 2, %s", when) << int(Damage::CellPointer) << 2 << background;
        }
    }
    void damagedArchiveIsNeverWritten()
    {
        QFETCH(int, damage);
        QFETCH(int, leaf);
        QFETCH(bool, background);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, path, Damage(damage), leaf));
        QVERIFY(!quickCheckPasses(path)); // the set is one quick_check catches
        const QByteArray before = fileChecksum(path);
        if (background)
            Archive::setBackgroundCheckThreshold(0);
        {
            QString error;
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error)); // page 1 is intact: it opens
            if (background)
                archive->startBackgroundCheck(); // what the window does
            archive->setBackupPolicy({7, QTimeZone::utc()});
            CoeRepository repository(*archive);
            Coe coe = freshCoe(1);
            const SaveResult saved = repository.save(coe);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.error.contains(QStringLiteral("is damaged")), qPrintable(saved.error));
            QVERIFY2(saved.error.contains(QStringLiteral("Recover Archive")), qPrintable(saved.error));
            QVERIFY(archive->isDamaged());
            QVERIFY(archive->isReadOnly());
            QVERIFY(archive->readOnlyMessage().contains(QStringLiteral("is damaged")));
            // Every later write is refused too, without another check.
            QVERIFY(!repository.remove(numberedUuid(30)));
            QVERIFY(!QFileInfo::exists(archive->backupFolder())); // no backup of a damaged archive
        }
        QCOMPARE(fileChecksum(path), before);
    }

    // A command that only reads never pays for the check: opening a large
    // archive and closing it without a write runs no quick_check (closing
    // used to wait for a background check of the whole file: 300 ms for each
    // `hindsight search` on a 259 MiB archive).
    void readingNeverRunsTheCheck()
    {
        Archive::setBackgroundCheckThreshold(0); // every file counts as large
        const quint64 before = Archive::quickCheckCount();
        {
            QString error;
            auto archive = Archive::open(m_valid, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            CoeRepository repository(*archive);
            QVERIFY(!repository.list(&error).isEmpty());
        }
        QCOMPARE(Archive::quickCheckCount(), before);
        // The window starts it; a write then uses its answer instead of a second check.
        {
            QString error;
            auto archive = Archive::open(m_valid, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            archive->startBackgroundCheck();
            QVERIFY(archive->prepareWrite(&error));
        }
        QCOMPARE(Archive::quickCheckCount(), before + 1);
    }

    // Upgrading the schema is a write too: a damaged archive of an older
    // version is refused before any migration runs.
    void damagedOldArchiveIsNotUpgraded()
    {
        QTemporaryDir dir;
        const QString path =
            copyFixture(dir, QStringLiteral("v1.sqlite"), dataPath(QStringLiteral("archive-v1.sqlite")));
        const quint32 root = rootPage(path, QStringLiteral("timeline_entries"));
        QVERIFY(root > 1);
        QVERIFY(damagePage(path, root, Damage::CellCount));
        QVERIFY(!quickCheckPasses(path));
        const QByteArray before = fileChecksum(path);
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY(!archive);
        QVERIFY2(error.contains(QStringLiteral("was not upgraded")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Recover Archive")), qPrintable(error));
        QCOMPARE(fileChecksum(path), before);
    }

    // SQLITE_CORRUPT from any statement, not only from the check, switches
    // the archive to read-only.
    void corruptionSeenByAReadMakesItReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, path, Damage::PageType, 0));
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(!archive->isDamaged());
        const QList<CoeHeader> headers = CoeRepository(*archive).list(&error);
        QVERIFY(headers.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(archive->isDamaged());
        QVERIFY(archive->isReadOnly());
        QVERIFY(archive->damageMessage().contains(QDir::toNativeSeparators(path)));
    }

    void validArchiveIsWritten()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("a.sqlite"), m_valid);
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        Coe coe = freshCoe(2);
        QVERIFY2(CoeRepository(*archive).save(coe).ok(), "a sound archive takes writes");
        QVERIFY(!archive->isDamaged());
    }

    // SQLITE_FULL (here through max_page_count) says the disk is full, with
    // SQLite's own words only as detail.
    void fullDiskSaysSo()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("a.sqlite"), m_valid);
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QSqlQuery q(archive->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        q.finish();
        Coe coe = richCoe();
        coe.metrics[0].images[0].data = binaryImage(200000); // needs new pages
        const SaveResult saved = CoeRepository(*archive).save(coe);
        QVERIFY(!saved.ok());
        qInfo("%s", qPrintable(saved.error));
        QVERIFY2(saved.error.contains(QStringLiteral("The disk is full")), qPrintable(saved.error));
        QVERIFY2(!saved.error.contains(QStringLiteral("damaged")), qPrintable(saved.error));
        QVERIFY2(saved.error.contains(QStringLiteral("(detail: ")), qPrintable(saved.error));
        QVERIFY(!archive->isDamaged());
    }

    // One place maps SQLite's result codes to sentences; its raw text stays as detail.
    void sqliteCodesBecomeSentences_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("SQLITE_FULL") << QStringLiteral("13") << QStringLiteral("The disk is full");
        QTest::newRow("SQLITE_IOERR_SHMSIZE") << QStringLiteral("4874") << QStringLiteral("The disk is full");
        QTest::newRow("SQLITE_IOERR") << QStringLiteral("10") << QStringLiteral("input/output error");
        QTest::newRow("SQLITE_IOERR_READ") << QStringLiteral("266") << QStringLiteral("input/output error");
        QTest::newRow("SQLITE_CORRUPT") << QStringLiteral("11") << QStringLiteral("is damaged");
        QTest::newRow("SQLITE_CORRUPT_INDEX") << QStringLiteral("779") << QStringLiteral("is damaged");
        QTest::newRow("SQLITE_NOTADB") << QStringLiteral("26") << QStringLiteral("not an SQLite database");
        QTest::newRow("SQLITE_READONLY") << QStringLiteral("8") << QStringLiteral("cannot be written");
        QTest::newRow("SQLITE_BUSY") << QStringLiteral("5") << QStringLiteral("locked by another program");
        QTest::newRow("SQLITE_CANTOPEN") << QStringLiteral("14") << QStringLiteral("cannot be opened");
        QTest::newRow("SQLITE_PERM") << QStringLiteral("3") << QStringLiteral("denied");
        QTest::newRow("SQLITE_CONSTRAINT: raw text only") << QStringLiteral("19") << QString();
    }
    void sqliteCodesBecomeSentences()
    {
        QFETCH(QString, code);
        QFETCH(QString, sentence);
        const QSqlError e(QStringLiteral("Unable to fetch row"), QStringLiteral("raw words"),
                          QSqlError::StatementError, code);
        const QString text = sql::errorText(e);
        if (sentence.isEmpty()) {
            QVERIFY2(text.startsWith(QStringLiteral("raw words")), qPrintable(text)); // no sentence to add
        } else {
            QVERIFY2(text.contains(sentence), qPrintable(text));
            QVERIFY2(text.indexOf(sentence) < text.indexOf(QStringLiteral("raw words")), qPrintable(text));
        }
        QVERIFY2(text.contains(QStringLiteral("SQLite error %1").arg(code)), qPrintable(text));
    }

    void backupIsACompleteArchive()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("a.sqlite"), m_valid);
        const QDate today = localToday(QTimeZone::utc());
        QString backupPath;
        {
            QString error;
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            archive->setBackupPolicy({7, QTimeZone::utc()});
            backupPath = archive->backupPath(today);
            QCOMPARE(backupPath,
                     dir.filePath(QStringLiteral("backups/a-%1.sqlite").arg(today.toString(Qt::ISODate))));
            QVERIFY(!QFileInfo::exists(backupPath));
            Coe coe = freshCoe(3);
            QVERIFY(CoeRepository(*archive).save(coe).ok());
            QVERIFY2(archive->lastBackupProblem().isEmpty(), qPrintable(archive->lastBackupProblem()));
            QVERIFY(QFileInfo::exists(backupPath));
            QCOMPARE(archive->backups(), QStringList{backupPath});
            // Only the first write of the day makes one.
            coe = freshCoe(4);
            QVERIFY(CoeRepository(*archive).save(coe).ok());
            QCOMPARE(archive->backups().size(), 1);
        }
        // Opening a backup is opening an archive; it holds the COEs as they were
        // before the day's first write.
        QString error;
        auto backup = Archive::open(backupPath, Archive::Access::ReadWrite, &error);
        QVERIFY2(backup, qPrintable(error));
        QVERIFY(backup->checkIntegrity());
        const QList<CoeHeader> headers = CoeRepository(*backup).list(&error);
        QCOMPARE(headers.size(), 30);
        const std::optional<Coe> one = CoeRepository(*backup).load(numberedUuid(7), &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->title, QStringLiteral("COE number 7"));
    }

    void onlyTheLastNAreKept()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("a.sqlite"), m_valid);
        const QDate today = localToday(QTimeZone::utc());
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        archive->setBackupPolicy({3, QTimeZone::utc()});
        QVERIFY(QDir().mkpath(archive->backupFolder()));
        for (int daysAgo = 5; daysAgo >= 1; --daysAgo)
            QVERIFY2(archive->backupTo(archive->backupPath(today.addDays(-daysAgo)), &error),
                     qPrintable(error));
        QCOMPARE(archive->backups().size(), 5);
        Coe coe = freshCoe(5);
        QVERIFY(CoeRepository(*archive).save(coe).ok());
        const QStringList kept = archive->backups();
        QCOMPARE(kept, (QStringList{archive->backupPath(today.addDays(-2)),
                                    archive->backupPath(today.addDays(-1)), archive->backupPath(today)}));
    }

    void noBackupWhenDisabledOrReadOnly()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("a.sqlite"), m_valid);
        QString error;
        {
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            archive->setBackupPolicy({0, QTimeZone::utc()});
            Coe coe = freshCoe(6);
            QVERIFY(CoeRepository(*archive).save(coe).ok());
            QVERIFY(!QFileInfo::exists(archive->backupFolder()));
        }
        {
            auto archive = Archive::open(path, Archive::Access::ReadOnly, &error);
            QVERIFY2(archive, qPrintable(error));
            archive->setBackupPolicy({7, QTimeZone::utc()});
            QVERIFY(!archive->prepareWrite(&error));
            Coe coe = freshCoe(7);
            QVERIFY(!CoeRepository(*archive).save(coe).ok());
            QVERIFY(!QFileInfo::exists(archive->backupFolder()));
        }
    }

    void backupNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("a.sqlite"), m_valid);
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        writeExisting(out);
        const QByteArray before = fileChecksum(out);
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(!archive->backupTo(out, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(fileChecksum(out), before);
    }

    void recoverCopiesWhatCanBeRead()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, damaged, Damage::PageType, 1));
        const QByteArray before = fileChecksum(damaged);
        const QString target = dir.filePath(QStringLiteral("new.sqlite"));
        const RecoveryReport report = ArchiveRecovery::recover(damaged, target);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(!report.lost.isEmpty());
        QVERIFY(!report.recovered.isEmpty());
        QCOMPARE(report.recovered.size() + report.lost.size(), 30);
        for (const RecoveryReport::Lost& lost : report.lost) {
            QVERIFY(lost.rowId > 0);
            QVERIFY(!lost.uuid.isNull()); // the uuid index still names them
            QVERIFY(!ArchiveRecovery::describe(lost).isEmpty());
        }
        QCOMPARE(fileChecksum(damaged), before);
        QString error;
        auto recovered = Archive::open(target, Archive::Access::ReadWrite, &error);
        QVERIFY2(recovered, qPrintable(error));
        QVERIFY(recovered->checkIntegrity());
        QCOMPARE(CoeRepository(*recovered).list(&error).size(), report.recovered.size());
    }

    // A COE whose timeline rows sit on a damaged page is reported lost, not
    // recovered with part of its timeline missing.
    void recoverNeverWritesPartialCoes()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, damaged, Damage::PageType, 1, QStringLiteral("timeline_entries")));
        const QString target = dir.filePath(QStringLiteral("new.sqlite"));
        const RecoveryReport report = ArchiveRecovery::recover(damaged, target);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(!report.lost.isEmpty());
        QCOMPARE(report.recovered.size() + report.lost.size(), 30);
        QString error;
        auto recovered = Archive::open(target, Archive::Access::ReadWrite, &error);
        QVERIFY2(recovered, qPrintable(error));
        const qsizetype entries = exampleCoe().timeline.size();
        for (const QUuid& uuid : report.recovered) {
            const std::optional<Coe> coe = CoeRepository(*recovered).load(uuid, &error);
            QVERIFY2(coe, qPrintable(error));
            QCOMPARE(coe->timeline.size(), entries);
        }
    }

    // Recovery reads the file as it is, of any schema: one older than 7 has no
    // review tables, and its COEs are recovered all the same; one of schema 7
    // gives back the review record too.
    void recoverReadsEverySchema()
    {
        QTemporaryDir dir;
        const QString old = copyFixture(dir, QStringLiteral("archive-v6.sqlite"), dataPath(QStringLiteral("archive-v6.sqlite")));
        QVERIFY(!old.isEmpty());
        const RecoveryReport fromOld = ArchiveRecovery::recover(old, dir.filePath(QStringLiteral("from-v6.sqlite")));
        QVERIFY2(fromOld.error.isEmpty(), qPrintable(fromOld.error));
        QVERIFY2(fromOld.lost.isEmpty(), qPrintable(ArchiveRecovery::describe(fromOld.lost.value(0)) + QStringLiteral(": ")
                                                    + fromOld.lost.value(0).reason));
        QCOMPARE(fromOld.recovered.size(), 2);

        const QString current = dir.filePath(QStringLiteral("v7.sqlite"));
        Coe reviewed = exampleCoe();
        reviewed.review = exampleReview();
        {
            QString error;
            auto archive = Archive::open(current, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            QVERIFY(CoeRepository(*archive).save(reviewed).ok());
        }
        const RecoveryReport fromCurrent = ArchiveRecovery::recover(current, dir.filePath(QStringLiteral("from-v7.sqlite")));
        QVERIFY2(fromCurrent.error.isEmpty(), qPrintable(fromCurrent.error));
        QCOMPARE(fromCurrent.recovered.size(), 1);
        QString error;
        auto recovered = Archive::open(dir.filePath(QStringLiteral("from-v7.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(recovered, qPrintable(error));
        const std::optional<Coe> coe = CoeRepository(*recovered).load(reviewed.uuid, &error);
        QVERIFY2(coe, qPrintable(error));
        QVERIFY(coe->review == exampleReview());
    }

private:
    static void writeExisting(const QString& path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
};

QTEST_GUILESS_MAIN(TestArchiveDamage)
#include "TestArchiveDamage.moc"
