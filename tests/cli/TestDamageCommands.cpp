// SPDX-License-Identifier: MIT
// The command line and a damaged, missing or empty archive; recover and
// backup (issue #10), run as a user would.
#include "DamagedArchive.h"
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

namespace {

using Run = test::CliRun;

} // namespace

class TestDamageCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_valid; // 30 COEs

    Run hindsight(const QStringList& args)
    {
        return test::runCli(args, test::cliEnvironment(m_dir.path()));
    }

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_valid = m_dir.filePath(QStringLiteral("valid.sqlite"));
        QVERIFY(makeArchiveWithCoes(m_valid, 30));
    }

    // Of 200 random bit flips, 57 failed integrity_check and import still
    // returned 0 on 19 of them. These damaged copies open (page 1 is intact)
    // and fail quick_check; the new COE would go to the right-most page.
    void importIntoDamagedArchiveFails_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<int>("leaf");
        QTest::newRow("page type") << int(Damage::PageType) << 0;
        QTest::newRow("cell count") << int(Damage::CellCount) << 1;
        QTest::newRow("cell pointer") << int(Damage::CellPointer) << 2;
        QTest::newRow("page type, another leaf") << int(Damage::PageType) << 3;
    }
    void importIntoDamagedArchiveFails()
    {
        QFETCH(int, damage);
        QFETCH(int, leaf);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, path, Damage(damage), leaf));
        QVERIFY(!quickCheckPasses(path));
        const QByteArray before = fileChecksum(path);
        const Run r = hindsight({QStringLiteral("--archive"), path, QStringLiteral("import"),
                                 dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        qInfo("%s", qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("hindsight recover")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(path)), qPrintable(r.err));
        QCOMPARE(fileChecksum(path), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    }

    // A read that runs into damage says what happened and what to do.
    void listOnDamagedArchiveSaysRecover()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, path, Damage::PageType, 0));
        const QByteArray before = fileChecksum(path);
        const Run r = hindsight({QStringLiteral("--archive"), path, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("hindsight recover")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // not a shortened list that looks complete
        QCOMPARE(fileChecksum(path), before);
    }

    // Only import, recover's NEW, the window and the default archive create
    // archives: a reading command refuses a missing or 0-byte file as it is.
    void readingCommandsCreateNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("empty"); // a 0-byte file, else a missing one
        const QString uuid = numberedUuid(1).toString(QUuid::WithoutBraces);
        const QList<std::pair<const char*, QStringList>> commands = {
            {"list", {QStringLiteral("list")}},
            {"search", {QStringLiteral("search"), QStringLiteral("pool")}},
            {"export-json", {QStringLiteral("export-json"), uuid, QStringLiteral("-")}},
            {"export-md", {QStringLiteral("export-md"), uuid, QStringLiteral("OUT")}},
            {"export-pdf", {QStringLiteral("export-pdf"), uuid, QStringLiteral("OUT")}},
            {"check", {QStringLiteral("check"), uuid}},
            {"actions", {QStringLiteral("actions")}},
            {"backup", {QStringLiteral("backup"), QStringLiteral("OUT")}},
        };
        for (const auto& [name, args] : commands)
            for (bool empty : {false, true})
                QTest::addRow("%s, %s", name, empty ? "0-byte file" : "missing file") << args << empty;
    }
    void readingCommandsCreateNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, empty);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        if (empty) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QStringList before = entries(dir.path());
        for (QString& a : args)
            if (a == QLatin1String("OUT"))
                a = dir.filePath(QStringLiteral("out.file"));
        const Run r = hindsight(QStringList{QStringLiteral("--archive"), path} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QCOMPARE(entries(dir.path()), before); // no archive, no -wal/-shm, no output
        if (empty)
            QCOMPARE(QFileInfo(path).size(), 0);
        else
            QVERIFY(!QFileInfo::exists(path));
    }

    void recoverValidArchive()
    {
        QTemporaryDir dir;
        const QString source = copyTo(dir, m_valid);
        const QByteArray before = fileChecksum(source);
        const QString target = dir.filePath(QStringLiteral("new.sqlite"));
        const Run r = hindsight({QStringLiteral("recover"), source, target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("30")), qPrintable(r.out));
        QCOMPARE(fileChecksum(source), before);
        const Run list = hindsight({QStringLiteral("--archive"), target, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 30);
    }

    void recoverDamagedArchive()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, damaged, Damage::PageType, 1));
        const QByteArray before = fileChecksum(damaged);
        const QStringList filesBefore = entries(dir.path());
        const QString target = dir.filePath(QStringLiteral("new.sqlite"));
        const Run r = hindsight({QStringLiteral("recover"), damaged, target});
        qInfo("%s%s", qPrintable(r.out), qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not recover")), qPrintable(r.err));
        QCOMPARE(fileChecksum(damaged), before);
        QCOMPARE(entries(dir.path()), filesBefore + QStringList{QStringLiteral("new.sqlite")});
        // Every COE is either recovered or named as lost, by uuid.
        const Run list = hindsight({QStringLiteral("--archive"), target, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        for (int i = 1; i <= 30; ++i) {
            const QString uuid = numberedUuid(i).toString(QUuid::WithoutBraces);
            QVERIFY2(list.out.contains(uuid) != r.err.contains(uuid), qPrintable(uuid));
        }
        QVERIFY(list.out.count(QLatin1Char('\n')) > 0);
    }

    void recoverRefusesExistingTarget()
    {
        QTemporaryDir dir;
        const QString source = copyTo(dir, m_valid);
        const QString target = copyTo(dir, m_valid, QStringLiteral("existing.sqlite"));
        const QByteArray before = fileChecksum(target);
        const Run r = hindsight({QStringLiteral("recover"), source, target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(fileChecksum(target), before);
    }

    void backupOnDemand()
    {
        QTemporaryDir dir;
        const QString source = copyTo(dir, m_valid);
        const QString out = dir.filePath(QStringLiteral("copy.sqlite"));
        Run r = hindsight({QStringLiteral("--archive"), source, QStringLiteral("backup"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run list = hindsight({QStringLiteral("--archive"), out, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 30);
        const QByteArray before = fileChecksum(out);
        r = hindsight({QStringLiteral("--archive"), source, QStringLiteral("backup"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(fileChecksum(out), before);
    }

    // A backup only reads: a read-only archive can be backed up, and is left as it is.
    void backupOfReadOnlyArchive()
    {
        QTemporaryDir dir;
        const QString source = copyTo(dir, m_valid);
        QVERIFY(QFile::setPermissions(source, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileChecksum(source);
        const QString out = dir.filePath(QStringLiteral("copy.sqlite"));
        const Run r = hindsight({QStringLiteral("--archive"), source, QStringLiteral("backup"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileChecksum(source), before);
        const Run list = hindsight({QStringLiteral("--archive"), out, QStringLiteral("list")});
        QCOMPARE(list.out.count(QLatin1Char('\n')), 30);
    }

    // The day's first write through the command line leaves a backup (the
    // default setting keeps 7).
    void importMakesTheDaysBackup()
    {
        QTemporaryDir dir;
        const QString source = copyTo(dir, m_valid, QStringLiteral("daily.sqlite"));
        const Run r = hindsight({QStringLiteral("--archive"), source, QStringLiteral("import"),
                                 dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList backups = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QCOMPARE(backups.size(), 1);
        QVERIFY2(backups.first().startsWith(QStringLiteral("daily-")), qPrintable(backups.first()));
        const Run list =
            hindsight({QStringLiteral("--archive"),
                       dir.filePath(QStringLiteral("backups/") + backups.first()), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 30); // as it was before the import
    }

private:
    static QString copyTo(const QTemporaryDir& dir, const QString& source,
                          const QString& name = QStringLiteral("archive.sqlite"))
    {
        const QString target = dir.filePath(name);
        QFile::copy(source, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }
};

QTEST_GUILESS_MAIN(TestDamageCommands)
#include "TestDamageCommands.moc"
