// SPDX-License-Identifier: MIT
#pragma once

#include "Insights.h"
#include "charts/ChartSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The Insights figures as charts (model/charts), for the Insights window and
// the learning report: the same ChartSpec is painted on screen, printed as
// vectors into the PDF and given as a table. Every point and bar keeps the
// uuids of the COEs behind it.
namespace hindsight::insights {

// One figure: a stable id (the JSON key of InsightsExport.h where there is
// one), its chart and a sentence of figures under it ("median 42 min, p90
// 3 h 10 min, N 17; 3 without the milestones").
struct FigureChart
{
    QString id;
    charts::ChartSpec spec;
    QString caption;
};

class InsightsCharts
{
    Q_DECLARE_TR_FUNCTIONS(InsightsCharts)
public:
    // Time to detect / diagnose / mitigate / resolve: a strip per period,
    // every COE a point coloured by severity, the period's median and p90 marked.
    static FigureChart duration(const Insights& insights, Phase phase);
    // Incidents per period, stacked by severity.
    static FigureChart incidentsBySeverity(const Insights& insights);
    // Incidents per period, stacked by service (the largest `maxServices`,
    // the rest together as "Other services").
    static FigureChart incidentsByService(const Insights& insights, int maxServices = 6);
    // Factor categories, most frequent first, with the cumulative share.
    static FigureChart factorPareto(const Insights& insights);
    // Which categories occur together in one COE (a symmetric matrix).
    static FigureChart factorPairs(const Insights& insights, int maxCategories = 10);
    // Share of COEs per period detected by alarm, customer report, other, unknown (%).
    static FigureChart detection(const Insights& insights);
    // Action items whose due date has passed: done or still open, per priority.
    static FigureChart actionsDue(const Insights& insights);
    // Open action items at the end of each period.
    static FigureChart backlog(const Insights& insights);
    // Age of open action items (days) by priority.
    static FigureChart openActionAge(const Insights& insights);
    // Days from resolution to approval, per COE.
    static FigureChart timeliness(const Insights& insights);

    // Every figure above, in the order the window and the report show them.
    static QList<FigureChart> all(const Insights& insights);
    // The figure of that id (FigureChart::id) alone; an empty chart with the
    // id for an unknown one.
    static FigureChart byId(const Insights& insights, const QString& id);

    // "median 42 min · p90 3 h 10 min · N 17" for minutes, or with days
    // ("median 4.5 d"); "no values" for an empty group, then "; 3 unknown".
    static QString summaryText(const Summary& summary, int unknown, bool days);
    // Short severity name for legends: "Sev 1"; "No severity".
    static QString severityLabel(const std::optional<int>& severity);
    static QString percent(double share);
};

} // namespace hindsight::insights
