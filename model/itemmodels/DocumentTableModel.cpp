// SPDX-License-Identifier: MIT
#include "DocumentTableModel.h"

namespace hindsight {

DocumentTableModel::DocumentTableModel(CoeDocument* document, CoeDocument::List list, QObject* parent)
    : QAbstractTableModel(parent), m_doc(document), m_list(list)
{
    using L = CoeDocument::List;
    connect(document, &CoeDocument::rowsAboutToBeInserted, this, [this](L l, int first, int last) {
        if (l == m_list)
            beginInsertRows({}, first, last);
    });
    connect(document, &CoeDocument::rowsInserted, this, [this](L l) {
        if (l == m_list) {
            endInsertRows();
            onListChanged();
        }
    });
    connect(document, &CoeDocument::rowsAboutToBeRemoved, this, [this](L l, int first, int last) {
        if (l == m_list)
            beginRemoveRows({}, first, last);
    });
    connect(document, &CoeDocument::rowsRemoved, this, [this](L l) {
        if (l == m_list) {
            endRemoveRows();
            onListChanged();
        }
    });
    connect(document, &CoeDocument::rowAboutToBeMoved, this, [this](L l, int from, int to) {
        if (l == m_list)
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &CoeDocument::rowMoved, this, [this](L l) {
        if (l == m_list) {
            endMoveRows();
            onListChanged();
        }
    });
    connect(document, &CoeDocument::rowChanged, this, [this](L l, int row) {
        if (l == m_list) {
            onRowChanged(row);
            onListChanged();
        }
    });
    connect(document, &CoeDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &CoeDocument::reset, this, [this] {
        endResetModel();
        onListChanged();
    });
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_doc ? 0 : listSize();
}

void DocumentTableModel::onRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_DocumentTableModel.cpp"
