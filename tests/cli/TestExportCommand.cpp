// SPDX-License-Identifier: MIT
// `hindsight export UUID OUT [--format F] [--profile P]`: the format from the
// option or OUT's suffix, the profile applied, the file written whole.
#include "CliSupport.h"
#include "TestSupport.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

const QString kUuid = QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11");
constexpr int kBadUsage = 2;

using Run = test::CliRun;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    Run hindsight(const QStringList& args)
    {
        // PDF exports under the sanitizers take longer than a minute at worst.
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args,
                            test::cliEnvironment(m_dir.path()), {}, 120000);
    }

    QString out(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        const Run r = hindsight(
            {QStringLiteral("import"), test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void formatFromSuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << QStringLiteral("a.pdf") << QByteArray("%PDF");
        QTest::newRow("md") << QStringLiteral("a.md") << QByteArray("# Checkout API");
        QTest::newRow("odt") << QStringLiteral("a.ODT") << QByteArray("PK");
        QTest::newRow("html") << QStringLiteral("a.html") << QByteArray("<!DOCTYPE html>");
    }
    void formatFromSuffix()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const Run r = hindsight({QStringLiteral("export"), kUuid, out(name)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = readAll(out(name));
        QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    }

    void formatOptionWinsOverSuffix()
    {
        const Run r = hindsight({QStringLiteral("export"), kUuid, out(QStringLiteral("report.txt")),
                                 QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(out(QStringLiteral("report.txt"))).startsWith("<!DOCTYPE html>"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList{kUuid, out(QStringLiteral("report.txt"))}
                                   << QStringLiteral("--format");
        QTest::newRow("bad format") << QStringList{kUuid, out(QStringLiteral("r.pdf")),
                                                   QStringLiteral("--format"), QStringLiteral("docx")}
                                    << QStringLiteral("docx");
        QTest::newRow("bad profile") << QStringList{kUuid, out(QStringLiteral("r.pdf")),
                                                    QStringLiteral("--profile"), QStringLiteral("press")}
                                     << QStringLiteral("customer");
        QTest::newRow("one argument") << QStringList{kUuid} << QStringLiteral("UUID and OUT");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = hindsight(QStringList{QStringLiteral("export")} + args);
        QCOMPARE(r.exitCode, kBadUsage);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("report.txt"))) ||
                readAll(out(QStringLiteral("report.txt"))).startsWith("<!"));
    }

    void customerProfileRedactsEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("md") << QStringLiteral("c.md");
        QTest::newRow("html") << QStringLiteral("c.html");
    }
    void customerProfileRedactsEveryFormat()
    {
        QFETCH(QString, name);
        const Run r = hindsight({QStringLiteral("export"), kUuid, out(name), QStringLiteral("--profile"),
                                 QStringLiteral("customer"), QStringLiteral("--internal-domains"),
                                 QStringLiteral("wiki.example.com,tickets.example.com")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(readAll(out(name)));
        QVERIFY(!text.contains(QLatin1String("Dana Ortiz")));
        QVERIFY(!text.contains(QLatin1String("Sam Lee")));
        QVERIFY(text.contains(QLatin1String("an engineer")));
        QVERIFY(!text.contains(QLatin1String("wiki.example.com")));
        QVERIFY(!text.contains(QLatin1String("dashboards.example.com"))); // a metric's source: internal
        // Sections the profile leaves out.
        QVERIFY(!text.contains(QLatin1String("Questions")));
        QVERIFY(text.contains(QLatin1String("Timeline")));

        // The internal profile keeps them: the archive's COE is unchanged.
        const QString internal = out(QStringLiteral("internal-") + name);
        QCOMPARE(hindsight({QStringLiteral("export"), kUuid, internal}).exitCode, 0);
        const QString all = QString::fromUtf8(readAll(internal));
        QVERIFY(all.contains(QLatin1String("Dana Ortiz")));
        QVERIFY(all.contains(QLatin1String("wiki.example.com")));
        QVERIFY(all.contains(QLatin1String("Questions")));
    }

    // Without --internal-domains / --redact-hosts, the lists last given in
    // the Export dialog (Settings) apply; "" given means none.
    void customerProfileUsesTheRememberedLists()
    {
        const QString ini = m_dir.filePath(QStringLiteral("config/Hindsight/Hindsight.ini"));
        QVERIFY(QDir().mkpath(QFileInfo(ini).path()));
        {
            auto settings = Settings::createForFile(ini);
            QVERIFY(settings->setInternalDomains({QStringLiteral("tickets.example.com")}));
        }
        // (The timeline's sources are in the customer-facing export; the related links are not.)
        const QString remembered = out(QStringLiteral("remembered.md"));
        Run r = hindsight({QStringLiteral("export"), kUuid, remembered, QStringLiteral("--profile"),
                           QStringLiteral("customer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QString::fromUtf8(readAll(remembered)).contains(QLatin1String("tickets.example.com")));

        const QString none = out(QStringLiteral("none.md"));
        r = hindsight({QStringLiteral("export"), kUuid, none, QStringLiteral("--profile"), QStringLiteral("customer"),
                       QStringLiteral("--internal-domains"), QString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(readAll(none)).contains(QLatin1String("tickets.example.com")));
        QFile::remove(ini);
    }

    // Highlighted timeline entries are recorded now (format 1.1): the review
    // profile no longer says they are missing.
    void reviewProfileNoLongerSaysHighlightsAreMissing()
    {
        const Run r = hindsight({QStringLiteral("export"), kUuid, out(QStringLiteral("review.html")),
                                 QStringLiteral("--profile"), QStringLiteral("review")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QLatin1String("not recorded yet")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("highlight"), Qt::CaseInsensitive), qPrintable(r.err));
    }

    // Names found in text are looked for among every owner the archive knows,
    // not only among the people of the COE exported.
    void customerProfileRedactsOwnersOfOtherCoes()
    {
        QJsonObject doc =
            QJsonDocument::fromJson(test::readData(QStringLiteral("checkout-config-rollout.coe.json")))
                .object();
        QJsonObject other = doc;
        other.insert(QStringLiteral("uuid"), QStringLiteral("5a1d7c2e-0f3b-4e6a-8d9c-1b2a3c4d5e6f"));
        other.insert(QStringLiteral("owner"), QStringLiteral("Marta Quinn"));
        QJsonObject target = doc;
        const QString targetUuid = QStringLiteral("6b2e8d3f-1a4c-4f7b-9e0d-2c3b4d5e6f70");
        target.insert(QStringLiteral("uuid"), targetUuid);
        target.insert(QStringLiteral("summary"), QStringLiteral("Marta Quinn reviewed the rollback plan."));
        QStringList files;
        for (const auto& [name, json] : {std::pair{QStringLiteral("other.coe.json"), other},
                                         std::pair{QStringLiteral("target.coe.json"), target}}) {
            QFile f(out(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(json).toJson());
            files.append(f.fileName());
        }
        QCOMPARE(hindsight(QStringList{QStringLiteral("import")} + files).exitCode, 0);
        const Run r = hindsight({QStringLiteral("export"), targetUuid, out(QStringLiteral("target.md")),
                                 QStringLiteral("--profile"), QStringLiteral("customer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString md = QString::fromUtf8(readAll(out(QStringLiteral("target.md"))));
        QVERIFY(md.contains(QLatin1String("an engineer reviewed the rollback plan.")));
        QVERIFY(!md.contains(QLatin1String("Marta")));
    }

    void failureLeavesExistingFile()
    {
        const QString path = out(QStringLiteral("keep.html"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        const Run missing = hindsight(
            {QStringLiteral("export"), QStringLiteral("00000000-0000-4000-8000-000000000000"), path});
        QVERIFY(missing.exitCode != 0);
        QCOMPARE(readAll(path), QByteArray("old"));
        const Run noFolder =
            hindsight({QStringLiteral("export"), kUuid, out(QStringLiteral("no/such/dir/x.odt"))});
        QVERIFY(noFolder.exitCode != 0);
        QVERIFY2(noFolder.err.contains(QLatin1String("x.odt")), qPrintable(noFolder.err));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
