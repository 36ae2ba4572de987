// SPDX-License-Identifier: MIT
// The SQLite back end: PRAGMA user_version, FTS5, SQLite's exact-text idiom.
#include "Backend.h"
#include "CoeTables.h"

#include "FullTextIndex.h"
#include "Schema.h"
#include "SqlUtil.h"

#include <QSqlDriver>
#include <QSqlError>

namespace hindsight {

namespace {

class SqliteBackend final : public Backend
{
public:
    Kind kind() const override { return Kind::Sqlite; }

    void beforeExec(QSqlQuery&) const override {}
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    QStringList beginRead() const override { return {QStringLiteral("BEGIN")}; }

    bool schemaVersion(const QSqlDatabase& db, int* version, QString* error) const override
    {
        QVariant v;
        if (!sql::scalar(db, QStringLiteral("PRAGMA user_version"), &v, error))
            return false;
        *version = v.toInt();
        return true;
    }
    bool setSchemaVersion(const QSqlDatabase& db, int version, QString* error) const override
    {
        return sql::execOnce(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    }
    QString ddl(const QString& statement) const override { return statement; }
    QStringList createIdentity() const override
    {
        return {QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)};
    }
    QStringList createFullText() const override
    {
        return {
            // Full-text index: one row per COE, rowid = coes.id. Written by the
            // repository in the save's transaction (FullTextIndex.cpp); the
            // trigger keeps it in step with any delete of a COE.
            QStringLiteral(R"(CREATE VIRTUAL TABLE coe_fts USING fts5 (
            title, summary, body,
            tokenize = 'unicode61 remove_diacritics 2'))"),
            QStringLiteral(R"(CREATE TRIGGER coes_fts_delete AFTER DELETE ON coes BEGIN
            DELETE FROM coe_fts WHERE rowid = old.id;
            END)"),
        };
    }
    QStringList createLiveCountTriggers() const override
    {
        return {
            QStringLiteral(R"(CREATE TRIGGER coe_summary_count_insert AFTER INSERT ON coe_summary
            WHEN new.deleted_at IS NULL BEGIN
            UPDATE coe_counts SET live = live + 1 WHERE id = 1;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER coe_summary_count_delete AFTER DELETE ON coe_summary
            WHEN old.deleted_at IS NULL BEGIN
            UPDATE coe_counts SET live = live - 1 WHERE id = 1;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER coe_summary_count_update AFTER UPDATE OF deleted_at ON coe_summary
            WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
            UPDATE coe_counts SET live = live + (CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END) WHERE id = 1;
            END)"),
        };
    }
    QString dropTrashedFromFullText() const override
    {
        return QStringLiteral(
            "DELETE FROM coe_fts WHERE rowid IN (SELECT id FROM coes WHERE deleted_at IS NOT NULL)");
    }
    QString liveWithoutFullText() const override
    {
        return QStringLiteral("SELECT c.id, c.uuid FROM coes c WHERE c.deleted_at IS NULL "
                              "AND NOT EXISTS (SELECT 1 FROM coe_fts f WHERE f.rowid = c.id) ORDER BY c.id");
    }
    QString groupConcat(const QString& expr, const QString& separatorLiteral) const override
    {
        return QStringLiteral("group_concat(%1, %2)").arg(expr, separatorLiteral);
    }

    // Text goes to SQLite and comes back as its UTF-8 bytes, so that every
    // character is kept. The Qt driver talks UTF-16 to SQLite, and SQLite's
    // conversions replace U+FFFE and U+FFFF with U+FFFD on the way out and take a
    // leading U+FEFF or U+FFFE for a byte order mark on the way in (dropped, or
    // the whole text byte-swapped). So text is bound as UTF-8 bytes into a
    // CAST(? AS TEXT) and read as CAST(column AS BLOB), which QVariant turns into
    // a QString with QString::fromUtf8.
    QVariant exactText(const QString& s) const override
    {
        const QByteArray bytes = s.toUtf8();
        return bytes.isNull() ? QByteArray("", 0) : bytes; // '' rather than NULL, as sql::text
    }
    QString fromExact(const QVariant& value) const override { return value.toString(); }
    QString exactTextSql(const QString& statement) const override { return statement; }
    QStringList deleteRows(const QStringList& tables, const QString& column) const override
    {
        QStringList out;
        for (const QString& table : tables)
            out << QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column);
        return out;
    }
    QString returningId() const override { return {}; }
    qint64 insertedId(QSqlQuery& query) const override { return query.lastInsertId().toLongLong(); }
    QString insertTables(const QList<TableRows>&, qint64, QVariantList*) const override { return {}; }

    QString nocase(const QString& expr) const override { return expr + QStringLiteral(" COLLATE NOCASE"); }
    QString direction(bool descending) const override
    {
        return descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    }
    QString unindexed(const QString& expr) const override { return QLatin1Char('+') + expr; }

    bool updateFullText(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error) const override
    {
        return fulltext::fts5Update(db, coeRowId, coe, error);
    }
    bool removeFullText(const QSqlDatabase& db, qint64 coeRowId, QString* error) const override
    {
        return fulltext::fts5Remove(db, coeRowId, error);
    }
    bool addFullText(const QSqlDatabase& db, const QList<Coe>& coes, QString* error) const override
    {
        QSqlQuery id(db);
        if (!sql::prepare(id,
                          QStringLiteral("SELECT c.id FROM coes c WHERE c.uuid = ? AND c.deleted_at IS NULL "
                                         "AND NOT EXISTS (SELECT 1 FROM coe_fts f WHERE f.rowid = c.id)"),
                          error))
            return false;
        for (const Coe& coe : coes) {
            if (!sql::exec(id, {coetables::uuidText(coe.uuid)}, error))
                return false;
            const qint64 rowId = id.next() ? id.value(0).toLongLong() : 0;
            id.finish();
            if (rowId != 0 && !fulltext::fts5Update(db, rowId, coe, error))
                return false;
        }
        return true;
    }
    // FTS5 keeps every word's positions in its index: a phrase needs nothing more.
    bool addPhrasePairs(const QSqlDatabase&, QString*) const override { return true; }
    QStringList splitPhrasePairsIndex() const override { return {}; }
    QStringList searchColumnStorage() const override { return {}; }
    QStringList narrowSearchRows() const override { return {}; }
    QStringList plainSearchDocuments() const override { return {}; }
    bool beginBulkLoad(const QSqlDatabase&, QString*) const override { return false; }
    bool finishBulkLoad(const QSqlDatabase&, QString*) const override { return true; }
    QList<QStringList> finishBulkLoadGroups() const override { return {}; }
    QStringList bulkLoadStatistics() const override { return {}; }
    bool fullText(const QSqlDatabase&, const QString& match, FullTextSql* out, QString*) const override
    {
        out->from = QStringLiteral("coe_fts JOIN coe_summary s ON s.coe_id = coe_fts.rowid");
        out->condition = QStringLiteral("coe_fts MATCH ?");
        out->values = {match};
        // FTS5 hands over the matches before the join in every plan.
        out->matchesFirstFrom = out->from;
        out->matchesFirstCondition = out->condition;
        // Ranked by bm25 with a word in the title counting most, then summary and
        // problem. Ordering by FTS5's own `rank` column lets FTS5 hand rows over
        // best first, so a LIMIT stops early.
        out->rankedCondition = QStringLiteral(" AND coe_fts.rank MATCH 'bm25(10.0, 4.0, 1.0)'");
        out->rankOrder = QStringLiteral("coe_fts.rank, s.coe_id");
        out->rankValues.clear();
        out->unrankedOrder = QStringLiteral("coe_fts.rowid DESC");
        out->countAll = QStringLiteral("SELECT count(*) FROM coe_fts WHERE coe_fts MATCH ?");
        out->search = QStringLiteral("SELECT c.uuid, c.title, coe_fts.rowid, coe_fts.rank "
                                     "FROM coe_fts JOIN coes c ON c.id = coe_fts.rowid "
                                     "WHERE coe_fts MATCH ? AND coe_fts.rank MATCH 'bm25(10.0, 4.0, 1.0)' "
                                     "AND c.deleted_at IS NULL "
                                     "ORDER BY coe_fts.rank LIMIT ?");
        out->searchValues = {match};
        return true;
    }
    QHash<qint64, QString> snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                    int words, QString* error) const override
    {
        return fulltext::fts5Snippets(db, match, rowIds, words, error);
    }

    QString coesWithWord(const QString& word, QVariant* value) const override
    {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\"")); // one FTS5 string: never an operator
        *value = QLatin1Char('"') + quoted + QLatin1Char('"');
        return QStringLiteral("SELECT rowid AS coe_id FROM coe_fts WHERE coe_fts MATCH ?");
    }
    QStringList beforeWordMatches() const override { return {}; }
    QStringList afterWordMatches() const override { return {}; }

    QString errorText(const QSqlError& e) const override { return sql::sqliteErrorText(e); }
    bool isDamage(const QSqlError& e) const override { return sql::isDamage(sql::classify(sql::sqliteCode(e))); }
};

} // namespace

const Backend& Backend::sqlite()
{
    static const SqliteBackend backend;
    return backend;
}

const Backend& Backend::of(const QSqlDriver* driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? postgres() : sqlite();
}

const Backend& Backend::of(const QSqlDatabase& db)
{
    return of(db.driver());
}

} // namespace hindsight
