// SPDX-License-Identifier: MIT
#include "ActionItemModel.h"
#include "itemmodels/ToolTip.h"
#include "domain/CommentCounts.h"
#include "itemmodels/CommentMarker.h"

#include "domain/DisplayNames.h"
#include "settings/DayClock.h"

#include <QBrush>
#include <QColor>

namespace hindsight {

using AF = CoeDocument::ActionField;

ActionItemModel::ActionItemModel(CoeDocument* document, QObject* parent)
    : DocumentTableModel(document, CoeDocument::List::Actions, parent)
{
    commentmarker::refreshOnReviewChange(this, document);
    // The linked whys show their text: refresh when a why changes.
    connect(document, &CoeDocument::rowChanged, this, [this](CoeDocument::List l) {
        if (l == CoeDocument::List::Whys && rowCount() > 0)
            emit dataChanged(index(0, WhysColumn), index(rowCount() - 1, WhysColumn));
    });
    connect(DayClock::instance(), &DayClock::dayChanged, this, [this] {
        if (!m_today.isValid() && rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void ActionItemModel::setToday(const QDate& today)
{
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate ActionItemModel::today() const
{
    return m_today.isValid() ? m_today : DayClock::instance()->today();
}

int ActionItemModel::listSize() const
{
    return int(m_doc->coe().actionItems.size());
}

int ActionItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActionItemModel::isOverdue(int row) const
{
    if (!m_doc || row < 0 || row >= listSize())
        return false;
    const ActionItem& a = m_doc->coe().actionItems[row];
    return a.due.isValid() && a.due < today() && a.status != ActionStatus::Done
        && a.status != ActionStatus::WontDo;
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const
{
    namespace cm = commentmarker;
    if (role != cm::UnresolvedCommentsRole && role != Qt::DecorationRole && role != Qt::ToolTipRole)
        return itemData(index, role);
    if (!(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) && m_doc))
        return {};
    const QVariant base = role == cm::UnresolvedCommentsRole ? QVariant() : itemData(index, role);
    const int count = unresolvedCommentsOn(m_doc->coe().review, QStringLiteral("action:") + m_doc->coe().actionItems[index.row()].id);
    const QVariant marked = cm::data(count, role, index.column() == 0, base);
    return marked.isValid() ? marked : base;
}

QVariant ActionItemModel::itemData(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const ActionItem& a = m_doc->coe().actionItems[index.row()];
    if (role == OverdueRole)
        return isOverdue(index.row());
    if (role == IdRole)
        return a.id;
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case TitleColumn:
        if (display || edit || role == SortRole)
            return a.title;
        if (role == Qt::ToolTipRole)
            return plainToolTip(a.description.isEmpty() ? a.title : a.description);
        break;
    case PriorityColumn:
        if (display)
            return displayName(a.priority);
        if (edit)
            return int(a.priority);
        if (role == SortRole) // High, Medium, Low, then none
            return a.priority == Priority::None ? 99 : int(a.priority);
        break;
    case OwnerColumn:
        if (display || edit || role == SortRole)
            return a.owner;
        break;
    case DueColumn:
        if (display) {
            if (!a.due.isValid())
                return QString();
            const QString d = a.due.toString(Qt::ISODate);
            return isOverdue(index.row()) ? tr("%1 (overdue)").arg(d) : d;
        }
        if (edit)
            return a.due;
        if (role == SortRole)
            return a.due.isValid() ? a.due.toJulianDay() : std::numeric_limits<qint64>::max();
        if (role == Qt::ForegroundRole && isOverdue(index.row()))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        break;
    case StatusColumn:
        if (display)
            return displayName(a.status);
        if (edit || role == SortRole)
            return int(a.status);
        break;
    case KindColumn:
        if (display)
            return displayName(a.kind);
        if (edit || role == SortRole)
            return int(a.kind);
        break;
    case WhysColumn:
        if (display || role == SortRole)
            return a.whys.join(QStringLiteral(", "));
        if (edit)
            return a.whys;
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const QString& id : a.whys) {
                const int r = m_doc->whyRow(id);
                if (r >= 0)
                    lines << QStringLiteral("%1: %2").arg(id, m_doc->coe().whys[r].because);
            }
            return plainToolTip(lines.join(u'\n'));
        }
        break;
    case LinkColumn:
        if (display || edit || role == SortRole)
            return a.link;
        if (role == Qt::ToolTipRole)
            return plainToolTip(a.link);
        break;
    default: break;
    }
    return {};
}

bool ActionItemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc
        || role != Qt::EditRole)
        return false;
    static const AF fields[] = {AF::Title, AF::Priority, AF::Owner, AF::Due,
                                AF::Status, AF::Kind, AF::Whys, AF::Link};
    const int column = index.column();
    if (column < 0 || column >= ColumnCount)
        return false;
    QVariant v = value;
    if (column == DueColumn && value.metaType() != QMetaType::fromType<QDate>())
        v = QDate::fromString(value.toString(), Qt::ISODate);
    if (column == WhysColumn && value.metaType() != QMetaType::fromType<QStringList>()) {
        QStringList ids;
        for (const QString& s : value.toString().split(u',', Qt::SkipEmptyParts))
            ids << s.trimmed();
        v = ids;
    }
    m_doc->setActionField(index.row(), fields[column], v);
    return true;
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Action");
    case PriorityColumn: return tr("Priority");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case KindColumn: return tr("Kind");
    case WhysColumn: return tr("Whys");
    case LinkColumn: return tr("Link");
    default: return {};
    }
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_ActionItemModel.cpp"
