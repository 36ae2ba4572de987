// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace hindsight {

class Archive;

// One COE found by search().
struct SearchHit
{
    QUuid uuid;
    QString title;
    // Plain text around the best match. Matched words are wrapped in
    // kMatchStart ... kMatchEnd; the text is the user's, so a view escapes it
    // first and then turns the markers into highlighting (snippetToHtml).
    QString snippet;
    double rank = 0; // FTS5 bm25: lower (more negative) is a better match
};

inline constexpr QChar kMatchStart = QChar(0x01);
inline constexpr QChar kMatchEnd = QChar(0x02);
inline constexpr QChar kSnippetEllipsis = QChar(0x2026);

// Full-text search over every text of every COE (title, summary, problem,
// impact, timeline, metrics, questions and answers, whys, action items,
// owner, reviewers, services, tags). Best match first, at most `limit` hits.
// The user's text is data, never query syntax: words must all occur, the
// last word also matches as a prefix ("deplo" finds "deployment"), "quoted
// words" must occur as a phrase, case and diacritics are ignored ("cafe"
// finds "café"). An empty or word-less text finds nothing without error.
// Deleted (Trash) COEs are not found. On a database error the result is
// empty and `error` says why.
QList<SearchHit> search(Archive& archive, const QString& userText, int limit, QString* error = nullptr);

// The longest search used. A longer text is cut, never refused: only its
// first kMaxSearchChars characters, and of those the first kMaxSearchWords
// words (words inside "quoted phrases" count), are searched for; the caller
// says so with searchCutNotice(). Ranking, counting and snippets then stay
// fast whatever the user pastes into the search field.
inline constexpr int kMaxSearchWords = 32;
inline constexpr int kMaxSearchChars = 256;

struct PreparedSearch
{
    // The FTS5 MATCH expression: every word a double-quoted string (quotes
    // doubled), quoted phrases kept whole, the last word or phrase a prefix
    // ("..."*). Empty when the text has no word (nothing to search for).
    QString match;
    bool cut = false; // words past kMaxSearchWords / kMaxSearchChars were left out
};
PreparedSearch prepareSearch(const QString& userText);

// prepareSearch(userText).match: what search() and CoeCatalog match.
QString ftsQueryFor(const QString& userText);

// Whether the text holds a letter or digit, i.e. anything to search for.
// A text without one ("-", "***", "...") finds nothing; say
// nothingToSearchNotice() rather than list every COE.
bool hasSearchableText(const QString& userText);

// "The search is long: only its first 32 words (at most 256 characters) were searched for."
QString searchCutNotice();
// "Nothing to search for: the search holds no letter or digit."
QString nothingToSearchNotice();

// The snippet as HTML: escaped, matches in <b>...</b>.
QString snippetToHtml(const QString& snippet);

} // namespace hindsight
