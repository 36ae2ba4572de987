// SPDX-License-Identifier: MIT
// A whole `hindsight search` process against ripgrep over the same COEs as
// Markdown files: the figure issue #10 asks for is hindsight's wall time as a
// fraction of `rg -il WORD DIR` (target: at most 0.3). Each COE of the archive
// is written once as Markdown into a temporary folder; then, for every query,
// both commands run N times (after one warm-up run each, so both read from
// the page cache) and the medians of wall and CPU time are printed.
//
//   bench_search_vs_rg ARCHIVE [--runs N] [--cli PATH] [--rg PATH]
//
// The 10,000-COE archive comes from `bench_archive --keep DIR 10000`.
#include "exchange/CoeMarkdown.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace hindsight;

namespace {

double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

struct Figures
{
    double wall = -1, cpu = -1;
};

// Median wall and CPU time of `runs` runs (after one warm-up); -1 when a run failed.
Figures timeRuns(const QString& program, const QStringList& args, int runs)
{
    QList<double> walls, cpus;
    for (int i = -1; i < runs; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        const double cpu0 = childrenCpuMs();
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1)
            return {};
        const double wall = t.nsecsElapsed() / 1e6;
        if (i >= 0) {
            walls << wall;
            cpus << childrenCpuMs() - cpu0;
        }
    }
    return {median(walls), median(cpus)};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 15;
    QString cli = QDir(app.applicationDirPath()).filePath(QStringLiteral("../../app/hindsight"));
    QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
    QString archivePath;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--runs") && !args.isEmpty())
            runs = qMax(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--cli") && !args.isEmpty())
            cli = args.takeFirst();
        else if (a == QLatin1String("--rg") && !args.isEmpty())
            rg = args.takeFirst();
        else
            archivePath = a;
    }
    if (archivePath.isEmpty() || rg.isEmpty() || !QFileInfo::exists(cli)) {
        std::fprintf(stderr, "usage: bench_search_vs_rg ARCHIVE [--runs N] [--cli PATH] [--rg PATH]\n"
                             "(needs ripgrep and the hindsight binary)\n");
        return 2;
    }

    QString error;
    auto archive = Archive::open(archivePath, Archive::Access::ReadOnly, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir folder;
    CoeRepository repo(*archive);
    const QList<CoeHeader> headers = repo.list(&error);
    QElapsedTimer t;
    t.start();
    int written = 0;
    for (const CoeHeader& h : headers) {
        const std::optional<Coe> coe = repo.load(h.uuid, &error);
        if (!coe)
            continue;
        const QString path = folder.filePath(h.uuid.toString(QUuid::WithoutBraces) + QStringLiteral(".md"));
        if (exchange::CoeMarkdown::writeFile(*coe, path, &error))
            ++written;
    }
    std::printf("%d COEs written as Markdown in %.1f s\n", written, t.elapsed() / 1000.0);
    std::printf("%-22s %12s %12s %12s %12s %8s\n", "query", "hindsight ms", "(cpu ms)", "rg -il ms", "(cpu ms)",
                "ratio");
    const QStringList queries = {QStringLiteral("deployment"), QStringLiteral("checkout"),
                                 QStringLiteral("connection"), QStringLiteral("kafka"),
                                 QStringLiteral("zzyzxnothing"), QStringLiteral("latency")};
    QList<double> ratios;
    for (const QString& q : queries) {
        const Figures h = timeRuns(cli, {QStringLiteral("--archive"), archivePath, QStringLiteral("search"), q}, runs);
        const Figures r = timeRuns(rg, {QStringLiteral("-il"), q, folder.path()}, runs);
        const double ratio = h.wall > 0 && r.wall > 0 ? h.wall / r.wall : -1;
        ratios << ratio;
        std::printf("%-22s %12.1f %12.1f %12.1f %12.1f %8.2f\n", qPrintable(q), h.wall, h.cpu, r.wall, r.cpu, ratio);
    }
    std::printf("median ratio (hindsight / rg, wall): %.2f (target <= 0.30)\n", median(ratios));
    return 0;
}
