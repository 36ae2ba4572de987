// SPDX-License-Identifier: MIT
// Working together: two clients (two Archive objects on one archive, as two
// processes would have) see each other's saves, trash and restore through
// ArchiveChanges, with who saved and when; presence (ArchivePresence) shows
// the other session until it leaves or goes stale. On each back end.
#include "BrowserFixtures.h"
#include "ExampleCoe.h"
#include "StorageFixtures.h"
#include "TestSupport.h"

#include "itemmodels/CoeTableModel.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/ArchivePresence.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "storage/SqlUtil.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestArchiveChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_mine;   // this client
    std::unique_ptr<Archive> m_theirs; // the other client
    int m_count = 0;

    static constexpr int kWaitMs = 5000;

private slots:
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        const QString where =
            freshArchiveLocation(backend, m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_count)), &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        m_mine = Archive::open(where, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_mine, qPrintable(error));
        m_theirs = Archive::open(where, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_theirs, qPrintable(error));
        m_mine->changes()->setSaver({QStringLiteral("Me"), QStringLiteral("my-host")});
        m_mine->changes()->setPollInterval(50);
        m_theirs->changes()->setSaver({QStringLiteral("Dana Ortiz"), QStringLiteral("dana-laptop")});
    }
    void cleanup()
    {
        m_theirs.reset();
        m_mine.reset();
        ArchivePresence::setStaleAfter(ArchivePresence::kDefaultStaleMs);
    }

    void savesRecordWhoSaved()
    {
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*m_theirs).save(coe).ok());
        QSignalSpy changed(m_mine->changes(), &ArchiveChanges::coeChanged);
        QVERIFY(m_mine->changes()->isListening());
        m_mine->changes()->checkNow();
        QCOMPARE(changed.size(), 0); // what was there before listening is not news
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        coe.title = QStringLiteral("Changed elsewhere");
        QVERIFY(CoeRepository(*m_theirs).save(coe).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, kWaitMs);
        const QList<QVariant> args = changed.takeFirst();
        QCOMPARE(args.at(0).toUuid(), coe.uuid);
        QCOMPARE(args.at(1).toLongLong(), 2);
        QCOMPARE(args.at(2).toString(), QStringLiteral("Dana Ortiz"));
        QCOMPARE(args.at(3).toString(), QStringLiteral("dana-laptop"));
        const QDateTime at = args.at(4).toDateTime();
        QVERIFY(at.isValid());
        QCOMPARE(at.timeSpec(), Qt::UTC);
        QVERIFY(at >= before);
    }

    // A dropped server connection is made again (ServerConnection); the
    // new connection listens again, so others' saves keep arriving at once
    // rather than only at the 5-second check.
    void notificationsResumeAfterAReconnect()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgresql"))
            QSKIP("NOTIFY is PostgreSQL's; SQLite polls data_version");
        QSignalSpy changed(m_mine->changes(), &ArchiveChanges::coeChanged);
        QVERIFY(m_mine->changes()->isListening());
        QVariant pid;
        QString error;
        QVERIFY2(sql::scalar(m_mine->database(), QStringLiteral("SELECT pg_backend_pid()"), &pid, &error),
                 qPrintable(error));
        QSqlQuery kill(m_theirs->database());
        QVERIFY2(sql::prepare(kill, QStringLiteral("SELECT pg_terminate_backend(?)"), &error)
                     && sql::exec(kill, {pid}, &error),
                 qPrintable(error));
        kill.finish();
        // The first statement finds the connection gone, a next one connects again.
        QVariant one;
        QTRY_VERIFY_WITH_TIMEOUT(sql::scalar(m_mine->database(), QStringLiteral("SELECT 1"), &one, &error), kWaitMs);
        QVERIFY(sql::scalar(m_mine->database(), QStringLiteral("SELECT pg_backend_pid()"), &one, &error));
        QVERIFY(one != pid);
        m_mine->changes()->checkNow();
        QVERIFY(m_mine->database().driver()->subscribedToNotifications().contains(QStringLiteral("hindsight_coes")));
        Coe other = richCoe();
        QVERIFY(CoeRepository(*m_theirs).save(other).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 2000); // before the 5-second check
        QCOMPARE(changed.at(0).at(0).toUuid(), other.uuid);
    }

    void ownSavesAreNotReported()
    {
        QSignalSpy changed(m_mine->changes(), &ArchiveChanges::coeChanged);
        QSignalSpy any(m_mine->changes(), &ArchiveChanges::archiveChanged);
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*m_mine).save(coe).ok());
        coe.title = QStringLiteral("Mine again");
        QVERIFY(CoeRepository(*m_mine).save(coe).ok());
        QVERIFY(CoeCatalog(*m_mine).moveToTrash(coe.uuid));
        QVERIFY(CoeCatalog(*m_mine).restore(coe.uuid));
        // Then another client's save: it is reported, the own ones before it are not.
        Coe other = richCoe();
        QVERIFY(CoeRepository(*m_theirs).save(other).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, kWaitMs);
        QTest::qWait(200); // anything else would have come with it
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toUuid(), other.uuid);
        QVERIFY(any.size() >= 1);
    }

    void trashAndRestoreAreReported()
    {
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*m_mine).save(coe).ok());
        QSignalSpy trashed(m_mine->changes(), &ArchiveChanges::coeTrashed);
        QSignalSpy changed(m_mine->changes(), &ArchiveChanges::coeChanged);
        QVERIFY(CoeCatalog(*m_theirs).moveToTrash(coe.uuid));
        QTRY_COMPARE_WITH_TIMEOUT(trashed.size(), 1, kWaitMs);
        QCOMPARE(trashed.at(0).at(0).toUuid(), coe.uuid);
        QVERIFY(CoeCatalog(*m_theirs).restore(coe.uuid));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kWaitMs);
        QCOMPARE(changed.at(0).at(0).toUuid(), coe.uuid);
        QCOMPARE(changed.at(0).at(1).toLongLong(), 1); // the trash and restore keep the revision
    }

    // A COE deleted for good (the Trash emptied, or removed) wakes the others too.
    void deletionsAreReported()
    {
        Coe coe = exampleCoe();
        Coe rich = richCoe();
        QVERIFY(CoeRepository(*m_mine).save(coe).ok());
        QVERIFY(CoeRepository(*m_mine).save(rich).ok());
        QVERIFY(CoeCatalog(*m_mine).moveToTrash(coe.uuid));
        QSignalSpy any(m_mine->changes(), &ArchiveChanges::archiveChanged);
        QCOMPARE(CoeCatalog(*m_theirs).emptyTrash(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(any.size() >= 1, kWaitMs);
        any.clear();
        QVERIFY(CoeRepository(*m_theirs).remove(rich.uuid));
        QTRY_VERIFY_WITH_TIMEOUT(any.size() >= 1, kWaitMs);
    }

    // The archive browser's model: the row of a COE another client saved
    // shows the new title; a new COE appears; a trashed one goes.
    void modelFollowsOtherClient()
    {
        Coe first = exampleCoe();
        QVERIFY(CoeRepository(*m_mine).save(first).ok());
        CoeTableModel model;
        model.setArchive(m_mine.get());
        QCOMPARE(model.rowCount(), 1);
        connect(m_mine->changes(), &ArchiveChanges::archiveChanged, &model, &CoeTableModel::refresh);

        first.title = QStringLiteral("Renamed by Dana");
        QVERIFY(CoeRepository(*m_theirs).save(first).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, CoeTableModel::TitleColumn).data().toString(),
                                  QStringLiteral("Renamed by Dana"), kWaitMs);
        Coe second = richCoe();
        QVERIFY(CoeRepository(*m_theirs).save(second).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kWaitMs);
        QVERIFY(model.rowOf(second.uuid) >= 0);
        QVERIFY(CoeCatalog(*m_theirs).moveToTrash(second.uuid));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, kWaitMs);
        QCOMPARE(model.rowOf(second.uuid), -1);
    }

    void listeningStopsWithTheLastListener()
    {
        ArchiveChanges* changes = m_mine->changes();
        QVERIFY(!changes->isListening());
        QObject receiver;
        connect(changes, &ArchiveChanges::archiveChanged, &receiver, [] {});
        QVERIFY(changes->isListening());
        disconnect(changes, &ArchiveChanges::archiveChanged, &receiver, nullptr);
        QTRY_VERIFY(!changes->isListening());
        {
            QObject shortLived; // a receiver destroyed while connected: stops too (and never deadlocks)
            connect(changes, &ArchiveChanges::coeChanged, &shortLived, [] {});
            QVERIFY(changes->isListening());
        }
        QTRY_VERIFY(!changes->isListening());
    }

    void presenceShowsTheOtherSession()
    {
        const QUuid coe = exampleCoe().uuid;
        ArchivePresence mine(*m_mine, coe);
        QVERIFY(mine.join());
        QVERIFY(mine.others().isEmpty()); // not myself
        QSignalSpy any(m_mine->changes(), &ArchiveChanges::archiveChanged);
        {
            ArchivePresence theirs(*m_theirs, coe);
            QString error;
            QVERIFY2(theirs.join(&error), qPrintable(error));
            ArchivePresence elsewhere(*m_theirs, richCoe().uuid); // another COE: not shown
            QVERIFY(elsewhere.join());
            QTRY_VERIFY_WITH_TIMEOUT(any.size() >= 1, kWaitMs); // told at once, not at the next heartbeat
            const QList<ArchivePresence::Session> others = mine.others();
            QCOMPARE(others.size(), 1);
            QCOMPARE(others.at(0).name, QStringLiteral("Dana Ortiz"));
            QCOMPARE(others.at(0).host, QStringLiteral("dana-laptop"));
            QCOMPARE(others.at(0).sessionId, theirs.sessionId());
            QVERIFY(theirs.heartbeat());
            QCOMPARE(theirs.others().size(), 1); // they see me
            any.clear();
        } // they close
        QTRY_VERIFY_WITH_TIMEOUT(any.size() >= 1, kWaitMs);
        QVERIFY(mine.others().isEmpty());
    }

    void staleSessionsAreIgnoredAndCleanedUp()
    {
        const QUuid coe = exampleCoe().uuid;
        ArchivePresence mine(*m_mine, coe);
        QVERIFY(mine.join());
        auto theirs = std::make_unique<ArchivePresence>(*m_theirs, coe);
        QVERIFY(theirs->join());
        QCOMPARE(mine.others().size(), 1);
        // A session that stops heartbeating (a crash) is gone once stale.
        ArchivePresence::setStaleAfter(300);
        QTRY_VERIFY_WITH_TIMEOUT(mine.others().isEmpty(), kWaitMs);
        QVERIFY(mine.heartbeat());
        // ... and its row was cleaned up: it does not come back with a longer interval.
        ArchivePresence::setStaleAfter(ArchivePresence::kDefaultStaleMs);
        QCOMPARE(mine.others().size(), 0);
        QVERIFY(theirs->join()); // a heartbeat after all brings it back
        QCOMPARE(mine.others().size(), 1);
    }

    void readOnlyArchiveListensButDoesNotJoin()
    {
        // Presence on a read-only archive: not written, says why; others still read.
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("a read-only server archive needs a reader role (TestArchiveRefusals covers it)");
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*m_mine).save(coe).ok());
        const QString path = m_mine->path();
        QString error;
        auto reader = Archive::open(path, Archive::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        ArchivePresence readerPresence(*reader, coe.uuid);
        QVERIFY(!readerPresence.join(&error));
        QVERIFY(!error.isEmpty());
        ArchivePresence mine(*m_mine, coe.uuid);
        QVERIFY(mine.join());
        QCOMPARE(readerPresence.others().size(), 1);
        QSignalSpy changed(reader->changes(), &ArchiveChanges::coeChanged);
        reader->changes()->setPollInterval(50);
        coe.title = QStringLiteral("Seen by the reader");
        QVERIFY(CoeRepository(*m_mine).save(coe).ok());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kWaitMs);
        QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("Me"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveChanges)
#include "TestArchiveChanges.moc"
