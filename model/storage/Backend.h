// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// What differs between the archive's back ends, in one place per back end
// (internal to model/storage/; see README.md). The queries are written once,
// in SQL both back ends accept, and ask the back end for every piece that
// differs: they never test which back end they run on.
namespace hindsight {

// The full-text pieces of a query over coe_summary s (CoeQuery, ArchiveSearch).
struct FullTextSql
{
    QString from;            // the index joined with coe_summary s; may hold placeholders
    QString condition;       // the match, with placeholders
    QVariantList values;     // bound to those of from, then of condition
    // The same, for a statement that reads every match (a count, a ranked
    // page, a page of few matches): the matches first, from the index alone,
    // then joined. `from` may instead walk coe_summary in the page's order and
    // test each row, which is right only when matches are many (PostgreSQL).
    QString matchesFirstFrom;
    QString matchesFirstCondition; // values bound as above
    QString rankedCondition; // appended to WHERE when ranking ("" when none is needed)
    QString rankOrder;       // ORDER BY terms, best first; its placeholders take rankValues
    QVariantList rankValues;
    QString unrankedOrder;   // ORDER BY terms, newest first
    QString countAll;        // the count of every live match, the condition's placeholders (values)
    // Run (directly, no parameters) before and after each statement that
    // reads the index (a count of matches, a page, search), so that it reads
    // the full-text index rather than every row (PostgreSQL).
    QStringList beforeSearch;
    QStringList afterSearch;
    // search(): uuid, title, row id and rank (lower is better) of the live
    // matches, best first; binds searchValues and then the limit.
    QString search;
    QVariantList searchValues;
};

// The rows of one of a COE's child tables (CoeTables::insertParts), for a
// back end that writes all of them with one statement (Backend::insertTables).
struct TableRows
{
    QString table;
    QStringList columns;      // the first: the parent's id
    QStringList types;        // the others' SQL types: "bigint" or "text"
    QList<QVariantList> rows; // each: the parent's position (see parent), then the other columns
    int parent = -1;          // the table (index) whose row at that position is the parent; -1: the COE itself
    bool returnsIds = false;  // the statement reads back (table index, position, id) of these rows
};

class Backend
{
public:
    enum class Kind { Sqlite, Postgres };
    virtual ~Backend() = default;
    virtual Kind kind() const = 0;

    // The back end of a connection, by its Qt driver.
    static const Backend& of(const QSqlDatabase& db);
    static const Backend& of(const QSqlDriver* driver);
    static const Backend& sqlite();
    static const Backend& postgres();

    // Before a query runs: whatever the driver needs so that the connection
    // can run another statement while this one's rows are being read.
    virtual void beforeExec(QSqlQuery& query) const = 0;

    // --- Transactions: the statements that open one.
    // A write transaction takes the archive's one write lock at once, so that a
    // read-then-write check (the revision) cannot race another writer.
    virtual QStringList beginWrite() const = 0;
    // A read transaction sees one consistent snapshot.
    virtual QStringList beginRead() const = 0;

    // --- Schema (Schema.cpp runs the same migrations on both).
    // The stored schema version (0: nothing yet).
    virtual bool schemaVersion(const QSqlDatabase& db, int* version, QString* error) const = 0;
    // Inside a migration's transaction.
    virtual bool setSchemaVersion(const QSqlDatabase& db, int version, QString* error) const = 0;
    // A CREATE/ALTER statement written for SQLite, in this back end's types.
    virtual QString ddl(const QString& statement) const = 0;
    // Version 1: marks the database as a Hindsight archive, creates the full-text index.
    virtual QStringList createIdentity() const = 0;
    virtual QStringList createFullText() const = 0;
    // Version 2: the triggers keeping coe_counts.live; the Trash leaves the full-text index.
    virtual QStringList createLiveCountTriggers() const = 0;
    virtual QString dropTrashedFromFullText() const = 0;
    // The id and uuid of each live COE that has no full-text row (fulltext::repair).
    virtual QString liveWithoutFullText() const = 0;
    // Version 5: whatever the full-text index needs to find a phrase without
    // reading each candidate's text (PostgreSQL: adjacent word pairs).
    virtual bool addPhrasePairs(const QSqlDatabase& db, QString* error) const = 0;
    // Version 13: the statements that index them as finishBulkLoad can build
    // them fastest (PostgreSQL: two halves, one a core). None on SQLite.
    virtual QStringList splitPhrasePairsIndex() const = 0;
    // Version 14: how the search rows' columns are kept (PostgreSQL: no
    // planner statistics of the word pairs; lz4 compression). None on SQLite.
    virtual QStringList searchColumnStorage() const = 0;
    // Version 15: the statements that keep the search rows narrow (PostgreSQL:
    // their texts out of line, so that a count reads few pages). None on SQLite.
    virtual QStringList narrowSearchRows() const = 0;
    // Version 16: the statements that keep each search row's document as it
    // is, uncompressed (PostgreSQL: a search that reads many documents reads
    // them faster). None on SQLite.
    virtual QStringList plainSearchDocuments() const = 0;
    // Filling an empty archive in bulk (copy-archive): beginBulkLoad drops
    // what is cheaper built once at the end (PostgreSQL: the full-text GIN
    // indexes; false when the role may not, and then nothing changed);
    // finishBulkLoad builds them again and refreshes the planner's statistics.
    // Nothing on SQLite.
    virtual bool beginBulkLoad(const QSqlDatabase& db, QString* error) const = 0;
    virtual bool finishBulkLoad(const QSqlDatabase& db, QString* error) const = 0;
    // finishBulkLoad's work as groups of statements that may run at the same
    // time, each group in order on a connection of its own (copy-archive runs
    // them beside its comparison: sql::execInParallel). Empty on SQLite.
    virtual QList<QStringList> finishBulkLoadGroups() const = 0;
    // The statements of finishBulkLoad that come before those groups: the
    // planner's statistics of the tables the groups do not touch (copy-archive
    // runs them on its own connection before it compares). None on SQLite.
    virtual QStringList bulkLoadStatistics() const = 0;
    // group_concat(expr, separator) over a subquery's rows.
    virtual QString groupConcat(const QString& expr, const QString& separatorLiteral) const = 0;

    // --- Text kept exactly (CoeTables.cpp).
    // The value to bind for a text in a "CAST(? AS TEXT)" placeholder.
    virtual QVariant exactText(const QString& text) const = 0;
    // A text column's value read back (the inverse of exactText).
    virtual QString fromExact(const QVariant& value) const = 0;
    // A statement reading text columns as "CAST(column AS BLOB)" (SQLite's
    // idiom for reading every character back), in this back end's words.
    virtual QString exactTextSql(const QString& statement) const = 0;
    // The statements deleting the rows of `tables` whose `column` is the one
    // value bound to each of their placeholders (CoeTables: a COE's child
    // rows before a save writes them again): one per table, or one for all.
    virtual QStringList deleteRows(const QStringList& tables, const QString& column) const = 0;
    // An INSERT into a table with an id column, and the id it gave.
    virtual QString returningId() const = 0;
    virtual qint64 insertedId(QSqlQuery& query) const = 0;
    // One statement writing the rows of all `tables` (of the COE `rowId`),
    // its values appended to *values, whose rows are (table index, position,
    // id) of the tables that return ids; "" when the back end writes a
    // statement per table (SQLite: a statement costs no round trip). Its
    // text depends on the tables and columns only, not on the row counts.
    virtual QString insertTables(const QList<TableRows>& tables, qint64 rowId, QVariantList* values) const = 0;

    // --- Query dialect.
    // `expr` compared case-insensitively (ASCII letters only, as SQLite's NOCASE).
    virtual QString nocase(const QString& expr) const = 0;
    // " ASC" / " DESC" with NULLs first ascending and last descending (as SQLite).
    virtual QString direction(bool descending) const = 0;
    // A condition the planner should not use an index for (SQLite's unary +).
    virtual QString unindexed(const QString& expr) const = 0;

    // --- Full-text index (FullTextIndex.cpp): one row per live COE.
    virtual bool updateFullText(const QSqlDatabase& db, qint64 coeRowId, const Coe& coe, QString* error) const = 0;
    // Works out ahead, on any thread, what updateFullText will write for
    // `coes` (copy-archive: the next COEs, on a second core while this
    // connection waits for the server). updateFullText uses it only when the
    // COE's texts are still the same; forgetPreparedFullText drops what is
    // left. Nothing where writing the index costs little (SQLite).
    virtual void prepareFullText(const QList<Coe>& coes) const { Q_UNUSED(coes); }
    virtual void forgetPreparedFullText() const {}
    virtual bool removeFullText(const QSqlDatabase& db, qint64 coeRowId, QString* error) const = 0;
    // The full-text rows of `coes`, saved and committed on another connection
    // that left them to `db` (FullTextBackfill.h): a COE that has a row keeps
    // it (written since, so newer), one gone or in the Trash gets none.
    virtual bool addFullText(const QSqlDatabase& db, const QList<Coe>& coes, QString* error) const = 0;
    // The pieces of a search for the FTS5 MATCH expression `match` (prepareSearch).
    virtual bool fullText(const QSqlDatabase& db, const QString& match, FullTextSql* out, QString* error) const = 0;
    virtual QHash<qint64, QString> snippets(const QSqlDatabase& db, const QString& match, const QList<qint64>& rowIds,
                                            int words, QString* error) const = 0;

    // --- Similar COEs (SimilarCoes.cpp).
    // A query of one column, coe_id: every live COE whose full-text row holds
    // `word` (one token as fulltext::tokenize folds it) anywhere. Its one
    // placeholder takes *value; the word is data, never query syntax.
    virtual QString coesWithWord(const QString& word, QVariant* value) const = 0;
    // Run (directly) before and after a query made of coesWithWord, so that
    // it reads the index rather than every row (PostgreSQL, as beforeSearch).
    virtual QStringList beforeWordMatches() const = 0;
    virtual QStringList afterWordMatches() const = 0;

    // --- Errors: a sentence for the user, with the driver's words as detail.
    virtual QString errorText(const QSqlError& error) const = 0;
    // Whether the error says the database is damaged (only SQLite knows).
    virtual bool isDamage(const QSqlError& error) const = 0;
};

} // namespace hindsight
