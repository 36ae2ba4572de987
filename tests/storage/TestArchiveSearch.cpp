// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/ArchiveSearch.h"
#include "storage/Backend.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <map>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestArchiveSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // One archive per back end, made by the first test that runs on it; the
    // tests run unchanged on each (TestSupport.h: archiveBackends()).
    std::map<QString, std::unique_ptr<Archive>> m_archives;
    std::map<QString, QString> m_locations;
    Archive* m_archive = nullptr;
    Coe m_example;
    Coe m_rich;
    Coe m_kafkaTitle;
    Coe m_kafkaBody;

    QList<QUuid> found(const QString& text, int limit = 50)
    {
        QString error = QStringLiteral("not cleared");
        const QList<SearchHit> hits = search(*m_archive, text, limit, &error);
        if (!error.isEmpty())
            qWarning("search error for [%s]: %s", qPrintable(text), qPrintable(error));
        QList<QUuid> ids;
        for (const SearchHit& h : hits)
            ids << h.uuid;
        return ids;
    }

    void setUp(const QString& backend)
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString where = freshArchiveLocation(backend, m_dir.filePath(QStringLiteral("search.sqlite")), &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        m_locations[backend] = where;
        std::unique_ptr<Archive>& archive = m_archives[backend];
        archive = Archive::open(where, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(archiveIsWhereItShouldBe(where));
        m_archive = archive.get();
        CoeRepository repo(*m_archive);
        m_example = exampleCoe();
        m_rich = richCoe();
        m_kafkaTitle = makeNewCoe(QStringLiteral("Kafka consumer lag in orders"));
        m_kafkaTitle.summary = QStringLiteral("Orders were late. <script>alert(1)</script> & more.");
        m_kafkaBody = makeNewCoe(QStringLiteral("Slow search results"));
        m_kafkaBody.timeline << TimelineEntry{QDateTime::currentDateTimeUtc(),
                                              QStringLiteral("Someone mentioned kafka once."),
                                              Milestone::None,
                                              false,
                                              {},
                                              {}};
        for (Coe* c : {&m_example, &m_rich, &m_kafkaTitle, &m_kafkaBody}) {
            c->revision = 0;
            QVERIFY(repo.save(*c).ok());
        }
    }
    QMap<QString, std::pair<QUuid, QUuid>> m_kafka; // the kafka COEs' uuids by back end

private slots:
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        if (!m_archives.count(backend)) {
            setUp(backend);
            QVERIFY(!QTest::currentTestFailed());
            m_kafka.insert(backend, {m_kafkaTitle.uuid, m_kafkaBody.uuid});
        }
        m_archive = m_archives[backend].get();
        m_kafkaTitle.uuid = m_kafka.value(backend).first;
        m_kafkaBody.uuid = m_kafka.value(backend).second;
    }

    void buildsQuotedQueries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::newRow("one word is a prefix") << "deplo"
                                              << "\"deplo\"*";
        QTest::newRow("last word is the prefix") << "pool  deplo"
                                                 << "\"pool\" \"deplo\"*";
        QTest::newRow("phrase") << "\"pool size\" rollout"
                                << "\"pool size\" \"rollout\"*";
        QTest::newRow("phrase last") << "rollout \"pool size\""
                                     << "\"rollout\" \"pool size\"*";
        QTest::newRow("operators are words") << "a AND b OR NOT c"
                                             << "\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\"*";
        QTest::newRow("parentheses and colon") << "(title:x)"
                                               << "\"(title:x)\"*";
        QTest::newRow("unbalanced quote") << "foo \"bar baz"
                                          << "\"foo\" \"bar baz\"*";
        QTest::newRow("quote inside a word") << "foo\"bar"
                                             << "\"foo\" \"bar\"*";
        QTest::newRow("lone quote") << "\""
                                    << "";
        QTest::newRow("punctuation only") << "- ( ) * ^ :"
                                          << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("apostrophe") << "o'brien"
                                    << "\"o'brien\"*";
        QTest::newRow("star") << "deploy*"
                              << "\"deploy*\"*";
    }
    void buildsQuotedQueries()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QCOMPARE(ftsQueryFor(text), query);
    }

    void prefixMatches()
    {
        QCOMPARE(found(QStringLiteral("deplo")), QList<QUuid>{m_example.uuid}); // tag "deployment"
        QCOMPARE(found(QStringLiteral("rollou")), QList<QUuid>{m_example.uuid});
        QCOMPARE(found(QStringLiteral("checkout deplo")), QList<QUuid>{m_example.uuid});
        // Only the last word is a prefix: "deplo" alone is no word of any COE.
        QVERIFY(found(QStringLiteral("deplo checkout")).isEmpty());
    }

    void phrasesStayPhrases()
    {
        QCOMPARE(found(QStringLiteral("\"pool size\"")), QList<QUuid>{m_example.uuid});
        QVERIFY(found(QStringLiteral("\"size pool\"")).isEmpty());
        QCOMPARE(found(QStringLiteral("\"configuration rollout\" EU")), QList<QUuid>{m_example.uuid});
    }

    int counted(const QString& text)
    {
        CoeQuery query;
        query.text = text;
        QString error;
        const int n = CoeCatalog(*m_archive).count(query, QDate::currentDate(), &error);
        if (!error.isEmpty())
            qWarning("count error for [%s]: %s", qPrintable(text), qPrintable(error));
        return n;
    }

    // A phrase is its words next to each other in one text, whatever finds
    // it (PostgreSQL: the index of adjacent word pairs, then the positions
    // for a phrase of three words or more).
    void phrasesAreWordsNextToEachOther()
    {
        CoeRepository repo(*m_archive);
        Coe c = makeNewCoe(QStringLiteral("Quokka paddle steamer"));
        c.summary = QStringLiteral("Marmot wombat lemur otter.");
        c.timeline << TimelineEntry{QDateTime::currentDateTimeUtc(),
                                    QStringLiteral("The axolotl ferry sank; later the ferry axolotl floated."),
                                    Milestone::None,
                                    false,
                                    {},
                                    {}};
        QVERIFY(repo.save(c).ok());
        const auto removed = qScopeGuard([&] { repo.remove(c.uuid); }); // also when a check fails
        const QList<QUuid> only{c.uuid};
        struct Case
        {
            const char* text;
            bool finds;
        };
        const Case cases[] = {
            {"\"paddle steamer\"", true},
            {"\"steamer paddle\"", false},
            {"\"steamer marmot\"", false}, // the title's last word and the summary's first
            {"\"wombat lemur otter\"", true},
            {"\"marmot lemur otter\"", false}, // "lemur otter" is there, "marmot lemur" is not
            {"\"ferry axolotl ferry\"", false}, // both pairs are there, never in a row
            {"\"axolotl ferry sank\"", true},
            {"\"paddle stea", true},               // the last phrase's last word is a prefix
            {"quokka \"paddle stea\"", true},
            {"\"paddle stea\" quokka", false}, // not the last: a whole word
            {"\"paddle steamer\" wombat", true},
            {"\"paddle steamer\" zebra", false},
            {"\"ferry axolotl\" \"lemur otter\" steam", true},
            {"\"paddle\"", true},
        };
        for (const Case& k : cases) {
            const QString text = QString::fromUtf8(k.text);
            QCOMPARE(found(text), k.finds ? only : QList<QUuid>{});
            QCOMPARE(counted(text), k.finds ? 1 : 0);
        }
    }

    // A phrase of three words or more in the archive window, page by page,
    // in every order and with a filter: among COEs holding all its pairs but
    // not the phrase (PostgreSQL lists the pairs' candidates and checks their
    // positions only until a page is full), none is listed, none is skipped.
    void longPhrasePagesInEveryOrder()
    {
        CoeRepository repo(*m_archive);
        QList<QUuid> saved, holding; // in the order saved (row ids ascending)
        for (int i = 0; i < 9; ++i) {
            Coe c = makeNewCoe(QStringLiteral("Heronry %1").arg(8 - i)); // titles in the reverse order
            c.severity = i % 2 + 1;
            c.summary = i % 3 == 0 ? QStringLiteral("A gannet heron ibis flew by.")
                        : i % 3 == 1
                            ? QStringLiteral("A gannet heron landed; a heron ibis left.") // both pairs, apart
                            : QStringLiteral("Nothing of the kind.");
            QVERIFY(repo.save(c).ok());
            saved << c.uuid;
            if (i % 3 == 0)
                holding << c.uuid;
        }
        const auto removed = qScopeGuard([&] {
            for (const QUuid& uuid : std::as_const(saved))
                repo.remove(uuid);
        });
        const QList<QUuid> newestFirst{holding.at(2), holding.at(1), holding.at(0)};
        CoeCatalog catalog(*m_archive);
        const QDate today = QDate::currentDate();
        const auto pages = [&](const CoeQuery& query, int pageSize, int knownCount) {
            QList<QUuid> all;
            for (int offset = 0; offset < 12; offset += pageSize) {
                QString error;
                const QList<CoeRow> page = catalog.rows(query, today, offset, pageSize, &error, knownCount);
                if (!error.isEmpty())
                    qWarning("rows error: %s", qPrintable(error));
                for (const CoeRow& row : page)
                    all << row.uuid;
            }
            return all;
        };
        for (const QString& text :
             {QStringLiteral("\"gannet heron ibis\""), QStringLiteral("\"gannet heron ib")}) {
            CoeQuery query;
            query.text = text;
            QCOMPARE(counted(text), 3);
            // Newest first (past kRankLimit matches), one and two rows a page.
            QCOMPARE(pages(query, 1, CoeCatalog::kRankLimit + 1), newestFirst);
            QCOMPARE(pages(query, 2, CoeCatalog::kRankLimit + 1), newestFirst);
            // Best first: the same three (equal rank).
            QList<QUuid> ranked = pages(query, 2, -1);
            std::sort(ranked.begin(), ranked.end());
            QList<QUuid> expected = holding;
            std::sort(expected.begin(), expected.end());
            QCOMPARE(ranked, expected);
            // By title: "Heronry 2", "Heronry 5", "Heronry 8".
            query.sort = CoeQuery::Sort::Title;
            QCOMPARE(pages(query, 2, -1), newestFirst);
            // Severity 1: the first and the third saved (i = 0, 6).
            query.sort = CoeQuery::Sort::Relevance;
            query.severity = 1;
            QString error;
            QCOMPARE(catalog.count(query, today, &error), 2);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(pages(query, 1, CoeCatalog::kRankLimit + 1),
                     (QList<QUuid>{holding.at(2), holding.at(0)}));
        }
    }

    // copy-archive works out the next COEs' search rows ahead
    // (Backend::prepareFullText): a save whose texts differ from those
    // prepared writes its own, and the same texts are found either way.
    void preparedSearchRowsOnlyForTheSameTexts()
    {
        CoeRepository repo(*m_archive);
        const Backend& backend = Backend::of(m_archive->database());
        const auto forget = qScopeGuard([&] { backend.forgetPreparedFullText(); });
        Coe changed = makeNewCoe(QStringLiteral("Zqalpha gauge drift"));
        Coe same = makeNewCoe(QStringLiteral("Zqgamma \"split\" ledger"));
        backend.prepareFullText({changed, same});
        changed.title = QStringLiteral("Zqbeta gauge drift");
        changed.summary = QStringLiteral("zqdelta");
        QVERIFY(repo.save(changed).ok());
        QVERIFY(repo.save(same).ok());
        const auto removed = qScopeGuard([&] {
            repo.remove(changed.uuid);
            repo.remove(same.uuid);
        });
        QCOMPARE(found(QStringLiteral("zqbeta")), QList<QUuid>{changed.uuid});
        QCOMPARE(found(QStringLiteral("zqdelta")), QList<QUuid>{changed.uuid});
        QCOMPARE(found(QStringLiteral("\"zqbeta gauge\"")), QList<QUuid>{changed.uuid});
        QCOMPARE(found(QStringLiteral("zqalpha")), QList<QUuid>{});
        QCOMPARE(found(QStringLiteral("\"zqalpha gauge\"")), QList<QUuid>{});
        QCOMPARE(found(QStringLiteral("\"zqgamma split ledger\"")), QList<QUuid>{same.uuid});
        QCOMPARE(counted(QStringLiteral("\"zqgamma split\"")), 1);
    }

    // A COE with more distinct adjacent words than PostgreSQL's pairs index
    // keeps (its tsvector holds 1 MB): its phrases are still found, from the
    // positions of its words.
    void phrasesInACoeOfManyDistinctWords()
    {
        QFETCH_GLOBAL(QString, backend);
        CoeRepository repo(*m_archive);
        Coe c = makeNewCoe(QStringLiteral("Many words"));
        QStringList words;
        for (int i = 0; i < 40000; ++i)
            words << QStringLiteral("zq%1").arg(i);
        c.impact.description = words.join(QLatin1Char(' '));
        QVERIFY(repo.save(c).ok());
        const auto removed = qScopeGuard([&] { repo.remove(c.uuid); }); // also when a check fails
        if (backend == QLatin1String("postgresql")) {
            QSqlQuery q(m_archive->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM coe_search WHERE pairs_cut")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        const QList<QUuid> only{c.uuid};
        QCOMPARE(found(QStringLiteral("\"zq100 zq101\"")), only);
        QCOMPARE(counted(QStringLiteral("\"zq100 zq101\"")), 1);
        QCOMPARE(found(QStringLiteral("\"zq100 zq101 zq102\"")), only);
        // (Within the first 16383 words: PostgreSQL keeps no position past it.)
        QCOMPARE(found(QStringLiteral("\"zq10000 zq1000")), only);
        QVERIFY(found(QStringLiteral("\"zq100 zq102\"")).isEmpty());
        QCOMPARE(counted(QStringLiteral("\"zq101 zq100\"")), 0);
    }

    // Schema 5 on PostgreSQL: an archive of schema 4 gets the pairs of the
    // COEs it holds, and finds their phrases.
    void phrasePairsMigration()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgresql"))
            QSKIP("PostgreSQL's pairs index: FTS5 keeps positions in its own");
        const QString location = m_locations.at(backend);
        QString error;
        QVERIFY2(execInArchive(location,
                               // Back to schema 4: without the pairs (5), the versions (6), the
                               // review record (7), the chores (8), the contributing factors (9) and
                               // the not-related marks (10); its documents compressed (16).
                               QStringLiteral("DROP TABLE metric_series, metric_charts; DROP TABLE coe_dismissed_similar; DROP TABLE archive_chores; "
                                              "DROP TABLE factor_categories, contributing_factor_whys, "
                                              "contributing_factors, coe_learning; "
                                              "ALTER TABLE timeline_entries DROP COLUMN highlight; "
                                              "DROP TABLE review_questions, review_comments, "
                                              "review_meeting_attendees, review_meetings, coe_reviews; "
                                              "DROP TABLE coe_versions; DROP INDEX coe_search_pairs_even, coe_search_pairs_odd; "
                                              "ALTER TABLE coe_search DROP COLUMN pairs, DROP COLUMN pairs_cut; "
                                              "ALTER TABLE coe_search ALTER COLUMN document SET STORAGE EXTENDED; "
                                              "UPDATE coe_search SET document = document || ''::tsvector; "
                                              "UPDATE schema_version SET version = 4"),
                               &error),
                 qPrintable(error));
        auto archive = Archive::open(location, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion(), Archive::currentSchemaVersion());
        const QList<SearchHit> hits = search(*archive, QStringLiteral("\"pool size\""), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].uuid, m_example.uuid);
        QVERIFY(search(*archive, QStringLiteral("\"size pool\""), 10, &error).isEmpty());
        // Schema 14: no statistics of the pairs, both columns compressed with
        // lz4; schema 16: the document kept uncompressed (storage e, external).
        QSqlQuery q(archive->database());
        QVERIFY2(q.exec(QStringLiteral(
                     "SELECT string_agg(attname || ':' || attstattarget || ':' || attcompression::text "
                     "|| ':' || attstorage::text, ' ' "
                     "ORDER BY attname) FROM pg_attribute WHERE attrelid = 'coe_search'::regclass "
                     "AND attname IN ('document', 'pairs')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("document:-1:l:e pairs:0:l:x"));
        // Schema 15: narrow search rows, their texts out of line.
        QVERIFY2(q.exec(QStringLiteral("SELECT array_to_string(reloptions, ',') FROM pg_class "
                                       "WHERE oid = 'coe_search'::regclass")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("toast_tuple_target=256"));
        // Schema 16: documents written before keep their compression until
        // the README's statement for administrators writes them again.
        const auto compressed = [&q] {
            if (!q.exec(QStringLiteral(
                    "SELECT count(*) FROM coe_search WHERE pg_column_compression(document) IS NOT NULL")) ||
                !q.next())
                return -1;
            return q.value(0).toInt();
        };
        QVERIFY(compressed() > 0);
        QVERIFY2(q.exec(QStringLiteral("UPDATE coe_search SET document = document || ''::tsvector")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(compressed(), 0);
        QVERIFY2(search(*archive, QStringLiteral("\"pool size\""), 10, &error).size() == 1,
                 qPrintable(error));
    }

    // PostgreSQL's planner does not know that testing a row reads its whole
    // document: with narrow rows (schema 15) it would scan and test every
    // row for a page of matches too, not only for a count. Each statement
    // that reads the index runs with sequential scans off (and a table this
    // small would be scanned without it). A statement that reads every match
    // (a count, with a filter too, a ranked page, a page of few matches in any
    // order, search()) finds them in the index before it joins another table:
    // otherwise it would walk that table or coe_search's key and test each
    // row (this small archive: a lookup of coe_search's key for each COE;
    // 10,000 COEs, once saves had grown the GIN index's pending list: the
    // whole key walked, 150-600 ms for a word in 11 COEs). A word and a phrase
    // found nowhere: no snippet statement runs.
    void searchesReadTheIndexNotEveryRow()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgresql"))
            QSKIP("PostgreSQL's planner: FTS5 reads its own index");
        // This connection's own counts (pg_stat_get_xact_numscans), inside a
        // transaction, where none of them is reported away: the shared
        // counts of pg_stat_user_tables also take the scans of the archive's
        // other connections, or the previous test's closing one (seen in
        // CI: 10 more during this test).
        QSqlDatabase db = m_archive->database();
        QVERIFY(db.transaction());
        const auto rollback = qScopeGuard([&db] { db.rollback(); });
        const auto scans = [&db](const char* relation) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT pg_stat_get_xact_numscans(CAST(? AS regclass))"));
            q.addBindValue(QString::fromLatin1(relation));
            if (!q.exec() || !q.next())
                return qint64(-1);
            return q.value(0).toLongLong();
        };
        const qint64 tableScans = scans("coe_search");
        const qint64 keyScans = scans("coe_search_pkey");
        QVERIFY(tableScans >= 0 && keyScans >= 0);
        CoeCatalog catalog(*m_archive);
        const QStringList texts{QStringLiteral("quagga"), QStringLiteral("\"quagga okapi tapir\"")};
        for (const QString& text : texts) {
            CoeQuery query;
            query.text = text;
            QString error;
            QCOMPARE(catalog.count(query, QDate::currentDate(), &error), 0);
            QCOMPARE(catalog.rows(query, QDate::currentDate(), 0, 30, &error).size(), 0);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(found(text).isEmpty());
            CoeQuery filtered = query;
            filtered.severity = 2;
            filtered.sort = CoeQuery::Sort::Title;
            QCOMPARE(catalog.count(filtered, QDate::currentDate(), &error), 0);
            QCOMPARE(catalog.rows(filtered, QDate::currentDate(), 0, 30, &error, 0).size(), 0);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(scans("coe_search_pkey"), keyScans);
        // A page past kRankLimit matches, newest first, may walk the COEs in
        // that order and test each until the page is full (a word in every
        // COE: 6 ms rather than 30 to sort them all), but never scans them.
        for (const QString& text : texts) {
            CoeQuery query;
            query.text = text;
            QString error;
            QCOMPARE(
                catalog.rows(query, QDate::currentDate(), 0, 30, &error, CoeCatalog::kRankLimit + 1).size(),
                0);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(scans("coe_search"), tableScans);
    }

    void diacriticsAndCaseFold()
    {
        QCOMPARE(found(QStringLiteral("cafe")), QList<QUuid>{m_rich.uuid});
        QCOMPARE(found(QStringLiteral("CAFÉ")), QList<QUuid>{m_rich.uuid});
        QCOMPARE(found(QStringLiteral("creme")), QList<QUuid>{m_rich.uuid});
        QCOMPARE(found(QStringLiteral("zoe")), QList<QUuid>{m_rich.uuid}); // owner Zoë
        // Case folds in every script; SQLite removes diacritics of Latin letters only.
        QCOMPARE(found(QStringLiteral("ΕΛΛΗΝΙΚΆ")), QList<QUuid>{m_rich.uuid});
    }

    void searchesEveryPart()
    {
        const QStringList inExample = {
            QStringLiteral("Dana Ortiz"),         // owner
            QStringLiteral("checkout-api"),       // service (a phrase of two tokens)
            QStringLiteral("payments"),           // tag
            QStringLiteral("abandoned"),          // impact description
            QStringLiteral("escalations"),        // consequences
            QStringLiteral("authorisation"),      // second order
            QStringLiteral("mentions"),           // customer sentiment
            QStringLiteral("thread dumps"),       // timeline text
            QStringLiteral("bridge"),             // gap explanation
            QStringLiteral("saturation"),         // metric description
            QStringLiteral("datapoints"),         // question answer
            QStringLiteral("maintenance window"), // question
            QStringLiteral("69 minutes"),         // problem
            QStringLiteral("tenfold"),            // answer
            QStringLiteral("staging profile"),    // why
            QStringLiteral("runbook"),            // action item and related title
            QStringLiteral("Lee Wong"),           // action owner
            QStringLiteral("\"Something went wrong\""),
        };
        for (const QString& text : inExample)
            QVERIFY2(found(text).contains(m_example.uuid), qPrintable(text));
    }

    void hostileTextIsData_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t : {"\"",
                              "\"\"",
                              "\"\"\"",
                              "AND",
                              "OR",
                              "NOT",
                              "a AND",
                              "OR b",
                              "NOT NOT",
                              "(",
                              ")",
                              "((a",
                              "title:",
                              "title:checkout",
                              "{title summary}: x",
                              "NEAR(a b)",
                              "a NEAR/2 b",
                              "^checkout",
                              "*",
                              "-checkout",
                              "+",
                              "'; DROP TABLE coes; --",
                              "a\\\"b",
                              "\\",
                              "%_",
                              "checkout*",
                              "\"checkout",
                              "checkout\"",
                              "\x01\x02",
                              "…",
                              "🙂"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void hostileTextIsData()
    {
        QFETCH(QString, text);
        QString error = QStringLiteral("not cleared");
        search(*m_archive, text, 20, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(CoeRepository(*m_archive).list().size(), 4);
    }

    void operatorsAreMatchedAsWords()
    {
        // "not" appears in the example ("Not alarmed before the event").
        QVERIFY(found(QStringLiteral("NOT alarmed")).contains(m_example.uuid));
        QVERIFY(
            found(QStringLiteral("title:checkout")).isEmpty()); // no column filter: the word pair is absent
    }

    void titleRanksFirstAndSnippetsMark()
    {
        QString error;
        const QList<SearchHit> hits = search(*m_archive, QStringLiteral("kafka"), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].uuid, m_kafkaTitle.uuid);
        QCOMPARE(hits[0].title, m_kafkaTitle.title);
        QCOMPARE(hits[1].uuid, m_kafkaBody.uuid);
        QVERIFY(hits[0].rank <= hits[1].rank);
        QVERIFY2(
            hits[0].snippet.contains(QString(kMatchStart) + QStringLiteral("Kafka") + QString(kMatchEnd)),
            qPrintable(hits[0].snippet));
        QVERIFY2(
            hits[1].snippet.contains(QString(kMatchStart) + QStringLiteral("kafka") + QString(kMatchEnd)),
            qPrintable(hits[1].snippet));

        const QList<SearchHit> orders = search(*m_archive, QStringLiteral("late orders"), 10, &error);
        QCOMPARE(orders.size(), 1);
        const QString html = snippetToHtml(orders[0].snippet);
        QVERIFY2(html.contains(QStringLiteral("<b>late</b>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("&lt;script&gt;")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(kMatchStart));
    }

    // The cut: at most kMaxSearchWords words and kMaxSearchChars characters,
    // with a notice, never an error.
    void cutsLongQueries()
    {
        QCOMPARE(kMaxSearchWords, 32);
        QCOMPARE(kMaxSearchChars, 256);
        QStringList words;
        for (int i = 1; i <= 33; ++i)
            words << QStringLiteral("w%1").arg(i);
        const PreparedSearch exact = prepareSearch(words.mid(0, 32).join(QLatin1Char(' ')));
        QVERIFY(!exact.cut);
        QCOMPARE(exact.match.count(QLatin1Char('"')), 64);
        QVERIFY(exact.match.endsWith(QStringLiteral("\"w32\"*")));

        const PreparedSearch over = prepareSearch(words.join(QLatin1Char(' ')));
        QVERIFY(over.cut);
        QCOMPARE(over.match, exact.match);

        // Words without a letter or digit do not count; trailing ones cut nothing.
        const PreparedSearch dashes =
            prepareSearch(QStringLiteral("- ") + words.mid(0, 32).join(QStringLiteral(" - ")) + QStringLiteral(" - *"));
        QVERIFY(!dashes.cut);
        QCOMPARE(dashes.match, exact.match);

        // Words inside a phrase count.
        const PreparedSearch phrase = prepareSearch(QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"'));
        QVERIFY(phrase.cut);
        QCOMPARE(phrase.match,
                 QLatin1Char('"') + words.mid(0, 32).join(QLatin1Char(' ')) + QStringLiteral("\"*"));

        // Characters: 256 kept, the rest left out.
        const QString longWord = QString(300, QLatin1Char('x'));
        const PreparedSearch chars = prepareSearch(longWord);
        QVERIFY(chars.cut);
        QCOMPARE(chars.match, QLatin1Char('"') + QString(256, QLatin1Char('x')) + QStringLiteral("\"*"));
        const PreparedSearch spaces = prepareSearch(QStringLiteral("deploy") + QString(300, QLatin1Char(' ')));
        QVERIFY(!spaces.cut);
        QCOMPARE(spaces.match, QStringLiteral("\"deploy\"*"));

        // "a OR " 3,000 times: cut, searched, no error.
        const QString hostile = QStringLiteral("a OR ").repeated(3000);
        QVERIFY(prepareSearch(hostile).cut);
        // Its 32 words are two, repeated: each is searched once (the last also as a prefix).
        QCOMPARE(prepareSearch(hostile).match, QStringLiteral("\"a\" \"OR\" \"OR\"*"));
        QString error = QStringLiteral("not cleared");
        search(*m_archive, hostile, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QCOMPARE(searchCutNotice(), QStringLiteral("The search is long: only its first 32 words (at most 256 "
                                                   "characters) were searched for."));
    }

    void repeatedWordsAreSearchedOnce()
    {
        // "the" six times in a pasted paragraph is one condition, not six
        // walks of the longest list of rows; case does not make it another.
        QCOMPARE(prepareSearch(QStringLiteral("the checkout The the \"rate limit\" \"Rate Limit\" the")).match,
                 QStringLiteral("\"the\" \"checkout\" \"rate limit\" \"the\"*"));
        // The same hits as without the repeats.
        QString error;
        const QList<SearchHit> once = search(*m_archive, QStringLiteral("checkout config"), 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!once.isEmpty());
        const QList<SearchHit> repeated =
            search(*m_archive, QStringLiteral("checkout Checkout checkout config"), 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(repeated.size(), once.size());
        for (qsizetype i = 0; i < once.size(); ++i)
            QCOMPARE(repeated.at(i).uuid, once.at(i).uuid);
    }

    void wordlessTextIsNothingToSearchFor()
    {
        for (const QString& text : {QStringLiteral("-"), QStringLiteral("--- *** ..."), QStringLiteral("\"\""),
                                    QStringLiteral("   ")}) {
            QVERIFY2(!hasSearchableText(text), qPrintable(text));
            QVERIFY(ftsQueryFor(text).isEmpty());
        }
        QVERIFY(hasSearchableText(QStringLiteral("-checkout")));
        QVERIFY(hasSearchableText(QStringLiteral("42")));
        QCOMPARE(nothingToSearchNotice(),
                 QStringLiteral("Nothing to search for: the search holds no letter or digit."));
        // The catalog lists nothing for it (not every COE).
        CoeQuery query;
        query.text = QStringLiteral("- * -");
        CoeCatalog catalog(*m_archive);
        QString error;
        QCOMPARE(catalog.count(query, QDate::currentDate(), &error), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(catalog.rows(query, QDate::currentDate(), 0, 50, &error).size(), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A COE of 5,000 timeline entries (the benchmark's is 100,000): found by
    // a word anywhere in it, ranked, with a snippet marking the match where
    // the match lies within the snippet bound, its opening words past it.
    void hugeCoeIsFoundWithSnippets()
    {
        Coe huge = makeNewCoe(QStringLiteral("Replay of the event log"));
        huge.summary = QStringLiteral("The replay wrote one timeline entry per event.");
        const QDateTime start(QDate(2024, 3, 7), QTime(9, 0), QTimeZone::utc());
        for (int i = 0; i < 5000; ++i) {
            TimelineEntry e;
            e.at = start.addSecs(i);
            e.text = i == 4990 ? QStringLiteral("Entry number %1 mentions zanzibar.").arg(i)
                               : QStringLiteral("Entry number %1 of the replay.").arg(i);
            huge.timeline << e;
        }
        QVERIFY(huge.timeline.size() == 5000);
        CoeRepository repo(*m_archive);
        QVERIFY(repo.save(huge).ok());
        const QString hit = QString(kMatchStart) + QStringLiteral("entry"); // "entry number" is one phrase

        QString error;
        for (const QString& text : {QStringLiteral("entry"), QStringLiteral("entry number"),
                                    QStringLiteral("\"entry number\""), QStringLiteral("ENTR")}) {
            const QList<SearchHit> hits = search(*m_archive, text, 10, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits[0].uuid, huge.uuid);
            QVERIFY2(hits[0].snippet.contains(hit, Qt::CaseInsensitive), qPrintable(hits[0].snippet));
        }
        // Past the bound: still found; the snippet is the summary's start.
        const QList<SearchHit> far = search(*m_archive, QStringLiteral("zanzibar"), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(far.size(), 1);
        QCOMPARE(far[0].uuid, huge.uuid);
        QVERIFY2(far[0].snippet.startsWith(QStringLiteral("The replay wrote")), qPrintable(far[0].snippet));
        QVERIFY(!far[0].snippet.contains(kMatchStart));

        // The archive window's query: same rows, same snippets, ranked or not.
        CoeCatalog catalog(*m_archive);
        CoeQuery query;
        query.text = QStringLiteral("entry number");
        QCOMPARE(catalog.count(query, QDate::currentDate(), &error), 1);
        for (int known : {-1, CoeCatalog::kRankLimit + 1}) {
            const QList<CoeRow> rows = catalog.rows(query, QDate::currentDate(), 0, 30, &error, known);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows[0].uuid, huge.uuid);
            QVERIFY2(rows[0].snippet.contains(hit, Qt::CaseInsensitive), qPrintable(rows[0].snippet));
        }
        // Read-only (no temporary table can be written): the same snippet.
        auto reader = Archive::open(m_archive->path(), Archive::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        const QList<SearchHit> readOnly = search(*reader, QStringLiteral("entry"), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(readOnly.size(), 1);
        QVERIFY2(readOnly[0].snippet.contains(hit, Qt::CaseInsensitive), qPrintable(readOnly[0].snippet));
        QVERIFY(repo.remove(huge.uuid));
    }

    void limitAndEmpty()
    {
        QCOMPARE(search(*m_archive, QStringLiteral("kafka"), 1).size(), 1);
        QCOMPARE(search(*m_archive, QStringLiteral("kafka"), 0).size(), 0);
        QString error = QStringLiteral("x");
        QCOMPARE(search(*m_archive, QStringLiteral("   "), 10, &error).size(), 0);
        QVERIFY(error.isEmpty());
    }

    void readOnlyArchiveSearches()
    {
        QString error;
        auto reader = Archive::open(m_archive->path(), Archive::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(search(*reader, QStringLiteral("cafe"), 5, &error).size(), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void removedCoesAreNotFound()
    {
        CoeRepository repo(*m_archive);
        QVERIFY(repo.remove(m_kafkaBody.uuid));
        QCOMPARE(found(QStringLiteral("kafka")), QList<QUuid>{m_kafkaTitle.uuid});
    }
};

QTEST_GUILESS_MAIN(TestArchiveSearch)
#include "TestArchiveSearch.moc"
