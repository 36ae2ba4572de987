// SPDX-License-Identifier: MIT
// The Review step: the page, its meetings and the questions asked in review.
// The comments are in ReviewComments.cpp.
#include "editor/pages/ReviewPage.h"

#include "document/TimeParser.h"
#include "itemmodels/ReviewModels.h"
#include "settings/DayClock.h"
#include "settings/Settings.h"
#include "widgets/MarkdownEdit.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace hindsight {

namespace {

QTimeZone zoneOf(const Coe& coe)
{
    return coe.displayTimeZone.isValid() ? coe.displayTimeZone : QTimeZone::utc();
}

void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ReviewPage::ReviewPage(CoeDocument* document, QWidget* parent)
    : EditorPage(document, analysis::Section::Review, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(tr("What was said in review: the meetings, the questions reviewers asked, and "
                                  "comments on a place of the COE. Resolve a comment once it is answered.")));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabWidget"));
    m_tabs->addTab(buildMeetingsTab(), QString());
    m_tabs->addTab(buildQuestionsTab(), QString());
    m_tabs->addTab(buildCommentsTab(), QString());
    layout->addWidget(m_tabs, 1);
    // Open comments are what a returning author looks for first.
    if (m_doc->coe().review.unresolvedComments() > 0)
        m_tabs->setCurrentIndex(CommentsTab);
    refreshTabTitles();
    connect(m_doc, &CoeDocument::reviewChanged, this, &ReviewPage::refreshTabTitles);
    connect(m_doc, &CoeDocument::reset, this, &ReviewPage::refreshTabTitles);
    registerField(QStringLiteral("meetings"), m_meetings);
    registerField(QStringLiteral("questions"), m_questions);
    registerField(QStringLiteral("comments"), m_comments);
}

void ReviewPage::refreshTabTitles()
{
    const Review& r = m_doc->coe().review;
    m_tabs->setTabText(MeetingsTab, tr("&Meetings (%1)").arg(r.meetings.size()));
    m_tabs->setTabText(QuestionsTab, tr("&Questions (%1)").arg(r.questions.size()));
    const int open = r.unresolvedComments();
    m_tabs->setTabText(CommentsTab, open > 0 ? tr("&Comments (%1, %2 open)").arg(r.comments.size()).arg(open)
                                             : tr("&Comments (%1)").arg(r.comments.size()));
}

// --- meetings ----------------------------------------------------------------

QWidget* ReviewPage::buildMeetingsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_meetingModel = new ReviewMeetingModel(m_doc, this);
    m_meetings = new QTableView(tab);
    m_meetings->setObjectName(QStringLiteral("meetingsTableView"));
    m_meetings->setAccessibleName(tr("Review meetings"));
    m_meetings->setModel(m_meetingModel);
    setUpTable(m_meetings);
    m_meetings->setEditTriggers(QAbstractItemView::NoEditTriggers); // edited in the form below
    m_meetings->horizontalHeader()->setSectionResizeMode(ReviewMeetingModel::WhenColumn, QHeaderView::ResizeToContents);
    m_meetings->setColumnWidth(ReviewMeetingModel::FacilitatorColumn, fontMetrics().averageCharWidth() * 22);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Meeting"), tab);
    add->setObjectName(QStringLiteral("addMeetingButton"));
    m_removeMeeting = new QPushButton(tr("Remove Meeting"), tab);
    m_removeMeeting->setObjectName(QStringLiteral("removeMeetingButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeMeeting);
    buttons->addStretch(1);

    m_meetingDetail = new QWidget(tab);
    auto* form = new QFormLayout(m_meetingDetail);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);
    auto* when = new QHBoxLayout;
    m_meetingAt = new QDateTimeEdit(m_meetingDetail);
    m_meetingAt->setObjectName(QStringLiteral("meetingDateTimeEdit"));
    m_meetingAt->setAccessibleName(tr("Meeting date and time"));
    m_meetingAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_meetingAt->setCalendarPopup(true);
    m_meetingAt->setTimeSpec(Qt::UTC); // shows the wall time of the COE's zone (m_meetingZone)
    m_meetingZone = new QLabel(m_meetingDetail);
    m_meetingZone->setObjectName(QStringLiteral("meetingZoneLabel"));
    m_meetingZone->setTextFormat(Qt::PlainText);
    when->addWidget(m_meetingAt);
    when->addWidget(m_meetingZone);
    when->addStretch(1);
    auto* whenLabel = new QLabel(tr("&When:"), m_meetingDetail);
    whenLabel->setBuddy(m_meetingAt);
    form->addRow(whenLabel, when);
    m_facilitator = new QLineEdit(m_meetingDetail);
    m_facilitator->setObjectName(QStringLiteral("facilitatorLineEdit"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    form->addRow(tr("Faci&litator:"), m_facilitator);
    m_attendees = new QLineEdit(m_meetingDetail);
    m_attendees->setObjectName(QStringLiteral("attendeesLineEdit"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setPlaceholderText(tr("Comma-separated, e.g. payments team, SRE on call"));
    form->addRow(tr("Atten&dees:"), m_attendees);
    m_notes = new MarkdownEdit(m_meetingDetail);
    m_notes->setObjectName(QStringLiteral("meetingNotesEdit"));
    m_notes->setAccessibleName(tr("Meeting notes"));
    m_notes->setPlaceholderText(tr("What was discussed (Markdown)"));
    form->addRow(tr("No&tes:"), m_notes);
    m_decisions = new MarkdownEdit(m_meetingDetail);
    m_decisions->setObjectName(QStringLiteral("meetingDecisionsEdit"));
    m_decisions->setAccessibleName(tr("Meeting decisions"));
    m_decisions->setPlaceholderText(tr("What was decided (Markdown)"));
    form->addRow(tr("Decisi&ons:"), m_decisions);

    auto* split = new QSplitter(Qt::Vertical, tab);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_meetings, 1);
    topLayout->addLayout(buttons);
    split->addWidget(top);
    split->addWidget(m_meetingDetail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &ReviewPage::addMeeting);
    connect(m_removeMeeting, &QPushButton::clicked, this, [this] { removeMeeting(currentMeeting()); });
    connect(m_meetings->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPage::refreshMeetingDetail);
    // A reset (add, remove, undo) keeps the row selected, or selects the
    // newest meeting, so the form below shows one whenever there is one.
    connect(m_meetingModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_meetingRow = m_meetings->currentIndex().row(); });
    connect(m_meetingModel, &QAbstractItemModel::modelReset, this, [this] {
        const int rows = m_meetingModel->rowCount();
        const int row = m_meetingRow >= 0 ? std::min(m_meetingRow, rows - 1) : rows - 1;
        if (row >= 0)
            m_meetings->setCurrentIndex(m_meetingModel->index(row, ReviewMeetingModel::WhenColumn));
        refreshMeetingDetail();
    });
    connect(m_meetingModel, &QAbstractItemModel::dataChanged, this, &ReviewPage::refreshMeetingDetail);
    connect(m_doc, &CoeDocument::fieldChanged, this, [this](CoeDocument::Field f) {
        if (f == CoeDocument::Field::DisplayTimeZone)
            refreshMeetingDetail();
    });
    connect(m_meetingAt, &QDateTimeEdit::editingFinished, this, &ReviewPage::commitMeetingTime);
    connect(m_facilitator, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = currentMeeting();
        if (row >= 0)
            m_meetingModel->setData(m_meetingModel->index(row, ReviewMeetingModel::FacilitatorColumn), text);
    });
    connect(m_attendees, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = currentMeeting();
        if (row >= 0)
            m_meetingModel->setData(m_meetingModel->index(row, ReviewMeetingModel::AttendeesColumn), text);
    });
    connect(m_notes, &MarkdownEdit::edited, this, [this](const QString& t) { editMeetingText(false, t); });
    connect(m_decisions, &MarkdownEdit::edited, this, [this](const QString& t) { editMeetingText(true, t); });
    refreshMeetingDetail();
    return tab;
}

int ReviewPage::addMeeting()
{
    Review review = m_doc->coe().review;
    ReviewMeeting meeting;
    meeting.at = QDateTime::currentDateTimeUtc();
    meeting.at.setTime(QTime(meeting.at.time().hour(), meeting.at.time().minute()));
    meeting.facilitator = Settings::instance()->authorName();
    review.meetings << meeting;
    m_doc->setReview(review, tr("Add Meeting"));
    const int row = int(m_doc->coe().review.meetings.size()) - 1;
    m_meetings->setCurrentIndex(m_meetingModel->index(row, ReviewMeetingModel::WhenColumn));
    return row;
}

void ReviewPage::removeMeeting(int row)
{
    Review review = m_doc->coe().review;
    if (row < 0 || row >= review.meetings.size())
        return;
    review.meetings.removeAt(row);
    m_doc->setReview(review, tr("Remove Meeting"));
}

int ReviewPage::currentMeeting() const
{
    const QModelIndex current = m_meetings->currentIndex();
    return current.isValid() && current.row() < m_doc->coe().review.meetings.size() ? current.row() : -1;
}

void ReviewPage::refreshMeetingDetail()
{
    const int row = currentMeeting();
    m_removeMeeting->setEnabled(row >= 0);
    m_meetingDetail->setEnabled(row >= 0);
    const ReviewMeeting meeting = row >= 0 ? m_doc->coe().review.meetings.at(row) : ReviewMeeting{};
    const QTimeZone zone = zoneOf(m_doc->coe());
    const QDateTime at = meeting.at.isValid() ? meeting.at : QDateTime::currentDateTimeUtc();
    const QDateTime local = at.toTimeZone(zone);
    {
        const QSignalBlocker block(m_meetingAt);
        m_meetingAt->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
    }
    m_meetingZone->setText(zone.abbreviation(at));
    m_meetingZone->setToolTip(QString::fromUtf8(zone.id()));
    // Typing "Ana " keeps its space while the stored (trimmed) name is the same.
    if (m_facilitator->text().trimmed() != meeting.facilitator)
        m_facilitator->setText(meeting.facilitator);
    const QString attendees = meeting.attendees.join(QStringLiteral(", "));
    // Typing "a, " keeps its comma while the list stays the same.
    if (splitList(m_attendees->text()) != meeting.attendees)
        m_attendees->setText(attendees);
    m_notes->setMarkdown(meeting.notes);
    m_decisions->setMarkdown(meeting.decisions);
}

void ReviewPage::commitMeetingTime()
{
    const int row = currentMeeting();
    if (row < 0)
        return;
    const QDateTime wall = m_meetingAt->dateTime();
    const std::optional<QDateTime> at = TimeParser::fromLocal(wall.date(), wall.time(), zoneOf(m_doc->coe()));
    if (!at)
        return; // in a gap of the zone: the time does not exist
    m_meetingModel->setData(m_meetingModel->index(row, ReviewMeetingModel::WhenColumn), at->toUTC());
}

void ReviewPage::editMeetingText(bool decisions, const QString& text)
{
    const int row = currentMeeting();
    if (row < 0)
        return;
    Review review = m_doc->coe().review;
    ReviewMeeting& m = review.meetings[row];
    (decisions ? m.decisions : m.notes) = text;
    m_doc->setReview(review, decisions ? tr("Edit Decisions") : tr("Edit Meeting Notes"),
                     QStringLiteral("meeting/%1/%2").arg(row).arg(decisions ? QStringLiteral("decisions")
                                                                            : QStringLiteral("notes")));
}

// --- questions ---------------------------------------------------------------

QWidget* ReviewPage::buildQuestionsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_questionModel = new ReviewQuestionModel(m_doc, this);
    m_questions = new QTableView(tab);
    m_questions->setObjectName(QStringLiteral("reviewQuestionsTableView"));
    m_questions->setAccessibleName(tr("Questions asked in review"));
    m_questions->setModel(m_questionModel);
    setUpTable(m_questions);
    m_questions->setWordWrap(true);
    m_questions->horizontalHeader()->setSectionResizeMode(ReviewQuestionModel::QuestionColumn, QHeaderView::Stretch);
    m_questions->horizontalHeader()->setSectionResizeMode(ReviewQuestionModel::AnswerColumn, QHeaderView::Stretch);
    m_questions->horizontalHeader()->setStretchLastSection(false);
    m_questions->setColumnWidth(ReviewQuestionModel::ActionColumn, fontMetrics().averageCharWidth() * 28);
    layout->addWidget(m_questions, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Question"), tab);
    add->setObjectName(QStringLiteral("addReviewQuestionButton"));
    m_removeQuestion = new QPushButton(tr("Remove Question"), tab);
    m_removeQuestion->setObjectName(QStringLiteral("removeReviewQuestionButton"));
    m_makeAction = new QPushButton(tr("Make Action &Item"), tab);
    m_makeAction->setObjectName(QStringLiteral("makeActionItemButton"));
    m_makeAction->setToolTip(tr("Turn the question into an action item, linked back to it"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeQuestion);
    buttons->addWidget(m_makeAction);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_questionAction = new QLabel(tab);
    m_questionAction->setObjectName(QStringLiteral("questionActionLabel"));
    m_questionAction->setTextFormat(Qt::PlainText);
    m_questionAction->setWordWrap(true);
    layout->addWidget(m_questionAction);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addQuestion();
        const QModelIndex index = m_questionModel->index(row, ReviewQuestionModel::QuestionColumn);
        m_questions->setCurrentIndex(index);
        m_questions->edit(index);
    });
    connect(m_removeQuestion, &QPushButton::clicked, this, [this] { removeQuestion(currentQuestion()); });
    connect(m_makeAction, &QPushButton::clicked, this, [this] { makeActionItem(currentQuestion()); });
    connect(m_questions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPage::refreshQuestionButtons);
    connect(m_questionModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_questionRow = m_questions->currentIndex().row(); });
    connect(m_questionModel, &QAbstractItemModel::modelReset, this, [this] {
        const int row = std::min(m_questionRow, m_questionModel->rowCount() - 1);
        if (row >= 0)
            m_questions->setCurrentIndex(m_questionModel->index(row, ReviewQuestionModel::QuestionColumn));
        refreshQuestionButtons();
    });
    connect(m_questionModel, &QAbstractItemModel::dataChanged, this, &ReviewPage::refreshQuestionButtons);
    refreshQuestionButtons();
    return tab;
}

int ReviewPage::addQuestion(const QString& question)
{
    Review review = m_doc->coe().review;
    review.questions << ReviewQuestion{question, {}, {}};
    // An empty question differs from none: the step is always pushed.
    m_doc->setReview(review, tr("Add Review Question"));
    return int(m_doc->coe().review.questions.size()) - 1;
}

void ReviewPage::removeQuestion(int row)
{
    Review review = m_doc->coe().review;
    if (row < 0 || row >= review.questions.size())
        return;
    review.questions.removeAt(row);
    m_doc->setReview(review, tr("Remove Review Question"));
}

int ReviewPage::currentQuestion() const
{
    const QModelIndex current = m_questions->currentIndex();
    return current.isValid() && current.row() < m_doc->coe().review.questions.size() ? current.row() : -1;
}

QString ReviewPage::makeActionItem(int row)
{
    ActionItem item; // as the Actions page makes one: open, due in two weeks
    item.due = DayClock::instance()->today().addDays(14);
    item.status = ActionStatus::Open;
    const QString id = m_doc->makeActionItemFromQuestion(row, item);
    refreshQuestionButtons();
    return id;
}

void ReviewPage::refreshQuestionButtons()
{
    const int row = currentQuestion();
    m_removeQuestion->setEnabled(row >= 0);
    const QString linked =
        row >= 0 ? m_questionModel->index(row, 0).data(ReviewQuestionModel::ActionIdRole).toString() : QString();
    m_makeAction->setEnabled(row >= 0 && linked.isEmpty());
    if (!linked.isEmpty()) {
        const int actionRow = m_doc->actionRow(linked);
        m_questionAction->setText(
            tr("This question became action item %1: %2").arg(linked, m_doc->coe().actionItems.at(actionRow).title));
    } else {
        m_questionAction->clear();
    }
}

void ReviewPage::focusLocation(const analysis::Location& location)
{
    if (location.field == QLatin1String("comments"))
        m_tabs->setCurrentIndex(CommentsTab);
    else if (location.field == QLatin1String("questions"))
        m_tabs->setCurrentIndex(QuestionsTab);
    else if (location.field == QLatin1String("meetings"))
        m_tabs->setCurrentIndex(MeetingsTab);
    EditorPage::focusLocation(location);
}

} // namespace hindsight
