// SPDX-License-Identifier: MIT
// The lazy item models of the archive browser under QAbstractItemModelTester.
#include "BrowserFixtures.h"
#include "ExampleCoe.h"
#include "TestSupport.h"

#include "analysis/ReviewCheck.h"
#include "storage/CoeRepository.h"

#include "itemmodels/ArchiveActionModel.h"
#include "document/TimeParser.h"
#include "itemmodels/CoeTableModel.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <map>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestCoeTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // One archive per back end, made by the first test that runs on it.
    std::map<QString, std::unique_ptr<Archive>> m_archives;
    QString m_backend;
    static constexpr int kCount = 45;

    // The test's archive, as a pointer (the tests were written for a unique_ptr).
    struct Current
    {
        TestCoeTableModel* test;
        Archive* get() const { return test->m_archives[test->m_backend].get(); }
        Archive& operator*() const { return *get(); }
        Archive* operator->() const { return get(); }
    } m_archive{this};

    // A location for another archive of the test's back end.
    QString location(const QTemporaryDir& dir, const QString& name)
    {
        QString error;
        const QString where = freshArchiveLocation(m_backend, dir.filePath(name), &error);
        if (where.isEmpty())
            qWarning("no archive location: %s", qPrintable(error));
        return where;
    }

    void setUp()
    {
        QString error;
        auto& archive = m_archives[m_backend];
        const QString where = location(m_dir, QStringLiteral("m.sqlite"));
        archive = Archive::open(where, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(archiveIsWhereItShouldBe(where));
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

private slots:
    // Every test runs on each back end (TestSupport.h: archiveBackends()).
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        m_backend = backend;
        if (!m_archives[backend]) {
            setUp();
            QVERIFY(!QTest::currentTestFailed());
        }
    }

    // A title or service name holding markup shows as typed in its tooltip
    // (Qt takes a tooltip that looks like HTML for rich text and loads its images).
    void toolTipsShowMarkupAsText()
    {
        QTemporaryDir dir;
        QString error;
        const auto archive = Archive::open(location(dir, QStringLiteral("t.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        const QString markup = QStringLiteral("<img src=\"/tmp/hindsight-secret.png\"> <b>bold</b> &amp;");
        CoeSpec spec;
        spec.title = QStringLiteral("Title ") + markup;
        spec.services = {QStringLiteral("svc<b>x</b>")};
        spec.actions = {action(QStringLiteral("Action ") + markup, ActionStatus::Open, QDate(2024, 3, 1))};
        store(*archive, spec);

        CoeTableModel coes;
        coes.setArchive(archive.get());
        QCOMPARE(coes.rowCount(), 1);
        const QModelIndex title = coes.index(0, CoeTableModel::TitleColumn);
        QCOMPARE(shownToolTip(title.data(Qt::ToolTipRole).toString()), spec.title);
        QCOMPARE(title.data().toString(), spec.title); // the cell itself is unchanged
        const QString services = coes.index(0, CoeTableModel::ServicesColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(shownToolTip(services).contains(QLatin1String("svc<b>x</b>")), qPrintable(services));

        ArchiveActionModel actions;
        actions.setArchive(archive.get());
        QCOMPARE(actions.rowCount(), 1);
        QCOMPARE(shownToolTip(actions.index(0, ArchiveActionModel::TitleColumn).data(Qt::ToolTipRole).toString()),
                 spec.actions.at(0).title);
        QCOMPARE(shownToolTip(actions.index(0, ArchiveActionModel::CoeColumn).data(Qt::ToolTipRole).toString()),
                 spec.title);
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

    // Issue #10: the Review column read a whole COE per row from data().
    // The counts now come with the catalog's rows.
    void reviewColumnNeverLoadsACoe()
    {
        const quint64 before = CoeRepository::loadCount();
        CoeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setArchive(m_archive.get());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kCount);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex review = model.index(row, CoeTableModel::ReviewColumn);
            QVERIFY(!review.data().toString().isEmpty());
            QVERIFY(!review.data(Qt::ToolTipRole).toString().isEmpty());
            QVERIFY(!review.data(Qt::AccessibleTextRole).toString().isEmpty());
            QVERIFY(!review.data(CoeTableModel::ErrorCountRole).isNull());
            QVERIFY(!review.data(CoeTableModel::WarningCountRole).isNull());
        }
        QCOMPARE(CoeRepository::loadCount(), before); // not one COE read

        // The counts are the review check's, as stored by the save.
        CoeRepository repository(*m_archive);
        for (int row : {0, 17, kCount - 1}) {
            const std::optional<Coe> coe = repository.load(model.rowAt(row).uuid);
            QVERIFY(coe);
            const ReviewCounts expected = hindsight::reviewCounts(*coe, analysis::CheckOptions{});
            QCOMPARE(model.index(row, CoeTableModel::ReviewColumn).data(CoeTableModel::ErrorCountRole).toInt(),
                     expected.errors);
            QCOMPARE(model.index(row, CoeTableModel::ReviewColumn).data(CoeTableModel::WarningCountRole).toInt(),
                     expected.warnings);
        }

        // Other options (Settings' gap threshold or SLA) check the loaded rows
        // again once, when they change, never from data().
        analysis::CheckOptions options;
        options.gapMinutes = 1;
        options.actionSlaDays = 1;
        const quint64 beforeOptions = CoeRepository::loadCount();
        model.setCheckOptions(options);
        QCOMPARE(CoeRepository::loadCount(), beforeOptions + quint64(kCount));
        for (int row = 0; row < model.rowCount(); ++row)
            model.index(row, CoeTableModel::ReviewColumn).data();
        QCOMPARE(CoeRepository::loadCount(), beforeOptions + quint64(kCount));
        const std::optional<Coe> first = repository.load(model.rowAt(0).uuid);
        QVERIFY(first);
        QCOMPARE(model.index(0, CoeTableModel::ReviewColumn).data(CoeTableModel::WarningCountRole).toInt(),
                 hindsight::reviewCounts(*first, options).warnings);

        // A save with those options stores counts the model takes as they are.
        repository.setCheckOptions(options);
        Coe resaved = *first;
        QVERIFY(repository.save(resaved).ok());
        QCOMPARE(CoeCatalog(*m_archive).rows(CoeQuery{}, QDate(2024, 3, 20), 0, kCount).size(), kCount);
        model.refresh();
        const int row = model.rowOf(resaved.uuid);
        QVERIFY(row >= 0);
        QCOMPARE(model.rowAt(row).reviewOptions, reviewOptionsKey(options));
        QCOMPARE(model.rowAt(row).reviewWarnings, hindsight::reviewCounts(resaved, options).warnings);
    }

    // Names marked as teams are review options too (issue #11): the stored
    // counts name them (a short hash), so marking one checks the rows again
    // and the blameless.name warning about it goes; the same names in another
    // order, case or spacing are the same options.
    void teamNamesAreReviewOptions()
    {
        QCOMPARE(reviewOptionsKey(analysis::CheckOptions{}), QStringLiteral("gap=15;sla=14")); // as before
        analysis::CheckOptions atlas;
        atlas.teamNames = {QStringLiteral("Atlas")};
        analysis::CheckOptions whale;
        whale.teamNames = {QStringLiteral("Blue Whale")};
        analysis::CheckOptions both;
        both.teamNames = {QStringLiteral("Atlas"), QStringLiteral("Blue Whale")};
        analysis::CheckOptions bothAgain;
        bothAgain.teamNames = {QStringLiteral(" blue   WHALE "), QStringLiteral("ATLAS"), QStringLiteral("atlas")};
        QVERIFY(reviewOptionsKey(atlas) != reviewOptionsKey(analysis::CheckOptions{}));
        QVERIFY(reviewOptionsKey(atlas) != reviewOptionsKey(whale));
        QVERIFY(reviewOptionsKey(atlas) != reviewOptionsKey(both));
        QCOMPARE(reviewOptionsKey(bothAgain), reviewOptionsKey(both));
        QVERIFY(reviewOptionsKey(both).startsWith(QStringLiteral("gap=15;sla=14;teams=")));
        QVERIFY2(reviewOptionsKey(both).size() <= 40, qPrintable(reviewOptionsKey(both))); // short
        analysis::CheckOptions many;
        for (int i = 0; i < 500; ++i)
            many.teamNames << QStringLiteral("Team name number %1").arg(i);
        QCOMPARE(reviewOptionsKey(many).size(), reviewOptionsKey(both).size());

        QString error;
        auto archive = Archive::open(location(m_dir, QStringLiteral("teams.sqlite")), Archive::Access::ReadWrite,
                                     &error);
        QVERIFY2(archive, qPrintable(error));
        Coe coe = exampleCoe();
        coe.owner = QStringLiteral("Atlas");
        coe.summary += QStringLiteral(" Atlas rolled the configuration back.");
        QVERIFY(CoeRepository(*archive).save(coe).ok());
        const int before = hindsight::reviewCounts(coe, analysis::CheckOptions{}).warnings;
        QCOMPARE(hindsight::reviewCounts(coe, atlas).warnings, before - 1);

        CoeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArchive(archive.get());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex review = model.index(0, CoeTableModel::ReviewColumn);
        QCOMPARE(review.data(CoeTableModel::WarningCountRole).toInt(), before);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const quint64 loads = CoeRepository::loadCount();
        model.setCheckOptions(atlas);
        QCOMPARE(CoeRepository::loadCount(), loads + 1); // checked again
        QCOMPARE(changed.size(), 1);
        QCOMPARE(review.data(CoeTableModel::WarningCountRole).toInt(), before - 1);
        QCOMPARE(model.rowAt(0).reviewOptions, reviewOptionsKey(atlas));
        analysis::CheckOptions atlasAgain;
        atlasAgain.teamNames = {QStringLiteral("ATLAS ")};
        model.setCheckOptions(atlasAgain);
        QCOMPARE(CoeRepository::loadCount(), loads + 1); // the same options: nothing to do
        model.setCheckOptions(analysis::CheckOptions{});
        QCOMPARE(review.data(CoeTableModel::WarningCountRole).toInt(), before);

        // Saved with the team names, the stored counts are taken as they are.
        CoeRepository repository(*archive);
        repository.setCheckOptions(atlas);
        std::optional<Coe> stored = repository.load(coe.uuid);
        QVERIFY(stored);
        QVERIFY(repository.save(*stored).ok());
        model.setCheckOptions(atlas);
        model.refresh();
        const quint64 afterSave = CoeRepository::loadCount();
        QCOMPARE(model.rowAt(0).reviewOptions, reviewOptionsKey(atlas));
        QCOMPARE(model.index(0, CoeTableModel::ReviewColumn).data(CoeTableModel::WarningCountRole).toInt(),
                 before - 1);
        QCOMPARE(CoeRepository::loadCount(), afterSave);
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

    // The archive showed "2024-03-07 09:02 -05" where the editor shows the
    // same instant as "2024-03-07 09:02 UTC-05" (a zone without a name).
    void instantTextAgreesWithTheEditor()
    {
        const QDateTime at(QDate(2024, 3, 7), QTime(14, 2), QTimeZone::utc());
        const QTimeZone bogota(QByteArrayLiteral("America/Bogota"));
        QCOMPARE(CoeTableModel::instantText(at, bogota), QStringLiteral("2024-03-07 09:02 UTC-05"));
        QCOMPARE(CoeTableModel::instantText(at, QTimeZone::utc()), QStringLiteral("2024-03-07 14:02 UTC"));
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        QCOMPARE(CoeTableModel::instantText(at, berlin), TimeParser::format(at, berlin));
    }

    // The review column: each COE is loaded and checked once, as it is shown.
    void reviewCounts()
    {
        QString error;
        auto archive = Archive::open(location(m_dir, QStringLiteral("review.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        CoeRepository repository(*archive);
        Coe example = test::exampleCoe();
        QVERIFY(repository.save(example).ok());
        Coe draft;
        draft.uuid = QUuid::createUuid();
        draft.title = QStringLiteral("Empty draft");
        draft.createdAt = draft.updatedAt = utcAt(2024, 5, 1);
        QVERIFY(repository.save(draft).ok());
        const QList<analysis::Finding> draftFindings = analysis::reviewCheck(draft);
        const auto count = [&](analysis::Level level) {
            return int(std::count_if(draftFindings.begin(), draftFindings.end(),
                                     [level](const analysis::Finding& f) { return f.level == level; }));
        };
        const int errors = count(analysis::Level::Error);
        const int warnings = count(analysis::Level::Warning);
        QVERIFY(errors > 0);
        QVERIFY(warnings > 0);

        CoeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArchive(archive.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CoeTableModel::ColumnCount));
        QCOMPARE(model.headerData(CoeTableModel::ReviewColumn, Qt::Horizontal).toString(), QStringLiteral("Review"));
        const int exampleRow = model.rowOf(example.uuid);
        const int draftRow = model.rowOf(draft.uuid);
        QVERIFY(exampleRow >= 0 && draftRow >= 0);

        const QModelIndex ok = model.index(exampleRow, CoeTableModel::ReviewColumn);
        QCOMPARE(ok.data(CoeTableModel::ErrorCountRole).toInt(), 0);
        QCOMPARE(ok.data(CoeTableModel::WarningCountRole).toInt(), 0);
        QVERIFY(!ok.data(CoeTableModel::ErrorCountRole).isNull());
        QCOMPARE(ok.data().toString(), QStringLiteral("\u2713"));
        QCOMPARE(ok.data(Qt::ToolTipRole).toString(), QStringLiteral("The review check finds nothing to fix"));

        const QModelIndex bad = model.index(draftRow, CoeTableModel::ReviewColumn);
        QCOMPARE(bad.data(CoeTableModel::ErrorCountRole).toInt(), errors);
        QCOMPARE(bad.data(CoeTableModel::WarningCountRole).toInt(), warnings);
        QCOMPARE(bad.data().toString(), QStringLiteral("%1 \u2717 \u00B7 %2 \u26A0").arg(errors).arg(warnings));
        QCOMPARE(bad.data(Qt::ToolTipRole).toString(), QStringLiteral("%1 errors, %2 warnings").arg(errors).arg(warnings));
        QCOMPARE(bad.data(Qt::AccessibleTextRole), bad.data(Qt::ToolTipRole));

        // The counts are stored by the save: a change shows at the next
        // refresh, even one that keeps updated_at...
        Coe fixed = example;
        fixed.summary.clear();
        QVERIFY(repository.save(fixed).ok());
        model.refresh();
        const int row = model.rowOf(example.uuid);
        QVERIFY(model.index(row, CoeTableModel::ReviewColumn).data(CoeTableModel::ErrorCountRole).toInt() > 0);
        // ...and one that moves it.
        fixed.updatedAt = fixed.updatedAt.addSecs(60);
        QVERIFY(repository.save(fixed).ok());
        model.refresh();
        const QModelIndex again = model.index(model.rowOf(example.uuid), CoeTableModel::ReviewColumn);
        QVERIFY(again.data(CoeTableModel::ErrorCountRole).toInt() > 0);
        QVERIFY(again.data().toString().contains(QStringLiteral("\u2717")));

        // Other options check again (the empty draft has no timeline gap, so compare to the check itself).
        analysis::CheckOptions options;
        options.gapMinutes = 5;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCheckOptions(options);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(CoeTableModel::ReviewColumn));

        // The column is not sortable: sort() on it keeps the query as it was.
        const CoeQuery before = model.query();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(CoeTableModel::ReviewColumn, Qt::DescendingOrder);
        QCOMPARE(reset.size(), 0);
        QVERIFY(model.query() == before);
        QVERIFY(!CoeTableModel::isSortable(CoeTableModel::ReviewColumn));
        QVERIFY(CoeTableModel::isSortable(CoeTableModel::TitleColumn));
        QCOMPARE(CoeTableModel::columnForSort(CoeQuery::Sort::Title), int(CoeTableModel::TitleColumn));
        QCOMPARE(CoeTableModel::columnForSort(CoeQuery::Sort::Relevance), -1);
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
        auto archive = Archive::open(location(dir, QStringLiteral("s.sqlite")), Archive::Access::ReadWrite, &error);
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
