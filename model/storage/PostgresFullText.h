// SPDX-License-Identifier: MIT
#pragma once

#include "Backend.h"
#include "FullTextIndex.h"
#include "Snippet.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>

// The PostgreSQL back end's full-text SQL text (internal to model/storage/,
// PostgresBackend.cpp): the tsvector literals of a COE's search row, worked
// out on the client with the tokenizer FTS5's index uses, and the tsquery
// literals and conditions of a search.
namespace hindsight::pgtext {

// The tokens of a COE's three texts: title, summary, body.
using ColumnTokens = std::array<QList<fulltext::Token>, 3>;
ColumnTokens tokensOf(const fulltext::Columns& columns);

// A COE's row of coe_search: its document and its pairs.
struct SearchRow
{
    QString document; // a tsvector literal
    QString pairs;    // a tsvector literal
    bool cut = false; // pairs_cut
};
SearchRow searchRowFor(const ColumnTokens& tokens);

// A term as a quoted tsvector/tsquery lexeme.
QString lexeme(const QString& term);
// The tsquery literal of an FTS5 MATCH expression made by prepareSearch().
QString queryFor(const QString& match);

// The match of the pairs' two half indexes (its value bound twice), and the
// check of a phrase against the positions in the document.
extern const QString kPairsMatch;
extern const QString kPositionsMatch;
// Before and after each statement that reads the full-text indexes: no
// sequential scan that tests each row's document.
extern const QStringList kNoTableScans;
extern const QStringList kTableScansAgain;
// The statements that create the two halves of the pairs' index.
extern const QString kCreatePairsEven;
extern const QString kCreatePairsOdd;

// The condition and values of the match of an FTS5 MATCH expression (out's
// condition and values); true when a phrase of three words or more is then
// checked against the positions: condition is kPairsMatch AND
// kPositionsMatch, values the pairs' twice, then the document's.
bool matchFor(const QString& match, FullTextSql* out);

} // namespace hindsight::pgtext
