// SPDX-License-Identifier: MIT
#include "itemmodels/CoeTableModel.h"

#include "storage/ArchiveSearch.h"

#include <QHash>
#include <QScopedValueRollback>

namespace hindsight {

CoeTableModel::CoeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

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

void CoeTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

QString CoeTableModel::instantText(const QDateTime& utc, const QTimeZone& zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    const QString abbreviation = zone == QTimeZone::utc() ? QStringLiteral("UTC") : zone.abbreviation(utc);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + abbreviation;
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
    const QScopedValueRollback<bool> guard(m_fetching, true); // no fetchMore() while resetting
    beginResetModel();
    m_rows.clear();
    m_incidentText.clear();
    m_total = 0;
    m_error.clear();
    if (m_archive) {
        CoeCatalog catalog(*m_archive);
        m_total = catalog.count(m_query, m_today, &m_error);
        if (m_total < 0)
            m_total = 0;
        else if (m_total > 0)
            m_rows = catalog.rows(m_query, m_today, 0, currentPageSize(), &m_error, m_total);
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
    return !parent.isValid() && m_archive && m_rows.size() < m_total;
}

void CoeTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    QString error;
    const QList<CoeRow> more = CoeCatalog(*m_archive).rows(m_query, m_today, int(m_rows.size()), currentPageSize(), &error, m_total);
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

void CoeTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, CoeQuery::Sort> kSort = {
        {TitleColumn, CoeQuery::Sort::Title},
        {IncidentColumn, CoeQuery::Sort::Incident},
        {SeverityColumn, CoeQuery::Sort::Severity},
        {StatusColumn, CoeQuery::Sort::Status},
        {OwnerColumn, CoeQuery::Sort::Owner},
        {ServicesColumn, CoeQuery::Sort::Services},
        {OpenActionsColumn, CoeQuery::Sort::OpenActions},
        {OverdueActionsColumn, CoeQuery::Sort::OverdueActions},
        {UpdatedColumn, CoeQuery::Sort::Updated},
        {DeletedColumn, CoeQuery::Sort::Deleted},
    };
    const CoeQuery::Sort sort = kSort.value(column, CoeQuery::Sort::Relevance);
    if (sort == m_query.sort && order == m_query.order)
        return;
    m_query.sort = sort;
    m_query.order = order;
    refresh();
}

QString CoeTableModel::statusText(Status status)
{
    switch (status) {
    case Status::Draft:
        return tr("Draft");
    case Status::InReview:
        return tr("In review");
    case Status::Approved:
        return tr("Approved");
    case Status::Closed:
        return tr("Closed");
    }
    return {};
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
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return r.title;
        if (index.column() == ServicesColumn)
            return r.services;
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SeverityColumn:
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
        return r.title.isEmpty() ? tr("(untitled)") : r.title;
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
    }
    return {};
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
    }
    return {};
}

} // namespace hindsight
