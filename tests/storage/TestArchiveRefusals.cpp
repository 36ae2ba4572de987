// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace hindsight;
using namespace hindsight::test;

// Files Hindsight must not open as an archive, and files it may only read.
// Every refusal leaves the file byte-for-byte unchanged (SHA-256 before and
// after) and puts nothing beside it (no -wal or -shm file).
//
// The fixtures other-application.sqlite, plain-sqlite.sqlite,
// archive-v99.sqlite and archive-v99-wal.sqlite were made with the sqlite3
// command-line shell (see the report of the storage branch):
//   other-application: application_id 1196444237, a table `notes`;
//   plain-sqlite: application_id 0 with a table (any SQLite tool's file);
//   archive-v99(-wal): application_id 'HSGT', user_version 99 (the -wal one
//   in WAL journal mode).
class TestArchiveRefusals : public QObject
{
    Q_OBJECT

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                                      QDir::Name);
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // A folder with an archive holding the example COE, closed again.
    static QString makeArchive(const QString& folder, Coe* saved)
    {
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("archive.sqlite"));
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        if (!archive)
            return {};
        *saved = exampleCoe();
        if (!CoeRepository(*archive).save(*saved).ok())
            return {};
        return path;
    }

private slots:
    void refuses_data()
    {
        QTest::addColumn<QString>("fixture"); // a file in tests/data, or empty: `bytes`
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("readOnly");

        const QString notSqlite = QStringLiteral("is not an SQLite database");
        const QString notOurs = QStringLiteral("is not a Hindsight archive");
        const QString newer =
            QStringLiteral("was made by a newer version of Hindsight (schema 99; this version reads up to %1)")
                .arg(Archive::currentSchemaVersion());
        QByteArray text;
        for (int i = 0; i < 40; ++i)
            text += "Meeting notes, not an archive. Line " + QByteArray::number(i) + "\n";
        for (bool readOnly : {false, true}) {
            const char* mode = readOnly ? "read-only" : "read-write";
            QTest::addRow("text file, %s", mode) << QString() << text << notSqlite << readOnly;
            QTest::addRow("PNG-like binary, %s", mode)
                << QString() << binaryImage(3000) << notSqlite << readOnly;
            QTest::addRow("shorter than a header, %s", mode)
                << QString() << QByteArray("SQLite") << notSqlite << readOnly;
            QTest::addRow("SQLite header, garbage after, %s", mode)
                << QString() << QByteArray("SQLite format 3\0", 16) + binaryImage(5000)
                << QStringLiteral("damaged or not an SQLite database") << readOnly;
            QTest::addRow("another application's SQLite file, %s", mode)
                << QStringLiteral("other-application.sqlite") << QByteArray() << notOurs << readOnly;
            QTest::addRow("plain SQLite file with a table, %s", mode)
                << QStringLiteral("plain-sqlite.sqlite") << QByteArray() << notOurs << readOnly;
            QTest::addRow("Hindsight schema 99, %s", mode)
                << QStringLiteral("archive-v99.sqlite") << QByteArray() << newer << readOnly;
            QTest::addRow("Hindsight schema 99 in WAL mode, %s", mode)
                << QStringLiteral("archive-v99-wal.sqlite") << QByteArray() << newer << readOnly;
        }
    }
    void refuses()
    {
        QFETCH(QString, fixture);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(bool, readOnly);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path;
        if (fixture.isEmpty()) {
            path = dir.filePath(QStringLiteral("file.sqlite"));
            writeFile(path, bytes);
        } else {
            path = copyFixture(dir, fixture, dataPath(fixture));
        }
        QVERIFY(QFileInfo::exists(path));
        const QByteArray before = fileChecksum(path);
        QVERIFY(!before.isEmpty());
        const QStringList filesBefore = entries(dir.path());

        QString error;
        auto archive =
            Archive::open(path, readOnly ? Archive::Access::ReadOnly : Archive::Access::ReadWrite, &error);
        QVERIFY(!archive);
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(fileChecksum(path), before);
        QCOMPARE(entries(dir.path()), filesBefore);
    }

    void readOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        Coe saved;
        const QString path = makeArchive(dir.filePath(QStringLiteral("ro")), &saved);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
        const QByteArray before = fileChecksum(path);
        if (geteuid() != 0) {
            QFile probe(path);
            QVERIFY(!probe.open(QIODevice::ReadWrite)); // the system refuses too
        }
        // As root the system would let us write a 0444 file; Hindsight still
        // honours the read-only mark, so the rest holds for root as well.
        {
            QString error;
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            QVERIFY(archive->isReadOnly());
            QVERIFY(archive->openedReadOnlyFallback());
            QVERIFY(archive->readOnlyMessage().contains(QStringLiteral("read-only")));
            QVERIFY(archive->readOnlyMessage().contains(QDir::toNativeSeparators(path)));
            CoeRepository repo(*archive);
            const auto loaded = repo.load(saved.uuid, &error);
            QVERIFY2(loaded, qPrintable(error));
            COMPARE_EVERY_FIELD(*loaded, saved);
            Coe changed = *loaded;
            changed.title = QStringLiteral("must not be saved");
            const SaveResult r = repo.save(changed);
            QVERIFY(r.status == SaveResult::Status::Error);
            QVERIFY2(r.error.contains(QStringLiteral("read-only")), qPrintable(r.error));
            QVERIFY(!repo.remove(saved.uuid, &error));
            QCOMPARE(repo.list().size(), 1);
        }
        QCOMPARE(fileChecksum(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void readOnlyFolderOpensReadOnly()
    {
        QTemporaryDir dir;
        Coe saved;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        const QString path = makeArchive(folder, &saved);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileChecksum(path);
        const QStringList filesBefore = entries(folder);
        QCOMPARE(filesBefore, QStringList{QStringLiteral("archive.sqlite")});
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                  QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther)); // 0555
        {
            QString error;
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            QVERIFY(archive->isReadOnly());
            QVERIFY(archive->openedReadOnlyFallback());
            QVERIFY2(archive->readOnlyMessage().contains(QStringLiteral("folder")),
                     qPrintable(archive->readOnlyMessage()));
            CoeRepository repo(*archive);
            const auto loaded = repo.load(saved.uuid, &error);
            QVERIFY2(loaded, qPrintable(error));
            COMPARE_EVERY_FIELD(*loaded, saved);
            Coe copy = *loaded;
            QVERIFY(repo.save(copy).status == SaveResult::Status::Error);
            QCOMPARE(entries(folder), filesBefore); // no -wal or -shm could be made, none was
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(fileChecksum(path), before);
        QCOMPARE(entries(folder), filesBefore);
    }

    void explicitReadOnlyOnWritableFile()
    {
        QTemporaryDir dir;
        Coe saved;
        const QString path = makeArchive(dir.filePath(QStringLiteral("rw")), &saved);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileChecksum(path);
        {
            QString error;
            auto archive = Archive::open(path, Archive::Access::ReadOnly, &error);
            QVERIFY2(archive, qPrintable(error));
            QVERIFY(archive->isReadOnly());
            QVERIFY(!archive->openedReadOnlyFallback());
            QVERIFY(!archive->readOnlyMessage().isEmpty());
            CoeRepository repo(*archive);
            QVERIFY(repo.exists(saved.uuid));
            QVERIFY(repo.save(saved).status == SaveResult::Status::Error);
        }
        QCOMPARE(fileChecksum(path), before);
    }

    void emptyFileReadOnlyIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, QByteArray());
        QString error;
        QVERIFY(!Archive::open(path, Archive::Access::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("not yet a Hindsight archive")), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("empty.sqlite")});
    }

    void folderIsNotAFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Archive::open(dir.path(), Archive::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("is not a file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestArchiveRefusals)
#include "TestArchiveRefusals.moc"
