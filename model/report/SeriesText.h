// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "metrics/SeriesSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace hindsight::report {

// The words a report, the Markdown export and the editor show for a metric's
// measured series (format 1.1) until the chart is drawn: per series its name
// and unit, its points and time range, and the one-sentence summary of
// metrics::SeriesSummary related to the COE's milestones.
class SeriesText
{
    Q_DECLARE_TR_FUNCTIONS(SeriesText)

public:
    struct Line
    {
        QString heading; // "HTTP 5xx share (%)"
        QString extent;  // "131 points, 7 Mar 2024 14:45 – 16:55 (Europe/Dublin)"
        QString summary; // "Peaks at 41.2% at 14:07, 5 minutes after the trigger; ..."
    };
    static QList<Line> lines(const Coe& coe, const Metric& metric, const QLocale& locale = QLocale());
    static Line line(const Coe& coe, const Metric& metric, const metrics::MetricSeries& series,
                     const QLocale& locale = QLocale());
    // "Threshold: 2%" (the unit of the first series that has one); empty without one.
    static QString threshold(const Metric& metric, const QLocale& locale = QLocale());
    // The milestones of the timeline, named as they read in a sentence.
    static QList<metrics::SummaryMilestone> milestones(const Coe& coe);
};

} // namespace hindsight::report
