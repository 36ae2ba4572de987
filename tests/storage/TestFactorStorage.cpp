// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/FactorTaxonomy.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// What a COE gives for learning across incidents (format 1.1; schema 9:
// timeline highlights, coe_learning, contributing_factors and their whys) and
// the archive's taxonomy of factor categories, on both back ends.
class TestFactorStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    qint64 rows(const QString& table)
    {
        QSqlQuery q(m_archive->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // richCoe() with every 1.1 learning field, hostile text included.
    static Coe learningCoe()
    {
        Coe c = richCoe();
        c.templateName = QStringLiteral("outage <b>");
        c.detection = Detection{DetectionSource::CustomerReport, QStringLiteral("A customer wrote in: “😡”.\n\nTwice.")};
        c.timeline[0].highlight = true;
        c.timeline[3].highlight = true;
        c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("change/configuration"),
                                        QStringLiteral("Pool limit lowered; <img src=x>"),
                                        {QStringLiteral("w2"), QStringLiteral("w1")}},
                     ContributingFactor{QStringLiteral("f2"), QStringLiteral("vendor/cdn Ünïcode"), QString(), {}}};
        return c;
    }

    static QStringList names(const QList<FactorCategory>& categories)
    {
        QStringList out;
        for (const FactorCategory& c : categories)
            out << c.name;
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

    void savesAndLoadsEveryField()
    {
        CoeRepository repo(*m_archive);
        Coe c = learningCoe();
        QVERIFY(repo.save(c).ok());
        QString error;
        auto loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_EVERY_FIELD(*loaded, c);
        QCOMPARE(exchange::CoeJson::write(*loaded), exchange::CoeJson::write(c));
        QCOMPARE(rows(QStringLiteral("coe_learning")), 1);
        QCOMPARE(rows(QStringLiteral("contributing_factors")), 2);
        QCOMPARE(rows(QStringLiteral("contributing_factor_whys")), 2);

        // Saved again without them: nothing is left behind.
        c.templateName.clear();
        c.detection = {};
        c.factors.clear();
        c.timeline[0].highlight = false;
        QVERIFY(repo.save(c).ok());
        loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_EVERY_FIELD(*loaded, c);
        QCOMPARE(rows(QStringLiteral("coe_learning")), 0);
        QCOMPARE(rows(QStringLiteral("contributing_factors")), 0);
        QCOMPARE(rows(QStringLiteral("contributing_factor_whys")), 0);
    }

    // A fresh archive holds the seeded families; a save that uses a category
    // the taxonomy lacks adds it at the end (an import never drops one).
    void savesAddUnknownCategories()
    {
        FactorTaxonomy taxonomy(*m_archive);
        QString error;
        const QList<FactorCategory> seeded = taxonomy.categories(true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(names(seeded), FactorTaxonomy::seededNames());
        for (const FactorCategory& c : seeded) {
            QVERIFY(c.builtIn);
            QVERIFY(!c.retired);
            QVERIFY(!c.displayName().isEmpty());
            QVERIFY(c.displayName() != c.name);
        }
        CoeRepository repo(*m_archive);
        Coe c = learningCoe();
        QVERIFY(repo.save(c).ok());
        QVERIFY(repo.save(c).ok()); // not twice
        QStringList expected = FactorTaxonomy::seededNames();
        expected << QStringLiteral("vendor/cdn Ünïcode");
        const QList<FactorCategory> after = taxonomy.categories(true, &error);
        QCOMPARE(names(after), expected);
        QVERIFY(!after.last().builtIn);
        QCOMPARE(after.last().displayName(), QStringLiteral("vendor/cdn Ünïcode"));
        QCOMPARE(taxonomy.usage().value(QStringLiteral("change/configuration")), 1);
    }

    // Renaming a category renames it in every COE in one transaction, and
    // gives those COEs a new revision (an editor holding one gets a conflict).
    void renameChangesEveryCoe()
    {
        CoeRepository repo(*m_archive);
        Coe a = learningCoe();
        Coe b = exampleCoe();
        b.factors = {ContributingFactor{QStringLiteral("x"), QStringLiteral("change/configuration"), {}, {}},
                     ContributingFactor{QStringLiteral("y"), QStringLiteral("capacity"), {}, {}}};
        Coe untouched = exampleCoe();
        untouched.uuid = QUuid::createUuid();
        QVERIFY(repo.save(a).ok());
        QVERIFY(repo.save(b).ok());
        QVERIFY(repo.save(untouched).ok());
        const qint64 revisionA = repo.load(a.uuid)->revision;
        const qint64 revisionUntouched = repo.load(untouched.uuid)->revision;

        FactorTaxonomy taxonomy(*m_archive);
        QString error;
        QVERIFY2(taxonomy.rename(QStringLiteral("change/configuration"), QStringLiteral("change/config"), &error),
                 qPrintable(error));
        QCOMPARE(repo.load(a.uuid)->factors[0].category, QStringLiteral("change/config"));
        QCOMPARE(repo.load(b.uuid)->factors[0].category, QStringLiteral("change/config"));
        QCOMPARE(repo.load(a.uuid)->revision, revisionA + 1);
        QCOMPARE(repo.load(untouched.uuid)->revision, revisionUntouched);
        QStringList expected = names(taxonomy.categories());
        QCOMPARE(expected.at(1), QStringLiteral("change/config")); // in its place
        QVERIFY(!expected.contains(QStringLiteral("change/configuration")));

        // A saved old copy of `a` now conflicts instead of writing the old name back.
        QVERIFY(!repo.save(a).ok());

        // Refused: a name in use, a name missing, a blank name; nothing changes.
        QVERIFY(!taxonomy.rename(QStringLiteral("capacity"), QStringLiteral("change/config"), &error));
        QVERIFY(error.contains(QLatin1String("change/config")));
        QVERIFY(!taxonomy.rename(QStringLiteral("nothing"), QStringLiteral("else"), &error));
        QVERIFY(!taxonomy.rename(QStringLiteral("capacity"), QStringLiteral("  "), &error));
        QCOMPARE(names(taxonomy.categories()), expected);

        // Merge: every factor moves, the merged category goes.
        QVERIFY2(taxonomy.merge(QStringLiteral("capacity"), QStringLiteral("change/config"), &error),
                 qPrintable(error));
        const auto merged = repo.load(b.uuid);
        QCOMPARE(merged->factors[1].category, QStringLiteral("change/config"));
        QVERIFY(!names(taxonomy.categories()).contains(QStringLiteral("capacity")));
        QCOMPARE(taxonomy.usage().value(QStringLiteral("change/config")), 3);
        QVERIFY(!taxonomy.merge(QStringLiteral("detection-gap"), QStringLiteral("nowhere"), &error));
    }

    void retiredCategoriesAreKeptButNotOffered()
    {
        FactorTaxonomy taxonomy(*m_archive);
        QString error;
        QVERIFY2(taxonomy.setRetired(QStringLiteral("change/data"), true, &error), qPrintable(error));
        QVERIFY(!names(taxonomy.categories(false)).contains(QStringLiteral("change/data")));
        QVERIFY(names(taxonomy.categories(true)).contains(QStringLiteral("change/data")));
        QVERIFY(taxonomy.add(QStringLiteral("team/handover"), QStringLiteral("Handover <b>"), &error));
        QCOMPARE(taxonomy.categories().last().displayName(), QStringLiteral("Handover <b>"));
        QVERIFY(!taxonomy.add(QStringLiteral("team/handover"), {}, &error));
        QVERIFY(!taxonomy.setRetired(QStringLiteral("nothing"), true, &error));
    }
};

QTEST_GUILESS_MAIN(TestFactorStorage)
#include "TestFactorStorage.moc"
