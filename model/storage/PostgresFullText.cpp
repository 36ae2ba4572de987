// SPDX-License-Identifier: MIT
#include "PostgresFullText.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace hindsight::pgtext {

namespace {

// tsvector positions run from 1 to 16383; a word keeps at most 256 of them.
constexpr int kMaxPosition = 16383;
constexpr int kMaxPositions = 256;

// Phrase pairs (coe_search.pairs, schema 5): each two adjacent tokens of a
// column as one lexeme "first second" (no token holds a space), without
// positions, so that the GIN index alone finds a phrase of two words and
// narrows one of more to the COEs holding all its pairs. A lexeme holds at
// most 2046 bytes and a tsvector 1 MB of them: a COE whose pairs do not all
// fit keeps only the lexeme kPairsCut (pairs_cut), and any phrase is then
// checked against its document instead.
constexpr int kMaxLexemeBytes = 2046;
constexpr int kMaxPairsBytes = 512 * 1024;
const QString kPairsCut = QStringLiteral(" ");

QString pair(const QString& first, const QString& second)
{
    return first + QLatin1Char(' ') + second;
}

// A lexeme's text inside the quotes of a tsvector/tsquery literal.
QString escapedLexeme(const QString& term)
{
    if (!term.contains(QLatin1Char('\\')) && !term.contains(QLatin1Char('\'')))
        return term;
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return escaped;
}

} // namespace

// The tsvector literals of a COE's three texts: the words FTS5's unicode61
// tokenizer finds (Snippet.h: tokenize, the same folding), title weight A,
// summary B, body D, one position left free between columns so that a phrase
// never runs from one into the next (as in FTS5).
ColumnTokens tokensOf(const fulltext::Columns& columns)
{
    return {fulltext::tokenize(columns.title), fulltext::tokenize(columns.summary), fulltext::tokenize(columns.body)};
}

QString lexeme(const QString& term)
{
    return QLatin1Char('\'') + escapedLexeme(term) + QLatin1Char('\'');
}

// A COE's row of coe_search: its document and its pairs, both worked out
// from its tokens at once. Each distinct word is looked up once (a COE of
// some thousands of tokens has a few hundred words), the pairs are pairs of
// word numbers: no string is made for a pair before it is written out. The
// lexemes come in no particular order (tsvector's input sorts them).
SearchRow searchRowFor(const ColumnTokens& tokens)
{
    struct Word
    {
        QString escaped;     // between the quotes of a literal
        qsizetype bytes = 0; // UTF-8 bytes of the word itself
        QList<int> positions;
    };
    QList<Word> words;
    // Word numbers by word: an unseeded FNV-1a hash of the UTF-16 units
    // (QHash's seeded hash of every token cost 8% of copy-archive's CPU).
    struct Fnv
    {
        size_t operator()(QStringView s) const noexcept
        {
            size_t h = 14695981039346656037ull;
            for (const QChar c : s)
                h = (h ^ c.unicode()) * 1099511628211ull;
            return h;
        }
    };
    std::unordered_map<QStringView, int, Fnv> ids;
    ids.reserve(size_t(tokens[0].size() + tokens[1].size() + tokens[2].size()));
    std::array<QList<int>, 3> columnIds;
    const int base[3] = {0, int(tokens[0].size()) + 1, int(tokens[0].size() + tokens[1].size()) + 2};
    for (int column = 0; column < 3; ++column) {
        QList<int>& out = columnIds[column];
        out.reserve(tokens[column].size());
        for (qsizetype offset = 0; offset < tokens[column].size(); ++offset) {
            const QString& folded = tokens[column].at(offset).folded; // lives as long as `tokens`
            const auto [it, added] = ids.try_emplace(QStringView(folded), int(words.size()));
            if (added)
                words.append(Word{escapedLexeme(folded), QStringView(folded).toUtf8().size(), {}});
            const int id = it->second;
            out.append(id);
            QList<int>& positions = words[id].positions;
            if (positions.size() < kMaxPositions)
                positions.append(int(qMin<qsizetype>(base[column] + offset + 1, kMaxPosition)) * 4 + column);
        }
    }
    SearchRow row;
    static const char weights[3] = {'A', 'B', 'D'};
    qsizetype size = 0;
    for (const Word& w : std::as_const(words))
        size += w.escaped.size() + 4 + w.positions.size() * 7;
    row.document.reserve(size);
    for (const Word& w : std::as_const(words)) {
        if (!row.document.isEmpty())
            row.document += QLatin1Char(' ');
        row.document += QLatin1Char('\'');
        row.document += w.escaped;
        row.document += QLatin1String("':");
        for (qsizetype i = 0; i < w.positions.size(); ++i) {
            const int p = w.positions.at(i);
            if (i > 0)
                row.document += QLatin1Char(',');
            row.document += QString::number(p / 4);
            if (p % 4 != 2)
                row.document += QLatin1Char(weights[p % 4]);
        }
    }

    // The distinct pairs, as two word numbers; a pair's lexeme is its two
    // words with a space between.
    std::vector<quint64> pairs;
    for (const QList<int>& column : columnIds)
        for (qsizetype i = 0; i + 1 < column.size(); ++i)
            pairs.push_back(quint64(quint32(column.at(i))) << 32 | quint32(column.at(i + 1)));
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    qsizetype bytes = 0, length = 0;
    for (const quint64 p : pairs) {
        const Word& first = words.at(int(p >> 32));
        const Word& second = words.at(int(p & 0xffffffffu));
        const qsizetype pairBytes = first.bytes + 1 + second.bytes;
        bytes += pairBytes + 8;
        if (pairBytes > kMaxLexemeBytes || bytes > kMaxPairsBytes) {
            row.pairs = lexeme(kPairsCut);
            row.cut = true;
            return row;
        }
        length += first.escaped.size() + second.escaped.size() + 4;
    }
    row.pairs.reserve(length);
    for (const quint64 p : pairs) {
        if (!row.pairs.isEmpty())
            row.pairs += QLatin1Char(' ');
        row.pairs += QLatin1Char('\'');
        row.pairs += words.at(int(p >> 32)).escaped;
        row.pairs += QLatin1Char(' ');
        row.pairs += words.at(int(p & 0xffffffffu)).escaped;
        row.pairs += QLatin1Char('\'');
    }
    return row;
}

// The tsquery literal of an FTS5 MATCH expression made by prepareSearch():
// "w1" "w2 w3"* -> ('w1') & ('w2' <-> 'w3':*). Each quoted string's words
// are found by the same tokenizer as the index's (Snippet.h: parseMatch).
QString queryFor(const QString& match)
{
    const fulltext::SearchTerms search = fulltext::parseMatch(match);
    QStringList terms;
    for (qsizetype p = 0; p < search.phrases.size(); ++p) {
        QStringList words;
        for (const QString& word : search.phrases.at(p))
            words << lexeme(word);
        if (search.lastIsPrefix && p == search.phrases.size() - 1)
            words.last() += QStringLiteral(":*");
        terms << QLatin1Char('(') + words.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
    }
    // A search of no word at all finds nothing (as an FTS5 phrase of no
    // token): no document holds a word of one space.
    return terms.isEmpty() ? QStringLiteral("' '") : terms.join(QStringLiteral(" & "));
}

// The pairs' GIN index is two halves, the COEs of even and of odd row id
// (schema 13): PostgreSQL 15 builds a GIN index on one core, and a bulk
// load (copy-archive) builds the halves on two (10,000 COEs: 33 s as one
// index, 16 s as two halves). A match names each half with its predicate,
// so that the planner reads both indexes and ORs their bitmaps. Its value
// is bound twice.
const QString kPairsMatch = QStringLiteral("((f.coe_id % 2 = 0 AND f.pairs @@ CAST(? AS tsquery)) "
                                           "OR (f.coe_id % 2 = 1 AND f.pairs @@ CAST(? AS tsquery)))");
// A phrase of three words or more, checked against the positions of the
// words in the document (read from TOAST: about 10 us a COE). coalesce()
// keeps the planner from also reading the document's index, which would make
// it read each row's pairs again.
const QString kPositionsMatch = QStringLiteral("coalesce(f.document, f.pairs) @@ CAST(? AS tsquery)");
// The planner does not know that testing a row reads its whole document
// (out of line, several kB a COE). For a word in half the COEs it would scan
// and test every row (10,000 COEs: 140-250 ms) rather than count the GIN
// index's entries (10-20 ms); with narrow rows (schema 15) it would do so for
// a page of a rare word too ("jalapeño", 451 COEs: 190 ms rather than 6).
const QStringList kNoTableScans{QStringLiteral("SET enable_seqscan = off")};
const QStringList kTableScansAgain{QStringLiteral("RESET enable_seqscan")};
// The two halves of the pairs' index (kPairsMatch).
const QString kCreatePairsEven = QStringLiteral(
    "CREATE INDEX IF NOT EXISTS coe_search_pairs_even ON coe_search USING GIN (pairs) WHERE coe_id % 2 = 0");
const QString kCreatePairsOdd = QStringLiteral(
    "CREATE INDEX IF NOT EXISTS coe_search_pairs_odd ON coe_search USING GIN (pairs) WHERE coe_id % 2 = 1");

// The match of an FTS5 MATCH expression (condition and values of FullTextSql).
// Without a phrase of two words or more: the document's GIN index, exact (no
// row is read). With one: the pairs index finds the COEs holding every pair
// of every phrase (exact for two words; a COE whose pairs were cut is checked
// against its document), the document's index the single words; a phrase of
// three words or more is then checked against the positions in the document
// of the few COEs holding all its pairs (true: then condition is
// kPairsMatch AND kPositionsMatch, and values are the pairs' twice, then the
// document's).
bool matchFor(const QString& match, FullTextSql* out)
{
    const QString document = queryFor(match);
    const fulltext::SearchTerms search = fulltext::parseMatch(match);
    QStringList words, pairs;
    bool longPhrase = false;
    for (qsizetype p = 0; p < search.phrases.size(); ++p) {
        const QStringList& phrase = search.phrases.at(p);
        const bool prefix = search.lastIsPrefix && p == search.phrases.size() - 1;
        if (phrase.size() == 1) {
            words << lexeme(phrase.first()) + (prefix ? QStringLiteral(":*") : QString());
            continue;
        }
        for (qsizetype i = 0; i + 1 < phrase.size(); ++i) {
            const QString both = pair(phrase.at(i), phrase.at(i + 1));
            if (both.toUtf8().size() > kMaxLexemeBytes) {
                longPhrase = true; // never stored: the document decides
                continue;
            }
            pairs << lexeme(both) + (prefix && i + 2 == phrase.size() ? QStringLiteral(":*") : QString());
        }
        if (phrase.size() > 2)
            longPhrase = true;
    }
    if (pairs.isEmpty()) {
        out->condition = QStringLiteral("f.document @@ CAST(? AS tsquery)");
        out->values = {document};
        return false;
    }
    // Every pair, or a COE whose pairs were cut.
    const QString pairsQuery = QStringLiteral("(%1) | %2").arg(pairs.join(QStringLiteral(" & ")), lexeme(kPairsCut));
    if (longPhrase) {
        // The positions of the COEs holding every pair, read after the pairs index.
        out->condition = kPairsMatch + QStringLiteral(" AND ") + kPositionsMatch;
        out->values = {pairsQuery, pairsQuery, document};
        return true;
    }
    out->condition = kPairsMatch + QStringLiteral(" AND (NOT f.pairs_cut OR f.document @@ CAST(? AS tsquery))");
    out->values = {pairsQuery, pairsQuery, document};
    if (!words.isEmpty()) {
        out->condition += QStringLiteral(" AND f.document @@ CAST(? AS tsquery)");
        out->values << words.join(QStringLiteral(" & "));
    }
    return false;
}

} // namespace hindsight::pgtext
