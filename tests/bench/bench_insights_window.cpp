// SPDX-License-Identifier: MIT
// The Insights window on a large archive (issue #14: first figures ≤ 300 ms
// from opening, any filter change ≤ 150 ms): the time from constructing the
// window (facts loaded, figures computed, every chart given its data) to its
// first tab painted, then of filter changes repainted. Run bench_insights
// --keep DIR first and give its archive (or a team archive's URI):
//
//   build/tests/bench/bench_insights_window DIR/bench-insights-10000.sqlite [--runs R]
#include "charts/ChartView.h"
#include "insights/InsightsWindow.h"
#include "storage/Archive.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <algorithm>
#include <cstdio>

using namespace hindsight;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

// Paints what is on screen of the window now (the current tab's charts).
void paintNow(InsightsWindow& window)
{
    window.grab();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_insights_window ARCHIVE [--runs R]\n");
        return 2;
    }
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 ? args.value(runsAt + 1).toInt() : 5;
    QString error;
    auto archive = Archive::open(args.at(1), Archive::Access::ReadWrite, &error); // an older one is upgraded
    if (!archive) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)), qPrintable(error));
        return 1;
    }
    QList<double> open, load, filter;
    int coes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        InsightsWindow window(archive.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1280, 800);
        paintNow(window);
        open.append(timer.nsecsElapsed() / 1e6);
        load.append(double(window.lastLoadMs()));
        coes = int(window.insights().coes.size());
        const QList<insights::InsightsFilter> filters = [] {
            QList<insights::InsightsFilter> list;
            insights::InsightsFilter f;
            f.severity = 2;
            list.append(f);
            f = {};
            f.granularity = insights::Granularity::Month;
            list.append(f);
            f = {};
            f.from = QDate(2025, 1, 1);
            f.to = QDate(2025, 12, 31);
            list.append(f);
            list.append(insights::InsightsFilter{});
            return list;
        }();
        for (const insights::InsightsFilter& f : filters) {
            timer.restart();
            window.setFilterForTesting(f);
            paintNow(window);
            filter.append(timer.nsecsElapsed() / 1e6);
        }
    }
    std::printf("Insights window on %d COEs (%s), median of %d runs:\n", coes, archive->path().contains(QStringLiteral("://")) ? "PostgreSQL" : "SQLite", runs);
    std::printf("  opening to first figures painted: %.1f ms (of which the facts' load %.1f ms; target <= 300 ms)\n",
                median(open), median(load));
    std::printf("  filter change to figures painted: median %.1f ms, max %.1f ms (target <= 150 ms)\n",
                median(filter), filter.isEmpty() ? 0.0 : *std::max_element(filter.begin(), filter.end()));
    return 0;
}
