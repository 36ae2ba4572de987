// SPDX-License-Identifier: MIT
#include "itemmodels/CoeTableModel.h"
#include "itemmodels/ToolTip.h"
#include "document/TimeParser.h"
#include "domain/DisplayNames.h"

#include "settings/DayClock.h"
#include "storage/Archive.h"
#include "storage/ArchiveSearch.h"
#include "storage/CoeRepository.h"

#include <QHash>
#include <QPointer>
#include <QScopedValueRollback>
#include <QThread>

#include <atomic>

namespace hindsight {

namespace {
QStringList incidentTexts(const QList<CoeRow>& rows);
}

// The worker thread of background searches. Its Archive is opened, used and
// closed on that thread only (a QSqlDatabase connection belongs to one thread).
struct CoeTableModel::Worker
{
    QThread thread;
    QObject* context = nullptr; // lives in `thread`: queued calls run there
    std::unique_ptr<Archive> archive; // worker thread only
    QString path;                     // worker thread only
    std::atomic<quint64> latest{0};   // newest generation asked for: older ones are skipped

    ~Worker()
    {
        // Close the connection on its own thread, then stop the thread.
        QMetaObject::invokeMethod(context, [this] { archive.reset(); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete context;
    }
};

CoeTableModel::CoeTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    connect(DayClock::instance(), &DayClock::dayChanged, this, [this] {
        if (!m_today.isValid() && m_archive)
            refresh();
    });
}

QDate CoeTableModel::today() const
{
    return m_today.isValid() ? m_today : DayClock::instance()->today();
}

CoeTableModel::~CoeTableModel() = default;

void CoeTableModel::setBackgroundSearch(bool on)
{
    m_background = on;
    if (on && !m_worker) {
        m_worker = std::make_shared<Worker>();
        m_worker->thread.setObjectName(QStringLiteral("hindsight-search"));
        m_worker->context = new QObject;
        m_worker->context->moveToThread(&m_worker->thread);
        m_worker->thread.start();
    }
}

void CoeTableModel::startBackgroundSearch()
{
    const quint64 generation = ++m_generation;
    const bool wasSearching = searching();
    m_pending = generation;
    m_worker->latest = generation;
    Worker* worker = m_worker.get();
    const QString path = m_archive->location(); // opened again on the worker thread
    const CoeQuery query = m_query;
    const QDate today = this->today();
    const int pageSize = currentPageSize();
    const int delayMs = m_testDelayMs;
    // The model outlives any call it posts: ~Worker (run by ~CoeTableModel)
    // waits for the thread, and the model's pending events die with it.
    QMetaObject::invokeMethod(worker->context, [this, worker, generation, path, query, today, pageSize, delayMs] {
        if (worker->latest != generation)
            return; // superseded before it started
        if (delayMs > 0)
            QThread::msleep(static_cast<unsigned long>(delayMs));
        QString error;
        if (!worker->archive || worker->path != path) {
            worker->archive.reset();
            worker->archive = Archive::open(path, Archive::Access::ReadOnly, &error);
            worker->path = path;
        }
        int total = 0;
        QList<CoeRow> rows;
        if (worker->archive && worker->latest == generation) {
            CoeCatalog catalog(*worker->archive);
            total = catalog.count(query, today, &error);
            if (total > 0 && worker->latest == generation)
                rows = catalog.rows(query, today, 0, pageSize, &error, total);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, total, rows, error] { applySearch(generation, total, rows, error); },
            Qt::QueuedConnection);
    });
    if (!wasSearching)
        emit searchingChanged(true);
}

void CoeTableModel::applySearch(quint64 generation, int total, const QList<CoeRow>& rows, const QString& error)
{
    if (generation != m_pending)
        return; // a newer query superseded this one: its rows are never shown
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_rows = rows;
    checkRows(m_rows);
    m_incidentText = incidentTexts(m_rows);
    m_error = error;
    m_total = total < 0 ? 0 : total;
    if (!m_error.isEmpty())
        m_total = int(m_rows.size());
    m_pending = 0;
    endResetModel();
    emit searchingChanged(false);
    emit refreshed(m_error);
}

void CoeTableModel::setArchive(Archive* archive)
{
    m_archive = archive;
    refresh();
}

void CoeTableModel::setQuery(const CoeQuery& query)
{
    m_query = query;
    refresh();
}

void CoeTableModel::setToday(const QDate& today)
{
    m_today = today;
}

void CoeTableModel::setDisplayZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

void CoeTableModel::setCheckOptions(const analysis::CheckOptions& options)
{
    const bool same = reviewOptionsKey(options) == reviewOptionsKey(m_options); // team names included
    m_options = options;
    if (same)
        return;
    checkRows(m_rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ReviewColumn), index(int(m_rows.size()) - 1, ReviewColumn));
}

void CoeTableModel::checkRows(QList<CoeRow>& rows) const
{
    if (!m_archive)
        return;
    const QString key = reviewOptionsKey(m_options);
    for (CoeRow& row : rows) {
        if (row.reviewErrors >= 0 && row.reviewOptions == key)
            continue;
        row.reviewErrors = row.reviewWarnings = -1;
        if (const std::optional<Coe> coe = CoeRepository(*m_archive).load(row.uuid)) {
            const ReviewCounts counts = reviewCounts(*coe, m_options);
            row.reviewErrors = counts.errors;
            row.reviewWarnings = counts.warnings;
            row.reviewOptions = key;
        }
    }
}

void CoeTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

QString CoeTableModel::instantText(const QDateTime& utc, const QTimeZone& zone)
{
    // As the editor writes it: a zone without a name is "UTC-05", not "-05".
    return TimeParser::format(utc, zone);
}

namespace {
QStringList incidentTexts(const QList<CoeRow>& rows)
{
    // Few distinct zones in an archive: build each QTimeZone once per page.
    QHash<QByteArray, QTimeZone> zones;
    QStringList texts;
    texts.reserve(rows.size());
    for (const CoeRow& r : rows) {
        auto it = zones.find(r.displayTimeZone);
        if (it == zones.end()) {
            QTimeZone zone(r.displayTimeZone);
            it = zones.insert(r.displayTimeZone, zone.isValid() ? zone : QTimeZone::utc());
        }
        texts << CoeTableModel::instantText(r.incidentAt, *it);
    }
    return texts;
}
} // namespace

void CoeTableModel::refresh()
{
    if (m_background && m_archive && hasSearchableText(m_query.text)) {
        startBackgroundSearch();
        return;
    }
    if (m_pending != 0) {
        // A query without search text supersedes the background search.
        m_pending = 0;
        if (m_worker)
            m_worker->latest = ++m_generation;
        emit searchingChanged(false);
    }
    const QScopedValueRollback<bool> guard(m_fetching, true); // no fetchMore() while resetting
    beginResetModel();
    m_rows.clear();
    m_incidentText.clear();
    m_total = 0;
    m_error.clear();
    if (m_archive) {
        CoeCatalog catalog(*m_archive);
        m_total = catalog.count(m_query, today(), &m_error);
        if (m_total < 0)
            m_total = 0;
        else if (m_total > 0)
            m_rows = catalog.rows(m_query, today(), 0, currentPageSize(), &m_error, m_total);
        checkRows(m_rows);
        m_incidentText = incidentTexts(m_rows);
        if (!m_error.isEmpty())
            m_total = int(m_rows.size());
    }
    endResetModel();
    emit refreshed(m_error);
}

int CoeTableModel::currentPageSize() const
{
    // Search rows are two lines high and each carries a snippet, which costs:
    // half the page is still more than a screen.
    return ftsQueryFor(m_query.text).isEmpty() ? m_pageSize : qMax(1, m_pageSize / 2);
}

int CoeTableModel::rowOf(const QUuid& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int CoeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CoeTableModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while a search is awaited: the rows shown are of the query before.
    return !parent.isValid() && m_archive && m_pending == 0 && m_rows.size() < m_total;
}

void CoeTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    QString error;
    QList<CoeRow> more = CoeCatalog(*m_archive).rows(m_query, today(), int(m_rows.size()), currentPageSize(), &error, m_total);
    checkRows(more);
    if (more.isEmpty()) {
        // The archive changed under us (or failed): stop asking for more.
        m_error = error;
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows << more;
    m_incidentText << incidentTexts(more);
    endInsertRows();
}

namespace {
const QHash<int, CoeQuery::Sort>& sortOfColumn()
{
    static const QHash<int, CoeQuery::Sort> kSort = {
        {CoeTableModel::TitleColumn, CoeQuery::Sort::Title},
        {CoeTableModel::IncidentColumn, CoeQuery::Sort::Incident},
        {CoeTableModel::SeverityColumn, CoeQuery::Sort::Severity},
        {CoeTableModel::StatusColumn, CoeQuery::Sort::Status},
        {CoeTableModel::OwnerColumn, CoeQuery::Sort::Owner},
        {CoeTableModel::ServicesColumn, CoeQuery::Sort::Services},
        {CoeTableModel::OpenActionsColumn, CoeQuery::Sort::OpenActions},
        {CoeTableModel::OverdueActionsColumn, CoeQuery::Sort::OverdueActions},
        {CoeTableModel::UpdatedColumn, CoeQuery::Sort::Updated},
        {CoeTableModel::DeletedColumn, CoeQuery::Sort::Deleted},
    };
    return kSort;
}
} // namespace

int CoeTableModel::columnForSort(CoeQuery::Sort sort)
{
    return sortOfColumn().key(sort, -1);
}

bool CoeTableModel::isSortable(int column)
{
    return column != ReviewColumn;
}

void CoeTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return; // counted as rows are shown: SQL cannot order by it
    const CoeQuery::Sort sort = sortOfColumn().value(column, CoeQuery::Sort::Relevance);
    if (sort == m_query.sort && order == m_query.order)
        return;
    m_query.sort = sort;
    m_query.order = order;
    refresh();
}

QString CoeTableModel::statusText(Status status)
{
    return displayName(status);
}

QVariant CoeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoeRow& r = m_rows.at(index.row());
    switch (role) {
    case UuidRole:
        return r.uuid;
    case TitleRole:
        return r.title;
    case SnippetHtmlRole:
        return r.snippet.isEmpty() ? QString() : snippetToHtml(r.snippet);
    case SnippetRole:
        return r.snippet;
    case ErrorCountRole:
    case WarningCountRole:
        if (r.reviewErrors < 0)
            return {};
        return role == ErrorCountRole ? r.reviewErrors : r.reviewWarnings;
    case Qt::AccessibleTextRole:
        if (index.column() == ReviewColumn)
            return reviewToolTip(r);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReviewColumn)
            return reviewToolTip(r);
        if (index.column() == TitleColumn)
            return plainToolTip(r.title);
        if (index.column() == ServicesColumn)
            return plainToolTip(r.services);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SeverityColumn:
        case ReviewColumn:
            return int(Qt::AlignCenter);
        case OpenActionsColumn:
        case OverdueActionsColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return r.title.trimmed().isEmpty() ? tr("Untitled COE") : r.title;
    case IncidentColumn:
        return m_incidentText.value(index.row());
    case SeverityColumn:
        return r.severity ? QVariant(*r.severity) : QVariant();
    case StatusColumn:
        return statusText(r.status);
    case OwnerColumn:
        return r.owner;
    case ServicesColumn:
        return r.services;
    case OpenActionsColumn:
        return r.openActions;
    case OverdueActionsColumn:
        return r.overdueActions > 0 ? QVariant(r.overdueActions) : QVariant();
    case UpdatedColumn:
        return instantText(r.updatedAt, m_zone);
    case DeletedColumn:
        return instantText(r.deletedAt, m_zone);
    case ReviewColumn:
        return reviewText(r);
    }
    return {};
}

QString CoeTableModel::reviewText(const CoeRow& row)
{
    if (row.reviewErrors < 0)
        return {};
    if (row.reviewErrors == 0 && row.reviewWarnings == 0)
        return QStringLiteral("\u2713"); // ✓
    QStringList parts;
    if (row.reviewErrors > 0)
        parts << tr("%1 \u2717", "errors of the review check").arg(row.reviewErrors); // ✗
    if (row.reviewWarnings > 0)
        parts << tr("%1 \u26A0", "warnings of the review check").arg(row.reviewWarnings); // ⚠
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString CoeTableModel::reviewToolTip(const CoeRow& row)
{
    if (row.reviewErrors < 0)
        return tr("The COE could not be read for the review check");
    if (row.reviewErrors == 0 && row.reviewWarnings == 0)
        return tr("The review check finds nothing to fix");
    return tr("%n errors", nullptr, row.reviewErrors) + QStringLiteral(", ") + tr("%n warnings", nullptr, row.reviewWarnings);
}

QVariant CoeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case IncidentColumn:
            return tr("When impact began (else the trigger, else the first timeline entry), in the COE's time zone");
        case SeverityColumn:
            return tr("Severity, 1 (most severe) to 5");
        case OpenActionsColumn:
            return tr("Action items open or in progress");
        case OverdueActionsColumn:
            return tr("Open action items past their due date");
        case ReviewColumn:
            return tr("Errors (\u2717) and warnings (\u26A0) the review check finds; \u2713 when it finds none");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case IncidentColumn:
        return tr("Incident");
    case SeverityColumn:
        return tr("Sev");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case ServicesColumn:
        return tr("Services");
    case OpenActionsColumn:
        return tr("Open");
    case OverdueActionsColumn:
        return tr("Overdue");
    case UpdatedColumn:
        return tr("Last updated");
    case DeletedColumn:
        return tr("Deleted");
    case ReviewColumn:
        return tr("Review");
    }
    return {};
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_CoeTableModel.cpp"
