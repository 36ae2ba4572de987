// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Series.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace hindsight::metrics {

// An instant the summary relates the peak to, with its name as it reads in a
// sentence (translated by the caller: "the trigger", "detection").
struct SummaryMilestone
{
    QString name;
    QDateTime at; // UTC
};

class SeriesSummary
{
    Q_DECLARE_TR_FUNCTIONS(SeriesSummary)

public:
    // One sentence for screen readers and the report, e.g. "Peaks at 41.2% at
    // 14:07, 5 minutes after the trigger; back under the threshold at 14:52."
    // The peak is the highest value (the first of equal ones); it is related
    // to the latest milestone at or before it, else the earliest after it.
    // With a threshold the sentence says when the series went back under it
    // after the peak (or that it did not, or never went over). Times in
    // displayZone, with the date when the series spans several days there.
    // The unit follows the value ("%" and "Percent" attached, others after a
    // space).
    static QString text(const MetricSeries& series, std::optional<double> threshold,
                        const QList<SummaryMilestone>& milestones, const QTimeZone& displayZone,
                        const QLocale& locale = QLocale());
};

} // namespace hindsight::metrics
