// SPDX-License-Identifier: MIT
// CoeDocument's edits of a metric's measured series, threshold and window
// (format 1.1), each one undo step that replaces the metric.
#include "CoeCommands.h"
#include "CoeDocument.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

struct CoeDocumentSeriesText
{
    Q_DECLARE_TR_FUNCTIONS(CoeDocument)
};

} // namespace

bool CoeDocument::addSeries(int metricRow, const QList<metrics::MetricSeries>& series, QString* error)
{
    if (metricRow < 0 || metricRow >= m_coe.metrics.size() || series.isEmpty())
        return false;
    const Metric old = m_coe.metrics[metricRow];
    if (old.series.size() + series.size() > metrics::kMaxSeries) {
        if (error)
            *error = CoeDocumentSeriesText::tr("A metric holds at most %1 series; this one has %2 and the file "
                                               "brings %3.")
                         .arg(metrics::kMaxSeries)
                         .arg(old.series.size())
                         .arg(series.size());
        return false;
    }
    for (const metrics::MetricSeries& s : series)
        if (s.points.size() > metrics::kMaxPoints) {
            if (error)
                *error = CoeDocumentSeriesText::tr("Series \"%1\" has %2 points; a series holds at most %3.")
                             .arg(s.name)
                             .arg(s.points.size())
                             .arg(metrics::kMaxPoints);
            return false;
        }
    Metric m = old;
    m.series += series;
    push(new SetRowCommand<Metric>(this, CoeDocumentSeriesText::tr("Add %n Series", nullptr, int(series.size())),
                                   metricRow, old, m, -1));
    return true;
}

void CoeDocument::removeSeries(int metricRow, int seriesRow)
{
    if (metricRow < 0 || metricRow >= m_coe.metrics.size())
        return;
    const Metric old = m_coe.metrics[metricRow];
    if (seriesRow < 0 || seriesRow >= old.series.size())
        return;
    Metric m = old;
    m.series.removeAt(seriesRow);
    push(new SetRowCommand<Metric>(this, CoeDocumentSeriesText::tr("Delete Series"), metricRow, old, m, -1));
}

void CoeDocument::setThreshold(int metricRow, std::optional<double> threshold)
{
    if (metricRow < 0 || metricRow >= m_coe.metrics.size() || m_coe.metrics[metricRow].threshold == threshold)
        return;
    const Metric old = m_coe.metrics[metricRow];
    Metric m = old;
    m.threshold = threshold;
    push(new SetRowCommand<Metric>(this, CoeDocumentSeriesText::tr("Edit Threshold"), metricRow, old, m, -1));
}

void CoeDocument::setWindow(int metricRow, const MetricWindow& window)
{
    if (metricRow < 0 || metricRow >= m_coe.metrics.size() || m_coe.metrics[metricRow].window == window)
        return;
    const Metric old = m_coe.metrics[metricRow];
    Metric m = old;
    m.window = window;
    push(new SetRowCommand<Metric>(this, CoeDocumentSeriesText::tr("Change Chart Window"), metricRow, old, m, -1));
}

} // namespace hindsight
