// SPDX-License-Identifier: MIT
#include "Statistics.h"

#include <algorithm>
#include <cmath>

namespace hindsight::insights {

std::optional<double> quantileSorted(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty() || !(p >= 0.0 && p <= 1.0))
        return std::nullopt;
    const double h = double(sorted.size() - 1) * p;
    const auto lo = qsizetype(std::floor(h));
    const double frac = h - double(lo);
    if (lo + 1 >= sorted.size() || frac == 0.0)
        return sorted.at(lo);
    return sorted.at(lo) + frac * (sorted.at(lo + 1) - sorted.at(lo));
}

std::optional<double> quantile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return quantileSorted(values, p);
}

Summary summarizeSorted(const QList<double>& sorted)
{
    Summary s;
    s.n = int(sorted.size());
    s.median = quantileSorted(sorted, 0.5);
    s.p90 = quantileSorted(sorted, 0.9);
    return s;
}

Summary summarize(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return summarizeSorted(values);
}

std::optional<Fences> tukeyFencesSorted(const QList<double>& sorted)
{
    if (sorted.size() < kMinOutlierN)
        return std::nullopt;
    const double q1 = *quantileSorted(sorted, 0.25);
    const double q3 = *quantileSorted(sorted, 0.75);
    const double iqr = q3 - q1;
    return Fences{q1 - 1.5 * iqr, q3 + 1.5 * iqr};
}

std::optional<Fences> tukeyFences(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return tukeyFencesSorted(values);
}

} // namespace hindsight::insights
