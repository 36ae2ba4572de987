// SPDX-License-Identifier: MIT
// CoeDocument's edits of the review record: meetings, questions and comments
// change as one value (setReview), each edit one undo step.
#include "CoeCommands.h"
#include "CoeDocument.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

struct CoeDocumentReviewText
{
    Q_DECLARE_TR_FUNCTIONS(CoeDocument)
};

} // namespace

void CoeDocument::setReview(const Review& review, const QString& text, const QString& mergeKey)
{
    if (review == m_coe.review)
        return;
    // What reviewers say about the COE is not its content: an approved COE stays approved.
    push(new SetReviewCommand(this, text, m_coe.review, review, mergeKey), false);
}

QString CoeDocument::makeActionItemFromQuestion(int row, ActionItem item)
{
    if (row < 0 || row >= m_coe.review.questions.size())
        return {};
    const ReviewQuestion& q = m_coe.review.questions[row];
    if (!q.actionId.isEmpty() && actionRow(q.actionId) >= 0)
        return q.actionId; // already an action item: not a second one
    QStringList ids;
    for (const auto& x : m_coe.actionItems)
        ids << x.id;
    item.id = nextId(QStringLiteral("a"), ids);
    item.title = q.question.simplified();
    Review after = m_coe.review;
    after.questions[row].actionId = item.id;
    auto* macro = new QUndoCommand(CoeDocumentReviewText::tr("Make Action Item"));
    new InsertRowCommand<ActionItem>(this, macro->text(), int(m_coe.actionItems.size()), item, macro);
    new SetReviewCommand(this, macro->text(), m_coe.review, after, {}, macro);
    push(macro);
    return item.id;
}

} // namespace hindsight
