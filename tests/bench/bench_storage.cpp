// SPDX-License-Identifier: MIT
// Figures for the SQLite archive: save, load, list and search times and the
// file size for an archive of many COEs like the example.
#include "../storage/StorageFixtures.h"
#include "storage/Archive.h"
#include "storage/ArchiveSearch.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hindsight;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QString error;
    QElapsedTimer t;
    t.start();
    auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("create and migrate a new archive: %.2f ms\n", t.nsecsElapsed() / 1e6);
    CoeRepository repo(*archive);

    const Coe base = test::exampleCoe();
    QList<QUuid> ids;
    QList<double> saveMs;
    t.restart();
    for (int i = 0; i < count; ++i) {
        Coe c = base;
        c.uuid = QUuid::createUuid();
        c.title = QStringLiteral("COE %1: %2").arg(i).arg(base.title);
        c.summary = QStringLiteral("Incident %1 in service-%2. ").arg(i).arg(i % 37) + base.summary;
        c.updatedAt = base.updatedAt.addSecs(i);
        QElapsedTimer one;
        one.start();
        const SaveResult r = repo.save(c);
        saveMs << one.nsecsElapsed() / 1e6;
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        ids << c.uuid;
    }
    const double totalSave = t.nsecsElapsed() / 1e6;
    std::sort(saveMs.begin(), saveMs.end());
    std::printf(
        "save %d COEs (each: 12 timeline entries, 3 metrics, 1 image, 10 questions, 6 whys, 6 actions): "
        "%.0f ms, median %.2f ms, p95 %.2f ms per save\n",
        count, totalSave, saveMs[saveMs.size() / 2], saveMs[saveMs.size() * 95 / 100]);

    Coe c = *repo.load(ids.first());
    t.restart();
    for (int i = 0; i < 20; ++i) {
        c.title = QStringLiteral("Updated %1").arg(i);
        repo.save(c);
    }
    std::printf("update one COE (revision check, rewrite, FTS): %.2f ms per save\n",
                t.nsecsElapsed() / 1e6 / 20);

    t.restart();
    const int loads = std::min<int>(200, count);
    for (int i = 0; i < loads; ++i) {
        if (!repo.load(ids.at(i), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("load a whole COE: %.2f ms\n", t.nsecsElapsed() / 1e6 / loads);

    t.restart();
    const QList<CoeHeader> headers = repo.list();
    std::printf("list %lld headers (newest first): %.2f ms\n", qlonglong(headers.size()),
                t.nsecsElapsed() / 1e6);

    for (const char* q : {"deplo", "\"pool size\"", "checkout rollback", "service-7", "zzzz"}) {
        t.restart();
        const QList<SearchHit> hits = search(*archive, QString::fromUtf8(q), 50, &error);
        std::printf("search [%s]: %lld hits (limit 50) in %.2f ms\n", q, qlonglong(hits.size()),
                    t.nsecsElapsed() / 1e6);
    }
    archive.reset(); // checkpoints the WAL into the file
    std::printf("archive file: %.1f MiB for %d COEs (%.1f KiB each)\n", QFileInfo(path).size() / 1048576.0,
                count, QFileInfo(path).size() / 1024.0 / count);
    return 0;
}
