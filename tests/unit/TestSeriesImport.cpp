// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "metrics/SeriesImport.h"

#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using namespace hindsight::metrics;

namespace {

QByteArray fixture(const QString& name)
{
    return test::readData(QStringLiteral("series/") + name);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QList<int> refusedLines(const SeriesImportResult& r)
{
    QList<int> lines;
    for (const Refusal& f : r.refused)
        lines.append(f.line);
    return lines;
}

std::optional<double> v(double d)
{
    return d;
}

const std::optional<double> gap = std::nullopt;

} // namespace

class TestSeriesImport : public QObject
{
    Q_OBJECT
private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SeriesFormat>("format");
        QTest::newRow("CloudWatch console") << "cloudwatch-console.csv" << SeriesFormat::CloudWatchCsv;
        QTest::newRow("CloudWatch JSON") << "cloudwatch-get-metric-data.json" << SeriesFormat::CloudWatchJson;
        QTest::newRow("Grafana joined") << "grafana-joined.csv" << SeriesFormat::GrafanaJoinedCsv;
        QTest::newRow("Grafana rows") << "grafana-rows.csv" << SeriesFormat::GrafanaRowsCsv;
        QTest::newRow("Prometheus") << "prometheus-query-range.json" << SeriesFormat::PrometheusJson;
        QTest::newRow("Datadog") << "datadog.csv" << SeriesFormat::DatadogCsv;
        QTest::newRow("generic CSV") << "generic-local.csv" << SeriesFormat::GenericCsv;
        QTest::newRow("generic TSV") << "generic-offsets.tsv" << SeriesFormat::GenericCsv;
    }
    void detect()
    {
        QFETCH(QString, file);
        QFETCH(SeriesFormat, format);
        QCOMPARE(SeriesImport::detect(fixture(file), file), format);
        QVERIFY(!SeriesImport::formatName(format).isEmpty());
    }

    void detectUnknown()
    {
        QCOMPARE(SeriesImport::detect("{\"hello\": 1}", QStringLiteral("x.json")), SeriesFormat::Unknown);
        QCOMPARE(SeriesImport::detect("just one column\n1\n", QStringLiteral("x.csv")),
                 SeriesFormat::Unknown);
        QCOMPARE(SeriesImport::detect("", {}), SeriesFormat::Unknown);
        const SeriesImportResult r = SeriesImport::read("{}", SeriesFormat::Unknown);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
    }

    void cloudWatchConsoleCsv()
    {
        const SeriesImportResult r =
            SeriesImport::read(fixture("cloudwatch-console.csv"), SeriesFormat::CloudWatchCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("CPUUtilization"));
        QCOMPARE(r.series[1].name, QStringLiteral("NetworkIn"));
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(12.5)},
                                                         {utc(2024, 3, 7, 14, 5), v(41.2)},
                                                         {utc(2024, 3, 7, 14, 10), v(18)}}));
        // An empty cell is a gap, never zero.
        QCOMPARE(r.series[1].points[1].value, gap);
        QCOMPARE(r.series[1].points[2].value, v(2048));
        QVERIFY(r.refused.isEmpty());
    }

    void cloudWatchJson()
    {
        const SeriesImportResult r =
            SeriesImport::read(fixture("cloudwatch-get-metric-data.json"), SeriesFormat::CloudWatchJson);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("CPUUtilization"));
        QCOMPARE(r.series[1].name, QStringLiteral("HTTPCode_Target_5XX_Count"));
        // get-metric-data answers newest first: the points end in time order.
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(12.5)},
                                                         {utc(2024, 3, 7, 14, 5), v(41.2)},
                                                         {utc(2024, 3, 7, 14, 10), v(18)}}));
        QCOMPARE(r.series[1].points,
                 (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(0)}, {utc(2024, 3, 7, 14, 5), v(37)}}));
    }

    void cloudWatchJsonRefusals()
    {
        const QByteArray json = R"({"MetricDataResults":[
            {"Label":"a","Timestamps":["2024-03-07T14:00:00Z","nope","2024-03-07T14:02:00Z"],"Values":[1,2,"x"]},
            {"Label":"b","Timestamps":["2024-03-07T14:00:00Z"],"Values":[]}]})";
        const SeriesImportResult r = SeriesImport::read(json, SeriesFormat::CloudWatchJson);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(1)}}));
        QCOMPARE(r.refused.size(), 3);
        QCOMPARE(r.refused[0].path, QStringLiteral("MetricDataResults[0].Timestamps[1]"));
        QVERIFY(r.refused[0].reason.contains(QStringLiteral("nope")));
        QCOMPARE(r.refused[1].path, QStringLiteral("MetricDataResults[0].Values[2]"));
        QCOMPARE(r.refused[2].path, QStringLiteral("MetricDataResults[1]"));
    }

    void grafanaJoined()
    {
        const SeriesImportResult r =
            SeriesImport::read(fixture("grafana-joined.csv"), SeriesFormat::GrafanaJoinedCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("p99 latency"));
        QCOMPARE(r.series[1].name, QStringLiteral("p50 latency"));
        // Unix milliseconds (1709820000000 = 2024-03-07 14:00 UTC).
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(0.41)},
                                                         {utc(2024, 3, 7, 14, 1), gap},
                                                         {utc(2024, 3, 7, 14, 2), v(1.93)}}));
        QCOMPARE(r.series[1].points[1], (SeriesPoint{utc(2024, 3, 7, 14, 1), v(0.13)}));
    }

    void grafanaRows()
    {
        const SeriesImportResult r =
            SeriesImport::read(fixture("grafana-rows.csv"), SeriesFormat::GrafanaRowsCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("web-1"));
        QCOMPARE(r.series[1].name, QStringLiteral("web-2"));
        QCOMPARE(r.series[0].points,
                 (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(41.2)}, {utc(2024, 3, 7, 14, 1), gap}}));
        QCOMPARE(r.series[1].points,
                 (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(12)}, {utc(2024, 3, 7, 14, 1), v(13.5)}}));
        QCOMPARE(refusedLines(r), QList<int>{6});
        QVERIFY(r.refused[0].reason.contains(QStringLiteral("yesterday")));
    }

    void aSeriesWithoutANameIsNamed()
    {
        // The format needs a name (metrics[].series[].name, minLength 1): a
        // series the source leaves unnamed gets one, so it exports and
        // imports again.
        SeriesImportResult r = SeriesImport::read("\"Series\";\"Time\";\"Value\"\n"
                                                  "\"\";\"2024-03-07T14:00:00Z\";1\n"
                                                  "\"b\";\"2024-03-07T14:00:00Z\";2\n",
                                                  SeriesFormat::GrafanaRowsCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("Series 1"));
        QCOMPARE(r.series[1].name, QStringLiteral("b"));
        r = SeriesImport::read(R"({"MetricDataResults":[
            {"Timestamps":["2024-03-07T14:00:00Z"],"Values":[1]},
            {"Label":"","Id":"","Timestamps":["2024-03-07T14:00:00Z"],"Values":[2]}]})",
                               SeriesFormat::CloudWatchJson);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("Series 1"));
        QCOMPARE(r.series[1].name, QStringLiteral("Series 2"));
    }

    void prometheus()
    {
        const SeriesImportResult r =
            SeriesImport::read(fixture("prometheus-query-range.json"), SeriesFormat::PrometheusJson);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("up{instance=\"localhost:9090\", job=\"prometheus\"}"));
        QCOMPARE(r.series[1].name, QStringLiteral("up{instance=\"localhost:9091\", job=\"node\"}"));
        // 1435781430.781 s = 2015-07-01 20:10:30.781 UTC; "NaN" is a gap.
        QCOMPARE(r.series[1].points, (QList<SeriesPoint>{{utc(2015, 7, 1, 20, 10, 30, 781), v(0)},
                                                         {utc(2015, 7, 1, 20, 10, 45, 781), gap},
                                                         {utc(2015, 7, 1, 20, 11, 0, 781), v(1)}}));
    }

    void prometheusErrors()
    {
        SeriesImportResult r =
            SeriesImport::read(R"({"status":"error","errorType":"bad_data","error":"parse error"})",
                               SeriesFormat::PrometheusJson);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("parse error")));
        r = SeriesImport::read(R"({"status":"success","data":{"resultType":"vector","result":[]}})",
                               SeriesFormat::PrometheusJson);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("query_range")));
        // A time far outside the calendar is refused, not wrapped around.
        r = SeriesImport::read(R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{},"values":[[1e300,"1"],[1435781430,"2"]]}]}})",
                               SeriesFormat::PrometheusJson);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series[0].name, QStringLiteral("Series 1"));
        QCOMPARE(r.series[0].points.size(), 1);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused[0].path, QStringLiteral("data.result[0].values[0]"));
        r = SeriesImport::read("{not json", SeriesFormat::PrometheusJson);
        QVERIFY(!r.ok());
    }

    void datadog()
    {
        const SeriesImportResult r = SeriesImport::read(fixture("datadog.csv"), SeriesFormat::DatadogCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("avg:system.cpu.user{host:web-1}"));
        // Unix seconds (1709820000 = 2024-03-07 14:00 UTC).
        QCOMPARE(r.series[1].points, (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(3.25)},
                                                         {utc(2024, 3, 7, 14, 5), gap},
                                                         {utc(2024, 3, 7, 14, 10), v(4)}}));
    }

    void genericWithOffsets()
    {
        SeriesMapping m;
        m.timeColumn = 1;
        m.valueColumns = {2};
        m.unit = QStringLiteral("load");
        const SeriesImportResult r =
            SeriesImport::read(fixture("generic-offsets.tsv"), SeriesFormat::GenericCsv, m);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(r.series[0].name, QStringLiteral("load"));
        QCOMPARE(r.series[0].unit, QStringLiteral("load"));
        // +01:00, Z and the basic form; sorted by time.
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 7, 12, 0), v(1)},
                                                         {utc(2024, 3, 7, 13, 1), v(0.75)},
                                                         {utc(2024, 3, 7, 13, 2), v(0.5)}}));
        QCOMPARE(refusedLines(r), QList<int>{5});
    }

    // Offset-less times are never guessed: refused as a whole until a zone is given.
    void genericWithoutOffsetNeedsZone()
    {
        SeriesMapping m;
        m.locale = QLocale(QLocale::German, QLocale::Germany);
        SeriesImportResult r = SeriesImport::read(fixture("generic-local.csv"), SeriesFormat::GenericCsv, m);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("no UTC offset")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("line 2")), qPrintable(r.error));

        m.zone = QTimeZone("Europe/Berlin");
        QVERIFY(m.zone.isValid());
        r = SeriesImport::read(fixture("generic-local.csv"), SeriesFormat::GenericCsv, m);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("requests per second"));
        QCOMPARE(r.series[1].name, QStringLiteral("errors"));
        // 01:30 CET = 00:30 UTC (decimal comma of the mapping's locale);
        // 03:30 CEST = 01:30 UTC with an empty cell (a gap);
        // 2024-10-27 03:30 CET = 02:30 UTC.
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 31, 0, 30), v(120.5)},
                                                         {utc(2024, 3, 31, 1, 30), gap},
                                                         {utc(2024, 10, 27, 2, 30), v(95)}}));
        QCOMPARE(r.series[1].points[1].value, v(2));
        // 3: 02:30 does not exist (DST starts); 5: not a time; 6: not a number;
        // 7: 02:30 happens twice (DST ends).
        QCOMPARE(refusedLines(r), (QList<int>{3, 5, 6, 7}));
        QVERIFY2(r.refused[0].reason.contains(QStringLiteral("does not exist")),
                 qPrintable(r.refused[0].reason));
        QVERIFY(r.refused[0].reason.contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(r.refused[1].reason.contains(QStringLiteral("not a time")));
        QVERIFY(r.refused[2].reason.contains(QStringLiteral("abc")));
        QVERIFY2(r.refused[3].reason.contains(QStringLiteral("twice")), qPrintable(r.refused[3].reason));
    }

    // The same offset-less time in a zone without DST is no problem.
    void zoneWithoutDst()
    {
        SeriesMapping m;
        m.zone = QTimeZone("Asia/Tokyo");
        const SeriesImportResult r =
            SeriesImport::read("t,v\n2024-03-31 02:30:00,1\n", SeriesFormat::GenericCsv, m);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 30, 17, 30), v(1)}}));
    }

    // A detected format whose times lack an offset (Grafana's formatted
    // export writes the browser's wall time) is refused the same way.
    void detectedFormatWithoutOffsetNeedsZone()
    {
        const QByteArray csv = "\"Time\",\"A-series\"\n2024-03-07 15:00:00,1\n2024-03-07 15:01:00,2\n";
        QCOMPARE(SeriesImport::detect(csv, QStringLiteral("grafana_data_export.csv")),
                 SeriesFormat::GrafanaJoinedCsv);
        SeriesImportResult r = SeriesImport::read(csv, SeriesFormat::GrafanaJoinedCsv);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("no UTC offset")), qPrintable(r.error));
        SeriesMapping m;
        m.zone = QTimeZone("Europe/Madrid");
        r = SeriesImport::read(csv, SeriesFormat::GrafanaJoinedCsv, m);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series[0].points,
                 (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 0), v(1)}, {utc(2024, 3, 7, 14, 1), v(2)}}));
    }

    void genericWithoutHeader()
    {
        SeriesMapping m;
        m.hasHeader = false;
        m.timeColumn = 1;
        const SeriesImportResult r = SeriesImport::read(
            "7;2024-03-07T14:05:00Z;\"41,2\"\n8;2024-03-07T14:06:00Z;1.5\n", SeriesFormat::GenericCsv, [&] {
                m.locale = QLocale(QLocale::Spanish, QLocale::Spain);
                return m;
            }());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].name, QStringLiteral("Column 1"));
        QCOMPARE(r.series[1].name, QStringLiteral("Column 3"));
        QCOMPARE(r.series[1].points,
                 (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 5), v(41.2)}, {utc(2024, 3, 7, 14, 6), v(1.5)}}));
    }

    void wrongMappingImportsNothing()
    {
        SeriesMapping m;
        m.timeColumn = 5;
        SeriesImportResult r =
            SeriesImport::read(fixture("generic-offsets.tsv"), SeriesFormat::GenericCsv, m);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
        QVERIFY(r.error.contains(QStringLiteral("column 6")));

        m.timeColumn = 1;
        m.valueColumns = {0}; // the host names
        r = SeriesImport::read(fixture("generic-offsets.tsv"), SeriesFormat::GenericCsv, m);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
        QCOMPARE(refusedLines(r), (QList<int>{2, 3, 4, 5}));

        m.timeColumn = 2; // the values as times
        m.valueColumns = {1};
        r = SeriesImport::read(fixture("generic-offsets.tsv"), SeriesFormat::GenericCsv, m);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: refused
        const QDateTime t = utc(2024, 3, 7, 14, 5);
        QTest::newRow("RFC 3339 Z") << "2024-03-07T14:05:00Z" << t;
        QTest::newRow("lower-case z and t") << "2024-03-07t14:05:00z" << t;
        QTest::newRow("fraction") << "2024-03-07T14:05:00.250Z" << t.addMSecs(250);
        QTest::newRow("nanoseconds") << "2024-03-07T14:05:00.123456789Z" << t.addMSecs(123);
        QTest::newRow("+hh:mm") << "2024-03-07T15:05:00+01:00" << t;
        QTest::newRow("-hhmm") << "2024-03-07T09:35:00-0430" << t;
        QTest::newRow("+hh") << "2024-03-07T16:05+02" << t;
        QTest::newRow("space and UTC") << "2024-03-07 14:05:00 UTC" << t;
        QTest::newRow("basic") << "20240307T140500Z" << t;
        QTest::newRow("no seconds") << "2024-03-07T14:05Z" << t;
        QTest::newRow("unix seconds") << "1709820300" << t;
        QTest::newRow("unix seconds fraction") << "1709820300.5" << t.addMSecs(500);
        QTest::newRow("unix milliseconds") << "1709820300000" << t;
        QTest::newRow("seconds just below 1e11")
            << "99999999999" << QDateTime::fromSecsSinceEpoch(99999999999, QTimeZone::utc());
        QTest::newRow("milliseconds from 1e11")
            << "100000000000" << QDateTime::fromMSecsSinceEpoch(100000000000, QTimeZone::utc());
        QTest::newRow("word") << "soon" << QDateTime();
        QTest::newRow("30 February") << "2024-02-30T14:05:00Z" << QDateTime();
        QTest::newRow("24:00") << "2024-03-07T24:00:00Z" << QDateTime();
        QTest::newRow("offset without colon, fraction") << "2024-03-07T15:05:00.5+0100" << t.addMSecs(500);
        QTest::newRow("trailing junk") << "2024-03-07T14:05:00Zx" << QDateTime();
        QTest::newRow("bad month") << "2024-13-07T14:05:00Z" << QDateTime();
        QTest::newRow("bad offset") << "2024-03-07T14:05:00+25:00" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const ParsedTime p = parseSeriesTime(text);
        if (!expected.isValid()) {
            QCOMPARE(p.kind, ParsedTime::Kind::Invalid);
            return;
        }
        QCOMPARE(p.kind, ParsedTime::Kind::Instant);
        QCOMPARE(p.utc, expected);
        QCOMPARE(p.utc.timeSpec(), Qt::UTC);
    }

    void localTimeNeedsZone()
    {
        const ParsedTime p = parseSeriesTime(u"2024-03-07 14:05:00");
        QCOMPARE(p.kind, ParsedTime::Kind::LocalOnly);
        QString reason;
        QCOMPARE(wallTimeToUtc(p.local, QTimeZone("America/New_York"), &reason), utc(2024, 3, 7, 19, 5));
        // New York: 2024-03-10 02:30 does not exist, 2024-11-03 01:30 twice.
        QVERIFY(!wallTimeToUtc(utc(2024, 3, 10, 2, 30), QTimeZone("America/New_York"), &reason));
        QVERIFY(reason.contains(QStringLiteral("does not exist")));
        QVERIFY(!wallTimeToUtc(utc(2024, 11, 3, 1, 30), QTimeZone("America/New_York"), &reason));
        QVERIFY(reason.contains(QStringLiteral("twice")));
        QCOMPARE(wallTimeToUtc(utc(2024, 11, 3, 2, 30), QTimeZone("America/New_York"), &reason),
                 utc(2024, 11, 3, 7, 30));
    }

    void tooManySeries()
    {
        QByteArray csv = "time";
        for (int c = 0; c < kMaxSeries + 1; ++c)
            csv += ",s" + QByteArray::number(c);
        csv += "\n2024-03-07T14:05:00Z";
        for (int c = 0; c < kMaxSeries + 1; ++c)
            csv += ",1";
        csv += '\n';
        SeriesImportResult r = SeriesImport::read(csv, SeriesFormat::GrafanaJoinedCsv);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("21 series")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("20")));
        // Twenty are fine.
        SeriesMapping m;
        m.valueColumns.clear();
        for (int c = 1; c <= kMaxSeries; ++c)
            m.valueColumns.append(c);
        r = SeriesImport::read(csv, SeriesFormat::GenericCsv, m);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series.size(), kMaxSeries);

        QByteArray rows = "Series,Time,Value\n";
        for (int c = 0; c < kMaxSeries + 1; ++c)
            rows += "s" + QByteArray::number(c) + ",2024-03-07T14:05:00Z,1\n";
        r = SeriesImport::read(rows, SeriesFormat::GrafanaRowsCsv);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
    }

    void tooManyPoints()
    {
        QByteArray csv = "time,value\n";
        csv.reserve(30 * (kMaxPoints + 2));
        const qint64 start = 1709820000;
        for (int i = 0; i < kMaxPoints; ++i)
            csv += QByteArray::number(start + i) + ',' + QByteArray::number(i % 97) + '\n';
        SeriesImportResult r = SeriesImport::read(csv, SeriesFormat::GrafanaJoinedCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series[0].points.size(), kMaxPoints);

        csv += QByteArray::number(start + kMaxPoints) + ",1\n";
        r = SeriesImport::read(csv, SeriesFormat::GrafanaJoinedCsv);
        QVERIFY(!r.ok());
        QVERIFY(r.series.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("100001")), qPrintable(r.error));
    }

    void tiesKeepTheirOrder()
    {
        const SeriesImportResult r = SeriesImport::read(
            "time,v\n2024-03-07T14:06:00Z,3\n2024-03-07T14:05:00Z,1\n2024-03-07T14:05:00Z,2\n",
            SeriesFormat::GrafanaJoinedCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series[0].points, (QList<SeriesPoint>{{utc(2024, 3, 7, 14, 5), v(1)},
                                                         {utc(2024, 3, 7, 14, 5), v(2)},
                                                         {utc(2024, 3, 7, 14, 6), v(3)}}));
    }

    void refusedFieldCountAndCrLf()
    {
        const SeriesImportResult r = SeriesImport::read(
            "\xEF\xBB\xBFtime,a,b\r\n2024-03-07T14:05:00Z,1,2\r\n2024-03-07T14:06:00Z,1\r\n\r\n"
            "2024-03-07T14:07:00Z,1,2,\r\n2024-03-07T14:08:00Z,inf,2\r\n",
            SeriesFormat::GrafanaJoinedCsv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.series[0].points.size(), 2);
        QCOMPARE(refusedLines(r), (QList<int>{3, 6}));
    }
};

QTEST_GUILESS_MAIN(TestSeriesImport)
#include "TestSeriesImport.moc"
