// SPDX-License-Identifier: MIT
// Every user-visible string is in the .ts files and translated; the program
// speaks Spanish when the locale or the language setting says so.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs lupdate over the sources into a copy of `tsName`; returns the copy's text.
    QString updatedCopy(const QString& tsName, const QStringList& extraArgs)
    {
        const QString source = QStringLiteral(HINDSIGHT_SOURCE_DIR);
        const QString copy = m_dir.filePath(tsName);
        QFile::remove(copy);
        if (!QFile::copy(QDir(source).filePath(QStringLiteral("translations/") + tsName), copy))
            return {};
        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(QStringLiteral(HINDSIGHT_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                  QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("app"),
                                  QStringLiteral("ui"), QStringLiteral("model")}
                          + extraArgs + QStringList{QStringLiteral("-ts"), copy});
        // lupdate can hang on some C++ constructs inside tr(): fail instead of waiting forever.
        if (!lupdate.waitForFinished(120000)) {
            lupdate.kill();
            qWarning("lupdate did not finish within two minutes");
            return {};
        }
        QFile f(copy);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

    static QStringList unfinished(const QString& ts)
    {
        QStringList out;
        static const QRegularExpression message(
            QStringLiteral("<context>\\s*<name>([^<]*)</name>|<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?"
                           "<translation type=\"unfinished\""));
        QString context;
        for (auto it = message.globalMatch(ts); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).isEmpty())
                context = m.captured(1);
            else
                out.append(context + QStringLiteral(": ") + m.captured(2));
        }
        return out;
    }

private slots:
    void spanishIsComplete()
    {
        const QString ts = updatedCopy(QStringLiteral("hindsight_es.ts"), {});
        QVERIFY(!ts.isEmpty());
        QVERIFY(ts.count(QStringLiteral("<message")) > 500);
        const QStringList missing = unfinished(ts);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings are new or unfinished in hindsight_es.ts "
                                                              "(run the update_translations target):\n")
                                                   .arg(missing.size())
                                               + missing.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void englishPluralsAreComplete()
    {
        const QString ts = updatedCopy(QStringLiteral("hindsight_en.ts"), {QStringLiteral("-pluralonly")});
        QVERIFY(!ts.isEmpty());
        QVERIFY(ts.contains(QStringLiteral("<numerusform>")));
        const QStringList missing = unfinished(ts);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void programSpeaksSpanish_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("languageSetting");
        QTest::addColumn<bool>("spanish");
        QTest::newRow("es_CO") << QStringLiteral("es_CO.UTF-8") << QString() << true;
        QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QString() << false;
        // The language setting overrides the system's locale, both ways.
        QTest::newRow("en_US, setting es") << QStringLiteral("en_US.UTF-8") << QStringLiteral("es") << true;
        QTest::newRow("es_CO, setting en") << QStringLiteral("es_CO.UTF-8") << QStringLiteral("en") << false;
    }
    void programSpeaksSpanish()
    {
        QFETCH(QString, locale);
        QFETCH(QString, languageSetting);
        QFETCH(bool, spanish);
        const QString config = m_dir.filePath(QStringLiteral("config-") + QString::fromLatin1(QTest::currentDataTag()));
        QDir().mkpath(config + QStringLiteral("/Hindsight"));
        QFile ini(config + QStringLiteral("/Hindsight/Hindsight.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        if (!languageSetting.isEmpty())
            ini.write("[ui]\nlanguage=" + languageSetting.toLatin1() + "\n");
        ini.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(hindsight::test::binaryPath(), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(err.contains(QStringLiteral("unknown command")), !spanish);
        QVERIFY2(err.contains(QStringLiteral("frobnicate")), qPrintable(err));
    }

    // Every command's messages are translated, not only those written in a
    // class that lupdate names as the program does: a local tr() used the
    // context "CommandLine" while lupdate filed its strings under
    // "hindsight::cli::Commands", so they stayed English.
    void everyCommandSpeaksSpanish_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("english");
        QTest::newRow("search") << QStringList{QStringLiteral("search")} << QStringLiteral("search needs a QUERY");
        QTest::newRow("actions") << QStringList{QStringLiteral("actions"), QStringLiteral("x")}
                                 << QStringLiteral("actions takes no arguments");
        QTest::newRow("backup") << QStringList{QStringLiteral("backup")} << QStringLiteral("backup takes");
        QTest::newRow("recover") << QStringList{QStringLiteral("recover")} << QStringLiteral("recover takes");
        QTest::newRow("copy-archive") << QStringList{QStringLiteral("copy-archive")}
                                      << QStringLiteral("copy-archive takes");
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("x")}
                              << QStringLiteral("list takes no arguments");
    }
    void everyCommandSpeaksSpanish()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, english);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("es_CO.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("es_CO.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config-commands")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(hindsight::test::binaryPath(), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--help")) && !err.contains(english), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
