// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hindsight::fulltext {

// The words of a search as the index sees them: the phrases of a MATCH
// expression made by prepareSearch() ("word" "a phrase" "last"*), each split
// into folded tokens.
struct SearchTerms
{
    QList<QStringList> phrases; // folded tokens of each phrase
    bool lastIsPrefix = false;  // the last token of the last phrase also matches as a prefix
    bool isEmpty() const { return phrases.isEmpty(); }
};

// Parses a MATCH expression of prepareSearch() (double-quoted strings with
// doubled quotes, the last one optionally followed by *).
SearchTerms parseMatch(const QString& match);

// A token of a text: characters [start, end) of the text, `folded` its
// case-folded form with diacritics removed, as the FTS5 unicode61 tokenizer
// with remove_diacritics 2 indexes it (letters, digits and private-use
// characters are token characters, everything else separates).
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded;
};
QList<Token> tokenize(QStringView text);

// The snippet of one COE: at most `words` tokens of the text (of `texts`,
// e.g. title, summary, body) that holds the first window with the most
// distinct phrases of the search, matches wrapped in
// kMatchStart/kMatchEnd (ArchiveSearch.h), kSnippetEllipsis where the window
// starts after or ends before its text. Time and memory are linear in the
// length of the texts, whatever the number of matches (FTS5's snippet() is
// quadratic in them), and a text is read only as far as that window when it
// holds every phrase. Returns an empty string when no text holds a match.
QString makeSnippet(const QStringList& texts, const SearchTerms& terms, int words);

namespace detail {
// makeSnippet, with or without skipping text where no match can start
// (the same result either way: TestSnippet compares them).
QString makeSnippet(const QStringList& texts, const SearchTerms& terms, int words, bool skipAhead);
} // namespace detail

} // namespace hindsight::fulltext
