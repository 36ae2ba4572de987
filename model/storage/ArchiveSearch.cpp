// SPDX-License-Identifier: MIT
#include "ArchiveSearch.h"

#include "Archive.h"
#include "Backend.h"
#include "FullTextIndex.h"
#include "CoeQuery.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QSqlQuery>

namespace hindsight {

namespace {

bool hasWord(const QString& s)
{
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString quoted(const QString& s)
{
    QString inner = s;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace

PreparedSearch prepareSearch(const QString& userText)
{
    PreparedSearch result;
    // At most kMaxSearchChars characters (a surrogate pair is not split).
    QString text = userText;
    if (text.size() > kMaxSearchChars) {
        qsizetype keep = kMaxSearchChars;
        if (text.at(keep - 1).isHighSurrogate())
            --keep;
        result.cut = hasWord(text.mid(keep));
        text.truncate(keep);
    }
    // Split into phrases ("...") and words (runs without white space). An
    // unbalanced quote runs to the end of the text.
    QStringList terms;
    int words = 0; // counted inside phrases too: at most kMaxSearchWords in all
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        qsizetype end;
        QString term;
        if (c == QLatin1Char('"')) {
            end = text.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0)
                end = n;
            term = text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            end = i;
            while (end < n && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"'))
                ++end;
            term = text.mid(i, end - i);
            i = end;
        }
        // Words without a letter or digit ("-", "(", "*") hold no token for
        // the unicode61 tokenizer: leave them out rather than match nothing.
        QStringList kept;
        const QStringList parts = term.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype p = 0; p < parts.size(); ++p) {
            if (!hasWord(parts.at(p)))
                continue;
            if (words == kMaxSearchWords) {
                result.cut = true;
                break;
            }
            ++words;
            kept << parts.at(p);
        }
        if (!kept.isEmpty())
            terms << quoted(kept.join(QLatin1Char(' ')));
        if (result.cut && words == kMaxSearchWords)
            break;
    }
    if (terms.isEmpty())
        return result;
    // A word or phrase given twice adds nothing to "every one must occur" but
    // makes FTS5 walk its list of rows twice ("the the the" pasted from a
    // paragraph): keep its first place. The last stays, as it is also a prefix.
    QStringList distinct;
    QSet<QString> seen;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        const QString key = terms.at(t).toCaseFolded();
        if (t + 1 < terms.size() && seen.contains(key))
            continue;
        seen.insert(key);
        distinct << terms.at(t);
    }
    terms = distinct;
    terms.last() += QLatin1Char('*');
    result.match = terms.join(QLatin1Char(' '));
    return result;
}

QString ftsQueryFor(const QString& userText)
{
    return prepareSearch(userText).match;
}

bool hasSearchableText(const QString& userText)
{
    return hasWord(userText);
}

QString searchCutNotice()
{
    return QCoreApplication::translate("hindsight::ArchiveSearch",
                                       "The search is long: only its first %1 words (at most %2 characters) "
                                       "were searched for.")
        .arg(kMaxSearchWords)
        .arg(kMaxSearchChars);
}

QString nothingToSearchNotice()
{
    return QCoreApplication::translate("hindsight::ArchiveSearch",
                                       "Nothing to search for: the search holds no letter or digit.");
}

QList<SearchHit> search(Archive& archive, const QString& userText, int limit, QString* error)
{
    if (error)
        error->clear();
    const QString match = ftsQueryFor(userText);
    if (match.isEmpty() || limit <= 0)
        return {};
    QSqlQuery q(archive.database());
    q.setForwardOnly(true);
    QString err;
    // Ranked with a word in the title counting most, then summary and problem
    // (the back end's ranking, Backend.h), best first; snippets are made only
    // for the rows returned.
    FullTextSql fts;
    bool ok = Backend::of(archive.database()).fullText(archive.database(), match, &fts, &err);
    // As the archive window: past CoeCatalog::kRankLimit matches, ranking
    // them all costs more than the search (bm25 of 4,500 COEs: about 10 ms);
    // the newest come first instead.
    int matches = -1;
    if (ok) {
        CoeQuery all;
        all.text = userText;
        matches = CoeCatalog(archive).count(all, QDate::currentDate(), &err);
        ok = matches >= 0;
    }
    const bool ranked = matches <= CoeCatalog::kRankLimit;
    QList<SearchHit> hits;
    QList<qint64> rowIds;
    ok = ok && sql::around(archive.database(), fts.beforeSearch, fts.afterSearch, &err, [&] {
             bool done = false;
             if (ranked) {
                 done = sql::prepare(q, fts.search, &err);
                 int index = 0;
                 for (const QVariant& v : std::as_const(fts.searchValues))
                     q.bindValue(index++, v);
                 q.bindValue(index, limit);
             } else {
                 done = sql::prepare(
                     q,
                     QStringLiteral("SELECT s.uuid, s.title, s.coe_id, 0 FROM %1 WHERE %2 AND s.deleted_at "
                                    "IS NULL ORDER BY %3 LIMIT ?")
                         .arg(fts.from, fts.condition, fts.unrankedOrder),
                     &err);
                 int index = 0;
                 for (const QVariant& v : std::as_const(fts.values))
                     q.bindValue(index++, v);
                 q.bindValue(index, limit);
             }
             if (!done || !sql::exec(q, &err))
                 return false;
             while (q.next()) {
                 hits << SearchHit{QUuid::fromString(q.value(0).toString()), q.value(1).toString(), QString(),
                                   q.value(3).toDouble()};
                 rowIds << q.value(2).toLongLong();
             }
             q.finish();
             return true;
         });
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("hindsight::ArchiveSearch", "Cannot search %1: %2")
                         .arg(QDir::toNativeSeparators(archive.path()), err);
        return {};
    }
    // Snippets for the hits only, bounded on a huge COE (FullTextIndex.h).
    const QHash<qint64, QString> snippets = fulltext::snippets(archive.database(), match, rowIds, 16, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("hindsight::ArchiveSearch", "Cannot search %1: %2")
                         .arg(QDir::toNativeSeparators(archive.path()), err);
        return {};
    }
    for (qsizetype i = 0; i < hits.size(); ++i)
        hits[i].snippet = snippets.value(rowIds.at(i));
    return hits;
}

QString snippetToHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kMatchStart, QLatin1String("<b>"));
    html.replace(kMatchEnd, QLatin1String("</b>"));
    return html;
}

} // namespace hindsight
