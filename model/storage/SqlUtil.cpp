// SPDX-License-Identifier: MIT
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace hindsight::sql {

namespace {
QString describe(const QSqlError& e)
{
    QString text = e.text().trimmed();
    if (!e.nativeErrorCode().isEmpty())
        text += QCoreApplication::translate("hindsight::sql", " (SQLite error %1)").arg(e.nativeErrorCode());
    return text;
}
} // namespace

QString errorText(const QSqlQuery& query)
{
    return describe(query.lastError());
}

QString errorText(const QSqlDatabase& db)
{
    return describe(db.lastError());
}

bool prepare(QSqlQuery& query, const QString& statement, QString* error)
{
    if (query.prepare(statement))
        return true;
    if (error)
        *error = errorText(query);
    return false;
}

bool exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = errorText(query);
    return false;
}

bool exec(QSqlQuery& query, std::initializer_list<QVariant> values, QString* error)
{
    int i = 0;
    for (const QVariant& v : values)
        query.bindValue(i++, v);
    return exec(query, error);
}

bool execOnce(const QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery q(db);
    return prepare(q, statement, error) && exec(q, error);
}

bool scalar(const QSqlDatabase& db, const QString& statement, QVariant* value, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q, statement, error) || !exec(q, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = q.lastError().isValid()
                         ? errorText(q)
                         : QCoreApplication::translate("hindsight::sql", "the database returned no value");
        return false;
    }
    *value = q.value(0);
    return true;
}

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant instant(const QDateTime& utc)
{
    if (!utc.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime instantFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

Transaction::Transaction(const QSqlDatabase& db, Kind kind) : m_db(db), m_kind(kind) {}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString* error)
{
    const bool ok = execOnce(
        m_db, m_kind == Kind::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
    m_open = ok;
    return ok;
}

bool Transaction::commit(QString* error)
{
    if (!m_open)
        return false;
    if (!execOnce(m_db, QStringLiteral("COMMIT"), error))
        return false; // still open: the destructor rolls back
    m_open = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QString ignored;
    execOnce(m_db, QStringLiteral("ROLLBACK"), &ignored);
}

} // namespace hindsight::sql
