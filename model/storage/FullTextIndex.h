// SPDX-License-Identifier: MIT
#pragma once

#include "Snippet.h"
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
// The archive's back end does it (Backend.h).
bool remove(const QSqlDatabase& db, qint64 coeRowId, QString* error);

// Replaces the COE's row; call inside the save's transaction. Nothing on a
// connection whose rows another writes (setDeferred).
bool update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error);

// While a connection fills an empty archive in bulk, its saves may leave
// their search rows to a connection of their own (FullTextBackfill.h):
// update() on the connection named `connectionName` then writes nothing.
void setDeferred(const QString& connectionName, bool deferred);

// Makes the search rows match the COEs, in a write transaction of its own
// on `db`: a trashed COE's row goes, and each live COE without one gets it
// (read from the archive). After a bulk fill (FullTextBackfill), and when an
// archive is opened after a copy that stopped before its end.
bool repair(const QSqlDatabase& db, QString* error);

// The SQLite back end's FTS5 table coe_fts.
bool fts5Remove(const QSqlDatabase& db, qint64 coeRowId, QString* error);
bool fts5Update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error);
QHash<qint64, QString> fts5Snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                    int words, QString* error);

// Snippets look at the first kSnippetTextLimit characters of each text of a
// COE (a 100,000-entry COE has megabytes of them); search itself still
// covers all of its text.
inline constexpr int kSnippetTextLimit = 20000;

// The snippets (ArchiveSearch.h: kMatchStart/kMatchEnd around matches, at
// most `words` words; Snippet.h: makeSnippet) of the COEs `rowIds` for the
// MATCH expression `match`, by rowid; made for the rows shown only. A COE
// whose match lies past kSnippetTextLimit gets the start of its summary (or
// body) as its snippet. On a database error the result is empty and `error`
// says why. The archive's back end reads the texts (Backend.h); the snippet
// is made the same way on every back end (snippetFor).
QHash<qint64, QString> snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                int words, QString* error);

// The snippet of one COE from its texts (each already cut to
// kSnippetTextLimit) for the search `terms` (Snippet.h: parseMatch):
// makeSnippet, or the start of its summary (or body) when no text holds a
// match. Back-end independent: both back ends give the same snippet.
QString snippetFor(const Columns& texts, const SearchTerms& terms, int words);

} // namespace hindsight::fulltext
