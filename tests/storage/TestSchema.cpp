// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "SchemaVersion.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "storage/CoeSummary.h"
#include "storage/Schema.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// The schema and its versions. tests/data/archive-v1.sqlite is an archive
// written by schema version 1 (the example COE and richCoe()); every later
// version must still open it and read every field. Regenerate it only when
// adding it for a new version: HINDSIGHT_WRITE_FIXTURES=1 ./TestSchema.

class TestSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString fixtureName(int version = Archive::currentSchemaVersion())
    {
        return QStringLiteral("archive-v%1.sqlite").arg(version);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsSet("HINDSIGHT_WRITE_FIXTURES"))
            return;
        const QString target = dataPath(fixtureName());
        QFile::remove(target);
        QString error;
        {
            auto archive = Archive::open(target, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            QCOMPARE(archive->schemaVersion(), Archive::currentSchemaVersion());
            archive->changes()->setSaver({QStringLiteral("Fixture"), QStringLiteral("fixture-host")});
            CoeRepository repo(*archive);
            Coe example = exampleCoe();
            Coe rich = richCoe();
            QVERIFY(repo.save(example).ok());
            QVERIFY(repo.save(rich).ok());
        } // closing the last connection checkpoints the WAL into the file
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        qInfo("wrote %s", qPrintable(target));
    }

    void newArchiveIsConfigured()
    {
        QString error;
        auto archive =
            Archive::open(m_dir.filePath(QStringLiteral("new.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(!archive->isReadOnly());
        QVERIFY(!archive->openedReadOnlyFallback());
        QVERIFY(archive->readOnlyMessage().isEmpty());
        QCOMPARE(archive->schemaVersion(), kSchemaVersion);
        QCOMPARE(Archive::currentSchemaVersion(), kSchemaVersion);
        const Archive::Settings s = archive->settings();
        QCOMPARE(s.applicationId, qint64(0x48534754));
        QCOMPARE(Archive::applicationId(), 0x48534754);
        QCOMPARE(s.userVersion, kSchemaVersion);
        QCOMPARE(s.journalMode, QStringLiteral("wal"));
        QVERIFY(s.foreignKeys);
        QCOMPARE(s.synchronous, 1); // NORMAL
        QCOMPARE(s.busyTimeoutMs, 5000);
        QString report;
        QVERIFY2(archive->checkIntegrity(&report), qPrintable(report));
        QCOMPARE(report, QStringLiteral("ok"));
    }

    void migrationsAreOrdered()
    {
        const QList<schema::Migration>& list = schema::migrations();
        QCOMPARE(list.size(), Archive::currentSchemaVersion());
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].fromVersion, i);
            QVERIFY(list[i].apply != nullptr);
            QVERIFY(qstrlen(list[i].description) > 0);
        }
    }

    void namedConnectionsSideBySide()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        QString error;
        auto a =
            Archive::open(m_dir.filePath(QStringLiteral("a.sqlite")), Archive::Access::ReadWrite, &error);
        auto b =
            Archive::open(m_dir.filePath(QStringLiteral("b.sqlite")), Archive::Access::ReadWrite, &error);
        auto a2 =
            Archive::open(m_dir.filePath(QStringLiteral("a.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY(a && b && a2);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 3);
        QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
        QVERIFY(a->database().connectionName() != a2->database().connectionName());
        QVERIFY(a->database().isOpen() && b->database().isOpen());
        Coe coe = exampleCoe();
        QVERIFY(CoeRepository(*a).save(coe).ok());
        QVERIFY(CoeRepository(*a2).exists(coe.uuid));
        QVERIFY(!CoeRepository(*b).exists(coe.uuid));
        a.reset();
        b.reset();
        a2.reset();
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void createsMissingFolders()
    {
        const QString path = m_dir.filePath(QStringLiteral("deep/er/folder/archive.sqlite"));
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(archive->path(), QFileInfo(path).absoluteFilePath());
    }

    void missingFileReadOnlyIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent/archive.sqlite"));
        QString error;
        QVERIFY(!Archive::open(path, Archive::Access::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("absent"))));
    }

    void emptyFileBecomesArchive()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->settings().userVersion, Archive::currentSchemaVersion());
        QCOMPARE(archive->settings().applicationId, qint64(Archive::applicationId()));
    }

    void defaultPathIsInAppData()
    {
        const QString path = Archive::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/archive.sqlite")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void reopenKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        QString error;
        Coe coe = richCoe();
        {
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY(archive);
            QVERIFY(CoeRepository(*archive).save(coe).ok());
        }
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion(), Archive::currentSchemaVersion());
        const auto loaded = CoeRepository(*archive).load(coe.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_EVERY_FIELD(*loaded, coe);
    }

    // Every fixture, field by field: each must open with every later schema,
    // migrated, and lose nothing.
    void opensOlderFixtures_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("readOnly");
        for (int v = 1; v <= Archive::currentSchemaVersion(); ++v) {
            QTest::addRow("v%d read-write", v) << v << false;
            QTest::addRow("v%d read-only", v) << v << true;
        }
    }
    void opensOlderFixtures()
    {
        QFETCH(int, version);
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixtureName(version), dataPath(fixtureName(version)));
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileChecksum(path);
        QString error;
        auto archive = Archive::open(path, readOnly ? Archive::Access::ReadOnly : Archive::Access::ReadWrite, &error);
        if (readOnly && Archive::currentSchemaVersion() > version) {
            QVERIFY(!archive); // an older archive needs upgrading, which read-only cannot do
            return;
        }
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion(), Archive::currentSchemaVersion());
        QVERIFY(archive->checkIntegrity());
        CoeRepository repo(*archive);
        const QList<CoeHeader> headers = repo.list(&error);
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers[0].uuid, richCoe().uuid); // updated 2025 before 2024
        QCOMPARE(headers[1].uuid, exampleCoe().uuid);
        QCOMPARE(headers[1].title, exampleCoe().title);
        QCOMPARE(headers[1].severity, std::optional<int>(2));
        QCOMPARE(headers[1].revision, 1);

        const auto example = repo.load(exampleCoe().uuid, &error);
        QVERIFY2(example, qPrintable(error));
        QCOMPARE(example->revision, 1);
        COMPARE_EVERY_FIELD(*example, exampleCoe());
        QCOMPARE(example->metrics[0].images[0].data.left(8), QByteArray::fromHex("89504e470d0a1a0a"));
        QCOMPARE(example->displayTimeZone.id(), QByteArray("America/Bogota"));
        QCOMPARE(example->timeline[3].gapExplanation, exampleCoe().timeline[3].gapExplanation);

        const auto rich = repo.load(richCoe().uuid, &error);
        QVERIFY2(rich, qPrintable(error));
        COMPARE_EVERY_FIELD(*rich, richCoe());
        if (readOnly) {
            archive.reset();
            QCOMPARE(fileChecksum(path), before);
        }
    }

    // Version 1 -> 2 fills coe_summary from the stored COEs with exactly what
    // a save computes: the list reads the same before and after re-saving.
    void migrationFillsSummaryLikeSave()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixtureName(1), dataPath(fixtureName(1)));
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion(), Archive::currentSchemaVersion());
        CoeCatalog catalog(*archive);
        const QDate today(2024, 6, 1);
        CoeQuery byTitle;
        byTitle.sort = CoeQuery::Sort::Title;
        QCOMPARE(catalog.total(), 2); // the live count starts from the migrated rows
        const QList<CoeRow> migrated = catalog.rows(byTitle, today, 0, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(migrated.size(), 2);
        const Coe example = exampleCoe();
        const CoeRow& row = migrated[0].uuid == example.uuid ? migrated[0] : migrated[1];
        QCOMPARE(row.uuid, example.uuid);
        QCOMPARE(row.title, example.title);
        QCOMPARE(row.incidentAt, coesummary::incidentAt(example));
        QVERIFY(row.incidentAt.isValid());
        QCOMPARE(row.services, example.services.join(QStringLiteral(", ")));
        QCOMPARE(row.openActions, coesummary::openActions(example));
        QCOMPARE(row.nextDue, coesummary::nextDue(example));
        QCOMPARE(row.displayTimeZone, QByteArray("America/Bogota"));
        QCOMPARE(row.severity, std::optional<int>(2));
        QVERIFY(row.status == Status::InReview);

        CoeRepository repo(*archive);
        for (const CoeRow& r : migrated) {
            std::optional<Coe> coe = repo.load(r.uuid, &error);
            QVERIFY2(coe, qPrintable(error));
            QVERIFY(repo.save(*coe).ok());
        }
        const QList<CoeRow> saved = catalog.rows(byTitle, today, 0, 10, &error);
        QCOMPARE(saved.size(), migrated.size());
        for (int i = 0; i < saved.size(); ++i) {
            QCOMPARE(saved[i].uuid, migrated[i].uuid);
            QCOMPARE(saved[i].title, migrated[i].title);
            QCOMPARE(saved[i].incidentAt, migrated[i].incidentAt);
            QCOMPARE(saved[i].services, migrated[i].services);
            QCOMPARE(saved[i].openActions, migrated[i].openActions);
            QCOMPARE(saved[i].overdueActions, migrated[i].overdueActions);
            QCOMPARE(saved[i].nextDue, migrated[i].nextDue);
            QCOMPARE(saved[i].updatedAt, migrated[i].updatedAt);
            QCOMPARE(saved[i].owner, migrated[i].owner);
            QVERIFY(saved[i].status == migrated[i].status);
            QCOMPARE(saved[i].reviewErrors, migrated[i].reviewErrors);
            QCOMPARE(saved[i].reviewWarnings, migrated[i].reviewWarnings);
            QCOMPARE(saved[i].reviewOptions, migrated[i].reviewOptions);
        }
    }

    // Version 2 -> 3 checks every stored COE once (default options) and keeps
    // the error and warning counts in coe_summary, exactly what a save stores.
    void migrationStoresReviewCounts_data()
    {
        QTest::addColumn<int>("version");
        QTest::addRow("from v1") << 1;
        QTest::addRow("from v2") << 2;
    }
    void migrationStoresReviewCounts()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixtureName(version), dataPath(fixtureName(version)));
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(archive->schemaVersion() >= 3);
        CoeRepository repo(*archive);
        const QList<CoeRow> rows = CoeCatalog(*archive).rows(CoeQuery{}, QDate(2024, 6, 1), 0, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        bool someFindings = false;
        for (const CoeRow& r : rows) {
            const std::optional<Coe> coe = repo.load(r.uuid, &error);
            QVERIFY2(coe, qPrintable(error));
            const ReviewCounts expected = reviewCounts(*coe, analysis::CheckOptions{});
            QCOMPARE(r.reviewErrors, expected.errors);
            QCOMPARE(r.reviewWarnings, expected.warnings);
            QCOMPARE(r.reviewOptions, reviewOptionsKey(analysis::CheckOptions{}));
            someFindings = someFindings || expected.errors + expected.warnings > 0;
        }
        QVERIFY(someFindings); // the fixtures are not both spotless: the counts mean something
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
