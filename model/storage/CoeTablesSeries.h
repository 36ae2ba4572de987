// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

// Format 1.1 metric series, threshold and window (schema 11; internal to
// model/storage/, used by CoeTables). Rows are keyed by the COE's row id and
// the metric's position, as the other child tables.
namespace hindsight::coetables {

// Writes the series (metric_series: one row a series, its points one blob,
// see SeriesBlob.h) and the threshold and window (metric_charts: one row only
// for a metric that has one of them) of the COE stored under rowId. Without
// `points`, the threshold and window only (the series' rows were kept).
bool insertSeries(const QSqlDatabase& db, qint64 rowId, const Coe& coe, QString* error, bool points = true);

// Reads them into coes (whose metrics are read already). rowIds are the coes'
// row ids, bound to the placeholders `in` ("?, ?, ..."); coeAt maps a row id
// to its index in coes.
bool readSeries(const QSqlDatabase& db, const QList<QVariant>& rowIds, const QString& in,
                const QHash<qint64, qsizetype>& coeAt, QList<Coe>* coes, QString* error);

} // namespace hindsight::coetables
