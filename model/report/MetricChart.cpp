// SPDX-License-Identifier: MIT
#include "MetricChart.h"

#include "ReportText.h"
#include "domain/DisplayNames.h"
#include "analysis/TimelineAnalysis.h"

namespace hindsight::report {

namespace {

qint64 ms(const QDateTime& at)
{
    return at.toMSecsSinceEpoch();
}

} // namespace

bool MetricChart::hasChart(const Metric& metric)
{
    for (const metrics::MetricSeries& series : metric.series)
        if (!series.points.isEmpty())
            return true;
    return false;
}

charts::ChartSpec MetricChart::spec(const Coe& coe, const Metric& metric)
{
    charts::ChartSpec spec;
    spec.kind = charts::ChartKind::Line;
    spec.title = metric.name.trimmed().isEmpty() ? tr("Unnamed metric") : ReportText::oneLine(metric.name);
    for (const metrics::MetricSeries& series : metric.series) {
        if (spec.unit.isEmpty() && !series.unit.isEmpty())
            spec.unit = series.unit;
        charts::LineSeries line;
        line.name = series.unit.isEmpty() ? series.name : tr("%1 (%2)").arg(series.name, series.unit);
        line.points = series.points;
        spec.line.series.append(line);
    }
    spec.yTitle = spec.unit;
    spec.line.zone = coe.displayTimeZone;
    // Milestones as labelled vertical lines.
    for (const TimelineEntry& entry : coe.timeline) {
        if (entry.milestone == Milestone::None || !entry.at.isValid())
            continue;
        spec.line.markers.append({ms(entry.at), displayName(entry.milestone), {}});
    }
    // The impact window: impact start (else trigger) to mitigated (else resolved).
    const int start = analysis::impactStartIndex(coe.timeline);
    int end = analysis::milestoneIndex(coe.timeline, Milestone::Mitigated);
    if (end < 0)
        end = analysis::milestoneIndex(coe.timeline, Milestone::Resolved);
    // (milestoneIndex and impactStartIndex give only entries with an instant)
    if (start >= 0 && end >= 0 && coe.timeline.at(start).at < coe.timeline.at(end).at)
        spec.line.band = charts::TimeBand{ms(coe.timeline.at(start).at), ms(coe.timeline.at(end).at), tr("Impact")};
    // Key moments as ticks.
    for (const TimelineEntry& entry : coe.timeline)
        if (entry.highlight && entry.at.isValid())
            spec.line.ticks.append({ms(entry.at), ReportText::oneLine(entry.text).left(80), {}});
    if (metric.threshold)
        spec.line.threshold = charts::Threshold{*metric.threshold, tr("Threshold")};
    // The stored window; an open end is the data's own.
    if (metric.window.from.isValid() || metric.window.to.isValid()) {
        const auto [from, to] = charts::lineExtent(spec.line);
        spec.line.windowFromMs = metric.window.from.isValid() ? ms(metric.window.from) : from;
        spec.line.windowToMs = metric.window.to.isValid() ? ms(metric.window.to) : to;
    }
    return spec;
}

QString MetricChart::caption(const Metric& metric, int number)
{
    const QString name = metric.name.trimmed().isEmpty() ? tr("Unnamed metric") : ReportText::oneLine(metric.name);
    return tr("Chart %1: %2").arg(number).arg(name);
}

} // namespace hindsight::report
