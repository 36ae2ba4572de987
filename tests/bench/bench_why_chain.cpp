// SPDX-License-Identifier: MIT
// Exports the largest legal why tree (2,000 steps, chains 100 deep) to PDF,
// Markdown and JSON and prints wall time and peak resident memory of each.
// Every measurement runs in its own child process so that the peak memory
// belongs to that export alone. Usage: bench_why_chain [case format [steps
// [output folder]]] (case: chains | wide | chains+actions; format: pdf | md |
// json; steps: 2000 unless given, to see how time grows with the number of
// steps). With no arguments, every case in every format.
#include "ExampleCoe.h"
#include "exchange/CoeJsonWriter.h"
#include "exchange/CoeMarkdown.h"
#include "report/PdfExporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace hindsight;

namespace {

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time of this process (user and system), steadier than wall time on a
// shared machine.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

WhyStep step(int n, const QString& parent)
{
    WhyStep w;
    w.id = QStringLiteral("w%1").arg(n);
    w.parentId = parent;
    w.why = QStringLiteral("Why did condition %1 go unnoticed by the checks that guard it?").arg(n);
    w.because = QStringLiteral("Because the guard for condition %1 relied on a value nobody validated.").arg(n);
    w.rootCause = n % 100 == 99;
    return w;
}

// chains: 20 chains of 100 steps. wide: one chain of 100 steps, and 1,900
// more steps that are all children of the chain's 99th step (depth 100).
Coe whyCoe(const QString& kind, int steps)
{
    Coe c = test::exampleCoe();
    c.whys.clear();
    c.actionItems.clear(); // "+actions": one action item per step, each linked to two steps
    int n = 0;
    if (kind.startsWith(QLatin1String("wide"))) {
        for (int d = 0; d < 100; ++d, ++n)
            c.whys.append(step(n, d == 0 ? QString() : QStringLiteral("w%1").arg(n - 1)));
        for (int s = 0; s < steps - 100; ++s, ++n)
            c.whys.append(step(n, QStringLiteral("w98")));
    } else {
        for (int chain = 0; chain < steps / 100; ++chain) {
            for (int d = 0; d < 100; ++d, ++n)
                c.whys.append(step(n, d == 0 ? QString() : QStringLiteral("w%1").arg(n - 1)));
        }
    }
    const int actions = kind.endsWith(QLatin1String("+actions")) ? steps : 0;
    for (int i = 0; i < actions; ++i) {
        ActionItem a;
        a.id = QStringLiteral("a%1").arg(i);
        a.title = QStringLiteral("Action %1: validate the value behind condition %1").arg(i);
        a.whys = {QStringLiteral("w%1").arg(i), QStringLiteral("w%1").arg((i * 7) % steps)};
        c.actionItems.append(a);
    }
    return c;
}

int runOne(const QString& kind, const QString& format, int steps, const QString& dir)
{
    const Coe coe = whyCoe(kind, steps);
    const qint64 before = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = cpuMs();
    QString result;
    qint64 bytes = 0;
    if (format == QLatin1String("pdf")) {
        const QString path = dir + QStringLiteral("/why.pdf");
        const report::PdfExportResult r = report::PdfExporter::exportCoe(coe, path);
        result = r.ok ? QStringLiteral("%1 pages").arg(r.pages) : r.error;
        bytes = QFileInfo(path).size();
    } else if (format == QLatin1String("md")) {
        QString error;
        const QString path = dir + QStringLiteral("/why.md");
        result = exchange::CoeMarkdown::writeFile(coe, path, &error) ? QStringLiteral("ok") : error;
        bytes = QFileInfo(path).size();
    } else {
        const QByteArray json = exchange::CoeJsonWriter::serialize(exchange::CoeJsonWriter::toJson(coe));
        result = QStringLiteral("ok");
        bytes = json.size();
    }
    const qint64 ms = timer.elapsed();
    const qint64 cpu = cpuMs() - cpuBefore;
    QTextStream(stdout) << kind << ' ' << steps << " steps " << format << ": " << result << ", " << ms << " ms (CPU " << cpu << " ms), " << bytes / 1024
                        << " KiB, peak RSS " << peakRssKiB() / 1024 << " MiB (" << before / 1024
                        << " MiB before the export)\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir temp;
    if (argc > 2)
        return runOne(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                      argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 2000,
                      argc > 4 ? QString::fromLocal8Bit(argv[4]) : temp.path());
    int failures = 0;
    for (const char* kind : {"chains", "wide", "chains+actions"}) {
        for (const char* format : {"pdf", "md", "json"}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kind), QLatin1String(format)});
            // No limit: the figure printed is the point, however long it takes.
            if (!child.waitForFinished(-1) || child.exitCode() != 0)
                ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
