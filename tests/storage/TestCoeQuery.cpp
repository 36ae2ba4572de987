// SPDX-License-Identifier: MIT
// The archive browser's queries: search semantics, every filter, sorting and
// paging in SQL, the Trash, Duplicate, and the action items across the archive
// (overdue arithmetic at a DST boundary).
#include "BrowserFixtures.h"
#include "TestSupport.h"

#include "storage/ActionItemQuery.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"

#include <QSet>
#include <map>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestCoeQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // One archive per back end, made by the first test that runs on it.
    struct Fixture
    {
        std::unique_ptr<Archive> archive;
        Coe deploy, cafe, pool, db;
    };
    std::map<QString, Fixture> m_fixtures;
    QString m_backend;
    Archive* m_archive = nullptr;
    Coe m_deploy, m_cafe, m_pool, m_db;

    // A location for another archive of the test's back end.
    QString location(const QTemporaryDir& dir, const QString& name)
    {
        QString error;
        const QString where = freshArchiveLocation(m_backend, dir.filePath(name), &error);
        if (where.isEmpty())
            qWarning("no archive location: %s", qPrintable(error));
        return where;
    }
    const QDate m_today{2024, 6, 10};

    QStringList titles(const CoeQuery& q, QString* error = nullptr)
    {
        QStringList t;
        for (const CoeRow& r : CoeCatalog(*m_archive).rows(q, m_today, 0, 100, error))
            t << r.title;
        return t;
    }
    QStringList search(const QString& text)
    {
        CoeQuery q;
        q.text = text;
        QString error;
        const QStringList found = titles(q, &error);
        if (!error.isEmpty())
            qWarning("search error: %s", qPrintable(error));
        return error.isEmpty() ? found : QStringList{QStringLiteral("<error>")};
    }

    void setUp(Fixture& f)
    {
        QString error;
        const QString where = location(m_dir, QStringLiteral("q.sqlite"));
        f.archive = Archive::open(where, Archive::Access::ReadWrite, &error);
        QVERIFY2(f.archive, qPrintable(error));
        QVERIFY(archiveIsWhereItShouldBe(where));
        m_archive = f.archive.get();
        m_deploy = store(*m_archive,
                         {QStringLiteral("Checkout deployment broke payments"), 1, Status::InReview,
                          QStringLiteral("Dana Ortiz"), {QStringLiteral("checkout-api")},
                          {QStringLiteral("deployment")}, utcAt(2024, 3, 7),
                          QStringLiteral("A bad deployment of the checkout service."),
                          {action(QStringLiteral("Stage rollouts"), ActionStatus::Open, QDate(2024, 6, 1),
                                  Priority::High, QStringLiteral("Sam Lee")),
                           action(QStringLiteral("Alarm on 503s"), ActionStatus::Done, QDate(2024, 5, 1))},
                          utcAt(2024, 3, 9)});
        m_cafe = store(*m_archive,
                       {QStringLiteral("Café menu service outage"), 2, Status::Draft, QStringLiteral("Lucía Fernández"),
                        {QStringLiteral("menu")}, {QStringLiteral("capacity")}, utcAt(2023, 11, 2),
                        QStringLiteral("The café ordering screen timed out."),
                        {action(QStringLiteral("Add capacity"), ActionStatus::InProgress, QDate(2024, 7, 1),
                                Priority::Low, QStringLiteral("Lucía Fernández"))},
                        utcAt(2024, 1, 5)});
        m_pool = store(*m_archive,
                       {QStringLiteral("Connection pool exhausted"), 2, Status::Closed, QStringLiteral("Sam Lee"),
                        {QStringLiteral("checkout-api"), QStringLiteral("ledger")}, {QStringLiteral("database")},
                        utcAt(2024, 5, 20), QStringLiteral("The connection pool of the ledger ran dry."),
                        {action(QStringLiteral("Raise pool size"), ActionStatus::Open, QDate(2024, 6, 9)),
                         action(QStringLiteral("Pool alarm"), ActionStatus::Open, QDate(2024, 6, 10)),
                         action(QStringLiteral("Load test"), ActionStatus::Open, QDate())},
                        utcAt(2024, 5, 25)});
        m_db = store(*m_archive,
                     {QStringLiteral("Database failover took too long"), 4, Status::Approved, QStringLiteral("Sam Lee"),
                      {QStringLiteral("ledger")}, {QStringLiteral("database"), QStringLiteral("network")},
                      QDateTime(), QStringLiteral("Pool of each connection to the replica; a long failover."),
                      {}, utcAt(2024, 2, 1)});
        f.deploy = m_deploy;
        f.cafe = m_cafe;
        f.pool = m_pool;
        f.db = m_db;
    }

private slots:
    // Every test runs on each back end (TestSupport.h: archiveBackends()).
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        m_backend = backend;
        Fixture& f = m_fixtures[backend];
        if (!f.archive) {
            setUp(f);
            QVERIFY(!QTest::currentTestFailed());
        }
        m_archive = f.archive.get();
        m_deploy = f.deploy;
        m_cafe = f.cafe;
        m_pool = f.pool;
        m_db = f.db;
    }

    // ---- search ----

    void searchPrefixFindsWholeWords()
    {
        QCOMPARE(search(QStringLiteral("deplo")), QStringList{m_deploy.title});
        QCOMPARE(search(QStringLiteral("DEPLOYMENT")), QStringList{m_deploy.title});
    }

    void searchPhraseNeedsTheWordsTogether()
    {
        // Both COEs hold "connection" and "pool"; only one holds the phrase.
        QCOMPARE(search(QStringLiteral("connection pool")).size(), 2);
        QCOMPARE(search(QStringLiteral("\"connection pool\"")), QStringList{m_pool.title});
    }

    void searchFoldsDiacritics()
    {
        QCOMPARE(search(QStringLiteral("cafe")), QStringList{m_cafe.title});
        QCOMPARE(search(QStringLiteral("café")), QStringList{m_cafe.title});
        QCOMPARE(search(QStringLiteral("lucia")), QStringList{m_cafe.title}); // owner text is searched too
    }

    void searchTextIsNeverSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("found");
        QTest::newRow("stray quote") << QStringLiteral("\"deploy") << 1;
        QTest::newRow("two stray quotes") << QStringLiteral("pool \"\" \"") << 2;
        QTest::newRow("operators") << QStringLiteral("pool OR NOT AND") << 0;
        QTest::newRow("NEAR and parentheses") << QStringLiteral("NEAR(pool connection)") << 0;
        QTest::newRow("column filter") << QStringLiteral("title:pool") << 0;
        QTest::newRow("only punctuation") << QStringLiteral("* - ( ) ^ :") << 0; // no word: nothing to search for, not every COE
        QTest::newRow("no match") << QStringLiteral("xylophone") << 0;
    }
    void searchTextIsNeverSyntax()
    {
        QFETCH(QString, text);
        QFETCH(int, found);
        CoeQuery q;
        q.text = text;
        QString error;
        const int count = CoeCatalog(*m_archive).count(q, m_today, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count, found);
        QCOMPARE(CoeCatalog(*m_archive).rows(q, m_today, 0, 50, &error).size(), found);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void searchGivesSnippetWithMarkers()
    {
        CoeQuery q;
        q.text = QStringLiteral("ran dry");
        const QList<CoeRow> rows = CoeCatalog(*m_archive).rows(q, m_today, 0, 10);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows[0].snippet.contains(QStringLiteral("\x01" "ran\x02 \x01" "dry\x02")), qPrintable(rows[0].snippet));
    }

    void searchOrdersBestFirst()
    {
        // "pool" in the title counts more than in the summary.
        const QStringList found = search(QStringLiteral("pool"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first(), m_pool.title);
    }

    // ---- filters ----

    void filters_data()
    {
        QTest::addColumn<CoeQuery>("query");
        QTest::addColumn<QStringList>("expected"); // sorted by title
        CoeQuery q;
        q.sort = CoeQuery::Sort::Title;
        CoeQuery sev = q;
        sev.severity = 2;
        QTest::newRow("severity") << sev << QStringList{QStringLiteral("Café menu service outage"),
                                                        QStringLiteral("Connection pool exhausted")};
        CoeQuery status = q;
        status.status = Status::Approved;
        QTest::newRow("status") << status << QStringList{QStringLiteral("Database failover took too long")};
        CoeQuery service = q;
        service.service = QStringLiteral("checkout-api");
        QTest::newRow("service") << service << QStringList{QStringLiteral("Checkout deployment broke payments"),
                                                           QStringLiteral("Connection pool exhausted")};
        CoeQuery tag = q;
        tag.tag = QStringLiteral("database");
        QTest::newRow("tag") << tag << QStringList{QStringLiteral("Connection pool exhausted"),
                                                   QStringLiteral("Database failover took too long")};
        CoeQuery owner = q;
        owner.owner = QStringLiteral("Sam Lee");
        QTest::newRow("owner") << owner << QStringList{QStringLiteral("Connection pool exhausted"),
                                                       QStringLiteral("Database failover took too long")};
        CoeQuery dates = q;
        dates.incidentFrom = utcAt(2024, 1, 1, 0);
        dates.incidentTo = utcAt(2024, 5, 20, 12); // exclusive: the pool COE starts exactly then
        QTest::newRow("date range") << dates << QStringList{QStringLiteral("Checkout deployment broke payments")};
        CoeQuery overdue = q;
        overdue.overdueOnly = true; // today 2024-06-10: deploy (due 06-01) and pool (due 06-09) are overdue
        QTest::newRow("has overdue actions")
            << overdue << QStringList{QStringLiteral("Checkout deployment broke payments"),
                                      QStringLiteral("Connection pool exhausted")};
        CoeQuery combined = q;
        combined.severity = 2;
        combined.status = Status::Closed;
        combined.text = QStringLiteral("pool");
        QTest::newRow("search + severity + status")
            << combined << QStringList{QStringLiteral("Connection pool exhausted")};
    }
    void filters()
    {
        QFETCH(CoeQuery, query);
        QFETCH(QStringList, expected);
        QString error;
        QCOMPARE(titles(query, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(CoeCatalog(*m_archive).count(query, m_today), expected.size());
    }

    void rowsCarryTheSummary()
    {
        CoeQuery q;
        q.sort = CoeQuery::Sort::Title;
        const QList<CoeRow> rows = CoeCatalog(*m_archive).rows(q, m_today, 0, 10);
        QCOMPARE(rows.size(), 4);
        const CoeRow& pool = rows[2];
        QCOMPARE(pool.title, m_pool.title);
        QCOMPARE(pool.incidentAt, utcAt(2024, 5, 20)); // impact start, not the trigger before it
        QCOMPARE(pool.services, QStringLiteral("checkout-api, ledger"));
        QCOMPARE(pool.openActions, 3);
        QCOMPARE(pool.overdueActions, 1); // due 06-09 is overdue on 06-10; due 06-10 is not yet
        QCOMPARE(pool.nextDue, QDate(2024, 6, 9));
        const CoeRow& db = rows[3];
        QVERIFY(!db.incidentAt.isValid()); // no timeline
        QCOMPARE(db.openActions, 0);
    }

    // ---- sorting and paging ----

    void sortsInSql_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        const QString d = m_deploy.title, c = m_cafe.title, p = m_pool.title, b = m_db.title;
        QTest::newRow("title") << int(CoeQuery::Sort::Title) << int(Qt::AscendingOrder) << QStringList{c, d, p, b};
        QTest::newRow("title desc") << int(CoeQuery::Sort::Title) << int(Qt::DescendingOrder) << QStringList{b, p, d, c};
        QTest::newRow("incident") << int(CoeQuery::Sort::Incident) << int(Qt::AscendingOrder) << QStringList{b, c, d, p};
        QTest::newRow("severity desc") << int(CoeQuery::Sort::Severity) << int(Qt::DescendingOrder)
                                       << QStringList{b, p, c, d};
        QTest::newRow("status (workflow order)") << int(CoeQuery::Sort::Status) << int(Qt::AscendingOrder)
                                                 << QStringList{c, d, b, p};
        // Ties (one open item each) go by insertion, newest first when descending.
        QTest::newRow("open actions desc") << int(CoeQuery::Sort::OpenActions) << int(Qt::DescendingOrder)
                                           << QStringList{p, c, d, b};
        QTest::newRow("updated (default)") << int(CoeQuery::Sort::Relevance) << int(Qt::AscendingOrder)
                                           << QStringList{p, d, b, c};
    }
    void sortsInSql()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        CoeQuery q;
        q.sort = CoeQuery::Sort(sort);
        q.order = Qt::SortOrder(order);
        QCOMPARE(titles(q), expected);
    }

    void sortByOverdueUsesToday()
    {
        CoeQuery q;
        q.sort = CoeQuery::Sort::OverdueActions;
        q.order = Qt::DescendingOrder;
        // On 2024-06-11 the pool COE has two overdue items, the deploy COE one.
        const QList<CoeRow> rows = CoeCatalog(*m_archive).rows(q, QDate(2024, 6, 11), 0, 10);
        QCOMPARE(rows[0].title, m_pool.title);
        QCOMPARE(rows[0].overdueActions, 2);
        QCOMPARE(rows[1].title, m_deploy.title);
        QCOMPARE(rows[1].overdueActions, 1);
    }

    // Overdue counts are read for the rows of a page after the listing, in
    // chunks: a page longer than one chunk, searched and sorted, gets each
    // row's own count.
    void overdueCountsOfALongPage()
    {
        QTemporaryDir dir;
        QString error;
        const auto archive = Archive::open(location(dir, QStringLiteral("long.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        constexpr int kCoes = 230;
        for (int i = 0; i < kCoes; ++i) {
            QList<ActionItem> actions;
            for (int k = 0; k < i % 4; ++k) // 0..3 overdue on m_today
                actions << action(QStringLiteral("Late %1").arg(k), ActionStatus::Open, QDate(2024, 6, 1));
            actions << action(QStringLiteral("Done"), ActionStatus::Done, QDate(2024, 5, 1));
            store(*archive, {QStringLiteral("Outage %1").arg(i, 3, 10, QLatin1Char('0')), 3, Status::Draft,
                             QStringLiteral("Sam Lee"), {}, {}, utcAt(2024, 3, 7), QStringLiteral("ledger"), actions,
                             utcAt(2024, 3, 9)});
        }
        for (const QString& text : {QString(), QStringLiteral("ledger")}) {
            CoeQuery q;
            q.text = text;
            q.sort = CoeQuery::Sort::Title;
            const QList<CoeRow> rows = CoeCatalog(*archive).rows(q, m_today, 0, 1000, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(rows.size(), kCoes);
            for (int i = 0; i < kCoes; ++i) {
                QCOMPARE(rows.at(i).title, QStringLiteral("Outage %1").arg(i, 3, 10, QLatin1Char('0')));
                QCOMPARE(rows.at(i).overdueActions, i % 4);
            }
        }
    }

    void pagesDoNotOverlap()
    {
        CoeQuery q;
        q.sort = CoeQuery::Sort::Severity; // ties (two of severity 2) must page stably
        QSet<QUuid> seen;
        for (int offset = 0; offset < 4; ++offset) {
            const QList<CoeRow> page = CoeCatalog(*m_archive).rows(q, m_today, offset, 1);
            QCOMPARE(page.size(), 1);
            seen.insert(page[0].uuid);
        }
        QCOMPARE(seen.size(), 4);
        QVERIFY(CoeCatalog(*m_archive).rows(q, m_today, 4, 10).isEmpty());
    }

    void filterChoices()
    {
        CoeCatalog c(*m_archive);
        QCOMPARE(c.services(), (QStringList{QStringLiteral("checkout-api"), QStringLiteral("ledger"),
                                            QStringLiteral("menu")}));
        QCOMPARE(c.tags().size(), 4);
        QCOMPARE(c.owners(), (QStringList{QStringLiteral("Dana Ortiz"), QStringLiteral("Lucía Fernández"),
                                          QStringLiteral("Sam Lee")}));
    }

    // ---- action items across the archive ----

    void actionItemFilters_data()
    {
        QTest::addColumn<ActionItemQuery>("query");
        QTest::addColumn<QStringList>("expected"); // by due date, undated last
        ActionItemQuery all;
        QTest::newRow("all") << all
                             << QStringList{QStringLiteral("Alarm on 503s"), QStringLiteral("Stage rollouts"),
                                            QStringLiteral("Raise pool size"), QStringLiteral("Pool alarm"),
                                            QStringLiteral("Add capacity"), QStringLiteral("Load test")};
        ActionItemQuery status;
        status.status = ActionStatus::InProgress;
        QTest::newRow("status") << status << QStringList{QStringLiteral("Add capacity")};
        ActionItemQuery owner;
        owner.owner = QStringLiteral("Lucía Fernández");
        QTest::newRow("owner") << owner << QStringList{QStringLiteral("Add capacity")};
        ActionItemQuery priority;
        priority.priority = Priority::High;
        QTest::newRow("priority") << priority << QStringList{QStringLiteral("Stage rollouts")};
        ActionItemQuery overdue;
        overdue.overdueOnly = true;
        QTest::newRow("overdue only") << overdue
                                      << QStringList{QStringLiteral("Stage rollouts"), QStringLiteral("Raise pool size")};
        ActionItemQuery within;
        within.dueWithinDays = 0; // open items due today or before
        QTest::newRow("due within 0 days")
            << within << QStringList{QStringLiteral("Stage rollouts"), QStringLiteral("Raise pool size"),
                                     QStringLiteral("Pool alarm")};
        ActionItemQuery month;
        month.dueWithinDays = 30;
        month.sort = ActionItemQuery::Sort::Title;
        QTest::newRow("due within 30 days by title")
            << month << QStringList{QStringLiteral("Add capacity"), QStringLiteral("Pool alarm"),
                                    QStringLiteral("Raise pool size"), QStringLiteral("Stage rollouts")};
    }
    void actionItemFilters()
    {
        QFETCH(ActionItemQuery, query);
        QFETCH(QStringList, expected);
        ActionItemCatalog catalog(*m_archive);
        QString error;
        QStringList found;
        for (const ActionItemRow& r : catalog.rows(query, m_today, 0, 100, &error))
            found << r.title;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found, expected);
        QCOMPARE(catalog.count(query, m_today), expected.size());
    }

    void actionItemRowsPointIntoTheirCoe()
    {
        ActionItemQuery q;
        q.sort = ActionItemQuery::Sort::Title;
        const QList<ActionItemRow> rows = ActionItemCatalog(*m_archive).rows(q, m_today, 0, 100);
        const auto it = std::find_if(rows.begin(), rows.end(),
                                     [](const ActionItemRow& r) { return r.title == QStringLiteral("Pool alarm"); });
        QVERIFY(it != rows.end());
        QCOMPARE(it->coeUuid, m_pool.uuid);
        QCOMPARE(it->coeTitle, m_pool.title);
        QCOMPARE(it->position, 1); // the second action item of its COE
        QCOMPARE(m_pool.actionItems.at(it->position).title, it->title);
        QCOMPARE(it->daysOverdue, 0); // due today
    }

    // "Today" is the user's date in their zone. New York leaves standard time
    // at 2026-03-08 02:00 local (07:00 UTC): the local date turns at 05:00 UTC
    // the night before, not at midnight UTC.
    void overdueAtDstBoundary_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("daysOverdue");
        QTest::newRow("23:59 EST on the 7th") << QDateTime(QDate(2026, 3, 8), QTime(4, 59), QTimeZone::utc())
                                              << QDate(2026, 3, 7) << 0;
        QTest::newRow("00:00 EST on the 8th") << QDateTime(QDate(2026, 3, 8), QTime(5, 0), QTimeZone::utc())
                                              << QDate(2026, 3, 8) << 1;
        QTest::newRow("23:59 EDT on the 8th (a 23-hour day)")
            << QDateTime(QDate(2026, 3, 9), QTime(3, 59), QTimeZone::utc()) << QDate(2026, 3, 8) << 1;
        QTest::newRow("00:00 EDT on the 9th") << QDateTime(QDate(2026, 3, 9), QTime(4, 0), QTimeZone::utc())
                                              << QDate(2026, 3, 9) << 2;
    }
    void overdueAtDstBoundary()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDate, today);
        QFETCH(int, daysOverdue);
        const QTimeZone newYork("America/New_York");
        QVERIFY(newYork.isValid());
        QCOMPARE(localToday(newYork, now), today);
        const QDate due(2026, 3, 7);
        QCOMPARE(hindsight::daysOverdue(due, ActionStatus::Open, today), daysOverdue);
        QCOMPARE(hindsight::daysOverdue(due, ActionStatus::Done, today), 0);

        // The same through the archive, with "today" given explicitly.
        QTemporaryDir dir;
        QString error;
        auto archive = Archive::open(location(dir, QStringLiteral("dst.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY(archive);
        store(*archive, {QStringLiteral("DST"), 3, Status::Draft, QString(), {}, {}, QDateTime(), QString(),
                         {action(QStringLiteral("Due on the 7th"), ActionStatus::Open, due)}});
        ActionItemQuery overdue;
        overdue.overdueOnly = true;
        const QList<ActionItemRow> rows = ActionItemCatalog(*archive).rows(overdue, localToday(newYork, now), 0, 10);
        QCOMPARE(rows.size(), daysOverdue > 0 ? 1 : 0);
        if (!rows.isEmpty())
            QCOMPARE(rows[0].daysOverdue, daysOverdue);
        CoeQuery coes;
        coes.overdueOnly = true;
        QCOMPARE(CoeCatalog(*archive).count(coes, localToday(newYork, now)), daysOverdue > 0 ? 1 : 0);
    }

    // "Has unresolved comments": only COEs whose review record has a comment
    // not resolved; one with resolved comments only is left out.
    void unresolvedCommentsFilter()
    {
        QTemporaryDir dir;
        QString error;
        auto archive =
            Archive::open(location(dir, QStringLiteral("comments.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        const auto comment = [](const QString& id, bool resolved) {
            ReviewComment c;
            c.id = id;
            c.at = utcAt(2024, 6, 1);
            c.author = QStringLiteral("Rita");
            c.text = QStringLiteral("Is this the pool's fault? %1").arg(id);
            c.resolved = resolved;
            return c;
        };
        const auto save = [&](const QString& title, int severity, const QString& summary,
                              const QList<ReviewComment>& comments) {
            Coe c = makeCoe(
                {title, severity, Status::InReview, QString(), {}, {}, utcAt(2024, 5, 1), summary, {}, utcAt(2024, 5, 2)});
            c.review.comments = comments;
            const SaveResult r = CoeRepository(*archive).save(c);
            QVERIFY2(r.ok(), qPrintable(r.error));
        };
        save(QStringLiteral("Open comment pool"), 2, QStringLiteral("The pool ran dry."),
             {comment(QStringLiteral("c1"), true), comment(QStringLiteral("c2"), false)});
        save(QStringLiteral("Resolved only pool"), 2, QStringLiteral("The pool ran dry again."),
             {comment(QStringLiteral("c1"), true), comment(QStringLiteral("c2"), true)});
        save(QStringLiteral("No comments pool"), 2, QStringLiteral("The pool once more."), {});
        save(QStringLiteral("Open comment ledger"), 3, QStringLiteral("The ledger lagged."),
             {comment(QStringLiteral("c1"), false)});
        QVERIFY(!QTest::currentTestFailed());

        const CoeCatalog catalog(*archive);
        const auto titlesOf = [&](const CoeQuery& q) {
            QStringList t;
            QString err;
            for (const CoeRow& r : catalog.rows(q, m_today, 0, 100, &err))
                t << r.title;
            if (!err.isEmpty())
                t << QStringLiteral("<error: %1>").arg(err);
            return t;
        };
        CoeQuery q;
        q.sort = CoeQuery::Sort::Title;
        QCOMPARE(titlesOf(q).size(), 4);
        q.unresolvedCommentsOnly = true;
        QCOMPARE(titlesOf(q), (QStringList{QStringLiteral("Open comment ledger"), QStringLiteral("Open comment pool")}));
        QCOMPARE(catalog.count(q, m_today), 2);
        CoeQuery withSeverity = q;
        withSeverity.severity = 2;
        QCOMPARE(titlesOf(withSeverity), QStringList{QStringLiteral("Open comment pool")});
        QCOMPARE(catalog.count(withSeverity, m_today), 1);
        CoeQuery withText = q;
        withText.text = QStringLiteral("ledger");
        QCOMPARE(titlesOf(withText), QStringList{QStringLiteral("Open comment ledger")});
        QCOMPARE(catalog.count(withText, m_today), 1);
        withText.text = QStringLiteral("pool");
        withText.sort = CoeQuery::Sort::Relevance;
        QCOMPARE(titlesOf(withText), QStringList{QStringLiteral("Open comment pool")});
        // Resolving the last open comment takes the COE out of the filter.
        std::optional<Coe> ledger;
        for (const CoeRow& r : catalog.rows(q, m_today, 0, 100))
            if (r.title == QLatin1String("Open comment ledger"))
                ledger = CoeRepository(*archive).load(r.uuid, &error);
        QVERIFY2(ledger, qPrintable(error));
        ledger->review.comments[0].resolved = true;
        const SaveResult r = CoeRepository(*archive).save(*ledger);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(titlesOf(q), QStringList{QStringLiteral("Open comment pool")});
    }

    // ---- trash and duplicate (last: they change the archive) ----

    void trashAndRestore()
    {
        CoeCatalog c(*m_archive);
        QString error;
        QVERIFY2(c.moveToTrash(m_cafe.uuid, &error), qPrintable(error));
        QVERIFY(!c.moveToTrash(m_cafe.uuid, &error)); // already there
        QVERIFY(!search(QStringLiteral("cafe")).contains(m_cafe.title));
        QCOMPARE(c.total(), 3);
        CoeQuery trash;
        trash.trash = true;
        const QList<CoeRow> inTrash = c.rows(trash, m_today, 0, 10);
        QCOMPARE(inTrash.size(), 1);
        QCOMPARE(inTrash[0].uuid, m_cafe.uuid);
        QVERIFY(inTrash[0].deletedAt.isValid());
        QVERIFY(qAbs(inTrash[0].deletedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Its action items leave the list with it.
        ActionItemQuery all;
        QCOMPARE(ActionItemCatalog(*m_archive).count(all, m_today), 5);
        // Nothing is lost: the COE still loads whole, and saving it keeps it in the Trash.
        std::optional<Coe> loaded = CoeRepository(*m_archive).load(m_cafe.uuid, &error);
        QVERIFY(loaded);
        QVERIFY(CoeRepository(*m_archive).save(*loaded).ok());
        QCOMPARE(c.count(trash, m_today), 1);
        QVERIFY(!search(QStringLiteral("cafe")).contains(m_cafe.title)); // saving did not make it searchable

        QVERIFY2(c.restore(m_cafe.uuid, &error), qPrintable(error));
        QVERIFY(!c.restore(m_cafe.uuid, &error));
        QCOMPARE(search(QStringLiteral("cafe")), QStringList{m_cafe.title});
        QCOMPARE(c.count(trash, m_today), 0);
        QCOMPARE(c.total(), 4);
    }

    void emptyTrashDeletesOnlyTheTrash()
    {
        CoeCatalog c(*m_archive);
        CoeSpec spec;
        spec.title = QStringLiteral("Doomed zeppelin");
        const Coe doomed = store(*m_archive, spec);
        QVERIFY(c.moveToTrash(doomed.uuid));
        QCOMPARE(c.emptyTrash(), 1);
        QVERIFY(!CoeRepository(*m_archive).exists(doomed.uuid));
        QVERIFY(search(QStringLiteral("zeppelin")).isEmpty());
        QCOMPARE(c.total(), 4);
        QCOMPARE(c.emptyTrash(), 0);
    }

    void duplicateCopiesUnderNewUuid()
    {
        CoeCatalog c(*m_archive);
        QString error;
        const QUuid copy = c.duplicate(m_pool.uuid, &error);
        QVERIFY2(!copy.isNull(), qPrintable(error));
        QVERIFY(copy != m_pool.uuid);
        const std::optional<Coe> original = CoeRepository(*m_archive).load(m_pool.uuid);
        std::optional<Coe> duplicate = CoeRepository(*m_archive).load(copy);
        QVERIFY(original && duplicate);
        QCOMPARE(duplicate->title, m_pool.title + QStringLiteral(" (copy)"));
        QCOMPARE(duplicate->revision, 1);
        QCOMPARE(duplicate->actionItems, original->actionItems);
        QCOMPARE(duplicate->timeline, original->timeline);
        QCOMPARE(duplicate->summary, original->summary);
        duplicate->uuid = original->uuid;
        duplicate->title = original->title;
        duplicate->createdAt = original->createdAt;
        duplicate->updatedAt = original->updatedAt;
        QVERIFY(duplicate->sameContent(*original));
        QCOMPARE(search(QStringLiteral("\"pool exhausted\"")).size(), 2);
        QVERIFY(c.duplicate(QUuid::createUuid(), &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    // The live count (kept by triggers) matches the rows through every change.
    void liveCountKeptInStep()
    {
        QTemporaryDir dir;
        QString error;
        auto archive = Archive::open(location(dir, QStringLiteral("count.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY(archive);
        CoeCatalog c(*archive);
        CoeRepository repo(*archive);
        auto rowsNow = [&] { return int(c.rows(CoeQuery{}, m_today, 0, 1000).size()); };
        QCOMPARE(c.total(), 0);
        CoeSpec spec;
        spec.title = QStringLiteral("One");
        Coe one = store(*archive, spec);
        spec.title = QStringLiteral("Two");
        Coe two = store(*archive, spec);
        QCOMPARE(c.total(), 2);
        one.title = QStringLiteral("One, again");
        QVERIFY(repo.save(one).ok()); // an update is not a new COE
        QVERIFY(repo.save(one, CoeRepository::SaveMode::Overwrite).ok());
        QCOMPARE(c.total(), 2);
        QVERIFY(c.moveToTrash(one.uuid));
        QCOMPARE(c.total(), 1);
        std::optional<Coe> trashed = repo.load(one.uuid);
        QVERIFY(repo.save(*trashed).ok()); // saving a trashed COE keeps it trashed
        QCOMPARE(c.total(), 1);
        QVERIFY(c.restore(one.uuid));
        QCOMPARE(c.total(), 2);
        QVERIFY(!c.duplicate(two.uuid).isNull());
        QCOMPARE(c.total(), 3);
        QVERIFY(repo.remove(two.uuid));
        QCOMPARE(c.total(), 2);
        QVERIFY(c.moveToTrash(one.uuid));
        QCOMPARE(c.emptyTrash(), 1);
        QCOMPARE(c.total(), 1);
        QCOMPARE(c.total(), rowsNow());
    }

    void readOnlyArchiveRefusesChanges()
    {
        const QString path = location(m_dir, QStringLiteral("ro.sqlite"));
        Coe coe;
        {
            QString error;
            auto rw = Archive::open(path, Archive::Access::ReadWrite, &error);
            CoeSpec spec;
            spec.title = QStringLiteral("Read only");
            coe = store(*rw, spec);
        }
        QString error;
        auto ro = Archive::open(path, Archive::Access::ReadOnly, &error);
        QVERIFY2(ro, qPrintable(error));
        CoeCatalog c(*ro);
        QVERIFY(!c.moveToTrash(coe.uuid, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
        QCOMPARE(c.emptyTrash(&error), -1);
        QCOMPARE(c.total(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCoeQuery)
#include "TestCoeQuery.moc"
