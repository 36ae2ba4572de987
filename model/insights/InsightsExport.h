// SPDX-License-Identifier: MIT
#pragma once

#include "Insights.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Insights for other tools (`hindsight insights --format json|csv`).
namespace hindsight::insights {

// One object: "filter", "today", "periods", "n" (matching COEs) and
// "figures": an array with one object per figure, each with its "figure" key
// (time_to_detect, time_to_diagnose, time_to_mitigate, time_to_resolve,
// incidents_by_severity, incidents_by_service, factor_pareto,
// factor_pairs, detection, repeats, action_due, backlog,
// open_action_age, coe_timeliness) and, for each group or bar, n / median /
// p90 (null when there is none) or count, and the "uuids" behind it.
// Durations are minutes, ages and timeliness days.
QJsonObject toJson(const Insights& insights);

// One table in long form, a header line and then one row per group, bar or
// pair: figure,group,period,key,n,median,p90,count,share,cumulative_share,uuids
// (uuids separated by spaces; empty fields where a figure has no such value).
// A duration group gives two rows: its points (n, median, p90) and, with
// group "<kind>_unknown", the COEs without a value (count). A repeat pair's
// key is "services | categories" shared, its count the days apart.
// RFC 4180 quoting, CRLF line ends, UTF-8.
QByteArray toCsv(const Insights& insights);

} // namespace hindsight::insights
