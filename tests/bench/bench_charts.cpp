// SPDX-License-Identifier: MIT
// model/charts: paint of a Line chart of 20 series x 100,000 points into a
// 1200x400 image (target <= 50 ms), of a Strip chart of 10,000 points, and
// the SVG of both. Prints the figures (median of the runs).
#include "charts/ChartPaint.h"
#include "charts/ChartSpec.h"
#include "metrics/Downsample.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace hindsight::charts;

namespace {

ChartSpec bigLine()
{
    QRandomGenerator rng(42);
    ChartSpec s;
    s.kind = ChartKind::Line;
    s.title = QStringLiteral("20 series x 100,000 points");
    s.unit = QStringLiteral("ms");
    const qint64 t0 = QDateTime(QDate(2026, 5, 3), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int k = 0; k < 20; ++k) {
        LineSeries l;
        l.name = QStringLiteral("series %1").arg(k + 1);
        l.points.reserve(100000);
        double v = 50;
        for (int i = 0; i < 100000; ++i) {
            v = std::clamp(v + rng.generateDouble() * 2 - 1, 0.0, 100.0);
            const bool gap = rng.bounded(1000) == 0;
            l.points.append({QDateTime::fromMSecsSinceEpoch(t0 + qint64(i) * 1000, Qt::UTC),
                             gap ? std::optional<double>() : v + k * 10});
        }
        s.line.series.append(l);
    }
    s.line.zone = QTimeZone("Europe/Berlin");
    s.line.markers = {{t0 + 3600000, QStringLiteral("Detected"), {}}, {t0 + 7200000, QStringLiteral("Resolved"), {}}};
    s.line.band = TimeBand{t0 + 1800000, t0 + 7200000, QStringLiteral("Impact")};
    s.line.threshold = Threshold{150, QStringLiteral("Alarm")};
    return s;
}

ChartSpec bigStrip()
{
    QRandomGenerator rng(7);
    ChartSpec s;
    s.kind = ChartKind::Strip;
    s.title = QStringLiteral("Time to resolve, 10,000 COEs");
    s.unit = QStringLiteral("h");
    for (int q = 0; q < 8; ++q)
        s.categories << QStringLiteral("Q%1 %2").arg(q % 4 + 1).arg(2025 + q / 4);
    for (int sev = 0; sev < 4; ++sev) {
        StripSeries series;
        series.name = QStringLiteral("SEV%1").arg(sev + 1);
        for (int q = 0; q < 8; ++q) {
            StripGroup g;
            for (int i = 0; i < 10000 / 32; ++i)
                g.points.append({std::exp(rng.generateDouble() * 4), QStringLiteral("COE %1").arg(i),
                                 {QUuid::createUuid()}});
            series.groups.append(g);
        }
        s.strips.append(series);
    }
    return s;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The median wall time of runs calls; *cpu (if given) the median CPU time of
// this thread, the figure that does not grow when other programs share the cores.
template <typename F>
double medianMs(int runs, F&& f, double* cpu = nullptr)
{
    QList<double> times;
    QList<double> cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        f();
        times.append(t.nsecsElapsed() / 1e6);
        cpus.append(threadCpuMs() - c0);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpus.begin(), cpus.end());
    if (cpu)
        *cpu = cpus[cpus.size() / 2];
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QElapsedTimer build;
    build.start();
    const ChartSpec line = bigLine();
    const ChartSpec strip = bigStrip();
    std::printf("data built in %.0f ms\n", build.nsecsElapsed() / 1e6);

    QImage image(1200, 400, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&image](const ChartSpec& s) {
        image.fill(Qt::white);
        QPainter p(&image);
        paintChart(p, QRectF(0, 0, 1200, 400), s);
    };
    paint(line); // warm up fonts
    std::printf("  of which downsampling 20 x 100,000 points to 1200 columns: %.1f ms (median of 10)\n",
                medianMs(10, [&] {
                    const QDateTime from = line.line.series[0].points.first().at;
                    const QDateTime to = line.line.series[0].points.last().at;
                    for (const LineSeries& l : line.line.series)
                        hindsight::metrics::downsample(l.points, from, to, 1200);
                }));
    double cpu = 0;
    double wall = medianMs(10, [&] { paint(line); }, &cpu);
    std::printf("Line 20 x 100,000 points, paint into 1200x400: %.1f ms wall, %.1f ms CPU (median of 10; "
                "target <= 50 ms)\n",
                wall, cpu);
    wall = medianMs(10, [&] { paint(strip); }, &cpu);
    std::printf("Strip 10,000 points (8 quarters x 4 severities), paint into 1200x400: %.1f ms wall, %.1f ms CPU "
                "(median of 10)\n",
                wall, cpu);
    QByteArray svg;
    std::printf("SVG of the Line chart: %.1f ms (median of 5)\n",
                medianMs(5, [&] { svg = chartSvg(line, QSizeF(1200, 400)); }));
    std::printf("  %lld bytes\n", static_cast<long long>(svg.size()));
    std::printf("SVG of the Strip chart: %.1f ms (median of 5)\n",
                medianMs(5, [&] { svg = chartSvg(strip, QSizeF(1200, 400)); }));
    std::printf("  %lld bytes\n", static_cast<long long>(svg.size()));
    return 0;
}
