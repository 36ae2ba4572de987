// SPDX-License-Identifier: MIT
// Opens a COE with a 10,000-entry timeline in the editor window, shows the
// timeline page, and prints how long that took (target: under one second).
// Then times one edit that moves a row and its undo.
#include "editor/EditorWindow.h"
#include "itemmodels/TimelineModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace hindsight;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    Settings::installTemporaryInstance();
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;

    QTemporaryDir dir;
    QString error;
    auto archive = Archive::open(dir.filePath(QStringLiteral("bench.sqlite")), Archive::Access::ReadWrite, &error);
    if (!archive) {
        out << "cannot open archive: " << error << "\n";
        return 1;
    }
    Coe coe = makeNewCoe(QStringLiteral("Ten thousand entries"));
    coe.displayTimeZone = QTimeZone("Europe/Dublin");
    QDateTime at(QDate(2024, 3, 7), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < entries; ++i) {
        TimelineEntry e;
        at = at.addSecs(i % 50 == 0 ? 20 * 60 : 45); // a gap every 50 entries
        e.at = at;
        e.text = QStringLiteral("Log line %1: request handled with status 503 after a long wait").arg(i);
        e.milestone = i == 0 ? Milestone::Trigger : i == entries / 2 ? Milestone::Detected : Milestone::None;
        coe.timeline << e;
    }

    QElapsedTimer timer;
    timer.start();
    auto* window = new EditorWindow(*archive, coe);
    const qint64 constructed = timer.elapsed();
    window->show();
    window->setCurrentPage(EditorWindow::TimelinePage);
    app.processEvents();
    const qint64 shown = timer.elapsed();
    out << "entries: " << entries << "\n";
    out << "construct editor window: " << constructed << " ms\n";
    out << "open and show timeline page: " << shown << " ms (target < 1000 ms)\n";

    timer.restart();
    window->document()->setTimelineField(0, CoeDocument::TimelineField::At, at.addSecs(60));
    app.processEvents();
    out << "move first entry to the end: " << timer.elapsed() << " ms\n";
    timer.restart();
    window->document()->undoStack()->undo();
    app.processEvents();
    out << "undo that move: " << timer.elapsed() << " ms\n";
    timer.restart();
    window->refreshReview();
    out << "review check: " << timer.elapsed() << " ms\n";
    delete window;
    return shown < 1000 ? 0 : 2;
}
