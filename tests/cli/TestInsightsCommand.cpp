// SPDX-License-Identifier: MIT
// `hindsight insights [--from DATE] [--to DATE] [--severity N] [--service S]
// [--tag T] [--category C] [--format json|csv]` (issue #14): the figures of
// the Insights window for other tools.
#include "CliSupport.h"
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

class TestInsightsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QList<Coe> m_coes;

    test::CliRun hindsight(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args,
                            test::cliEnvironment(m_dir.path()));
    }

    static QJsonObject figure(const QJsonObject& json, const QString& name)
    {
        for (const QJsonValue& v : json.value(QStringLiteral("figures")).toArray())
            if (v.toObject().value(QStringLiteral("figure")).toString() == name)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        QString error;
        auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        // Three COEs a month apart: detected after 10, 20 and 40 minutes; the
        // third of severity 1, on service "search", with a factor.
        for (int i = 0; i < 3; ++i) {
            Coe c = makeNewCoe(QStringLiteral("Incident, \"%1\"").arg(i));
            const QDateTime t0 = QDateTime(QDate(2026, 1 + i, 15), QTime(10, 0), QTimeZone::utc());
            const int detect[] = {10, 20, 40};
            c.timeline = {TimelineEntry{t0, QStringLiteral("start"), Milestone::ImpactStart, false, {}, {}},
                          TimelineEntry{t0.addSecs(detect[i] * 60), QStringLiteral("seen"), Milestone::Detected, false, {}, {}}};
            c.severity = i == 2 ? 1 : 3;
            c.services = {i == 2 ? QStringLiteral("search") : QStringLiteral("checkout")};
            if (i == 2)
                c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("capacity"), {}, {}}};
            QVERIFY(CoeRepository(*archive).save(c).ok());
            m_coes << c;
        }
    }

    void json()
    {
        const test::CliRun r = hindsight({QStringLiteral("insights"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("periods")).toArray().size(), 1); // 2026-Q1
        const QJsonObject overall = figure(json, QStringLiteral("time_to_detect")).value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(overall.value(QStringLiteral("median")).toDouble(), 20.0);
        QCOMPARE(overall.value(QStringLiteral("p90")).toDouble(), 20 + 0.8 * 20); // h = 1.8
        QStringList uuids;
        for (const QJsonValue& v : overall.value(QStringLiteral("uuids")).toArray())
            uuids << v.toString();
        QCOMPARE(uuids, (QStringList{m_coes.at(0).uuid.toString(QUuid::WithoutBraces),
                                     m_coes.at(1).uuid.toString(QUuid::WithoutBraces),
                                     m_coes.at(2).uuid.toString(QUuid::WithoutBraces)}));
        const QJsonArray bars = figure(json, QStringLiteral("factor_pareto")).value(QStringLiteral("bars")).toArray();
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.at(0).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("capacity"));
        // Resolve: no COE has the milestone, so no median (null), never 0.
        const QJsonObject resolve = figure(json, QStringLiteral("time_to_resolve")).value(QStringLiteral("overall")).toObject();
        QVERIFY(resolve.value(QStringLiteral("median")).isNull());
        QCOMPARE(resolve.value(QStringLiteral("unknown")).toArray().size(), 3);
    }

    void filtered()
    {
        const test::CliRun r = hindsight({QStringLiteral("insights"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                                          QStringLiteral("--service"), QStringLiteral("checkout")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("n")).toInt(), 1);
        const QJsonObject overall = figure(json, QStringLiteral("time_to_detect")).value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("median")).toDouble(), 20.0);
        const test::CliRun sev = hindsight({QStringLiteral("insights"), QStringLiteral("--severity"), QStringLiteral("1"),
                                            QStringLiteral("--granularity"), QStringLiteral("month")});
        QVERIFY2(sev.exitCode == 0, qPrintable(sev.err));
        const QJsonObject one = QJsonDocument::fromJson(sev.out.toUtf8()).object();
        QCOMPARE(one.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(one.value(QStringLiteral("periods")).toArray().at(0).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("2026-03"));
    }

    void csv()
    {
        const test::CliRun r = hindsight({QStringLiteral("insights"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("figure,group,period,key,n,median,p90,count,share,cumulative_share,uuids"));
        const QString detect = QStringLiteral("time_to_detect,overall,,all,3,20,36,,,,")
            + QStringList{m_coes.at(0).uuid.toString(QUuid::WithoutBraces), m_coes.at(1).uuid.toString(QUuid::WithoutBraces),
                          m_coes.at(2).uuid.toString(QUuid::WithoutBraces)}
                  .join(QLatin1Char(' '));
        QVERIFY2(lines.contains(detect), qPrintable(lines.mid(0, 4).join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("factor_pareto,bar,,capacity,,,,1,1,1,")
                               + m_coes.at(2).uuid.toString(QUuid::WithoutBraces)));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("argument") << QStringList{QStringLiteral("insights"), QStringLiteral("x")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("insights"), QStringLiteral("--from"), QStringLiteral("May")};
        QTest::newRow("bad severity") << QStringList{QStringLiteral("insights"), QStringLiteral("--severity"), QStringLiteral("9")};
        QTest::newRow("bad format") << QStringList{QStringLiteral("insights"), QStringLiteral("--format"), QStringLiteral("pdf")};
        QTest::newRow("bad granularity")
            << QStringList{QStringLiteral("insights"), QStringLiteral("--granularity"), QStringLiteral("week")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        const test::CliRun r = hindsight(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void helpNamesIt()
    {
        const test::CliRun r = hindsight({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("insights [--from DATE] [--to DATE]")));
    }
};

QTEST_GUILESS_MAIN(TestInsightsCommand)
#include "TestInsightsCommand.moc"
