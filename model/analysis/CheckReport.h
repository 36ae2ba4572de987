// SPDX-License-Identifier: MIT
#pragma once

#include "ReviewCheck.h"
#include "TimelineAnalysis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hindsight::analysis {

// Everything `hindsight check` prints about one COE.
struct CheckReport
{
    QString title; // of the COE, for the text heading
    int gapMinutes = kDefaultGapMinutes;
    QList<Finding> findings; // reviewCheck()
    QList<Gap> gaps;         // findGaps(), explained or not
    Durations durations;     // computeDurations()
};

CheckReport makeCheckReport(const Coe& coe, const CheckOptions& options = {});

// For people: findings grouped by section (errors, warnings and notes in
// check order), then the gaps, then the durations (with the reason where a
// figure is missing). Instants in UTC. Ends with a newline. Translated.
QString checkReportText(const CheckReport& report);

// For tools, exactly:
// {"findings": [{"id", "level", "section",
//                "location": {"row": 3 | null, "field": "at" | null, "path": "$.timeline[3].at"},
//                "message"}],
//  "gaps": [{"from": "2024-03-07T14:02:00Z", "to": ..., "minutes": 17,
//            "explained": true, "approximate": false}],
//  "durations": {"detect": 17 | null, "diagnose": ..., "mitigate": ..., "resolve": ...}}
// Instants are RFC 3339 UTC with seconds and "Z". See README.md.
QJsonObject checkReportJson(const CheckReport& report);
QByteArray checkReportJsonBytes(const CheckReport& report); // indented UTF-8, ends with a newline

// Shorthands for the command line.
QString checkText(const Coe& coe, const CheckOptions& options = {});
QByteArray checkJson(const Coe& coe, const CheckOptions& options = {});

// True when any finding has Level::Error (`hindsight check` then exits 1).
bool hasErrors(const QList<Finding>& findings);
// The findings with Level::Error, in order.
QList<Finding> errorsIn(const QList<Finding>& findings);

// "2024-03-07T14:02:00Z"
QString rfc3339Utc(const QDateTime& instant);

} // namespace hindsight::analysis
