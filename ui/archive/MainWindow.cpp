// SPDX-License-Identifier: MIT
#include "archive/MainWindow.h"

#include "archive/EmptyState.h"
#include "archive/ImportFlow.h"
#include "editor/EditorWindow.h"
#include "exchange/CoeJson.h"
#include "itemmodels/CoeListModel.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace hindsight {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("archiveWindow"));
    m_model = new CoeListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("coeTableView"));
    m_table->setAccessibleName(tr("COEs in this archive"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CoeListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CoeListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CoeListModel::UpdatedColumn,
                                                      QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::activated, this, [this] { openCoe(currentUuid()); });

    auto* empty = new EmptyState;
    m_banner = new Banner;
    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_archiveLabel = new QLabel;
    m_archiveLabel->setObjectName(QStringLiteral("archiveLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_archiveLabel);

    createActions();
    connect(empty, &EmptyState::newRequested, m_newAction, &QAction::trigger);
    connect(empty, &EmptyState::importRequested, m_importAction, &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    resize(1000, 640);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString& icon, const QString& text, const QString& tip, const QString& name,
                       QKeySequence key = {}) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        a->setStatusTip(tip);
        a->setShortcut(key);
        return a;
    };
    m_newAction = make(QStringLiteral("document-new"), tr("&New COE"), tr("Start a new COE in this archive"),
                       QStringLiteral("actionNewCoe"), QKeySequence::New);
    m_openAction = make(QStringLiteral("document-open"), tr("&Open COE"), tr("Open the selected COE"),
                        QStringLiteral("actionOpenCoe"));
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
                             QKeySequence::Open);
    auto* quit = make(QStringLiteral("application-exit"), tr("&Quit"), tr("Quit Hindsight"),
                      QStringLiteral("actionQuit"), QKeySequence::Quit);

    connect(m_newAction, &QAction::triggered, this, [this] { newCoe(); });
    connect(m_openAction, &QAction::triggered, this, [this] { openCoe(currentUuid()); });
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFiles);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);
    connect(newArchive, &QAction::triggered, this, [this] { chooseArchive(true); });
    connect(openArchive, &QAction::triggered, this, [this] { chooseArchive(false); });
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportJsonAction);
    file->addSeparator();
    file->addAction(newArchive);
    file->addAction(openArchive);
    file->addSeparator();
    file->addAction(quit);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_importAction);
}

void MainWindow::updateActions()
{
    const bool writable = m_archive && !m_archive->isReadOnly();
    const bool selected = !currentUuid().isNull();
    m_newAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_openAction->setEnabled(selected);
    m_exportJsonAction->setEnabled(selected);
}

bool MainWindow::openArchive(const QString& path)
{
    QString error;
    auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!archive) {
        m_banner->showMessage(Banner::Kind::Error, error);
        return false;
    }
    m_repository.reset();
    m_archive = std::move(archive);
    m_repository = std::make_unique<CoeRepository>(*m_archive);
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Hindsight").arg(QFileInfo(path).fileName()));
    m_archiveLabel->setText(QDir::toNativeSeparators(path));
    m_archiveLabel->setToolTip(QDir::toNativeSeparators(path));
    if (m_archive->openedReadOnlyFallback())
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("%1 cannot be written, so it was opened read-only: you can read and "
                                 "export COEs but not change them.")
                                  .arg(QDir::toNativeSeparators(path)));
    else
        m_banner->hide();
    reload();
    return true;
}

void MainWindow::reload()
{
    if (!m_repository)
        return;
    const QUuid keep = currentUuid();
    QString error;
    m_model->setHeaders(m_repository->list(&error));
    if (!error.isEmpty())
        m_banner->showMessage(Banner::Kind::Error, error);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    m_countLabel->setText(tr("%n COE(s)", nullptr, m_model->rowCount()));
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    updateActions();
}

QUuid MainWindow::currentUuid() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), index.parent()))
        return {};
    return index.data(CoeListModel::UuidRole).toUuid();
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
    if (!summary.text.isEmpty())
        m_banner->showMessage(summary.failed ? Banner::Kind::Warning : Banner::Kind::Info, summary.text,
                              summary.details.isEmpty() ? QString() : tr("Show Details"));
    disconnect(m_banner, &Banner::actionTriggered, nullptr, nullptr);
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

QUuid MainWindow::newCoe()
{
    if (!m_repository)
        return {};
    Coe coe = makeNewCoe(tr("Untitled COE"));
    const SaveResult saved = m_repository->save(coe);
    if (!saved.ok()) {
        m_banner->showMessage(Banner::Kind::Error, saved.error);
        return {};
    }
    reload();
    openCoe(coe.uuid);
    return coe.uuid;
}

void MainWindow::openCoe(const QUuid& uuid, int page, int row)
{
    if (uuid.isNull() || !m_archive)
        return;
    QString error;
    EditorWindow* editor = EditorWindow::openCoe(*m_archive, uuid, nullptr, &error);
    if (!editor) {
        m_banner->showMessage(Banner::Kind::Error, error);
        return;
    }
    connect(editor, &EditorWindow::coeSaved, this, &MainWindow::reload, Qt::UniqueConnection);
    if (page >= 0)
        editor->showPage(page, row);
}

} // namespace hindsight
