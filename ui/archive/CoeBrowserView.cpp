// SPDX-License-Identifier: MIT
#include "archive/CoeBrowserView.h"

#include "archive/CoeTitleDelegate.h"
#include "archive/EmptyState.h"
#include "itemmodels/CoeTableModel.h"
#include "settings/Settings.h"
#include "storage/ArchiveSearch.h"
#include "templates/CheckRequirements.h"

#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QScrollBar>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace hindsight {

namespace {
const QString kStateName = QStringLiteral("archive.coeTable");
}

CoeBrowserView::CoeBrowserView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coeBrowserView"));
    m_model = new CoeTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("coeTableView"));
    m_table->setAccessibleName(tr("COEs in this archive"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CoeTitleDelegate(m_table)); // the snippet spans the row
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CoeTableModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(36);
    // An instant is as wide as the longest the model writes ("UTC-05", "≈ ").
    const int instant = m_table->fontMetrics().horizontalAdvance(QStringLiteral("2024-03-07 09:02 UTC-05")) + 16;
    header->resizeSection(CoeTableModel::IncidentColumn, std::max(145, instant));
    header->resizeSection(CoeTableModel::SeverityColumn, 40);
    header->resizeSection(CoeTableModel::StatusColumn, 80);
    header->resizeSection(CoeTableModel::OwnerColumn, 115);
    header->resizeSection(CoeTableModel::ServicesColumn, 130);
    header->resizeSection(CoeTableModel::OpenActionsColumn, 50);
    header->resizeSection(CoeTableModel::OverdueActionsColumn, 65);
    header->resizeSection(CoeTableModel::UpdatedColumn, std::max(145, instant));
    header->resizeSection(CoeTableModel::ReviewColumn, 80);
    header->hideSection(CoeTableModel::DeletedColumn);
    // Until the user chooses (View › Columns), the title gets the width:
    // services and the last update are one click away, the preview has the rest.
    header->hideSection(CoeTableModel::ServicesColumn);
    header->hideSection(CoeTableModel::UpdatedColumn);
    header->setContextMenuPolicy(Qt::CustomContextMenu);

    m_columnsMenu = new QMenu(tr("&Columns"), this);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    for (int c = 0; c < CoeTableModel::ColumnCount; ++c) {
        if (c == CoeTableModel::TitleColumn || c == CoeTableModel::DeletedColumn)
            continue; // the title always shows; the trash time belongs to the Trash
        QAction* a = m_columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("columnAction%1").arg(c));
        a->setCheckable(true);
        a->setData(c);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->horizontalHeader()->setSectionHidden(c, !on);
            saveState();
        });
    }
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        for (QAction* a : m_columnsMenu->actions()) {
            const QSignalBlocker block(a);
            a->setChecked(!m_table->horizontalHeader()->isSectionHidden(a->data().toInt()));
        }
    });
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& pos) { m_columnsMenu->popup(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveState(); });
    connect(header, &QHeaderView::sectionResized, this, [this] { saveState(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder order) {
        if (section >= 0 && !CoeTableModel::isSortable(section)) {
            // The review counts are not in SQL: keep the order the table has.
            const QSignalBlocker block(header);
            header->setSortIndicator(CoeTableModel::columnForSort(m_query.sort), m_query.order);
            return;
        }
        m_model->sort(section, order); // -1: relevance when searching, else newest first
        m_query = m_model->query();
        updatePage();
    });

    Settings* settings = Settings::instance();
    const auto applyCheckOptions = [this, settings] { m_model->setCheckOptions(templates::checkOptions(*settings)); };
    applyCheckOptions();
    connect(settings, &Settings::requirementsChanged, this, applyCheckOptions);
    connect(settings, &Settings::changed, this, [applyCheckOptions](Settings::Key key) {
        if (key == Settings::Key::GapThresholdMinutes || key == Settings::Key::ActionItemSlaDays
            || key == Settings::Key::TeamNames)
            applyCheckOptions();
    });

    m_empty = new EmptyState;
    m_noMatches = new QLabel(tr("No COEs match the search and filters.\nTry fewer words or clear a filter."));
    m_noMatches->setObjectName(QStringLiteral("noMatchesLabel"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("coeStack"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_noMatches);
    // Above the table: "Searching…" when a search takes more than 200 ms,
    // and a note when the search text was cut to its maximum.
    m_busy = new QLabel(tr("Searching…"));
    m_busy->setObjectName(QStringLiteral("searchBusyLabel"));
    m_busy->hide();
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("searchNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_busyTimer = new QTimer(this);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(200);
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        m_busy->show();
        m_table->setCursor(Qt::BusyCursor);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack);

    // Searches run off the GUI thread; a superseded one's rows never show.
    m_model->setBackgroundSearch(true);
    connect(m_model, &CoeTableModel::searchingChanged, this, [this](bool searching) {
        if (searching) {
            m_busyTimer->start();
            return;
        }
        m_busyTimer->stop();
        m_busy->hide();
        m_table->unsetCursor();
    });
    connect(m_model, &CoeTableModel::refreshed, this, [this] {
        if (m_model->searching())
            return;
        updatePage();
        if (!m_keepUuid.isNull())
            selectUuid(std::exchange(m_keepUuid, QUuid()));
    });

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(CoeTableModel::UuidRole).toUuid());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoeBrowserView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoeBrowserView::selectionChanged);
    restoreState();
    updateRowHeight();
}

CoeBrowserView::~CoeBrowserView()
{
    saveState();
}

void CoeBrowserView::saveState() const
{
    Settings::instance()->setWindowState(kStateName, m_table->horizontalHeader()->saveState());
}

void CoeBrowserView::restoreState()
{
    const QByteArray state = Settings::instance()->windowState(kStateName);
    QHeaderView* header = m_table->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state)) {
        header->setSectionHidden(CoeTableModel::TitleColumn, false);
        header->setSectionHidden(CoeTableModel::DeletedColumn, true);
        header->setSectionResizeMode(CoeTableModel::TitleColumn, QHeaderView::Stretch);
        if (header->sortIndicatorSection() >= 0 && !CoeTableModel::isSortable(header->sortIndicatorSection())) {
            const QSignalBlocker block(header);
            header->setSortIndicator(-1, Qt::AscendingOrder);
        }
    }
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_query = m_model->query();
}

void CoeBrowserView::setArchive(Archive* archive)
{
    m_archive = archive;
    m_total = m_archive ? CoeCatalog(*m_archive).total() : 0;
    m_model->setArchive(archive); // count and first page
    updatePage();
}

void CoeBrowserView::setQuery(const CoeQuery& query)
{
    const bool startsSearching = m_query.text.trimmed().isEmpty() && !query.text.trimmed().isEmpty();
    CoeQuery next = query;
    next.trash = false;
    next.sort = m_query.sort;
    next.order = m_query.order;
    if (startsSearching && ftsQueryFor(query.text).size() > 0) {
        // A new search lists the best match first; a column click sorts the matches.
        next.sort = CoeQuery::Sort::Relevance;
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    if (next == m_query && m_model->query() == next)
        return;
    m_query = next;
    m_model->setQuery(m_query);
    updatePage();
}

void CoeBrowserView::setToday(const QDate& today)
{
    m_model->setToday(today);
}

void CoeBrowserView::setDisplayZone(const QTimeZone& zone)
{
    m_model->setDisplayZone(zone);
}

void CoeBrowserView::refresh()
{
    const QUuid keep = currentUuid();
    // The archive's size changes only here (not per keystroke of a search).
    m_total = m_archive ? CoeCatalog(*m_archive).total() : 0;
    m_keepUuid = keep; // selected again when the rows are there (a search answers later)
    m_model->refresh();
    if (!m_model->searching())
        selectUuid(std::exchange(m_keepUuid, QUuid()));
    updatePage();
}

void CoeBrowserView::refreshKeepingView()
{
    const QList<QUuid> selected = selectedUuids();
    const QModelIndex currentIndex = m_table->selectionModel()->currentIndex();
    const QUuid current = currentIndex.isValid() ? currentIndex.data(CoeTableModel::UuidRole).toUuid() : QUuid();
    const int loaded = m_model->rowCount();
    const int scroll = m_table->verticalScrollBar()->value();
    const int hscroll = m_table->horizontalScrollBar()->value();
    refresh();
    if (m_model->searching())
        return; // the rows come later; refresh() selects the current one again then
    while (m_model->rowCount() < loaded && m_model->canFetchMore({}))
        m_model->fetchMore({});
    QItemSelection selection;
    for (const QUuid& uuid : selected) {
        const int row = m_model->rowOf(uuid);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, qMax(0, currentIndex.column())),
                                                   QItemSelectionModel::NoUpdate);
    m_table->verticalScrollBar()->setValue(scroll);
    m_table->horizontalScrollBar()->setValue(hscroll);
}

void CoeBrowserView::updatePage()
{
    // A text without a letter or digit is nothing to search for (it lists nothing).
    const bool wordless = !m_query.text.trimmed().isEmpty() && !hasSearchableText(m_query.text);
    m_noMatches->setText(wordless ? nothingToSearchNotice()
                                  : tr("No COEs match the search and filters.\nTry fewer words or clear a filter."));
    const bool cut = prepareSearch(m_query.text).cut;
    m_notice->setText(cut ? searchCutNotice() : QString());
    m_notice->setVisible(cut);
    if (m_total <= 0)
        m_stack->setCurrentWidget(m_empty);
    else if (m_model->totalCount() == 0)
        m_stack->setCurrentWidget(m_noMatches);
    else
        m_stack->setCurrentWidget(m_table);
    updateRowHeight();
    emit countsChanged(m_model->totalCount(), qMax(0, m_total));
}

void CoeBrowserView::updateRowHeight()
{
    // Uniform rows (fast with many rows): two lines while searching, for the snippet.
    const int line = m_table->fontMetrics().height();
    const bool searching = !ftsQueryFor(m_query.text).isEmpty();
    m_table->verticalHeader()->setDefaultSectionSize(searching ? 2 * line + 12 : line + 8);
}

QUuid CoeBrowserView::currentUuid() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), index.parent()))
        return {};
    return index.data(CoeTableModel::UuidRole).toUuid();
}

QList<QUuid> CoeBrowserView::selectedUuids() const
{
    QList<QUuid> uuids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        uuids << index.data(CoeTableModel::UuidRole).toUuid();
    return uuids;
}

void CoeBrowserView::selectUuid(const QUuid& uuid)
{
    if (uuid.isNull())
        return;
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

} // namespace hindsight
