// SPDX-License-Identifier: MIT
// Issue #15's PDF figure: a COE with 10 metric charts, each of 20 series of
// 100,000 points (the format's limits), exported as PDF with the charts as
// vectors (target ≤ 2 s); and one such chart painted at 1200×400 (the
// editor's redraw, target ≤ 50 ms). The 10 metrics share their points (Qt's
// implicit sharing), so the program needs memory for one chart's data only.
// Usage: bench_metric_charts [RUNS] (default 3).
#include "ExampleCoe.h"
#include "charts/ChartPaint.h"
#include "report/MetricChart.h"
#include "report/PdfExporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace hindsight;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    Coe coe = test::exampleCoe();
    const QDateTime start = coe.timeline.first().at.addSecs(-3600);
    QList<metrics::MetricSeries> series;
    for (int s = 0; s < metrics::kMaxSeries; ++s) {
        metrics::MetricSeries one;
        one.name = QStringLiteral("host-%1 p99 latency").arg(s + 1);
        one.unit = QStringLiteral("ms");
        one.points.reserve(metrics::kMaxPoints);
        for (int i = 0; i < metrics::kMaxPoints; ++i) {
            // One point a second over about 28 hours, a spike now and then.
            const double v = 40 + 10 * std::sin(i / 900.0 + s) + (i % 7919 == 0 ? 400 : 0);
            one.points.append({start.addSecs(i), v});
        }
        series.append(one);
    }
    coe.metrics.clear();
    for (int m = 0; m < 10; ++m) {
        Metric metric;
        metric.name = QStringLiteral("Latency, fleet %1").arg(m + 1);
        metric.series = series;
        metric.threshold = 120;
        coe.metrics.append(metric);
    }
    QTemporaryDir dir;
    QList<double> pdf, paint;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const report::PdfExportResult r = report::PdfExporter::exportCoe(coe, dir.filePath(QStringLiteral("charts.pdf")));
        pdf.append(timer.nsecsElapsed() / 1e6);
        if (!r.ok) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(r.error));
            return 1;
        }
        pages = r.pages;
        const charts::ChartSpec spec = report::MetricChart::spec(coe, coe.metrics.first());
        QImage image(1200, 400, QImage::Format_ARGB32_Premultiplied);
        timer.restart();
        QPainter painter(&image);
        charts::paintChart(painter, QRectF(0, 0, 1200, 400), spec, charts::screenOptions(app.palette(), app.font()));
        painter.end();
        paint.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("COE with 10 metric charts of 20 series x 100,000 points: PDF %.0f ms (%d pages; target <= 2000 ms); "
                "one chart painted at 1200x400 %.1f ms (target <= 50 ms); median of %d runs\n",
                median(pdf), pages, median(paint), runs);
    return 0;
}
