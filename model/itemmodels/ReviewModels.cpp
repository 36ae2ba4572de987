// SPDX-License-Identifier: MIT
#include "ReviewModels.h"

#include "document/TimeParser.h"
#include "itemmodels/CommentMarker.h"
#include "itemmodels/ToolTip.h"
#include "report/ReportOptions.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace hindsight {

namespace {

QStringList splitNames(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString shortText(const QString& text)
{
    QString t = text.simplified();
    if (t.size() > 60)
        t = t.left(59) + QChar(0x2026);
    return t;
}

} // namespace

QString commentPlace(const Coe& coe, const QString& target)
{
    if (target.isEmpty())
        return ReviewCommentModel::tr("The COE as a whole");
    QString section;
    int row = -1;
    if (!resolveCommentTarget(coe, target, &section, &row))
        return target.simplified();
    const CommentTarget t = CommentTarget::parse(target);
    switch (t.kind) {
    case CommentTarget::Kind::Section: {
        const qsizetype index = CommentTarget::sectionNames().indexOf(section);
        return index >= 0 ? report::ReportOptions::sectionTitle(report::Section(index)) : target.simplified();
    }
    case CommentTarget::Kind::TimelineEntry:
        return ReviewCommentModel::tr("Timeline entry %1").arg(t.index + 1);
    case CommentTarget::Kind::Why:
        return ReviewCommentModel::tr("Why: %1").arg(shortText(coe.whys.at(row).why));
    case CommentTarget::Kind::Action:
        return ReviewCommentModel::tr("Action: %1").arg(shortText(coe.actionItems.at(row).title));
    case CommentTarget::Kind::None:
    case CommentTarget::Kind::Invalid:
        break;
    }
    return target.simplified();
}

// --- meetings ----------------------------------------------------------------

ReviewMeetingModel::ReviewMeetingModel(CoeDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_doc(document), m_rows(int(document->coe().review.meetings.size()))
{
    connect(document, &CoeDocument::reviewChanged, this, [this] {
        const int now = int(m_doc->coe().review.meetings.size());
        if (now == m_rows) {
            if (now > 0)
                emit dataChanged(index(0, 0), index(now - 1, ColumnCount - 1));
            return;
        }
        beginResetModel();
        m_rows = now;
        endResetModel();
    });
    connect(document, &CoeDocument::fieldChanged, this, [this](CoeDocument::Field f) {
        if (f == CoeDocument::Field::DisplayTimeZone && m_rows > 0)
            emit dataChanged(index(0, WhenColumn), index(m_rows - 1, WhenColumn));
    });
    connect(document, &CoeDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &CoeDocument::reset, this, [this] {
        m_rows = int(m_doc->coe().review.meetings.size());
        endResetModel();
    });
}

int ReviewMeetingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ReviewMeetingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewMeetingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const ReviewMeeting& m = m_doc->coe().review.meetings.at(index.row());
    if (role == AtRole)
        return m.at;
    const bool show = role == Qt::DisplayRole || role == Qt::EditRole;
    switch (index.column()) {
    case WhenColumn:
        if (role == Qt::DisplayRole)
            return m.at.isValid() ? TimeParser::format(m.at, m_doc->coe().displayTimeZone) : tr("(no date)");
        if (role == Qt::EditRole)
            return m.at;
        if (role == Qt::ToolTipRole && m.at.isValid())
            return tr("%1 (UTC)").arg(m.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        break;
    case FacilitatorColumn:
        if (show)
            return m.facilitator;
        if (role == Qt::ToolTipRole)
            return plainToolTip(m.facilitator);
        break;
    case AttendeesColumn:
        if (show)
            return m.attendees.join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole)
            return plainToolTip(m.attendees.join(QStringLiteral(", ")));
        break;
    default: break;
    }
    return {};
}

bool ReviewMeetingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc
        || role != Qt::EditRole)
        return false;
    Review review = m_doc->coe().review;
    ReviewMeeting& m = review.meetings[index.row()];
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime at = value.toDateTime();
        if (!at.isValid())
            return false;
        m.at = at.toUTC();
        break;
    }
    case FacilitatorColumn: m.facilitator = value.toString().trimmed(); break;
    case AttendeesColumn: m.attendees = splitNames(value.toString()); break;
    default: return false;
    }
    m_doc->setReview(review, tr("Edit Meeting"), QStringLiteral("meeting/%1/%2").arg(index.row()).arg(index.column()));
    return true;
}

Qt::ItemFlags ReviewMeetingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ReviewMeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("Date and time");
    case FacilitatorColumn: return tr("Facilitator");
    case AttendeesColumn: return tr("Attendees");
    default: return {};
    }
}

// --- questions ---------------------------------------------------------------

ReviewQuestionModel::ReviewQuestionModel(CoeDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_doc(document), m_rows(int(document->coe().review.questions.size()))
{
    auto follow = [this] {
        const int now = int(m_doc->coe().review.questions.size());
        if (now == m_rows) {
            if (now > 0)
                emit dataChanged(index(0, 0), index(now - 1, ColumnCount - 1));
            return;
        }
        beginResetModel();
        m_rows = now;
        endResetModel();
    };
    connect(document, &CoeDocument::reviewChanged, this, follow);
    // The action column shows the linked item's title.
    connect(document, &CoeDocument::rowChanged, this, [this](CoeDocument::List l) {
        if (l == CoeDocument::List::Actions && m_rows > 0)
            emit dataChanged(index(0, ActionColumn), index(m_rows - 1, ActionColumn));
    });
    connect(document, &CoeDocument::rowsRemoved, this, [this](CoeDocument::List l) {
        if (l == CoeDocument::List::Actions && m_rows > 0)
            emit dataChanged(index(0, ActionColumn), index(m_rows - 1, ActionColumn));
    });
    connect(document, &CoeDocument::rowsInserted, this, [this](CoeDocument::List l) {
        if (l == CoeDocument::List::Actions && m_rows > 0)
            emit dataChanged(index(0, ActionColumn), index(m_rows - 1, ActionColumn));
    });
    connect(document, &CoeDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &CoeDocument::reset, this, [this] {
        m_rows = int(m_doc->coe().review.questions.size());
        endResetModel();
    });
}

int ReviewQuestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ReviewQuestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQuestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc)
        return {};
    const Coe& coe = m_doc->coe();
    const ReviewQuestion& q = coe.review.questions.at(index.row());
    const int actionRow = q.actionId.isEmpty() ? -1 : m_doc->actionRow(q.actionId);
    if (role == ActionIdRole)
        return actionRow >= 0 ? q.actionId : QString();
    const bool show = role == Qt::DisplayRole || role == Qt::EditRole;
    switch (index.column()) {
    case QuestionColumn:
        if (show)
            return q.question;
        if (role == Qt::ToolTipRole)
            return plainToolTip(q.question);
        break;
    case AnswerColumn:
        if (show)
            return q.answer;
        if (role == Qt::ToolTipRole)
            return plainToolTip(q.answer);
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (actionRow < 0)
                return q.actionId.isEmpty() ? QString() : tr("%1 (deleted)").arg(q.actionId);
            const QString text = QStringLiteral("%1: %2").arg(q.actionId, coe.actionItems.at(actionRow).title);
            return role == Qt::ToolTipRole ? plainToolTip(text) : QVariant(text);
        }
        break;
    default: break;
    }
    return {};
}

bool ReviewQuestionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_doc
        || role != Qt::EditRole)
        return false;
    Review review = m_doc->coe().review;
    ReviewQuestion& q = review.questions[index.row()];
    switch (index.column()) {
    case QuestionColumn: q.question = value.toString(); break;
    case AnswerColumn: q.answer = value.toString(); break;
    default: return false;
    }
    m_doc->setReview(review, tr("Edit Review Question"),
                     QStringLiteral("question/%1/%2").arg(index.row()).arg(index.column()));
    return true;
}

Qt::ItemFlags ReviewQuestionModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != ActionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReviewQuestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuestionColumn: return tr("Question");
    case AnswerColumn: return tr("Answer");
    case ActionColumn: return tr("Action item");
    default: return {};
    }
}

// --- comments ----------------------------------------------------------------

ReviewCommentModel::ReviewCommentModel(CoeDocument* document, QObject* parent)
    : QAbstractItemModel(parent), m_doc(document)
{
    rebuild();
    connect(document, &CoeDocument::reviewChanged, this, [this] {
        // The same tree (an edit of a comment): refresh in place, keeping the
        // selection; else reset.
        const QList<int> before = m_parentOf;
        const QHash<int, QList<int>> children = m_children;
        rebuild();
        if (m_parentOf == before) {
            refreshAll({});
            return;
        }
        m_parentOf = before;
        m_children = children;
        beginResetModel();
        rebuild();
        endResetModel();
    });
    // The place column names items by their text.
    connect(document, &CoeDocument::changed, this, [this] { refreshAll({Qt::DisplayRole, Qt::ToolTipRole}); });
    connect(document, &CoeDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &CoeDocument::reset, this, [this] {
        rebuild();
        endResetModel();
    });
}

void ReviewCommentModel::rebuild()
{
    m_parentOf.clear();
    m_children.clear();
    const QList<ReviewComment>& comments = m_doc->coe().review.comments;
    for (int i = 0; i < comments.size(); ++i) {
        // A reply hangs under an earlier comment only: no cycles.
        int parent = -1;
        if (!comments[i].replyTo.isEmpty())
            for (int j = 0; j < i; ++j)
                if (comments[j].id == comments[i].replyTo) {
                    parent = j;
                    break;
                }
        m_parentOf << parent;
        m_children[parent] << i;
    }
}

void ReviewCommentModel::refreshAll(const QList<int>& roles)
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QModelIndex parent =
            it.key() < 0 ? QModelIndex()
                         : createIndex(int(m_children.value(m_parentOf.at(it.key())).indexOf(it.key())), 0,
                                       quintptr(it.key()));
        emit dataChanged(index(0, 0, parent), index(int(it.value().size()) - 1, ColumnCount - 1, parent), roles);
    }
}

QModelIndex ReviewCommentModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int parentRow = parent.isValid() ? int(parent.internalId()) : -1;
    const QList<int> children = m_children.value(parentRow);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex ReviewCommentModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int c = int(child.internalId());
    const int p = c >= 0 && c < m_parentOf.size() ? m_parentOf.at(c) : -1;
    if (p < 0)
        return {};
    return createIndex(int(m_children.value(m_parentOf.at(p)).indexOf(p)), 0, quintptr(p));
}

int ReviewCommentModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_children.value(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int ReviewCommentModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex ReviewCommentModel::indexOf(const QString& id) const
{
    const QList<ReviewComment>& comments = m_doc->coe().review.comments;
    for (int i = 0; i < comments.size() && i < m_parentOf.size(); ++i)
        if (comments[i].id == id)
            return createIndex(int(m_children.value(m_parentOf.at(i)).indexOf(i)), 0, quintptr(i));
    return {};
}

QVariant ReviewCommentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_doc)
        return {};
    const Coe& coe = m_doc->coe();
    const int row = int(index.internalId());
    if (row < 0 || row >= coe.review.comments.size())
        return {};
    const ReviewComment& c = coe.review.comments.at(row);
    switch (role) {
    case IdRole: return c.id;
    case ResolvedRole: return c.resolved;
    case TargetRole: return c.target;
    case RowRole: return row;
    default: break;
    }
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole)
            return c.text.simplified();
        if (role == Qt::ToolTipRole)
            return plainToolTip(c.resolved ? tr("Resolved: %1").arg(c.text) : c.text);
        if (role == Qt::AccessibleTextRole)
            return c.resolved ? tr("Resolved: %1").arg(c.text.simplified()) : c.text.simplified();
        // Open: bold with the mark the items show; resolved: grey.
        if (role == Qt::DecorationRole)
            return commentmarker::data(c.resolved ? 0 : 1, role, true);
        if (role == Qt::FontRole && !c.resolved) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && c.resolved)
            return QBrush(QColor(0x70, 0x70, 0x70));
        break;
    case PlaceColumn:
        if (role == Qt::DisplayRole)
            return commentPlace(coe, c.target);
        if (role == Qt::ToolTipRole)
            return plainToolTip(commentPlace(coe, c.target));
        break;
    case AuthorColumn:
        if (role == Qt::DisplayRole)
            return c.author;
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return c.at.isValid() ? TimeParser::format(c.at, coe.displayTimeZone) : QString();
        if (role == Qt::ToolTipRole && c.at.isValid())
            return tr("%1 (UTC)").arg(c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        break;
    default: break;
    }
    return {};
}

QVariant ReviewCommentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Comment");
    case PlaceColumn: return tr("About");
    case AuthorColumn: return tr("Author");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

} // namespace hindsight
