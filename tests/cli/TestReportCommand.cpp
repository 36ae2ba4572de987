// SPDX-License-Identifier: MIT
// `hindsight report OUT.pdf --from DATE --to DATE` (issue #14): the learning
// report written from the command line, with the COEs of the period only.
#include "CliSupport.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

class TestReportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    test::CliRun hindsight(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args,
                            test::cliEnvironment(m_dir.path()));
    }

    static QString pdfText(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        QString error;
        auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        // One COE in the first quarter of 2026, one in the second.
        for (int i = 0; i < 2; ++i) {
            Coe c = makeNewCoe(i == 0 ? QStringLiteral("Winter outage") : QStringLiteral("Spring outage"));
            const QDateTime t0 = QDateTime(QDate(2026, 2 + 3 * i, 10), QTime(9, 0), QTimeZone::utc());
            c.timeline = {TimelineEntry{t0, QStringLiteral("start"), Milestone::ImpactStart, false, {}, {}, false},
                          TimelineEntry{t0.addSecs(900), QStringLiteral("paged"), Milestone::Detected, false, {}, {},
                                        false}};
            c.severity = 2;
            QVERIFY(CoeRepository(*archive).save(c).ok());
        }
    }

    void writesTheReportOfThePeriod()
    {
        HINDSIGHT_REQUIRE_TOOL("pdftotext");
        const QString out = m_dir.filePath(QStringLiteral("q1.pdf"));
        const test::CliRun run = hindsight({QStringLiteral("report"), QStringLiteral("--from"),
                                            QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                            QStringLiteral("2026-03-31"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 COE")), qPrintable(run.out));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Learning report")));
        QVERIFY(text.contains(QStringLiteral("Winter outage")));
        QVERIFY(!text.contains(QStringLiteral("Spring outage")));
        QVERIFY(text.contains(QStringLiteral("15 min")));
    }

    void refusesBadOptionsAndWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        test::CliRun run = hindsight({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-13-01"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--from")));
        run = hindsight({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-03-31"), out});
        QCOMPARE(run.exitCode, 2);
        run = hindsight({QStringLiteral("report")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(out));
        // A folder that does not exist: a clear error, nothing made.
        run = hindsight({QStringLiteral("report"), m_dir.filePath(QStringLiteral("missing/r.pdf"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
