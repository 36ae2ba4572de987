// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "storage/SimilarCoes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// "Has this happened before?" (issue #14): SimilarCoes ranks past COEs by
// shared services, shared factor categories and shared significant words of
// the title and summary, and leaves out the COE itself, COEs it relates,
// COEs in the Trash and COEs marked not related; on both back ends.
class TestSimilarCoes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    static Coe make(const QString& title, const QString& summary, const QStringList& services,
                    const QStringList& categories)
    {
        Coe c = makeNewCoe(title);
        c.summary = summary;
        c.services = services;
        for (int i = 0; i < categories.size(); ++i)
            c.factors << ContributingFactor{QStringLiteral("f%1").arg(i), categories.at(i), {}, {}};
        return c;
    }

    Coe saved(const QString& title, const QString& summary, const QStringList& services,
              const QStringList& categories)
    {
        Coe c = make(title, summary, services, categories);
        const SaveResult r = CoeRepository(*m_archive).save(c);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error));
        return c;
    }

    QStringList titles(const QList<SimilarCoe>& found)
    {
        QStringList out;
        for (const SimilarCoe& s : found)
            out << s.title;
        return out;
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
    }
    void cleanup() { m_archive.reset(); }

    void significantWordsLeaveOutNoise()
    {
        Coe c = makeNewCoe(QStringLiteral("The Payments failover to 2 regions"));
        c.summary = QStringLiteral("Timeout, timeout and TIMEOUT; the café was a façade. INC-4711 and 12345.");
        QCOMPARE(SimilarCoes::significantWords(c),
                 (QStringList{QStringLiteral("payments"), QStringLiteral("failover"), QStringLiteral("regions"),
                              QStringLiteral("timeout"), QStringLiteral("cafe"), QStringLiteral("facade"),
                              QStringLiteral("inc")}));
    }

    // Services count most, then categories, then words; the reason says why.
    void ranksBySharedServicesCategoriesAndWords()
    {
        const Coe both = saved(QStringLiteral("Checkout errors"), QStringLiteral("Nothing alike in words."),
                               {QStringLiteral("payments"), QStringLiteral("ledger")},
                               {QStringLiteral("change/configuration")});
        const Coe service = saved(QStringLiteral("Ledger lag"), QStringLiteral("Slow batch."),
                                  {QStringLiteral("ledger")}, {});
        const Coe words = saved(QStringLiteral("Zeppelin failover timeout"),
                                QStringLiteral("The zeppelin failover hit a timeout."), {QStringLiteral("search")},
                                {QStringLiteral("capacity")});
        const Coe category = saved(QStringLiteral("Unrelated thing"), QStringLiteral("Different words entirely."),
                                   {QStringLiteral("dns")}, {QStringLiteral("change/configuration")});
        saved(QStringLiteral("Nothing in common"), QStringLiteral("Quiet day."), {QStringLiteral("cdn")}, {});
        for (int i = 0; i < 6; ++i) // so that the words are rare in the archive
            saved(QStringLiteral("Filler %1").arg(i), QStringLiteral("Other text here."), {QStringLiteral("x")}, {});

        Coe current = make(QStringLiteral("Zeppelin failover timeout again"),
                           QStringLiteral("A zeppelin failover timeout."),
                           {QStringLiteral("payments"), QStringLiteral("ledger")},
                           {QStringLiteral("change/configuration"), QStringLiteral("capacity")});
        QString error;
        const QList<SimilarCoe> found = SimilarCoes(*m_archive).find(current, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // both: 2 x 3 + 2 = 8; words: 2 (capacity) + 4 (every word) = 6; service: 3; category: 2 < kMinScore.
        QCOMPARE(titles(found), (QStringList{both.title, words.title, service.title}));
        QCOMPARE(found[0].uuid, both.uuid);
        QCOMPARE(found[0].score, 8.0);
        QCOMPARE(found[0].services, (QStringList{QStringLiteral("payments"), QStringLiteral("ledger")}));
        QCOMPARE(found[0].categories, QStringList{QStringLiteral("change/configuration")});
        QCOMPARE(found[0].reason(),
                 QStringLiteral("same services payments, ledger; same factor change/configuration"));
        QVERIFY(qAbs(found[1].score - 6.0) < 1e-9);
        QCOMPARE(found[1].words.size(), 3);
        QVERIFY(found[1].reason().startsWith(QStringLiteral("same factor capacity; words: ")));
        QCOMPARE(found[2].score, 3.0);
        QVERIFY(!found[0].incidentAt.isValid());
        Q_UNUSED(category);

        // The limit keeps the best.
        QCOMPARE(titles(SimilarCoes(*m_archive).find(current, 1, &error)), QStringList{both.title});
    }

    // Itself, related COEs, the Trash and "not related" are never offered;
    // not related is per COE and survives reopening the archive.
    void exclusions()
    {
        const Coe a = saved(QStringLiteral("A"), {}, {QStringLiteral("payments")}, {});
        const Coe b = saved(QStringLiteral("B"), {}, {QStringLiteral("payments")}, {});
        const Coe c = saved(QStringLiteral("C"), {}, {QStringLiteral("payments")}, {});
        const Coe d = saved(QStringLiteral("D"), {}, {QStringLiteral("payments")}, {});
        Coe current = saved(QStringLiteral("Current"), {}, {QStringLiteral("payments")}, {});
        QString error;
        QCOMPARE(titles(SimilarCoes(*m_archive).find(current, 10, &error)),
                 (QStringList{QStringLiteral("D"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));

        current.related << RelatedItem{RelatedKind::Coe, QStringLiteral("B"), b.uuid.toString(QUuid::WithoutBraces), {}};
        QVERIFY2(CoeCatalog(*m_archive).moveToTrash(c.uuid, &error), qPrintable(error));
        SimilarCoes similar(*m_archive);
        QVERIFY2(similar.markNotRelated(current.uuid, d.uuid, &error), qPrintable(error));
        QVERIFY2(similar.markNotRelated(current.uuid, d.uuid, &error), qPrintable(error)); // twice is once
        QCOMPARE(titles(similar.find(current, 10, &error)), QStringList{QStringLiteral("A")});
        // Per COE: for A, D is still offered (and A's own related list is its own).
        QCOMPARE(titles(similar.find(a, 10, &error)),
                 (QStringList{QStringLiteral("Current"), QStringLiteral("D"), QStringLiteral("B")}));

        const QString location = m_archive->location();
        m_archive.reset();
        m_archive = Archive::open(location, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        SimilarCoes reopened(*m_archive);
        QCOMPARE(reopened.notRelated(current.uuid, &error), QList<QUuid>{d.uuid});
        QCOMPARE(titles(reopened.find(current, 10, &error)), QStringList{QStringLiteral("A")});
        QVERIFY2(reopened.unmarkNotRelated(current.uuid, d.uuid, &error), qPrintable(error));
        QCOMPARE(titles(reopened.find(current, 10, &error)), (QStringList{QStringLiteral("D"), QStringLiteral("A")}));
        QVERIFY(error.isEmpty());
    }

    // The user's words are data: quotes, operators and hostile text find
    // what they say and never fail.
    void userTextIsNeverQuerySyntax()
    {
        saved(QStringLiteral("near OR and NOT thing"), QStringLiteral("Quote \" and star * and 'tick'."),
              {QStringLiteral("x'); DROP TABLE coes; --")}, {QStringLiteral("a\"b")});
        const Coe current = make(QStringLiteral("\"near\" OR NOT * ( ) : ^ {title}: NEAR(a b)"),
                                 QStringLiteral("'tick' \\ ; -- \" * 'unbalanced"),
                                 {QStringLiteral("x'); DROP TABLE coes; --")}, {QStringLiteral("a\"b")});
        QString error;
        const QList<SimilarCoe> found = SimilarCoes(*m_archive).find(current, 5, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(titles(found), QStringList{QStringLiteral("near OR and NOT thing")});
        QVERIFY(found[0].words.contains(QStringLiteral("near")));
        QVERIFY(found[0].words.contains(QStringLiteral("tick")));
    }

    void emptyCoeFindsNothing()
    {
        saved(QStringLiteral("Something"), QStringLiteral("Text."), {QStringLiteral("x")}, {});
        QString error;
        QVERIFY(SimilarCoes(*m_archive).find(makeNewCoe(), 5, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimilarCoes)
#include "TestSimilarCoes.moc"
