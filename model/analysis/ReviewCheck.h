// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "templates/Requirements.h"

#include <QHash>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace hindsight::analysis {

enum class Level
{
    Error,
    Warning,
    Note
};
enum class Section
{
    Summary,
    Impact,
    Timeline,
    Metrics,
    Questions,
    Whys,
    Actions,
    Related,
    Review // the review record (meetings, questions, comments): the editor's last step
};

QString toString(Level level);     // "error", "warning", "note"
QString toString(Section section); // "summary", "impact", ... "whys", "actions", "related", "review"

// Where the editor jumps to: a section, and the row (index in that section's
// list) and/or field name (the interchange format's key, e.g. "summary",
// "customers_affected", "owner").
struct Location
{
    Section section = Section::Summary;
    int row = -1;
    QString field;
    bool operator==(const Location&) const = default;
};

struct Finding
{
    QString id; // stable: "summary.short", "timeline.gap-unexplained", ...
    Level level = Level::Warning;
    Location location;
    QString message; // our own words, says what to do (translated)
    bool operator==(const Finding&) const = default;
};

struct CheckOptions
{
    int gapMinutes = 15;    // a longer silence in the timeline is a gap
    int actionSlaDays = 14; // a high-priority action is due within this many days of created_at
    // Names the user marked as teams (Settings::teamNames()): blameless.name
    // never takes them for people, like names with a team word or a service.
    QStringList teamNames;
    // Required by severity (issue #16): what a COE of each severity must
    // contain. nullopt (the default) checks nothing of it; the program passes
    // the user's table (Settings::requirements()). A COE without a severity
    // is checked against nothing.
    std::optional<templates::Requirements> requirements = std::nullopt;
    // By template id (a COE's templateName): a template's own table and the
    // items it requires at every severity, which take precedence. Only read
    // when `requirements` is set.
    QHash<QString, templates::TemplateRequirement> templateRequirements = {};
};

// Runs every rule of reviewRules() over the COE. Findings come section by
// section (the order of Section); within a section rule by rule, each rule's
// rows in order, and last the blameless findings text by text (name before
// wording). The COE's timeline need not be sorted. See README.md for the rules.
QList<Finding> reviewCheck(const Coe& coe, const CheckOptions& options = {});

// The people a blameless.name finding at `location` names: the owner,
// reviewer and action-owner names (not teams or services) that the narrative
// text there mentions. Empty when the location is not a narrative text.
QStringList peopleNamedAt(const Coe& coe, const Location& location, const CheckOptions& options = {});

// One rule of the review check. Every rule has exactly one level.
struct Rule
{
    QString id;
    Level level = Level::Warning;
    Section section = Section::Summary; // where its findings point (blameless.*: any narrative text)
};

// Every rule, in the order reviewCheck() applies them.
const QList<Rule>& reviewRules();
// The required-by-severity rules ("required.summary" .. "required.action-due-target",
// one per templates::RequiredItem), all errors; they fire only with
// CheckOptions::requirements set. Kept apart from reviewRules() so that the
// list of always-on rules stays as it was.
const QList<Rule>& requiredRules();
// The findings of the required rules alone (RequiredCheck.cpp).
QList<Finding> requiredCheck(const Coe& coe, const CheckOptions& options);

// The level of a rule id; Level::Warning for an unknown id.
Level ruleLevel(const QString& id);

// The interchange-format path of a location, for people and for tools:
// "$.summary", "$.impact.customers_affected", "$.timeline[3].at",
// "$.whys[2].because", "$.problem", "$.action_items", "$.related".
QString locationPath(const Location& location);

} // namespace hindsight::analysis
