// SPDX-License-Identifier: MIT
#include "itemmodels/ArchiveActionModel.h"
#include "itemmodels/ToolTip.h"

#include "domain/DisplayNames.h"
#include "settings/DayClock.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QScopedValueRollback>

namespace hindsight {

ArchiveActionModel::ArchiveActionModel(QObject* parent) : QAbstractTableModel(parent)
{
    connect(DayClock::instance(), &DayClock::dayChanged, this, [this] {
        if (!m_today.isValid() && m_archive)
            refresh();
    });
}

QDate ArchiveActionModel::today() const
{
    return m_today.isValid() ? m_today : DayClock::instance()->today();
}

void ArchiveActionModel::setArchive(Archive* archive)
{
    m_archive = archive;
    refresh();
}

void ArchiveActionModel::setQuery(const ActionItemQuery& query)
{
    m_query = query;
    refresh();
}

void ArchiveActionModel::setToday(const QDate& today)
{
    m_today = today;
}

void ArchiveActionModel::refresh()
{
    const QScopedValueRollback<bool> guard(m_fetching, true); // no fetchMore() while resetting
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_archive) {
        ActionItemCatalog catalog(*m_archive);
        m_total = qMax(0, catalog.count(m_query, today(), &m_error));
        if (m_total > 0)
            m_rows = catalog.rows(m_query, today(), 0, m_pageSize, &m_error);
        if (!m_error.isEmpty())
            m_total = int(m_rows.size());
    }
    endResetModel();
    emit refreshed(m_error);
}

QList<ActionItemRow> ArchiveActionModel::allRows(QString* error) const
{
    if (!m_archive)
        return {};
    return ActionItemCatalog(*m_archive).rows(m_query, today(), 0, std::numeric_limits<int>::max(), error);
}

int ArchiveActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArchiveActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArchiveActionModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_archive && m_rows.size() < m_total;
}

void ArchiveActionModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    QString error;
    const QList<ActionItemRow> more =
        ActionItemCatalog(*m_archive).rows(m_query, today(), int(m_rows.size()), m_pageSize, &error);
    if (more.isEmpty()) {
        m_error = error;
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows << more;
    endInsertRows();
}

void ArchiveActionModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ActionItemQuery::Sort> kSort = {
        {TitleColumn, ActionItemQuery::Sort::Title},       {CoeColumn, ActionItemQuery::Sort::Coe},
        {PriorityColumn, ActionItemQuery::Sort::Priority}, {OwnerColumn, ActionItemQuery::Sort::Owner},
        {DueColumn, ActionItemQuery::Sort::Due},           {StatusColumn, ActionItemQuery::Sort::Status},
        {DaysOverdueColumn, ActionItemQuery::Sort::DaysOverdue},
    };
    const ActionItemQuery::Sort sort = kSort.value(column, ActionItemQuery::Sort::Due);
    if (sort == m_query.sort && order == m_query.order)
        return;
    m_query.sort = sort;
    m_query.order = order;
    refresh();
}

QString ArchiveActionModel::priorityText(Priority priority)
{
    return displayName(priority);
}

QString ArchiveActionModel::statusText(ActionStatus status)
{
    return displayName(status);
}

QVariant ArchiveActionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItemRow& r = m_rows.at(index.row());
    switch (role) {
    case CoeUuidRole:
        return r.coeUuid;
    case PositionRole:
        return r.position;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return plainToolTip(r.title);
        if (index.column() == CoeColumn)
            return plainToolTip(r.coeTitle);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DaysOverdueColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == DaysOverdueColumn && r.daysOverdue > 0)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return r.title.isEmpty() ? tr("(untitled)") : r.title;
    case CoeColumn:
        return r.coeTitle;
    case PriorityColumn:
        return priorityText(r.priority);
    case OwnerColumn:
        return r.owner;
    case DueColumn:
        return r.due.isValid() ? r.due.toString(Qt::ISODate) : QString();
    case StatusColumn:
        return statusText(r.status);
    case DaysOverdueColumn:
        return r.daysOverdue > 0 ? QVariant(r.daysOverdue) : QVariant();
    }
    return {};
}

QVariant ArchiveActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Action item");
    case CoeColumn:
        return tr("COE");
    case PriorityColumn:
        return tr("Priority");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case DaysOverdueColumn:
        return tr("Days overdue");
    }
    return {};
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_ArchiveActionModel.cpp"
