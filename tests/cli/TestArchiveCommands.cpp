// SPDX-License-Identifier: MIT
// `hindsight search` and `hindsight actions`, run as a user would.
#include "CliSupport.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

const QString kExampleUuid = QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11");

using Run = test::CliRun;

} // namespace

class TestArchiveCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    Run hindsight(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args, test::cliEnvironment(m_dir.path()));
    }

    static QStringList lines(const QString& out) { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        const Run r = hindsight({QStringLiteral("import"),
                                 test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        QCOMPARE(r.exitCode, 0);
    }

    void searchPrintsUuidTitleSnippet()
    {
        const Run r = hindsight({QStringLiteral("search"), QStringLiteral("pool")});
        QCOMPARE(r.exitCode, 0);
        const QStringList found = lines(r.out);
        QCOMPARE(found.size(), 1);
        const QStringList cols = found.first().split(QLatin1Char('\t'));
        QCOMPARE(cols.size(), 3);
        QCOMPARE(cols.at(0), kExampleUuid);
        QCOMPARE(cols.at(1), QStringLiteral("Checkout API returned HTTP 503 after a configuration rollout"));
        QVERIFY2(cols.at(2).contains(QStringLiteral("pool"), Qt::CaseInsensitive), qPrintable(cols.at(2)));
        QVERIFY(!cols.at(2).contains(QChar(0x01))); // no match markers in plain text
    }

    void searchSemantics_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("found");
        QTest::newRow("prefix") << QStringList{QStringLiteral("deplo")} << 1;
        QTest::newRow("several words") << QStringList{QStringLiteral("connection"), QStringLiteral("rollback")} << 1;
        QTest::newRow("phrase") << QStringList{QStringLiteral("\"connection-pool size\"")} << 1;
        QTest::newRow("phrase in wrong order") << QStringList{QStringLiteral("\"size pool\"")} << 0;
        QTest::newRow("stray quote") << QStringList{QStringLiteral("\"checkout")} << 1;
        QTest::newRow("FTS syntax is text") << QStringList{QStringLiteral("checkout NOT xylophone")} << 0;
        QTest::newRow("no match") << QStringList{QStringLiteral("xylophone")} << 0;
    }
    void searchSemantics()
    {
        QFETCH(QStringList, args);
        QFETCH(int, found);
        const Run r = hindsight(QStringList{QStringLiteral("search")} + args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("hindsight: ")), qPrintable(r.err)); // no error message
        QCOMPARE(lines(r.out).size(), found);
    }

    void searchLimitAndBestFirst()
    {
        // A copy whose title does not hold the word ranks below the original.
        Run r = hindsight({QStringLiteral("import"), QStringLiteral("--on-conflict"), QStringLiteral("copy"),
                           test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        QCOMPARE(r.exitCode, 0);
        r = hindsight({QStringLiteral("search"), QStringLiteral("checkout")});
        QCOMPARE(lines(r.out).size(), 2);
        r = hindsight({QStringLiteral("search"), QStringLiteral("checkout"), QStringLiteral("--limit"),
                       QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).size(), 1);
    }

    // Issue #10: past CoeCatalog::kRankLimit matches the command lists the
    // newest first, as the archive window does, rather than ranking every
    // match (bm25 of 4,500 matches was half of the command's time).
    void searchPastTheRankLimitListsNewestFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.sqlite"));
        QUuid best, newest;
        {
            QString error;
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            CoeRepository repo(*archive);
            for (int i = 0; i <= CoeCatalog::kRankLimit; ++i) {
                Coe coe;
                coe.uuid = QUuid::createUuid();
                // The first holds the word most often: ranked, it would come first.
                coe.title = i == 0 ? QStringLiteral("Widget widget widget") : QStringLiteral("Outage %1").arg(i);
                coe.summary = QStringLiteral("The widget service failed.");
                QVERIFY(repo.save(coe).ok());
                if (i == 0)
                    best = coe.uuid;
                newest = coe.uuid;
            }
            CoeQuery query;
            query.text = QStringLiteral("widget");
            QCOMPARE(CoeCatalog(*archive).count(query, QDate::currentDate(), &error), CoeCatalog::kRankLimit + 1);
        }
        const Run r = test::runCli({QStringLiteral("--archive"), path, QStringLiteral("search"), QStringLiteral("widget"),
                                    QStringLiteral("--limit"), QStringLiteral("3")},
                                   test::cliEnvironment(m_dir.path()));
        QCOMPARE(r.exitCode, 0);
        const QStringList found = lines(r.out);
        QCOMPARE(found.size(), 3);
        QVERIFY2(found.first().startsWith(newest.toString(QUuid::WithoutBraces)), qPrintable(found.first()));
        QVERIFY(!r.out.contains(best.toString(QUuid::WithoutBraces)));
    }

    // Issue #10: a query starting with '-' is a query, not an unknown option.
    void searchWordStartingWithDash_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("-checkout") << QStringList{QStringLiteral("search"), QStringLiteral("-checkout")};
        QTest::newRow("--checkout") << QStringList{QStringLiteral("search"), QStringLiteral("--checkout")};
        QTest::newRow("after --limit") << QStringList{QStringLiteral("search"), QStringLiteral("--limit"),
                                                      QStringLiteral("1"), QStringLiteral("-checkout")};
        QTest::newRow("before --limit") << QStringList{QStringLiteral("search"), QStringLiteral("-checkout"),
                                                       QStringLiteral("--limit=1")};
        QTest::newRow("after --") << QStringList{QStringLiteral("search"), QStringLiteral("--"),
                                                 QStringLiteral("-checkout")};
    }
    void searchWordStartingWithDash()
    {
        QFETCH(QStringList, args);
        const Run r = hindsight(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("hindsight: ")), qPrintable(r.err)); // no error message
        QVERIFY(!lines(r.out).isEmpty()); // the example (and the copy searchLimitAndBestFirst imports)
        QVERIFY(r.out.startsWith(kExampleUuid));
    }

    // No letter or digit: nothing to search for, not every COE.
    void searchWithoutWordsSaysSo()
    {
        for (const QString& q : {QStringLiteral("-"), QStringLiteral("***"), QStringLiteral("\"\"")}) {
            const Run r = hindsight({QStringLiteral("search"), q});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(QStringLiteral("Nothing to search for")), qPrintable(r.err));
        }
    }

    // A long query is cut with a notice on stderr, never refused.
    void searchLongQueryIsCut()
    {
        QStringList words{QStringLiteral("checkout")};
        for (int i = 0; i < 40; ++i)
            words << QStringLiteral("config");
        const Run r = hindsight(QStringList{QStringLiteral("search")} + words);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("only its first 32 words")), qPrintable(r.err));
        QVERIFY(r.out.startsWith(kExampleUuid));
        const Run hostile = hindsight({QStringLiteral("search"), QStringLiteral("a OR ").repeated(3000)});
        QCOMPARE(hostile.exitCode, 0);
        QVERIFY2(hostile.err.contains(QStringLiteral("only its first 32 words")), qPrintable(hostile.err));
    }

    void searchBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no query") << QStringList{QStringLiteral("search")};
        QTest::newRow("blank query") << QStringList{QStringLiteral("search"), QStringLiteral("  ")};
        QTest::newRow("limit 0") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                QStringLiteral("--limit"), QStringLiteral("0")};
        QTest::newRow("limit text") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                   QStringLiteral("--limit"), QStringLiteral("many")};
        QTest::newRow("actions with an argument") << QStringList{QStringLiteral("actions"), QStringLiteral("x")};
    }
    void searchBadUsage()
    {
        QFETCH(QStringList, args);
        const Run r = hindsight(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void actionsListEveryItem()
    {
        const Run r = hindsight({QStringLiteral("actions")});
        QCOMPARE(r.exitCode, 0);
        const QStringList rows = lines(r.out);
        QVERIFY(rows.size() >= 6);
        QCOMPARE(rows.size() % 6, 0); // every item of every COE (the copy too, if imported)
        // Soonest due first, like the view: the alarm item (due 2024-03-14) leads.
        const QStringList first = rows.first().split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 8);
        QVERIFY2(first.at(0).startsWith(QStringLiteral("Alarm on connection-pool wait time")), qPrintable(first.at(0)));
        QCOMPARE(first.at(2), QStringLiteral("High"));
        QCOMPARE(first.at(3), QStringLiteral("Priya Natarajan"));
        QCOMPARE(first.at(4), QStringLiteral("2024-03-14"));
        QCOMPARE(first.at(5), QStringLiteral("Open"));
        QVERIFY(first.at(6).toInt() > 600); // years overdue by now
        QVERIFY(!QUuid::fromString(first.at(7)).isNull());
    }

    void actionsOverdueLeavesOutDone()
    {
        const Run all = hindsight({QStringLiteral("actions")});
        const Run overdue = hindsight({QStringLiteral("actions"), QStringLiteral("--overdue")});
        QCOMPARE(overdue.exitCode, 0);
        // Five of the six items are open or in progress, all due in 2024.
        QCOMPARE(lines(overdue.out).size() * 6, lines(all.out).size() * 5);
        QVERIFY(!overdue.out.contains(QStringLiteral("Split staging and production profiles")));
    }

    void actionsCsv()
    {
        const Run r = hindsight({QStringLiteral("actions"), QStringLiteral("--csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(
            QStringLiteral("Summary,Description,Priority,Assignee,Due date,Status,COE,COE uuid\r\n")));
        QVERIFY(r.out.contains(QStringLiteral("Runbook: how to roll back a configuration change in under 5 minutes,")));
        QVERIFY(r.out.contains(kExampleUuid + QStringLiteral("\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCommands)
#include "TestArchiveCommands.moc"
