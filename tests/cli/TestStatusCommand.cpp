// SPDX-License-Identifier: MIT
// `hindsight status UUID draft|in_review|approved|closed [--by NAME] [--force]`
// (issue #13): the status change, its version, and an approval that the
// review check's errors refuse unless --force is given.
#include "CliSupport.h"
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

using Run = test::CliRun;

} // namespace

class TestStatusCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_good;   // passes the review check
    QString m_faulty; // the check finds an error (no summary)
    QString m_twoWhys; // severity 1 with two why steps: the required-by-severity table's error

    Run hindsight(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args,
                            test::cliEnvironment(m_dir.path()));
    }

    QStringList historyLines(const QString& uuid)
    {
        return hindsight({QStringLiteral("history"), uuid}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        QString error;
        auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        Coe good = test::exampleCoe();
        good.status = Status::Draft;
        QVERIFY(CoeRepository(*archive).save(good).ok());
        m_good = good.uuid.toString(QUuid::WithoutBraces);
        Coe faulty = test::exampleCoe();
        faulty.uuid = QUuid::createUuid();
        faulty.status = Status::InReview;
        faulty.summary.clear();
        QVERIFY(CoeRepository(*archive).save(faulty).ok());
        m_faulty = faulty.uuid.toString(QUuid::WithoutBraces);
        Coe twoWhys = test::exampleCoe();
        twoWhys.uuid = QUuid::createUuid();
        twoWhys.status = Status::InReview;
        twoWhys.severity = 1;
        while (twoWhys.whys.size() > 2)
            twoWhys.whys.removeLast();
        twoWhys.whys[1].parentId = twoWhys.whys[0].id;
        twoWhys.whys[1].rootCause = true;
        QVERIFY(CoeRepository(*archive).save(twoWhys).ok());
        m_twoWhys = twoWhys.uuid.toString(QUuid::WithoutBraces);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no status") << QStringList{QStringLiteral("status"), QStringLiteral("x")};
        QTest::newRow("not a uuid") << QStringList{QStringLiteral("status"), QStringLiteral("x"), QStringLiteral("draft")};
        QTest::newRow("not a status") << QStringList{QStringLiteral("status"), m_good, QStringLiteral("done")};
        QTest::newRow("approval without a name")
            << QStringList{QStringLiteral("status"), m_good, QStringLiteral("approved")};
        QTest::newRow("empty name") << QStringList{QStringLiteral("status"), m_good, QStringLiteral("approved"),
                                                   QStringLiteral("--by"), QStringLiteral(" ")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = hindsight(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void changesAndRecordsAVersion()
    {
        Run r = hindsight({QStringLiteral("status"), m_good, QStringLiteral("in_review")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("draft -> in_review")), qPrintable(r.out));
        r = hindsight({QStringLiteral("status"), m_good, QStringLiteral("approved"), QStringLiteral("--by"),
                       QStringLiteral("Ana Ruiz")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList history = historyLines(m_good);
        QCOMPARE(history.size(), 2);
        QVERIFY2(history.last().contains(QStringLiteral("\tapproved by Ana Ruiz; ")), qPrintable(history.last()));
        // Already approved: said, nothing recorded.
        r = hindsight({QStringLiteral("status"), m_good, QStringLiteral("approved"), QStringLiteral("--by"),
                       QStringLiteral("Ana Ruiz")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already")), qPrintable(r.out));
        QCOMPARE(historyLines(m_good).size(), 2);
        r = hindsight({QStringLiteral("status"), m_good, QStringLiteral("closed")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(historyLines(m_good).size(), 3);
    }

    void checkErrorsRefuseApprovalWithoutForce()
    {
        Run r = hindsight({QStringLiteral("status"), m_faulty, QStringLiteral("approved"), QStringLiteral("--by"),
                           QStringLiteral("Bo Chen")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("summary.empty")) && r.err.contains(QStringLiteral("--force")),
                 qPrintable(r.err));
        QVERIFY(historyLines(m_faulty).isEmpty());
        QVERIFY(hindsight({QStringLiteral("list")}).out.contains(m_faulty + QStringLiteral("\t")));
        QVERIFY2(hindsight({QStringLiteral("list")}).out.contains(QStringLiteral("in_review")), "status unchanged");

        // The name given last is remembered: --force alone approves, and the history says so.
        r = hindsight({QStringLiteral("status"), m_faulty, QStringLiteral("approved"), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        const QStringList history = historyLines(m_faulty);
        QCOMPARE(history.size(), 1);
        QVERIFY2(history.first().contains(QStringLiteral("approved by Bo Chen despite 1 review-check error"))
                     && history.first().contains(QStringLiteral("confirmed")),
                 qPrintable(history.first()));
    }

    void requiredBySeverityRefusesApproval()
    {
        // Issue #16: the required-by-severity table (the method's defaults
        // here: at least 3 whys at severity 1) is read by `status` as by the
        // editor's Approve and by `check`.
        const Run check = hindsight({QStringLiteral("check"), m_twoWhys});
        QVERIFY2(check.out.contains(QStringLiteral("required.whys")), qPrintable(check.out + check.err));
        const Run r = hindsight({QStringLiteral("status"), m_twoWhys, QStringLiteral("approved"), QStringLiteral("--by"),
                                 QStringLiteral("Bo Chen")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("required.whys")), qPrintable(r.err));
        QVERIFY(historyLines(m_twoWhys).isEmpty());
    }

    void unknownCoeIsRefused()
    {
        const Run r = hindsight({QStringLiteral("status"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 QStringLiteral("closed")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "TestStatusCommand.moc"
