// SPDX-License-Identifier: MIT
// Runs the built hindsight executable as a user would, headless.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

const QString kExampleUuid = QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11");

using Run = test::CliRun;

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    Run hindsight(const QStringList& args, const QString& archive = {})
    {
        QStringList all;
        if (!archive.isEmpty())
            all << QStringLiteral("--archive") << archive;
        return test::runCli(all + args, test::cliEnvironment(m_dir.path()));
    }

    // `check` applies the preferences the editor's review uses: the gap
    // threshold and the names marked as teams (Preferences).
    void checkUsesReviewPreferences()
    {
        QJsonObject doc = QJsonDocument::fromJson(test::readData(QStringLiteral("checkout-config-rollout.coe.json"))).object();
        QJsonArray actions = doc.value(QStringLiteral("action_items")).toArray();
        QVERIFY(!actions.isEmpty());
        QJsonObject first = actions.first().toObject();
        first.insert(QStringLiteral("owner"), QStringLiteral("Dana Whitfield"));
        actions.replace(0, first);
        doc.insert(QStringLiteral("action_items"), actions);
        doc.insert(QStringLiteral("summary"), doc.value(QStringLiteral("summary")).toString()
                                                  + QStringLiteral(" Dana Whitfield restored the previous configuration."));
        const QString file = writeFile(QStringLiteral("falcon.coe.json"), QJsonDocument(doc).toJson());
        auto findings = [&] {
            const Run r = hindsight({QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
            const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QStringList rules;
            for (const QJsonValue f : json.value(QStringLiteral("findings")).toArray())
                rules << f.toObject().value(QStringLiteral("id")).toString();
            return std::make_pair(rules, json.value(QStringLiteral("gaps")).toArray().size());
        };
        const auto [before, gapsBefore] = findings();
        QVERIFY2(before.contains(QStringLiteral("blameless.name")), qPrintable(before.join(QLatin1Char(' '))));
        QCOMPARE(gapsBefore, 2);

        const QString ini = m_dir.filePath(QStringLiteral("config/Hindsight/Hindsight.ini"));
        QVERIFY(QDir().mkpath(QFileInfo(ini).path()));
        writeFile(QStringLiteral("config/Hindsight/Hindsight.ini"),
                  "[analysis]\nteamNames=Dana Whitfield\ngapThresholdMinutes=40\n");
        const auto [after, gapsAfter] = findings();
        QVERIFY2(!after.contains(QStringLiteral("blameless.name")), qPrintable(after.join(QLatin1Char(' '))));
        QCOMPARE(gapsAfter, 0);
        QFile::remove(ini);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_archive = m_dir.filePath(QStringLiteral("archive-%1.sqlite").arg(++n));
    }

    void helpAndVersion()
    {
        Run r = hindsight({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("export-json")));
        r = hindsight({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Hindsight ")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
        QTest::newRow("import without files") << QStringList{QStringLiteral("import")};
        QTest::newRow("bad conflict policy")
            << QStringList{QStringLiteral("import"), QStringLiteral("x.coe.json"),
                           QStringLiteral("--on-conflict"), QStringLiteral("merge")};
        QTest::newRow("export-json one arg") << QStringList{QStringLiteral("export-json"), kExampleUuid};
        QTest::newRow("export-json not a uuid")
            << QStringList{QStringLiteral("export-json"), QStringLiteral("nope"), QStringLiteral("-")};
        QTest::newRow("check bad format") << QStringList{QStringLiteral("check"), QStringLiteral("a.coe.json"),
                                                         QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("check bad gap") << QStringList{QStringLiteral("check"), QStringLiteral("a.coe.json"),
                                                      QStringLiteral("--gap-minutes"), QStringLiteral("-3")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = hindsight(args, m_archive);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.isEmpty(), "a usage error says what is wrong");
    }

    void importListExport()
    {
        const QString example = test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"));
        Run r = hindsight({QStringLiteral("import"), example}, m_archive);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(kExampleUuid));

        r = hindsight({QStringLiteral("list")}, m_archive);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QStringList cols = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(cols.size(), 5);
        QCOMPARE(cols.at(0), kExampleUuid);
        QCOMPARE(cols.at(1), QStringLiteral("Checkout API returned HTTP 503 after a configuration rollout"));
        QCOMPARE(cols.at(2), QStringLiteral("in_review"));
        QCOMPARE(cols.at(3), QStringLiteral("2"));
        QCOMPARE(cols.at(4), QStringLiteral("2024-03-11T09:30:00Z"));

        // Export to stdout and to a file: the same document as the example.
        const QJsonDocument original = QJsonDocument::fromJson(test::readData(
            QStringLiteral("checkout-config-rollout.coe.json")));
        r = hindsight({QStringLiteral("export-json"), kExampleUuid, QStringLiteral("-")}, m_archive);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()), original);
        const QString out = m_dir.filePath(QStringLiteral("out.coe.json"));
        r = hindsight({QStringLiteral("export-json"), kExampleUuid, out}, m_archive);
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()), original);

        // Unknown uuid: bad input.
        r = hindsight({QStringLiteral("export-json"), QStringLiteral("00000000-0000-4000-8000-000000000000"),
                       QStringLiteral("-")},
                      m_archive);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    }

    void importConflictPolicies()
    {
        const QString example = test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"));
        QCOMPARE(hindsight({QStringLiteral("import"), example}, m_archive).exitCode, 0);
        const QByteArray before = test::fileChecksum(m_archive);

        Run r = hindsight({QStringLiteral("import"), example}, m_archive);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(kExampleUuid), qPrintable(r.err));
        QCOMPARE(test::fileChecksum(m_archive), before);

        r = hindsight({QStringLiteral("import"), example, QStringLiteral("--on-conflict"),
                       QStringLiteral("replace")},
                      m_archive);
        QCOMPARE(r.exitCode, 0);
        r = hindsight({QStringLiteral("list")}, m_archive);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);

        r = hindsight({QStringLiteral("import"), example, QStringLiteral("--on-conflict"), QStringLiteral("copy")},
                      m_archive);
        QCOMPARE(r.exitCode, 0);
        r = hindsight({QStringLiteral("list")}, m_archive);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
        QCOMPARE(r.out.count(kExampleUuid), 1);
    }

    void malformedImportChangesNothing()
    {
        const QString example = test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"));
        QCOMPARE(hindsight({QStringLiteral("import"), example}, m_archive).exitCode, 0);
        const QByteArray before = test::fileChecksum(m_archive);

        QJsonObject doc = QJsonDocument::fromJson(test::readData(
                                                      QStringLiteral("checkout-config-rollout.coe.json")))
                              .object();
        doc.remove(QStringLiteral("uuid"));
        QJsonArray timeline = doc.value(QStringLiteral("timeline")).toArray();
        QJsonObject entry = timeline.at(3).toObject();
        entry.insert(QStringLiteral("at"), QStringLiteral("2024-03-07T14:19:00")); // no offset
        timeline.replace(3, entry);
        doc.insert(QStringLiteral("timeline"), timeline);
        const QString bad = writeFile(QStringLiteral("bad.coe.json"), QJsonDocument(doc).toJson());

        const Run r = hindsight({QStringLiteral("import"), bad}, m_archive);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("$.timeline[3].at")), qPrintable(r.err));
        QCOMPARE(test::fileChecksum(m_archive), before);
        QCOMPARE(hindsight({QStringLiteral("list")}, m_archive).out.count(QLatin1Char('\n')), 1);

        const QString truncated = writeFile(QStringLiteral("truncated.coe.json"),
                                            test::readData(QStringLiteral("checkout-config-rollout.coe.json"))
                                                .left(500));
        const Run t = hindsight({QStringLiteral("import"), truncated}, m_archive);
        QCOMPARE(t.exitCode, 1);
        QVERIFY2(t.err.contains(truncated), qPrintable(t.err));
        QCOMPARE(test::fileChecksum(m_archive), before);
    }

    void refusedArchive()
    {
        const QString notSqlite = writeFile(QStringLiteral("notes.txt"), "these are my notes\n");
        const QByteArray before = test::fileChecksum(notSqlite);
        const Run r = hindsight({QStringLiteral("list")}, notSqlite);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(notSqlite), qPrintable(r.err));
        QCOMPARE(test::fileChecksum(notSqlite), before);
    }

    void defaultArchiveIsCreated()
    {
        const Run r = hindsight({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg/Hindsight/Hindsight/archive.sqlite"))));
    }

    void check()
    {
        const QString example = test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"));
        Run r = hindsight({QStringLiteral("check"), example, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(json.value(QStringLiteral("findings")).isArray());
        QCOMPARE(json.value(QStringLiteral("gaps")).toArray().size(), 2);
        const QJsonObject durations = json.value(QStringLiteral("durations")).toObject();
        QCOMPARE(durations.value(QStringLiteral("detect")).toInt(), 17);
        QCOMPARE(durations.value(QStringLiteral("diagnose")).toInt(), 33);
        QCOMPARE(durations.value(QStringLiteral("mitigate")).toInt(), 45);
        QCOMPARE(durations.value(QStringLiteral("resolve")).toInt(), 69);
        bool anyError = false;
        for (const QJsonValue f : json.value(QStringLiteral("findings")).toArray())
            anyError |= f.toObject().value(QStringLiteral("level")).toString() == QLatin1String("error");
        QCOMPARE(r.exitCode, anyError ? 1 : 0);

        // The same COE through the archive by uuid gives the same answer.
        QCOMPARE(hindsight({QStringLiteral("import"), example}, m_archive).exitCode, 0);
        const Run byUuid = hindsight({QStringLiteral("check"), kExampleUuid, QStringLiteral("--format"),
                                      QStringLiteral("json")},
                                     m_archive);
        QCOMPARE(byUuid.exitCode, r.exitCode);
        QCOMPARE(QJsonDocument::fromJson(byUuid.out.toUtf8()), QJsonDocument(json));

        // A gap threshold of 40 minutes leaves no gap.
        r = hindsight({QStringLiteral("check"), example, QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--gap-minutes"), QStringLiteral("40")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("gaps")].toArray().size(), 0);

        r = hindsight({QStringLiteral("check"), example});
        QVERIFY(r.out.contains(QStringLiteral("17")));

        checkUsesReviewPreferences();

        r = hindsight({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.coe.json"))});
        QCOMPARE(r.exitCode, 3);
        const QString bad = writeFile(QStringLiteral("bad-check.coe.json"), "{\"format\": \"coe\"");
        r = hindsight({QStringLiteral("check"), bad});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(bad));
    }
    void exportPdfAndMarkdown()
    {
        const QString example = test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"));
        QCOMPARE(hindsight({QStringLiteral("import"), example}, m_archive).exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        Run r = hindsight({QStringLiteral("export-pdf"), kExampleUuid, pdf, QStringLiteral("--paper"),
                           QStringLiteral("letter")},
                          m_archive);
        QCOMPARE(r.exitCode, 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!text.waitForStarted())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.waitForFinished(30000));
        // Compare with white space folded: table cells wrap long text.
        // NFKC folds the ligatures (ﬁ) that text extraction gives back.
        const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                    .normalized(QString::NormalizationForm_KC)
                                    .simplified();
        const QJsonObject doc =
            QJsonDocument::fromJson(test::readData(QStringLiteral("checkout-config-rollout.coe.json"))).object();
        auto words = [](const QString& s) { return s.simplified().split(QLatin1Char(' ')); };
        auto contains = [&](const QString& expected) {
            // Every word in order, allowing table wrapping between words.
            qsizetype from = 0;
            for (const QString& w : words(expected)) {
                from = content.indexOf(w, from);
                if (from < 0)
                    return false;
                from += w.size();
            }
            return true;
        };
        QVERIFY(contains(doc.value(QStringLiteral("title")).toString()));
        for (const QJsonValue e : doc.value(QStringLiteral("timeline")).toArray())
            QVERIFY2(contains(e[QStringLiteral("text")].toString()), qPrintable(e[QStringLiteral("text")].toString()));
        for (const QJsonValue a : doc.value(QStringLiteral("action_items")).toArray())
            QVERIFY2(contains(a[QStringLiteral("title")].toString()), qPrintable(a[QStringLiteral("title")].toString()));

        r = hindsight({QStringLiteral("export-pdf"), kExampleUuid, pdf, QStringLiteral("--sections"),
                       QStringLiteral("summary,nonsense")},
                      m_archive);
        QCOMPARE(r.exitCode, 2);
        r = hindsight({QStringLiteral("export-pdf"), kExampleUuid, pdf, QStringLiteral("--paper"),
                       QStringLiteral("a3")},
                      m_archive);
        QCOMPARE(r.exitCode, 2);

        // A packet of two COEs.
        QCOMPARE(hindsight({QStringLiteral("import"), example, QStringLiteral("--on-conflict"),
                            QStringLiteral("copy")},
                           m_archive)
                     .exitCode,
                 0);
        const QStringList rows = hindsight({QStringLiteral("list")}, m_archive).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        const QString packet = m_dir.filePath(QStringLiteral("packet.pdf"));
        r = hindsight({QStringLiteral("export-pdf"), rows.at(0).section(QLatin1Char('\t'), 0, 0),
                       rows.at(1).section(QLatin1Char('\t'), 0, 0), QStringLiteral("--packet"), packet},
                      m_archive);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(packet).size() > QFileInfo(pdf).size());

        const QString md = m_dir.filePath(QStringLiteral("report.md"));
        r = hindsight({QStringLiteral("export-md"), kExampleUuid, md}, m_archive);
        QCOMPARE(r.exitCode, 0);
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(doc.value(QStringLiteral("title")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
