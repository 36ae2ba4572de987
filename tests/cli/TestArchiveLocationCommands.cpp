// SPDX-License-Identifier: MIT
// What --archive names: a file or a PostgreSQL URI, never a URI taken as a
// file name (which made a folder "postgresql:" with an SQLite file in it);
// a file in a folder that does not exist is refused rather than the folder made.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

using Run = test::CliRun;

} // namespace

class TestArchiveLocationCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs hindsight in a fresh working folder `cwd` (made here).
    Run hindsight(const QString& cwd, const QStringList& args)
    {
        QDir().mkpath(cwd);
        return test::runCli(args, test::cliEnvironment(m_dir.path()), cwd);
    }

    static QStringList entries(const QString& folder)
    {
        QStringList out;
        QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void uriIsNeverAPath_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("command");
        const QStringList uris{QStringLiteral("postgresql://x@localhost/db"),
                               QStringLiteral("postgres://x@localhost:5432/db?sslmode=require"),
                               QStringLiteral("postgresql:///coes?host=/var/run/postgresql"),
                               QStringLiteral("postgresql://?service=coes")};
        for (const QString& uri : uris) {
            QTest::addRow("list %s", qPrintable(uri)) << uri << QStringLiteral("list");
            QTest::addRow("import %s", qPrintable(uri)) << uri << QStringLiteral("import");
        }
    }

    void uriIsNeverAPath()
    {
        QFETCH(QString, uri);
        QFETCH(QString, command);
        static int run = 0;
        const QString cwd = m_dir.filePath(QStringLiteral("cwd-uri-%1").arg(++run));
        QStringList args{QStringLiteral("--archive"), uri, command};
        if (command == QLatin1String("import"))
            args << test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"));
        const Run r = hindsight(cwd, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(entries(cwd).isEmpty(), qPrintable(entries(cwd).join(QLatin1Char('\n'))));
        // No server there: the PostgreSQL back end says it cannot connect.
        QVERIFY2(r.err.contains(QLatin1String("PostgreSQL")), qPrintable(r.err));
    }

    void passwordNeverShown()
    {
        const QString cwd = m_dir.filePath(QStringLiteral("cwd-password"));
        const Run r =
            hindsight(cwd, {QStringLiteral("--archive"),
                            QStringLiteral("postgresql://ann:s3cr%21t@db.example.com/coes?password=other"),
                            QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("postgresql://ann@db.example.com/coes")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("s3cr")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("other")), qPrintable(r.err));
        QVERIFY(entries(cwd).isEmpty());
    }

    void otherSchemeRefused()
    {
        const QString cwd = m_dir.filePath(QStringLiteral("cwd-mysql"));
        const Run r = hindsight(cwd, {QStringLiteral("--archive"), QStringLiteral("mysql://x@localhost/db"),
                                      QStringLiteral("import"),
                                      test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("mysql://x@localhost/db")), qPrintable(r.err));
        QVERIFY(entries(cwd).isEmpty());
    }

    void missingFolderRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("list") << QStringLiteral("list");
    }

    void missingFolderRefused()
    {
        QFETCH(QString, command);
        const QString cwd = m_dir.filePath(QStringLiteral("cwd-missing-") + command);
        const QString archive = QDir(cwd).filePath(QStringLiteral("no/such/folder/archive.sqlite"));
        QStringList args{QStringLiteral("--archive"), archive, command};
        if (command == QLatin1String("import"))
            args << test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"));
        const Run r = hindsight(cwd, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(archive)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(QDir(cwd).filePath(QStringLiteral("no"))));
    }

    void relativePathInExistingFolderStillWorks()
    {
        const QString cwd = m_dir.filePath(QStringLiteral("cwd-relative"));
        const Run r = hindsight(cwd, {QStringLiteral("--archive"), QStringLiteral("team.sqlite"),
                                      QStringLiteral("import"),
                                      test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo::exists(QDir(cwd).filePath(QStringLiteral("team.sqlite"))));
    }

    void defaultArchiveFolderIsMade()
    {
        // The default archive's folder (XDG_DATA_HOME/...) does not exist yet:
        // it is the one folder made on first use.
        const QString cwd = m_dir.filePath(QStringLiteral("cwd-default"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg"))));
        const Run r = hindsight(cwd, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg"))));
    }
};

QTEST_GUILESS_MAIN(TestArchiveLocationCommands)
#include "TestArchiveLocationCommands.moc"
