// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace hindsight {

class ReviewCommentModel;
class ReviewMeetingModel;
class ReviewQuestionModel;

// The review record (Coe::review): the meetings (when, who, notes and
// decisions), the questions reviewers asked (each can become an action item)
// and the comments anchored to a place of the COE, answered and resolved.
// Every change is one undoable step of the document (CoeDocument::setReview).
// ReviewPage.cpp: the meetings and questions; ReviewComments.cpp: the comments.
class ReviewPage : public EditorPage
{
    Q_OBJECT
public:
    enum Tab { MeetingsTab, QuestionsTab, CommentsTab };

    explicit ReviewPage(CoeDocument* document, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* meetingsView() const { return m_meetings; }
    QTableView* questionsView() const { return m_questions; }
    QTreeView* commentsView() const { return m_comments; }

    // --- meetings -------------------------------------------------------------
    // Appends a meeting now (UTC, whole minutes) facilitated by the author
    // name of the preferences; returns its row and selects it.
    int addMeeting();
    void removeMeeting(int row);
    int currentMeeting() const;

    // --- questions ------------------------------------------------------------
    int addQuestion(const QString& question = {});
    void removeQuestion(int row);
    int currentQuestion() const;
    // Makes the question an action item (CoeDocument::makeActionItemFromQuestion);
    // returns the item's id.
    QString makeActionItem(int row);

    // --- comments (ReviewComments.cpp) ------------------------------------------
    // Adds a comment by the preferences' author, now (UTC), on `target`
    // (CommentTarget's forms; empty: the COE as a whole), answering `replyTo`
    // when not empty. Nothing for blank text. Returns the comment's id.
    QString addComment(const QString& target, const QString& text, const QString& replyTo = {});
    // Asks for the text (TextInput) and adds the comment; empty when cancelled.
    QString askComment(const QString& target);
    // Asks for the text of a reply to the selected comment.
    QString replyToCurrent();
    // Resolves or reopens the comment and the replies under it.
    void setResolved(const QString& id, bool resolved);
    // Deletes the comment and the replies under it.
    void deleteComment(const QString& id);
    QString currentCommentId() const;
    void selectComment(const QString& id);
    // The target the Add Comment button uses (the place combo's current one).
    QString chosenTarget() const;
    // Chooses the place of the next comment (a target; false when not offered).
    bool chooseTarget(const QString& target);

    void focusLocation(const analysis::Location& location) override;
    // Here Edit ▸ Add Comment… uses the place chosen in the About box.
    QString commentTarget() const override { return chosenTarget(); }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildMeetingsTab();
    QWidget* buildQuestionsTab();
    QWidget* buildCommentsTab();
    void refreshMeetingDetail();
    void refreshQuestionButtons();
    void refreshCommentButtons();
    void refreshTargets();
    void refreshTabTitles();
    void commitMeetingTime();
    void editMeetingText(bool decisions, const QString& text);

    QTabWidget* m_tabs = nullptr;

    ReviewMeetingModel* m_meetingModel = nullptr;
    QTableView* m_meetings = nullptr;
    QPushButton* m_removeMeeting = nullptr;
    QWidget* m_meetingDetail = nullptr;
    QDateTimeEdit* m_meetingAt = nullptr;
    QLabel* m_meetingZone = nullptr;
    QLineEdit* m_facilitator = nullptr;
    QLineEdit* m_attendees = nullptr;
    MarkdownEdit* m_notes = nullptr;
    MarkdownEdit* m_decisions = nullptr;

    ReviewQuestionModel* m_questionModel = nullptr;
    QTableView* m_questions = nullptr;
    QPushButton* m_removeQuestion = nullptr;
    QPushButton* m_makeAction = nullptr;
    QLabel* m_questionAction = nullptr;

    ReviewCommentModel* m_commentModel = nullptr;
    QTreeView* m_comments = nullptr;
    QComboBox* m_target = nullptr;
    QPushButton* m_reply = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_deleteComment = nullptr;
    QLabel* m_commentText = nullptr;
    bool m_targetsDirty = true;
    // The selection across a model reset.
    int m_meetingRow = -1;
    int m_questionRow = -1;
    QString m_commentId;
};

} // namespace hindsight
