// SPDX-License-Identifier: MIT
#include "FullTextIndex.h"

#include "ArchiveSearch.h"
#include "Backend.h"
#include "CoeTables.h"
#include "Snippet.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <mutex>

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
    add(coe.detection.description);
    for (const ContributingFactor& f : coe.factors)
        add(f.description);
    c.body = body.join(QLatin1Char('\n'));
    return c;
}

bool remove(const QSqlDatabase& db, qint64 coeRowId, QString* error)
{
    return Backend::of(db).removeFullText(db, coeRowId, error);
}

namespace {
std::mutex g_deferredMutex;
QSet<QString> g_deferred; // connection names
} // namespace

bool update(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error)
{
    {
        const std::lock_guard<std::mutex> lock(g_deferredMutex);
        if (!g_deferred.isEmpty() && g_deferred.contains(db.connectionName()))
            return true;
    }
    return Backend::of(db).updateFullText(db, coeRowId, coe, error);
}

void setDeferred(const QString& connectionName, bool deferred)
{
    const std::lock_guard<std::mutex> lock(g_deferredMutex);
    if (deferred)
        g_deferred.insert(connectionName);
    else
        g_deferred.remove(connectionName);
}

bool repair(const QSqlDatabase& db, QString* error)
{
    const Backend& backend = Backend::of(db);
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery missing(db);
    if (!tx.begin(error) || !sql::execOnce(db, backend.dropTrashedFromFullText(), error)
        || !sql::run(missing, backend.liveWithoutFullText(), {}, error))
        return false;
    QList<std::pair<qint64, QUuid>> rows;
    while (missing.next())
        rows.append({missing.value(0).toLongLong(), QUuid::fromString(missing.value(1).toString())});
    if (!sql::finished(missing, error))
        return false;
    for (const auto& [rowId, uuid] : std::as_const(rows)) {
        Coe coe;
        bool found = false;
        if (!coetables::readCoe(db, uuid, &coe, &found, error)
            || (found && !backend.updateFullText(db, rowId, coe, error)))
            return false;
    }
    return tx.commit(error);
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
    //
    // Read from FTS5's content table (`coe_fts_content`: id, c0..c2 for
    // title, summary, body; its layout is part of FTS5's file format), in one
    // statement per chunk of rows: through the virtual table, each row costs
    // a cursor of its own, and `rowid IN (…)` makes FTS5 scan every row (six
    // times slower for a page of 30 hits). As UTF-8 bytes: QString::fromUtf8
    // converts them several times faster than SQLite's own UTF-16 translation.
    // substr() walks the text character by character (most of the cost):
    // a text of at most as many bytes as the limit has no more characters
    // than that, and is taken whole.
    const auto leading = [](const QString& column) {
        return QStringLiteral("CASE WHEN length(CAST(%1 AS BLOB)) <= ? THEN CAST(%1 AS BLOB) "
                              "ELSE CAST(substr(%1, 1, ?) AS BLOB) END")
            .arg(column);
    };
    QList<qint64> wanted;
    for (const qint64 rowId : rowIds)
        if (!wanted.contains(rowId))
            wanted << rowId;
    constexpr qsizetype kChunk = 100;
    for (qsizetype from = 0; from < wanted.size(); from += kChunk) {
        const QList<qint64> chunk = wanted.mid(from, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery text(db);
        text.setForwardOnly(true);
        if (!sql::prepare(text,
                          QStringLiteral("SELECT id, %1, %2, %3 FROM coe_fts_content WHERE id IN (%4)")
                              .arg(leading(QStringLiteral("c0")), leading(QStringLiteral("c1")),
                                   leading(QStringLiteral("c2")), marks.join(QLatin1Char(','))),
                          error))
            return {};
        for (int i = 0; i < 6; ++i)
            text.bindValue(i, kSnippetTextLimit);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            text.bindValue(int(i + 6), chunk.at(i));
        if (!sql::exec(text, error))
            return {};
        while (text.next()) {
            const Columns texts{QString::fromUtf8(text.value(1).toByteArray()),
                                QString::fromUtf8(text.value(2).toByteArray()),
                                QString::fromUtf8(text.value(3).toByteArray())};
            out.insert(text.value(0).toLongLong(), snippetFor(texts, terms, words));
        }
    }
    return out;
}

} // namespace hindsight::fulltext
