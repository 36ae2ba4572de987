// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/ArchiveSearch.h"
#include "storage/CoeRepository.h"
#include "storage/CoeTables.h"
#include "storage/SqlUtil.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestCoeRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Archive> m_archive;

private slots:
    // Every test runs on each back end (TestSupport.h: archiveBackends()).
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        m_path = freshArchiveLocation(
            backend, m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        m_archive = Archive::open(m_path, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        QVERIFY(archiveIsWhereItShouldBe(m_path));
    }
    void cleanup() { m_archive.reset(); }

    void roundTripsEveryField_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("example") << 0;
        QTest::newRow("rich unicode, unset values, images") << 1;
        QTest::newRow("empty new COE") << 2;
    }
    void roundTripsEveryField()
    {
        QFETCH(int, which);
        Coe coe = which == 0 ? exampleCoe() : which == 1 ? richCoe() : makeNewCoe();
        CoeRepository repo(*m_archive);
        const SaveResult r = repo.save(coe);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(coe.revision, 1);
        QString error;
        const std::optional<Coe> loaded = repo.load(coe.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->revision, 1);
        COMPARE_EVERY_FIELD(*loaded, coe);

        // And from a second, independent connection on the same file.
        auto other = Archive::open(m_path, Archive::Access::ReadOnly, &error);
        QVERIFY2(other, qPrintable(error));
        const std::optional<Coe> again = CoeRepository(*other).load(coe.uuid, &error);
        QVERIFY2(again, qPrintable(error));
        COMPARE_EVERY_FIELD(*again, coe);
    }

    void richValuesSurviveExactly()
    {
        Coe coe = richCoe();
        CoeRepository repo(*m_archive);
        QVERIFY(repo.save(coe).ok());
        const Coe loaded = *repo.load(coe.uuid);
        QVERIFY(!loaded.severity.has_value());
        QVERIFY(!loaded.impact.customersAffected.has_value());
        QCOMPARE(loaded.impact.slaBreached, std::optional<bool>(false));
        QCOMPARE(loaded.impact.financialImpact->amount, 1234.56);
        QCOMPARE(loaded.impact.financialImpact->currency, QStringLiteral("EUR"));
        QVERIFY(loaded.impact.pillars ==
                (QList<Pillar>{Pillar::Operations, Pillar::SecurityIntegrity, Pillar::CostOptimization}));
        QCOMPARE(loaded.timeline[1].text, QStringLiteral("tie, kept in input order"));
        QVERIFY(loaded.timeline[1].approximate);
        QCOMPARE(loaded.timeline[2].at.toMSecsSinceEpoch() - loaded.timeline[0].at.toMSecsSinceEpoch(), 1);
        QCOMPARE(toString(loaded.timeline[0].milestone), toString(Milestone::Trigger));
        QCOMPARE(toString(loaded.timeline[6].milestone), toString(Milestone::Resolved));
        QCOMPARE(loaded.metrics[0].images[0].data, binaryImage(5000));
        QCOMPARE(loaded.metrics[0].images[0].data.size(), 5000);
        QCOMPARE(loaded.metrics[0].images[0].data.at(20), '\0');
        QCOMPARE(loaded.metrics[0].images[2].data.size(), 0);
        QCOMPARE(loaded.title, QStringLiteral("Café crème — Ελληνικά 🚀 العربية עברית"));
        QCOMPARE(loaded.displayTimeZone, QTimeZone("Asia/Kolkata"));
        QCOMPARE(loaded.actionItems[1].due, QDate());
        QCOMPARE(toString(loaded.actionItems[1].priority), toString(Priority::None));
        QCOMPARE(toString(loaded.actionItems[1].kind), toString(ActionKind::None));
        QCOMPARE(loaded.whys[2].parentId, QStringLiteral("missing-parent"));
        QCOMPARE(toString(loaded.related[0].kind), toString(RelatedKind::Coe));

        Coe example = exampleCoe();
        QVERIFY(repo.save(example).ok());
        const Coe ex = *repo.load(example.uuid);
        QCOMPARE(ex.severity, std::optional<int>(2));
        QCOMPARE(ex.impact.customersAffected, std::optional<qint64>(41200));
        QCOMPARE(ex.displayTimeZone.id(), QByteArray("America/Bogota"));
        QCOMPARE(ex.displayTimeZone, QTimeZone("America/Bogota"));
    }

    void saveTwiceBumpsRevision()
    {
        CoeRepository repo(*m_archive);
        Coe coe = exampleCoe();
        QVERIFY(repo.save(coe).ok());
        QCOMPARE(coe.revision, 1);
        coe.title = QStringLiteral("Changed title");
        coe.timeline.removeLast();
        coe.metrics[0].images.clear();
        QVERIFY(repo.save(coe).ok());
        QCOMPARE(coe.revision, 2);
        QCOMPARE(repo.revision(coe.uuid), 2);
        const Coe loaded = *repo.load(coe.uuid);
        COMPARE_EVERY_FIELD(loaded, coe);
        QCOMPARE(loaded.timeline.size(), exampleCoe().timeline.size() - 1);
        QVERIFY(loaded.metrics[0].images.isEmpty());
    }

    void conflictBetweenTwoArchivesOnOneFile()
    {
        QString error;
        auto second = Archive::open(m_path, Archive::Access::ReadWrite, &error);
        QVERIFY2(second, qPrintable(error));
        CoeRepository first(*m_archive);
        CoeRepository other(*second);

        Coe original = exampleCoe();
        QVERIFY(first.save(original).ok());
        Coe windowA = *first.load(original.uuid);
        Coe windowB = *other.load(original.uuid);
        QCOMPARE(windowA.revision, 1);
        QCOMPARE(windowB.revision, 1);

        windowA.title = QStringLiteral("A's title");
        QVERIFY(first.save(windowA).ok());
        QCOMPARE(windowA.revision, 2);

        windowB.title = QStringLiteral("B's title");
        const SaveResult r = other.save(windowB);
        QVERIFY(r.status == SaveResult::Status::Conflict);
        QVERIFY2(r.error.contains(QStringLiteral("changed by another window or process since it was loaded")),
                 qPrintable(r.error));
        QCOMPARE(windowB.revision, 1); // unchanged on conflict

        const Coe stored = *first.load(original.uuid);
        QCOMPARE(stored.title, QStringLiteral("A's title"));
        QCOMPARE(stored.revision, 2);
        QCOMPARE(search(*m_archive, QStringLiteral("B's"), 10).size(), 0);

        // A new COE with a uuid already stored is a conflict too.
        Coe duplicate = exampleCoe();
        QVERIFY(other.save(duplicate).status == SaveResult::Status::Conflict);
        QCOMPARE(first.load(original.uuid)->title, QStringLiteral("A's title"));

        // Deleted by the other window.
        QVERIFY(first.remove(original.uuid, &error));
        const SaveResult gone = other.save(windowA);
        QVERIFY(gone.status == SaveResult::Status::Conflict);
        QVERIFY2(gone.error.contains(QStringLiteral("deleted")), qPrintable(gone.error));
        QVERIFY(!first.exists(original.uuid));
    }

    void overwriteModeReplaces()
    {
        QString error;
        auto second = Archive::open(m_path, Archive::Access::ReadWrite, &error);
        QVERIFY(second);
        CoeRepository first(*m_archive);
        CoeRepository other(*second);
        Coe a = exampleCoe();
        QVERIFY(first.save(a).ok());
        QVERIFY(first.save(a).ok()); // revision 2
        Coe stale = exampleCoe();    // revision 0: would be a conflict
        stale.title = QStringLiteral("Imported again");
        stale.tags = {QStringLiteral("new")};
        const SaveResult r = other.save(stale, CoeRepository::SaveMode::Overwrite);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(stale.revision, 3);
        const Coe loaded = *first.load(a.uuid);
        COMPARE_EVERY_FIELD(loaded, stale);
        QCOMPARE(first.list().size(), 1);

        Coe fresh = richCoe();
        QVERIFY(other.save(fresh, CoeRepository::SaveMode::Overwrite).ok());
        QCOMPARE(fresh.revision, 1);
    }

    void insertOrCopyModeNeverConflicts()
    {
        CoeRepository repo(*m_archive);
        Coe first = exampleCoe();
        const QUuid uuid = first.uuid;
        QVERIFY(repo.save(first, CoeRepository::SaveMode::InsertOrCopy).ok());
        QCOMPARE(first.uuid, uuid); // free: stored under its own uuid
        QCOMPARE(first.revision, 1);

        Coe second = exampleCoe(); // the same uuid again, even with a stale revision
        second.revision = 7;
        second.title = QStringLiteral("The copy");
        const SaveResult r = repo.save(second, CoeRepository::SaveMode::InsertOrCopy);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!second.uuid.isNull());
        QVERIFY(second.uuid != uuid); // taken: a new uuid, the stored COE untouched
        QCOMPARE(second.revision, 1);
        QCOMPARE(repo.load(uuid)->title, exampleCoe().title);
        QCOMPARE(repo.load(second.uuid)->title, QStringLiteral("The copy"));
        QCOMPARE(repo.list().size(), 2);
    }

    void removeDeletesEverything()
    {
        CoeRepository repo(*m_archive);
        Coe a = exampleCoe();
        Coe b = richCoe();
        QVERIFY(repo.save(a).ok());
        QVERIFY(repo.save(b).ok());
        QString error;
        QVERIFY2(repo.remove(a.uuid, &error), qPrintable(error));
        QVERIFY(!repo.exists(a.uuid));
        QCOMPARE(repo.revision(a.uuid), 0);
        QVERIFY(!repo.load(a.uuid, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(repo.exists(b.uuid));
        QVERIFY(!repo.remove(a.uuid, &error)); // not there any more
        QVERIFY(!error.isEmpty());
        QVERIFY(m_archive->checkIntegrity());
        // Saving it again is a fresh insert.
        Coe again = exampleCoe();
        QVERIFY(repo.save(again).ok());
        QCOMPARE(again.revision, 1);
        COMPARE_EVERY_FIELD(*repo.load(a.uuid), again);
    }

    void listNewestFirst()
    {
        CoeRepository repo(*m_archive);
        QCOMPARE(repo.list().size(), 0);
        QList<QUuid> ids;
        const QDateTime base = utc(QStringLiteral("2024-05-01T12:00:00.000Z"));
        const int order[] = {2, 0, 3, 1};
        for (int i : order) {
            Coe c = makeNewCoe(QStringLiteral("COE %1").arg(i));
            c.updatedAt = base.addSecs(i * 60).addMSecs(i);
            c.severity = i % 2 ? std::optional<int>(i) : std::nullopt;
            c.status = Status::Closed;
            c.owner = QStringLiteral("Owner %1").arg(i);
            QVERIFY(repo.save(c).ok());
        }
        QString error;
        const QList<CoeHeader> headers = repo.list(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(headers.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(headers[i].title, QStringLiteral("COE %1").arg(3 - i));
            QCOMPARE(headers[i].updatedAt, base.addSecs((3 - i) * 60).addMSecs(3 - i));
            QCOMPARE(headers[i].owner, QStringLiteral("Owner %1").arg(3 - i));
            QCOMPARE(toString(headers[i].status), toString(Status::Closed));
            QCOMPARE(headers[i].revision, 1);
        }
        QCOMPARE(headers[0].severity, std::optional<int>(3));
        QVERIFY(!headers[1].severity.has_value());
    }

    void fullTextFollowsUpdateAndDelete()
    {
        CoeRepository repo(*m_archive);
        Coe coe = exampleCoe();
        QVERIFY(repo.save(coe).ok());
        QCOMPARE(search(*m_archive, QStringLiteral("abandoned"), 10).size(), 1);
        QCOMPARE(search(*m_archive, QStringLiteral("zanzibar"), 10).size(), 0);

        coe.impact.description = QStringLiteral("A trip to Zanzibar.");
        QVERIFY(repo.save(coe).ok());
        QCOMPARE(search(*m_archive, QStringLiteral("abandoned"), 10).size(), 0);
        const QList<SearchHit> hits = search(*m_archive, QStringLiteral("zanzibar"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].uuid, coe.uuid);

        QVERIFY(repo.remove(coe.uuid));
        QCOMPARE(search(*m_archive, QStringLiteral("zanzibar"), 10).size(), 0);
        QCOMPARE(search(*m_archive, QStringLiteral("checkout"), 10).size(), 0);
    }

    // A child table is written with one INSERT of up to kRowsPerInsert rows
    // (metric images kImagesPerInsert): lists of none, of exactly one
    // statement's worth, and of more than one come back whole and in order,
    // U+0000 and DLE included (PostgreSQL's escape), on a first save and on
    // a save that rewrites them shorter and longer.
    void manyRowsInOneStatementRoundTrip()
    {
        using coetables::kImagesPerInsert;
        using coetables::kRowsPerInsert;
        const QString odd = QStringLiteral("nul ") + QChar(0) + QStringLiteral(" dle ") + QChar(0x10)
                            + QStringLiteral("0 dle-dle ") + QChar(0x10) + QChar(0x10) + QStringLiteral(" end ")
                            + QChar(0);
        auto text = [&](const QString& what, int i) { return QStringLiteral("%1 %2 ").arg(what).arg(i) + odd; };
        auto build = [&](int n) {
            Coe c = richCoe();
            c.uuid = QUuid::fromString(QStringLiteral("a1b2c3d4-0000-4000-8000-0000000c0ffe"));
            c.title = text(QStringLiteral("title"), n);
            c.reviewers.clear();
            c.tags.clear();
            c.services.clear();
            c.timeline.clear();
            c.questions.clear();
            c.whys.clear();
            c.actionItems.clear();
            c.related.clear();
            c.metrics.clear();
            for (int i = 0; i < n; ++i) {
                c.reviewers << text(QStringLiteral("reviewer"), i);
                c.tags << text(QStringLiteral("tag"), i);
                c.timeline << TimelineEntry{utc(QStringLiteral("2025-01-01T10:00:00.000Z")).addSecs(i),
                                            text(QStringLiteral("entry"), i), i % 2 ? Milestone::None : Milestone::Detected,
                                            i % 3 == 0, text(QStringLiteral("source"), i), QString()};
                c.questions << Question{QuestionArea::Prevention, text(QStringLiteral("q"), i), QString()};
                c.whys << WhyStep{QStringLiteral("w%1").arg(i), i ? QStringLiteral("w%1").arg(i - 1) : QString(),
                                  text(QStringLiteral("why"), i), odd, i % 2 == 0, false};
                ActionItem a;
                a.id = QStringLiteral("a%1").arg(i);
                a.title = text(QStringLiteral("action"), i);
                a.whys = {QStringLiteral("w%1").arg(i), odd, QStringLiteral("w0")};
                a.due = i % 2 ? QDate(2025, 3, 1).addDays(i) : QDate();
                c.actionItems << a;
                c.related << RelatedItem{RelatedKind::Link, text(QStringLiteral("link"), i), QString(),
                                         QStringLiteral("https://example.com/%1").arg(i)};
            }
            c.services = c.tags.mid(0, qMin<qsizetype>(n, kRowsPerInsert)); // exactly one statement's worth at most
            for (int m = 0; m < (n ? 3 : 0); ++m) {
                Metric metric;
                metric.name = text(QStringLiteral("metric"), m);
                for (int j = 0; j < (m == 1 ? 0 : kImagesPerInsert + 3 + m); ++j)
                    metric.images << MetricImage{text(QStringLiteral("image"), j), QStringLiteral("image/png"),
                                                 binaryImage(64 + j), text(QStringLiteral("caption"), j)};
                metric.role = MetricRole::Impact;
                c.metrics << metric;
            }
            return c;
        };
        QString error;
        CoeRepository repo(*m_archive);
        auto other = Archive::open(m_path, Archive::Access::ReadOnly, &error);
        QVERIFY2(other, qPrintable(error));
        Coe coe = build(2 * kRowsPerInsert + 7);
        QVERIFY(coe.tags.size() > 2 * kRowsPerInsert);
        QCOMPARE(coe.services.size(), kRowsPerInsert);
        qint64 revision = 0;
        for (const int n : {2 * kRowsPerInsert + 7, 0, 5, kRowsPerInsert, 3 * kRowsPerInsert + 1}) {
            Coe next = build(n);
            next.revision = revision;
            const SaveResult r = repo.save(next);
            QVERIFY2(r.ok(), qPrintable(r.error));
            revision = next.revision;
            const std::optional<Coe> loaded = repo.load(next.uuid, &error);
            QVERIFY2(loaded, qPrintable(error));
            COMPARE_EVERY_FIELD(*loaded, next);
            const std::optional<Coe> again = CoeRepository(*other).load(next.uuid, &error);
            QVERIFY2(again, qPrintable(error));
            COMPARE_EVERY_FIELD(*again, next);
            QCOMPARE(again->tags.size(), qsizetype(n));
        }
    }

    // A server gets each list as an array literal (PostgresBackend::
    // insertTables): the characters that literal quotes or escapes, and
    // elements that look like its syntax, come back as they were.
    void arrayLiteralCharactersRoundTrip()
    {
        const QStringList odd = {
            QStringLiteral("quote \" inside"), QStringLiteral("back\\slash \\\" both"), QStringLiteral("{braces}"),
            QStringLiteral("a,b"),               QStringLiteral("NULL"),                    QStringLiteral("null"),
            QString(),                           QStringLiteral(" "),                        QStringLiteral(" padded "),
            QStringLiteral("it's"),              QStringLiteral("\"\""),                    QStringLiteral("\\"),
            QStringLiteral("{\"x\",NULL}"),      QStringLiteral("tab\tnew\nline"),          QStringLiteral("日本 🚀"),
        };
        Coe coe = richCoe();
        coe.reviewers = odd;
        coe.tags = odd;
        coe.services = odd;
        coe.timeline.clear();
        coe.questions.clear();
        coe.whys.clear();
        coe.actionItems.clear();
        coe.related.clear();
        for (int i = 0; i < odd.size(); ++i) {
            coe.timeline << TimelineEntry{utc(QStringLiteral("2025-01-01T10:00:00.000Z")).addSecs(i), odd.at(i),
                                          Milestone::None, false, odd.at(i), odd.at(i)};
            coe.questions << Question{QuestionArea::Detection, odd.at(i), odd.at(i)};
            coe.whys << WhyStep{odd.at(i), odd.at(i), odd.at(i), odd.at(i), false, true};
            ActionItem a;
            a.id = odd.at(i);
            a.title = odd.at(i);
            a.owner = odd.at(i);
            a.whys = odd;
            coe.actionItems << a;
            coe.related << RelatedItem{RelatedKind::Link, odd.at(i), odd.at(i), odd.at(i)};
        }
        CoeRepository repo(*m_archive);
        for (int round = 0; round < 2; ++round) { // an insert, then an update
            const SaveResult r = repo.save(coe);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QString error;
            const std::optional<Coe> loaded = repo.load(coe.uuid, &error);
            QVERIFY2(loaded, qPrintable(error));
            COMPARE_EVERY_FIELD(*loaded, coe);
            QCOMPARE(loaded->reviewers, odd);
            QCOMPARE(loaded->actionItems.last().whys, odd);
        }
    }

    // The statements of a save and a load are prepared once per connection
    // and kept (sql::Statement): a server is not asked to PREPARE and
    // DEALLOCATE each one at every save.
    void statementsArePreparedOncePerConnection()
    {
        CoeRepository repo(*m_archive);
        Coe coe = richCoe();
        QVERIFY(repo.save(coe).ok()); // an insert
        QVERIFY(repo.save(coe).ok()); // an update
        QVERIFY(repo.load(coe.uuid));
        const quint64 before = sql::statementsPrepared();
        for (int i = 0; i < 3; ++i) {
            coe.title = QStringLiteral("again %1").arg(i);
            const SaveResult r = repo.save(coe);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QString error;
            const std::optional<Coe> loaded = repo.load(coe.uuid, &error);
            QVERIFY2(loaded, qPrintable(error));
            COMPARE_EVERY_FIELD(*loaded, coe);
        }
        QCOMPARE(sql::statementsPrepared(), before);
    }

    // The kept statements belong to one server session: after the
    // connection is lost and made again, a save prepares them anew and
    // stores every field.
    void keptStatementsAfterTheConnectionIsMadeAgain()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgresql"))
            QSKIP("a server connection");
        CoeRepository repo(*m_archive);
        Coe coe = richCoe();
        QVERIFY(repo.save(coe).ok());
        QString error;
        QVariant pid;
        QVERIFY2(sql::scalar(m_archive->database(), QStringLiteral("SELECT pg_backend_pid()"), &pid, &error),
                 qPrintable(error));
        {
            auto killer = Archive::open(m_path, Archive::Access::ReadWrite, &error);
            QVERIFY2(killer, qPrintable(error));
            QSqlQuery kill(killer->database());
            QVERIFY2(sql::prepare(kill, QStringLiteral("SELECT pg_terminate_backend(?)"), &error)
                         && sql::exec(kill, {pid}, &error),
                     qPrintable(error));
        }
        const quint64 before = sql::statementsPrepared();
        coe.title = QStringLiteral("after the reconnect");
        // The first save may find the connection gone (then it fails, and
        // the next one connects again); no save may fail otherwise.
        SaveResult r = repo.save(coe);
        if (!r.ok())
            r = repo.save(coe);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(sql::statementsPrepared() > before);
        QVariant now;
        QVERIFY(sql::scalar(m_archive->database(), QStringLiteral("SELECT pg_backend_pid()"), &now, &error));
        QVERIFY(now != pid);
        const std::optional<Coe> loaded = repo.load(coe.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_EVERY_FIELD(*loaded, coe);
    }

    // loadMany reads several COEs (each table once for them all) exactly as
    // load reads each: in the order asked, a uuid not in the archive empty, a
    // uuid asked twice given twice, more than one chunk of a hundred.
    void loadManyReadsEachAsLoadDoes()
    {
        CoeRepository repo(*m_archive);
        QList<Coe> saved{exampleCoe(), richCoe(), makeNewCoe()};
        for (Coe& c : saved)
            QVERIFY(repo.save(c).ok());
        for (int i = 0; i < 120; ++i) { // more than one chunk
            Coe c = makeNewCoe();
            c.title = QStringLiteral("small %1").arg(i);
            c.tags = {QStringLiteral("t%1").arg(i)};
            QVERIFY(repo.save(c).ok());
            saved << c;
        }
        const QUuid missing = QUuid::createUuid();
        QList<QUuid> asked{saved.at(1).uuid, missing, saved.at(0).uuid, saved.at(2).uuid, saved.at(1).uuid};
        for (qsizetype i = 3; i < saved.size(); ++i)
            asked << saved.at(i).uuid;
        QList<std::optional<Coe>> read;
        QString error;
        QVERIFY2(repo.loadMany(asked, &read, &error), qPrintable(error));
        QCOMPARE(read.size(), asked.size());
        QVERIFY(!read.at(1));
        for (qsizetype i = 0; i < asked.size(); ++i) {
            if (i == 1)
                continue;
            QVERIFY2(read.at(i), qPrintable(QString::number(i)));
            const std::optional<Coe> one = repo.load(asked.at(i), &error);
            QVERIFY2(one, qPrintable(error));
            COMPARE_EVERY_FIELD(*read.at(i), *one);
        }
        COMPARE_EVERY_FIELD(*read.at(0), saved.at(1));
        QVERIFY(repo.loadMany({}, &read, &error));
        QVERIFY(read.isEmpty());
    }

    void failedSaveLeavesNothing()
    {
        CoeRepository repo(*m_archive);
        Coe coe = exampleCoe();
        coe.severity = 9; // violates the CHECK constraint: the whole save rolls back
        const SaveResult r = repo.save(coe);
        QVERIFY(r.status == SaveResult::Status::Error);
        QVERIFY(r.error.contains(m_archive->path()));
        QCOMPARE(coe.revision, 0);
        QVERIFY(!repo.exists(coe.uuid));
        QCOMPARE(search(*m_archive, QStringLiteral("checkout"), 10).size(), 0);

        Coe stored = exampleCoe();
        QVERIFY(repo.save(stored).ok());
        stored.severity = 0;
        stored.title = QStringLiteral("must not stick");
        QVERIFY(repo.save(stored).status == SaveResult::Status::Error);
        QCOMPARE(stored.revision, 1);
        COMPARE_EVERY_FIELD(*repo.load(stored.uuid), exampleCoe());
        QCOMPARE(search(*m_archive, QStringLiteral("stick"), 10).size(), 0);
    }

    void readOnlyArchiveRefusesSaves()
    {
        CoeRepository writer(*m_archive);
        Coe coe = exampleCoe();
        QVERIFY(writer.save(coe).ok());
        QString error;
        auto reader = Archive::open(m_path, Archive::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(reader->isReadOnly());
        QVERIFY(!reader->openedReadOnlyFallback());
        CoeRepository repo(*reader);
        QVERIFY(repo.load(coe.uuid));
        const SaveResult r = repo.save(coe);
        QVERIFY(r.status == SaveResult::Status::Error);
        QVERIFY2(r.error.contains(QStringLiteral("read-only")), qPrintable(r.error));
        QVERIFY(!repo.remove(coe.uuid, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
        QCOMPARE(writer.revision(coe.uuid), 1);
    }

    // PostgreSQL: a role that may only read opens the archive read-only, with
    // the read-only banner's message, and cannot write.
    void readerRoleOpensReadOnly()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgresql"))
            QSKIP("a PostgreSQL role: the file's case is readOnlyArchiveRefusesSaves");
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*m_archive).save(coe).ok());
        QString error;
        const QString reader = readerLocation(m_path, &error);
        QVERIFY2(!reader.isEmpty(), qPrintable(error));
        auto archive = Archive::open(reader, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(archive->isReadOnly());
        QVERIFY(archive->openedReadOnlyFallback());
        QVERIFY2(archive->readOnlyMessage().contains(QStringLiteral("read-only")), qPrintable(archive->readOnlyMessage()));
        CoeRepository repo(*archive);
        QVERIFY(repo.load(coe.uuid));
        QCOMPARE(search(*archive, QStringLiteral("checkout"), 10).size(), 1);
        Coe changed = coe;
        changed.title = QStringLiteral("Not allowed");
        const SaveResult r = repo.save(changed);
        QVERIFY(r.status == SaveResult::Status::Error);
        QVERIFY2(r.error.contains(QStringLiteral("read-only")), qPrintable(r.error));
        QCOMPARE(CoeRepository(*m_archive).load(coe.uuid)->title, exampleCoe().title);
    }

    // postgres:// is the same as postgresql://; a password in the URI is used
    // but never shown (path() is what messages and the recent list show).
    void uriFormsAndPasswords()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgresql"))
            QSKIP("connection URIs");
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*m_archive).save(coe).ok());
        QString error;
        // A role that logs in with this password only (over TCP the test
        // server asks for one: tests/with-postgres.sh), given in the URI.
        const QString writer = writerLocation(m_path, QStringLiteral("s3cret-word"), &error);
        QVERIFY2(!writer.isEmpty(), qPrintable(error));
        QUrl url(writer);
        url.setScheme(QStringLiteral("postgres"));
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("s3cret-word"));
        query.addQueryItem(QStringLiteral("application_name"), QStringLiteral("hindsight test"));
        url.setQuery(query);
        auto archive = Archive::open(url.toString(QUrl::FullyEncoded), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY2(!archive->path().contains(QStringLiteral("s3cret")), qPrintable(archive->path()));
        QVERIFY(archive->location().contains(QStringLiteral("s3cret")));
        QVERIFY(!archive->isReadOnly());
        QCOMPARE(CoeRepository(*archive).load(coe.uuid)->title, coe.title);
        // Not a URI Hindsight can read: a message, no archive, nothing created.
        auto bad = Archive::open(QStringLiteral("postgresql://ann:s3cret-word@[::1/db?password=s3cret-word"),
                                 Archive::Access::ReadWrite, &error);
        QVERIFY(!bad);
        QVERIFY2(error.contains(QStringLiteral("not a valid PostgreSQL connection URI")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:")));
    }

    // A schema newer than this build is refused, with the same words as a newer file.
    void newerSchemaIsRefused()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgresql"))
            QSKIP("the server's schema_version row: a file's is TestArchiveRefusals");
        // The same ordered migrations made the server's schema: at this build's version.
        QCOMPARE(m_archive->schemaVersion(), Archive::currentSchemaVersion());
        QCOMPARE(m_archive->settings().userVersion, Archive::currentSchemaVersion());
        const QString shown = m_archive->path(); // the URI as messages show it
        QVERIFY(!shown.contains(QStringLiteral("password")));
        m_archive.reset();
        QString error;
        QVERIFY2(execInArchive(m_path, QStringLiteral("UPDATE schema_version SET version = 99"), &error),
                 qPrintable(error));
        auto refused = Archive::open(m_path, Archive::Access::ReadWrite, &error);
        QVERIFY(!refused);
        QCOMPARE(error, QStringLiteral("%1 was made by a newer version of Hindsight (schema 99; this version reads up "
                                       "to %2). Open it with a newer Hindsight.")
                            .arg(shown)
                            .arg(Archive::currentSchemaVersion()));
    }
};

QTEST_GUILESS_MAIN(TestCoeRepository)
#include "TestCoeRepository.moc"
