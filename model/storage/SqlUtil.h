// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <memory>

// Small helpers for the SQL in model/storage/ (internal: nothing outside
// model/storage/ includes this). Every failure becomes a message.
namespace hindsight::sql {

// What went wrong, for a person: a sentence for the SQLite result code
// (explain()), with the driver's own text and the code as detail after it:
// "The disk is full: … (detail: database or disk is full, SQLite error 13)".
// The back end of the query or connection words it (Backend::errorText).
QString errorText(const QSqlQuery& query);
QString errorText(const QSqlDatabase& db);
// An SQLite error (SqliteBackend).
QString sqliteErrorText(const QSqlError& error);
inline QString errorText(const QSqlError& error)
{
    return sqliteErrorText(error);
}

// The kinds of failure a person can act on, from SQLite's (extended) result
// code. The one place that maps codes to sentences.
enum class Failure
{
    None,
    Full,         // SQLITE_FULL 13, SQLITE_IOERR_SHMSIZE and other "no space" I/O errors
    Io,           // SQLITE_IOERR 10 and its extended codes
    Corrupt,      // SQLITE_CORRUPT 11
    NotADatabase, // SQLITE_NOTADB 26
    ReadOnly,     // SQLITE_READONLY 8
    Busy,         // SQLITE_BUSY 5, SQLITE_LOCKED 6
    CannotOpen,   // SQLITE_CANTOPEN 14
    Permission,   // SQLITE_PERM 3, SQLITE_AUTH 23
    Other
};
Failure classify(int sqliteCode);
// The SQLite result code of a failed query (0 when there is none).
int sqliteCode(const QSqlError& error);
// One sentence saying what happened and what to do, without the raw text.
QString explain(Failure failure);
// SQLITE_CORRUPT or SQLITE_NOTADB: the file is damaged.
inline bool isDamage(Failure f)
{
    return f == Failure::Corrupt || f == Failure::NotADatabase;
}

// Every statement run through these helpers that fails with a damage code
// marks its connection; Archive reads the mark (damageSeen()) and turns the
// archive read-only. The mark lives on the connection's driver object.
void noteFailure(const QSqlDatabase& db, const QSqlError& error);
bool damageSeen(const QSqlDatabase& db);
// The first damage error seen on the connection (SQLite's text and code), empty if none.
QString damageDetail(const QSqlDatabase& db);

bool prepare(QSqlQuery& query, const QString& statement, QString* error);
// Binds `values` to the positional placeholders (?) in order, then executes.
bool exec(QSqlQuery& query, std::initializer_list<QVariant> values, QString* error);
bool exec(QSqlQuery& query, QString* error);
// Prepares `statement`, binds `values` to its placeholders in order, executes.
bool run(QSqlQuery& query, const QString& statement, const QVariantList& values, QString* error);
// A statement prepared once per connection and kept on it for the next
// call with the same text (the hot paths: a COE's save and load). On
// PostgreSQL, QPSQL turns every prepare() into a PREPARE round trip and every
// discarded query into a DEALLOCATE, so a statement used once costs three
// round trips and a kept one costs one. The kept query is lent to one
// Statement at a time and finished when the Statement goes (a second
// Statement of the same text while the first lives, or past the few hundred
// a connection keeps, gets a query of its own, as before). isValid() is false,
// with `error` set, when the statement cannot be prepared.
class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& statement, QString* error);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool isValid() const { return m_query != nullptr; }
    QSqlQuery& query() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

private:
    QSqlQuery* m_query = nullptr;
    bool* m_busy = nullptr; // the kept query's in-use mark
    std::unique_ptr<QSqlQuery> m_own;
};
// Forgets the kept statements of a connection that is about to be made
// again (ServerConnection): the server has forgotten them. They are
// discarded only with the connection itself, so that no DEALLOCATE of a
// name the new session never had is sent.
void forgetStatements(const QSqlDatabase& db);
// How many statements have been prepared through Statement (for tests).
quint64 statementsPrepared();

// Prepares and runs one statement without parameters.
bool execOnce(const QSqlDatabase& db, const QString& statement, QString* error);
// Runs `before` (statements without parameters), then body() if they all
// succeeded, then `after` whatever happened. False, with `error` set, at the
// first failure; body() sets `error` itself when it returns false.
template <typename Body>
bool around(const QSqlDatabase& db, const QStringList& before, const QStringList& after, QString* error,
            Body body)
{
    bool ok = true;
    for (const QString& s : before)
        ok = ok && execOnce(db, s, error);
    ok = ok && body();
    for (const QString& s : after) {
        QString afterError;
        if (!execOnce(db, s, &afterError) && ok) {
            ok = false;
            if (error)
                *error = afterError;
        }
    }
    return ok;
}
// Runs each group of statements in order on a connection of its own, a
// clone of the connection named `connectionName` (the same server, user,
// password and options), all groups at the same time, each on a thread of
// its own; returns when every group has finished. May be called on any
// thread. False with the first error (the other groups still run to their
// end or their own error).
bool execInParallel(const QString& connectionName, const QList<QStringList>& groups, QString* error);
// After a `while (query.next())` loop: false (with the error, and the damage
// mark when it is one) when the loop stopped on an error rather than at the end.
bool finished(const QSqlQuery& query, QString* error);
// Runs a statement that returns one value (a PRAGMA, a count).
bool scalar(const QSqlDatabase& db, const QString& statement, QVariant* value, QString* error);

// Binding values: SQLite NULL for absent values, '' rather than NULL for text.
QVariant text(const QString& s);
QVariant nullableText(const QString& s); // NULL when empty
QVariant instant(const QDateTime& utc);  // ISO 8601 UTC with milliseconds, or NULL
QDateTime instantFrom(const QVariant& v);

// A write transaction (BEGIN IMMEDIATE: takes the write lock at once, so a
// read-then-write check cannot race another writer) or a read transaction
// (BEGIN: one consistent snapshot). Rolled back unless committed.
// Inside another Transaction on the same connection (a batch of saves, see
// Archive::WriteBatch) it is a SAVEPOINT: its commit releases it, its
// rollback undoes its own writes only, and the outer one commits them all.
class Transaction
{
public:
    enum class Kind
    {
        Read,
        Write
    };
    explicit Transaction(const QSqlDatabase& db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();

private:
    QSqlDatabase m_db;
    Kind m_kind;
    bool m_open = false;
    int m_savepoint = 0; // nesting depth when a savepoint, 0 for the outermost
};

} // namespace hindsight::sql
