// SPDX-License-Identifier: MIT
#pragma once

#include "ReportDocument.h"
#include "ReportOptions.h"
#include "insights/Insights.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <memory>

namespace hindsight::report {

struct LearningReportOptions
{
    PaperSize paper = ReportOptions::defaultPaperSize();
    QString archiveName;  // shown under the title (a file name or a server URI without password)
    QDateTime exportedAt; // UTC; invalid: now
    QTimeZone zone = QTimeZone::systemTimeZone(); // of the instants shown
};

// The quarterly learning report (issue #14): for the COEs `insights` covers,
// the figures with their charts (as vectors), the list of COEs in the
// period (title, severity, status, durations), repeat incidents, the factor
// Pareto, and the overdue action items by owner. Reads no storage: the caller
// loads the facts and computes the insights. Every name in it is user text.
class LearningReport
{
    Q_DECLARE_TR_FUNCTIONS(LearningReport)
public:
    static std::unique_ptr<ReportDocument> build(const insights::InsightsFacts& facts,
                                                 const insights::Insights& insights,
                                                 const LearningReportOptions& options = {});
    // "1 Jan 2026 – 31 Mar 2026", "since 1 Jan 2026", "until …", "all dates".
    static QString rangeText(const insights::InsightsFilter& filter);
};

} // namespace hindsight::report
