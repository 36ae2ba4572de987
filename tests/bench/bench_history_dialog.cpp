// SPDX-License-Identifier: MIT
// The editor's History (issue #13): opening the dialog on a COE with 500
// versions (the list reads no documents), and what selecting shows: one
// version against the current document, and two versions, of a COE of 1,000
// timeline entries (each selection reads the version(s), diffs them and
// renders the rich text). Runs offscreen.
//
// Usage: bench_history_dialog [ARCHIVE-LOCATION]   (a file by default; a postgresql:// URI works too)
#include "document/CoeDocument.h"
#include "editor/HistoryDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace hindsight;

namespace {

Coe makeCoe(int entries)
{
    Coe coe = makeNewCoe(QStringLiteral("Checkout API returned 503 after a configuration rollout"));
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    for (int i = 0; i < entries; ++i) {
        TimelineEntry e;
        e.at = start.addSecs(i * 45);
        e.text = QStringLiteral("Entry %1: the checkout service on host-%2 returned errors to %3 requests")
                     .arg(i)
                     .arg(i % 37)
                     .arg(i * 13);
        coe.timeline.append(e);
    }
    for (int p = 0; p < 4; ++p)
        coe.summary +=
            QStringLiteral("Paragraph %1: for 69 minutes customers could not check out because the "
                           "connection pool was too small after a configuration change.\n\n")
                .arg(p);
    return coe;
}

void edit(Coe& coe, int step)
{
    for (int k = 0; k < 3; ++k)
        coe.timeline[(step * 7 + k * 11) % coe.timeline.size()].text +=
            QStringLiteral(" (edit %1)").arg(step);
    TimelineEntry e;
    e.at = coe.timeline.last().at.addSecs(30);
    e.text = QStringLiteral("Added in version %1").arg(step);
    coe.timeline.append(e);
    coe.summary += QStringLiteral(" More words in version %1.").arg(step);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Settings::installTemporaryInstance();
    QTemporaryDir dir;
    const QString location =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("h.sqlite"));
    QString error;
    auto archive = Archive::open(location, Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CoeRepository repo(*archive);
    CoeVersions versions(*archive);
    Coe coe = makeCoe(1000);
    if (!repo.save(coe).ok())
        return 1;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-200);
    for (int i = 1; i <= 500; ++i) {
        if (i % 25 == 0)
            edit(coe, i); // every 25th version differs; the others are the same document (cheaper to store)
        if (!versions.add(coe, VersionReason::Periodic, QStringLiteral("timeline +1 −0 ~3; summary edited"),
                          &error, start.addSecs(i * 600))) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    edit(coe, 501);
    CoeDocument document(coe);

    QElapsedTimer t;
    t.start();
    HistoryDialog dialog(*archive, &document);
    dialog.show();
    QApplication::processEvents();
    std::printf("open History with %lld versions (list and show): %lld ms (target <= 100 ms)\n",
                qlonglong(dialog.listedVersions().size()), t.elapsed());
    t.restart();
    dialog.selectVersions({1});
    std::printf("select version 1 (1,000 entries) against the current document: %lld ms\n", t.elapsed());
    t.restart();
    dialog.selectVersions({1, 500});
    std::printf("select versions 1 and 500 (read both, diff, show): %lld ms (diff target <= 200 ms)\n",
                t.elapsed());
    t.restart();
    dialog.selectVersions({250, 500});
    std::printf("select versions 250 and 500: %lld ms; shown text %lld characters\n", t.elapsed(),
                qlonglong(dialog.diffText().size()));
    return 0;
}
