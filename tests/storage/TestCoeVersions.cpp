// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "SchemaVersion.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "storage/VersionDelta.h"
#include "settings/DayClock.h"
#include "exchange/CoeJson.h"

#include <QRandomGenerator>

#include <QSqlError>
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

    // The n-th edit of a COE: entries changed, added, removed and moved, the
    // summary extended, now and then a title or a status.
    static void edit(Coe& coe, int n)
    {
        if (!coe.timeline.isEmpty())
            coe.timeline[n % coe.timeline.size()].text += QStringLiteral(" (edit %1)").arg(n);
        TimelineEntry e;
        e.at = QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()).addSecs(60 * n);
        e.text = QStringLiteral("Added in edit %1").arg(n);
        coe.timeline.append(e);
        if (n % 5 == 0 && coe.timeline.size() > 3)
            coe.timeline.removeAt(1);
        if (n % 7 == 0 && coe.timeline.size() > 4)
            std::swap(coe.timeline[2], coe.timeline[3]);
        coe.summary += QStringLiteral(" More in edit %1.").arg(n);
        if (n % 11 == 0)
            coe.title = QStringLiteral("Title of edit %1").arg(n);
        coe.status = n % 17 == 0 ? Status::Approved : Status::InReview;
    }

    // What a document exports as once stored and read back (reading orders
    // the timeline, so a swapped pair comes back in time order).
    static QByteArray exported(const Coe& coe)
    {
        const exchange::JsonReadResult r = exchange::CoeJson::readDraft(exchange::CoeJson::write(coe));
        return r.ok() ? exchange::CoeJson::write(r.coe) : QByteArray("unreadable");
    }

    // Every version of the COE in `archive` loads back as `expected` (by number) says, exactly.
    static void verifyAll(Archive& archive, const QUuid& uuid, const QMap<int, QByteArray>& expected)
    {
        CoeVersions versions(archive);
        QString error;
        const QList<CoeVersionInfo> list = versions.list(uuid, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), expected.size());
        for (const CoeVersionInfo& v : list) {
            QVERIFY2(expected.contains(v.number), qPrintable(QString::number(v.number)));
            const std::optional<Coe> loaded = versions.load(uuid, v.number, &error);
            QVERIFY2(loaded, qPrintable(error));
            const QByteArray got = exchange::CoeJson::write(*loaded), want = expected.value(v.number);
            if (got != want) {
                qsizetype i = 0;
                while (i < got.size() && i < want.size() && got[i] == want[i])
                    ++i;
                qWarning("version %d differs at %lld: got [%s] want [%s]", v.number, qlonglong(i),
                         got.mid(qMax(0, int(i) - 60), 160).constData(), want.mid(qMax(0, int(i) - 60), 160).constData());
            }
            QCOMPARE(got, want);
        }
    }

    qint64 deltaRows()
    {
        QSqlQuery q(m_archive->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM coe_versions WHERE base IS NOT NULL")) || !q.next())
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
        QCOMPARE(m_archive->schemaVersion(), test::kSchemaVersion);
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

    // Schema 8: versions are stored as deltas from the next newer one; every
    // version loads back exactly after adds, after pruning (which removes
    // bases of deltas) and after copying to another archive (either back end).
    void everyVersionLoadsBackAfterAddsPruneAndCopy()
    {
        QFETCH_GLOBAL(QString, backend);
        CoeRepository repo(*m_archive);
        CoeVersions versions(*m_archive);
        Coe coe = exampleCoe();
        QVERIFY(repo.save(coe).ok());
        const QDateTime day0(QDate(2026, 1, 1), QTime(1, 0), QTimeZone::utc());
        QMap<int, QByteArray> expected;
        QMap<int, QDateTime> at;
        QMap<int, bool> approved;
        QString error;
        const int count = 150; // more than one run of deltas (64) to a whole document
        for (int n = 1; n <= count; ++n) {
            edit(coe, n);
            at[n] = day0.addSecs(8 * 3600 * (n - 1)); // three a day, over 50 days
            QCOMPARE(versions.add(coe, VersionReason::Periodic, {}, &error, at[n]), std::optional<int>(n));
            expected[n] = exported(coe);
            approved[n] = coe.status == Status::Approved;
        }
        QVERIFY(deltaRows() > count / 2); // stored as deltas, not whole
        verifyAll(*m_archive, coe.uuid, expected);

        // Thinning: older than 90 days before `now` one a day (the day's last), approved ones kept.
        const QDateTime now = day0.addDays(120);
        QMap<int, QByteArray> left;
        QSet<QDate> days;
        for (int n = count; n >= 1; --n) {
            const QDate day = at[n].date();
            if (at[n] >= now.addDays(-90) || approved[n] || !days.contains(day))
                left[n] = expected[n];
            days.insert(day);
        }
        const int pruned = versions.prune(now, 90, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pruned, count - int(left.size()));
        QVERIFY(pruned > 20);
        verifyAll(*m_archive, coe.uuid, left);
        // A version added after pruning, and its delta chain still load.
        edit(coe, count + 1);
        const std::optional<int> last = versions.add(coe, VersionReason::Close, {}, &error, now);
        QVERIFY2(last, qPrintable(error));
        left[*last] = exported(coe);
        verifyAll(*m_archive, coe.uuid, left);

        // copy-archive: to a new archive on each back end, after the versions
        // the copy already has.
        for (const QString& target : archiveBackends()) {
            if (!archiveBackendProblem(target).isEmpty())
                continue;
            QTemporaryDir dir;
            auto other = openFreshArchive(target, dir.path(), &error);
            QVERIFY2(other, qPrintable(error));
            Coe fresh = coe;
            fresh.revision = 0; // new to that archive
            QVERIFY(CoeRepository(*other).save(fresh).ok());
            CoeVersions copies(*other);
            Coe before = exampleCoe();
            before.uuid = coe.uuid;
            QCOMPARE(copies.add(before, VersionReason::Manual, {}, &error), std::optional<int>(1));
            QCOMPARE(copies.add(coe, VersionReason::Manual, {}, &error), std::optional<int>(2));
            QVERIFY2(copies.copyFrom(*m_archive, coe.uuid, coe.uuid, &error), qPrintable(error));
            QMap<int, QByteArray> copied{{1, exported(before)}, {2, exported(coe)}};
            for (auto it = left.cbegin(); it != left.cend(); ++it)
                copied[2 + it.key()] = it.value();
            verifyAll(*other, coe.uuid, copied);
            qInfo("copied %s -> %s", qPrintable(backend), qPrintable(target));
            // ... and the copy keeps working: a new version, then pruning everything old.
            QVERIFY(copies.add(coe, VersionReason::Manual, {}, &error, now));
            copied[copied.lastKey() + 1] = exported(coe);
            QVERIFY(copies.prune(now.addDays(400), 90, &error) > 0);
            const QList<CoeVersionInfo> list = copies.list(coe.uuid, &error);
            QVERIFY(!list.isEmpty());
            for (const CoeVersionInfo& v : list) {
                const std::optional<Coe> loaded = copies.load(coe.uuid, v.number, &error);
                QVERIFY2(loaded, qPrintable(error));
                QCOMPARE(exchange::CoeJson::write(*loaded), copied.value(v.number));
            }
        }
    }

    // An archive of schema 7 holds whole documents; the migration to 8
    // stores them as deltas and every version reads as before.
    void migrationFromWholeDocumentsKeepsEveryVersion()
    {
        QFETCH_GLOBAL(QString, backend);
        CoeRepository repo(*m_archive);
        Coe coe = richCoe();
        QVERIFY(repo.save(coe).ok());
        Coe other = exampleCoe();
        QVERIFY(repo.save(other).ok());
        QMap<int, QByteArray> expected;
        const int count = 140;
        {
            // Schema 7's rows: every version's whole document, compressed.
            QSqlQuery q(m_archive->database());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO coe_versions (coe_id, number, at, author, reason, status, approved, summary, document) "
                "VALUES ((SELECT id FROM coes WHERE uuid = ?), ?, ?, 'old', 'periodic', 'draft', 0, 'old', ?)")));
            for (int n = 1; n <= count; ++n) {
                edit(coe, n);
                expected[n] = exported(coe);
                q.addBindValue(coe.uuid.toString(QUuid::WithoutBraces));
                q.addBindValue(n);
                q.addBindValue(QStringLiteral("2026-01-01T00:00:%1.000Z").arg(n % 60, 2, 10, QLatin1Char('0')));
                q.addBindValue(qCompress(expected[n], 6));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            // One damaged row stays as it is; the versions around it still load.
            q.addBindValue(other.uuid.toString(QUuid::WithoutBraces));
            q.addBindValue(1);
            q.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
            q.addBindValue(qCompress(exchange::CoeJson::write(other), 6));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.addBindValue(other.uuid.toString(QUuid::WithoutBraces));
            q.addBindValue(2);
            q.addBindValue(QStringLiteral("2026-01-01T00:00:01.000Z"));
            q.addBindValue(QByteArray("not compressed"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QSqlQuery back(m_archive->database());
            // Back to schema 7: without the metric series (11), the not-related marks (10), the
            // contributing factors (9) and the chores and deltas (8).
            for (const char* table : {"metric_series", "metric_charts", "coe_dismissed_similar", "factor_categories",
                                      "contributing_factor_whys", "contributing_factors", "coe_learning"})
                QVERIFY2(back.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))),
                         qPrintable(back.lastError().text()));
            QVERIFY2(back.exec(QStringLiteral("ALTER TABLE timeline_entries DROP COLUMN highlight")),
                     qPrintable(back.lastError().text()));
            QVERIFY2(back.exec(QStringLiteral("ALTER TABLE coe_versions DROP COLUMN base")),
                     qPrintable(back.lastError().text()));
            QVERIFY2(back.exec(QStringLiteral("DROP TABLE archive_chores")), qPrintable(back.lastError().text()));
            QVERIFY2(back.exec(backend == QLatin1String("sqlite")
                                   ? QStringLiteral("PRAGMA user_version = 7")
                                   : QStringLiteral("UPDATE schema_version SET version = 7")),
                     qPrintable(back.lastError().text()));
        }
        const QString location = m_archive->location();
        m_archive.reset();
        QString error;
        m_archive = Archive::open(location, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        QCOMPARE(m_archive->schemaVersion(), test::kSchemaVersion);
        QVERIFY(deltaRows() > count / 2);
        verifyAll(*m_archive, coe.uuid, expected);
        CoeVersions versions(*m_archive);
        QVERIFY2(versions.load(other.uuid, 1, &error), qPrintable(error));
        QVERIFY(!versions.load(other.uuid, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("version 2")), qPrintable(error));
        // Adding after the migration goes on from the migrated newest version.
        edit(coe, count + 1);
        QCOMPARE(versions.add(coe, VersionReason::Close, {}, &error), std::optional<int>(count + 1));
        expected[count + 1] = exported(coe);
        verifyAll(*m_archive, coe.uuid, expected);
    }

    // A damaged stored delta is an error naming the COE and the version, not a crash.
    void damagedDeltaIsAnError()
    {
        CoeRepository repo(*m_archive);
        CoeVersions versions(*m_archive);
        Coe coe = richCoe();
        QVERIFY(repo.save(coe).ok());
        QList<QByteArray> texts;
        for (int n = 1; n <= 4; ++n) {
            edit(coe, n);
            QVERIFY(versions.add(coe, VersionReason::Manual, {}));
            texts << exchange::CoeJson::write(coe);
        }
        auto store = [&](int number, const QByteArray& document) {
            QSqlQuery q(m_archive->database());
            QVERIFY(q.prepare(QStringLiteral("UPDATE coe_versions SET document = ? WHERE number = ?")));
            q.addBindValue(document);
            q.addBindValue(number);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        const QString id = coe.uuid.toString(QUuid::WithoutBraces);
        QString error;
        // A real delta, cut short, flipped and garbled at every position.
        const QByteArray delta = versiondelta::encode(texts[2], texts[1]);
        QRandomGenerator random(13);
        QList<QByteArray> broken = {QByteArray("not compressed"), qCompress(QByteArray("HVD1")),
                                    qCompress(QByteArray("garbage")), qCompress(delta.left(delta.size() / 2))};
        for (int i = 4; i < delta.size(); i += qMax(1, int(delta.size() / 60))) {
            QByteArray b = delta;
            b[i] = char(random.bounded(256));
            broken << qCompress(b);
        }
        int refused = 0;
        for (const QByteArray& b : std::as_const(broken)) {
            store(2, b);
            const std::optional<Coe> loaded = versions.load(coe.uuid, 1, &error);
            if (loaded)
                continue; // a changed byte of text can still make a document
            ++refused;
            QVERIFY2(error.contains(id) && error.contains(QStringLiteral("version 1")), qPrintable(error));
        }
        QVERIFY(refused >= 4);
        store(2, qCompress(QByteArray("HVD1")));
        QVERIFY(!versions.load(coe.uuid, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("version 2")) && error.contains(QStringLiteral("damaged")),
                 qPrintable(error));
        // The newer versions do not need it.
        QVERIFY2(versions.load(coe.uuid, 3, &error), qPrintable(error));
        // Pruning leaves what it cannot read as it is, and fails nothing.
        QVERIFY(versions.prune(QDateTime::currentDateTimeUtc().addDays(400), 90, &error) >= 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(versions.load(coe.uuid, 4, &error));
    }

    // The archive window thins at most once a day per archive
    // (pruneOncePerDay; the day recorded in the archive, the clock injected).
    void thinningRunsAtMostOnceADay()
    {
        CoeRepository repo(*m_archive);
        CoeVersions versions(*m_archive);
        Coe coe = exampleCoe();
        QVERIFY(repo.save(coe).ok());
        DayClock clock;
        const QDateTime now(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
        clock.setCurrentTime(now);
        auto addOn = [&](const QDateTime& day, int count) {
            for (int i = 0; i < count; ++i) {
                edit(coe, i);
                coe.status = Status::Draft;
                QVERIFY(versions.add(coe, VersionReason::Periodic, {}, nullptr, day.addSecs(i)));
            }
        };
        addOn(now.addDays(-200), 4);
        QString error;
        QVERIFY(!versions.pruneDue(clock.today(), 0)); // 0: never
        QCOMPARE(versions.pruneOncePerDay(clock.currentTimeUtc(), clock.today(), 0, &error), 0);
        QCOMPARE(versions.list(coe.uuid).size(), 4);
        QVERIFY(versions.pruneDue(clock.today(), 90));
        QCOMPARE(versions.pruneOncePerDay(clock.currentTimeUtc(), clock.today(), 90, &error), 3);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!versions.pruneDue(clock.today(), 90));
        // Later the same day, in another window (another Archive object): nothing.
        addOn(now.addDays(-150), 3);
        clock.setCurrentTime(now.addSecs(12 * 3600));
        {
            auto again = Archive::open(m_archive->location(), Archive::Access::ReadWrite, &error);
            QVERIFY2(again, qPrintable(error));
            CoeVersions other(*again);
            QVERIFY(!other.pruneDue(clock.today(), 90));
            QCOMPARE(other.pruneOncePerDay(clock.currentTimeUtc(), clock.today(), 90, &error), 0);
        }
        QCOMPARE(versions.list(coe.uuid).size(), 4);
        // The next day it thins again.
        clock.setCurrentTime(now.addDays(1));
        QVERIFY(versions.pruneDue(clock.today(), 90));
        QCOMPARE(versions.pruneOncePerDay(clock.currentTimeUtc(), clock.today(), 90, &error), 2);
        QCOMPARE(versions.list(coe.uuid).size(), 2);
        QCOMPARE(versions.pruneOncePerDay(clock.currentTimeUtc(), clock.today(), 90, &error), 0);
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
