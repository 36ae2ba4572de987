// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <optional>

// The order statistics behind Insights. Durations of incidents are skewed (a
// few very long ones), so Insights shows the median and the 90th percentile
// with N, never a bare mean.
namespace hindsight::insights {

// The p-quantile (0 <= p <= 1) of `values` by linear interpolation between
// the closest ranks: Hyndman & Fan's definition 7, the default of R's
// quantile() and numpy.percentile. With the values sorted x[0] <= ... <=
// x[n-1], h = (n - 1) * p, and
//     Q(p) = x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]).
// So the median of an even N is the mean of the two middle values, and
// Q(0) / Q(1) are the minimum / maximum. nullopt when `values` is empty
// (an empty group has no median, never 0) or p is outside [0, 1].
std::optional<double> quantile(QList<double> values, double p);
// The same on values already sorted ascending (no copy, no sort).
std::optional<double> quantileSorted(const QList<double>& sorted, double p);

// N, median (Q(0.5)) and p90 (Q(0.9)) of a group, as quantile() defines them.
// An empty group: n = 0 and no median or p90.
struct Summary
{
    int n = 0;
    std::optional<double> median;
    std::optional<double> p90;
    bool operator==(const Summary&) const = default;
};

Summary summarize(QList<double> values);
Summary summarizeSorted(const QList<double>& sorted);

// Tukey's fences: a value is an outlier when it lies above Q3 + 1.5 * IQR or
// below Q1 - 1.5 * IQR, where Q1 = Q(0.25), Q3 = Q(0.75) (quantile() above)
// and IQR = Q3 - Q1. Needs at least kMinOutlierN values; a smaller group has
// no fences and so no outliers (with three values every one could be one).
constexpr int kMinOutlierN = 4;

struct Fences
{
    double lower = 0;
    double upper = 0;
    bool isOutlier(double v) const { return v < lower || v > upper; }
};

std::optional<Fences> tukeyFences(QList<double> values);
std::optional<Fences> tukeyFencesSorted(const QList<double>& sorted);

} // namespace hindsight::insights
