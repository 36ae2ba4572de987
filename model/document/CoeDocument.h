// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QObject>
#include <QUndoStack>
#include <QVariant>

namespace hindsight {

struct DocumentEditor;
namespace templates {
struct Template;
}

// One COE being edited, and its undo stack.
//
// Every change goes through the facade below: each function pushes one
// command on undoStack() whose text names the step ("Edit Title", "Add Action
// Item"), so Undo/Redo menu entries say what they do. Consecutive edits of the
// same field (and the same row) merge into one step, so typing a sentence is
// undone at once. Edits that would not change anything push nothing.
//
// Ownership of values: the document owns the Coe it shows. A command that
// removes rows takes the removed values by value and keeps them for as long as
// it is on the undo stack (undo puts those very values back at the rows they
// came from); when the stack drops the command, the values go with it. Nothing
// outside the document and its commands ever holds a pointer or reference into
// coe(): item models read by row on demand, and every signal carries rows or
// ids, never addresses.
//
// Every redo and undo restores or stamps Coe::updatedAt: a command records the
// time of its first redo (whole seconds, UTC), and undo gives back the value
// from before, so undoing every step yields the document exactly as loaded.
class CoeDocument : public QObject
{
    Q_OBJECT
public:
    // Single-valued fields of the COE.
    enum class Field {
        Title,
        Status,
        Severity, // QVariant(): none; else int 1..5
        Owner,
        Reviewers, // QStringList
        Services,
        Tags,
        DisplayTimeZone, // QTimeZone
        Summary,
        CustomersAffected, // QVariant(): unknown; else qint64
        ImpactDescription,
        FinancialImpact, // QVariant(): none; else FinancialImpact
        SlaBreached,     // QVariant(): unknown; else bool
        Pillars,         // QList<Pillar>
        Consequences,
        SecondOrder,
        CustomerSentiment,
        Problem,
        Template,             // format 1.1: the template's name
        DetectionSource,      // format 1.1: hindsight::DetectionSource
        DetectionDescription, // format 1.1
    };
    Q_ENUM(Field)

    // The lists of the COE; signals about rows name one of these.
    enum class List { Timeline, Metrics, Questions, Whys, Actions, Related, Factors };
    Q_ENUM(List)

    // Values are QVariant: text as QString, enumerations as the enum or int,
    // dates as QDate, instants as QDateTime (converted to UTC).
    enum class TimelineField { At, Text, Milestone, Approximate, Source, GapExplanation, Highlight };
    enum class MetricField { Name, Role, Description, SourceUrl };
    enum class QuestionField { Area, Question, Answer };
    enum class WhyField { Why, Because, RootCause, HumanError };
    enum class ActionField { Title, Description, Priority, Owner, Due, Status, Kind, Whys, Link };
    enum class RelatedField { Kind, Title, Uuid, Url };
    enum class FactorField { Category, Description, Whys };

    explicit CoeDocument(Coe coe = makeNewCoe(), QObject* parent = nullptr);
    ~CoeDocument() override;

    const Coe& coe() const { return m_coe; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // Grows by one with every change (do, undo, redo, replace): the autosaver
    // compares it with the generation it last saved.
    quint64 generation() const { return m_generation; }

    // Replaces the whole COE (after loading, or keeping the stored version in a
    // conflict); clears the undo stack. Emits aboutToReset/reset.
    void replaceCoe(const Coe& coe);
    // Replaces every field as one undoable step named `text` (a resolved save
    // conflict); the revision stays. Emits aboutToReset/reset. Pushes nothing
    // when no field changes.
    void replaceContent(const Coe& coe, const QString& text);
    // Storage bookkeeping after a save; not an edit (no undo step, no signal).
    void setRevision(qint64 revision) { m_coe.revision = revision; }

    // Approval freezes a snapshot (issue #13): when on, an edit of an
    // Approved COE also moves its status to In review, in the same undo step
    // (undoing the edit brings Approved back), and emits approvalLeftByEdit().
    // A change of the status itself, and replaceContent() (an approval, a
    // restore, a merge), never do. Off by default (the editor turns it on).
    void setEditLeavesApproval(bool on) { m_editLeavesApproval = on; }
    bool editLeavesApproval() const { return m_editLeavesApproval; }

    // --- single fields ------------------------------------------------------
    QVariant fieldValue(Field field) const;
    void setField(Field field, const QVariant& value);
    void setTitle(const QString& v) { setField(Field::Title, v); }
    void setStatus(Status v) { setField(Field::Status, QVariant::fromValue(v)); }
    void setSeverity(std::optional<int> v) { setField(Field::Severity, v ? QVariant(*v) : QVariant()); }
    void setOwner(const QString& v) { setField(Field::Owner, v); }
    void setReviewers(const QStringList& v) { setField(Field::Reviewers, v); }
    void setServices(const QStringList& v) { setField(Field::Services, v); }
    void setTags(const QStringList& v) { setField(Field::Tags, v); }
    void setDisplayTimeZone(const QTimeZone& v) { setField(Field::DisplayTimeZone, QVariant::fromValue(v)); }
    void setSummary(const QString& v) { setField(Field::Summary, v); }
    void setCustomersAffected(std::optional<qint64> v);
    void setImpactDescription(const QString& v) { setField(Field::ImpactDescription, v); }
    void setFinancialImpact(const std::optional<FinancialImpact>& v);
    void setSlaBreached(std::optional<bool> v) { setField(Field::SlaBreached, v ? QVariant(*v) : QVariant()); }
    void setPillars(const QList<Pillar>& v) { setField(Field::Pillars, QVariant::fromValue(v)); }
    void setConsequences(const QString& v) { setField(Field::Consequences, v); }
    void setSecondOrder(const QString& v) { setField(Field::SecondOrder, v); }
    void setCustomerSentiment(const QString& v) { setField(Field::CustomerSentiment, v); }
    void setProblem(const QString& v) { setField(Field::Problem, v); }

    // --- timeline (kept sorted by `at`, ties in insertion order) -------------
    // Returns the row the entry landed on.
    int insertTimelineEntry(const TimelineEntry& entry);
    // Several entries as one step (pasted lines).
    void insertTimelineEntries(const QList<TimelineEntry>& entries);
    void removeTimelineEntries(QList<int> rows);
    // Returns the row of the entry afterwards (an edit of `at` moves it).
    // Setting a milestone that another entry carries takes it from that entry
    // in the same step: each milestone appears at most once.
    int setTimelineField(int row, TimelineField field, const QVariant& value);
    QVariant timelineFieldValue(int row, TimelineField field) const;

    // --- metrics --------------------------------------------------------------
    int addMetric(const Metric& metric = {});
    void removeMetric(int row);
    void setMetricField(int row, MetricField field, const QVariant& value);
    void addImage(int metricRow, const MetricImage& image);
    void removeImage(int metricRow, int imageRow);
    void setImageCaption(int metricRow, int imageRow, const QString& caption);
    // Format 1.1 measured series (CoeDocumentSeries.cpp), each call one undo
    // step. addSeries appends them all or, past metrics::kMaxSeries, none
    // (false, with *error saying why).
    bool addSeries(int metricRow, const QList<metrics::MetricSeries>& series, QString* error = nullptr);
    void removeSeries(int metricRow, int seriesRow);
    void setThreshold(int metricRow, std::optional<double> threshold);
    void setWindow(int metricRow, const MetricWindow& window);

    // --- questions ------------------------------------------------------------
    // Inserted after the last question of its area; returns the row.
    int addQuestion(const Question& question);
    void removeQuestion(int row);
    void setQuestionField(int row, QuestionField field, const QVariant& value);
    void setQuestionAnswer(int row, const QString& answer) { setQuestionField(row, QuestionField::Answer, answer); }
    void moveQuestion(int from, int to);

    // --- 5 whys (a tree by parent id) -----------------------------------------
    // Appends a step under parentId (empty: under the problem); returns its id.
    QString addWhy(const QString& parentId, const QString& why = {});
    // Removes the step, its descendants and the links action items hold to them.
    void removeWhy(const QString& id);
    void setWhyField(const QString& id, WhyField field, const QVariant& value);
    int whyRow(const QString& id) const; // -1 when unknown

    // --- action items ---------------------------------------------------------
    // Appends; gives the item a fresh id when it has none. Returns the id.
    QString addActionItem(const ActionItem& item = {});
    void removeActionItems(QList<int> rows);
    void setActionField(int row, ActionField field, const QVariant& value);
    int actionRow(const QString& id) const;

    // --- related --------------------------------------------------------------
    int addRelated(const RelatedItem& item);
    void removeRelated(int row);
    void setRelatedField(int row, RelatedField field, const QVariant& value);

    // --- the review record (CoeDocumentReview.cpp) ----------------------------
    // Replaces the review record as one step named `text` ("Add Comment").
    // Consecutive edits with the same non-empty `mergeKey` (typing into one
    // field: "meeting/2/notes") merge into one step; others never merge.
    // Pushes nothing when nothing changes. Emits reviewChanged.
    void setReview(const Review& review, const QString& text, const QString& mergeKey = {});
    // Turns question `row` of the review record into an action item (the next
    // free id, titled with the question) and links the question to it, as one
    // step. `item` gives the rest of the new item (a due date). A question
    // already linked to an existing item pushes nothing. Returns the item's id
    // (empty when the row does not exist).
    QString makeActionItemFromQuestion(int row, ActionItem item = {});

    // --- template (CoeDocumentTemplate.cpp) -----------------------------------
    // Records the template and adds its questions the COE does not ask yet,
    // its default tags and services (templates::withTemplate); answered and
    // other questions stay. One undo step "Change Template"; false (nothing
    // pushed) when nothing would change. Emits aboutToReset/reset.
    bool applyTemplate(const templates::Template& t);

    // --- contributing factors (format 1.1) -------------------------------------
    // Appends; gives the factor a fresh id ("f1", ...) when it has none or a
    // taken one. Returns the id.
    QString addFactor(const ContributingFactor& factor = {});
    void removeFactors(QList<int> rows);
    void setFactorField(int row, FactorField field, const QVariant& value);
    int factorRow(const QString& id) const;

signals:
    void fieldChanged(hindsight::CoeDocument::Field field);
    void rowsAboutToBeInserted(hindsight::CoeDocument::List list, int first, int last);
    void rowsInserted(hindsight::CoeDocument::List list, int first, int last);
    void rowsAboutToBeRemoved(hindsight::CoeDocument::List list, int first, int last);
    void rowsRemoved(hindsight::CoeDocument::List list, int first, int last);
    // `to` is the row the entry has once moved.
    void rowAboutToBeMoved(hindsight::CoeDocument::List list, int from, int to);
    void rowMoved(hindsight::CoeDocument::List list, int from, int to);
    void rowChanged(hindsight::CoeDocument::List list, int row);
    // For the why tree: emitted just before rowsAboutToBeInserted(Whys, row, row).
    void whyAboutToBeInserted(int row, const QString& parentId);
    void aboutToReset();
    void reset();
    // The review record changed (setReview, its undo and redo).
    void reviewChanged();
    // After every change: do, undo, redo, replace.
    void changed();
    // An edit moved the COE from Approved to In review (setEditLeavesApproval).
    void approvalLeftByEdit();

private:
    friend struct DocumentEditor;
    // `edit`: a change of content, which moves an Approved COE to In review
    // (setEditLeavesApproval); false for a change of the status or of everything.
    void push(QUndoCommand* command, bool edit = true);
    QString nextId(const QString& prefix, const QStringList& taken) const;

    Coe m_coe;
    QUndoStack* m_undoStack = nullptr;
    quint64 m_generation = 0;
    bool m_editLeavesApproval = false;
};

QString toDisplayString(CoeDocument::Field field); // "Title", "Severity", ...

} // namespace hindsight

Q_DECLARE_METATYPE(hindsight::FinancialImpact)
Q_DECLARE_METATYPE(QList<hindsight::Pillar>)
