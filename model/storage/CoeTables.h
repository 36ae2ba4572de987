// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

// Row-level reading and writing of one COE across the archive's tables
// (internal to model/storage/; CoeRepository wraps these in transactions and
// the revision check). Every function returns false with `error` set on the
// first failed statement.
namespace hindsight::coetables {

// A child table's rows are written by one INSERT of up to this many rows
// (metric images: kImagesPerInsert), so that a whole list costs one round
// trip to a server; a longer list takes several.
constexpr int kRowsPerInsert = 50;
constexpr int kImagesPerInsert = 8;

// Inserts the coes row (revision given); sets *rowId.
bool insertCoe(const QSqlDatabase& db, const Coe& coe, qint64 revision, qint64* rowId, QString* error);
// Updates the coes row `rowId` in place (keeps deleted_at) and removes its
// child rows; with `keepSeries`, the rows of metric_series stay (the caller
// knows they hold the COE's series already).
bool updateCoe(const QSqlDatabase& db, qint64 rowId, const Coe& coe, qint64 revision, QString* error,
               bool keepSeries = false);
// Inserts every child row of the COE (lists, timeline, metrics and images,
// ...), the series' points unless `keepSeries` (updateCoe kept them).
bool insertParts(const QSqlDatabase& db, qint64 rowId, const Coe& coe, QString* error, bool keepSeries = false);

// What a read takes: every part, or (for a migration or recovery of an older
// archive) only the parts whose tables exist at its schema: before schema 7
// there is no review record, before schema 9 no contributing factors,
// detection, template or timeline highlights, before schema 11 no metric
// series, thresholds or windows.
enum class Parts
{
    All,
    BeforeReview,
    BeforeLearning,
    BeforeSeries
};
// The parts an archive of schema `version` holds.
Parts partsAtSchema(int version);

// Reads the COE stored under `uuid`. *found is false (and the result true)
// when there is none.
bool readCoe(const QSqlDatabase& db, const QUuid& uuid, Coe* coe, bool* found, QString* error,
             Parts parts = Parts::All);
// Reads the COEs stored under `uuids` with one query per table for all of
// them; out[i] is empty when the archive holds no uuids[i].
bool readCoes(const QSqlDatabase& db, const QList<QUuid>& uuids, QList<std::optional<Coe>>* out, QString* error,
              Parts parts = Parts::All);

QString uuidText(const QUuid& uuid);

} // namespace hindsight::coetables
