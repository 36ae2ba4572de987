// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace hindsight::metrics {

// One sample of a measured series: an instant (UTC) and a value, or no value
// (a gap: a missing sample, never zero). The interchange format writes it as
// [at, value|null] (coe-format.md, "Additions in 1.1": metrics[].series).
struct SeriesPoint
{
    QDateTime at; // UTC
    std::optional<double> value;

    friend bool operator==(const SeriesPoint&, const SeriesPoint&) = default;
};

// The format's metrics[].series[] element: points in time order (ties allowed).
struct MetricSeries
{
    QString name;
    QString unit; // empty when the source does not say
    QList<SeriesPoint> points;

    friend bool operator==(const MetricSeries&, const MetricSeries&) = default;
};

// The format's limits: at most this many points per series and series per metric.
constexpr int kMaxPoints = 100000;
constexpr int kMaxSeries = 20;

} // namespace hindsight::metrics
