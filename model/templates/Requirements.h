// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Enums.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QDate>
#include <array>
#include <optional>

namespace hindsight::templates {

// What a COE must contain, by severity (issue #16, "Required by severity").
// The review check reports a missing required item as an error with the id
// "required.<item>" (e.g. "required.whys") for a COE of that severity, and
// says nothing about it for the others.
enum class RequiredItem
{
    Summary,         // the summary is written
    Impact,          // the impact description is written
    Timeline,        // the timeline has entries
    Milestones,      // every milestone (trigger .. resolved) marks an entry
    Metrics,         // at least one metric
    Questions,       // every question area has an answered question
    Whys,            // at least minWhys why steps
    RootCause,       // a why step is marked as a root cause
    Actions,         // at least minActions action items
    ActionOwner,     // every action item has an owner
    ActionDue,       // every action item has a due date
    ActionDueTarget, // every open action item is due within its priority's target
};

// "summary", "impact", "timeline", "milestones", "metrics", "questions",
// "whys", "root-cause", "actions", "action-owner", "action-due",
// "action-due-target": the spelling in files and in check ids.
QString toString(RequiredItem item);
std::optional<RequiredItem> requiredItemFromString(const QString& s);
QList<RequiredItem> allRequiredItems();
QString displayName(RequiredItem item); // translated, for the Preferences table

struct SeverityRequirement
{
    QList<RequiredItem> items; // unique, in allRequiredItems() order
    int minWhys = 3;           // with RequiredItem::Whys
    int minActions = 1;        // with RequiredItem::Actions
    bool has(RequiredItem item) const { return items.contains(item); }
    void setRequired(RequiredItem item, bool on);
    bool operator==(const SeverityRequirement&) const = default;
};

// How long an action item of a priority may take, counted from the COE's
// creation: calendar days, or business days (Monday to Friday).
struct DueTarget
{
    int days = 14;
    bool businessDays = false;
    bool operator==(const DueTarget&) const = default;
};

struct Requirements
{
    std::array<SeverityRequirement, 5> severities; // [0] is severity 1
    DueTarget high{14, false};
    DueTarget medium{30, false};
    DueTarget low{90, false};

    const SeverityRequirement& forSeverity(int severity) const { return severities.at(std::size_t(severity - 1)); }
    SeverityRequirement& forSeverity(int severity) { return severities.at(std::size_t(severity - 1)); }
    DueTarget dueTarget(Priority priority) const; // Priority::None: the low target
    void setDueTarget(Priority priority, DueTarget target);
    bool operator==(const Requirements&) const = default;

    // The method's defaults (../shared/seed/coe-process.txt): severity 1-2
    // everything (every milestone, at least 3 whys and a root cause, every
    // action with owner and due date within 14 days for high priority);
    // severity 3 summary, impact, timeline, metrics, a why, an action with an
    // owner; severity 4 summary, timeline, one action; severity 5 the summary.
    static Requirements methodDefaults();
};

// What a template adds to the check: its own table (nullopt: the user's)
// and the items it requires at every severity.
struct TemplateRequirement
{
    std::optional<Requirements> table;
    QList<RequiredItem> always;
    bool operator==(const TemplateRequirement&) const = default;
};

// The date an action item of `target` is due by at the latest, counting from `from`.
QDate dueLimit(const QDate& from, DueTarget target);

// JSON (the "required_by_severity" object of a template file, and the
// setting): {"1": {"items": [...], "min_whys": 3, "min_actions": 1}, ...,
// "due_targets": {"high": {"days": 14, "business_days": false}, ...}}.
// A severity or target left out keeps the method's default.
QJsonObject toJson(const Requirements& requirements);
// Errors ("$.required_by_severity.1.items[2]: unknown item \"x\"") go to
// *errors with `path` as the object's own path; returns the defaults
// overridden by what could be read.
Requirements requirementsFromJson(const QJsonObject& object, const QString& path, QStringList* errors);

} // namespace hindsight::templates
