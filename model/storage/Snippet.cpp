// SPDX-License-Identifier: MIT
#include "Snippet.h"

#include "ArchiveSearch.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace hindsight::fulltext {

namespace {

bool isTokenCategory(QChar::Category c)
{
    switch (c) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

// Appends the folded form of the code point u: case folded, and a letter with
// diacritics as its base letter ("É" -> "e"), as unicode61 with
// remove_diacritics 2 does.
void appendFolded(char32_t u, QString& out)
{
    if (u < 0x80) {
        out += QChar(char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u));
        return;
    }
    char32_t c = QChar::toCaseFolded(u);
    // The base of a canonical decomposition, repeatedly ("ǘ" -> "ü" -> "u"),
    // for Latin letters only, as unicode61 does ("ί" stays).
    while (c < 0x1F00 && QChar::decompositionTag(c) == QChar::Canonical) {
        const QString d = QChar::decomposition(c);
        if (d.isEmpty())
            break;
        const char32_t base = d.at(0).isHighSurrogate() && d.size() > 1
                                  ? QChar::surrogateToUcs4(d.at(0), d.at(1))
                                  : char32_t(d.at(0).unicode());
        if (base == c || !(base < 0x250 || (base >= 0x1E00 && base < 0x1F00)))
            break;
        c = QChar::toCaseFolded(base);
    }
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

// Tokens of a text, their folded forms in one buffer (no allocation per token).
struct Tokens
{
    struct Item
    {
        qsizetype start, end;   // in the text
        qsizetype fStart, fLen; // in folded
    };
    QList<Item> items;
    QString folded;
    bool dropped = false; // the text has tokens before items[0] that were skipped
    QStringView foldedAt(qsizetype i) const
    {
        const Item& t = items.at(i);
        return QStringView(folded).mid(t.fStart, t.fLen);
    }
};

// Tokenizes text from `pos` on until at least `limit` and the end of the
// token there; `pos` is left where it stopped (between tokens).
void tokenizeMore(Tokens& out, QStringView text, qsizetype& pos, qsizetype limit)
{
    const qsizetype n = text.size();
    // Folding never lengthens ASCII: the buffer has room for the whole text;
    // other characters are checked.
    if (out.folded.size() < n)
        out.folded.resize(n);
    char16_t* folded = reinterpret_cast<char16_t*>(out.folded.data());
    qsizetype length = out.items.isEmpty() ? 0 : out.items.last().fStart + out.items.last().fLen;
    QString wide;
    const char16_t* s = text.utf16();
    qsizetype i = pos;
    qsizetype tokenStart = -1;
    qsizetype foldStart = 0;
    auto close = [&](qsizetype end) {
        if (length > foldStart)
            out.items.append({tokenStart, end, foldStart, length - foldStart});
        else
            length = foldStart;
        tokenStart = -1;
    };
    while (i < n && (i < limit || tokenStart >= 0)) {
        const char16_t c = s[i];
        if (c < 0x80) {
            const bool lower = c >= 'a' && c <= 'z';
            const bool upper = c >= 'A' && c <= 'Z';
            if (lower || upper || (c >= '0' && c <= '9')) {
                if (tokenStart < 0) {
                    tokenStart = i;
                    foldStart = length;
                }
                folded[length++] = upper ? char16_t(c + 32) : c;
            } else if (tokenStart >= 0) {
                close(i);
            }
            ++i;
            continue;
        }
        char32_t u = c;
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            u = QChar::surrogateToUcs4(c, s[i + 1]);
            width = 2;
        }
        const QChar::Category category = QChar::category(u);
        // A combining mark (a decomposed diacritic) is removed, inside a token.
        const bool mark = category == QChar::Mark_NonSpacing;
        if (isTokenCategory(category) || (mark && tokenStart >= 0)) {
            if (tokenStart < 0) {
                tokenStart = i;
                foldStart = length;
            }
            if (!mark) {
                wide.clear();
                appendFolded(u, wide);
                if (length + wide.size() > out.folded.size()) {
                    out.folded.resize(out.folded.size() + n + wide.size());
                    folded = reinterpret_cast<char16_t*>(out.folded.data());
                }
                for (const QChar w : std::as_const(wide))
                    folded[length++] = w.unicode();
            }
        } else if (tokenStart >= 0) {
            close(i);
        }
        i += width;
    }
    if (tokenStart >= 0)
        close(i);
    pos = i;
}

Tokens tokens(QStringView text)
{
    Tokens out;
    qsizetype pos = 0;
    tokenizeMore(out, text, pos, text.size());
    return out;
}

struct Hit
{
    int phrase;
    qsizetype first, last; // token indexes
};

// Appends the hits that start at tokens [from, to).
void addHits(const Tokens& t, const SearchTerms& terms, qsizetype from, qsizetype to, QList<Hit>& hits)
{
    const qsizetype n = t.items.size();
    const int phrases = int(terms.phrases.size());
    for (qsizetype i = from; i < to; ++i) {
        const QStringView first = t.foldedAt(i);
        for (int p = 0; p < phrases; ++p) {
            const QStringList& phrase = terms.phrases.at(p);
            const qsizetype k = phrase.size();
            if (i + k > n)
                continue;
            bool match = true;
            for (qsizetype j = 0; j < k && match; ++j) {
                const QStringView token = j == 0 ? first : t.foldedAt(i + j);
                const bool prefix = terms.lastIsPrefix && p == phrases - 1 && j == k - 1;
                match = prefix ? token.startsWith(phrase.at(j)) : token == phrase.at(j);
            }
            if (match)
                hits.append({p, i, i + k - 1});
        }
    }
}

struct Window
{
    int distinct = 0; // phrases in the window
    qsizetype firstHit = 0, endHit = 0; // [firstHit, endHit) of the text's hits
};

// The window of at most `words` tokens starting at a hit that holds the most
// distinct phrases, the earliest of equals. Two pointers: linear.
Window bestWindow(const QList<Hit>& hits, int phrases, int words)
{
    Window best;
    QVarLengthArray<int, 32> count(phrases);
    std::fill(count.begin(), count.end(), 0);
    int distinct = 0;
    qsizetype r = 0;
    for (qsizetype l = 0; l < hits.size(); ++l) {
        // Hit l - 1 leaves the window (if it was in it: a phrase longer than
        // `words` tokens never is).
        if (l > 0 && r > l - 1 && --count[hits.at(l - 1).phrase] == 0)
            --distinct;
        if (r < l)
            r = l;
        while (r < hits.size() && hits.at(r).last < hits.at(l).first + words) {
            if (count[hits.at(r).phrase]++ == 0)
                ++distinct;
            ++r;
        }
        if (distinct > best.distinct) {
            best.distinct = distinct;
            best.firstHit = l;
            best.endHit = r;
            if (distinct == phrases)
                break;
        }
    }
    return best;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char16_t asciiLower(char16_t c)
{
    return c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c;
}

// The first position at or after `from` where a hit could start: a
// case-insensitive occurrence of a phrase's first token (all of them
// ASCII) at the start of a token, or the first non-ASCII character (its
// folding is not known without the tokenizer). `n` when there is none.
qsizetype nextCandidate(QStringView text, qsizetype from, const QList<QStringView>& firsts)
{
    const char16_t* s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = from; i < n; ++i) {
        const char16_t c = s[i];
        if (c >= 0x80)
            return i;
        const char16_t lower = asciiLower(c);
        if (i > 0 && isAsciiAlnum(s[i - 1]))
            continue;
        for (const QStringView first : firsts) {
            if (first.at(0).unicode() != lower || i + first.size() > n)
                continue;
            qsizetype j = 1;
            while (j < first.size() && asciiLower(s[i + j]) == first.at(j).unicode())
                ++j;
            if (j == first.size())
                return i;
        }
    }
    return n;
}

// Where tokenizing may resume so that at least `words` whole tokens come
// before `candidate`: the start of the (words + 1)th token start counted
// back from it, not before `pos`; -1 when there are fewer. [pos, candidate)
// is ASCII.
qsizetype resumeBefore(QStringView text, qsizetype pos, qsizetype candidate, int words)
{
    const char16_t* s = text.utf16();
    int starts = 0;
    for (qsizetype k = candidate - 1; k > pos; --k) {
        if (isAsciiAlnum(s[k]) && !isAsciiAlnum(s[k - 1]) && ++starts > words)
            return k;
    }
    return -1;
}

// The tokens and hits of the shortest start of `text` that holds the first
// window with every phrase (or of all of it when none does). Read in growing
// steps: a common word is found in the first lines of a long text, and the
// text is read no further. Until the first hit, ASCII text without a
// possible hit is skipped rather than tokenized (the window holds at most
// `words` tokens before its first hit, and every window starts at a hit),
// keeping `words` tokens before the place where one may start.
struct Scan
{
    Tokens tokens;
    QList<Hit> hits;
    Window window;
    bool complete = false; // the tokens are those of the whole text
};

Scan scan(const QString& text, const SearchTerms& terms, int words, bool skipAhead)
{
    const int phrases = int(terms.phrases.size());
    qsizetype longest = 1;
    QList<QStringView> firsts;
    for (const QStringList& phrase : terms.phrases) {
        longest = std::max(longest, phrase.size());
        const QString& first = phrase.first();
        if (first.isEmpty()
            || std::any_of(first.begin(), first.end(), [](QChar c) { return c.unicode() >= 0x80; }))
            skipAhead = false;
        firsts << QStringView(first);
    }
    constexpr qsizetype kStep = 2048;
    constexpr qsizetype kWorthSkipping = 512; // characters
    const qsizetype n = text.size();
    Scan s;
    qsizetype pos = 0;
    qsizetype tested = 0; // hits are known for the tokens before this one
    for (qsizetype length = std::min(n, kStep);; length = std::min(n, length * 4)) {
        if (skipAhead && s.hits.isEmpty() && pos < n) {
            // A hit may start at a token whose hits are not known yet (a
            // phrase can go on past the tokens read), or further on.
            const qsizetype size = s.tokens.items.size();
            const qsizetype from = tested < size ? s.tokens.items.at(tested).start : pos;
            const qsizetype candidate = nextCandidate(text, from, firsts);
            if (candidate >= pos + kWorthSkipping) {
                const qsizetype resume = resumeBefore(text, pos, candidate, words);
                if (resume >= pos + kWorthSkipping) {
                    s.tokens.items.clear();
                    s.tokens.dropped = true;
                    tested = 0;
                    pos = resume;
                    length = std::max(length, std::min(n, resume + kStep));
                }
            }
        }
        tokenizeMore(s.tokens, text, pos, length);
        s.complete = pos >= n;
        // A phrase that starts at the last tokens read may go on past them.
        const qsizetype size = s.tokens.items.size();
        const qsizetype known = s.complete ? size : std::max<qsizetype>(tested, size - (longest - 1));
        addHits(s.tokens, terms, tested, known, s.hits);
        tested = known;
        s.window = bestWindow(s.hits, phrases, words);
        // Every hit the window could hold is known.
        if (s.complete
            || (s.window.distinct == phrases && s.hits.at(s.window.firstHit).first + words <= known))
            return s;
    }
}

} // namespace

SearchTerms parseMatch(const QString& match)
{
    SearchTerms terms;
    qsizetype i = 0;
    const qsizetype n = match.size();
    while (i < n) {
        if (match.at(i) != QLatin1Char('"')) {
            if (match.at(i) == QLatin1Char('*') && !terms.phrases.isEmpty())
                terms.lastIsPrefix = true;
            ++i;
            continue;
        }
        terms.lastIsPrefix = false;
        QString inner;
        ++i;
        while (i < n) {
            if (match.at(i) == QLatin1Char('"')) {
                if (i + 1 < n && match.at(i + 1) == QLatin1Char('"')) {
                    inner += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            inner += match.at(i++);
        }
        const Tokens t = tokens(inner);
        QStringList phrase;
        for (qsizetype j = 0; j < t.items.size(); ++j)
            phrase << t.foldedAt(j).toString();
        if (!phrase.isEmpty())
            terms.phrases << phrase;
    }
    return terms;
}

QList<Token> tokenize(QStringView text)
{
    const Tokens t = tokens(text);
    QList<Token> out;
    out.reserve(t.items.size());
    for (qsizetype i = 0; i < t.items.size(); ++i)
        out.append({t.items.at(i).start, t.items.at(i).end, t.foldedAt(i).toString()});
    return out;
}

QString makeSnippet(const QStringList& texts, const SearchTerms& terms, int words)
{
    return detail::makeSnippet(texts, terms, words, true);
}

QString detail::makeSnippet(const QStringList& texts, const SearchTerms& terms, int words, bool skipAhead)
{
    if (terms.isEmpty() || words <= 0)
        return {};
    const int phrases = int(terms.phrases.size());
    // The text with the window of the most distinct phrases, the first of equals.
    int bestText = -1;
    Scan best;
    for (int c = 0; c < texts.size() && best.window.distinct < phrases; ++c) {
        Scan s = scan(texts.at(c), terms, words, skipAhead);
        if (s.window.distinct > best.window.distinct) {
            best = std::move(s);
            bestText = c;
        }
    }
    if (bestText < 0)
        return {};
    const Tokens& bestTokens = best.tokens;
    const QList<Hit>& bestHits = best.hits;
    const Window& window = best.window;

    // Centre the window's hits in the `words` tokens shown.
    const qsizetype n = bestTokens.items.size();
    const qsizetype a = bestHits.at(window.firstHit).first;
    qsizetype b = a;
    for (qsizetype h = window.firstHit; h < window.endHit; ++h)
        b = std::max(b, bestHits.at(h).last);
    qsizetype start = std::max<qsizetype>(0, a - std::max<qsizetype>(0, words - (b - a + 1)) / 2);
    qsizetype end = std::min(n, start + words) - 1; // last token shown
    if (end - start + 1 < words)
        start = std::max<qsizetype>(0, end - words + 1);

    // Ranges of tokens to mark: the hits inside the window, overlaps merged.
    QList<std::pair<qsizetype, qsizetype>> marks;
    for (const Hit& h : std::as_const(bestHits)) {
        if (h.first < start || h.last > end)
            continue;
        if (!marks.isEmpty() && h.first <= marks.last().second)
            marks.last().second = std::max(marks.last().second, h.last);
        else
            marks.append({h.first, h.last});
    }

    const QString& text = texts.at(bestText);
    QString out;
    const bool atTextStart = start == 0 && !bestTokens.dropped;
    if (!atTextStart)
        out += kSnippetEllipsis;
    // A window at the start or end of its text shows the text's first or last characters too.
    qsizetype pos = atTextStart ? 0 : bestTokens.items.at(start).start;
    for (const auto& [first, last] : std::as_const(marks)) {
        const qsizetype from = bestTokens.items.at(first).start;
        const qsizetype to = bestTokens.items.at(last).end;
        out += QStringView(text).mid(pos, from - pos);
        out += kMatchStart;
        out += QStringView(text).mid(from, to - from);
        out += kMatchEnd;
        pos = to;
    }
    const bool last = end == n - 1 && best.complete;
    const qsizetype stop = last ? text.size() : bestTokens.items.at(end).end;
    out += QStringView(text).mid(pos, stop - pos);
    if (!last)
        out += kSnippetEllipsis;
    return out;
}

} // namespace hindsight::fulltext
