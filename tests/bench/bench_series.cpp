// SPDX-License-Identifier: MIT
// Times the metric series of issue #15: importing a 100,000-point CSV (target
// <= 1 s) and downsampling 20 series x 100,000 points to 1,000 pixel columns
// (one chart redraw; target <= 50 ms); saving and loading a COE that holds
// 20 series x 100,000 points in a SQLite archive, and its JSON export/import.
#include "domain/Coe.h"
#include "exchange/CoeJson.h"
#include "metrics/Downsample.h"
#include "metrics/SeriesImport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hindsight;
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

    // A COE with one metric of 20 series x 100,000 points, saved to a SQLite
    // archive and loaded: every other save changes a point (the series are
    // written again), the others only the title (an autosave of typing: the
    // series' rows are kept).
    QTemporaryDir dir;
    QString error;
    auto archive = Archive::open(dir.filePath(QStringLiteral("series.sqlite")), Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::printf("cannot open an archive: %s\n", qPrintable(error));
        return 1;
    }
    CoeRepository repo(*archive);
    Coe coe = makeNewCoe(QStringLiteral("Series benchmark"));
    Metric metric;
    metric.name = QStringLiteral("Load");
    metric.series = series;
    metric.threshold = 5.0;
    coe.metrics.append(metric);
    QList<double> wholeSaves, textSaves, loads;
    for (int run = 0; run < 10; ++run) {
        coe.title = QStringLiteral("Series benchmark %1").arg(run);
        if (run % 2 == 0)
            coe.metrics[0].series[run % series.size()].points[0].value = double(run);
        QElapsedTimer t;
        t.start();
        const SaveResult r = repo.save(coe);
        (run % 2 == 0 ? wholeSaves : textSaves).append(double(t.nsecsElapsed()) / 1e6);
        if (!r.ok()) {
            std::printf("save failed: %s\n", qPrintable(r.error));
            return 1;
        }
        t.start();
        const std::optional<Coe> loaded = repo.load(coe.uuid, &error);
        loads.append(double(t.nsecsElapsed()) / 1e6);
        if (!loaded || loaded->metrics.value(0).series != coe.metrics.value(0).series) {
            std::printf("load failed or differs: %s\n", qPrintable(error));
            return 1;
        }
        coe.revision = loaded->revision;
    }
    archive.reset();
    std::printf("COE with 20 x 100000 points, SQLite: save with a point changed median %7.1f ms, save with only "
                "its title changed median %7.1f ms, load median %7.1f ms (archive file %.1f MB)\n",
                median(wholeSaves), median(textSaves), median(loads),
                double(QFileInfo(dir.filePath(QStringLiteral("series.sqlite"))).size()) / 1e6);

    QList<double> writes, reads;
    qsizetype jsonBytes = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const QByteArray json = exchange::CoeJson::write(coe);
        writes.append(double(t.nsecsElapsed()) / 1e6);
        jsonBytes = json.size();
        if (run == 0) { // over the format's 50 MiB: an import refuses it
            const exchange::JsonReadResult imported = exchange::CoeJson::read(json);
            std::printf("JSON import of it: %s\n",
                        imported.ok() ? "accepted" : qPrintable(imported.errors.first().toString()));
        }
        t.start();
        // As the archive reads its own versions (no size limit).
        const exchange::JsonReadResult r = exchange::CoeJson::readDraft(json);
        reads.append(double(t.nsecsElapsed()) / 1e6);
        if (!r.ok()) {
            std::printf("JSON read failed: %s\n", qPrintable(r.errors.first().toString()));
            return 1;
        }
    }
    std::printf("COE with 20 x 100000 points, JSON: write median %7.1f ms, read (draft) median %7.1f ms (%.1f MB)\n",
                median(writes), median(reads), double(jsonBytes) / 1e6);
    return 0;
}
