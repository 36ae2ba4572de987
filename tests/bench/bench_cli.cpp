// SPDX-License-Identifier: MIT
// Start-up of the command line: wall time of whole `hindsight` runs, as a
// script or a user at a terminal sees them (fork, exec, dynamic linking,
// application object, archive open, the command, exit). Each case runs N
// times (default 30) after one warm-up run; prints min and median of the wall
// time and of the process's CPU time (user + system; on a shared machine the
// wall time includes waiting for a core, the CPU time does not).
//
//   bench_cli [--runs N] [--binary PATH] [--keep DIR]
//
// The 10,000-COE archive comes from bench_archive's generator
// (`bench_archive --keep DIR 10000`, run once and reused with --keep).
#include "TestSupport.h"
#include "storage/Archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

struct Case
{
    const char* name;
    QString archive;
    QStringList args;
};

QProcessEnvironment environment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

// CPU time (user + system) of the children reaped so far.
double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct Times
{
    double wall = -1, cpu = -1;
};

// One run; wall -1 when it failed.
Times runOnce(const QString& binary, const QProcessEnvironment& env, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    const double cpu = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(binary, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    Times times;
    times.wall = double(t.nsecsElapsed()) / 1e6;
    times.cpu = childrenCpuMs() - cpu;
    return times;
}

double median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 30;
    QString binary = hindsight::test::binaryPath();
    QString keep;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--binary"))
            binary = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir temp;
    const QString folder = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(folder);
    const QProcessEnvironment env = environment(temp.path());

    const QString large = QDir(folder).filePath(QStringLiteral("bench-10000.sqlite"));
    if (!QFileInfo::exists(large)) {
        std::printf("generating %s with bench_archive (once; keep it with --keep DIR)\n", qPrintable(large));
        std::fflush(stdout);
        QProcess generator;
        generator.setProcessChannelMode(QProcess::ForwardedChannels);
        generator.start(QDir(app.applicationDirPath()).filePath(QStringLiteral("bench_archive")),
                        {QStringLiteral("--keep"), folder, QStringLiteral("10000")});
        if (!generator.waitForFinished(-1) || generator.exitCode() != 0 || !QFileInfo::exists(large)) {
            std::fprintf(stderr, "bench_archive failed\n");
            return 1;
        }
    }
    // An empty archive, made here: `list` refuses a missing one and creates nothing.
    const QString empty = QDir(temp.path()).filePath(QStringLiteral("empty.sqlite"));
    QString openError;
    if (!hindsight::Archive::open(empty, hindsight::Archive::Access::ReadWrite, &openError)) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(empty), qPrintable(openError));
        return 1;
    }
    if (runOnce(binary, env, {QStringLiteral("--archive"), empty, QStringLiteral("list")}).wall < 0) {
        std::fprintf(stderr, "%s list failed\n", qPrintable(binary));
        return 1;
    }

    const QList<Case> cases{
        {"--version", {}, {QStringLiteral("--version")}},
        {"list, empty archive", empty, {QStringLiteral("list")}},
        {"search, empty archive", empty, {QStringLiteral("search"), QStringLiteral("xylophone")}},
        {"list, 10,000 COEs", large, {QStringLiteral("list")}},
        {"search nothing found, 10,000 COEs", large, {QStringLiteral("search"), QStringLiteral("xylophone")}},
        {"search 'connection pool', 10,000 COEs", large,
         {QStringLiteral("search"), QStringLiteral("connection"), QStringLiteral("pool")}},
    };
    std::printf("%s, %d runs each (ms)\n", qPrintable(binary), runs);
    std::printf("%-40s %9s %9s %9s %9s\n", "case", "wall min", "median", "CPU min", "median");
    for (const Case& c : cases) {
        QStringList all;
        if (!c.archive.isEmpty())
            all << QStringLiteral("--archive") << c.archive;
        all << c.args;
        runOnce(binary, env, all); // warm-up: page cache, settings file
        QList<double> wall, cpu;
        for (int i = 0; i < runs; ++i) {
            const Times t = runOnce(binary, env, all);
            if (t.wall < 0) {
                std::fprintf(stderr, "%s failed\n", c.name);
                return 1;
            }
            wall << t.wall;
            cpu << t.cpu;
        }
        std::printf("%-40s %9.1f %9.1f %9.1f %9.1f\n", c.name, *std::min_element(wall.begin(), wall.end()),
                    median(wall), *std::min_element(cpu.begin(), cpu.end()), median(cpu));
        std::fflush(stdout);
    }
    return 0;
}
