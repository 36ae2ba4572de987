// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

// Small helpers for the SQL in model/storage/ (internal: nothing outside
// model/storage/ includes this). Every failure becomes a message.
namespace hindsight::sql {

// The driver's message for a failed query, with SQLite's error code.
QString errorText(const QSqlQuery& query);
QString errorText(const QSqlDatabase& db);

bool prepare(QSqlQuery& query, const QString& statement, QString* error);
// Binds `values` to the positional placeholders (?) in order, then executes.
bool exec(QSqlQuery& query, std::initializer_list<QVariant> values, QString* error);
bool exec(QSqlQuery& query, QString* error);
// Prepares and runs one statement without parameters.
bool execOnce(const QSqlDatabase& db, const QString& statement, QString* error);
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
};

} // namespace hindsight::sql
