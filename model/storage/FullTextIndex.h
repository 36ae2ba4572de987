// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QSqlDatabase>
#include <QString>

// The FTS5 table coe_fts (internal to model/storage/): one row per COE, rowid
// = coes.id, columns title, summary (summary and problem) and body (every
// other text of the COE).
namespace hindsight::fulltext {

struct Columns
{
    QString title;
    QString summary;
    QString body;
};

Columns columnsFor(const Coe& coe);

// Removes the COE's row (a COE moved to the Trash is not searched).
bool remove(const QSqlDatabase& db, qint64 coeRowId, QString* error);

// Replaces the COE's row; call inside the save's transaction.
bool update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error);

} // namespace hindsight::fulltext
