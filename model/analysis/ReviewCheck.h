// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QList>
#include <QString>

namespace hindsight::analysis {

enum class Level { Error, Warning, Note };
enum class Section { Summary, Impact, Timeline, Metrics, Questions, Whys, Actions, Related };

QString toString(Level level);     // "error", "warning", "note"
QString toString(Section section); // "summary", "impact", ... "whys", "actions", "related"

// Where the editor jumps to: a section, and the row (index in that section's
// list) and/or field name (the interchange format's key, e.g. "summary",
// "customers_affected", "owner").
struct Location
{
    Section section = Section::Summary;
    int row = -1;
    QString field;
};

struct Finding
{
    QString id; // stable: "summary.short", "timeline.gap-unexplained", ...
    Level level = Level::Warning;
    Location location;
    QString message; // our own words, says what to do (translated)
};

struct CheckOptions
{
    int gapMinutes = 15;
    int actionSlaDays = 14;
};

QList<Finding> reviewCheck(const Coe& coe, const CheckOptions& options = {});

} // namespace hindsight::analysis
