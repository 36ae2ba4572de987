// SPDX-License-Identifier: MIT
// The required-by-severity rules of the review check (issue #16): what the
// table of CheckOptions::requirements (or the COE's template's own) asks of a
// COE of its severity. A missing item is an error "required.<item>"; for
// other severities the item is not checked at all.
#include "analysis/ReviewCheck.h"

#include "domain/DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace hindsight::analysis {

namespace {

using templates::RequiredItem;

bool isBlank(const QString& s)
{
    return s.trimmed().isEmpty();
}

QString label(const ActionItem& a, int row)
{
    return isBlank(a.title) ? QCoreApplication::translate("ReviewCheck", "Action item %1").arg(row + 1)
                            : QCoreApplication::translate("ReviewCheck", "Action item %1 (“%2”)")
                                  .arg(QString::number(row + 1), a.title.simplified());
}

} // namespace

const QList<Rule>& requiredRules()
{
    static const QList<Rule> rules = [] {
        QList<Rule> out;
        for (RequiredItem item : templates::allRequiredItems()) {
            Section section = Section::Summary;
            switch (item) {
            case RequiredItem::Summary: section = Section::Summary; break;
            case RequiredItem::Impact: section = Section::Impact; break;
            case RequiredItem::Timeline:
            case RequiredItem::Milestones: section = Section::Timeline; break;
            case RequiredItem::Metrics: section = Section::Metrics; break;
            case RequiredItem::Questions: section = Section::Questions; break;
            case RequiredItem::Whys:
            case RequiredItem::RootCause: section = Section::Whys; break;
            case RequiredItem::Actions:
            case RequiredItem::ActionOwner:
            case RequiredItem::ActionDue:
            case RequiredItem::ActionDueTarget: section = Section::Actions; break;
            }
            out.append({QStringLiteral("required.") + templates::toString(item), Level::Error, section});
        }
        return out;
    }();
    return rules;
}

QList<Finding> requiredCheck(const Coe& coe, const CheckOptions& options)
{
    QList<Finding> out;
    if (!options.requirements || !coe.severity || *coe.severity < 1 || *coe.severity > 5)
        return out;
    const int severity = *coe.severity;
    templates::Requirements table = *options.requirements;
    QList<RequiredItem> always;
    const auto own = options.templateRequirements.constFind(coe.templateName);
    if (!coe.templateName.isEmpty() && own != options.templateRequirements.cend()) {
        if (own->table)
            table = *own->table;
        always = own->always;
    }
    templates::SeverityRequirement need = table.forSeverity(severity);
    for (RequiredItem item : always)
        need.setRequired(item, true);

    auto add = [&](RequiredItem item, Location at, const QString& message) {
        out.append({QStringLiteral("required.") + templates::toString(item), Level::Error, std::move(at),
                    message + QLatin1Char(' ')
                        + QCoreApplication::translate("ReviewCheck", "(Required at severity %1.)").arg(severity)});
    };
    using R = RequiredItem;
    if (need.has(R::Summary) && isBlank(coe.summary))
        add(R::Summary, {Section::Summary, -1, QStringLiteral("summary")},
            QCoreApplication::translate("ReviewCheck", "Write the summary: it is required for a COE of this severity."));
    if (need.has(R::Impact) && isBlank(coe.impact.description))
        add(R::Impact, {Section::Impact, -1, QStringLiteral("description")},
            QCoreApplication::translate("ReviewCheck", "Describe the impact on customers and the business."));
    if (need.has(R::Timeline) && coe.timeline.isEmpty())
        add(R::Timeline, {Section::Timeline, -1, {}}, QCoreApplication::translate("ReviewCheck", "Add the timeline."));
    if (need.has(R::Milestones)) {
        QStringList missing;
        for (Milestone m : allValues<Milestone>()) {
            if (m == Milestone::None)
                continue;
            const bool marked = std::any_of(coe.timeline.cbegin(), coe.timeline.cend(),
                                            [m](const TimelineEntry& e) { return e.milestone == m; });
            if (!marked)
                missing.append(displayName(m));
        }
        if (!missing.isEmpty())
            add(R::Milestones, {Section::Timeline, -1, QStringLiteral("milestone")},
                QCoreApplication::translate("ReviewCheck", "Mark every milestone in the timeline; missing: %1.")
                    .arg(missing.join(QStringLiteral(", "))));
    }
    if (need.has(R::Metrics) && coe.metrics.isEmpty())
        add(R::Metrics, {Section::Metrics, -1, {}}, QCoreApplication::translate("ReviewCheck", "Add at least one metric that shows the impact."));
    if (need.has(R::Questions)) {
        for (QuestionArea area : allValues<QuestionArea>()) {
            const bool answered =
                std::any_of(coe.questions.cbegin(), coe.questions.cend(),
                            [area](const Question& q) { return q.area == area && !isBlank(q.answer); });
            if (!answered)
                add(R::Questions, {Section::Questions, -1, {}},
                    QCoreApplication::translate("ReviewCheck", "Answer at least one question of the area “%1”.")
                        .arg(displayName(area)));
        }
    }
    if (need.has(R::Whys) && coe.whys.size() < need.minWhys)
        add(R::Whys, {Section::Whys, -1, {}},
            QCoreApplication::translate("ReviewCheck", "Ask at least %n why(s); the COE has %1.", nullptr,
                                        need.minWhys)
                .arg(coe.whys.size()));
    if (need.has(R::RootCause)
        && std::none_of(coe.whys.cbegin(), coe.whys.cend(), [](const WhyStep& w) { return w.rootCause; }))
        add(R::RootCause, {Section::Whys, -1, QStringLiteral("root_cause")}, QCoreApplication::translate("ReviewCheck", "Mark a why step as a root cause."));
    const QList<ActionItem>& as = coe.actionItems;
    if (need.has(R::Actions) && as.size() < need.minActions)
        add(R::Actions, {Section::Actions, -1, {}},
            QCoreApplication::translate("ReviewCheck", "Add at least %n action item(s); the COE has %1.", nullptr,
                                        need.minActions)
                .arg(as.size()));
    for (int i = 0; i < as.size(); ++i) {
        const ActionItem& a = as.at(i);
        if (need.has(R::ActionOwner) && isBlank(a.owner))
            add(R::ActionOwner, {Section::Actions, i, QStringLiteral("owner")},
                QCoreApplication::translate("ReviewCheck", "%1 needs an owner.").arg(label(a, i)));
        if (need.has(R::ActionDue) && !a.due.isValid())
            add(R::ActionDue, {Section::Actions, i, QStringLiteral("due")},
                QCoreApplication::translate("ReviewCheck", "%1 needs a due date.").arg(label(a, i)));
    }
    if (need.has(R::ActionDueTarget) && coe.createdAt.isValid()) {
        const QTimeZone zone = coe.displayTimeZone.isValid() ? coe.displayTimeZone : QTimeZone::utc();
        const QDate created = coe.createdAt.toTimeZone(zone).date();
        for (int i = 0; i < as.size(); ++i) {
            const ActionItem& a = as.at(i);
            if (!a.due.isValid() || a.status == ActionStatus::Done || a.status == ActionStatus::WontDo)
                continue;
            const templates::DueTarget target = table.dueTarget(a.priority);
            const QDate limit = templates::dueLimit(created, target);
            if (a.due > limit)
                add(R::ActionDueTarget, {Section::Actions, i, QStringLiteral("due")},
                    (target.businessDays
                         ? QCoreApplication::translate("ReviewCheck",
                                                       "%1 is due after its target of %n business day(s) "
                                                       "from the COE's creation (%2).",
                                                       nullptr, target.days)
                         : QCoreApplication::translate("ReviewCheck",
                                                       "%1 is due after its target of %n day(s) from the "
                                                       "COE's creation (%2).",
                                                       nullptr, target.days))
                        .arg(label(a, i), QLocale().toString(limit, QLocale::ShortFormat)));
        }
    }
    return out;
}

} // namespace hindsight::analysis
