// SPDX-License-Identifier: MIT
#include "FactorModel.h"

#include "itemmodels/ToolTip.h"
#include "report/WhyTree.h"

namespace hindsight {

using FF = CoeDocument::FactorField;

FactorModel::FactorModel(CoeDocument* document, QObject* parent)
    : DocumentTableModel(document, CoeDocument::List::Factors, parent)
{
    // The linked whys show their labels: refresh when the why tree changes.
    const auto whysChanged = [this](CoeDocument::List l) {
        if (l == CoeDocument::List::Whys && rowCount() > 0)
            emit dataChanged(index(0, WhysColumn), index(rowCount() - 1, WhysColumn));
    };
    connect(document, &CoeDocument::rowsInserted, this, whysChanged);
    connect(document, &CoeDocument::rowsRemoved, this, whysChanged);
}

void FactorModel::setCategoryNames(const QHash<QString, QString>& names)
{
    m_categoryNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, CategoryColumn), index(rowCount() - 1, CategoryColumn));
}

int FactorModel::listSize() const
{
    return int(m_doc->coe().factors.size());
}

int FactorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FactorModel::whyLabels(const QStringList& ids) const
{
    const Coe& coe = m_doc->coe();
    QHash<QString, QString> labelOf;
    for (const report::WhyNode& node : report::whyTree(coe.whys))
        labelOf.insert(coe.whys[node.index].id, node.label);
    QStringList labels;
    for (const QString& id : ids)
        labels << labelOf.value(id, id);
    return labels.join(QStringLiteral(", "));
}

QVariant FactorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const ContributingFactor& f = m_doc->coe().factors[index.row()];
    if (role == IdRole)
        return f.id;
    if (role == WhyIdsRole)
        return f.whys;
    switch (index.column()) {
    case CategoryColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return f.category.isEmpty() ? tr("No category") : m_categoryNames.value(f.category, f.category);
        if (role == Qt::EditRole)
            return f.category;
        if (role == Qt::ToolTipRole)
            return plainToolTip(f.category);
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return f.description;
        if (role == Qt::ToolTipRole)
            return plainToolTip(f.description);
        break;
    case WhysColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return f.whys.isEmpty() ? tr("none") : whyLabels(f.whys);
        break;
    default: break;
    }
    return {};
}

bool FactorModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc
        || role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case CategoryColumn: m_doc->setFactorField(index.row(), FF::Category, value.toString()); return true;
    case DescriptionColumn: m_doc->setFactorField(index.row(), FF::Description, value.toString()); return true;
    default: return false;
    }
}

Qt::ItemFlags FactorModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == WhysColumn ? f : f | Qt::ItemIsEditable;
}

QVariant FactorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn: return tr("Category");
    case DescriptionColumn: return tr("Contributing factor");
    case WhysColumn: return tr("From whys");
    default: return {};
    }
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_FactorModel.cpp"
