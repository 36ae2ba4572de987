// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "metrics/SeriesSummary.h"

#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using namespace hindsight::metrics;

namespace {

QDateTime utc(int h, int mi, int day = 7)
{
    return QDateTime(QDate(2024, 3, day), QTime(h, mi), QTimeZone::utc());
}

MetricSeries cpu()
{
    MetricSeries s{QStringLiteral("CPU"), QStringLiteral("%"), {}};
    s.points = {{utc(14, 0), 12.0},  {utc(14, 3), 30.5},  {utc(14, 5), std::nullopt}, {utc(14, 7), 41.2},
                {utc(14, 30), 35.0}, {utc(14, 52), 19.9}, {utc(15, 0), 12.0}};
    return s;
}

} // namespace

class TestSeriesSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        static test::EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
    }

    void issueExample()
    {
        const QString text = SeriesSummary::text(cpu(), 20.0, {{QStringLiteral("the trigger"), utc(14, 2)}},
                                                 QTimeZone::utc(), QLocale::c());
        QCOMPARE(text, QStringLiteral("Peaks at 41.2% at 14:07, 5 minutes after the trigger; back under the "
                                      "threshold at 14:52."));
    }

    void displayZoneAndMilestoneAfter()
    {
        const QString text = SeriesSummary::text(
            cpu(), std::nullopt,
            {{QStringLiteral("detection"), utc(14, 8)}, {QStringLiteral("resolution"), utc(15, 0)}},
            QTimeZone("Europe/Berlin"), QLocale::c());
        QCOMPARE(text, QStringLiteral("Peaks at 41.2% at 15:07, 1 minute before detection."));
    }

    void thresholds()
    {
        QCOMPARE(SeriesSummary::text(cpu(), 50.0, {}, QTimeZone::utc(), QLocale::c()),
                 QStringLiteral("Peaks at 41.2% at 14:07; never above the threshold of 50%."));
        QCOMPARE(SeriesSummary::text(cpu(), 5.0, {}, QTimeZone::utc(), QLocale::c()),
                 QStringLiteral("Peaks at 41.2% at 14:07; still above the threshold of 5% when the data ends "
                                "at 15:00."));
    }

    void unitsLocaleAndDays()
    {
        MetricSeries s{
            QStringLiteral("p99"), QStringLiteral("ms"), {{utc(23, 50), 1.5}, {utc(0, 10, 8), 1234.567}}};
        QCOMPARE(SeriesSummary::text(s, std::nullopt, {{QStringLiteral("the trigger"), utc(21, 10)}},
                                     QTimeZone::utc(), QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("Peaks at 1.234,57 ms at 2024-03-08 00:10, 3 hours after the trigger."));
        QCOMPARE(SeriesSummary::text({QStringLiteral("x"), {}, {{utc(1, 0), std::nullopt}}}, 1.0, {},
                                     QTimeZone::utc(), QLocale::c()),
                 QStringLiteral("x has no measurements."));
    }
};

QTEST_GUILESS_MAIN(TestSeriesSummary)
#include "TestSeriesSummary.moc"
