// SPDX-License-Identifier: MIT
#include "Application.h"

#include "insights/InsightsWindow.h"
#include <QScreen>
#include <QTabWidget>

#include "archive/CoeBrowserView.h"
#include "archive/MainWindow.h"
#include "cli/CommandLine.h"
#include "editor/EditorWindow.h"
#include "editor/HistoryDialog.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include "storage/Archive.h"
#include "storage/ArchivePresence.h"

#include <QAction>
#include <QApplication>
#include <QIcon>

namespace hindsight {

void Application::setUp(QCoreApplication& app)
{
    cli::setUpApplication(app);
    if (qobject_cast<QGuiApplication*>(&app)) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hindsight.Hindsight"));
    }
    if (qobject_cast<QApplication*>(&app)) // windows only: the theme lookup costs start-up time
        QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.hindsight.Hindsight"),
                                                        QIcon(QStringLiteral(":/icons/hindsight.svg"))));
}

void Application::showScreenshotPage(MainWindow* window)
{
    // packaging/screenshots.sh names the window to photograph:
    // archive (default), archive-preview (the newest COE selected, its preview
    // pane shown), preferences, an editor step of the newest COE, or history
    // (its editor's History, the two newest versions compared).
    const QString page = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_PAGE");
    // Each picture is a program stopped by a signal: the session of the one
    // before is still fresh, and would show as "Also open by" in the next.
    if (!page.isEmpty())
        ArchivePresence::setStaleAfter(1);
    static const QStringList steps{QStringLiteral("summary"),   QStringLiteral("impact"),
                                   QStringLiteral("timeline"),  QStringLiteral("metrics"),
                                   QStringLiteral("questions"), QStringLiteral("whys"),
                                   QStringLiteral("actions"),   QStringLiteral("related"),
                                   QStringLiteral("review")};
    if (page == QLatin1String("preferences")) {
        auto* dialog = new PreferencesDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
    // insights (its Durations tab), insights-factors, insights-followthrough.
    if (page.startsWith(QLatin1String("insights"))) {
        window->showInsights();
        if (auto* insights = window->findChild<InsightsWindow*>()) {
            // No window manager under xvfb-run: the size of the screen by hand.
            if (const QScreen* screen = insights->screen())
                insights->setGeometry(screen->availableGeometry());
            if (auto* tabs = insights->findChild<QTabWidget*>(QStringLiteral("insightsTabs")))
                tabs->setCurrentIndex(page.endsWith(QLatin1String("-factors"))          ? 2
                                      : page.endsWith(QLatin1String("-followthrough")) ? 5
                                                                                        : 0);
        }
        return;
    }
    if (page == QLatin1String("archive-preview")) {
        if (auto* pane = window->findChild<QAction*>(QStringLiteral("actionShowPreview")))
            pane->setChecked(true);
        if (window->repository()) {
            const QList<CoeHeader> coes = window->repository()->list();
            if (!coes.isEmpty())
                window->browser()->selectUuid(coes.first().uuid);
        }
        return;
    }
    const bool history = page == QLatin1String("history");
    const int step = page == QLatin1String("editor") || history ? 0 : int(steps.indexOf(page));
    if (step < 0 || !window->repository())
        return;
    const QList<CoeHeader> coes = window->repository()->list();
    if (coes.isEmpty())
        return;
    window->openCoe(coes.first().uuid, step, -1);
    // history: the editor's History with its two newest versions compared.
    if (EditorWindow* editor = history ? EditorWindow::findOpen(coes.first().uuid) : nullptr) {
        HistoryDialog* dialog = editor->showHistory();
        const QList<int> versions = dialog->listedVersions();
        dialog->selectVersions(versions.mid(0, 2));
    }
}

int Application::runWindow(QApplication& app)
{
    QString path = cli::archiveArgument(app.arguments());
    if (path.isEmpty())
        path = Archive::defaultPath();
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->openArchive(path);
    window->show();
    const QStringList documents = cli::documentArguments(app.arguments());
    if (!documents.isEmpty() && window->archive()) {
        // Opened with a .coe.json file (a double-click in the file manager): ask first.
        QStringList names;
        for (const QString& d : documents)
            names.append(QFileInfo(d).fileName());
        const auto answer = MessageBox::question(
            window, QCoreApplication::translate("Application", "Import COE Documents"),
            QCoreApplication::translate("Application", "Import %1 into the archive %2?")
                .arg(names.join(QStringLiteral(", ")), QDir::toNativeSeparators(window->archive()->path())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            window->offerImport(documents);
    }
    showScreenshotPage(window);
    return app.exec();
}

} // namespace hindsight
