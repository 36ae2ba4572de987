// SPDX-License-Identifier: MIT
// The archive window's archive-wide commands: open, import, export, recover, copy.
#include "archive/MainWindow.h"

#include "archive/ActionItemsView.h"
#include "archive/ArchiveOpener.h"
#include "archive/CoeBrowserView.h"
#include "archive/CopyArchiveFlow.h"
#include "archive/ImportFlow.h"
#include "archive/LiveRefresh.h"
#include "archive/RecentArchivesMenu.h"
#include "archive/RecoverFlow.h"
#include "insights/InsightsWindow.h"
#include "insights/LearningReportFlow.h"
#include "archive/TrashView.h"
#include "editor/EditorWindow.h"
#include "exchange/CoeJson.h"
#include "itemmodels/CoeTableModel.h"
#include "itemmodels/ToolTip.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "settings/DayClock.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"

#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>

namespace hindsight {

bool MainWindow::openArchive(const QString& path)
{
    // A file or a team archive's URI (a password asked for when needed).
    OpenedArchive opened = openArchiveAsking(this, path);
    if (!opened.archive) {
        m_banner->showMessage(Banner::Kind::Error, opened.error);
        return false;
    }
    auto archive = std::move(opened.archive);
    const ArchiveLocation& location = opened.location;
    // A window is a session that will likely write: check a large file for
    // damage now, on a thread of its own, so the first save does not wait.
    archive->startBackgroundCheck();
    // Editors of the old archive save and close first; keep it if one stays open.
    if (m_archive && !EditorWindow::closeAll())
        return false;
    // The views drop their pointers before the old archive closes.
    m_browser->setArchive(nullptr);
    m_actionItems->setArchive(nullptr);
    m_trash->setArchive(nullptr);
    m_repository.reset();
    m_live.reset();
    if (m_insightsWindow) // it reads the archive being closed
        m_insightsWindow->close();
    m_archive = std::move(archive);
    m_damageShown = false;
    applyBackupPolicy();
    // Old versions are thinned at most once a day per archive, off this thread.
    if (!m_thinning)
        m_thinning = std::make_unique<BackgroundThinning>();
    m_thinning->start(*m_archive, DayClock::instance()->currentTimeUtc(), DayClock::instance()->today(),
                      Settings::instance()->versionsThinAfterDays());
    m_repository = std::make_unique<CoeRepository>(*m_archive);
    const QString recent = location.isFile() ? m_archive->path() : location.storageText();
    Settings::instance()->addRecentArchive(recent);
    m_recentMenu->setCurrent(recent);
    setWindowFilePath(location.isFile() ? path : QString());
    setWindowTitle(tr("%1 — Hindsight").arg(location.shortName()));
    m_archiveLabel->setText(location.isFile() ? QDir::toNativeSeparators(path) : location.displayText());
    m_archiveLabel->setToolTip(plainToolTip(m_archiveLabel->text()));
    if (m_archive->openedReadOnlyFallback())
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("%1 cannot be written, so it was opened read-only: you can read and "
                                 "export COEs but not change them.")
                                  .arg(m_archiveLabel->text()));
    else
        m_banner->hide();
    prepareViews();
    m_browser->setArchive(m_archive.get());
    m_actionItems->setArchive(m_archive.get());
    m_trash->setArchive(m_archive.get());
    m_live = std::make_unique<LiveRefresh>(*m_archive, m_browser, m_trash, m_actionItems); // others' changes
    if (m_views->currentIndex() != CoesView)
        showView(View(m_views->currentIndex()));
    if (!m_browser->model()->lastError().isEmpty())
        m_banner->showMessage(Banner::Kind::Error, m_browser->model()->lastError());
    updateActions();
    return true;
}

void MainWindow::applyBackupPolicy()
{
    if (m_archive)
        m_archive->setBackupPolicy(
            {Settings::instance()->backupsToKeep(), Settings::instance()->displayTimeZone()});
}

void MainWindow::showDamage()
{
    if (!m_archive || m_damageShown || !m_archive->isDamaged())
        return;
    m_damageShown = true;
    disconnect(m_banner, &Banner::actionTriggered, nullptr, nullptr);
    m_banner->showMessage(Banner::Kind::Error, m_archive->damageMessage(), tr("Recover…"));
    connect(m_banner, &Banner::actionTriggered, this, &MainWindow::recoverArchive);
}

void MainWindow::recoverArchive()
{
    const QString damaged = m_archive && m_archive->isDamaged() ? m_archive->path() : QString();
    const RecoverOutcome outcome = runRecoverFlow(this, damaged);
    if (!outcome.ran)
        return;
    disconnect(m_banner, &Banner::actionTriggered, nullptr, nullptr);
    if (outcome.newArchive.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Error, outcome.text);
        return;
    }
    m_banner->showMessage(outcome.complete ? Banner::Kind::Info : Banner::Kind::Warning, outcome.text,
                          tr("Open the recovered archive"));
    const QString path = outcome.newArchive;
    connect(m_banner, &Banner::actionTriggered, this, [this, path] { openArchive(path); });
}

void MainWindow::showInsights()
{
    if (!m_archive)
        return;
    if (!m_insightsWindow) {
        m_insightsWindow = new InsightsWindow(m_archive.get(), this);
        m_insightsWindow->setWindowFlag(Qt::Window);
        connect(m_insightsWindow, &InsightsWindow::openRequested, this, [this](const QUuid& uuid) { openCoe(uuid); });
    } else {
        m_insightsWindow->reload();
    }
    m_insightsWindow->show();
    m_insightsWindow->raise();
    m_insightsWindow->activateWindow();
}

void MainWindow::learningReport()
{
    if (!m_archive)
        return;
    const LearningReportFlow::Outcome outcome = LearningReportFlow::run(this, m_archive.get(), {}, {});
    if (!outcome.message.isEmpty())
        m_banner->showMessage(outcome.ok ? Banner::Kind::Info : Banner::Kind::Error, outcome.message);
}

void MainWindow::copyArchive()
{
    if (!m_archive)
        return;
    const CopyArchiveOutcome outcome = runCopyArchiveFlow(this, m_archive->path());
    if (!outcome.ran)
        return;
    disconnect(m_banner, &Banner::actionTriggered, nullptr, nullptr);
    const Banner::Kind kind = outcome.complete           ? Banner::Kind::Info
                              : outcome.target.isEmpty() ? Banner::Kind::Error
                                                         : Banner::Kind::Warning;
    if (outcome.target.isEmpty()) {
        m_banner->showMessage(kind, outcome.text);
        return;
    }
    m_banner->showMessage(kind, outcome.text, outcome.details.isEmpty() ? tr("Open the copy") : tr("Details…"));
    const QString path = outcome.target, details = outcome.details;
    connect(m_banner, &Banner::actionTriggered, this, [this, path, details] {
        if (details.isEmpty())
            openArchive(path);
        else
            MessageBox::showDetails(this, tr("Copy Archive"), details);
    });
}

void MainWindow::importFiles()
{
    const QStringList files = FileDialog::getOpenFileNames(
        this, tr("Import COE documents"), tr("COE documents (*.coe.json *.json);;All files (*)"));
    if (!files.isEmpty())
        offerImport(files);
}

void MainWindow::offerImport(const QStringList& files)
{
    if (!m_repository || m_archive->isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Error, tr("This archive is read-only: nothing can be imported."));
        return;
    }
    const ImportSummary summary = runImportFlow(this, *m_repository, files);
    reload();
    disconnect(m_banner, &Banner::actionTriggered, nullptr, nullptr);
    if (!summary.text.isEmpty())
        m_banner->showMessage(summary.failed ? Banner::Kind::Warning : Banner::Kind::Info, summary.text,
                              summary.details.isEmpty() ? QString() : tr("Show Details"));
    if (!summary.details.isEmpty())
        connect(m_banner, &Banner::actionTriggered, this,
                [this, details = summary.details] { MessageBox::showDetails(this, tr("Import"), details); });
}

void MainWindow::exportJson()
{
    const QUuid uuid = currentUuid();
    if (uuid.isNull() || !m_repository)
        return;
    QString error;
    const std::optional<Coe> coe = m_repository->load(uuid, &error);
    if (!coe) {
        m_banner->showMessage(Banner::Kind::Error, error);
        return;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Export COE as JSON"),
                                                     tr("COE documents (*.coe.json)"),
                                                     QStringLiteral("coe-%1.coe.json").arg(uuid.toString(QUuid::WithoutBraces).left(8)));
    if (path.isEmpty())
        return;
    if (!exchange::CoeJson::writeFile(*coe, path, &error))
        m_banner->showMessage(Banner::Kind::Error, error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::chooseArchive(bool create)
{
    const QString filter = tr("Hindsight archives (*.sqlite *.hindsight);;All files (*)");
    const QString path = create ? FileDialog::getSaveFileName(this, tr("New archive"), filter,
                                                               QStringLiteral("archive.sqlite"))
                                : FileDialog::getOpenFileName(this, tr("Open archive"), filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        m_banner->showMessage(Banner::Kind::Error,
                              tr("%1 already exists; choose a new file name for a new archive.")
                                  .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openArchive(path);
}

} // namespace hindsight
