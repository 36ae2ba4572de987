// SPDX-License-Identifier: MIT
// copy-archive at scale: copies an archive into a new file with ArchiveCopy
// (the engine of `hindsight copy-archive`) and prints the time of the copy
// and of the comparison that follows it, wall clock and CPU.
//
//   bench_copy_archive FROM.sqlite        copies an existing archive (for instance the
//                                         10,000 COEs bench_archive --keep DIR 10000 leaves)
//   bench_copy_archive --generate N       copies N small COEs (one metric image each,
//                                         every tenth in the Trash) made here first
//   --batch K (first)                     COEs per write transaction (default: ArchiveCopy's)
#include "exchange/ArchiveCopy.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace hindsight;
using namespace hindsight::exchange;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

bool generate(const QString& path, int n)
{
    QString error;
    auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    CoeRepository repo(*archive);
    CoeCatalog catalog(*archive);
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < n; ++i) {
        Coe c;
        c.uuid = QUuid::createUuid();
        c.title = QStringLiteral("Generated COE %1").arg(i);
        c.createdAt = c.updatedAt = start.addSecs(i * 60);
        c.summary =
            QStringLiteral("Requests to service %1 timed out after deployment %2.").arg(i % 17).arg(i);
        for (int t = 0; t < 10; ++t) {
            TimelineEntry e;
            e.at = start.addSecs(i * 60 + t);
            e.text = QStringLiteral("Step %1 of incident %2").arg(t).arg(i);
            c.timeline << e;
        }
        Metric m;
        m.name = QStringLiteral("Latency");
        m.images << MetricImage{QStringLiteral("p99.png"),
                                QStringLiteral("image/png"),
                                QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(20000, char(i % 251)),
                                {}};
        c.metrics << m;
        if (const SaveResult r = repo.save(c); !r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return false;
        }
        if (i % 10 == 9 && !catalog.moveToTrash(c.uuid, start.addDays(400 + i), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    ArchiveCopyOptions options;
    if (args.size() >= 2 && args.at(0) == QLatin1String("--batch")) {
        options.batchSize = args.at(1).toInt();
        args = args.mid(2);
    }
    QTemporaryDir dir;
    QString from;
    if (args.size() == 2 && args.at(0) == QLatin1String("--generate")) {
        from = dir.filePath(QStringLiteral("generated.sqlite"));
        QElapsedTimer t;
        t.start();
        if (!generate(from, args.at(1).toInt()))
            return 1;
        std::printf("generated %d COEs in %.1f s\n", args.at(1).toInt(), double(t.elapsed()) / 1000);
    } else if (args.size() == 1) {
        from = args.at(0);
    } else {
        std::fprintf(stderr, "usage: bench_copy_archive FROM.sqlite | --generate N\n");
        return 2;
    }
    const QString to = dir.filePath(QStringLiteral("copy.sqlite"));

    QElapsedTimer wall;
    qint64 copyEndMs = 0;
    double copyEndCpu = 0;
    const double cpu0 = cpuSeconds();
    wall.start();
    const ArchiveCopyReport report =
        ArchiveCopy::copy(from, to, options, [&](ArchiveCopy::Phase phase, int done, int total) {
            if (phase == ArchiveCopy::Phase::Copying && done == total) {
                copyEndMs = wall.elapsed();
                copyEndCpu = cpuSeconds();
            }
            return true;
        });
    const qint64 totalMs = wall.elapsed();
    const double cpu = cpuSeconds();
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("source: %s (%.1f MB), %d COEs (%d in the Trash); batches of %d COEs\n", qPrintable(from),
                double(QFileInfo(from).size()) / 1e6, report.sourceCoes, report.sourceTrashed,
                options.batchSize);
    std::printf("copy:    %7.1f s wall  %7.1f s CPU  (%.0f COEs/s wall)\n", double(copyEndMs) / 1000,
                copyEndCpu - cpu0, report.copied * 1000.0 / double(qMax<qint64>(1, copyEndMs)));
    std::printf("verify:  %7.1f s wall  %7.1f s CPU\n", double(totalMs - copyEndMs) / 1000, cpu - copyEndCpu);
    std::printf("total:   %7.1f s wall  %7.1f s CPU  for %d COEs, %d verified; target %.1f MB\n",
                double(totalMs) / 1000, cpu - cpu0, report.copied, report.verified,
                double(QFileInfo(to).size()) / 1e6);
    return 0;
}
