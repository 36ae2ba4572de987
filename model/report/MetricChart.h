// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ChartSpec.h"
#include "domain/Coe.h"

#include <QCoreApplication>

namespace hindsight::report {

// The chart of a metric's measured series (format 1.1, issue #15), the same
// on screen, in the PDF (as vectors) and in the Markdown export (as SVG): a
// line per series sharing the axes, the unit on the y axis, vertical lines at
// the COE's milestones labelled with their names, the impact window shaded
// (impact start, else trigger, to mitigated, else resolved), the timeline's
// key moments as small ticks, the threshold line, the COE's display zone on
// the time axis, and the metric's stored window.
class MetricChart
{
    Q_DECLARE_TR_FUNCTIONS(MetricChart)
public:
    // False when the metric has no series with a point: no chart to draw.
    static bool hasChart(const Metric& metric);
    static charts::ChartSpec spec(const Coe& coe, const Metric& metric);
    // The caption under the chart: "Chart 2: NAME", with its source.
    static QString caption(const Metric& metric, int number);
};

} // namespace hindsight::report
