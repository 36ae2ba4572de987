// SPDX-License-Identifier: MIT
#include "CoeDocument.h"

#include "CoeCommands.h"
#include "WhyOrder.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>

namespace hindsight {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct CoeDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(CoeDocument)
};

QDateTime utcOf(const QVariant& v)
{
    return v.toDateTime().toUTC();
}

// Sorted descending, without duplicates, only valid rows.
QList<int> removalOrder(QList<int> rows, qsizetype count)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [count](int r) { return r < 0 || r >= count; }),
               rows.end());
    return rows;
}

} // namespace

QString toDisplayString(CoeDocument::Field field)
{
    using F = CoeDocument::Field;
    switch (field) {
    case F::Title: return CoeDocumentText::tr("Title");
    case F::Status: return CoeDocumentText::tr("Status");
    case F::Severity: return CoeDocumentText::tr("Severity");
    case F::Owner: return CoeDocumentText::tr("Owner");
    case F::Reviewers: return CoeDocumentText::tr("Reviewers");
    case F::Services: return CoeDocumentText::tr("Services");
    case F::Tags: return CoeDocumentText::tr("Tags");
    case F::DisplayTimeZone: return CoeDocumentText::tr("Time Zone");
    case F::Summary: return CoeDocumentText::tr("Summary");
    case F::CustomersAffected: return CoeDocumentText::tr("Customers Affected");
    case F::ImpactDescription: return CoeDocumentText::tr("Impact Description");
    case F::FinancialImpact: return CoeDocumentText::tr("Financial Impact");
    case F::SlaBreached: return CoeDocumentText::tr("SLA Breach");
    case F::Pillars: return CoeDocumentText::tr("Pillars");
    case F::Consequences: return CoeDocumentText::tr("Consequences");
    case F::SecondOrder: return CoeDocumentText::tr("Second-Order Impact");
    case F::CustomerSentiment: return CoeDocumentText::tr("Customer Sentiment");
    case F::Problem: return CoeDocumentText::tr("Problem Statement");
    case F::Template: return CoeDocumentText::tr("Template");
    case F::DetectionSource: return CoeDocumentText::tr("Detected By");
    case F::DetectionDescription: return CoeDocumentText::tr("How It Was Detected");
    }
    return {};
}

CoeDocument::CoeDocument(Coe coe, QObject* parent)
    : QObject(parent), m_coe(std::move(coe)), m_undoStack(new QUndoStack(this))
{
    sortTimeline(m_coe.timeline);
    orderWhys(m_coe.whys); // removeWhy and WhyTreeModel rely on parents first
}

CoeDocument::~CoeDocument() = default;

namespace {

// An edit of an Approved COE (CoeDocument::setEditLeavesApproval): the move
// to In review, then the edit, as one step named after the edit. It merges
// as the edit does, so typing on in the same field stays one step and one
// undo brings Approved back.
class LeaveApprovalCommand : public QUndoCommand
{
public:
    LeaveApprovalCommand(QUndoCommand* statusChange, QUndoCommand* edit)
        : QUndoCommand(edit->text()), m_status(statusChange), m_edit(edit)
    {
    }
    void redo() override
    {
        m_status->redo();
        m_edit->redo();
    }
    void undo() override
    {
        m_edit->undo();
        m_status->undo();
    }
    int id() const override { return m_edit->id(); }
    bool mergeWith(const QUndoCommand* other) override { return m_edit->mergeWith(other); }

private:
    std::unique_ptr<QUndoCommand> m_status;
    std::unique_ptr<QUndoCommand> m_edit;
};

} // namespace

void CoeDocument::push(QUndoCommand* command, bool edit)
{
    if (!edit || !m_editLeavesApproval || m_coe.status != Status::Approved) {
        m_undoStack->push(command);
        return;
    }
    m_undoStack->push(new LeaveApprovalCommand(new SetFieldCommand(this, Field::Status,
                                                                   QVariant::fromValue(Status::Approved),
                                                                   QVariant::fromValue(Status::InReview)),
                                               command));
    emit approvalLeftByEdit();
}

void CoeDocument::replaceCoe(const Coe& coe)
{
    emit aboutToReset();
    m_undoStack->clear();
    m_coe = coe;
    sortTimeline(m_coe.timeline);
    orderWhys(m_coe.whys);
    emit reset();
    DocumentEditor::touch(this);
}

void CoeDocument::replaceContent(const Coe& coe, const QString& text)
{
    Coe after = coe;
    after.updatedAt = m_coe.updatedAt; // the command stamps it
    if (after.sameContent(m_coe))
        return;
    push(new ReplaceContentCommand(this, text, m_coe, coe), false);
}

QString CoeDocument::nextId(const QString& prefix, const QStringList& taken) const
{
    int n = 0;
    for (const QString& id : taken) {
        if (id.startsWith(prefix)) {
            bool ok = false;
            const int k = id.mid(prefix.size()).toInt(&ok);
            if (ok)
                n = std::max(n, k);
        }
    }
    QString id;
    do
        id = prefix + QString::number(++n);
    while (taken.contains(id));
    return id;
}

// --- single fields ------------------------------------------------------------

QVariant CoeDocument::fieldValue(Field field) const
{
    const Coe& c = m_coe;
    switch (field) {
    case Field::Title: return c.title;
    case Field::Status: return QVariant::fromValue(c.status);
    case Field::Severity: return c.severity ? QVariant(*c.severity) : QVariant();
    case Field::Owner: return c.owner;
    case Field::Reviewers: return c.reviewers;
    case Field::Services: return c.services;
    case Field::Tags: return c.tags;
    case Field::DisplayTimeZone: return QVariant::fromValue(c.displayTimeZone);
    case Field::Summary: return c.summary;
    case Field::CustomersAffected:
        return c.impact.customersAffected ? QVariant(*c.impact.customersAffected) : QVariant();
    case Field::ImpactDescription: return c.impact.description;
    case Field::FinancialImpact:
        return c.impact.financialImpact ? QVariant::fromValue(*c.impact.financialImpact) : QVariant();
    case Field::SlaBreached: return c.impact.slaBreached ? QVariant(*c.impact.slaBreached) : QVariant();
    case Field::Pillars: return QVariant::fromValue(c.impact.pillars);
    case Field::Consequences: return c.impact.consequences;
    case Field::SecondOrder: return c.impact.secondOrder;
    case Field::CustomerSentiment: return c.impact.customerSentiment;
    case Field::Problem: return c.problem;
    case Field::Template: return c.templateName;
    case Field::DetectionSource: return QVariant::fromValue(c.detection.source);
    case Field::DetectionDescription: return c.detection.description;
    }
    return {};
}

void CoeDocument::setField(Field field, const QVariant& value)
{
    // Normalise the value to the type fieldValue() gives, so that comparing
    // and undoing see one representation.
    QVariant v = value;
    switch (field) {
    case Field::Status: v = QVariant::fromValue(enumOf<Status>(value)); break;
    case Field::DetectionSource: v = QVariant::fromValue(enumOf<DetectionSource>(value)); break;
    case Field::Severity: v = value.isNull() ? QVariant() : QVariant(value.toInt()); break;
    case Field::CustomersAffected: v = value.isNull() ? QVariant() : QVariant(value.toLongLong()); break;
    case Field::SlaBreached: v = value.isNull() ? QVariant() : QVariant(value.toBool()); break;
    case Field::Reviewers:
    case Field::Services:
    case Field::Tags: v = value.toStringList(); break;
    case Field::DisplayTimeZone:
    case Field::FinancialImpact:
    case Field::Pillars: break;
    default: v = value.toString(); break;
    }
    const QVariant old = fieldValue(field);
    if (old == v)
        return;
    push(new SetFieldCommand(this, field, old, v), field != Field::Status);
}

void CoeDocument::setCustomersAffected(std::optional<qint64> v)
{
    setField(Field::CustomersAffected, v ? QVariant(*v) : QVariant());
}

void CoeDocument::setFinancialImpact(const std::optional<FinancialImpact>& v)
{
    setField(Field::FinancialImpact, v ? QVariant::fromValue(*v) : QVariant());
}

// --- timeline -------------------------------------------------------------------

int CoeDocument::insertTimelineEntry(const TimelineEntry& entry)
{
    TimelineEntry e = entry;
    e.at = e.at.toUTC();
    const int row = sortedInsertRow(m_coe.timeline, e.at);
    auto* macro = new QUndoCommand(CoeDocumentText::tr("Add Timeline Entry"));
    if (e.milestone != Milestone::None) {
        for (int r = 0; r < m_coe.timeline.size(); ++r) {
            if (m_coe.timeline[r].milestone == e.milestone) {
                TimelineEntry cleared = m_coe.timeline[r];
                cleared.milestone = Milestone::None;
                new SetRowCommand<TimelineEntry>(this, macro->text(), r, m_coe.timeline[r], cleared, -1, macro);
            }
        }
    }
    new InsertRowCommand<TimelineEntry>(this, macro->text(), row, e, macro);
    push(macro);
    return row;
}

void CoeDocument::insertTimelineEntries(const QList<TimelineEntry>& entries)
{
    if (entries.isEmpty())
        return;
    auto* macro = new QUndoCommand(CoeDocumentText::tr("Paste %n Timeline Entries", nullptr, int(entries.size())));
    QList<TimelineEntry> simulated = m_coe.timeline;
    QList<Milestone> used;
    for (const auto& t : simulated)
        if (t.milestone != Milestone::None)
            used << t.milestone;
    for (TimelineEntry e : entries) {
        e.at = e.at.toUTC();
        if (used.contains(e.milestone))
            e.milestone = Milestone::None; // the existing entry keeps it
        else if (e.milestone != Milestone::None)
            used << e.milestone;
        const int row = sortedInsertRow(simulated, e.at);
        simulated.insert(row, e);
        new InsertRowCommand<TimelineEntry>(this, macro->text(), row, e, macro);
    }
    push(macro);
}

void CoeDocument::removeTimelineEntries(QList<int> rows)
{
    rows = removalOrder(rows, m_coe.timeline.size());
    if (rows.isEmpty())
        return;
    auto* macro = new QUndoCommand(CoeDocumentText::tr("Delete %n Timeline Entries", nullptr, int(rows.size())));
    for (int r : rows)
        new RemoveRowCommand<TimelineEntry>(this, macro->text(), r, macro);
    push(macro);
}

QVariant CoeDocument::timelineFieldValue(int row, TimelineField field) const
{
    if (row < 0 || row >= m_coe.timeline.size())
        return {};
    const TimelineEntry& e = m_coe.timeline[row];
    switch (field) {
    case TimelineField::At: return e.at;
    case TimelineField::Text: return e.text;
    case TimelineField::Milestone: return QVariant::fromValue(e.milestone);
    case TimelineField::Approximate: return e.approximate;
    case TimelineField::Source: return e.source;
    case TimelineField::GapExplanation: return e.gapExplanation;
    case TimelineField::Highlight: return e.highlight;
    }
    return {};
}

int CoeDocument::setTimelineField(int row, TimelineField field, const QVariant& value)
{
    if (row < 0 || row >= m_coe.timeline.size())
        return row;
    const TimelineEntry old = m_coe.timeline[row];
    TimelineEntry e = old;
    switch (field) {
    case TimelineField::At: {
        const QDateTime at = utcOf(value);
        if (!at.isValid() || at == e.at)
            return row;
        e.at = at;
        QList<TimelineEntry> rest = m_coe.timeline;
        rest.removeAt(row);
        const int to = sortedInsertRow(rest, at);
        push(new TimelineAtCommand(this, row, to, old, e));
        return to;
    }
    case TimelineField::Text: e.text = value.toString(); break;
    case TimelineField::Milestone: e.milestone = enumOf<Milestone>(value); break;
    case TimelineField::Approximate: e.approximate = value.toBool(); break;
    case TimelineField::Source: e.source = value.toString(); break;
    case TimelineField::GapExplanation: e.gapExplanation = value.toString(); break;
    case TimelineField::Highlight: e.highlight = value.toBool(); break;
    }
    if (e == old)
        return row;
    const QString text = CoeDocumentText::tr("Edit Timeline Entry");
    if (field == TimelineField::Milestone && e.milestone != Milestone::None) {
        auto* macro = new QUndoCommand(text);
        for (int r = 0; r < m_coe.timeline.size(); ++r) {
            if (r != row && m_coe.timeline[r].milestone == e.milestone) {
                TimelineEntry cleared = m_coe.timeline[r];
                cleared.milestone = Milestone::None;
                new SetRowCommand<TimelineEntry>(this, text, r, m_coe.timeline[r], cleared, -1, macro);
            }
        }
        new SetRowCommand<TimelineEntry>(this, text, row, old, e, -1, macro);
        push(macro);
        return row;
    }
    push(new SetRowCommand<TimelineEntry>(this, text, row, old, e, int(field)));
    return row;
}

// --- metrics --------------------------------------------------------------------

int CoeDocument::addMetric(const Metric& metric)
{
    const int row = int(m_coe.metrics.size());
    push(new InsertRowCommand<Metric>(this, CoeDocumentText::tr("Add Metric"), row, metric));
    return row;
}

void CoeDocument::removeMetric(int row)
{
    if (row < 0 || row >= m_coe.metrics.size())
        return;
    push(new RemoveRowCommand<Metric>(this, CoeDocumentText::tr("Delete Metric"), row));
}

void CoeDocument::setMetricField(int row, MetricField field, const QVariant& value)
{
    if (row < 0 || row >= m_coe.metrics.size())
        return;
    const Metric old = m_coe.metrics[row];
    Metric m = old;
    switch (field) {
    case MetricField::Name: m.name = value.toString(); break;
    case MetricField::Role: m.role = enumOf<MetricRole>(value); break;
    case MetricField::Description: m.description = value.toString(); break;
    case MetricField::SourceUrl: m.sourceUrl = value.toString(); break;
    }
    if (m == old)
        return;
    push(new SetRowCommand<Metric>(this, CoeDocumentText::tr("Edit Metric"), row, old, m, 100 + int(field)));
}

void CoeDocument::addImage(int metricRow, const MetricImage& image)
{
    if (metricRow < 0 || metricRow >= m_coe.metrics.size())
        return;
    const Metric old = m_coe.metrics[metricRow];
    Metric m = old;
    m.images << image;
    push(new SetRowCommand<Metric>(this, CoeDocumentText::tr("Add Image"), metricRow, old, m, -1));
}

void CoeDocument::removeImage(int metricRow, int imageRow)
{
    if (metricRow < 0 || metricRow >= m_coe.metrics.size())
        return;
    const Metric old = m_coe.metrics[metricRow];
    if (imageRow < 0 || imageRow >= old.images.size())
        return;
    Metric m = old;
    m.images.removeAt(imageRow);
    push(new SetRowCommand<Metric>(this, CoeDocumentText::tr("Delete Image"), metricRow, old, m, -1));
}

void CoeDocument::setImageCaption(int metricRow, int imageRow, const QString& caption)
{
    if (metricRow < 0 || metricRow >= m_coe.metrics.size())
        return;
    const Metric old = m_coe.metrics[metricRow];
    if (imageRow < 0 || imageRow >= old.images.size() || old.images[imageRow].caption == caption)
        return;
    Metric m = old;
    m.images[imageRow].caption = caption;
    push(new SetRowCommand<Metric>(this, CoeDocumentText::tr("Edit Image Caption"), metricRow, old, m, 200 + imageRow));
}

// --- questions ------------------------------------------------------------------

int CoeDocument::addQuestion(const Question& question)
{
    // After the last question of the same area; else after the last one of an
    // earlier area; else first.
    int row = -1;
    for (int r = 0; r < m_coe.questions.size(); ++r)
        if (m_coe.questions[r].area == question.area)
            row = r + 1;
    if (row < 0) {
        row = 0;
        for (int r = 0; r < m_coe.questions.size(); ++r)
            if (int(m_coe.questions[r].area) < int(question.area))
                row = r + 1;
    }
    push(new InsertRowCommand<Question>(this, CoeDocumentText::tr("Add Question"), row, question));
    return row;
}

void CoeDocument::removeQuestion(int row)
{
    if (row < 0 || row >= m_coe.questions.size())
        return;
    push(new RemoveRowCommand<Question>(this, CoeDocumentText::tr("Delete Question"), row));
}

void CoeDocument::setQuestionField(int row, QuestionField field, const QVariant& value)
{
    if (row < 0 || row >= m_coe.questions.size())
        return;
    const Question old = m_coe.questions[row];
    Question q = old;
    switch (field) {
    case QuestionField::Area: q.area = enumOf<QuestionArea>(value); break;
    case QuestionField::Question: q.question = value.toString(); break;
    case QuestionField::Answer: q.answer = value.toString(); break;
    }
    if (q == old)
        return;
    const QString text = field == QuestionField::Answer ? CoeDocumentText::tr("Answer Question") : CoeDocumentText::tr("Edit Question");
    push(new SetRowCommand<Question>(this, text, row, old, q, 300 + int(field)));
}

void CoeDocument::moveQuestion(int from, int to)
{
    const int n = int(m_coe.questions.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    push(new MoveRowCommand<Question>(this, CoeDocumentText::tr("Move Question"), from, to));
}

// --- whys -----------------------------------------------------------------------

int CoeDocument::whyRow(const QString& id) const
{
    for (int r = 0; r < m_coe.whys.size(); ++r)
        if (m_coe.whys[r].id == id)
            return r;
    return -1;
}

QString CoeDocument::addWhy(const QString& parentId, const QString& why)
{
    if (!parentId.isEmpty() && whyRow(parentId) < 0)
        return {};
    QStringList ids;
    for (const auto& w : m_coe.whys)
        ids << w.id;
    WhyStep step;
    step.id = nextId(QStringLiteral("w"), ids);
    step.parentId = parentId;
    step.why = why;
    push(new InsertRowCommand<WhyStep>(this, CoeDocumentText::tr("Add Why"), int(m_coe.whys.size()), step));
    return step.id;
}

void CoeDocument::removeWhy(const QString& id)
{
    if (whyRow(id) < 0)
        return;
    // The step and all its descendants.
    QStringList doomed{id};
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& w : m_coe.whys) {
            if (!doomed.contains(w.id) && doomed.contains(w.parentId)) {
                doomed << w.id;
                grew = true;
            }
        }
    }
    auto* macro = new QUndoCommand(CoeDocumentText::tr("Delete Why"));
    for (int r = 0; r < m_coe.actionItems.size(); ++r) {
        const ActionItem& a = m_coe.actionItems[r];
        ActionItem unlinked = a;
        unlinked.whys.removeIf([&doomed](const QString& w) { return doomed.contains(w); });
        if (unlinked != a)
            new SetRowCommand<ActionItem>(this, macro->text(), r, a, unlinked, -1, macro);
    }
    for (int r = 0; r < m_coe.factors.size(); ++r) {
        const ContributingFactor& f = m_coe.factors[r];
        ContributingFactor unlinked = f;
        unlinked.whys.removeIf([&doomed](const QString& w) { return doomed.contains(w); });
        if (unlinked != f)
            new SetRowCommand<ContributingFactor>(this, macro->text(), r, f, unlinked, -1, macro);
    }
    // Children always come after their parents in the list (orderWhys on
    // load; addWhy appends), so removing from the end removes leaves first.
    for (int r = int(m_coe.whys.size()) - 1; r >= 0; --r)
        if (doomed.contains(m_coe.whys[r].id))
            new RemoveRowCommand<WhyStep>(this, macro->text(), r, macro);
    push(macro);
}

void CoeDocument::setWhyField(const QString& id, WhyField field, const QVariant& value)
{
    const int row = whyRow(id);
    if (row < 0)
        return;
    const WhyStep old = m_coe.whys[row];
    WhyStep w = old;
    switch (field) {
    case WhyField::Why: w.why = value.toString(); break;
    case WhyField::Because: w.because = value.toString(); break;
    case WhyField::RootCause: w.rootCause = value.toBool(); break;
    case WhyField::HumanError: w.humanError = value.toBool(); break;
    }
    if (w == old)
        return;
    push(new SetRowCommand<WhyStep>(this, CoeDocumentText::tr("Edit Why"), row, old, w, 400 + int(field)));
}

// --- actions --------------------------------------------------------------------

int CoeDocument::actionRow(const QString& id) const
{
    for (int r = 0; r < m_coe.actionItems.size(); ++r)
        if (m_coe.actionItems[r].id == id)
            return r;
    return -1;
}

QString CoeDocument::addActionItem(const ActionItem& item)
{
    ActionItem a = item;
    if (a.id.isEmpty() || actionRow(a.id) >= 0) {
        QStringList ids;
        for (const auto& x : m_coe.actionItems)
            ids << x.id;
        a.id = nextId(QStringLiteral("a"), ids);
    }
    push(new InsertRowCommand<ActionItem>(this, CoeDocumentText::tr("Add Action Item"), int(m_coe.actionItems.size()), a));
    return a.id;
}

void CoeDocument::removeActionItems(QList<int> rows)
{
    rows = removalOrder(rows, m_coe.actionItems.size());
    if (rows.isEmpty())
        return;
    auto* macro = new QUndoCommand(CoeDocumentText::tr("Delete %n Action Items", nullptr, int(rows.size())));
    for (int r : rows)
        new RemoveRowCommand<ActionItem>(this, macro->text(), r, macro);
    push(macro);
}

void CoeDocument::setActionField(int row, ActionField field, const QVariant& value)
{
    if (row < 0 || row >= m_coe.actionItems.size())
        return;
    const ActionItem old = m_coe.actionItems[row];
    ActionItem a = old;
    switch (field) {
    case ActionField::Title: a.title = value.toString(); break;
    case ActionField::Description: a.description = value.toString(); break;
    case ActionField::Priority: a.priority = enumOf<Priority>(value); break;
    case ActionField::Owner: a.owner = value.toString(); break;
    case ActionField::Due: a.due = value.toDate(); break;
    case ActionField::Status: a.status = enumOf<ActionStatus>(value); break;
    case ActionField::Kind: a.kind = enumOf<ActionKind>(value); break;
    case ActionField::Whys: a.whys = value.toStringList(); break;
    case ActionField::Link: a.link = value.toString(); break;
    }
    if (a == old)
        return;
    push(new SetRowCommand<ActionItem>(this, CoeDocumentText::tr("Edit Action Item"), row, old, a, 500 + int(field)));
}

// --- related --------------------------------------------------------------------

int CoeDocument::addRelated(const RelatedItem& item)
{
    const int row = int(m_coe.related.size());
    push(new InsertRowCommand<RelatedItem>(this, CoeDocumentText::tr("Add Related Item"), row, item));
    return row;
}

void CoeDocument::removeRelated(int row)
{
    if (row < 0 || row >= m_coe.related.size())
        return;
    push(new RemoveRowCommand<RelatedItem>(this, CoeDocumentText::tr("Delete Related Item"), row));
}

void CoeDocument::setRelatedField(int row, RelatedField field, const QVariant& value)
{
    if (row < 0 || row >= m_coe.related.size())
        return;
    const RelatedItem old = m_coe.related[row];
    RelatedItem r = old;
    switch (field) {
    case RelatedField::Kind: r.kind = enumOf<RelatedKind>(value); break;
    case RelatedField::Title: r.title = value.toString(); break;
    case RelatedField::Uuid: r.uuid = value.toString(); break;
    case RelatedField::Url: r.url = value.toString(); break;
    }
    if (r == old)
        return;
    push(new SetRowCommand<RelatedItem>(this, CoeDocumentText::tr("Edit Related Item"), row, old, r, 600 + int(field)));
}

// --- contributing factors ----------------------------------------------------

int CoeDocument::factorRow(const QString& id) const
{
    for (int r = 0; r < m_coe.factors.size(); ++r)
        if (m_coe.factors[r].id == id)
            return r;
    return -1;
}

QString CoeDocument::addFactor(const ContributingFactor& factor)
{
    ContributingFactor f = factor;
    if (f.id.isEmpty() || factorRow(f.id) >= 0) {
        QStringList ids;
        for (const auto& x : m_coe.factors)
            ids << x.id;
        f.id = nextId(QStringLiteral("f"), ids);
    }
    push(new InsertRowCommand<ContributingFactor>(this, CoeDocumentText::tr("Add Contributing Factor"),
                                                  int(m_coe.factors.size()), f));
    return f.id;
}

void CoeDocument::removeFactors(QList<int> rows)
{
    rows = removalOrder(rows, m_coe.factors.size());
    if (rows.isEmpty())
        return;
    auto* macro =
        new QUndoCommand(CoeDocumentText::tr("Delete %n Contributing Factors", nullptr, int(rows.size())));
    for (int r : rows)
        new RemoveRowCommand<ContributingFactor>(this, macro->text(), r, macro);
    push(macro);
}

void CoeDocument::setFactorField(int row, FactorField field, const QVariant& value)
{
    if (row < 0 || row >= m_coe.factors.size())
        return;
    const ContributingFactor old = m_coe.factors[row];
    ContributingFactor f = old;
    switch (field) {
    case FactorField::Category: f.category = value.toString().trimmed(); break;
    case FactorField::Description: f.description = value.toString(); break;
    case FactorField::Whys: f.whys = value.toStringList(); break;
    }
    if (f == old)
        return;
    push(new SetRowCommand<ContributingFactor>(this, CoeDocumentText::tr("Edit Contributing Factor"), row, old, f,
                                               700 + int(field)));
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_CoeDocument.cpp"
