// SPDX-License-Identifier: MIT
#pragma once

#include "Insights.h"

#include <QCoreApplication>

// Shared by the files computing the figures (not for use outside model/insights/).
namespace hindsight::insights::detail {

// The matching COEs and where each falls.
struct Selection
{
    QList<const CoeFact*> coes;
    QList<int> period; // per COE: index in periods, -1 when undated
    QList<qint64> at;  // per COE: incident instant, ms since the epoch (0 when undated)
    QList<Period> periods;
};

// Sorts the points (value, then title), summarises them and marks the
// outliers (Tukey fences of this group).
void finish(DurationGroup& group);

void computeDurations(const Selection& s, Insights& out);
void computeIncidents(const Selection& s, Insights& out);
void computeDetection(const Selection& s, Insights& out);
void computeFactors(const Selection& s, Insights& out);
void computeRepeats(const Selection& s, int windowDays, Insights& out);
void computeFollowThrough(const Selection& s, const QDate& today, Insights& out);

QString severityKey(const std::optional<int>& severity);
QString severityLabel(const std::optional<int>& severity);

} // namespace hindsight::insights::detail
