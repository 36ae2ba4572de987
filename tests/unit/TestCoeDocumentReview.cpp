// SPDX-License-Identifier: MIT
// CoeDocument's edits of the review record (setReview, makeActionItemFromQuestion)
// and the counts behind the comment markers.
#include "document/CoeDocument.h"
#include "domain/CommentCounts.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hindsight;

namespace {

Coe fixture()
{
    Coe c = makeNewCoe(QStringLiteral("Checkout failed"));
    TimelineEntry e;
    e.at = QDateTime(QDate(2024, 3, 7), QTime(14, 2), QTimeZone::utc());
    e.text = QStringLiteral("First 503s");
    c.timeline = {e};
    c.whys = {WhyStep{QStringLiteral("w1"), {}, QStringLiteral("Why?"), QStringLiteral("Because."), true, false}};
    ActionItem a;
    a.id = QStringLiteral("a1");
    a.title = QStringLiteral("Validate pool sizes");
    c.actionItems = {a};
    return c;
}

ReviewComment comment(const QString& id, const QString& target, bool resolved = false)
{
    ReviewComment c;
    c.id = id;
    c.target = target;
    c.text = QStringLiteral("Text");
    c.resolved = resolved;
    return c;
}

} // namespace

class TestCoeDocumentReview : public QObject
{
    Q_OBJECT

private slots:
    void setReviewIsOneStepAndUndoesExactly()
    {
        CoeDocument doc(fixture());
        QSignalSpy changed(&doc, &CoeDocument::reviewChanged);
        const Coe before = doc.coe();
        Review review = doc.coe().review;
        review.comments << comment(QStringLiteral("c1"), QStringLiteral("summary"));
        doc.setReview(review, QStringLiteral("Add Comment"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add Comment"));
        QCOMPARE(changed.count(), 1);
        // The same value again: nothing.
        doc.setReview(review, QStringLiteral("Add Comment"));
        QCOMPARE(doc.undoStack()->count(), 1);
        // Two steps without a key never merge.
        review.comments << comment(QStringLiteral("c2"), QStringLiteral("summary"));
        doc.setReview(review, QStringLiteral("Add Comment"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().review, before.review);
        QCOMPARE(doc.coe().updatedAt, before.updatedAt);
        QCOMPARE(changed.count(), 4);
        doc.undoStack()->redo();
        QCOMPARE(doc.coe().review.comments.size(), 1);
    }

    void typingIntoOneFieldMerges()
    {
        CoeDocument doc(fixture());
        Review review = doc.coe().review;
        review.meetings << ReviewMeeting{};
        doc.setReview(review, QStringLiteral("Add Meeting"));
        for (const QString& notes : {QStringLiteral("W"), QStringLiteral("Wa"), QStringLiteral("Wal")}) {
            review.meetings[0].notes = notes;
            doc.setReview(review, QStringLiteral("Edit Meeting Notes"), QStringLiteral("meeting/0/notes"));
        }
        QCOMPARE(doc.undoStack()->count(), 2);
        review.meetings[0].decisions = QStringLiteral("D");
        doc.setReview(review, QStringLiteral("Edit Decisions"), QStringLiteral("meeting/0/decisions"));
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().review.meetings.first().notes, QString());
    }

    void makeActionItemFromQuestionIsOneStepOnce()
    {
        CoeDocument doc(fixture());
        Review review = doc.coe().review;
        review.questions << ReviewQuestion{QStringLiteral("Why no canary?"), {}, {}};
        doc.setReview(review, QStringLiteral("Add Review Question"));
        QCOMPARE(doc.makeActionItemFromQuestion(5), QString());
        ActionItem base;
        base.due = QDate(2024, 4, 1);
        const QString id = doc.makeActionItemFromQuestion(0, base);
        QCOMPARE(id, QStringLiteral("a2"));
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Make Action Item"));
        QCOMPARE(doc.coe().actionItems.size(), 2);
        QCOMPARE(doc.coe().actionItems.last().title, QStringLiteral("Why no canary?"));
        QCOMPARE(doc.coe().actionItems.last().due, QDate(2024, 4, 1));
        QCOMPARE(doc.coe().review.questions.first().actionId, id);
        QCOMPARE(doc.makeActionItemFromQuestion(0, base), id);
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.coe().actionItems.size(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().actionItems.size(), 1);
        QVERIFY(doc.coe().review.questions.first().actionId.isEmpty());
        // Linked to an item deleted since: a new one.
        doc.undoStack()->redo();
        doc.removeActionItems({1});
        QCOMPARE(doc.makeActionItemFromQuestion(0, base), QStringLiteral("a2"));
        QCOMPARE(doc.coe().actionItems.size(), 2);
    }

    void unresolvedCommentsAreCountedByPlace()
    {
        Coe coe = fixture();
        coe.review.comments = {comment(QStringLiteral("c1"), QStringLiteral("timeline:0")),
                               comment(QStringLiteral("c2"), QStringLiteral("timeline:0")),
                               comment(QStringLiteral("c3"), QStringLiteral("timeline:0"), true),
                               comment(QStringLiteral("c4"), QStringLiteral("why:w1")),
                               comment(QStringLiteral("c5"), QStringLiteral("action:a1")),
                               comment(QStringLiteral("c6"), QStringLiteral("action:gone")),
                               comment(QStringLiteral("c7"), QStringLiteral("impact")),
                               comment(QStringLiteral("c8"), QString())};
        QCOMPARE(unresolvedCommentsOn(coe.review, QStringLiteral("timeline:0")), 2);
        QCOMPARE(unresolvedCommentsOn(coe.review, QStringLiteral("why:w1")), 1);
        QCOMPARE(unresolvedCommentsOn(coe.review, QStringLiteral("timeline:1")), 0);
        const QHash<QString, int> bySection = unresolvedCommentsBySection(coe);
        QCOMPARE(bySection.value(QStringLiteral("timeline")), 2);
        QCOMPARE(bySection.value(QStringLiteral("whys")), 1);
        QCOMPARE(bySection.value(QStringLiteral("actions")), 1);
        QCOMPARE(bySection.value(QStringLiteral("impact")), 1);
        QCOMPARE(bySection.value(QString()), 2); // the COE as a whole, and the deleted action's
    }
};

QTEST_GUILESS_MAIN(TestCoeDocumentReview)
#include "TestCoeDocumentReview.moc"
