// SPDX-License-Identifier: MIT
#include "ArchiveSearch.h"

#include "Archive.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
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

QString ftsQueryFor(const QString& userText)
{
    // Split into phrases ("...") and words (runs without white space). An
    // unbalanced quote runs to the end of the text.
    QStringList terms;
    const QString text = userText;
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
        if (hasWord(term))
            terms << quoted(term.simplified());
    }
    if (terms.isEmpty())
        return {};
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
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
    // Ranked by bm25 with a word in the title counting most, then summary and
    // problem. Ordering by FTS5's own `rank` column lets FTS5 hand rows over
    // best first, so the LIMIT stops early and snippets are made only for the
    // rows returned.
    if (!sql::prepare(
            q,
            QStringLiteral("SELECT c.uuid, c.title, snippet(coe_fts, -1, ?, ?, ?, 16), coe_fts.rank "
                           "FROM coe_fts JOIN coes c ON c.id = coe_fts.rowid "
                           "WHERE coe_fts MATCH ? AND coe_fts.rank MATCH 'bm25(10.0, 4.0, 1.0)' "
                           "AND c.deleted_at IS NULL "
                           "ORDER BY coe_fts.rank LIMIT ?"),
            &err) ||
        !sql::exec(q, {QString(kMatchStart), QString(kMatchEnd), QString(kSnippetEllipsis), match, limit},
                   &err)) {
        if (error)
            *error = QCoreApplication::translate("hindsight::ArchiveSearch", "Cannot search %1: %2")
                         .arg(QDir::toNativeSeparators(archive.path()), err);
        return {};
    }
    QList<SearchHit> hits;
    while (q.next())
        hits << SearchHit{QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                          q.value(2).toString(), q.value(3).toDouble()};
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
