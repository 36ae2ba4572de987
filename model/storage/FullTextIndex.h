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
// The archive's back end does it (Backend.h).
bool remove(const QSqlDatabase& db, qint64 coeRowId, QString* error);

// Replaces the COE's row; call inside the save's transaction.
bool update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error);

// The SQLite back end's FTS5 table coe_fts.
bool fts5Remove(const QSqlDatabase& db, qint64 coeRowId, QString* error);
bool fts5Update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error);
QHash<qint64, QString> fts5Snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                    int words, QString* error);

// Snippets longer texts are cut to: FTS5's snippet() takes time quadratic in
// the matches of a row (a 100,000-entry COE took minutes for one common
// word), so a COE with a text longer than this is snippeted over the first
// kSnippetTextLimit characters of each text instead. Search itself still
// covers all of its text.
inline constexpr int kSnippetTextLimit = 20000;

// The snippets (ArchiveSearch.h: kMatchStart/kMatchEnd around matches, at
// most `words` words) of the COEs `rowIds` for the MATCH expression `match`,
// by rowid; made for the rows shown only. A long COE whose match lies past
// kSnippetTextLimit gets the start of its summary (or body) as its snippet.
// On a database error the result is empty and `error` says why. The
// archive's back end makes them (Backend.h).
QHash<qint64, QString> snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                int words, QString* error);

// The snippet of one row whose texts are given (already bounded), made by
// FTS5 like coe_fts's: over the in-memory table kept beside `db`. A row the
// MATCH does not find there gets the start of its summary (or body).
bool snippetOf(const QSqlDatabase& db, const QString& match, const Columns& texts, int words, QString* snippet,
               QString* error);

// The words of the texts as the FTS5 tokenizer of coe_fts reads them
// (unicode61, case folded, Latin diacritics removed), with their column
// (0 title, 1 summary, 2 body) and position in it, in text order. For a
// back end without FTS5 that must find the same words.
struct Token
{
    QString term;
    int column = 0;
    int offset = 0;
};
bool tokenize(const QSqlDatabase& db, const Columns& texts, QList<Token>* tokens, QString* error);

// Closes the in-memory connection snippets() keeps beside the connection
// `connectionName` (for long COEs); the Archive calls it when it closes.
void closeSnippetConnection(const QString& connectionName);

} // namespace hindsight::fulltext
