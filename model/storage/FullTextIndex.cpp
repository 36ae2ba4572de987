// SPDX-License-Identifier: MIT
#include "FullTextIndex.h"

#include "ArchiveSearch.h"
#include "Backend.h"
#include "SqlUtil.h"

#include <QSqlError>
#include <QVariantList>

#include <algorithm>
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

QString snippetConnectionName(const QString& connectionName)
{
    return connectionName + QStringLiteral("-snippets");
}

// An in-memory database of the connection's thread with one FTS5 table like
// coe_fts, for snippets over bounded texts. In memory, so it works on an
// archive open read-only (query_only refuses even TEMP tables).
QSqlDatabase snippetDatabase(const QSqlDatabase& db, QString* error)
{
    const QString name = snippetConnectionName(db.connectionName());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    scratch.setDatabaseName(QStringLiteral(":memory:"));
    if (!scratch.open()) {
        if (error)
            *error = scratch.lastError().text();
        return {};
    }
    if (!sql::execOnce(scratch,
                       QStringLiteral("CREATE VIRTUAL TABLE snippet_fts USING fts5 (title, summary, body, "
                                      "tokenize = 'unicode61 remove_diacritics 2')"),
                       error)
        || !sql::execOnce(scratch,
                          QStringLiteral("CREATE VIRTUAL TABLE snippet_vocab USING fts5vocab (snippet_fts, instance)"),
                          error))
        return {};
    return scratch;
}

QString leadingWords(const QString& text, int words)
{
    const QStringList all = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (all.size() <= words)
        return all.join(QLatin1Char(' '));
    return all.mid(0, words).join(QLatin1Char(' ')) + QLatin1Char(' ') + kSnippetEllipsis;
}

// The snippet of one long row, over the first kSnippetTextLimit characters of each text.
bool boundedSnippet(const QSqlDatabase& db, const QString& match, qint64 rowId, int words, QString* snippet,
                    QString* error)
{
    QSqlQuery text(db);
    text.setForwardOnly(true);
    if (!sql::prepare(text,
                      QStringLiteral("SELECT substr(title, 1, ?), substr(summary, 1, ?), substr(body, 1, ?) "
                                     "FROM coe_fts WHERE rowid = ?"),
                      error)
        || !sql::exec(text, {kSnippetTextLimit, kSnippetTextLimit, kSnippetTextLimit, rowId}, error))
        return false;
    if (!text.next())
        return true;
    return snippetOf(db, match, Columns{text.value(0).toString(), text.value(1).toString(), text.value(2).toString()},
                     words, snippet, error);
}

// Puts the texts in the scratch table as its one row.
bool fillScratch(const QSqlDatabase& scratch, const Columns& texts, QString* error)
{
    QSqlQuery clear(scratch), insert(scratch);
    return sql::prepare(clear, QStringLiteral("DELETE FROM snippet_fts"), error) && sql::exec(clear, {}, error)
        && sql::prepare(insert,
                        QStringLiteral("INSERT INTO snippet_fts (rowid, title, summary, body) VALUES (1, ?, ?, ?)"),
                        error)
        && sql::exec(insert, {sql::text(texts.title), sql::text(texts.summary), sql::text(texts.body)}, error);
}

} // namespace

bool snippetOf(const QSqlDatabase& db, const QString& match, const Columns& texts, int words, QString* snippet,
               QString* error)
{
    const QString& title = texts.title;
    const QString& summary = texts.summary;
    const QString& body = texts.body;
    const QSqlDatabase scratch = snippetDatabase(db, error);
    if (!scratch.isOpen())
        return false;
    QSqlQuery clear(scratch), insert(scratch), select(scratch);
    select.setForwardOnly(true);
    if (!sql::prepare(clear, QStringLiteral("DELETE FROM snippet_fts"), error) || !sql::exec(clear, {}, error)
        || !sql::prepare(insert,
                         QStringLiteral("INSERT INTO snippet_fts (rowid, title, summary, body) VALUES (1, ?, ?, ?)"),
                         error)
        || !sql::exec(insert, {title, summary, body}, error)
        || !sql::prepare(select,
                         QStringLiteral("SELECT snippet(snippet_fts, -1, ?, ?, ?, ?) FROM snippet_fts "
                                        "WHERE snippet_fts MATCH ?"),
                         error)
        || !sql::exec(select,
                      {QString(kMatchStart), QString(kMatchEnd), QString(kSnippetEllipsis), words, match}, error))
        return false;
    if (select.next())
        *snippet = select.value(0).toString();
    else
        *snippet = leadingWords(summary.isEmpty() ? body : summary, words);
    return true;
}

bool tokenize(const QSqlDatabase& db, const Columns& texts, QList<Token>* tokens, QString* error)
{
    tokens->clear();
    const QSqlDatabase scratch = snippetDatabase(db, error);
    if (!scratch.isOpen() || !fillScratch(scratch, texts, error))
        return false;
    QSqlQuery q(scratch);
    q.setForwardOnly(true);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT term, CASE col WHEN 'title' THEN 0 WHEN 'summary' THEN 1 ELSE 2 END, "
                                     "\"offset\" FROM snippet_vocab"),
                      error)
        || !sql::exec(q, error))
        return false;
    while (q.next())
        tokens->append(Token{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    if (!sql::finished(q, error))
        return false;
    std::sort(tokens->begin(), tokens->end(), [](const Token& a, const Token& b) {
        return a.column != b.column ? a.column < b.column : a.offset < b.offset;
    });
    return true;
}

QHash<qint64, QString> fts5Snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                    int words, QString* error)
{
    QHash<qint64, QString> out;
    if (error)
        error->clear();
    if (rowIds.isEmpty() || match.isEmpty())
        return out;
    // One statement per chunk of rows: the MATCH is evaluated once over the
    // chunk's rowid range (a statement per row would evaluate it, prefix
    // expansion included, once per row). The unary + keeps the IN list a
    // filter rather than a lookup per value. CASE calls snippet() only for a
    // row whose texts are all short; a long one is snippeted afterwards.
    QList<qint64> longRows;
    constexpr qsizetype kChunk = 200;
    for (qsizetype first = 0; first < rowIds.size(); first += kChunk) {
        const QList<qint64> chunk = rowIds.mid(first, kChunk);
        const auto [low, high] = std::minmax_element(chunk.begin(), chunk.end());
        QStringList marks;
        marks.reserve(chunk.size());
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          QStringLiteral("SELECT rowid, CASE WHEN length(title) <= ? AND length(summary) <= ? "
                                         "AND length(body) <= ? THEN snippet(coe_fts, -1, ?, ?, ?, ?) END "
                                         "FROM coe_fts WHERE coe_fts MATCH ? AND rowid BETWEEN ? AND ? "
                                         "AND +rowid IN (%1)")
                              .arg(marks.join(QLatin1Char(','))),
                          error))
            return {};
        const QVariantList head{kSnippetTextLimit, kSnippetTextLimit, kSnippetTextLimit, QString(kMatchStart),
                                QString(kMatchEnd), QString(kSnippetEllipsis), words, match, *low, *high};
        int index = 0;
        for (const QVariant& v : head)
            q.bindValue(index++, v);
        for (const qint64 id : chunk)
            q.bindValue(index++, id);
        if (!sql::exec(q, error))
            return {};
        while (q.next()) {
            const qint64 rowId = q.value(0).toLongLong();
            if (q.value(1).isNull())
                longRows << rowId;
            else
                out.insert(rowId, q.value(1).toString());
        }
    }
    for (const qint64 rowId : longRows) {
        QString snippet;
        if (!boundedSnippet(db, match, rowId, words, &snippet, error))
            return {};
        out.insert(rowId, snippet);
    }
    return out;
}

void closeSnippetConnection(const QString& connectionName)
{
    const QString name = snippetConnectionName(connectionName);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace hindsight::fulltext
