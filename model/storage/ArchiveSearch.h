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

// The FTS5 MATCH expression search() uses for `userText`: every word a
// double-quoted string (quotes doubled), quoted phrases kept whole, the last
// word or phrase a prefix ("..."*). Empty when the text has no word.
QString ftsQueryFor(const QString& userText);

// The snippet as HTML: escaped, matches in <b>...</b>.
QString snippetToHtml(const QString& snippet);

} // namespace hindsight
