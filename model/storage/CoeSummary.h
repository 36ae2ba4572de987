// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// The table coe_summary (internal to model/storage/; schema version 2): one
// narrow row per COE with what the archive browser lists, sorts and filters
// on. Written in the save's transaction, like the full-text row.
namespace hindsight::coesummary {

// When the incident happened: the first impact_start entry, else the first
// trigger, else the first timed entry of the timeline. Invalid when none.
QDateTime incidentAt(const Coe& coe);
// The earliest due date of an open or in-progress action item (invalid: none).
QDate nextDue(const Coe& coe);
int openActions(const Coe& coe);
// Status in workflow order (draft 0 .. closed 3), for sorting.
int statusRank(Status status);
// An action item counts as open (and can be overdue) while open or in progress.
bool isOpen(ActionStatus status);

// Replaces the summary row of the COE stored at coes.id = rowId; keeps the
// trash time it had in coes.deleted_at. The review counts (schema 3) are
// computed here with `options`.
bool update(const QSqlDatabase& db, qint64 rowId, const Coe& coe, QString* error,
            const analysis::CheckOptions& options = {});
// Stores the review counts of the COE at coes.id = rowId (the schema 3 migration).
bool updateReview(const QSqlDatabase& db, qint64 rowId, const Coe& coe, const analysis::CheckOptions& options,
                  QString* error);

} // namespace hindsight::coesummary
