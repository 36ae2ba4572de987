// SPDX-License-Identifier: MIT
// Versions of a COE (issue #13, Speed): opening the History of a COE with
// 500 versions (CoeVersions::list), the difference of two versions of the
// large COE (1,000 timeline entries), recording a version, and what versions
// add to an archive's size.
//
// Usage: bench_versions [ARCHIVE-LOCATION]   (a file by default; a postgresql:// URI works too)
//
// "Typical" editing, for the size figure: 50 COEs a year, each of 60 timeline
// entries, 8 whys, 6 actions and a few paragraphs, each ending up with 20
// versions (about 10 periodic while written over two weeks, 4 status changes,
// 5 editor closes, 1 import), each version a few entries and a paragraph
// different from the one before.
//
// Storage (schema 8): the newest version of a COE whole, each older one the
// compressed line delta from the next newer (model/storage/README.md,
// "Versions"). The 500 versions of the large COE are each an edit of the one
// before, so loading the oldest applies the longest chain of deltas.
#include "analysis/CoeDiff.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "exchange/CoeJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace hindsight;

namespace {

Coe makeCoe(const QString& title, int entries, int whys, int actions)
{
    Coe coe = makeNewCoe(title);
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    for (int i = 0; i < entries; ++i) {
        TimelineEntry e;
        e.at = start.addSecs(i * 45);
        e.text = QStringLiteral("Entry %1: the checkout service on host-%2 returned errors to %3 requests while the "
                                "pool was exhausted")
                     .arg(i)
                     .arg(i % 37)
                     .arg(i * 13);
        coe.timeline.append(e);
    }
    for (int i = 0; i < whys; ++i) {
        WhyStep w;
        w.id = QStringLiteral("w%1").arg(i);
        w.parentId = i ? QStringLiteral("w%1").arg(i - 1) : QString();
        w.why = QStringLiteral("Why did step %1 happen after the deploy of the new pool settings?").arg(i);
        w.because = QStringLiteral("Because the limit was lowered by the change in step %1.").arg(i);
        coe.whys.append(w);
    }
    for (int i = 0; i < actions; ++i) {
        ActionItem a;
        a.id = QStringLiteral("a%1").arg(i);
        a.title = QStringLiteral("Alarm on pool exhaustion in service %1").arg(i);
        a.owner = QStringLiteral("Team %1").arg(i % 3);
        coe.actionItems.append(a);
    }
    for (int p = 0; p < 4; ++p)
        coe.summary += QStringLiteral("Paragraph %1: for 69 minutes customers could not check out because the "
                                      "connection pool of the checkout API was too small after a configuration "
                                      "change that was rolled out to every region at once.\n\n")
                           .arg(p);
    coe.problem = coe.summary;
    return coe;
}

// The next version: a few entries edited, one added, a paragraph extended.
void edit(Coe& coe, int step)
{
    for (int k = 0; k < 3 && !coe.timeline.isEmpty(); ++k)
        coe.timeline[(step * 7 + k * 11) % coe.timeline.size()].text += QStringLiteral(" (edit %1)").arg(step);
    TimelineEntry e;
    e.at = coe.timeline.last().at.addSecs(30);
    e.text = QStringLiteral("Added in version %1").arg(step);
    coe.timeline.append(e);
    coe.summary += QStringLiteral(" More words in version %1.").arg(step);
}

qint64 fileBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString location = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("v.sqlite"));
    QString error;
    auto archive = Archive::open(location, Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CoeRepository repo(*archive);
    CoeVersions versions(*archive);

    // 500 versions of one COE, then History's list.
    Coe large = makeCoe(QStringLiteral("Large"), 1000, 40, 30);
    if (!repo.save(large).ok())
        return 1;
    QElapsedTimer t;
    t.start();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    const Coe first = large;
    for (int i = 0; i < 500; ++i) {
        if (i > 0)
            edit(large, 100 + i);
        if (!versions.add(large, VersionReason::Periodic, QStringLiteral("timeline +1 −0 ~3; summary edited"), &error,
                          start.addSecs(i * 3600))) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("add 500 versions of a 1,000-entry COE: %lld ms (%.2f ms each)\n", t.elapsed(), t.elapsed() / 500.0);
    for (int run = 0; run < 3; ++run) {
        t.restart();
        const QList<CoeVersionInfo> list = versions.list(large.uuid, &error);
        std::printf("History list of %lld versions: %lld ms (target <= 100 ms)\n", qlonglong(list.size()),
                    t.elapsed());
    }
    std::optional<Coe> v1;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        v1 = versions.load(large.uuid, 1, &error);
        std::printf("load the oldest of 500 versions of the 1,000-entry COE: %lld ms%s\n", t.elapsed(),
                    v1 && v1->sameContent(first) ? "" : " (WRONG DOCUMENT)");
    }
    double worst = 0;
    for (int number = 1; number <= 500; number += 7) {
        QElapsedTimer one;
        one.start();
        if (!versions.load(large.uuid, number, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        worst = std::max(worst, one.nsecsElapsed() / 1e6);
    }
    std::printf("load of any version (every 7th of 500): at most %.1f ms\n", worst);
    {
        QSqlQuery q(archive->database());
        if (q.exec(QStringLiteral("SELECT COUNT(*), SUM(LENGTH(document)), SUM(CASE WHEN base IS NULL THEN 1 ELSE 0 "
                                  "END) FROM coe_versions")) && q.next())
            std::printf("stored: %lld versions, %lld bytes, %lld whole documents\n", q.value(0).toLongLong(),
                        q.value(1).toLongLong(), q.value(2).toLongLong());
    }

    Coe changed = *v1;
    changed.revision = large.revision; // the stored COE's, for the save below
    for (int s = 0; s < 10; ++s)
        edit(changed, s);
    std::swap(changed.whys[3], changed.whys[7]);
    changed.actionItems[2].status = ActionStatus::Done;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        const analysis::CoeDiff d = analysis::compareCoes(*v1, changed);
        const QString line = d.summaryLine();
        std::printf("diff of two versions of the 1,000-entry COE: %lld ms (target <= 200 ms): %s\n", t.elapsed(),
                    qPrintable(line));
    }
    t.restart();
    if (!repo.save(changed).ok() || !versions.record(changed, VersionReason::Close, &error)) {
        std::fprintf(stderr, "record failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("record() of a document 490 edits from the newest version: load the newest, diff, compress, "
                "insert, rewrite the previous as a delta: %lld ms\n",
                t.elapsed());
    edit(changed, 1000);
    if (!repo.save(changed).ok())
        return 1;
    t.restart();
    if (!versions.record(changed, VersionReason::Close, &error))
        return 1;
    std::printf("record() after one more edit: %lld ms\n", t.elapsed());
    std::printf("one whole version of the 1,000-entry COE: %lld bytes compressed (JSON %lld bytes)\n",
                qlonglong(CoeVersions::pack(large).size()), qlonglong(exchange::CoeJson::write(large).size()));
    std::printf("pruning the 500 (older than 90 days thinned to one a day): ");
    t.restart();
    const int pruned = versions.prune(QDateTime::currentDateTimeUtc(), 90, &error);
    std::printf("%d deleted in %lld ms\n", pruned, t.elapsed());
    {
        const QList<CoeVersionInfo> left = versions.list(large.uuid, &error);
        t.restart();
        int bad = 0;
        for (const CoeVersionInfo& v : left)
            bad += versions.load(large.uuid, v.number, &error) ? 0 : 1;
        std::printf("after pruning: %lld versions left, all loaded in %lld ms, %d failed\n", qlonglong(left.size()),
                    t.elapsed(), bad);
    }

    if (argc > 1)
        return 0;
    // Size over a year of typical editing (file archives only).
    const QString sizes = dir.filePath(QStringLiteral("year.sqlite"));
    QList<Coe> coes;
    {
        auto a = Archive::open(sizes, Archive::Access::ReadWrite, &error);
        CoeRepository r(*a);
        for (int i = 0; i < 50; ++i) {
            Coe c = makeCoe(QStringLiteral("Typical %1").arg(i), 60, 8, 6);
            for (int s = 0; s < 20; ++s)
                edit(c, s);
            if (!r.save(c).ok())
                return 1;
            coes << c;
        }
    }
    const qint64 without = fileBytes(sizes);
    {
        auto a = Archive::open(sizes, Archive::Access::ReadWrite, &error);
        CoeVersions vs(*a);
        for (Coe c : std::as_const(coes)) {
            Coe v = makeCoe(c.title, 60, 8, 6);
            v.uuid = c.uuid;
            for (int s = 0; s < 20; ++s) {
                edit(v, s);
                if (!vs.record(v, VersionReason::Periodic, &error))
                    return 1;
            }
        }
    }
    const qint64 with = fileBytes(sizes);
    {
        // What the archive window does on the GUI thread when it opens an
        // archive (pruneDue: one small read), and the daily thinning itself.
        auto a = Archive::open(sizes, Archive::Access::ReadWrite, &error);
        CoeVersions vs(*a);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QElapsedTimer due;
        due.start();
        const bool isDue = vs.pruneDue(today, 90);
        std::printf("daily thinning: the due check on opening %.2f ms (due: %s); ", due.nsecsElapsed() / 1e6,
                    isDue ? "yes" : "no");
        due.restart();
        const int thinned = vs.pruneOncePerDay(QDateTime::currentDateTimeUtc(), today, 90, &error);
        std::printf("thinning %d in %lld ms (off the GUI thread)\n", thinned, due.elapsed());
    }
    std::printf("a year of typical editing (50 COEs x 20 versions): archive %lld KiB without versions, %lld KiB "
                "with (+%.0f%%; target <= 30%%)\n",
                without / 1024, with / 1024, 100.0 * double(with - without) / double(without));
    return 0;
}
