// SPDX-License-Identifier: MIT
#include "FullTextIndex.h"

#include "ArchiveSearch.h"
#include "Backend.h"
#include "Snippet.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QStringList>

namespace hindsight::fulltext {

Columns columnsFor(const Coe& coe)
{
    Columns c;
    c.title = coe.title;
    c.summary = QStringList{coe.summary, coe.problem}.join(QLatin1Char('\n'));

    QStringList body;
    auto add = [&body](const QString& s) {
        if (!s.isEmpty())
            body << s;
    };
    add(coe.owner);
    for (const QString& s : coe.reviewers)
        add(s);
    for (const QString& s : coe.services)
        add(s);
    for (const QString& s : coe.tags)
        add(s);
    add(coe.impact.description);
    add(coe.impact.consequences);
    add(coe.impact.secondOrder);
    add(coe.impact.customerSentiment);
    for (const TimelineEntry& e : coe.timeline) {
        add(e.text);
        add(e.gapExplanation);
    }
    for (const Metric& m : coe.metrics) {
        add(m.name);
        add(m.description);
        for (const MetricImage& image : m.images)
            add(image.caption);
    }
    for (const Question& q : coe.questions) {
        add(q.question);
        add(q.answer);
    }
    for (const WhyStep& w : coe.whys) {
        add(w.why);
        add(w.because);
    }
    for (const ActionItem& a : coe.actionItems) {
        add(a.title);
        add(a.description);
        add(a.owner);
    }
    for (const RelatedItem& r : coe.related)
        add(r.title);
    c.body = body.join(QLatin1Char('\n'));
    return c;
}

bool remove(const QSqlDatabase& db, qint64 coeRowId, QString* error)
{
    return Backend::of(db).removeFullText(db, coeRowId, error);
}

bool update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error)
{
    return Backend::of(db).updateFullText(db, coeRowId, coe, error);
}

QHash<qint64, QString> snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                int words, QString* error)
{
    return Backend::of(db).snippets(db, match, rowIds, words, error);
}

bool fts5Remove(const QSqlDatabase& db, qint64 coeRowId, QString* error)
{
    QSqlQuery q(db);
    return sql::prepare(q, QStringLiteral("DELETE FROM coe_fts WHERE rowid = ?"), error)
        && sql::exec(q, {coeRowId}, error);
}

bool fts5Update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error)
{
    if (!fts5Remove(db, coeRowId, error))
        return false;
    const Columns c = columnsFor(coe);
    QSqlQuery insert(db);
    return sql::prepare(
               insert,
               QStringLiteral("INSERT INTO coe_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)"),
               error) &&
           sql::exec(insert, {coeRowId, sql::text(c.title), sql::text(c.summary), sql::text(c.body)}, error);
}

namespace {

QString leadingWords(const QString& text, int words)
{
    const QStringList all = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (all.size() <= words)
        return all.join(QLatin1Char(' '));
    return all.mid(0, words).join(QLatin1Char(' ')) + QLatin1Char(' ') + kSnippetEllipsis;
}

} // namespace

QString snippetFor(const Columns& texts, const SearchTerms& terms, int words)
{
    QString snippet = makeSnippet(QStringList{texts.title, texts.summary, texts.body}, terms, words);
    if (snippet.isEmpty())
        snippet = leadingWords(texts.summary.isEmpty() ? texts.body : texts.summary, words);
    return snippet;
}

QHash<qint64, QString> fts5Snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                    int words, QString* error)
{
    QHash<qint64, QString> out;
    if (error)
        error->clear();
    const SearchTerms terms = parseMatch(match);
    if (rowIds.isEmpty() || terms.isEmpty())
        return out;
    // The texts of the rows shown, at most kSnippetTextLimit characters of
    // each, and the snippet made here (makeSnippet: linear in the text)
    // rather than by FTS5's snippet(), quadratic in a row's matches.
    QSqlQuery text(db);
    text.setForwardOnly(true);
    if (!sql::prepare(text,
                      // As UTF-8 bytes: QString::fromUtf8 converts them several
                      // times faster than SQLite's own UTF-16 translation.
                      QStringLiteral("SELECT CAST(substr(title, 1, ?) AS BLOB), CAST(substr(summary, 1, ?) AS BLOB), "
                                     "CAST(substr(body, 1, ?) AS BLOB) FROM coe_fts WHERE rowid = ?"),
                      error))
        return {};
    for (const qint64 rowId : rowIds) {
        if (out.contains(rowId))
            continue;
        if (!sql::exec(text, {kSnippetTextLimit, kSnippetTextLimit, kSnippetTextLimit, rowId}, error))
            return {};
        if (!text.next())
            continue;
        const Columns texts{QString::fromUtf8(text.value(0).toByteArray()),
                            QString::fromUtf8(text.value(1).toByteArray()),
                            QString::fromUtf8(text.value(2).toByteArray())};
        text.finish();
        out.insert(rowId, snippetFor(texts, terms, words));
    }
    return out;
}

} // namespace hindsight::fulltext
