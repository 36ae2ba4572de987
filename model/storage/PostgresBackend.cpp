// SPDX-License-Identifier: MIT
// The PostgreSQL back end (Qt's QPSQL driver): a schema_version row, identity
// columns, "C" collation for SQLite's byte order, an advisory lock for the one
// writer, and a tsvector full-text index fed with the words FTS5 finds
// (tokenised on the client, Snippet.h; the literals: PostgresFullText.h).
#include "Backend.h"
#include "CoeTables.h"

#include "FullTextIndex.h"
#include "PostgresFullText.h"
#include "Schema.h"
#include "Snippet.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <limits>
#include <mutex>
#include <optional>

namespace hindsight {

namespace {

// Escapes U+0000 in text (exactText).
constexpr QChar kEscape = QChar(0x10);

// pg_advisory_xact_lock key of the archive's one writer: 'HSGT'.
constexpr qint64 kWriteLock = schema::kApplicationId;

// The search rows' and the searches' SQL text (PostgresFullText.h).
using pgtext::kCreatePairsEven;
using pgtext::kCreatePairsOdd;
using pgtext::kPairsMatch;
using pgtext::kPositionsMatch;
using pgtext::lexeme;
using pgtext::matchFor;
using pgtext::queryFor;
using pgtext::SearchRow;
using pgtext::searchRowFor;
using pgtext::tokensOf;

// Search rows worked out ahead (Backend::prepareFullText), by COE, with the
// texts they were made from.
struct PreparedRow
{
    fulltext::Columns columns;
    SearchRow row;
};
std::mutex g_preparedMutex;
QHash<QUuid, PreparedRow> g_prepared; // guarded by g_preparedMutex
// Rows worked out ahead wait there until written. During a bulk copy they
// are written by the search rows' own connection (FullTextBackfill), some
// hundreds or thousands of COEs behind the copy. When it is full, rows are
// worked out when written instead (dropping them all, as before, made that
// connection work out every row once more: 10,000 COEs, 4 s more). About
// 70 kB a COE of the bench's size, only while a copy runs.
constexpr qsizetype kMaxPrepared = 5000;

bool sameTexts(const fulltext::Columns& a, const fulltext::Columns& b)
{
    return a.title == b.title && a.summary == b.summary && a.body == b.body;
}

// An array literal of column `column` of `rows` ('{1,2}', '{"a","b\\"c",NULL}').
QString arrayLiteral(const QList<QVariantList>& rows, qsizetype column, bool isText)
{
    QString out = QStringLiteral("{");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r > 0)
            out += QLatin1Char(',');
        const QVariant& v = rows.at(r).at(column);
        // NULL as QtSql binds it (a null QString too).
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())) {
            out += QLatin1String("NULL");
        } else if (!isText) {
            out += QString::number(v.toLongLong());
        } else {
            QString text = v.toString();
            if (text.contains(QLatin1Char('\\')) || text.contains(QLatin1Char('"'))) {
                text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
                text.replace(QLatin1Char('"'), QLatin1String("\\\""));
            }
            out += QLatin1Char('"') + text + QLatin1Char('"');
        }
    }
    return out + QLatin1Char('}');
}

class PostgresBackend final : public Backend
{
public:
    Kind kind() const override { return Kind::Postgres; }

    // QPSQL reads a forward-only result row by row, and the connection then
    // runs nothing else until it is read to the end; reads nest (a COE's
    // metrics and each one's images), so every result is fetched whole.
    // Text bound elsewhere than the COE's own columns (the list's and search's
    // copies) loses a U+0000, which PostgreSQL text cannot hold, to U+FFFD.
    void beforeExec(QSqlQuery& query) const override
    {
        query.setForwardOnly(false);
        const QVariantList values = query.boundValues();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().contains(QChar(0)))
                query.bindValue(int(i), v.toString().replace(QChar(0), QChar::ReplacementCharacter));
        }
    }

    QStringList beginWrite() const override
    {
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock)};
    }
    QStringList beginRead() const override { return {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")}; }

    bool schemaVersion(const QSqlDatabase& db, int* version, QString* error) const override
    {
        QVariant exists;
        if (!sql::scalar(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"), &exists, error))
            return false;
        if (!exists.toBool()) {
            *version = 0;
            return true;
        }
        QVariant v;
        if (!sql::scalar(db, QStringLiteral("SELECT version FROM schema_version"), &v, error))
            return false;
        *version = v.toInt();
        return true;
    }
    bool setSchemaVersion(const QSqlDatabase& db, int version, QString* error) const override
    {
        return sql::execOnce(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(version), error);
    }
    QString ddl(const QString& statement) const override
    {
        const QString head = statement.trimmed().left(6).toUpper();
        if (head != QLatin1String("CREATE") && head != QLatin1String("ALTER "))
            return statement;
        QString s = statement;
        static const QRegularExpression id(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
        static const QRegularExpression withoutRowId(QStringLiteral("\\)\\s*WITHOUT ROWID"));
        static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
        static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
        static const QRegularExpression nocase(QStringLiteral("\\((\\w+) COLLATE NOCASE\\)"));
        s.replace(id, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        s.replace(withoutRowId, QStringLiteral(")"));
        s.replace(blob, QStringLiteral("BYTEA"));
        s.replace(real, QStringLiteral("DOUBLE PRECISION"));
        s.replace(integer, QStringLiteral("BIGINT"));
        // Byte order, as SQLite compares text (and lower() then folds ASCII only, as NOCASE).
        s.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
        s.replace(nocase, QStringLiteral("(lower(\\1))"));
        return s;
    }
    QStringList createIdentity() const override
    {
        return {
            QStringLiteral("CREATE TABLE schema_version (application INTEGER NOT NULL, version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (application, version) VALUES (%1, 0)")
                .arg(schema::kApplicationId),
        };
    }
    QStringList createFullText() const override
    {
        return {
            // One row per live COE: its texts (for snippets) and their words.
            QStringLiteral(R"(CREATE TABLE coe_search (
            coe_id INTEGER PRIMARY KEY REFERENCES coes (id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            document tsvector NOT NULL))"),
            QStringLiteral("CREATE INDEX coe_search_document ON coe_search USING GIN (document)"),
        };
    }
    QStringList createLiveCountTriggers() const override
    {
        return {
            QStringLiteral(R"(CREATE FUNCTION hindsight_count_live() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    IF NEW.deleted_at IS NULL THEN UPDATE coe_counts SET live = live + 1 WHERE id = 1; END IF;
                ELSIF TG_OP = 'DELETE' THEN
                    IF OLD.deleted_at IS NULL THEN UPDATE coe_counts SET live = live - 1 WHERE id = 1; END IF;
                ELSIF (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) THEN
                    UPDATE coe_counts SET live = live + (CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END)
                        WHERE id = 1;
                END IF;
                RETURN NULL;
            END $$)"),
            QStringLiteral("CREATE TRIGGER coe_summary_count AFTER INSERT OR DELETE OR UPDATE OF deleted_at "
                           "ON coe_summary FOR EACH ROW EXECUTE FUNCTION hindsight_count_live()"),
        };
    }
    QString dropTrashedFromFullText() const override
    {
        return QStringLiteral(
            "DELETE FROM coe_search WHERE coe_id IN (SELECT id FROM coes WHERE deleted_at IS NOT NULL)");
    }
    QString liveWithoutFullText() const override
    {
        return QStringLiteral("SELECT c.id, c.uuid FROM coes c WHERE c.deleted_at IS NULL "
                              "AND NOT EXISTS (SELECT 1 FROM coe_search f WHERE f.coe_id = c.id) ORDER BY c.id");
    }
    bool addPhrasePairs(const QSqlDatabase& db, QString* error) const override
    {
        if (!sql::execOnce(db, QStringLiteral("ALTER TABLE coe_search ADD COLUMN pairs tsvector NOT NULL DEFAULT ''"),
                           error)
            || !sql::execOnce(db,
                              QStringLiteral("ALTER TABLE coe_search ADD COLUMN pairs_cut BOOLEAN NOT NULL DEFAULT false"),
                              error))
            return false;
        // From the texts coe_search keeps, a few hundred COEs at a time.
        QSqlQuery read(db), write(db);
        if (!sql::prepare(read,
                          QStringLiteral("SELECT coe_id, title, summary, body FROM coe_search WHERE coe_id > ? "
                                         "ORDER BY coe_id LIMIT 200"),
                          error)
            || !sql::prepare(write,
                             QStringLiteral("UPDATE coe_search SET pairs = CAST(? AS tsvector), pairs_cut = ? "
                                            "WHERE coe_id = ?"),
                             error))
            return false;
        for (qint64 last = std::numeric_limits<qint64>::min();;) {
            if (!sql::exec(read, {last}, error))
                return false;
            QList<std::pair<qint64, fulltext::Columns>> rows;
            while (read.next())
                rows.append({read.value(0).toLongLong(),
                             fulltext::Columns{read.value(1).toString(), read.value(2).toString(),
                                               read.value(3).toString()}});
            if (!sql::finished(read, error))
                return false;
            if (rows.isEmpty())
                break;
            for (const auto& [rowId, texts] : std::as_const(rows)) {
                const SearchRow row = searchRowFor(tokensOf(texts));
                if (!sql::exec(write, {sql::text(row.pairs), row.cut, rowId}, error))
                    return false;
            }
            last = rows.last().first;
        }
        return sql::execOnce(db, QStringLiteral("CREATE INDEX coe_search_pairs ON coe_search USING GIN (pairs)"), error)
            && sql::execOnce(db, QStringLiteral("ANALYZE coe_search"), error);
    }
    // A GIN index built once over 10,000 rows costs a fraction of 10,000
    // incremental inserts (each COE adds about 1,500 word-pair entries).
    // Autovacuum is off for the archive's tables while they fill: it would
    // vacuum and analyze them again and again (a fifth of the server's work
    // during a copy, on the core the copy's second connection needs).
    // finishBulkLoad turns it back on and analyzes every table; autovacuum
    // vacuums them afterwards. One statement: both, or nothing changed.
    bool beginBulkLoad(const QSqlDatabase& db, QString* error) const override
    {
        return sql::execOnce(
            db,
            QStringLiteral("DO $$DECLARE t text; BEGIN "
                           "DROP INDEX IF EXISTS coe_search_pairs_even, coe_search_pairs_odd, coe_search_document; "
                           "FOR t IN SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() "
                           "LOOP EXECUTE 'ALTER TABLE ' || t || ' SET (autovacuum_enabled = false, "
                           "toast.autovacuum_enabled = false)'; END LOOP; END$$"),
            error);
    }
    QStringList splitPhrasePairsIndex() const override
    {
        return {QStringLiteral("DROP INDEX IF EXISTS coe_search_pairs"), kCreatePairsEven, kCreatePairsOdd};
    }
    // No query's plan depends on statistics of the word pairs (a phrase's
    // pairs are always read through their index), and making them was two
    // thirds of ANALYZE of coe_search (10,000 COEs, 10 million pairs: 2.8 s,
    // 0.9 s without). The document and the pairs are compressed with lz4
    // where the server has it: pglz took a sixth of the time of writing the
    // search rows (their input included) and saved 6% of their size; lz4
    // takes a twentieth and saves 29%.
    QStringList searchColumnStorage() const override
    {
        return {QStringLiteral("ALTER TABLE coe_search ALTER COLUMN pairs SET STATISTICS 0"),
                QStringLiteral("DO $$BEGIN EXECUTE 'ALTER TABLE coe_search ALTER COLUMN document SET COMPRESSION lz4, "
                               "ALTER COLUMN pairs SET COMPRESSION lz4'; "
                               "EXCEPTION WHEN feature_not_supported THEN NULL; END$$")};
    }
    // A search row held its title and summary inline (about 1.3 kB: 1,635
    // pages for 10,000 COEs), and a count of a common word reads the page of
    // every match ("timeout", 5,552 COEs: 1,621 pages). Past 256 bytes the
    // summary, the body, the document and the pairs go to TOAST (about 200
    // bytes a row, 233 pages); the snippets of a page read the summary from
    // there. A server process pays for each page it touches first (on the
    // VM of the README's figures 6-14 us a 4 kB page): the first count of
    // "timeout" on a connection took 34-66 ms, 7-18 ms with narrow rows. Rows
    // written before keep their width until rewritten (VACUUM FULL
    // coe_search, or their COE saved again).
    QStringList narrowSearchRows() const override
    {
        return {QStringLiteral("ALTER TABLE coe_search SET (toast_tuple_target = 256)")};
    }
    // A search that tests or ranks many COEs reads each one's document from
    // TOAST (a phrase of four words in 2,007 of 10,000 COEs: its count reads
    // all 2,007). lz4 saved 11% of a document's 8.7 kB, and decompressing
    // it took a quarter of reading it: that count took 17.3-18.6 ms, 12.0-14.7
    // uncompressed (three runs each, alternating, on copies of the same
    // archive). Documents written before keep their compression until
    // rewritten (their COE saved again; README: the team archive).
    QStringList plainSearchDocuments() const override
    {
        return {QStringLiteral("ALTER TABLE coe_search ALTER COLUMN document SET STORAGE EXTERNAL")};
    }
    bool finishBulkLoad(const QSqlDatabase& db, QString* error) const override
    {
        for (const QString& statement : bulkLoadStatistics())
            if (!sql::execOnce(db, statement, error))
                return false;
        for (const QStringList& group : finishBulkLoadGroups())
            for (const QString& statement : group)
                if (!sql::execOnce(db, statement, error))
                    return false;
        return true;
    }
    // The three indexes are built at the same time (CREATE INDEX takes a
    // SHARE lock, which does not stop another); the word pairs' halves take
    // most of the time (10,000 COEs: 16 s each, the document's 3 s). ANALYZE
    // of coe_search waits for its index builds (its lock conflicts with
    // theirs) and comes last, and autovacuum comes back on for every table
    // only then: it would vacuum the new rows beside the index builds.
    QList<QStringList> finishBulkLoadGroups() const override
    {
        return {
            {kCreatePairsEven, QStringLiteral("ANALYZE coe_search"),
             QStringLiteral("DO $$DECLARE t text; BEGIN "
                            "FOR t IN SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() "
                            "LOOP EXECUTE 'ALTER TABLE ' || t || ' RESET (autovacuum_enabled, "
                            "toast.autovacuum_enabled)'; END LOOP; END$$")},
            {kCreatePairsOdd},
            {QStringLiteral("CREATE INDEX IF NOT EXISTS coe_search_document ON coe_search USING GIN (document)")},
        };
    }
    // Every other table's statistics, made first: copy-archive's comparison
    // reads those tables a hundred COEs at a time while the indexes are
    // built, and a table never analyzed is read whole for each hundred (10,000
    // COEs: the timeline's reads took 3.1 s of the server's time, 36 ms each).
    QStringList bulkLoadStatistics() const override
    {
        return {QStringLiteral("DO $$DECLARE t text; BEGIN "
                               "FOR t IN SELECT quote_ident(tablename) FROM pg_tables "
                               "WHERE schemaname = current_schema() AND tablename <> 'coe_search' "
                               "LOOP EXECUTE 'ANALYZE ' || t; END LOOP; END$$")};
    }
    QString groupConcat(const QString& expr, const QString& separatorLiteral) const override
    {
        return QStringLiteral("string_agg(%1, %2)").arg(expr, separatorLiteral);
    }

    // PostgreSQL text holds no U+0000, so it is written as DLE '0' and a DLE
    // (U+0010) as two: every character comes back.
    QVariant exactText(const QString& s) const override
    {
        if (s.isNull())
            return QStringLiteral("");
        if (!s.contains(QChar(0)) && !s.contains(kEscape))
            return s;
        QString out;
        out.reserve(s.size() + 8);
        for (const QChar c : s) {
            if (c == QChar(0))
                out += QString(kEscape) + QLatin1Char('0');
            else if (c == kEscape)
                out += QString(2, kEscape);
            else
                out += c;
        }
        return out;
    }
    QString fromExact(const QVariant& value) const override
    {
        const QString s = value.toString();
        if (!s.contains(kEscape))
            return s;
        QString out;
        out.reserve(s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i) == kEscape && i + 1 < s.size()) {
                ++i;
                out += s.at(i) == QLatin1Char('0') ? QChar(0) : s.at(i);
            } else {
                out += s.at(i);
            }
        }
        return out;
    }
    QString exactTextSql(const QString& statement) const override
    {
        static const QRegularExpression blob(QStringLiteral("CAST\\((\\w+) AS BLOB\\)"));
        QString s = statement;
        return s.replace(blob, QStringLiteral("\\1"));
    }
    // One round trip: every DELETE but the last as a data-modifying WITH
    // query (each runs to completion; their cascades too).
    QStringList deleteRows(const QStringList& tables, const QString& column) const override
    {
        if (tables.isEmpty())
            return {};
        QStringList with;
        for (qsizetype i = 0; i + 1 < tables.size(); ++i)
            with << QStringLiteral("d%1 AS (DELETE FROM %2 WHERE %3 = ?)").arg(i).arg(tables.at(i), column);
        const QString last = QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(tables.last(), column);
        return {with.isEmpty() ? last : QStringLiteral("WITH ") + with.join(QStringLiteral(", ")) + QLatin1Char(' ') + last};
    }
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    qint64 insertedId(QSqlQuery& query) const override
    {
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    // Each table's columns bound as one array each and unnested, every
    // INSERT but the last a data-modifying WITH query; a table whose parent
    // is another's row joins that one's RETURNING by position. One round
    // trip for all a COE's lists, and one prepared statement whatever their
    // lengths.
    QString insertTables(const QList<TableRows>& tables, qint64 rowId, QVariantList* values) const override
    {
        QStringList with, returned;
        for (qsizetype t = 0; t < tables.size(); ++t) {
            const TableRows& rows = tables.at(t);
            QStringList arrays, names, selected;
            selected << (rows.parent < 0 ? QStringLiteral("CAST(? AS bigint)") : QStringLiteral("p.id"));
            if (rows.parent < 0)
                *values << rowId;
            for (qsizetype c = 0; c < rows.columns.size(); ++c) {
                const bool isText = c > 0 && rows.types.at(c - 1) == QLatin1String("text");
                if (c > 0 || rows.parent >= 0) {
                    arrays << QStringLiteral("CAST(? AS %1[])").arg(c == 0 ? QStringLiteral("bigint") : rows.types.at(c - 1));
                    names << QStringLiteral("c%1").arg(c);
                    *values << arrayLiteral(rows.rows, c, isText);
                }
                if (c > 0)
                    selected << QStringLiteral("u.c%1").arg(c);
            }
            QString insert = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM unnest(%4) AS u(%5)")
                                 .arg(rows.table, rows.columns.join(QStringLiteral(", ")),
                                      selected.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")),
                                      names.join(QStringLiteral(", ")));
            if (rows.parent >= 0)
                insert += QStringLiteral(" JOIN t%1 p ON p.position = u.c0").arg(rows.parent);
            const bool isParent = std::any_of(tables.cbegin(), tables.cend(),
                                              [t](const TableRows& other) { return other.parent == t; });
            if (rows.returnsIds || isParent)
                insert += QStringLiteral(" RETURNING position, id");
            if (rows.returnsIds)
                returned << QStringLiteral("SELECT %1, position, id FROM t%1").arg(t);
            with << QStringLiteral("t%1 AS (%2)").arg(t).arg(insert);
        }
        if (returned.isEmpty())
            returned << QStringLiteral("SELECT 0, 0, 0 WHERE false");
        return QStringLiteral("WITH ") + with.join(QStringLiteral(", ")) + QLatin1Char(' ')
            + returned.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1, 2");
    }

    QString nocase(const QString& expr) const override { return QStringLiteral("lower(%1)").arg(expr); }
    QString direction(bool descending) const override
    {
        return descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" ASC NULLS FIRST");
    }
    QString unindexed(const QString& expr) const override { return expr; }

    // The row of `coe` with texts `c`: the one worked out ahead (prepareFullText) if its texts are the same.
    static SearchRow searchRowOf(const Coe& coe, const fulltext::Columns& c)
    {
        std::optional<SearchRow> prepared;
        {
            const std::lock_guard<std::mutex> lock(g_preparedMutex);
            const auto it = g_prepared.find(coe.uuid);
            if (it != g_prepared.end()) {
                if (sameTexts(it->columns, c))
                    prepared = std::move(it->row);
                g_prepared.erase(it);
            }
        }
        return prepared ? std::move(*prepared) : searchRowFor(tokensOf(c));
    }
    bool addFullText(const QSqlDatabase& db, const QList<Coe>& coes, QString* error) const override
    {
        sql::Statement q(db,
                         QStringLiteral("INSERT INTO coe_search (coe_id, title, summary, body, document, pairs, "
                                        "pairs_cut) SELECT id, ?, ?, ?, CAST(? AS tsvector), CAST(? AS tsvector), ? "
                                        "FROM coes WHERE uuid = ? AND deleted_at IS NULL "
                                        "ON CONFLICT (coe_id) DO NOTHING"),
                         error);
        if (!q.isValid())
            return false;
        for (const Coe& coe : coes) {
            const fulltext::Columns c = fulltext::columnsFor(coe);
            const SearchRow row = searchRowOf(coe, c);
            if (!sql::exec(q.query(),
                           {sql::text(c.title), sql::text(c.summary), sql::text(c.body), sql::text(row.document),
                            sql::text(row.pairs), row.cut, coetables::uuidText(coe.uuid)},
                           error))
                return false;
        }
        return true;
    }
    bool updateFullText(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error) const override
    {
        const fulltext::Columns c = fulltext::columnsFor(coe);
        const SearchRow row = searchRowOf(coe, c);
        sql::Statement q(db,
                         QStringLiteral("INSERT INTO coe_search (coe_id, title, summary, body, document, pairs, "
                                        "pairs_cut) VALUES (?, ?, ?, ?, CAST(? AS tsvector), CAST(? AS tsvector), ?) "
                                        "ON CONFLICT (coe_id) DO UPDATE "
                                        "SET title = excluded.title, summary = excluded.summary, "
                                        "body = excluded.body, document = excluded.document, "
                                        "pairs = excluded.pairs, pairs_cut = excluded.pairs_cut"),
                         error);
        return q.isValid()
            && sql::exec(q.query(), {coeRowId, sql::text(c.title), sql::text(c.summary), sql::text(c.body),
                                     sql::text(row.document), sql::text(row.pairs), row.cut},
                         error);
    }
    void prepareFullText(const QList<Coe>& coes) const override
    {
        {
            // Full: these are left to be worked out when written (forgetPreparedFullText empties it).
            const std::lock_guard<std::mutex> lock(g_preparedMutex);
            if (g_prepared.size() + coes.size() > kMaxPrepared)
                return;
        }
        QList<std::pair<QUuid, PreparedRow>> rows;
        rows.reserve(coes.size());
        for (const Coe& coe : coes) {
            fulltext::Columns c = fulltext::columnsFor(coe);
            SearchRow row = searchRowFor(tokensOf(c));
            rows.append({coe.uuid, PreparedRow{std::move(c), std::move(row)}});
        }
        const std::lock_guard<std::mutex> lock(g_preparedMutex);
        for (auto& [uuid, prepared] : rows)
            g_prepared.insert(uuid, std::move(prepared));
    }
    void forgetPreparedFullText() const override
    {
        const std::lock_guard<std::mutex> lock(g_preparedMutex);
        g_prepared.clear();
    }
    bool removeFullText(const QSqlDatabase& db, qint64 coeRowId, QString* error) const override
    {
        QSqlQuery q(db);
        return sql::prepare(q, QStringLiteral("DELETE FROM coe_search WHERE coe_id = ?"), error)
            && sql::exec(q, {coeRowId}, error);
    }
    bool fullText(const QSqlDatabase& db, const QString& match, FullTextSql* out, QString* error) const override
    {
        Q_UNUSED(db);
        Q_UNUSED(error);
        const QString query = queryFor(match);
        const bool positions = matchFor(match, out);
        const QString condition = out->condition;
        // A statement that reads every match (a count, a ranked page, a page
        // of a few matches) finds them from the full-text indexes alone, then
        // joins them: the planner does not count what testing a row's
        // document costs (out of line: about 10 us a COE), and would
        // otherwise walk coe_summary or a key and test each row it joins
        // (seen for a ranked page of a word in 11 of 10,000 COEs, once saves
        // had grown the GIN index's pending list, whose cost it does count:
        // 150-600 ms instead of 5). OFFSET 0 keeps the condition inside.
        const auto matches = [](const QString& where, const QString& order) {
            return QStringLiteral(
                       "(SELECT f.coe_id, f.document, f.pairs FROM coe_search f WHERE %1%2 OFFSET 0) f")
                .arg(where, order);
        };
        const QString join = QStringLiteral(" JOIN coe_summary s ON s.coe_id = f.coe_id");
        out->matchesFirstFrom = matches(condition, QString()) + join;
        out->matchesFirstCondition = QStringLiteral("TRUE"); // the values are bound to its placeholders
        // A page of many matches, newest first or by a column, may walk that
        // order and test each row until the page is full (a word in every
        // COE: 6 ms rather than 30 to sort them all).
        out->from = QStringLiteral("coe_search f") + join;
        out->rankedCondition.clear();
        // ts_rank's default weights {D 0.1, C 0.2, B 0.4, A 1.0}: title 10, summary 4, body 1, as bm25(10, 4, 1).
        out->rankOrder = QStringLiteral("ts_rank(f.document, CAST(? AS tsquery)) DESC, s.coe_id");
        out->rankValues = {query};
        out->unrankedOrder = QStringLiteral("f.coe_id DESC");
        out->countAll = QStringLiteral("SELECT count(*) FROM coe_search f WHERE ") + condition;
        out->beforeSearch = pgtext::kNoTableScans;
        out->afterSearch = pgtext::kTableScansAgain;
        out->search =
            QStringLiteral(
                "SELECT c.uuid, c.title, f.coe_id, -ts_rank(f.document, CAST(? AS tsquery)) AS rank "
                "FROM ") +
            matches(condition, QString()) +
            QStringLiteral(
                " JOIN coes c ON c.id = f.coe_id WHERE c.deleted_at IS NULL ORDER BY rank, f.coe_id LIMIT ?");
        out->searchValues = QVariantList{query} + out->values;
        if (positions) {
            // A page of a phrase of three words or more, newest first, read
            // the positions of every candidate (2,007 of 10,000 COEs: 25 ms),
            // then sorted them all to keep 30. Now the pairs' candidates are
            // sorted first, and their positions read in that order until the
            // page is full (1 ms). Other orders and the count check every
            // candidate, as before. The values keep their order: the pairs'
            // twice in FROM, then the document's in the condition.
            out->from = matches(kPairsMatch, QStringLiteral(" ORDER BY f.coe_id DESC")) + join;
            out->condition = kPositionsMatch;
        }
        return true;
    }
    // Made by the same C++ makeSnippet as SQLite's (FullTextIndex.h:
    // snippetFor), over the first kSnippetTextLimit characters of each text.
    // substr() counts a text's characters one by one: a text of no more
    // bytes than the limit (octet_length() reads the size TOAST keeps, not
    // the text) has no more characters either and is taken whole (30 COEs'
    // texts: 3.1-3.6 ms through substr(), 1.3-1.5 whole).
    QHash<qint64, QString> snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                    int words, QString* error) const override
    {
        QHash<qint64, QString> out;
        if (error)
            error->clear();
        const fulltext::SearchTerms terms = fulltext::parseMatch(match);
        if (rowIds.isEmpty() || terms.isEmpty())
            return out;
        QStringList marks;
        for (qsizetype i = 0; i < rowIds.size(); ++i)
            marks << QStringLiteral("?");
        const auto leading = [](const QString& column) {
            return QStringLiteral("CASE WHEN octet_length(%1) <= %2 THEN %1 ELSE substr(%1, 1, %2) END")
                .arg(column)
                .arg(fulltext::kSnippetTextLimit);
        };
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          QStringLiteral("SELECT coe_id, %1, %2, %3 FROM coe_search WHERE coe_id IN (%4)")
                              .arg(leading(QStringLiteral("title")), leading(QStringLiteral("summary")),
                                   leading(QStringLiteral("body")), marks.join(QLatin1Char(','))),
                          error))
            return {};
        for (qsizetype i = 0; i < rowIds.size(); ++i)
            q.bindValue(int(i), rowIds.at(i));
        if (!sql::exec(q, error))
            return {};
        QList<std::pair<qint64, fulltext::Columns>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(),
                         fulltext::Columns{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}});
        if (!sql::finished(q, error))
            return {};
        for (const auto& [rowId, texts] : std::as_const(rows))
            out.insert(rowId, fulltext::snippetFor(texts, terms, words));
        return out;
    }

    // The document's GIN index alone (a word without weights needs no recheck).
    QString coesWithWord(const QString& word, QVariant* value) const override
    {
        *value = lexeme(word);
        return QStringLiteral("SELECT coe_id FROM coe_search WHERE document @@ CAST(? AS tsquery)");
    }
    // For a word in most COEs the planner would test every row's document.
    QStringList beforeWordMatches() const override { return pgtext::kNoTableScans; }
    QStringList afterWordMatches() const override { return pgtext::kTableScansAgain; }

    QString errorText(const QSqlError& e) const override
    {
        const QString raw = e.text().trimmed();
        if (e.nativeErrorCode().isEmpty())
            return raw;
        return QCoreApplication::translate("hindsight::sql", "%1 (PostgreSQL error %2)").arg(raw, e.nativeErrorCode());
    }
    bool isDamage(const QSqlError&) const override { return false; }
};

} // namespace

const Backend& Backend::postgres()
{
    static const PostgresBackend backend;
    return backend;
}

} // namespace hindsight
