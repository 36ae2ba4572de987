// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "document/AutoSaver.h"
#include "document/CoeDocument.h"
#include "report/ReportOptions.h"
#include "storage/CoeApproval.h"
#include "storage/CoeRepository.h"
#include "templates/Template.h"

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class QAction;
class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QTimer;
class QVBoxLayout;

namespace hindsight {

class Archive;
class Banner;
class EditorPage;
class HistoryDialog;
class SimilarLookup;

// One window per COE: the nine steps on the left (each with its state and
// review findings), the step's page in the middle, guidance on the right.
// Every edit goes through the window's CoeDocument (Edit ▸ Undo names the
// step) and is saved to the archive two seconds after the last change, on
// page change and on close. A failed save keeps the edits and shows a banner
// with Retry. The gap threshold, action SLA, autosave delay, author name and
// display zone for new COEs come from Settings; the window remembers its
// geometry and splitter.
class EditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { SummaryPage, ImpactPage, TimelinePage, MetricsPage, QuestionsPage, WhysPage, ActionsPage, RelatedPage,
                ReviewPage, PageCount };

    // Opens the COE `uuid` of `archive` in its own window, or raises the
    // window that already shows it. Null (and *error set) when it cannot be
    // loaded. The window deletes itself when closed; the archive must outlive it.
    static EditorWindow* openCoe(Archive& archive, const QUuid& uuid, QWidget* parent = nullptr,
                                 QString* error = nullptr);
    // Creates a new COE (with the standard questions), saves it, opens it.
    static EditorWindow* createCoe(Archive& archive, const QString& title, QWidget* parent = nullptr,
                                   QString* error = nullptr);
    // The open window of a COE, if any.
    static EditorWindow* findOpen(const QUuid& uuid);
    static QList<EditorWindow*> openWindows();
    // Closes every editor window (each saves first; one that cannot save asks).
    // False when the user kept a window open: do not close the archive then.
    static bool closeAll();

    EditorWindow(Archive& archive, const Coe& coe, QWidget* parent = nullptr);
    ~EditorWindow() override;

    CoeDocument* document() const { return m_doc; }
    AutoSaver* autoSaver() const { return m_saver; }
    QUuid uuid() const { return m_uuid; }
    int currentPage() const;
    void setCurrentPage(int page);
    EditorPage* page(int index) const;
    QList<analysis::Finding> findings() const { return m_findings; }
    // The gap threshold and action SLA used by the review and the timeline.
    void setCheckOptions(const analysis::CheckOptions& options);
    // Jumps to a finding's page and selects its row or field.
    void showLocation(const analysis::Location& location);
    // Goes to a page (Page) and selects a row of its list (-1: none), e.g.
    // showPage(ActionsPage, 2) for the archive's list of action items.
    void showPage(int page, int row = -1);
    // Runs the review check and refreshes the step marks now (it also runs
    // shortly after edits).
    void refreshReview();
    // Compares the stored version with this window's (ConflictDialog) and
    // saves the chosen result as the next revision; false when cancelled.
    bool compareWithStored();
    // View ▸ History: the versions of this COE and what changed (HistoryDialog,
    // not modal; one per window). Gives the dialog, shown and raised.
    HistoryDialog* showHistory();
    // Makes version `number` the current document, after asking (MessageBox),
    // as one undoable edit, saves and records a version (reason Restore).
    // False when cancelled, the version cannot be read, or the save failed.
    bool restoreVersion(int number);
    // Approves the COE as one undoable edit (status Approved, the review
    // record's approver, time and version), saves at once and records the
    // Status version with `note` (StatusChange::approvalNote).
    void approve(const QString& approver, const QString& note);
    // Edit ▸ Add Comment…: asks for a review comment on the current page's
    // selected item or section (EditorPage::commentTarget) and adds it; the
    // comment's id, empty when cancelled.
    QString addCommentHere();

    // Approval freezes a snapshot (issue #13, EditorWindowApproval.cpp): while
    // the document differs from its approved version, the approval banner says
    // "Changed since approved on DATE by NAME" with Show Changes. The first
    // edit of an Approved COE moves it to In review (in the edit's undo step)
    // and the banner says so, once per window.
    Banner* approvalBanner() const { return m_approvalBanner; }
    // Show Changes: History with the approved version selected, compared with
    // the current document. Null when the COE has no approved version.
    HistoryDialog* showChangesSinceApproval();
    // The title block's version and approval of this COE for the PDF and
    // print flows (ReportOptions::versionStamps); unsaved edits say so.
    QHash<QUuid, report::VersionStamp> versionStamps() const;

    // "Has this happened before?": the similar past COEs of the document
    // (shown in the Related step) and the header's "N similar past COEs",
    // which goes there (hidden while there are none).
    SimilarLookup* similarLookup() const { return m_similar; }
    QPushButton* similarNotice() const { return m_similarNotice; }

signals:
    // After each successful save, so archive views can refresh.
    void coeSaved(const QUuid& uuid);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The step of each page.
    static constexpr analysis::Section kSections[PageCount] = {
        analysis::Section::Summary,   analysis::Section::Impact, analysis::Section::Timeline,
        analysis::Section::Metrics,   analysis::Section::Questions, analysis::Section::Whys,
        analysis::Section::Actions,   analysis::Section::Related, analysis::Section::Review};

    // EditorWindow.cpp: the window, its pages and the steps.
    void buildPages();
    static void giveBuddiesFocus(QWidget* page);
    static void focusFirstField(QWidget* page);
    void commitOpenEditor();
    void setGuidanceVisible(bool visible);
    // The COE's template (m_template), read again when its name changes.
    void readTemplate();
    // The guidance of the current step: the template's own or the program's.
    void updateGuidance();

    // EditorWindowMenus.cpp: menus, toolbar, Ctrl+Z routing (eventFilter).
    void buildMenus();

    // EditorWindowReview.cpp: the review panel under the steps.
    void buildReviewPanel(QWidget* left, QVBoxLayout* leftLayout);
    void connectReviewPanel();
    void updateStepMarks();
    void showReviewMenu(QPoint pos);

    // EditorWindowApproval.cpp: the approval banner and the move to In review.
    void connectApproval();
    void readApproval();
    void updateApprovalBanner();

    // EditorWindowSaving.cpp: save state in the title, the save banner, conflicts.
    void connectSaving();
    void updateTitle();
    void updateSaveBanner();
    // After a conflict: compares the stored version with this one section by
    // section (ConflictDialog) and saves the chosen result as the next revision.
    bool resolveConflict();

    Archive& m_archive;
    CoeRepository m_repository;
    QUuid m_uuid;
    CoeDocument* m_doc;
    AutoSaver* m_saver;
    analysis::CheckOptions m_options;
    QList<analysis::Finding> m_findings;

    QListWidget* m_steps = nullptr;
    // Findings grouped by step, one line each (the full text in m_reviewDetails).
    QTreeWidget* m_review = nullptr;
    QLabel* m_reviewDetails = nullptr;
    QLabel* m_reviewSummary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_pageTitle = nullptr;
    Banner* m_banner = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QToolButton* m_guidanceToggle = nullptr;
    QTextBrowser* m_guidance = nullptr;
    std::optional<templates::Template> m_template; // the COE's template, when it names one that exists
    QLabel* m_saveState = nullptr;
    QTimer* m_reviewTimer = nullptr;
    QList<EditorPage*> m_pages;
    QSplitter* m_splitter = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QPointer<HistoryDialog> m_history;
    Banner* m_approvalBanner = nullptr;
    SimilarLookup* m_similar = nullptr;
    QPushButton* m_similarNotice = nullptr;
    std::optional<CoeApproval> m_approval; // the approved version, when there is one
    QString m_approvalText;                // what the approval banner says ("" while hidden)
    bool m_approvalNoteSaid = false;       // the move to In review was announced in this window
    bool m_approvalNoteShowing = false;    // ... and the banner still says so
};

} // namespace hindsight
