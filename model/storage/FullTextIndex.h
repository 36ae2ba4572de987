// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QHash>
#include <QList>
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

// Snippets look at the first kSnippetTextLimit characters of each text of a
// COE (a 100,000-entry COE has megabytes of them); search itself still
// covers all of its text.
inline constexpr int kSnippetTextLimit = 20000;

// The snippets (ArchiveSearch.h: kMatchStart/kMatchEnd around matches, at
// most `words` words; Snippet.h: makeSnippet) of the COEs `rowIds` for the
// MATCH expression `match`, by rowid; made for the rows shown only. A COE
// whose match lies past kSnippetTextLimit gets the start of its summary (or
// body) as its snippet. On a database error the result is empty and `error`
// says why.
QHash<qint64, QString> snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                int words, QString* error);

} // namespace hindsight::fulltext
