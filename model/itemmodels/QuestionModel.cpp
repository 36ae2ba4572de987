// SPDX-License-Identifier: MIT
#include "QuestionModel.h"
#include "itemmodels/ToolTip.h"

#include "domain/DisplayNames.h"

namespace hindsight {

// --- QuestionModel --------------------------------------------------------------

QuestionModel::QuestionModel(CoeDocument* document, QObject* parent)
    : DocumentTableModel(document, CoeDocument::List::Questions, parent)
{
}

int QuestionModel::listSize() const
{
    return int(m_doc->coe().questions.size());
}

int QuestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int QuestionModel::unansweredCount(QuestionArea area) const
{
    int n = 0;
    for (const auto& q : m_doc->coe().questions)
        n += q.area == area && q.answer.trimmed().isEmpty();
    return n;
}

int QuestionModel::questionCount(QuestionArea area) const
{
    int n = 0;
    for (const auto& q : m_doc->coe().questions)
        n += q.area == area;
    return n;
}

QVariant QuestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const Question& q = m_doc->coe().questions[index.row()];
    if (role == AreaRole)
        return int(q.area);
    if (role == AnsweredRole)
        return !q.answer.trimmed().isEmpty();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const QString& text = index.column() == QuestionColumn ? q.question : q.answer;
    return role == Qt::ToolTipRole ? plainToolTip(text) : text;
}

bool QuestionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return false;
    if (role == AreaRole) {
        m_doc->setQuestionField(index.row(), CoeDocument::QuestionField::Area, value.toInt());
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    m_doc->setQuestionField(index.row(),
                            index.column() == QuestionColumn ? CoeDocument::QuestionField::Question
                                                             : CoeDocument::QuestionField::Answer,
                            value.toString());
    return true;
}

Qt::ItemFlags QuestionModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant QuestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == QuestionColumn ? tr("Question") : tr("Answer");
}

// --- MetricModel ----------------------------------------------------------------

MetricModel::MetricModel(CoeDocument* document, QObject* parent)
    : DocumentTableModel(document, CoeDocument::List::Metrics, parent)
{
}

int MetricModel::listSize() const
{
    return int(m_doc->coe().metrics.size());
}

int MetricModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const Metric& m = m_doc->coe().metrics[index.row()];
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return m.name.isEmpty() ? tr("(unnamed metric)") : m.name;
        if (role == Qt::EditRole)
            return m.name;
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return displayName(m.role);
        if (role == Qt::EditRole)
            return int(m.role);
        break;
    case ImagesColumn:
        if (role == Qt::DisplayRole)
            return m.images.size();
        break;
    default: break;
    }
    return {};
}

bool MetricModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc
        || role != Qt::EditRole)
        return false;
    if (index.column() == NameColumn)
        m_doc->setMetricField(index.row(), CoeDocument::MetricField::Name, value.toString());
    else if (index.column() == RoleColumn)
        m_doc->setMetricField(index.row(), CoeDocument::MetricField::Role, value.toInt());
    else
        return false;
    return true;
}

Qt::ItemFlags MetricModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == ImagesColumn ? f : f | Qt::ItemIsEditable;
}

QVariant MetricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Metric");
    case RoleColumn: return tr("Role");
    case ImagesColumn: return tr("Images");
    default: return {};
    }
}

// --- RelatedModel ---------------------------------------------------------------

RelatedModel::RelatedModel(CoeDocument* document, QObject* parent)
    : DocumentTableModel(document, CoeDocument::List::Related, parent)
{
}

int RelatedModel::listSize() const
{
    return int(m_doc->coe().related.size());
}

int RelatedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelatedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const RelatedItem& r = m_doc->coe().related[index.row()];
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return displayName(r.kind);
        if (role == Qt::EditRole)
            return int(r.kind);
        break;
    case TitleColumn:
        if (text)
            return role == Qt::ToolTipRole ? plainToolTip(r.title) : r.title;
        break;
    case TargetColumn:
        if (text)
            return role == Qt::ToolTipRole ? plainToolTip(r.kind == RelatedKind::Coe ? r.uuid : r.url)
                                           : (r.kind == RelatedKind::Coe ? r.uuid : r.url);
        break;
    default: break;
    }
    return {};
}

bool RelatedModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc
        || role != Qt::EditRole)
        return false;
    const RelatedItem& r = m_doc->coe().related[index.row()];
    switch (index.column()) {
    case TitleColumn: m_doc->setRelatedField(index.row(), CoeDocument::RelatedField::Title, value); return true;
    case TargetColumn:
        m_doc->setRelatedField(index.row(),
                               r.kind == RelatedKind::Coe ? CoeDocument::RelatedField::Uuid
                                                          : CoeDocument::RelatedField::Url,
                               value);
        return true;
    default: return false;
    }
}

Qt::ItemFlags RelatedModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == KindColumn ? f : f | Qt::ItemIsEditable;
}

QVariant RelatedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case TitleColumn: return tr("Title");
    case TargetColumn: return tr("COE or address");
    default: return {};
    }
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_QuestionModel.cpp"
