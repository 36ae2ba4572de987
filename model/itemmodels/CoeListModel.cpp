// SPDX-License-Identifier: MIT
#include "itemmodels/CoeListModel.h"

#include <QLocale>

namespace hindsight {

CoeListModel::CoeListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CoeListModel::setHeaders(QList<CoeHeader> headers)
{
    beginResetModel();
    m_headers = std::move(headers);
    endResetModel();
}

int CoeListModel::rowOf(const QUuid& uuid) const
{
    for (int i = 0; i < m_headers.size(); ++i)
        if (m_headers.at(i).uuid == uuid)
            return i;
    return -1;
}

int CoeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int CoeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CoeListModel::statusText(Status status)
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

QVariant CoeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoeHeader& h = m_headers.at(index.row());
    if (role == UuidRole)
        return h.uuid;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return h.title;
    if (role == Qt::TextAlignmentRole && index.column() == SeverityColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return h.title.isEmpty() ? tr("(untitled)") : h.title;
    case StatusColumn:
        return statusText(h.status);
    case SeverityColumn:
        return h.severity ? QVariant(*h.severity) : QVariant();
    case UpdatedColumn:
        // Unambiguous and sortable: date, time and zone.
        return h.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    }
    return {};
}

QVariant CoeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case UpdatedColumn:
        return tr("Last updated");
    }
    return {};
}

} // namespace hindsight
