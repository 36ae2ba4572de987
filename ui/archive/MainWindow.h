// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include "domain/Coe.h"
#include <memory>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace hindsight {

class ActionItemsView;
class BackgroundThinning;
class LiveRefresh;
class Archive;
class Banner;
class CoeBrowserView;
class CoePreviewPane;
class CoeRepository;
class FilterPanel;
class RecentArchivesMenu;
class SearchField;
class TrashView;

// The archive window: hosts the views (COEs, Action items, Trash), the
// filter panel and search field, and the actions on COEs. The views are
// their own classes in ui/archive/.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum View { CoesView, ActionItemsViewIndex, TrashViewIndex };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) an archive; on refusal the window says why in its
    // banner and keeps the archive it had.
    bool openArchive(const QString& path);
    Archive* archive() const { return m_archive.get(); }
    CoeRepository* repository() const { return m_repository.get(); }

    void reload();
    void offerImport(const QStringList& files);
    // Creates a new COE in the archive and opens it; returns its uuid.
    QUuid newCoe();
    // File › New COE from Template…: asks for a template (templateId empty),
    // then creates a COE with its questions, default tags and services and
    // its id as templateName, and opens it. Null when cancelled or unknown.
    QUuid newCoeFromTemplate(const QString& templateId = {});
    // Opens the COE's editor window; page and row (-1: remembered/none) select
    // where it opens, e.g. the Actions page with one action item selected.
    void openCoe(const QUuid& uuid, int page = -1, int row = -1);
    // Copies the selected COE (new uuid, "(copy)" in the title); its uuid.
    QUuid duplicateSelected();
    // Moves the selected COEs to the Trash (Undo in the banner).
    void deleteSelected();
    void showView(View view);
    // File › Recover Archive…: the open archive when it is damaged, else the
    // file the user picks, into a new archive; a banner says what happened.
    void recoverArchive();
    // File › Copy Archive To…: every COE of this archive into another (CopyArchiveFlow).
    void copyArchive();
    // View › Insights: the window of figures over this archive (one per archive window).
    void showInsights();
    // File › Learning Report…: the quarterly PDF (LearningReportFlow).
    void learningReport();

    CoeBrowserView* browser() const { return m_browser; }
    CoePreviewPane* preview() const { return m_preview; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateActions();
    void updateCount();
    // The preview pane shows the selected COE (when the pane is shown).
    void updatePreview();
    void applySearchAndFilters();
    // Today, zones, filter choices and the current query, before (re)reading.
    void prepareViews();
    void importFiles();
    void exportJson();
    void chooseArchive(bool create);
    void saveWindowState();
    QUuid currentUuid() const;
    // The selected COEs, loaded; empty (and a banner) when one cannot be read.
    QList<Coe> selectedCoes();
    // Damage found since the last look: the banner says so and offers Recover.
    void showDamage();
    void applyBackupPolicy();

    std::unique_ptr<Archive> m_archive;
    QPointer<class InsightsWindow> m_insightsWindow;
    std::unique_ptr<BackgroundThinning> m_thinning; // its own connection; waits for a running thinning
    std::unique_ptr<LiveRefresh> m_live; // after m_archive: goes first
    std::unique_ptr<CoeRepository> m_repository;
    Banner* m_banner = nullptr;
    QSplitter* m_splitter = nullptr;
    FilterPanel* m_filters = nullptr;
    QListWidget* m_viewList = nullptr;
    QStackedWidget* m_views = nullptr;
    CoeBrowserView* m_browser = nullptr;
    QSplitter* m_previewSplitter = nullptr;
    CoePreviewPane* m_preview = nullptr;
    QAction* m_previewAction = nullptr;
    ActionItemsView* m_actionItems = nullptr;
    TrashView* m_trash = nullptr;
    SearchField* m_search = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_archiveLabel = nullptr;
    RecentArchivesMenu* m_recentMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_newFromTemplateAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_copyArchiveAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QList<QAction*> m_reportActions; // export PDF/Markdown, preview, print: need a selection
    bool m_damageShown = false;
    int m_found = 0;
    int m_total = 0;
};

} // namespace hindsight
