// SPDX-License-Identifier: MIT
// Times the metric series of issue #15: importing a 100,000-point CSV (target
// <= 1 s) and downsampling 20 series x 100,000 points to 1,000 pixel columns
// (one chart redraw; target <= 50 ms).
#include "metrics/Downsample.h"
#include "metrics/SeriesImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace hindsight::metrics;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(15);
    // Qt::UTC, as SeriesImport gives them (a QTimeZone-spec QDateTime is several times slower).
    const QDateTime start(QDate(2024, 3, 7), QTime(14, 0), Qt::UTC);

    // A Grafana-style CSV: RFC 3339 times, two value columns, some gaps.
    auto makeCsv = [&](bool unixTimes) {
        QByteArray csv = "\"Time\",\"p99 latency\",\"error rate\"\n";
        csv.reserve(64 * (kMaxPoints + 1));
        for (int i = 0; i < kMaxPoints; ++i) {
            const QDateTime at = start.addSecs(i);
            csv += unixTimes ? QByteArray::number(at.toMSecsSinceEpoch())
                             : at.toString(Qt::ISODateWithMs).toUtf8();
            csv += ',' + QByteArray::number(rng.generateDouble() * 100.0, 'f', 3) + ',';
            if (i % 50)
                csv += QByteArray::number(rng.generateDouble(), 'f', 4);
            csv += '\n';
        }
        return csv;
    };
    for (bool unixTimes : {false, true}) {
        const QByteArray csv = makeCsv(unixTimes);
        QList<double> runs;
        qsizetype points = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const SeriesFormat f = SeriesImport::detect(csv, QStringLiteral("export.csv"));
            const SeriesImportResult r = SeriesImport::read(csv, f);
            runs.append(double(t.nsecsElapsed()) / 1e6);
            points = r.series.isEmpty() ? -1 : r.series.front().points.size();
        }
        std::printf(
            "import CSV, %lld points x 2 series, %-14s median %7.1f ms  (target <= 1000 ms, %.1f MB)\n",
            static_cast<long long>(points), unixTimes ? "unix ms times" : "ISO times", median(runs),
            double(csv.size()) / 1e6);
    }

    // 20 series x 100,000 points, to 1,000 columns, whole range and a zoom.
    QList<MetricSeries> series(kMaxSeries);
    for (MetricSeries& s : series) {
        s.points.reserve(kMaxPoints);
        for (int i = 0; i < kMaxPoints; ++i)
            s.points.append({start.addSecs(i),
                             i % 997 ? std::optional<double>(rng.generateDouble() * 10.0) : std::nullopt});
    }
    const QDateTime end = start.addSecs(kMaxPoints - 1);
    const QList<std::pair<const char*, std::pair<QDateTime, QDateTime>>> windows{
        {"whole range", {start, end}}, {"zoom to 10%", {start.addSecs(40000), start.addSecs(50000)}}};
    for (const auto& [what, window] : windows) {
        QList<double> runs;
        qsizetype kept = 0;
        for (int run = 0; run < 11; ++run) {
            QElapsedTimer t;
            t.start();
            kept = 0;
            for (const MetricSeries& s : series)
                kept += downsample(s.points, window.first, window.second, 1000).size();
            runs.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("downsample 20 x 100000 points to 1000 columns, %-12s median %6.1f ms  (target <= 50 ms, "
                    "%lld points kept)\n",
                    what, median(runs), static_cast<long long>(kept));
    }
    return 0;
}
