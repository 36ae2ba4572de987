// SPDX-License-Identifier: MIT
#pragma once

#include "Backend.h"
#include "SqlUtil.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// What CoeTables.cpp (writing a COE's rows) and CoeTablesRead.cpp (reading
// them) share; internal to model/storage/.
namespace hindsight::coetables::detail {

// The columns of coes, in bindCoe()'s order (CoeTables.cpp).
extern const QString kCoeColumns;
// kCoeColumns with the text columns read as bytes.
QString exactText(const QString& columns);

// Reads an enumeration stored by enumValue(); NULL reads as `none`.
template <typename E> bool enumFrom(const QVariant& v, E none, E* out, const char* what, QString* error)
{
    if (v.isNull()) {
        *out = none;
        return true;
    }
    const auto value = enumFromString<E>(v.toString());
    if (!value) {
        *error = QCoreApplication::translate("hindsight::CoeRepository", "unknown %1 \"%2\" in the archive")
                     .arg(QLatin1String(what), v.toString());
        return false;
    }
    *out = *value;
    return true;
}

// The back end's wording of a statement, worked out once per thread (a
// regular expression each time cost more than the statement's round trip).
QString worded(const Backend& backend, const QString& statement);

// A statement kept on the connection (sql::Statement). Every statement of
// CoeTables is written in SQLite's exact-text idiom (text bound into
// CAST(? AS TEXT), read as CAST(column AS BLOB)); the back end words it for
// itself.
struct Kept
{
    Kept(const QSqlDatabase& db, const QString& statement, QString* error)
        : statement(db, worded(Backend::of(db), statement), error)
    {
    }
    sql::Statement statement;
    bool isValid() const { return statement.isValid(); }
    QSqlQuery& q() { return statement.query(); }
};

} // namespace hindsight::coetables::detail
