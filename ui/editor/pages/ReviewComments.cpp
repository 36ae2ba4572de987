// SPDX-License-Identifier: MIT
// The Review step's comments: anchored to a place of the COE, answered,
// resolved and reopened, each change one undoable step.
#include "editor/pages/ReviewPage.h"

#include "analysis/ReviewCheck.h"
#include "itemmodels/ReviewModels.h"
#include "settings/Settings.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace hindsight {

namespace {

QString nextCommentId(const QList<ReviewComment>& comments)
{
    int n = 0;
    QSet<QString> taken;
    for (const ReviewComment& c : comments) {
        taken << c.id;
        if (c.id.startsWith(u'c')) {
            bool ok = false;
            const int k = c.id.mid(1).toInt(&ok);
            if (ok)
                n = std::max(n, k);
        }
    }
    QString id;
    do
        id = QStringLiteral("c%1").arg(++n);
    while (taken.contains(id));
    return id;
}

int commentRow(const Review& review, const QString& id)
{
    for (int i = 0; i < review.comments.size(); ++i)
        if (review.comments[i].id == id)
            return i;
    return -1;
}

// The comment `id` and every reply under it.
QSet<QString> threadOf(const Review& review, const QString& id)
{
    QSet<QString> thread{id};
    for (bool grew = true; grew;) {
        grew = false;
        for (const ReviewComment& c : review.comments)
            if (!thread.contains(c.id) && thread.contains(c.replyTo)) {
                thread << c.id;
                grew = true;
            }
    }
    return thread;
}

QString oneLine(const QString& text)
{
    QString t = text.simplified();
    if (t.size() > 50)
        t = t.left(49) + QChar(0x2026);
    return t;
}

} // namespace

QWidget* ReviewPage::buildCommentsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_commentModel = new ReviewCommentModel(m_doc, this);
    m_comments = new QTreeView(tab);
    m_comments->setObjectName(QStringLiteral("commentsTreeView"));
    m_comments->setAccessibleName(tr("Review comments"));
    m_comments->setModel(m_commentModel);
    m_comments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_comments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comments->setUniformRowHeights(true);
    m_comments->setAllColumnsShowFocus(true);
    m_comments->header()->setStretchLastSection(false);
    m_comments->header()->setSectionResizeMode(ReviewCommentModel::TextColumn, QHeaderView::Stretch);
    m_comments->setColumnWidth(ReviewCommentModel::PlaceColumn, fontMetrics().averageCharWidth() * 30);
    m_comments->setColumnWidth(ReviewCommentModel::AuthorColumn, fontMetrics().averageCharWidth() * 16);
    // The time with its zone ("2024-03-07 14:02 UTC-05:00") is never cut.
    m_comments->header()->setSectionResizeMode(ReviewCommentModel::TimeColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_comments, 1);

    m_commentText = new QLabel(tab);
    m_commentText->setObjectName(QStringLiteral("commentTextLabel"));
    m_commentText->setTextFormat(Qt::PlainText); // user text is data, never markup
    m_commentText->setWordWrap(true);
    m_commentText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_commentText);

    auto* row = new QHBoxLayout;
    auto* aboutLabel = new QLabel(tr("Ab&out:"), tab);
    m_target = new QComboBox(tab);
    m_target->setObjectName(QStringLiteral("commentTargetComboBox"));
    m_target->setAccessibleName(tr("Place the comment is about"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(24);
    aboutLabel->setBuddy(m_target);
    auto* add = new QPushButton(tr("&Add Comment…"), tab);
    add->setObjectName(QStringLiteral("addCommentButton"));
    m_reply = new QPushButton(tr("Re&ply…"), tab);
    m_reply->setObjectName(QStringLiteral("replyCommentButton"));
    m_resolve = new QPushButton(tr("Re&solve"), tab);
    m_resolve->setObjectName(QStringLiteral("resolveCommentButton"));
    m_deleteComment = new QPushButton(tr("Delete Comment"), tab);
    m_deleteComment->setObjectName(QStringLiteral("deleteCommentButton"));
    row->addWidget(aboutLabel);
    row->addWidget(m_target, 1);
    row->addWidget(add);
    row->addSpacing(12);
    row->addWidget(m_reply);
    row->addWidget(m_resolve);
    row->addWidget(m_deleteComment);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, [this] { askComment(chosenTarget()); });
    connect(m_reply, &QPushButton::clicked, this, &ReviewPage::replyToCurrent);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_comments->currentIndex();
        if (current.isValid())
            setResolved(currentCommentId(), !current.data(ReviewCommentModel::ResolvedRole).toBool());
    });
    connect(m_deleteComment, &QPushButton::clicked, this, [this] { deleteComment(currentCommentId()); });
    connect(m_comments->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPage::refreshCommentButtons);
    // A reset keeps the selected comment selected.
    connect(m_commentModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_commentId = currentCommentId(); });
    connect(m_commentModel, &QAbstractItemModel::modelReset, this, [this] {
        m_comments->expandAll();
        if (!m_commentId.isEmpty())
            selectComment(m_commentId);
        refreshCommentButtons();
    });
    connect(m_commentModel, &QAbstractItemModel::dataChanged, this, &ReviewPage::refreshCommentButtons);
    // The places offered follow the COE's items; rebuilt when next shown.
    connect(m_doc, &CoeDocument::changed, this, [this] {
        m_targetsDirty = true;
        if (isVisible())
            refreshTargets();
    });
    m_comments->expandAll();
    refreshTargets();
    refreshCommentButtons();
    return tab;
}

void ReviewPage::showEvent(QShowEvent* event)
{
    if (m_targetsDirty)
        refreshTargets();
    EditorPage::showEvent(event);
}

void ReviewPage::refreshTargets()
{
    m_targetsDirty = false;
    const QString chosen = chosenTarget();
    const Coe& coe = m_doc->coe();
    const QSignalBlocker block(m_target);
    m_target->clear();
    m_target->addItem(commentPlace(coe, {}), QString());
    for (const QString& section : CommentTarget::sectionNames())
        m_target->addItem(commentPlace(coe, section), section);
    for (int i = 0; i < coe.timeline.size(); ++i)
        m_target->addItem(tr("Timeline entry %1: %2").arg(i + 1).arg(oneLine(coe.timeline[i].text)),
                          QStringLiteral("timeline:%1").arg(i));
    for (const WhyStep& w : coe.whys)
        m_target->addItem(commentPlace(coe, QStringLiteral("why:") + w.id), QStringLiteral("why:") + w.id);
    for (const ActionItem& a : coe.actionItems)
        m_target->addItem(commentPlace(coe, QStringLiteral("action:") + a.id), QStringLiteral("action:") + a.id);
    const int again = m_target->findData(chosen);
    m_target->setCurrentIndex(again >= 0 ? again : 0);
}

QString ReviewPage::chosenTarget() const
{
    return m_target->currentIndex() >= 0 ? m_target->currentData().toString() : QString();
}

bool ReviewPage::chooseTarget(const QString& target)
{
    if (m_targetsDirty)
        refreshTargets();
    const int index = m_target->findData(target);
    if (index < 0)
        return false;
    m_target->setCurrentIndex(index);
    return true;
}

QString ReviewPage::addComment(const QString& target, const QString& text, const QString& replyTo)
{
    if (text.trimmed().isEmpty())
        return {};
    Review review = m_doc->coe().review;
    ReviewComment comment;
    comment.id = nextCommentId(review.comments);
    comment.at = QDateTime::currentDateTimeUtc();
    comment.at.setTime(QTime(comment.at.time().hour(), comment.at.time().minute(), comment.at.time().second()));
    comment.author = Settings::instance()->authorName();
    comment.target = target;
    comment.text = text.trimmed();
    comment.replyTo = replyTo;
    review.comments << comment;
    m_doc->setReview(review, replyTo.isEmpty() ? tr("Add Comment") : tr("Reply to Comment"));
    selectComment(comment.id);
    return comment.id;
}

QString ReviewPage::askComment(const QString& target)
{
    const std::optional<QString> text =
        TextInput::getText(this, tr("Add Comment"), tr("Comment on %1:").arg(commentPlace(m_doc->coe(), target)), {});
    if (!text)
        return {};
    return addComment(target, *text);
}

QString ReviewPage::replyToCurrent()
{
    const QModelIndex current = m_comments->currentIndex();
    if (!current.isValid())
        return {};
    const QString id = current.data(ReviewCommentModel::IdRole).toString();
    const QString target = current.data(ReviewCommentModel::TargetRole).toString();
    const std::optional<QString> text = TextInput::getText(
        this, tr("Reply"),
        tr("Reply to %1:").arg(current.siblingAtColumn(ReviewCommentModel::AuthorColumn).data().toString()), {});
    if (!text)
        return {};
    return addComment(target, *text, id);
}

void ReviewPage::setResolved(const QString& id, bool resolved)
{
    Review review = m_doc->coe().review;
    if (commentRow(review, id) < 0)
        return;
    // The thread: the comment and the replies under it.
    const QSet<QString> thread = threadOf(review, id);
    for (ReviewComment& c : review.comments)
        if (thread.contains(c.id))
            c.resolved = resolved;
    m_doc->setReview(review, resolved ? tr("Resolve Comment") : tr("Reopen Comment"));
}

void ReviewPage::deleteComment(const QString& id)
{
    Review review = m_doc->coe().review;
    if (commentRow(review, id) < 0)
        return;
    // The comment and every reply under it.
    const QSet<QString> doomed = threadOf(review, id);
    review.comments.removeIf([&](const ReviewComment& c) { return doomed.contains(c.id); });
    m_doc->setReview(review, tr("Delete Comment"));
}

QString ReviewPage::currentCommentId() const
{
    const QModelIndex current = m_comments->currentIndex();
    return current.isValid() ? current.data(ReviewCommentModel::IdRole).toString() : QString();
}

void ReviewPage::selectComment(const QString& id)
{
    const QModelIndex index = m_commentModel->indexOf(id);
    if (!index.isValid())
        return;
    m_comments->expandAll();
    m_comments->setCurrentIndex(index);
    m_comments->scrollTo(index);
}

void ReviewPage::refreshCommentButtons()
{
    const QModelIndex current = m_comments->currentIndex();
    m_reply->setEnabled(current.isValid());
    m_resolve->setEnabled(current.isValid());
    m_deleteComment->setEnabled(current.isValid());
    const bool resolved = current.isValid() && current.data(ReviewCommentModel::ResolvedRole).toBool();
    m_resolve->setText(resolved ? tr("Re&open") : tr("Re&solve"));
    if (!current.isValid()) {
        m_commentText->clear();
        return;
    }
    const Review& review = m_doc->coe().review;
    const int row = current.data(ReviewCommentModel::RowRole).toInt();
    m_commentText->setText(row >= 0 && row < review.comments.size() ? review.comments[row].text : QString());
}

} // namespace hindsight
