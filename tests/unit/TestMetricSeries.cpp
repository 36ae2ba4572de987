// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "analysis/CoeDiff.h"
#include "exchange/CoeJson.h"
#include "exchange/CoeMarkdown.h"
#include "report/SeriesText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hindsight;
using namespace hindsight::exchange;

// A metric's measured series, threshold and window (format 1.1, issue #15):
// read, written back as they came, refused with their JSON path when wrong or
// over the limits, compared by CoeDiff per series, and told in the report text.
namespace {

const QString kExample = QStringLiteral("format-1.1/checkout-config-rollout-1.1.coe.json");

QString describe(const QList<JsonDiagnostic>& diagnostics)
{
    QStringList lines;
    for (const JsonDiagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QDateTime at(int minute, int ms = 0)
{
    return QDateTime(QDate(2024, 3, 7), QTime(13, 45), Qt::UTC).addSecs(minute * 60).addMSecs(ms);
}

metrics::MetricSeries makeSeries(const QString& name, const QString& unit, int points, double offset = 0)
{
    metrics::MetricSeries s{name, unit, {}};
    for (int i = 0; i < points; ++i)
        s.points.append({at(i), i % 4 == 2 ? std::nullopt : std::optional<double>(i * 0.25 + offset)});
    return s;
}

// The example document with metrics[0] replaced by `metric` (JSON).
QByteArray withMetric(const QJsonObject& metric)
{
    QJsonObject doc = CoeJson::toJson(test::exampleCoe());
    QJsonArray metrics = doc.value(QLatin1String("metrics")).toArray();
    metrics[0] = metric;
    doc.insert(QLatin1String("metrics"), metrics);
    return QJsonDocument(doc).toJson();
}

QJsonObject seriesJson(const QString& name, const QJsonArray& points)
{
    return QJsonObject{{QLatin1String("name"), name}, {QLatin1String("points"), points}};
}

QJsonArray points(int count)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i)
        out.append(QJsonArray{CoeJson::formatInstant(at(0).addSecs(i)), i * 0.5});
    return out;
}

} // namespace

class TestMetricSeries : public QObject
{
    Q_OBJECT
private slots:
    void exampleRoundTrip()
    {
        const QByteArray input = test::readData(kExample);
        const JsonReadResult r = CoeJson::read(input);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        for (const JsonDiagnostic& w : r.warnings)
            QVERIFY2(!w.path.startsWith(QLatin1String("$.metrics")), qPrintable(w.toString()));
        const Metric& m = r.coe.metrics[0];
        QCOMPARE(m.series.size(), 1);
        QCOMPARE(m.series[0].name, QStringLiteral("HTTP 5xx share at the load balancer"));
        QCOMPARE(m.series[0].unit, QStringLiteral("%"));
        QCOMPARE(m.series[0].points.size(), 131);
        QCOMPARE(m.series[0].points[0].at, QDateTime(QDate(2024, 3, 7), QTime(13, 45), Qt::UTC));
        QCOMPARE(m.series[0].points[0].value, std::optional<double>(0.3));
        QCOMPARE(m.threshold, std::optional<double>(2.0));
        QCOMPARE(m.window.from, QDateTime(QDate(2024, 3, 7), QTime(13, 45), Qt::UTC));
        QCOMPARE(m.window.to, QDateTime(QDate(2024, 3, 7), QTime(15, 55), Qt::UTC));
        QVERIFY(r.coe.metrics[1].series.isEmpty());
        QVERIFY(!r.coe.metrics[1].threshold);
        QVERIFY(r.coe.metrics[1].window.isEmpty());

        // Written back with the same values, in the format's key order.
        const QJsonObject original = QJsonDocument::fromJson(input).object();
        const QByteArray output = CoeJson::write(r.coe);
        const QJsonObject written = QJsonDocument::fromJson(output).object();
        QCOMPARE(written.value(QLatin1String("metrics")), original.value(QLatin1String("metrics")));
        const qsizetype metricAt = output.indexOf("\"metrics\"");
        const qsizetype description = output.indexOf("\"description\"", metricAt);
        const qsizetype series = output.indexOf("\"series\"", metricAt);
        const qsizetype threshold = output.indexOf("\"threshold\"", metricAt);
        const qsizetype window = output.indexOf("\"window\"", metricAt);
        QVERIFY(description < series && series < threshold && threshold < window);
        QVERIFY(output.indexOf("\"name\"", series) < output.indexOf("\"unit\"", series));
        QVERIFY(output.indexOf("\"unit\"", series) < output.indexOf("\"points\"", series));
        QVERIFY(output.indexOf("\"from\"", window) < output.indexOf("\"to\"", window));

        const JsonReadResult again = CoeJson::read(output);
        QVERIFY2(again.ok(), qPrintable(describe(again.errors)));
        QVERIFY(again.coe.sameContent(r.coe));
        QCOMPARE(CoeJson::write(again.coe), output);
        // sameContent sees each of them.
        for (int field = 0; field < 4; ++field) {
            Coe changed = r.coe;
            switch (field) {
            case 0: changed.metrics[0].series[0].points[5].value.reset(); break;
            case 1: changed.metrics[0].series[0].unit = QStringLiteral("ratio"); break;
            case 2: changed.metrics[0].threshold = 2.5; break;
            case 3: changed.metrics[0].window.to = changed.metrics[0].window.to.addSecs(60); break;
            }
            QVERIFY2(!changed.sameContent(r.coe), qPrintable(QString::number(field)));
        }
    }

    // Gaps are null (never zero), times keep their milliseconds, equal times
    // keep their order; a window may have one end only.
    void gapsAndTiesRoundTrip()
    {
        Coe c = test::exampleCoe();
        metrics::MetricSeries s = makeSeries(QStringLiteral("p99 \"latency\""), QString(), 9);
        s.points.append({s.points.constLast().at, -1e-9});
        s.points.append({at(20, 7), 123456789.125});
        c.metrics[0].series = {s, makeSeries(QStringLiteral("second"), QStringLiteral("ms"), 3)};
        c.metrics[0].threshold = -0.5;
        c.metrics[0].window.from = at(1, 500);
        const QByteArray json = CoeJson::write(c);
        QVERIFY(json.contains("null"));
        QVERIFY(json.contains("2024-03-07T14:05:00.007Z"));
        const QJsonObject metric =
            QJsonDocument::fromJson(json).object().value(QLatin1String("metrics")).toArray().at(0).toObject();
        QCOMPARE(metric.value(QLatin1String("window")).toObject().keys(), QStringList{QStringLiteral("from")});
        QVERIFY(!metric.value(QLatin1String("series")).toArray().at(0).toObject().contains(QLatin1String("unit")));
        const JsonReadResult r = CoeJson::read(json);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(r.coe.metrics[0] == c.metrics[0]);
        QVERIFY(!r.coe.metrics[0].series[0].points[2].value);
        QCOMPARE(CoeJson::write(r.coe), json);
    }

    // Written only when they hold something: a metric without them stays 1.0.
    void writtenOnlyWhenTheyHoldSomething()
    {
        const QByteArray plain = CoeJson::write(test::exampleCoe());
        for (const char* key : {"\"series\"", "\"threshold\"", "\"window\""})
            QVERIFY2(!plain.contains(key), key);
    }

    void refusedWithTheirPath_data()
    {
        QTest::addColumn<QJsonObject>("metric");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        const QJsonObject base{{QLatin1String("name"), QLatin1String("Errors")}};
        auto with = [&](const char* key, const QJsonValue& value) {
            QJsonObject m = base;
            m.insert(QLatin1String(key), value);
            return m;
        };
        QJsonArray many;
        for (int i = 0; i < 21; ++i)
            many.append(seriesJson(QStringLiteral("s%1").arg(i), points(2)));
        QTest::newRow("21 series") << with("series", many) << "$.metrics[0].series" << "at most 20";
        QTest::newRow("100,001 points")
            << with("series", QJsonArray{seriesJson(QStringLiteral("a"), points(2)),
                                         seriesJson(QStringLiteral("big"), points(100001))})
            << "$.metrics[0].series[1].points" << "at most 100000";
        QTest::newRow("no name") << with("series", QJsonArray{QJsonObject{{QLatin1String("points"), points(1)}}})
                                 << "$.metrics[0].series[0].name" << "";
        QTest::newRow("no points") << with("series", QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("x")}}})
                                   << "$.metrics[0].series[0].points" << "";
        QJsonArray bad = points(3);
        bad[1] = QJsonArray{QLatin1String("2024-03-07 14:00"), 1};
        QTest::newRow("bad time") << with("series", QJsonArray{seriesJson(QStringLiteral("a"), bad)})
                                  << "$.metrics[0].series[0].points[1]" << "RFC 3339";
        bad = points(3);
        bad[2] = QJsonArray{CoeJson::formatInstant(at(9)), QLatin1String("1.5")};
        QTest::newRow("value as text") << with("series", QJsonArray{seriesJson(QStringLiteral("a"), bad)})
                                       << "$.metrics[0].series[0].points[2]" << "number or null";
        bad = points(3);
        bad[1] = QJsonArray{CoeJson::formatInstant(at(0))};
        QTest::newRow("one element") << with("series", QJsonArray{seriesJson(QStringLiteral("a"), bad)})
                                     << "$.metrics[0].series[0].points[1]" << "";
        bad = points(3);
        bad[2] = QJsonArray{CoeJson::formatInstant(at(-10)), 1};
        QTest::newRow("out of order") << with("series", QJsonArray{seriesJson(QStringLiteral("a"), bad)})
                                      << "$.metrics[0].series[0].points[2]" << "time order";
        QTest::newRow("threshold as text") << with("threshold", QLatin1String("2")) << "$.metrics[0].threshold" << "";
        QTest::newRow("window backwards")
            << with("window", QJsonObject{{QLatin1String("from"), CoeJson::formatInstant(at(5))},
                                          {QLatin1String("to"), CoeJson::formatInstant(at(1))}})
            << "$.metrics[0].window.to" << "";
        QTest::newRow("window without offset")
            << with("window", QJsonObject{{QLatin1String("from"), QLatin1String("2024-03-07T14:00:00")}})
            << "$.metrics[0].window.from" << "offset";
    }
    void refusedWithTheirPath()
    {
        QFETCH(QJsonObject, metric);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const JsonReadResult r = CoeJson::read(withMetric(metric));
        QVERIFY(!r.ok());
        bool found = false;
        for (const JsonDiagnostic& e : r.errors)
            if (e.path == path && e.message.contains(words))
                found = true;
        QVERIFY2(found, qPrintable(describe(r.errors)));
    }

    // History and hindsight diff: series added, removed and changed per
    // metric (matched by name), never point by point; threshold and window as fields.
    void diffPerSeries()
    {
        Coe before = test::exampleCoe();
        before.metrics[0].series = {makeSeries(QStringLiteral("kept"), QStringLiteral("%"), 50),
                                    makeSeries(QStringLiteral("changed"), QStringLiteral("%"), 50),
                                    makeSeries(QStringLiteral("removed"), QString(), 10)};
        Coe after = before;
        after.metrics[0].series[1].points[40].value = 99.0;
        after.metrics[0].series.removeAt(2);
        after.metrics[0].series.append(makeSeries(QStringLiteral("added"), QString(), 5));
        const analysis::CoeDiff d = analysis::compareCoes(before, after);
        QCOMPARE(d.series.size(), 1);
        QCOMPARE(d.series[0].metric, 0);
        QCOMPARE(d.series[0].added, QStringList{QStringLiteral("added")});
        QCOMPARE(d.series[0].removed, QStringList{QStringLiteral("removed")});
        QCOMPARE(d.series[0].changed, QStringList{QStringLiteral("changed")});
        QVERIFY2(d.summaryLine().contains(QStringLiteral("series: 1 added, 1 removed, 1 changed")),
                 qPrintable(d.summaryLine()));
        const QString text = d.toText();
        QVERIFY2(text.contains(QStringLiteral("metrics[0].series ~ changed")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("metrics[0].series + added")));
        QVERIFY(text.contains(QStringLiteral("metrics[0].series - removed")));
        QCOMPARE(text.count(QStringLiteral("metrics[0].series ")), 3); // per series, never point by point
        QCOMPARE(d.toJson().value(QLatin1String("series")).toArray().size(), 1);

        // A unit alone changes a series; the threshold and window are fields of the metric.
        Coe unit = before;
        unit.metrics[0].series[0].unit = QStringLiteral("ratio");
        unit.metrics[0].threshold = 3.0;
        const analysis::CoeDiff u = analysis::compareCoes(before, unit);
        QCOMPARE(u.series.size(), 1);
        QCOMPARE(u.series[0].changed, QStringList{QStringLiteral("kept")});
        QVERIFY(u.sections[0].items[0].fields.contains(QStringLiteral("threshold")));
        QVERIFY(analysis::compareCoes(before, before).isEmpty());
        QVERIFY(!analysis::compareCoes(before, before).toJson().contains(QLatin1String("series")));
    }

    // Until the chart is drawn, the report and Markdown say it in words:
    // name, unit, point count, time range and the one-sentence summary.
    void reportAndMarkdownText()
    {
        const JsonReadResult r = CoeJson::read(test::readData(kExample));
        QVERIFY(r.ok());
        const QList<report::SeriesText::Line> lines = report::SeriesText::lines(r.coe, r.coe.metrics[0], QLocale::c());
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].heading, QStringLiteral("HTTP 5xx share at the load balancer (%)"));
        QVERIFY2(lines[0].extent.startsWith(QStringLiteral("131 point")), qPrintable(lines[0].extent));
        QVERIFY2(lines[0].summary.startsWith(QStringLiteral("Peaks at")), qPrintable(lines[0].summary));
        QVERIFY2(lines[0].summary.contains(QStringLiteral("threshold")), qPrintable(lines[0].summary));
        const QString md = CoeMarkdown::render(r.coe, QStringLiteral("images")).text;
        QVERIFY2(md.contains(QStringLiteral("HTTP 5xx share at the load balancer (%)")), qPrintable(md.left(200)));
        QVERIFY(md.contains(lines[0].summary.left(20)));
        QVERIFY2(md.contains(QStringLiteral("Threshold: 2%")), qPrintable(md));
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "TestMetricSeries.moc"
