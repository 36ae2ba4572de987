// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
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

    static QString fixtureName() { return QStringLiteral("archive-v1.sqlite"); }

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
            QCOMPARE(archive->schemaVersion(), 1);
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
        QCOMPARE(archive->schemaVersion(), 1);
        QCOMPARE(Archive::currentSchemaVersion(), 1);
        const Archive::Settings s = archive->settings();
        QCOMPARE(s.applicationId, qint64(0x48534754));
        QCOMPARE(Archive::applicationId(), 0x48534754);
        QCOMPARE(s.userVersion, 1);
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
        QCOMPARE(archive->settings().userVersion, 1);
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
        QCOMPARE(archive->schemaVersion(), 1);
        const auto loaded = CoeRepository(*archive).load(coe.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_EVERY_FIELD(*loaded, coe);
    }

    // The version-1 fixture, field by field: it must open with every later
    // schema, migrated, and lose nothing.
    void opensVersion1Fixture_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-write (migrates)") << false;
        QTest::newRow("read-only") << true;
    }
    void opensVersion1Fixture()
    {
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixtureName(), dataPath(fixtureName()));
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileChecksum(path);
        QString error;
        auto archive =
            Archive::open(path, readOnly ? Archive::Access::ReadOnly : Archive::Access::ReadWrite, &error);
        if (readOnly && Archive::currentSchemaVersion() > 1) {
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
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
