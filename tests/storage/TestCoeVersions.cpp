// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// The versions of a COE (coe_versions, schema 6) on both back ends.
class TestCoeVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    qint64 versionRows()
    {
        QSqlQuery q(m_archive->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM coe_versions")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        m_archive = openFreshArchive(backend, m_dir.path(), &error);
        QVERIFY2(m_archive, qPrintable(error));
        QCOMPARE(m_archive->schemaVersion(), 7);
    }
    void cleanup() { m_archive.reset(); }

    void addsListsAndLoadsVersions()
    {
        // Exact text: U+0000 and DLE survive in the author and the summary.
        const QString author = QStringLiteral("Zoë \u0010 O'Brien ") + QChar(u'\0') + QStringLiteral(" end");
        m_archive->changes()->setSaver({author, QStringLiteral("host")});
        CoeRepository repo(*m_archive);
        CoeVersions versions(*m_archive);
        Coe coe = richCoe();
        QVERIFY(repo.save(coe).ok());
        QString error;
        QCOMPARE(versions.list(coe.uuid, &error).size(), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!versions.latest(coe.uuid));

        const QString summary = QStringLiteral("timeline +2 −0 ~1; ") + QChar(u'\0') + QStringLiteral("\u0010");
        const QDateTime first(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
        QCOMPARE(versions.add(coe, VersionReason::Import, summary, &error, first), std::optional<int>(1));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Coe original = coe;
        coe.title = QStringLiteral("Second title");
        coe.status = Status::Approved;
        QVERIFY(repo.save(coe).ok());
        QCOMPARE(versions.add(coe, VersionReason::Status, QStringLiteral("status approved"), &error),
                 std::optional<int>(2));

        const QList<CoeVersionInfo> list = versions.list(coe.uuid, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].number, 1);
        QCOMPARE(list[0].at, first);
        QCOMPARE(list[0].at.timeSpec(), Qt::UTC);
        QCOMPARE(list[0].author, author);
        QCOMPARE(list[0].summary, summary);
        QCOMPARE(toString(list[0].reason), QStringLiteral("import"));
        QCOMPARE(toString(list[0].status), toString(original.status));
        QCOMPARE(list[0].approved, original.status == Status::Approved);
        QCOMPARE(list[1].number, 2);
        QCOMPARE(toString(list[1].reason), QStringLiteral("status"));
        QCOMPARE(toString(list[1].status), toString(Status::Approved));
        QVERIFY(list[1].approved);
        QCOMPARE(versions.latest(coe.uuid)->number, 2);

        std::optional<Coe> loaded = versions.load(coe.uuid, 1, &error);
        QVERIFY2(loaded, qPrintable(error));
        loaded->revision = original.revision;
        COMPARE_EVERY_FIELD(*loaded, original);
        QCOMPARE(versions.load(coe.uuid, 2)->title, QStringLiteral("Second title"));
    }

    void missingVersionsAndCoesAreErrors()
    {
        CoeVersions versions(*m_archive);
        Coe coe = exampleCoe();
        QString error;
        QVERIFY(!versions.add(coe, VersionReason::Manual, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("no such COE")), qPrintable(error));
        QVERIFY(CoeRepository(*m_archive).save(coe).ok());
        QVERIFY(versions.add(coe, VersionReason::Manual, {}, &error));
        QVERIFY(!versions.load(coe.uuid, 9, &error));
        QVERIFY2(error.contains(QStringLiteral("no version 9")), qPrintable(error));
        QVERIFY(!versions.load(QUuid::createUuid(), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("no version 1")), qPrintable(error));
    }

    void numbersArePerCoe()
    {
        CoeRepository repo(*m_archive);
        CoeVersions versions(*m_archive);
        Coe a = exampleCoe();
        Coe b = richCoe();
        QVERIFY(repo.save(a).ok() && repo.save(b).ok());
        QCOMPARE(versions.add(a, VersionReason::Manual, {}), std::optional<int>(1));
        QCOMPARE(versions.add(b, VersionReason::Manual, {}), std::optional<int>(1));
        QCOMPARE(versions.add(a, VersionReason::Manual, {}), std::optional<int>(2));
        QCOMPARE(versions.list(a.uuid).size(), 2);
        QCOMPARE(versions.list(b.uuid).size(), 1);
    }

    // The Trash keeps a COE's versions; deleting it for good deletes them.
    void deletingForGoodDeletesVersions()
    {
        CoeRepository repo(*m_archive);
        CoeVersions versions(*m_archive);
        Coe a = exampleCoe();
        Coe b = richCoe();
        QVERIFY(repo.save(a).ok() && repo.save(b).ok());
        QVERIFY(versions.add(a, VersionReason::Manual, {}));
        QVERIFY(versions.add(a, VersionReason::Manual, {}));
        QVERIFY(versions.add(b, VersionReason::Manual, {}));
        QCOMPARE(versionRows(), 3);
        QString error;
        QVERIFY2(repo.remove(a.uuid, &error), qPrintable(error));
        QCOMPARE(versionRows(), 1);
        QCOMPARE(versions.list(a.uuid).size(), 0);
        QCOMPARE(versions.list(b.uuid).size(), 1);
    }

    // Older than 90 days: one a day (the day's last), approved versions always kept.
    void pruneThinsOldVersionsAndKeepsApproved()
    {
        CoeRepository repo(*m_archive);
        CoeVersions versions(*m_archive);
        Coe coe = exampleCoe();
        coe.status = Status::Draft;
        QVERIFY(repo.save(coe).ok());
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
        auto add = [&](const QDateTime& at, Status status) {
            Coe v = coe;
            v.status = status;
            return versions.add(v, VersionReason::Periodic, {}, nullptr, at).value_or(0);
        };
        const QDateTime oldDay = now.addDays(-200);
        QCOMPARE(add(oldDay.addSecs(1), Status::Draft), 1);      // pruned
        QCOMPARE(add(oldDay.addSecs(2), Status::Approved), 2);   // approved: kept
        QCOMPARE(add(oldDay.addSecs(3), Status::Draft), 3);      // pruned
        QCOMPARE(add(oldDay.addSecs(4), Status::InReview), 4);   // the day's last: kept
        const QDateTime otherOld = now.addDays(-91);
        QCOMPARE(add(otherOld.addSecs(1), Status::Draft), 5);    // pruned
        QCOMPARE(add(otherOld.addSecs(2), Status::Draft), 6);    // kept
        const QDateTime recent = now.addDays(-89);
        QCOMPARE(add(recent.addSecs(1), Status::Draft), 7);      // recent: all kept
        QCOMPARE(add(recent.addSecs(2), Status::Draft), 8);
        QCOMPARE(add(recent.addSecs(3), Status::Draft), 9);

        QString error;
        QCOMPARE(versions.prune(now, 90, &error), 3);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<int> left;
        for (const CoeVersionInfo& v : versions.list(coe.uuid))
            left << v.number;
        QCOMPARE(left, (QList<int>{2, 4, 6, 7, 8, 9}));
        QCOMPARE(versions.prune(now, 90, &error), 0);
        // A shorter setting thins the recent day too.
        QCOMPARE(versions.prune(now, 30, &error), 2);
    }

    void readOnlyArchiveRecordsNoVersion()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("a read-only file; the PostgreSQL role case is in TestCoeRepository");
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*m_archive).save(coe).ok());
        const QString path = m_archive->path();
        m_archive.reset();
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadOnly, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(!CoeVersions(*archive).add(coe, VersionReason::Manual, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCoeVersions)
#include "TestCoeVersions.moc"
