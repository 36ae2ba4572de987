// SPDX-License-Identifier: MIT
#include "archive/MainWindow.h"
#include "storage/CoeVersions.h"

#include "archive/ActionItemsView.h"
#include "archive/LiveRefresh.h"
#include "archive/CoeBrowserView.h"
#include "archive/CoePreviewPane.h"
#include "archive/EmptyState.h"
#include "archive/FilterPanel.h"
#include "archive/TeamArchiveDialog.h"
#include "editor/EditorWindow.h"
#include "report/ExportActions.h"
#include "report/ReportVersionStamp.h"
#include "settings/PreferencesDialog.h"
#include "settings/TaxonomyDialog.h"
#include "widgets/HelpDialogs.h"
#include "archive/RecentArchivesMenu.h"
#include "archive/SearchField.h"
#include "archive/TrashView.h"
#include "itemmodels/ArchiveActionModel.h"
#include "itemmodels/CoeTableModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace hindsight {

namespace {
const QString kWindowName = QStringLiteral("archiveWindow");
const QString kSplitterName = QStringLiteral("archiveWindow.splitter");
const QString kPreviewSplitterName = QStringLiteral("archiveWindow.previewSplitter");
const QString kPreviewShownName = QStringLiteral("archiveWindow.previewShown");
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("archiveWindow"));
    m_banner = new Banner;
    m_browser = new CoeBrowserView;
    m_actionItems = new ActionItemsView;
    m_trash = new TrashView;
    m_views = new QStackedWidget;
    m_views->setObjectName(QStringLiteral("viewStack"));
    // The COE table with the selected COE's preview under it (KeePassXC's
    // entry preview sits the same way): the title column keeps the width.
    m_preview = new CoePreviewPane;
    m_previewSplitter = new QSplitter(Qt::Vertical);
    m_previewSplitter->setObjectName(QStringLiteral("coePreviewSplitter"));
    m_previewSplitter->setChildrenCollapsible(false);
    m_previewSplitter->addWidget(m_browser);
    m_previewSplitter->addWidget(m_preview);
    m_previewSplitter->setStretchFactor(0, 1);
    m_previewSplitter->setStretchFactor(1, 0);
    m_previewSplitter->setSizes({520, 200});
    m_views->addWidget(m_previewSplitter);
    m_views->addWidget(m_actionItems);
    m_views->addWidget(m_trash);

    m_filters = new FilterPanel;
    m_viewList = new QListWidget;
    m_viewList->setObjectName(QStringLiteral("viewListWidget"));
    m_viewList->setAccessibleName(tr("Views"));
    m_viewList->addItem(new QListWidgetItem(icons::themed(QStringLiteral("view-list-details")), tr("COEs")));
    m_viewList->addItem(new QListWidgetItem(icons::themed(QStringLiteral("checkbox")), tr("Action items")));
    m_viewList->addItem(new QListWidgetItem(icons::themed(QStringLiteral("user-trash")), tr("Trash")));
    m_viewList->setCurrentRow(CoesView);
    m_viewList->setFrameShape(QFrame::NoFrame);
    m_viewList->setMaximumHeight(m_viewList->sizeHintForRow(0) * 3 + 8);
    auto* left = new QWidget;
    left->setObjectName(QStringLiteral("leftPanel"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filters);
    auto* viewsHeading = new QLabel(tr("Views"));
    QFont bold = viewsHeading->font();
    bold.setBold(true);
    viewsHeading->setFont(bold);
    viewsHeading->setContentsMargins(8, 8, 8, 0);
    leftLayout->addWidget(viewsHeading);
    leftLayout->addWidget(m_viewList);
    leftLayout->addStretch();

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 1000});

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_archiveLabel = new QLabel;
    m_archiveLabel->setObjectName(QStringLiteral("archiveLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_archiveLabel);

    createActions();
    connect(m_browser->emptyState(), &EmptyState::newRequested, m_newAction, &QAction::trigger);
    connect(m_browser->emptyState(), &EmptyState::importRequested, m_importAction, &QAction::trigger);
    connect(m_browser, &CoeBrowserView::openRequested, this, [this](const QUuid& uuid) { openCoe(uuid); });
    connect(m_browser, &CoeBrowserView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_browser, &CoeBrowserView::selectionChanged, this, &MainWindow::updatePreview);
    connect(m_browser, &CoeBrowserView::countsChanged, this, [this](int found, int total) {
        m_found = found;
        m_total = total;
        updateCount();
    });
    connect(m_actionItems, &ActionItemsView::openRequested, this,
            [this](const QUuid& uuid, int row) { openCoe(uuid, 6, row); });
    connect(m_actionItems, &ActionItemsView::countChanged, this, &MainWindow::updateCount);
    connect(m_actionItems, &ActionItemsView::errorOccurred, this,
            [this](const QString& e) { m_banner->showMessage(Banner::Kind::Error, e); });
    connect(m_trash, &TrashView::archiveChanged, this, &MainWindow::reload);
    connect(m_trash, &TrashView::countChanged, this, &MainWindow::updateCount);
    connect(m_trash, &TrashView::errorOccurred, this,
            [this](const QString& e) { m_banner->showMessage(Banner::Kind::Error, e); });
    connect(m_filters, &FilterPanel::changed, this, &MainWindow::applySearchAndFilters);
    connect(m_viewList, &QListWidget::currentRowChanged, this, [this](int row) { showView(View(row)); });

    resize(1280, 760);
    restoreGeometry(Settings::instance()->windowGeometry(kWindowName));
    m_splitter->restoreState(Settings::instance()->windowState(kSplitterName));
    m_previewSplitter->restoreState(Settings::instance()->windowState(kPreviewSplitterName));
    m_previewAction->setChecked(Settings::instance()->windowState(kPreviewShownName) != QByteArrayLiteral("0"));
    m_preview->setVisible(m_previewAction->isChecked());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Editors hold the archive: each saves (or asks) before the archive closes.
    if (!EditorWindow::closeAll()) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState()
{
    Settings::instance()->setWindowGeometry(kWindowName, saveGeometry());
    Settings::instance()->setWindowState(kSplitterName, m_splitter->saveState());
    Settings::instance()->setWindowState(kPreviewSplitterName, m_previewSplitter->saveState());
    m_browser->saveState();
}

// QKeySequence::Preferences is empty on Linux: Ctrl+, as in most desktop apps.
static QKeySequence preferencesShortcut()
{
    const QKeySequence platform(QKeySequence::Preferences);
    return platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platform;
}

void MainWindow::createActions()
{
    auto make = [this](const QString& icon, const QString& text, const QString& tip, const QString& name,
                       QKeySequence key = {}) {
        auto* a = new QAction(icons::themed(icon), text, this);
        a->setObjectName(name);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        a->setShortcut(key);
        return a;
    };
    m_newAction = make(QStringLiteral("document-new"), tr("&New COE"), tr("Start a new COE in this archive"),
                       QStringLiteral("actionNewCoe"), QKeySequence::New);
    m_newFromTemplateAction = make(QStringLiteral("document-new"), tr("New COE &from Template…"),
                                   tr("Start a new COE from a template: outage, security, data loss, near miss or "
                                      "your own"),
                                   QStringLiteral("actionNewCoeFromTemplate"));
    m_openAction = make(QStringLiteral("document-open"), tr("&Open COE"), tr("Open the selected COE"),
                        QStringLiteral("actionOpenCoe"));
    m_duplicateAction = make(QStringLiteral("edit-copy"), tr("D&uplicate"),
                             tr("Copy the selected COE under a new identifier"),
                             QStringLiteral("actionDuplicateCoe"), QKeySequence(tr("Ctrl+D")));
    m_deleteAction = make(QStringLiteral("edit-delete"), tr("&Delete"),
                          tr("Move the selected COEs to the Trash"), QStringLiteral("actionDeleteCoe"),
                          QKeySequence::Delete);
    m_importAction = make(QStringLiteral("document-import"), tr("&Import…"),
                          tr("Import COE documents (.coe.json) into this archive"),
                          QStringLiteral("actionImport"), QKeySequence(tr("Ctrl+I")));
    m_exportJsonAction = make(QStringLiteral("document-export"), tr("&Export JSON…"),
                              tr("Export the selected COE as a .coe.json file"),
                              QStringLiteral("actionExportJson"), QKeySequence(tr("Ctrl+E")));
    auto* newArchive = make(QStringLiteral("folder-new"), tr("New &Archive…"),
                            tr("Create a new, empty archive file"), QStringLiteral("actionNewArchive"));
    auto* openArchive = make(QStringLiteral("folder-open"), tr("Open A&rchive…"),
                             tr("Open another archive file"), QStringLiteral("actionOpenArchive"),
                             QKeySequence(tr("Ctrl+Shift+O")));
    auto* openTeamArchive = make(QStringLiteral("folder-open"), tr("Open Team Arc&hive…"),
                                 tr("Open an archive on a PostgreSQL server"),
                                 QStringLiteral("actionOpenTeamArchive"));
    auto* recover = make(QStringLiteral("document-revert"), tr("Re&cover Archive…"),
                         tr("Copy every COE that can still be read from a damaged archive into a new one"),
                         QStringLiteral("actionRecoverArchive"));
    m_copyArchiveAction = make(QStringLiteral("edit-copy"), tr("Cop&y Archive To…"),
                               tr("Copy every COE of this archive, the Trash included, into another archive "
                                  "and compare both"),
                               QStringLiteral("actionCopyArchive"));
    auto* quit = make(QStringLiteral("application-exit"), tr("&Quit"), tr("Quit Hindsight"),
                      QStringLiteral("actionQuit"), QKeySequence::Quit);
    auto* find = make(QStringLiteral("edit-find"), tr("&Find"), tr("Search the COEs of this archive"),
                      QStringLiteral("actionFind"), QKeySequence::Find);
    auto* exportPdf = make(QStringLiteral("document-export"), tr("Export P&DF…"),
                           tr("Write the selected COEs as a PDF (several make a review packet)"),
                           QStringLiteral("actionExportPdf"), QKeySequence(tr("Ctrl+Shift+E")));
    auto* preview = make(QStringLiteral("document-print-preview"), tr("Print Pre&view…"),
                         tr("See the selected COEs as they will print"), QStringLiteral("actionPrintPreview"));
    auto* print = make(QStringLiteral("document-print"), tr("&Print…"), tr("Print the selected COEs"),
                       QStringLiteral("actionPrint"), QKeySequence::Print);
    auto* markdown = make(QStringLiteral("text-x-generic"), tr("Export &Markdown…"),
                          tr("Write the selected COE as Markdown, with its images beside it"),
                          QStringLiteral("actionExportMarkdown"));
    auto* exportAny = make(QStringLiteral("document-export"), tr("E&xport…"),
                           tr("Write the selected COE as PDF, Markdown, ODT or HTML for an audience"),
                           QStringLiteral("actionExport"));
    m_reportActions = {exportPdf, preview, print, markdown, exportAny};
    auto runReport = [this](auto flow) {
        const QList<Coe> coes = selectedCoes();
        if (coes.isEmpty())
            return;
        const report::ExportActions::Outcome outcome = flow(coes);
        if (!outcome.message.isEmpty())
            m_banner->showMessage(outcome.ok ? Banner::Kind::Info : Banner::Kind::Error, outcome.message);
    };
    // The title block's version and approval of each COE (issue #13).
    auto stampsOf = [this](const QList<Coe>& coes) {
        report::ReportOptions options;
        report::ReportVersionStamp::fill(*m_archive, coes, &options);
        return options.versionStamps;
    };
    connect(exportPdf, &QAction::triggered, this, [this, runReport, stampsOf] {
        runReport([this, stampsOf](const QList<Coe>& c) {
            return report::ExportActions::exportPdf(this, c, stampsOf(c));
        });
    });
    connect(preview, &QAction::triggered, this, [this, runReport, stampsOf] {
        runReport([this, stampsOf](const QList<Coe>& c) {
            return report::ExportActions::printPreview(this, c, stampsOf(c));
        });
    });
    connect(print, &QAction::triggered, this, [this, runReport, stampsOf] {
        runReport([this, stampsOf](const QList<Coe>& c) {
            return report::ExportActions::print(this, c, stampsOf(c));
        });
    });
    connect(markdown, &QAction::triggered, this, [this, runReport, stampsOf] {
        runReport([this, stampsOf](const QList<Coe>& c) {
            return report::ExportActions::exportMarkdown(this, c.first(), stampsOf({c.first()}));
        });
    });
    connect(exportAny, &QAction::triggered, this, [this, runReport, stampsOf] {
        runReport([this, stampsOf](const QList<Coe>& c) {
            return report::ExportActions::exportForAudience(this, c.first(), CoeCatalog(*m_archive).owners(),
                                                            stampsOf({c.first()}));
        });
    });
    auto* preferences = make(QStringLiteral("preferences-system"), tr("Pr&eferences…"),
                             tr("Author name, time zone, thresholds, paper size, language"),
                             QStringLiteral("actionPreferences"), preferencesShortcut());
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            applyBackupPolicy();
            applySearchAndFilters();
        }
    });
    auto* insights = make(QStringLiteral("office-chart-bar"), tr("&Insights"),
                          tr("What the archive's COEs show together: durations, factors, detection, repeats, "
                             "follow-through"),
                          QStringLiteral("actionInsights"));
    insights->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(insights, &QAction::triggered, this, &MainWindow::showInsights);
    auto* learningReport = make(QStringLiteral("document-print"), tr("&Learning Report…"),
                                tr("A PDF for the quarterly review: the figures and charts of a period, its COEs, "
                                   "repeat incidents and overdue action items"),
                                QStringLiteral("actionLearningReport"));
    connect(learningReport, &QAction::triggered, this, &MainWindow::learningReport);
    auto* taxonomy = make(QStringLiteral("view-list-details"), tr("Contributing Factor &Categories…"),
                          tr("The categories this archive counts contributing factors in: add, rename, merge, retire"),
                          QStringLiteral("actionTaxonomy"));
    connect(taxonomy, &QAction::triggered, this, [this] {
        if (!m_archive)
            return;
        TaxonomyDialog dialog(*m_archive, this);
        dialog.exec();
    });
    auto* about = make(QStringLiteral("help-about"), tr("&About Hindsight"), tr("Version, licence and archive"),
                       QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this,
            [this] { HelpDialogs::showAbout(this, m_archive ? m_archive->path() : QString()); });
    auto* guide = make(QStringLiteral("help-contents"), tr("COE &Writing Guide"),
                       tr("How to write each section of a COE"), QStringLiteral("actionGuide"),
                       QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { HelpDialogs::showGuide(this); });
    auto* shortcuts = make(QStringLiteral("help-keyboard-shortcuts"), tr("&Keyboard Shortcuts"),
                           tr("Every keyboard shortcut of this window"), QStringLiteral("actionShortcuts"));
    connect(shortcuts, &QAction::triggered, this, [this] { HelpDialogs::showShortcuts(this); });

    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence::Open});
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_browser->addAction(m_openAction);

    connect(m_newAction, &QAction::triggered, this, [this] { newCoe(); });
    connect(m_newFromTemplateAction, &QAction::triggered, this, [this] { newCoeFromTemplate(); });
    connect(m_openAction, &QAction::triggered, this, [this] { openCoe(currentUuid()); });
    connect(m_duplicateAction, &QAction::triggered, this, [this] { duplicateSelected(); });
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFiles);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);
    connect(newArchive, &QAction::triggered, this, [this] { chooseArchive(true); });
    connect(openArchive, &QAction::triggered, this, [this] { chooseArchive(false); });
    connect(openTeamArchive, &QAction::triggered, this, [this] {
        TeamArchiveDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            this->openArchive(dialog.uri());
    });
    connect(recover, &QAction::triggered, this, &MainWindow::recoverArchive);
    connect(m_copyArchiveAction, &QAction::triggered, this, &MainWindow::copyArchive);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_recentMenu = new RecentArchivesMenu(this);
    connect(m_recentMenu, &RecentArchivesMenu::openRequested, this, &MainWindow::openArchive);
    connect(m_recentMenu, &RecentArchivesMenu::missing, this, [this](const QString& path) {
        m_banner->showMessage(Banner::Kind::Error, tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_newFromTemplateAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportJsonAction);
    file->addAction(exportPdf);
    file->addAction(markdown);
    file->addAction(exportAny);
    file->addAction(preview);
    file->addAction(print);
    file->addAction(learningReport);
    file->addSeparator();
    file->addAction(newArchive);
    file->addAction(openArchive);
    file->addAction(openTeamArchive);
    file->addMenu(m_recentMenu);
    file->addAction(recover);
    file->addAction(m_copyArchiveAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(taxonomy);
    edit->addAction(preferences);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_browser->columnsMenu());
    m_previewAction = make(QStringLiteral("view-preview"), tr("&Preview Pane"),
                           tr("Show the selected COE's summary, durations, actions and review under the list"),
                           QStringLiteral("actionShowPreview"));
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(true);
    connect(m_previewAction, &QAction::toggled, this, [this](bool on) {
        m_preview->setVisible(on);
        Settings::instance()->setWindowState(kPreviewShownName, on ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
        updatePreview();
    });
    view->addAction(m_previewAction);
    view->addSeparator();
    view->addAction(insights);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(guide);
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_importAction);
    bar->addAction(m_exportJsonAction);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new SearchField;
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearchAndFilters);
    connect(find, &QAction::triggered, this, [this] {
        if (m_viewList->currentRow() != CoesView)
            showView(CoesView);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
}

void MainWindow::updateActions()
{
    showDamage();
    const bool writable = m_archive && !m_archive->isReadOnly();
    const bool selected = !currentUuid().isNull();
    m_newAction->setEnabled(writable);
    m_newFromTemplateAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_copyArchiveAction->setEnabled(m_archive != nullptr);
    m_openAction->setEnabled(selected);
    m_exportJsonAction->setEnabled(selected);
    for (QAction* a : std::as_const(m_reportActions))
        a->setEnabled(selected);
    m_duplicateAction->setEnabled(selected && writable);
    m_deleteAction->setEnabled(selected && writable);
}

void MainWindow::updatePreview()
{
    if (!m_previewAction->isChecked())
        return;
    const QUuid uuid = m_browser->currentUuid();
    if (uuid.isNull() || !m_repository) {
        m_preview->clear();
        return;
    }
    const int row = m_browser->model()->rowOf(uuid);
    m_preview->showCoe(m_repository->load(uuid), m_browser->model()->index(row, CoeTableModel::TitleColumn));
}

void MainWindow::updateCount()
{
    const QLocale locale;
    switch (m_viewList->currentRow()) {
    case ActionItemsViewIndex: {
        const int n = m_actionItems->model()->totalCount();
        m_countLabel->setText(tr("%Ln action item(s)", nullptr, n));
        break;
    }
    case TrashViewIndex: {
        const int n = m_trash->model()->totalCount();
        m_countLabel->setText(tr("%Ln COE(s) in the Trash", nullptr, n));
        break;
    }
    default:
        if (m_total == 0)
            m_countLabel->setText(m_archive ? tr("No COEs yet") : QString());
        else
            // "1 of 1 COE", "3 of 10 COEs": the noun agrees with the total.
            m_countLabel->setText(tr("%1 of %Ln COE(s)", nullptr, m_total).arg(locale.toString(m_found)));
        break;
    }
}

void MainWindow::showView(View view)
{
    if (m_viewList->currentRow() != view)
        m_viewList->setCurrentRow(view); // comes back here through currentRowChanged
    m_views->setCurrentIndex(view);
    m_filters->setEnabled(view == CoesView);
    m_search->setEnabled(view == CoesView);
    if (view == ActionItemsViewIndex)
        m_actionItems->refresh();
    else if (view == TrashViewIndex)
        m_trash->refresh();
    updateActions();
    updateCount();
}

void MainWindow::applySearchAndFilters()
{
    CoeQuery query;
    query.text = m_search->text();
    m_filters->applyTo(&query, Settings::instance()->displayTimeZone());
    m_browser->setQuery(query);
    updateActions();
}

void MainWindow::prepareViews()
{
    CoeCatalog catalog(*m_archive);
    m_filters->setChoices(catalog.services(), catalog.tags(), catalog.owners());
    // "Today" (overdue counts) is DayClock's: the models follow it past midnight.
    m_browser->setDisplayZone(Settings::instance()->displayTimeZone());
    CoeQuery query;
    query.text = m_search->text();
    m_filters->applyTo(&query, Settings::instance()->displayTimeZone());
    m_browser->setQuery(query); // no archive yet: nothing is read
}

void MainWindow::reload()
{
    if (!m_archive)
        return;
    prepareViews();
    m_browser->refresh();
    if (m_views->currentIndex() == ActionItemsViewIndex)
        m_actionItems->refresh();
    if (m_views->currentIndex() == TrashViewIndex)
        m_trash->refresh();
    if (!m_browser->model()->lastError().isEmpty())
        m_banner->showMessage(Banner::Kind::Error, m_browser->model()->lastError());
    updateActions();
}

QUuid MainWindow::currentUuid() const
{
    if (m_views->currentIndex() != CoesView)
        return {};
    return m_browser->currentUuid();
}

} // namespace hindsight
