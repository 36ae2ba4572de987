// SPDX-License-Identifier: MIT
#include "TimelineModel.h"
#include "itemmodels/ToolTip.h"
#include "domain/CommentCounts.h"
#include "itemmodels/CommentMarker.h"

#include "domain/DisplayNames.h"
#include "document/TimeParser.h"

namespace hindsight {

using TF = CoeDocument::TimelineField;

TimelineModel::TimelineModel(CoeDocument* document, QObject* parent)
    : DocumentTableModel(document, CoeDocument::List::Timeline, parent)
{
    commentmarker::refreshOnReviewChange(this, document);
    connect(document, &CoeDocument::fieldChanged, this, [this](CoeDocument::Field f) {
        if (f == CoeDocument::Field::DisplayTimeZone && rowCount() > 0)
            emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
    });
}

void TimelineModel::setGapFinder(GapFinder finder)
{
    m_gapFinder = std::move(finder);
    recomputeGaps();
}

int TimelineModel::listSize() const
{
    return int(m_doc->coe().timeline.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TimelineModel::onListChanged()
{
    recomputeGaps();
}

void TimelineModel::recomputeGaps()
{
    QHash<int, analysis::Gap> gaps;
    if (m_gapFinder && m_doc) {
        for (const auto& g : m_gapFinder(m_doc->coe().timeline))
            gaps.insert(g.toIndex, g);
    }
    auto same = [](const analysis::Gap& a, const analysis::Gap& b) {
        return a.fromIndex == b.fromIndex && a.minutes == b.minutes && a.explained == b.explained
            && a.approximate == b.approximate;
    };
    QList<int> touched;
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it)
        if (!m_gapBefore.contains(it.key()) || !same(m_gapBefore.value(it.key()), it.value()))
            touched << it.key();
    for (auto it = m_gapBefore.cbegin(); it != m_gapBefore.cend(); ++it)
        if (!gaps.contains(it.key()))
            touched << it.key();
    m_gapBefore = gaps;
    if (touched.isEmpty())
        return;
    const QList<int> roles{GapMinutesRole, GapExplainedRole, GapApproximateRole, GapTextRole, Qt::ToolTipRole};
    for (int row : touched)
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
    emit gapsChanged();
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    namespace cm = commentmarker;
    if (role != cm::UnresolvedCommentsRole && role != Qt::DecorationRole && role != Qt::ToolTipRole)
        return itemData(index, role);
    if (!(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) && m_doc))
        return {};
    const QVariant base = role == cm::UnresolvedCommentsRole ? QVariant() : itemData(index, role);
    const int count = unresolvedCommentsOn(m_doc->coe().review, QStringLiteral("timeline:%1").arg(index.row()));
    const QVariant marked = cm::data(count, role, index.column() == 0, base);
    return marked.isValid() ? marked : base;
}

QVariant TimelineModel::itemData(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const Coe& coe = m_doc->coe();
    const TimelineEntry& e = coe.timeline[index.row()];
    switch (role) {
    case AtRole: return e.at;
    case MilestoneRole: return int(e.milestone);
    case GapExplanationRole: return e.gapExplanation;
    case GapMinutesRole:
    case GapExplainedRole:
    case GapApproximateRole:
    case GapTextRole: {
        const auto it = m_gapBefore.constFind(index.row());
        if (it == m_gapBefore.cend())
            return {};
        if (role == GapMinutesRole)
            return it->minutes;
        if (role == GapExplainedRole)
            return it->explained;
        if (role == GapApproximateRole)
            return it->approximate;
        const QString length = it->approximate ? tr("around %n min gap", nullptr, int(it->minutes))
                                               : tr("%n min gap", nullptr, int(it->minutes));
        return e.gapExplanation.trimmed().isEmpty() ? tr("%1 — not explained yet").arg(length)
                                                    : tr("%1: %2").arg(length, e.gapExplanation);
    }
    default: break;
    }
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return TimeParser::format(e.at, coe.displayTimeZone, e.approximate);
        if (role == Qt::EditRole)
            return TimeParser::formatForEdit(e.at, coe.displayTimeZone);
        if (role == Qt::ToolTipRole)
            return tr("%1 (UTC)").arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        if (role == Qt::AccessibleTextRole)
            return TimeParser::format(e.at, coe.displayTimeZone, e.approximate);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.text;
        if (role == Qt::ToolTipRole)
            return plainToolTip(e.text);
        break;
    case MilestoneColumn:
        if (role == Qt::DisplayRole)
            return displayName(e.milestone);
        if (role == Qt::EditRole)
            return int(e.milestone);
        break;
    case ApproximateColumn:
        if (role == Qt::CheckStateRole)
            return e.approximate ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return e.approximate ? tr("approximate") : tr("exact");
        break;
    case HighlightColumn: // format 1.1: a key moment
        if (role == Qt::CheckStateRole)
            return e.highlight ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return e.highlight ? tr("key moment") : tr("not a key moment");
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.source;
        if (role == Qt::ToolTipRole)
            return plainToolTip(e.source);
        break;
    default: break;
    }
    return {};
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return false;
    const int row = index.row();
    if (role == GapExplanationRole) {
        m_doc->setTimelineField(row, TF::GapExplanation, value.toString());
        return true;
    }
    if (role == AtRole) {
        if (!value.toDateTime().isValid())
            return false;
        m_doc->setTimelineField(row, TF::At, value.toDateTime());
        return true;
    }
    switch (index.column()) {
    case TimeColumn: {
        if (role != Qt::EditRole)
            return false;
        if (value.metaType() == QMetaType::fromType<QDateTime>()) {
            m_doc->setTimelineField(row, TF::At, value);
            return true;
        }
        const TimelineEntry& e = m_doc->coe().timeline[row];
        const auto r = TimeParser::parse(value.toString(), m_doc->coe().displayTimeZone, e.at);
        if (!r.ok()) {
            m_lastError = r.error;
            return false;
        }
        m_lastError.clear();
        m_doc->setTimelineField(row, TF::At, *r.at);
        return true;
    }
    case TextColumn:
        if (role != Qt::EditRole)
            return false;
        m_doc->setTimelineField(row, TF::Text, value.toString());
        return true;
    case MilestoneColumn:
        if (role != Qt::EditRole)
            return false;
        m_doc->setTimelineField(row, TF::Milestone, value.toInt());
        return true;
    case ApproximateColumn:
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        m_doc->setTimelineField(row, TF::Approximate,
                                role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool());
        return true;
    case HighlightColumn:
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        m_doc->setTimelineField(row, TF::Highlight,
                                role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool());
        return true;
    case SourceColumn:
        if (role != Qt::EditRole)
            return false;
        m_doc->setTimelineField(row, TF::Source, value.toString());
        return true;
    default: return false;
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == ApproximateColumn || index.column() == HighlightColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == HighlightColumn)
        return tr("Key moments: kept in short exports and marked in the review meeting's PDF.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case TextColumn: return tr("What happened");
    case MilestoneColumn: return tr("Milestone");
    case ApproximateColumn: return tr("Approx.");
    case HighlightColumn: return tr("Key");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_TimelineModel.cpp"
