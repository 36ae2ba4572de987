// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace hindsight::charts {

// The translation context of the chart module's words ("median", "Time",
// "Cumulative %"): lupdate reads it from Q_DECLARE_TR_FUNCTIONS, so the .ts
// files and the running program agree on it.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

} // namespace hindsight::charts
