// SPDX-License-Identifier: MIT
// The command line is quiet and starts without the GUI: a successful command
// prints only its output (no Qt start-up warnings, e.g. about XDG_RUNTIME_DIR),
// and commands that do not print start no platform plugin at all.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

const QString kExampleUuid = QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11");

using Run = test::CliRun;

} // namespace

class TestCommandStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    // As from a terminal without a desktop session: no display, no
    // XDG_RUNTIME_DIR; `platform` (if given) as QT_QPA_PLATFORM.
    Run hindsight(const QStringList& args, const QString& platform = {})
    {
        QProcessEnvironment env = test::cliEnvironment(m_dir.path());
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args, env);
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("output"); // a file the command writes, empty (stdout), or (nothing)
        const QString md = m_dir.filePath(QStringLiteral("out.md"));
        const QString json = m_dir.filePath(QStringLiteral("out.coe.json"));
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        const QString packet = m_dir.filePath(QStringLiteral("packet.pdf"));
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QString();
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QString();
        QTest::newRow("list") << QStringList{QStringLiteral("list")} << QString();
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("pool")} << QString();
        QTest::newRow("search, nothing found") << QStringList{QStringLiteral("search"), QStringLiteral("xylophone")}
                                               << QStringLiteral("(nothing)");
        QTest::newRow("actions") << QStringList{QStringLiteral("actions"), QStringLiteral("--csv")} << QString();
        QTest::newRow("insights") << QStringList{QStringLiteral("insights")} << QString();
        QTest::newRow("check") << QStringList{QStringLiteral("check"), kExampleUuid} << QString();
        QTest::newRow("export-json -") << QStringList{QStringLiteral("export-json"), kExampleUuid,
                                                       QStringLiteral("-")}
                                       << QString();
        QTest::newRow("export-json") << QStringList{QStringLiteral("export-json"), kExampleUuid, json} << json;
        QTest::newRow("export-md") << QStringList{QStringLiteral("export-md"), kExampleUuid, md} << md;
        QTest::newRow("import copy") << QStringList{QStringLiteral("import"), QStringLiteral("--on-conflict"),
                                                     QStringLiteral("copy"),
                                                     test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))}
                                     << QString();
        QTest::newRow("export-pdf") << QStringList{QStringLiteral("export-pdf"), kExampleUuid, pdf} << pdf;
        QTest::newRow("export-pdf --packet") << QStringList{QStringLiteral("export-pdf"), kExampleUuid,
                                                             QStringLiteral("--packet"), packet}
                                             << packet;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        const Run r = hindsight({QStringLiteral("import"),
                                 test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        QCOMPARE(r.exitCode, 0);
    }

    void successIsQuiet_data() { commands_data(); }
    void successIsQuiet()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        const Run r = hindsight(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // only the output, no start-up noise
        if (output.isEmpty())
            QVERIFY(!r.out.isEmpty());
        else if (output != QLatin1String("(nothing)"))
            QVERIFY(QFileInfo(output).size() > 0);
    }

    // A command never touches the display: even a QT_QPA_PLATFORM naming a
    // platform that does not exist here (a desktop session's setting in a
    // shell without it) changes nothing. Commands that do not print load no
    // platform plugin at all; the printing ones always use offscreen.
    void noPlatformPluginNeeded_data() { commands_data(); }
    void noPlatformPluginNeeded()
    {
        QFETCH(QStringList, args);
        const Run r = hindsight(args, QStringLiteral("no-such-platform"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    // Issue #10: `hindsight search` as a whole process within 0.3 of
    // `rg -il` over the same COEs. Loading Qt Gui, Widgets and PrintSupport
    // (and what they bring: about 30 libraries) was a third of a search's
    // time, so the program users start runs --help, --version, search and
    // list with Qt Core and Sql alone, and hands every other command and
    // the window to hindsight-gui. The dynamic loader lists what it loads.
    void lightCommandsLoadNoGuiLibrary_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("light");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << true;
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true;
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("pool")} << true;
        QTest::newRow("search, option first")
            << QStringList{QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("search"), QStringLiteral("pool")}
            << true;
        QTest::newRow("list") << QStringList{QStringLiteral("list")} << true;
        QTest::newRow("insights") << QStringList{QStringLiteral("insights"), QStringLiteral("--format"),
                                                 QStringLiteral("csv")}
                                  << true;
        QTest::newRow("export-json --version") << QStringList{QStringLiteral("export-json"), kExampleUuid,
                                                               QStringLiteral("-"), QStringLiteral("--version"),
                                                               QStringLiteral("1")}
                                               << false;
        QTest::newRow("check") << QStringList{QStringLiteral("check"), kExampleUuid} << false;
    }
    void lightCommandsLoadNoGuiLibrary()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, light);
        QProcessEnvironment env = test::cliEnvironment(m_dir.path());
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const Run r = test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args, env);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err.right(2000)));
        QVERIFY2(r.err.contains(QStringLiteral("libQt6Core.so")), "LD_DEBUG=files printed nothing");
        for (const QString& library : {QStringLiteral("libQt6Gui.so"), QStringLiteral("libQt6Widgets.so"),
                                       QStringLiteral("libQt6PrintSupport.so")})
            QCOMPARE(r.err.contains(library), !light);
    }

    // Without hindsight-gui beside it (or in ../libexec/hindsight), the
    // window and the other commands say what is missing instead of failing
    // silently; the light commands still work.
    void missingFullProgramIsSaid()
    {
        QTemporaryDir alone;
        QVERIFY(alone.isValid());
        const QString copy = alone.filePath(QStringLiteral("hindsight"));
        QVERIFY(QFile::copy(test::binaryPath(), copy));
        QProcess p;
        p.setProcessEnvironment(test::cliEnvironment(m_dir.path()));
        p.start(copy, {QStringLiteral("--archive"), m_archive, QStringLiteral("check"), kExampleUuid});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cannot start")) && err.contains(QStringLiteral("hindsight-gui")),
                 qPrintable(err));
        p.start(copy, {QStringLiteral("--archive"), m_archive, QStringLiteral("search"), QStringLiteral("pool")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains(kExampleUuid.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCommandStartup)
#include "TestCommandStartup.moc"
