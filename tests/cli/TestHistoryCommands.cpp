// SPDX-License-Identifier: MIT
// `hindsight history UUID`, `hindsight diff UUID [FROM [TO]] [--format text|json]`
// and `hindsight export-json UUID OUT --version N`.
#include "CliSupport.h"
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

constexpr int kBadInput = 1;
constexpr int kBadUsage = 2;

using Run = test::CliRun;

QDateTime at(int day)
{
    return QDateTime(QDate(2026, 2, day), QTime(9, 30, 15), QTimeZone::utc());
}

} // namespace

class TestHistoryCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_uuid;
    QString m_bare; // a COE without versions

    Run hindsight(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args,
                            test::cliEnvironment(m_dir.path()));
    }

private slots:
    // Version 1 (draft), 2 (approved, by another author), 3 (edited after
    // approval); the current document differs from version 3 as well.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        QString error;
        auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        CoeRepository repo(*archive);
        CoeVersions versions(*archive);
        Coe coe = test::exampleCoe();
        coe.status = Status::Draft;
        QVERIFY(repo.save(coe).ok());
        m_uuid = coe.uuid.toString(QUuid::WithoutBraces);
        archive->changes()->setSaver({QStringLiteral("Ana\tTab"), QStringLiteral("host")});
        QVERIFY(versions.add(coe, VersionReason::Import, QStringLiteral("first"), &error, at(1)));
        coe.status = Status::Approved;
        coe.title = QStringLiteral("Approved title");
        archive->changes()->setSaver({QStringLiteral("Bo"), QStringLiteral("host")});
        QVERIFY(versions.add(coe, VersionReason::Status, QStringLiteral("status draft → approved"), &error, at(2)));
        coe.status = Status::InReview;
        coe.summary += QStringLiteral(" Added after approval.");
        QVERIFY(versions.add(coe, VersionReason::Periodic, QStringLiteral("summary edited"), &error, at(3)));
        coe.timeline.append(coe.timeline.last());
        coe.timeline.last().text = QStringLiteral("A new last entry");
        coe.timeline.last().at = coe.timeline.last().at.addSecs(60);
        QVERIFY(repo.save(coe).ok());

        Coe bare = test::exampleCoe();
        bare.uuid = QUuid::createUuid();
        QVERIFY(repo.save(bare).ok());
        m_bare = bare.uuid.toString(QUuid::WithoutBraces);
    }

    void historyListsVersionsTabSeparated()
    {
        const Run r = hindsight({QStringLiteral("history"), m_uuid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out,
                 QStringLiteral("1\t2026-02-01T09:30:15Z\tAna Tab\tfirst\n"
                                "2\t2026-02-02T09:30:15Z\tBo\tstatus draft → approved\n"
                                "3\t2026-02-03T09:30:15Z\tBo\tsummary edited\n"));
        const Run bare = hindsight({QStringLiteral("history"), m_bare});
        QCOMPARE(bare.exitCode, 0);
        QCOMPARE(bare.out, QString());
    }

    void historyOfUnknownCoeFails()
    {
        const Run r = hindsight({QStringLiteral("history"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(r.exitCode, kBadInput);
        QVERIFY2(r.err.contains(QStringLiteral("holds no COE")), qPrintable(r.err));
        const Run bad = hindsight({QStringLiteral("history"), QStringLiteral("nope")});
        QCOMPARE(bad.exitCode, kBadUsage);
        const Run none = hindsight({QStringLiteral("history")});
        QCOMPARE(none.exitCode, kBadUsage);
    }

    // Without FROM: the last approved version (2) against the current document.
    void diffDefaultsToLastApprovedAgainstCurrent()
    {
        const Run r = hindsight({QStringLiteral("diff"), m_uuid, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("from")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("current"));
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), m_uuid);
        const QString summary = json.value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.startsWith(QStringLiteral("timeline +1 −0 ~0; summary edited")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("status Approved → In review")), qPrintable(summary));

        const Run text = hindsight({QStringLiteral("diff"), m_uuid});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.startsWith(summary + QLatin1Char('\n')), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("{+ Added after approval.+}")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("+ A new last entry")), qPrintable(text.out));
    }

    void diffBetweenTwoVersions()
    {
        const Run r = hindsight({QStringLiteral("diff"), m_uuid, QStringLiteral("1"), QStringLiteral("2"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("from")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("to")).toInt(), 2);
        QStringList fields;
        for (const QJsonValue& v : json.value(QStringLiteral("header")).toArray())
            fields << v.toObject().value(QStringLiteral("field")).toString();
        QCOMPARE(fields, (QStringList{QStringLiteral("title"), QStringLiteral("status")}));
        QVERIFY(json.value(QStringLiteral("sections")).toArray().isEmpty());
        // The review record has its own key (empty here); the others stay as they were.
        QVERIFY(json.value(QStringLiteral("review")).toObject().value(QStringLiteral("sections")).toArray().isEmpty());
        for (const char* key : {"summary", "header", "texts", "sections", "actions_done", "images_replaced"})
            QVERIFY2(json.contains(QLatin1String(key)), key);

        const Run fromOnly = hindsight({QStringLiteral("diff"), m_uuid, QStringLiteral("3")});
        QVERIFY2(fromOnly.exitCode == 0, qPrintable(fromOnly.err));
        QVERIFY2(fromOnly.out.startsWith(QStringLiteral("timeline +1 −0 ~0\n")), qPrintable(fromOnly.out));
    }

    void diffErrors()
    {
        Run r = hindsight({QStringLiteral("diff"), m_uuid, QStringLiteral("9")});
        QCOMPARE(r.exitCode, kBadInput);
        QVERIFY2(r.err.contains(QStringLiteral("no version 9")), qPrintable(r.err));
        r = hindsight({QStringLiteral("diff"), m_uuid, QStringLiteral("x")});
        QCOMPARE(r.exitCode, kBadUsage);
        QVERIFY2(r.err.contains(QStringLiteral("not a version number")), qPrintable(r.err));
        r = hindsight({QStringLiteral("diff"), m_uuid, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, kBadUsage);
        r = hindsight({QStringLiteral("diff"), m_bare});
        QCOMPARE(r.exitCode, kBadInput);
        QVERIFY2(r.err.contains(QStringLiteral("no versions yet")), qPrintable(r.err));
        r = hindsight({QStringLiteral("diff"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(r.exitCode, kBadInput);
        QVERIFY2(r.err.contains(QStringLiteral("holds no COE")), qPrintable(r.err));
    }

    void exportJsonOfAVersion()
    {
        const QString out = m_dir.filePath(QStringLiteral("v2.coe.json"));
        Run r = hindsight({QStringLiteral("export-json"), m_uuid, out, QStringLiteral("--version"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        exchange::JsonReadResult read = exchange::CoeJson::readFile(out);
        QVERIFY(read.ok());
        QCOMPARE(read.coe.title, QStringLiteral("Approved title"));
        QVERIFY(read.coe.status == Status::Approved);
        r = hindsight({QStringLiteral("export-json"), m_uuid, QStringLiteral("-"), QStringLiteral("--version=1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(exchange::CoeJson::read(r.out.toUtf8()).coe.title, test::exampleCoe().title);
        r = hindsight({QStringLiteral("export-json"), m_uuid, QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(exchange::CoeJson::read(r.out.toUtf8()).coe.timeline.last().text, QStringLiteral("A new last entry"));

        r = hindsight({QStringLiteral("export-json"), m_uuid, out, QStringLiteral("--version"), QStringLiteral("7")});
        QCOMPARE(r.exitCode, kBadInput);
        QVERIFY2(r.err.contains(QStringLiteral("no version 7")), qPrintable(r.err));
        r = hindsight({QStringLiteral("export-json"), m_uuid, out, QStringLiteral("--version"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, kBadUsage);
        // --version alone still prints the program's version.
        r = hindsight({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("0.1.0")));
    }

    // prune-versions thins versions older than --older-than days to one a
    // day, approved ones kept, and says how many went.
    void pruneVersionsThinsOldVersions()
    {
        QString error;
        {
            auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            CoeVersions versions(*archive);
            Coe coe = test::exampleCoe();
            coe.uuid = QUuid::fromString(m_bare);
            const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-40);
            for (int i = 0; i < 4; ++i) {
                coe.title = QStringLiteral("Title %1").arg(i);
                coe.status = i == 1 ? Status::Approved : Status::Draft;
                QVERIFY(versions.add(coe, VersionReason::Periodic, {}, &error, old.addSecs(i)));
            }
        }
        Run r = hindsight({QStringLiteral("prune-versions"), QStringLiteral("--older-than"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        r = hindsight({QStringLiteral("prune-versions"), QStringLiteral("--older-than"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("2 old version")) && r.out.contains(QStringLiteral("thinned")),
                 qPrintable(r.out)); // "versions" once the English plurals have it
        r = hindsight({QStringLiteral("history"), m_bare});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2); // the approved one and the day's last
        r = hindsight({QStringLiteral("history"), m_uuid}); // one a day already
        QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
        r = hindsight({QStringLiteral("prune-versions")}); // the setting: 90 days
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("0 old version")), qPrintable(r.out));
    }

    void helpNamesTheCommands()
    {
        const Run r = hindsight({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("history UUID")));
        QVERIFY(r.out.contains(QStringLiteral("diff UUID [FROM [TO]] [--format text|json]")));
        QVERIFY(r.out.contains(QStringLiteral("--version N")));
        QVERIFY(r.out.contains(QStringLiteral("prune-versions [--older-than DAYS]")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommands)
#include "TestHistoryCommands.moc"
