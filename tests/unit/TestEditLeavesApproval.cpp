// SPDX-License-Identifier: MIT
// CoeDocument::setEditLeavesApproval (issue #13): an edit of an Approved COE
// moves it to In review in the edit's own undo step, which merges as the edit
// does (typing on stays one step); a change of the status itself, or of the
// whole content, never moves it.
#include "ExampleCoe.h"
#include "document/CoeDocument.h"

#include <QSignalSpy>
#include <QtTest>

using namespace hindsight;

namespace {

Coe approvedCoe()
{
    Coe coe = test::exampleCoe();
    coe.status = Status::Approved;
    return coe;
}

} // namespace

class TestEditLeavesApproval : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault()
    {
        CoeDocument doc(approvedCoe());
        doc.setTitle(QStringLiteral("Other"));
        QCOMPARE(int(doc.coe().status), int(Status::Approved));
    }

    void typingIsOneStepWithTheMove()
    {
        const Coe original = approvedCoe();
        CoeDocument doc(original);
        doc.setEditLeavesApproval(true);
        QSignalSpy said(&doc, &CoeDocument::approvalLeftByEdit);
        doc.setTitle(QStringLiteral("O"));
        doc.setTitle(QStringLiteral("Ot"));
        doc.setTitle(QStringLiteral("Other"));
        QCOMPARE(int(doc.coe().status), int(Status::InReview));
        QCOMPARE(said.count(), 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(),
                 CoeDocument::tr("Edit %1").arg(toDisplayString(CoeDocument::Field::Title)));
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().title, original.title);
        QCOMPARE(int(doc.coe().status), int(Status::Approved));
        QCOMPARE(doc.coe().updatedAt, original.updatedAt);
        doc.undoStack()->redo();
        QCOMPARE(doc.coe().title, QStringLiteral("Other"));
        QCOMPARE(int(doc.coe().status), int(Status::InReview));
    }

    // The review record is what reviewers say about the COE, not its content:
    // a comment on an approved COE leaves it approved (the freeze banner
    // ignores the record too); a question turned into an action item adds
    // content and moves it.
    void reviewRecordEditsLeaveItApproved()
    {
        Coe original = approvedCoe();
        original.review = test::exampleReview();
        CoeDocument doc(original);
        doc.setEditLeavesApproval(true);
        Review review = doc.coe().review;
        review.comments.append(ReviewComment{QStringLiteral("c9"), QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("Sam"), QStringLiteral("summary"),
                                             QStringLiteral("Looks good."), {}, false});
        doc.setReview(review, QStringLiteral("Add Comment"));
        QCOMPARE(doc.coe().review.comments.size(), 4);
        QCOMPARE(int(doc.coe().status), int(Status::Approved));
        review = doc.coe().review;
        review.questions.append(ReviewQuestion{QStringLiteral("Who owns the pool size?"), {}, {}});
        doc.setReview(review, QStringLiteral("Add Review Question"));
        QCOMPARE(int(doc.coe().status), int(Status::Approved));
        doc.makeActionItemFromQuestion(int(doc.coe().review.questions.size()) - 1);
        QCOMPARE(int(doc.coe().status), int(Status::InReview));
    }

    void rowEditsMoveItToo()
    {
        CoeDocument doc(approvedCoe());
        doc.setEditLeavesApproval(true);
        doc.setTimelineField(0, CoeDocument::TimelineField::Text, QStringLiteral("changed"));
        QCOMPARE(int(doc.coe().status), int(Status::InReview));
        doc.undoStack()->undo();
        QCOMPARE(int(doc.coe().status), int(Status::Approved));
    }

    void statusAndWholeContentDoNotMoveIt()
    {
        CoeDocument doc(approvedCoe());
        doc.setEditLeavesApproval(true);
        QSignalSpy said(&doc, &CoeDocument::approvalLeftByEdit);
        doc.setStatus(Status::Closed);
        QCOMPARE(int(doc.coe().status), int(Status::Closed));
        doc.setStatus(Status::Approved);
        Coe replaced = doc.coe();
        replaced.owner = QStringLiteral("Restored Owner");
        doc.replaceContent(replaced, QStringLiteral("Restore"));
        QCOMPARE(int(doc.coe().status), int(Status::Approved));
        QCOMPARE(said.count(), 0);
    }

    void anEditAfterAStatusChangeIsItsOwnStep()
    {
        // The step on top changed the status (same command id as the wrapped
        // edit): it must not take the edit in.
        Coe coe = approvedCoe();
        coe.status = Status::InReview;
        CoeDocument doc(coe);
        doc.setEditLeavesApproval(true);
        doc.setStatus(Status::Approved);
        doc.setTitle(QStringLiteral("Other"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().title, coe.title);
        QCOMPARE(int(doc.coe().status), int(Status::Approved));
        doc.undoStack()->undo();
        QCOMPARE(int(doc.coe().status), int(Status::InReview));
    }
};

QTEST_MAIN(TestEditLeavesApproval)
#include "TestEditLeavesApproval.moc"
