// SPDX-License-Identifier: MIT
#include "Completeness.h"

#include "Guidance.h"

namespace hindsight {

namespace {

Completeness of(int filled, int needed)
{
    if (filled <= 0)
        return Completeness::Empty;
    return filled >= needed ? Completeness::Complete : Completeness::InProgress;
}

bool has(const QString& s)
{
    return !s.trimmed().isEmpty();
}

} // namespace

Completeness completeness(const Coe& c, analysis::Section section)
{
    using S = analysis::Section;
    switch (section) {
    case S::Summary: {
        const bool title = has(c.title) && c.title != QLatin1String("Untitled COE");
        return of(title + c.severity.has_value() + has(c.owner) + has(c.summary), 4);
    }
    case S::Impact: {
        const Impact& i = c.impact;
        return of(i.customersAffected.has_value() + has(i.description) + !i.pillars.isEmpty()
                      + (i.slaBreached.has_value() || i.financialImpact.has_value() || has(i.consequences)),
                  4);
    }
    case S::Timeline: {
        int milestones = 0;
        for (const auto& e : c.timeline)
            milestones += e.milestone != Milestone::None;
        if (c.timeline.isEmpty())
            return Completeness::Empty;
        return milestones >= 4 ? Completeness::Complete : Completeness::InProgress;
    }
    case S::Metrics: return of(int(c.metrics.size()), 1);
    case S::Questions: {
        int answered = 0;
        for (const auto& q : c.questions)
            answered += has(q.answer);
        if (answered == 0)
            return Completeness::Empty;
        return answered == c.questions.size() ? Completeness::Complete : Completeness::InProgress;
    }
    case S::Whys: {
        bool root = false;
        for (const auto& w : c.whys)
            root = root || w.rootCause;
        return of(has(c.problem) + !c.whys.isEmpty() + root, 3);
    }
    case S::Actions: {
        if (c.actionItems.isEmpty())
            return Completeness::Empty;
        for (const auto& a : c.actionItems)
            if (!has(a.owner) || !a.due.isValid() || a.priority == Priority::None)
                return Completeness::InProgress;
        return Completeness::Complete;
    }
    case S::Related: return of(int(c.related.size()), 1);
    case S::Review: {
        const Review& r = c.review;
        if (r.meetings.isEmpty() && r.questions.isEmpty() && r.comments.isEmpty())
            return Completeness::Empty;
        return !r.meetings.isEmpty() && r.unresolvedComments() == 0 ? Completeness::Complete
                                                                     : Completeness::InProgress;
    }
    }
    return Completeness::Empty;
}

Coe makeNewCoeForEditing(const QString& title)
{
    Coe coe = makeNewCoe(title);
    coe.questions = standardQuestions();
    return coe;
}

} // namespace hindsight
