// SPDX-License-Identifier: MIT
#include "WhyTreeModel.h"
#include "itemmodels/ToolTip.h"
#include "domain/CommentCounts.h"
#include "itemmodels/CommentMarker.h"

namespace hindsight {

using L = CoeDocument::List;
using WF = CoeDocument::WhyField;

WhyTreeModel::WhyTreeModel(CoeDocument* document, QObject* parent)
    : QAbstractItemModel(parent), m_doc(document)
{
    commentmarker::refreshOnReviewChange(this, document);
    // The document keeps parents before their children in its list (see
    // orderWhys), removes leaves before their parents and inserts parents
    // before their children, so each change is one row under a known parent.
    connect(document, &CoeDocument::whyAboutToBeInserted, this, [this](int row, const QString& parentId) {
        int position = 0;
        for (int r : childRows(parentId))
            if (r < row)
                ++position;
        beginInsertRows(indexOf(parentId), position, position);
    });
    connect(document, &CoeDocument::rowsInserted, this, [this](L l) {
        if (l == L::Whys)
            endInsertRows();
    });
    connect(document, &CoeDocument::rowsAboutToBeRemoved, this, [this](L l, int row) {
        if (l != L::Whys)
            return;
        const WhyStep& w = m_doc->coe().whys[row];
        const int position = siblingPosition(row);
        beginRemoveRows(indexOf(w.parentId), position, position);
    });
    connect(document, &CoeDocument::rowsRemoved, this, [this](L l) {
        if (l == L::Whys)
            endRemoveRows();
    });
    connect(document, &CoeDocument::rowChanged, this, [this](L l, int row) {
        if (l == L::Whys) {
            const QModelIndex first = indexOf(m_doc->coe().whys[row].id);
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        } else if (l == L::Actions) {
            // Linked action titles may have changed: every why.
            for (const auto& w : m_doc->coe().whys) {
                const QModelIndex i = indexOf(w.id);
                emit dataChanged(i, i, {LinkedActionsRole, Qt::ToolTipRole});
            }
        }
    });
    connect(document, &CoeDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &CoeDocument::reset, this, [this] { endResetModel(); });
}

QList<int> WhyTreeModel::childRows(const QString& parentId) const
{
    QList<int> rows;
    const auto& whys = m_doc->coe().whys;
    for (int r = 0; r < whys.size(); ++r)
        if (whys[r].parentId == parentId)
            rows << r;
    return rows;
}

int WhyTreeModel::siblingPosition(int docRow) const
{
    return int(childRows(m_doc->coe().whys[docRow].parentId).indexOf(docRow));
}

quintptr WhyTreeModel::keyOf(const QString& id) const
{
    auto it = m_keys.constFind(id);
    if (it != m_keys.cend())
        return *it;
    const quintptr key = m_nextKey++;
    m_keys.insert(id, key);
    m_ids.insert(key, id);
    return key;
}

int WhyTreeModel::docRowOf(const QModelIndex& index) const
{
    if (!index.isValid() || !m_doc)
        return -1;
    return m_doc->whyRow(m_ids.value(index.internalId()));
}

QString WhyTreeModel::idOf(const QModelIndex& index) const
{
    return index.isValid() ? m_ids.value(index.internalId()) : QString();
}

QModelIndex WhyTreeModel::indexOf(const QString& id, int column) const
{
    if (id.isEmpty() || !m_doc)
        return {};
    const int row = m_doc->whyRow(id);
    if (row < 0)
        return {};
    return createIndex(siblingPosition(row), column, keyOf(id));
}

QModelIndex WhyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_doc || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QString parentId = idOf(parent);
    const QList<int> rows = childRows(parentId);
    if (row >= rows.size())
        return {};
    return createIndex(row, column, keyOf(m_doc->coe().whys[rows[row]].id));
}

QModelIndex WhyTreeModel::parent(const QModelIndex& child) const
{
    const int row = docRowOf(child);
    if (row < 0)
        return {};
    return indexOf(m_doc->coe().whys[row].parentId);
}

int WhyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_doc || (parent.isValid() && parent.column() != 0))
        return 0;
    if (parent.isValid() && docRowOf(parent) < 0)
        return 0;
    return int(childRows(idOf(parent)).size());
}

int WhyTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant WhyTreeModel::data(const QModelIndex& index, int role) const
{
    namespace cm = commentmarker;
    if (role != cm::UnresolvedCommentsRole && role != Qt::DecorationRole && role != Qt::ToolTipRole)
        return itemData(index, role);
    if (!(m_doc && index.isValid() && index.model() == this))
        return {};
    const QVariant base = role == cm::UnresolvedCommentsRole ? QVariant() : itemData(index, role);
    const int count = unresolvedCommentsOn(m_doc->coe().review, QStringLiteral("why:") + index.data(IdRole).toString());
    const QVariant marked = cm::data(count, role, index.column() == 0, base);
    return marked.isValid() ? marked : base;
}

QVariant WhyTreeModel::itemData(const QModelIndex& index, int role) const
{
    const int row = docRowOf(index);
    if (row < 0)
        return {};
    const WhyStep& w = m_doc->coe().whys[row];
    switch (role) {
    case IdRole: return w.id;
    case DepthRole: {
        int depth = 1;
        for (QString p = w.parentId; !p.isEmpty() && depth < 1000; ++depth) {
            const int r = m_doc->whyRow(p);
            p = r >= 0 ? m_doc->coe().whys[r].parentId : QString();
        }
        return depth;
    }
    case LinkedActionsRole: {
        QStringList titles;
        for (const auto& a : m_doc->coe().actionItems)
            if (a.whys.contains(w.id))
                titles << a.title;
        return titles;
    }
    default: break;
    }
    switch (index.column()) {
    case WhyColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return w.why;
        if (role == Qt::ToolTipRole)
            return plainToolTip(w.because);
        break;
    case BecauseColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return w.because;
        if (role == Qt::ToolTipRole)
            return plainToolTip(w.because);
        break;
    case RootCauseColumn:
        if (role == Qt::CheckStateRole)
            return w.rootCause ? Qt::Checked : Qt::Unchecked;
        break;
    case HumanErrorColumn:
        if (role == Qt::CheckStateRole)
            return w.humanError ? Qt::Checked : Qt::Unchecked;
        break;
    default: break;
    }
    return {};
}

bool WhyTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const QString id = idOf(index);
    if (docRowOf(index) < 0)
        return false;
    switch (index.column()) {
    case WhyColumn:
        if (role != Qt::EditRole)
            return false;
        m_doc->setWhyField(id, WF::Why, value.toString());
        return true;
    case BecauseColumn:
        if (role != Qt::EditRole)
            return false;
        m_doc->setWhyField(id, WF::Because, value.toString());
        return true;
    case RootCauseColumn:
    case HumanErrorColumn: {
        if (role != Qt::CheckStateRole)
            return false;
        const WF field = index.column() == RootCauseColumn ? WF::RootCause : WF::HumanError;
        m_doc->setWhyField(id, field, value.toInt() == Qt::Checked);
        return true;
    }
    default: return false;
    }
}

Qt::ItemFlags WhyTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == RootCauseColumn || index.column() == HumanErrorColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant WhyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhyColumn: return tr("Why?");
    case BecauseColumn: return tr("Because");
    case RootCauseColumn: return tr("Root cause");
    case HumanErrorColumn: return tr("Human error");
    default: return {};
    }
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_WhyTreeModel.cpp"
