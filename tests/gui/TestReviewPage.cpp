// SPDX-License-Identifier: MIT
// The editor's Review step: meetings, questions (Make Action Item), comments
// anchored to a place, their markers in the step list and beside items.
#include "ExampleCoe.h"
#include "GuiSupport.h"
#include "TestSupport.h"
#include "editor/EditorWindow.h"
#include "editor/pages/ActionsPage.h"
#include "editor/pages/ReviewPage.h"
#include "editor/pages/TimelinePage.h"
#include "editor/pages/WhysPage.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/CommentMarker.h"
#include "itemmodels/ReviewModels.h"
#include "itemmodels/TimelineModel.h"
#include "itemmodels/WhyTreeModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Dialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hindsight;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

int countFindings(const QList<analysis::Finding>& findings, const QString& id)
{
    int n = 0;
    for (const analysis::Finding& f : findings)
        n += f.id == id;
    return n;
}

} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    EditorWindow* open(int page)
    {
        Coe coe = test::exampleCoe();
        coe.review = Review{};
        return test::openSavedCoe(*m_archive, coe, page);
    }
    static hindsight::ReviewPage* reviewPage(EditorWindow* w)
    {
        return static_cast<hindsight::ReviewPage*>(w->page(EditorWindow::ReviewPage));
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(Settings::instance()->setAuthorName(QStringLiteral("Sam Lee")));
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())),
                                  Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup()
    {
        QVERIFY(test::closeEditorWindows());
        m_archive.reset();
    }

    void theReviewStepComesLast()
    {
        EditorWindow* w = open(EditorWindow::ReviewPage);
        QCOMPARE(w->currentPage(), int(EditorWindow::ReviewPage));
        QCOMPARE(int(EditorWindow::ReviewPage), EditorWindow::PageCount - 1);
        QVERIFY(w->findChild<hindsight::ReviewPage*>(QStringLiteral("reviewPage")));
        QVERIFY(child<QListWidget>(w, "stepsListWidget")->item(EditorWindow::ReviewPage)->text().contains(
            QStringLiteral("Review")));
        // The models pass Qt's own checks.
        auto* page = reviewPage(w);
        QAbstractItemModelTester meetings(page->meetingsView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester questions(page->questionsView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester comments(page->commentsView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->addMeeting();
        page->addQuestion(QStringLiteral("Q?"));
        const QString first = page->addComment(QStringLiteral("summary"), QStringLiteral("First"));
        page->addComment(QStringLiteral("summary"), QStringLiteral("Answer"), first);
        page->setResolved(first, true);
        page->deleteComment(first);
        w->document()->undoStack()->undo();
        w->document()->undoStack()->undo();
    }

    void addingAMeetingAQuestionAndACommentUndoesAndRedoes()
    {
        EditorWindow* w = open(EditorWindow::ReviewPage);
        auto* page = reviewPage(w);
        CoeDocument* doc = w->document();
        QUndoStack* stack = doc->undoStack();
        const Review before = doc->coe().review;

        child<QPushButton>(page, "addMeetingButton")->click();
        QCOMPARE(doc->coe().review.meetings.size(), 1);
        const ReviewMeeting meeting = doc->coe().review.meetings.first();
        QCOMPARE(meeting.facilitator, QStringLiteral("Sam Lee"));
        QCOMPARE(meeting.at.timeSpec(), Qt::UTC);
        QCOMPARE(stack->undoText(), QStringLiteral("Add Meeting"));
        // The table shows the time in the COE's zone, with the zone.
        const QString shown = page->meetingsView()->model()->index(0, ReviewMeetingModel::WhenColumn).data().toString();
        QVERIFY2(shown.endsWith(doc->coe().displayTimeZone.abbreviation(meeting.at)), qPrintable(shown));
        stack->undo();
        QVERIFY(doc->coe().review.meetings.isEmpty());
        stack->redo();
        QCOMPARE(doc->coe().review.meetings, QList<ReviewMeeting>{meeting});

        // Attendees are a comma-separated list; typing is one step.
        page->tabs()->setCurrentIndex(hindsight::ReviewPage::MeetingsTab);
        auto* attendees = child<QLineEdit>(page, "attendeesLineEdit");
        attendees->setFocus();
        QTest::keyClicks(attendees, QStringLiteral("Dana Ortiz, Priya"));
        QCOMPARE(doc->coe().review.meetings.first().attendees,
                 (QStringList{QStringLiteral("Dana Ortiz"), QStringLiteral("Priya")}));
        QCOMPARE(stack->undoText(), QStringLiteral("Edit Meeting"));
        stack->undo();
        QVERIFY(doc->coe().review.meetings.first().attendees.isEmpty());
        stack->redo();

        const int questionRow = page->addQuestion(QStringLiteral("Why was the pool size not validated?"));
        QCOMPARE(questionRow, 0);
        const ReviewQuestion question = doc->coe().review.questions.first();
        stack->undo();
        QVERIFY(doc->coe().review.questions.isEmpty());
        stack->redo();
        QCOMPARE(doc->coe().review.questions, QList<ReviewQuestion>{question});

        const QString id = page->addComment(QStringLiteral("summary"), QStringLiteral("Name the region."));
        QCOMPARE(id, QStringLiteral("c1"));
        const ReviewComment comment = doc->coe().review.comments.first();
        QCOMPARE(comment.author, QStringLiteral("Sam Lee"));
        QCOMPARE(comment.at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(comment.at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(stack->undoText(), QStringLiteral("Add Comment"));
        stack->undo();
        QVERIFY(doc->coe().review.comments.isEmpty());
        stack->redo();
        QCOMPARE(doc->coe().review.comments, QList<ReviewComment>{comment});

        // Undoing everything gives back the record as it was.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(doc->coe().review, before);
    }

    void makeActionItemCreatesOneLinkedItemInOneStep()
    {
        EditorWindow* w = open(EditorWindow::ReviewPage);
        auto* page = reviewPage(w);
        CoeDocument* doc = w->document();
        QUndoStack* stack = doc->undoStack();
        const int actions = int(doc->coe().actionItems.size());
        page->addQuestion(QStringLiteral("Why was the pool size not validated?"));
        page->tabs()->setCurrentIndex(hindsight::ReviewPage::QuestionsTab);
        page->questionsView()->setCurrentIndex(page->questionsView()->model()->index(0, 0));
        auto* make = child<QPushButton>(page, "makeActionItemButton");
        QVERIFY(make->isEnabled());
        const int steps = stack->count();
        make->click();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Make Action Item"));
        QCOMPARE(doc->coe().actionItems.size(), actions + 1);
        const ActionItem item = doc->coe().actionItems.last();
        QCOMPARE(item.title, QStringLiteral("Why was the pool size not validated?"));
        QVERIFY(!item.id.isEmpty());
        QVERIFY(item.due.isValid());
        QCOMPARE(doc->coe().review.questions.first().actionId, item.id);
        // The question shows what it became, and does not make a second one.
        QVERIFY(!make->isEnabled());
        QVERIFY(child<QLabel>(page, "questionActionLabel")->text().contains(item.id));
        QVERIFY(page->questionsView()->model()->index(0, ReviewQuestionModel::ActionColumn).data().toString().contains(
            item.title));
        QCOMPARE(page->makeActionItem(0), item.id);
        QCOMPARE(doc->coe().actionItems.size(), actions + 1);
        QCOMPARE(stack->count(), steps + 1);
        // One undo takes back both the item and the link.
        stack->undo();
        QCOMPARE(doc->coe().actionItems.size(), actions);
        QVERIFY(doc->coe().review.questions.first().actionId.isEmpty());
        QVERIFY(make->isEnabled());
        stack->redo();
        QCOMPARE(doc->coe().actionItems.last(), item);
        QCOMPARE(doc->coe().review.questions.first().actionId, item.id);
    }

    void addCommentAnchorsToTheSelectedItem()
    {
        EditorWindow* w = open(EditorWindow::TimelinePage);
        CoeDocument* doc = w->document();
        auto* addComment = child<QAction>(w, "actionAddComment");
        QVERIFY(!addComment->shortcut().isEmpty());

        // A timeline entry: timeline:N in time order.
        auto* timeline = static_cast<hindsight::TimelinePage*>(w->page(EditorWindow::TimelinePage));
        timeline->view()->setCurrentIndex(timeline->view()->model()->index(2, TimelineModel::TextColumn));
        TextInput::setNextText(QStringLiteral("Was this really the first 503?"));
        addComment->trigger();
        QCOMPARE(doc->coe().review.comments.size(), 1);
        QCOMPARE(doc->coe().review.comments.last().target, QStringLiteral("timeline:2"));
        // Cancelled: nothing.
        TextInput::setNextCancel();
        addComment->trigger();
        QCOMPARE(doc->coe().review.comments.size(), 1);

        // A why.
        w->setCurrentPage(EditorWindow::WhysPage);
        auto* whys = static_cast<hindsight::WhysPage*>(w->page(EditorWindow::WhysPage));
        const QString whyId = doc->coe().whys.at(1).id;
        whys->selectWhy(whyId);
        TextInput::setNextText(QStringLiteral("Go one level deeper."));
        addComment->trigger();
        QCOMPARE(doc->coe().review.comments.last().target, QStringLiteral("why:") + whyId);

        // An action item.
        w->setCurrentPage(EditorWindow::ActionsPage);
        auto* actions = static_cast<hindsight::ActionsPage*>(w->page(EditorWindow::ActionsPage));
        const QModelIndex first = actions->view()->model()->index(0, ActionItemModel::TitleColumn);
        actions->view()->setCurrentIndex(first);
        const QString actionId = first.data(ActionItemModel::IdRole).toString();
        TextInput::setNextText(QStringLiteral("Who owns this?"));
        addComment->trigger();
        QCOMPARE(doc->coe().review.comments.last().target, QStringLiteral("action:") + actionId);

        // Another page: its section.
        w->setCurrentPage(EditorWindow::ImpactPage);
        TextInput::setNextText(QStringLiteral("Add the refunds."));
        addComment->trigger();
        QCOMPARE(doc->coe().review.comments.last().target, QStringLiteral("impact"));
        QCOMPARE(doc->coe().review.comments.size(), 4);

        // The markers beside the items.
        const auto* timelineModel = timeline->view()->model();
        QCOMPARE(timelineModel->index(2, 0).data(commentmarker::UnresolvedCommentsRole).toInt(), 1);
        QVERIFY(timelineModel->index(2, 0).data(Qt::DecorationRole).isValid());
        QVERIFY(timelineModel->index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("unresolved")));
        QVERIFY(!timelineModel->index(1, 0).data(Qt::DecorationRole).isValid());
        auto* whyModel = whys->findChild<WhyTreeModel*>();
        QVERIFY(whyModel);
        QCOMPARE(whyModel->indexOf(whyId).data(commentmarker::UnresolvedCommentsRole).toInt(), 1);
        QCOMPARE(first.data(commentmarker::UnresolvedCommentsRole).toInt(), 1);

        // The review check warns once per unresolved comment.
        w->refreshReview();
        QCOMPARE(countFindings(w->findings(), QStringLiteral("review.comment-unresolved")), 4);

        // A reply on the Review page, then resolving the thread.
        w->setCurrentPage(EditorWindow::ReviewPage);
        auto* page = reviewPage(w);
        page->tabs()->setCurrentIndex(hindsight::ReviewPage::CommentsTab);
        const QString commentId = doc->coe().review.comments.first().id;
        page->selectComment(commentId);
        TextInput::setNextText(QStringLiteral("Yes: the load balancer log shows it."));
        child<QPushButton>(page, "replyCommentButton")->click();
        QCOMPARE(doc->coe().review.comments.size(), 5);
        QCOMPARE(doc->coe().review.comments.last().replyTo, commentId);
        QCOMPARE(doc->coe().review.comments.last().target, QStringLiteral("timeline:2"));
        // The reply stands under the comment it answers.
        const QModelIndex reply = page->commentsView()->model()->index(0, 0, page->commentsView()->model()->index(0, 0));
        QCOMPARE(reply.data(ReviewCommentModel::IdRole).toString(), doc->coe().review.comments.last().id);
        QCOMPARE(timelineModel->index(2, 0).data(commentmarker::UnresolvedCommentsRole).toInt(), 2);

        page->selectComment(commentId);
        auto* resolve = child<QPushButton>(page, "resolveCommentButton");
        resolve->click();
        QVERIFY(doc->coe().review.comments.first().resolved);
        QVERIFY(doc->coe().review.comments.last().resolved);
        QCOMPARE(timelineModel->index(2, 0).data(commentmarker::UnresolvedCommentsRole).toInt(), 0);
        QVERIFY(!timelineModel->index(2, 0).data(Qt::DecorationRole).isValid());
        for (const QString& id : {doc->coe().review.comments.at(1).id, doc->coe().review.comments.at(2).id,
                                  doc->coe().review.comments.at(3).id})
            page->setResolved(id, true);
        w->refreshReview();
        QCOMPARE(countFindings(w->findings(), QStringLiteral("review.comment-unresolved")), 0);
        // Reopen brings the marker and the warning back; undo takes it back.
        page->selectComment(commentId);
        QCOMPARE(resolve->text().remove(u'&'), QStringLiteral("Reopen"));
        resolve->click();
        QCOMPARE(timelineModel->index(2, 0).data(commentmarker::UnresolvedCommentsRole).toInt(), 2);
        w->refreshReview();
        QCOMPARE(countFindings(w->findings(), QStringLiteral("review.comment-unresolved")), 2);
        doc->undoStack()->undo();
        QCOMPARE(timelineModel->index(2, 0).data(commentmarker::UnresolvedCommentsRole).toInt(), 0);
    }

    void stepListCountsUnresolvedComments()
    {
        EditorWindow* w = open(EditorWindow::ReviewPage);
        auto* page = reviewPage(w);
        CoeDocument* doc = w->document();
        auto* steps = child<QListWidget>(w, "stepsListWidget");
        w->refreshReview();
        QVERIFY(!steps->item(EditorWindow::TimelinePage)->text().contains(QStringLiteral("✎")));
        page->addComment(QStringLiteral("timeline:0"), QStringLiteral("One"));
        page->addComment(QStringLiteral("timeline:3"), QStringLiteral("Two"));
        page->addComment(QStringLiteral("why:") + doc->coe().whys.first().id, QStringLiteral("Three"));
        const QString whole = page->addComment(QString(), QStringLiteral("Four"));
        w->refreshReview();
        QVERIFY2(steps->item(EditorWindow::TimelinePage)->text().contains(QStringLiteral("✎2")),
                 qPrintable(steps->item(EditorWindow::TimelinePage)->text()));
        QVERIFY(steps->item(EditorWindow::WhysPage)->text().contains(QStringLiteral("✎1")));
        QVERIFY(!steps->item(EditorWindow::ActionsPage)->text().contains(QStringLiteral("✎")));
        QVERIFY2(steps->item(EditorWindow::ReviewPage)->text().contains(QStringLiteral("✎4")),
                 qPrintable(steps->item(EditorWindow::ReviewPage)->text()));
        QVERIFY(steps->item(EditorWindow::TimelinePage)->data(Qt::AccessibleTextRole).toString().contains(
            QStringLiteral("2 unresolved comments")));
        page->setResolved(whole, true);
        w->refreshReview();
        QVERIFY(steps->item(EditorWindow::ReviewPage)->text().contains(QStringLiteral("✎3")));
        // The marks follow an undo (the review runs again after a change).
        doc->undoStack()->undo();
        QTRY_VERIFY(steps->item(EditorWindow::ReviewPage)->text().contains(QStringLiteral("✎4")));
    }

    void commentsAreShownAsText()
    {
        EditorWindow* w = open(EditorWindow::ReviewPage);
        auto* page = reviewPage(w);
        page->tabs()->setCurrentIndex(hindsight::ReviewPage::CommentsTab);
        const QString markup = QStringLiteral("<img src=x>");
        const QString id = page->addComment(QStringLiteral("summary"), markup);
        page->selectComment(id);
        auto* label = child<QLabel>(page, "commentTextLabel");
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), markup);
        const QModelIndex index = page->commentsView()->model()->index(0, ReviewCommentModel::TextColumn);
        QCOMPARE(index.data().toString(), markup);
        QCOMPARE(test::shownToolTip(index.data(Qt::ToolTipRole).toString()), markup);
        // An answer and a meeting's people are text too.
        page->addQuestion(markup);
        QCOMPARE(test::shownToolTip(page->questionsView()->model()->index(0, 0).data(Qt::ToolTipRole).toString()),
                 markup);
        // The place of a comment on an item named with markup.
        w->document()->setActionField(0, CoeDocument::ActionField::Title, markup);
        const QString target = QStringLiteral("action:") + w->document()->coe().actionItems.first().id;
        page->addComment(target, QStringLiteral("Owner?"));
        QCOMPARE(commentPlace(w->document()->coe(), target), QStringLiteral("Action: ") + markup);
        QVERIFY(page->chooseTarget(target));
        QVERIFY(page->findChild<QComboBox*>(QStringLiteral("commentTargetComboBox"))->currentText().contains(markup));

        // On this page, Edit ▸ Add Comment… uses the place chosen in the About box.
        QVERIFY(page->chooseTarget(QStringLiteral("impact")));
        TextInput::setNextText(QStringLiteral("Refunds?"));
        child<QAction>(w, "actionAddComment")->trigger();
        QCOMPARE(w->document()->coe().review.comments.last().target, QStringLiteral("impact"));
    }
};

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
