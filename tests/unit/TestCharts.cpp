// SPDX-License-Identifier: MIT
// model/charts: SVG, hit regions, downsampled lines, time axis, table form.
#include "charts/Canvas.h"
#include "charts/ChartPaint.h"
#include "charts/ChartSpec.h"
#include "charts/ChartTable.h"
#include "charts/TimeAxis.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace hindsight::charts;
using hindsight::metrics::SeriesPoint;

namespace {

QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

ChartSpec barsSpec()
{
    ChartSpec s;
    s.kind = ChartKind::Bars;
    s.title = QStringLiteral("Incidents per quarter");
    s.yTitle = QStringLiteral("Incidents");
    s.categories = {QStringLiteral("Q1 2026"), QStringLiteral("Q2 2026"), QStringLiteral("Q3 2026")};
    for (int si = 0; si < 2; ++si) {
        BarSeries b;
        b.name = si == 0 ? QStringLiteral("SEV1") : QStringLiteral("SEV2");
        for (int c = 0; c < 3; ++c)
            b.values.append({double(2 + c + si), QString(), {uuidOf(10 * si + c)}});
        s.bars.append(b);
    }
    return s;
}

ChartSpec stripSpec()
{
    ChartSpec s;
    s.kind = ChartKind::Strip;
    s.title = QStringLiteral("Time to detect");
    s.unit = QStringLiteral("h");
    s.categories = {QStringLiteral("Q1"), QStringLiteral("Q2")};
    StripSeries series;
    series.name = QStringLiteral("SEV2");
    for (int c = 0; c < 2; ++c) {
        StripGroup g;
        for (int i = 0; i < 5; ++i)
            g.points.append({double(i + 1 + 10 * c), QStringLiteral("COE %1").arg(100 * c + i), {uuidOf(100 * c + i)}});
        series.groups.append(g);
    }
    s.strips.append(series);
    return s;
}

const qint64 kT0 = QDateTime(QDate(2026, 5, 3), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

ChartSpec lineSpec(int points, int spikeAt = -1)
{
    ChartSpec s;
    s.kind = ChartKind::Line;
    s.title = QStringLiteral("p99 latency");
    s.unit = QStringLiteral("ms");
    LineSeries l;
    l.name = QStringLiteral("api");
    l.points.reserve(points);
    for (int i = 0; i < points; ++i)
        l.points.append({QDateTime::fromMSecsSinceEpoch(kT0 + qint64(i) * 1000, Qt::UTC),
                         i == spikeAt ? 1000.0 : 1.0 + 0.001 * (i % 7)});
    s.line.series.append(l);
    s.line.zone = QTimeZone("Europe/Berlin");
    s.line.markers = {{kT0 + 600000, QStringLiteral("Detected"), {uuidOf(1)}},
                      {kT0 + 1200000, QStringLiteral("Mitigated"), {}}};
    s.line.ticks = {{kT0 + 900000, QStringLiteral("Rollback started"), {}}};
    s.line.band = TimeBand{kT0 + 300000, kT0 + 1500000, QStringLiteral("Impact")};
    s.line.threshold = Threshold{5.0, QStringLiteral("Alarm 5 ms")};
    return s;
}

ChartSpec matrixSpec()
{
    ChartSpec s;
    s.kind = ChartKind::Matrix;
    s.title = QStringLiteral("Factors together");
    s.matrix.rows = {QStringLiteral("Change"), QStringLiteral("Capacity")};
    s.matrix.columns = s.matrix.rows;
    s.matrix.cells = {{{3, {}, {uuidOf(1)}}, {1, {}, {uuidOf(2)}}}, {{1, {}, {uuidOf(2)}}, {4, {}, {uuidOf(3)}}}};
    return s;
}

ChartSpec paretoSpec()
{
    ChartSpec s;
    s.kind = ChartKind::Pareto;
    s.title = QStringLiteral("Contributing factors");
    s.categories = {QStringLiteral("Capacity"), QStringLiteral("Config change"), QStringLiteral("Detection gap")};
    BarSeries b;
    b.values = {{2, {}, {uuidOf(1)}}, {7, {}, {uuidOf(2)}}, {1, {}, {uuidOf(3)}}};
    s.bars.append(b);
    return s;
}

// The character data of an SVG document; empty with *error set when it is not well-formed.
QString svgText(const QByteArray& svg, QString* error)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char(0x0a);
    }
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return text;
}

ChartHits paintImage(const ChartSpec& spec, QImage* image, QSize size = QSize(800, 400))
{
    *image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    image->fill(Qt::white);
    QPainter p(image);
    return paintChart(p, QRectF(QPointF(0, 0), QSizeF(size)), spec);
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void svgIsWellFormedForEveryKind_data();
    void svgIsWellFormedForEveryKind();
    void svgEscapesUserText();
    void hitRegionsCarryTheUuids();
    void stripPointsAndGroups();
    void markerStampsLookLikeTheShapes();
    void paretoSortsAndAccumulates();
    void singleSpikeIsDrawn();
    void timeTicksFollowDst();
    void tableForms();
};

void TestCharts::svgIsWellFormedForEveryKind_data()
{
    QTest::addColumn<ChartSpec>("spec");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("bars") << barsSpec() << QStringList{"Incidents per quarter", "Q2 2026", "SEV1", "SEV2"};
    QTest::newRow("strip") << stripSpec() << QStringList{"Time to detect", "Q1", "median"};
    QTest::newRow("pareto") << paretoSpec() << QStringList{"Config change", "Detection gap", "100%"};
    QTest::newRow("line") << lineSpec(2000) << QStringList{"Detected", "Mitigated", "Alarm 5 ms", "Europe/Berlin"};
    QTest::newRow("matrix") << matrixSpec() << QStringList{"Change", "Capacity", "Factors together"};
}

void TestCharts::svgIsWellFormedForEveryKind()
{
    QFETCH(ChartSpec, spec);
    QFETCH(QStringList, labels);
    const QByteArray svg = chartSvg(spec, QSizeF(720, 360));
    QString error;
    const QString text = svgText(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& label : labels)
        QVERIFY2(text.contains(label), qPrintable(label));
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

void TestCharts::svgEscapesUserText()
{
    ChartSpec s = barsSpec();
    s.title = QStringLiteral("<img src=x onerror=alert(1)> & \"quotes\"");
    s.categories[0] = QStringLiteral("R&D </text><script>");
    s.bars[0].name = QStringLiteral("a\x01" "b"); // a control character XML 1.0 forbids
    const QByteArray svg = chartSvg(s, QSizeF(720, 360));
    QString error;
    const QString text = svgText(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(s.title)); // as text, in <title> and in the drawn title
    QVERIFY(!svg.contains("<img"));
    QVERIFY(!svg.contains("<script"));
    QVERIFY(svg.contains("&lt;img src=x"));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement)
            QVERIFY2(xml.name() != QLatin1String("img") && xml.name() != QLatin1String("script"),
                     qPrintable(xml.name().toString()));
}

void TestCharts::hitRegionsCarryTheUuids()
{
    const ChartSpec s = barsSpec();
    QImage image;
    const ChartHits hits = paintImage(s, &image);
    int bars = 0;
    for (int i = 0; i < hits.regions.size(); ++i) {
        const HitRegion& r = hits.regions[i];
        if (r.kind != HitKind::Bar)
            continue;
        ++bars;
        QCOMPARE(hits.regionAt(r.bounds.center()), i);
        QCOMPARE(r.uuids, QList<QUuid>{uuidOf(10 * r.series + r.category)});
        QVERIFY(r.text().contains(s.categories[r.category]));
        QVERIFY(r.text().contains(QStringLiteral("N = 1")));
    }
    QCOMPARE(bars, 6);
    // A bar's region is where the bar is painted: its centre has the series colour.
    const HitRegion& sev2q3 = *std::find_if(hits.regions.cbegin(), hits.regions.cend(),
                                            [](const HitRegion& r) { return r.series == 1 && r.category == 2; });
    QCOMPARE(image.pixelColor(sev2q3.bounds.center().toPoint()), seriesColor(1));
    // Off every bar: nothing.
    QCOMPARE(hits.regionAt(QPointF(2, 2)), -1);
    // Taller bars are higher: Q3 SEV2 (value 5) reaches higher than Q1 SEV1 (value 2).
    const HitRegion& sev1q1 = *std::find_if(hits.regions.cbegin(), hits.regions.cend(),
                                            [](const HitRegion& r) { return r.series == 0 && r.category == 0; });
    QVERIFY(sev2q3.bounds.top() < sev1q1.bounds.top());
    QCOMPARE(sev2q3.bounds.bottom(), sev1q1.bounds.bottom());
}

void TestCharts::markerStampsLookLikeTheShapes()
{
    // On screen a marker is stamped from an image drawn once per paint; it
    // must look like the shape drawn in place (up to rounding) when centred
    // on a pixel's centre, and be at most half a pixel off elsewhere.
    const QColor fill(31, 119, 180, 140);
    const QColor stroke(20, 80, 120);
    const auto paint = [&](const QPointF& at, int shape, bool stamp) {
        QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        PainterCanvas canvas(p);
        for (const QPointF& offset : {QPointF(0, 0), QPointF(10, 0)}) { // the second from the same stamp
            if (stamp)
                canvas.marker(at + offset, 3.5, shape, fill, stroke);
            else
                canvas.Canvas::marker(at + offset, 3.5, shape, fill, stroke);
        }
        p.end();
        return image;
    };
    const auto difference = [](const QImage& a, const QImage& b) {
        int worst = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = b.pixel(x, y);
                worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                  std::abs(qBlue(p) - qBlue(q))});
            }
        return worst;
    };
    for (int shape = 0; shape < 4; ++shape) {
        const QImage centred = paint(QPointF(20.5, 20.5), shape, true);
        QVERIFY(difference(centred, paint(QPointF(20.5, 20.5), shape, false)) <= 4);
        QVERIFY(difference(centred, paint(QPointF(30.5, 20.5), shape, false)) > 100); // the test can fail
        const QImage between = paint(QPointF(20, 21), shape, true);
        int best = 255;
        for (const qreal dx : {-0.5, 0.5})
            for (const qreal dy : {-0.5, 0.5})
                best = std::min(best, difference(between, paint(QPointF(20 + dx, 21 + dy), shape, false)));
        QVERIFY2(best <= 4, qPrintable(QStringLiteral("shape %1: %2").arg(shape).arg(best)));
    }
}

void TestCharts::stripPointsAndGroups()
{
    const ChartSpec s = stripSpec();
    QImage image;
    const ChartHits hits = paintImage(s, &image);
    int points = 0;
    for (int i = 0; i < hits.regions.size(); ++i) {
        const HitRegion& r = hits.regions[i];
        if (r.kind == HitKind::Point) {
            ++points;
            QCOMPARE(hits.regionAt(r.bounds.center()), i); // points lie over their group
            QCOMPARE(r.uuids, QList<QUuid>{uuidOf(100 * r.category + r.index)});
            // Its label, then its value with the unit on a line of its own.
            QCOMPARE(r.text(), QStringLiteral("COE %1\n%2 h")
                                   .arg(100 * r.category + r.index)
                                   .arg(QLocale().toString(double(r.index + 1 + 10 * r.category), 'g', 6)));
        } else {
            QCOMPARE(r.kind, HitKind::Bar); // the group: all its COEs, median and N
            QCOMPARE(r.uuids.size(), 5);
            QVERIFY2(r.text().contains(QStringLiteral("N = 5")), qPrintable(r.text()));
        }
    }
    QCOMPARE(points, 10);
    // Median and p90 (linear between closest ranks) of 1..5 and 11..15.
    QCOMPARE(stripMedian(s.strips[0].groups[0]), 3.0);
    QCOMPARE(stripP90(s.strips[0].groups[1]), 14.6);
    StripGroup given = s.strips[0].groups[0];
    given.median = 2.5;
    QCOMPARE(stripMedian(given), 2.5);
}

void TestCharts::paretoSortsAndAccumulates()
{
    const ChartSpec s = paretoSpec();
    QImage image;
    const ChartHits hits = paintImage(s, &image);
    QList<int> order;
    for (const HitRegion& r : hits.regions)
        order.append(r.category);
    QCOMPARE(order, (QList<int>{1, 0, 2})); // 7, 2, 1
    QVERIFY2(hits.regions[1].text().contains(QStringLiteral("cumulative 90.0%")),
             qPrintable(hits.regions[1].text()));
    const ChartTable t = chartTable(s);
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows[0], (QStringList{"Config change", "7", "70.0"}));
    QCOMPARE(t.rows[2][2], QStringLiteral("100.0"));
    QCOMPARE(t.uuids[0], QList<QUuid>{uuidOf(2)});
}

void TestCharts::singleSpikeIsDrawn()
{
    // 100,000 points at ~1 ms and one of 1000 ms: 83 points per pixel column,
    // yet the spike must reach the top of the plot.
    const int spikeAt = 54321;
    const ChartSpec s = lineSpec(100000, spikeAt);
    QImage image;
    const ChartHits hits = paintImage(s, &image, QSize(1200, 400));
    QVERIFY(hits.yMax >= 1000);
    const qint64 spikeMs = kT0 + qint64(spikeAt) * 1000;
    const int x = int(std::lround(hits.xOf(spikeMs)));
    const int yTop = int(hits.yOf(1000));
    const int yMid = int(hits.yOf(500));
    const QColor line = seriesColor(0);
    // The line is blue (antialiased: lighter at its edges); grid, text,
    // threshold and band are grey, black or reddish.
    QCOMPARE(line, QColor(0x00, 0x72, 0xB2));
    const auto isLine = [](const QColor& c) { return c.blue() - c.red() > 40; };
    bool nearTop = false;
    bool middle = false;
    for (int dx = -2; dx <= 2; ++dx) {
        for (int y = yTop - 1; y <= yTop + 3; ++y)
            nearTop = nearTop || isLine(image.pixelColor(x + dx, y));
        middle = middle || isLine(image.pixelColor(x + dx, yMid));
    }
    QVERIFY2(nearTop, "the spike does not reach its value");
    QVERIFY2(middle, "the spike's flank is missing");
    // Elsewhere at mid height: nothing of the line.
    bool elsewhere = false;
    for (int dx = -2; dx <= 2; ++dx)
        elsewhere = elsewhere || isLine(image.pixelColor(int(hits.xOf(kT0 + 10000000)) + dx, yMid));
    QVERIFY(!elsewhere);

    // The table form keeps the spike as the max of its bucket.
    const ChartTable t = chartTable(s, 50);
    bool spikeInTable = false;
    for (const QStringList& row : t.rows)
        spikeInTable = spikeInTable || row.contains(QStringLiteral("1000"));
    QVERIFY(spikeInTable);
    QCOMPARE(t.header, (QStringList{"From", "To", "api min", "api max"}));

    // Markers and ticks are hit regions with their uuids.
    bool detected = false;
    for (const HitRegion& r : hits.regions)
        if (r.kind == HitKind::Marker && r.text().startsWith(QStringLiteral("Detected"))) {
            detected = true;
            QCOMPARE(r.uuids, QList<QUuid>{uuidOf(1)});
            QVERIFY2(r.text().contains(QStringLiteral("14:10")), qPrintable(r.text())); // 12:10 UTC in CEST
        }
    QVERIFY(detected);
    // Hovering the spike tells its time and value.
    const QString tip = lineToolTipAt(s, hits, QPointF(hits.xOf(spikeMs), hits.yOf(1000)));
    QVERIFY2(tip.contains(QLocale().toString(1000.0, 'g', 6) + QStringLiteral(" ms")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("CEST")), qPrintable(tip));
}

void TestCharts::timeTicksFollowDst()
{
    const QTimeZone berlin("Europe/Berlin");
    // 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    const qint64 from = QDateTime(QDate(2026, 3, 28), QTime(22, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 3, 29), QTime(4, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QStringList labels;
    for (const TimeTick& t : timeTicks(from, to, berlin, 900))
        labels << t.label;
    QCOMPARE(labels, (QStringList{"23:00", "00:00", "01:00", "03:00", "04:00", "05:00", "06:00"}));
    // 25 October 2026: 03:00 CEST becomes 02:00 CET (01:00 UTC): 02:00 twice.
    const qint64 from2 = QDateTime(QDate(2026, 10, 24), QTime(23, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to2 = QDateTime(QDate(2026, 10, 25), QTime(3, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    labels.clear();
    for (const TimeTick& t : timeTicks(from2, to2, berlin, 600))
        labels << t.label;
    QCOMPARE(labels, (QStringList{"01:00", "02:00", "02:00", "03:00", "04:00"}));
    // A zone half an hour off UTC still gets round local hours.
    const QTimeZone kolkata("Asia/Kolkata");
    labels.clear();
    for (const TimeTick& t : timeTicks(from, from + 3 * 3600000, kolkata, 400))
        labels << t.label;
    QCOMPARE(labels.first(), QStringLiteral("04:00")); // 22:30 UTC
    QVERIFY(labels.first().endsWith(QStringLiteral(":00")));
    // Months over a year, with the year on a second line when it changes.
    const qint64 y0 = QDateTime(QDate(2025, 11, 15), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const QList<TimeTick> months = timeTicks(y0, y0 + 200LL * 86400000, QTimeZone::utc(), 1200);
    QVERIFY(!months.isEmpty());
    QCOMPARE(months.first().second, QStringLiteral("2025"));
}

void TestCharts::tableForms()
{
    const ChartTable bars = chartTable(barsSpec());
    QCOMPARE(bars.header, (QStringList{"Category", "SEV1", "SEV2"}));
    QCOMPARE(bars.rows[1], (QStringList{"Q2 2026", "3", "4"}));
    QCOMPARE(bars.uuids[1], (QList<QUuid>{uuidOf(1), uuidOf(11)}));
    QCOMPARE(bars.toTsv().section(QLatin1Char('\n'), 0, 1), QStringLiteral("Category\tSEV1\tSEV2\nQ1 2026\t2\t3"));
    ChartSpec tabs = barsSpec();
    tabs.categories[0] = QStringLiteral("a\tb\nc");
    QVERIFY(chartTable(tabs).toTsv().contains(QStringLiteral("a b c\t2")));
    const ChartTable strip = chartTable(stripSpec());
    QCOMPARE(strip.rows.size(), 2);
    QCOMPARE(strip.rows[0].mid(0, 5), (QStringList{"Q1", "SEV2", "5", "3", "4.6"}));
    const ChartTable matrix = chartTable(matrixSpec());
    QCOMPARE(matrix.rows[1], (QStringList{"Capacity", "1", "4"}));
}

QTEST_MAIN(TestCharts)
#include "TestCharts.moc"
