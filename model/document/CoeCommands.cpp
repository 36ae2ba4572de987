// SPDX-License-Identifier: MIT
#include "CoeCommands.h"

#include "WhyOrder.h"

#include <QCoreApplication>
#include <algorithm>

namespace hindsight {

namespace {

template <typename T> std::optional<T> optionalOf(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.value<T>();
}

QDateTime nowSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

} // namespace

void DocumentEditor::setField(CoeDocument* d, CoeDocument::Field field, const QVariant& v)
{
    using F = CoeDocument::Field;
    Coe& c = d->m_coe;
    switch (field) {
    case F::Title: c.title = v.toString(); break;
    case F::Status: c.status = enumOf<Status>(v); break;
    case F::Severity: c.severity = optionalOf<int>(v); break;
    case F::Owner: c.owner = v.toString(); break;
    case F::Reviewers: c.reviewers = v.toStringList(); break;
    case F::Services: c.services = v.toStringList(); break;
    case F::Tags: c.tags = v.toStringList(); break;
    case F::DisplayTimeZone: c.displayTimeZone = v.value<QTimeZone>(); break;
    case F::Summary: c.summary = v.toString(); break;
    case F::CustomersAffected: c.impact.customersAffected = optionalOf<qint64>(v); break;
    case F::ImpactDescription: c.impact.description = v.toString(); break;
    case F::FinancialImpact: c.impact.financialImpact = optionalOf<FinancialImpact>(v); break;
    case F::SlaBreached: c.impact.slaBreached = optionalOf<bool>(v); break;
    case F::Pillars: c.impact.pillars = v.value<QList<Pillar>>(); break;
    case F::Consequences: c.impact.consequences = v.toString(); break;
    case F::SecondOrder: c.impact.secondOrder = v.toString(); break;
    case F::CustomerSentiment: c.impact.customerSentiment = v.toString(); break;
    case F::Problem: c.problem = v.toString(); break;
    case F::Template: c.templateName = v.toString(); break;
    case F::DetectionSource: c.detection.source = enumOf<DetectionSource>(v); break;
    case F::DetectionDescription: c.detection.description = v.toString(); break;
    }
    emit d->fieldChanged(field);
}

void DocumentEditor::resetContent(CoeDocument* d, const Coe& coe)
{
    emit d->aboutToReset();
    const qint64 revision = d->m_coe.revision;
    d->m_coe = coe;
    d->m_coe.revision = revision;
    sortTimeline(d->m_coe.timeline);
    orderWhys(d->m_coe.whys);
    emit d->reset();
}

ReplaceContentCommand::ReplaceContentCommand(CoeDocument* doc, const QString& text, Coe before, Coe after)
    : DocumentCommand(doc, text), m_before(std::move(before)), m_after(std::move(after))
{
}

DocumentCommand::DocumentCommand(CoeDocument* doc, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc)
{
}

void DocumentCommand::redo()
{
    if (!m_stamped) {
        m_before = m_doc->coe().updatedAt;
        m_after = nowSeconds();
        m_stamped = true;
    }
    apply();
    DocumentEditor::setUpdatedAt(m_doc, m_after);
    DocumentEditor::touch(m_doc);
}

void DocumentCommand::undo()
{
    revert();
    DocumentEditor::setUpdatedAt(m_doc, m_before);
    DocumentEditor::touch(m_doc);
}

SetFieldCommand::SetFieldCommand(CoeDocument* doc, CoeDocument::Field field, QVariant oldValue,
                                 QVariant newValue)
    : DocumentCommand(doc, QCoreApplication::translate("CoeDocument", "Edit %1").arg(toDisplayString(field))),
      m_field(field), m_old(std::move(oldValue)), m_new(std::move(newValue))
{
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    // Another command may share the id (CoeDocument::push wraps edits).
    auto o = dynamic_cast<const SetFieldCommand*>(other);
    if (!o || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    takeStamp(o);
    return true;
}

void SetFieldCommand::apply()
{
    DocumentEditor::setField(m_doc, m_field, m_new);
}

void SetFieldCommand::revert()
{
    DocumentEditor::setField(m_doc, m_field, m_old);
}

int sortedInsertRow(const QList<TimelineEntry>& timeline, const QDateTime& at)
{
    auto it = std::upper_bound(timeline.cbegin(), timeline.cend(), at,
                               [](const QDateTime& t, const TimelineEntry& e) { return t < e.at; });
    return int(it - timeline.cbegin());
}

TimelineAtCommand::TimelineAtCommand(CoeDocument* doc, int from, int to, TimelineEntry oldValue,
                                     TimelineEntry newValue)
    : DocumentCommand(doc, QCoreApplication::translate("CoeDocument", "Edit Timeline Entry")), m_from(from), m_to(to),
      m_old(std::move(oldValue)), m_new(std::move(newValue))
{
}

void TimelineAtCommand::apply()
{
    DocumentEditor::replace(m_doc, m_from, m_new);
    DocumentEditor::move<TimelineEntry>(m_doc, m_from, m_to);
}

void TimelineAtCommand::revert()
{
    DocumentEditor::replace(m_doc, m_to, m_old);
    DocumentEditor::move<TimelineEntry>(m_doc, m_to, m_from);
}

} // namespace hindsight
