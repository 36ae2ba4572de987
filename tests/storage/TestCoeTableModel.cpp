// SPDX-License-Identifier: MIT
// The lazy item models of the archive browser under QAbstractItemModelTester.
#include "BrowserFixtures.h"
#include "TestSupport.h"

#include "itemmodels/ArchiveActionModel.h"
#include "itemmodels/CoeTableModel.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestCoeTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    static constexpr int kCount = 45;

private slots:
    void initTestCase()
    {
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("m.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        for (int i = 0; i < kCount; ++i) {
            CoeSpec spec;
            spec.title = QStringLiteral("COE %1 %2").arg(i, 2, 10, QLatin1Char('0'))
                             .arg(i % 3 == 0 ? QStringLiteral("deployment") : QStringLiteral("capacity"));
            spec.severity = 1 + i % 5;
            spec.owner = i % 2 ? QStringLiteral("Sam Lee") : QStringLiteral("Dana Ortiz");
            spec.incident = utcAt(2024, 1, 1).addDays(i);
            spec.updated = utcAt(2024, 2, 1).addSecs(i * 60);
            spec.summary = QStringLiteral("The <b>summary</b> of COE %1.").arg(i);
            spec.actions = {action(QStringLiteral("Fix %1").arg(i), ActionStatus::Open, QDate(2024, 3, 1).addDays(i)),
                            action(QStringLiteral("Done %1").arg(i), ActionStatus::Done, QDate(2024, 3, 1))};
            store(*m_archive, spec);
        }
    }

    void loadsOnePageAtATime()
    {
        CoeTableModel model;
        model.setPageSize(10);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setArchive(m_archive.get());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.totalCount(), kCount);
        QCOMPARE(model.rowCount(), 10);
        model.sort(CoeTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 10); // sorting starts again at the first page
        QCOMPARE(reset.size(), 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 10);
        QCOMPARE(inserted.at(0).at(2).toInt(), 19);
        QCOMPARE(model.index(19, 0).data().toString(), QStringLiteral("COE 19 capacity"));
    }

    void lazyLoadingUnderTester()
    {
        CoeTableModel model;
        // The tester itself pulls pages with fetchMore() whenever the model changes.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setToday(QDate(2024, 3, 20));
        model.setArchive(m_archive.get());
        QCOMPARE(model.totalCount(), kCount);
        QVERIFY(model.rowCount() >= 10);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kCount);
        QSet<QUuid> uuids;
        for (int r = 0; r < model.rowCount(); ++r)
            uuids.insert(model.index(r, 0).data(CoeTableModel::UuidRole).toUuid());
        QCOMPARE(uuids.size(), kCount);
        // Newest first by default.
        QCOMPARE(model.index(0, CoeTableModel::TitleColumn).data().toString(), QStringLiteral("COE 44 capacity"));
        QCOMPARE(model.index(0, CoeTableModel::OpenActionsColumn).data().toInt(), 1);
        // COE 44's open item is due 2024-04-14: not overdue on 2024-03-20; COE 0's (03-01) is.
        QVERIFY(model.index(0, CoeTableModel::OverdueActionsColumn).data().isNull());
        QCOMPARE(model.index(kCount - 1, CoeTableModel::OverdueActionsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, CoeTableModel::IncidentColumn).data().toString(),
                 QStringLiteral("2024-02-14 12:00 UTC"));

        // Sorting re-queries in SQL and starts again at the first page.
        model.sort(CoeTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CoeTableModel::TitleColumn).data().toString(), QStringLiteral("COE 00 deployment"));
        model.sort(CoeTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CoeTableModel::SeverityColumn).data().toInt(), 5);

        // Search: the snippet is escaped user text with the matches in bold.
        CoeQuery search;
        search.text = QStringLiteral("summa");
        model.setQuery(search);
        QCOMPARE(model.totalCount(), kCount);
        const QString snippet = model.index(0, 0).data(CoeTableModel::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("&lt;b&gt;<b>summary</b>&lt;/b&gt;")), qPrintable(snippet));
        search.text = QStringLiteral("deploym");
        model.setQuery(search);
        QCOMPARE(model.totalCount(), 15);
        search.owner = QStringLiteral("Sam Lee");
        model.setQuery(search);
        QCOMPARE(model.totalCount(), 7);
        search.text = QStringLiteral("nothing-like-this");
        model.setQuery(search);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.lastError().isEmpty());

        model.setArchive(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // The search semantics, as the window's model sees them.
    void searchThroughTheModel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("titles");
        const QString pool = QStringLiteral("Connection pool exhausted at the café");
        const QString deploy = QStringLiteral("Deployment pipeline stalled");
        const QString both = QStringLiteral("Pool of connections after a deploy");
        QTest::newRow("prefix") << QStringLiteral("deplo") << QStringList{deploy, both};
        QTest::newRow("whole word") << QStringLiteral("deployment") << QStringList{deploy};
        QTest::newRow("phrase") << QStringLiteral("\"connection pool\"") << QStringList{pool};
        QTest::newRow("words in any order") << QStringLiteral("pool connection") << QStringList{pool, both};
        QTest::newRow("diacritics folded") << QStringLiteral("CAFE") << QStringList{pool};
        QTest::newRow("accent typed, none stored") << QStringLiteral("déploy") << QStringList{deploy, both};
        QTest::newRow("stray quotes") << QStringLiteral("\"pool\" \"") << QStringList{pool, both};
        QTest::newRow("syntax is text") << QStringLiteral("pool AND NOT café") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("xylophone") << QStringList{};
    }
    void searchThroughTheModel()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, titles);
        QTemporaryDir dir;
        QString error;
        auto archive = Archive::open(dir.filePath(QStringLiteral("s.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY(archive);
        for (const QString& t : {QStringLiteral("Connection pool exhausted at the café"),
                                 QStringLiteral("Deployment pipeline stalled"),
                                 QStringLiteral("Pool of connections after a deploy")}) {
            CoeSpec spec;
            spec.title = t;
            store(*archive, spec);
        }
        CoeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArchive(archive.get());
        CoeQuery q;
        q.text = text;
        q.sort = CoeQuery::Sort::Title;
        model.setQuery(q);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QStringList found;
        for (int r = 0; r < model.rowCount(); ++r)
            found << model.index(r, 0).data(CoeTableModel::TitleRole).toString();
        QCOMPARE(found, titles);
        QCOMPARE(model.totalCount(), titles.size());
    }

    void actionItemModelUnderTester()
    {
        ArchiveActionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(16);
        model.setToday(QDate(2024, 3, 11));
        model.setArchive(m_archive.get());
        QCOMPARE(model.totalCount(), 2 * kCount);
        QVERIFY(model.rowCount() >= 16);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * kCount);

        ActionItemQuery overdue;
        overdue.overdueOnly = true;
        model.setQuery(overdue);
        // Open items due 2024-03-01 .. 03-10 are overdue on 03-11.
        QCOMPARE(model.totalCount(), 10);
        QCOMPARE(model.index(0, ArchiveActionModel::TitleColumn).data().toString(), QStringLiteral("Fix 0"));
        QCOMPARE(model.index(0, ArchiveActionModel::DaysOverdueColumn).data().toInt(), 10);
        QCOMPARE(model.index(0, ArchiveActionModel::DueColumn).data().toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(model.index(0, 0).data(ArchiveActionModel::PositionRole).toInt(), 0);
        QCOMPARE(model.index(0, ArchiveActionModel::CoeColumn).data().toString(), QStringLiteral("COE 00 deployment"));
        model.sort(ArchiveActionModel::DaysOverdueColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ArchiveActionModel::DaysOverdueColumn).data().toInt(), 1);
        QCOMPARE(model.allRows().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCoeTableModel)
#include "TestCoeTableModel.moc"
