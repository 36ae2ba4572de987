// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ChartSpec.h"

#include <QList>
#include <QStringList>

namespace hindsight::charts {

// Any chart as a table of strings (the accessible view and "Copy as Table").
// Strip: one row per category and series: category, series, N, median, p90, points.
// Bars: one row per category, one column per series. Pareto: category, value,
// cumulative %. Line: one row per instant of the downsampled window (at most
// maxLineRows buckets: time, then min and max per series). Matrix: rows x columns.
struct ChartTable
{
    QStringList header;
    QList<QStringList> rows;
    // uuids[r]: the COEs behind row r (may be empty), for opening from the table.
    QList<QList<QUuid>> uuids;

    // Tab separated, one line per row, header first; tabs and line breaks in
    // cells become spaces.
    QString toTsv() const;
    // One cell as toTsv writes it: tabs and line breaks become spaces.
    static QString tsvCell(QString text);
};

ChartTable chartTable(const ChartSpec& spec, int maxLineRows = 200);

} // namespace hindsight::charts
