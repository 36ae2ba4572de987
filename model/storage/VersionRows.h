// SPDX-License-Identifier: MIT
#pragma once
// The stored rows of coe_versions as CoeVersions and its schema migration read
// and write them (whole compressed documents, or compressed deltas from the
// next newer version: README.md "Versions"). Internal to model/storage; kept
// apart from CoeVersions.cpp so that the migration does not pull the
// interchange JSON (and with it Qt Gui) into the light command-line program.

#include "CoeVersions.h"
#include "SqlUtil.h"
#include "VersionDelta.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <deque>
#include <optional>
#include <vector>

namespace hindsight::versionrows {

constexpr int kMaxChain = 64;
constexpr int kLevel = 6;

inline QVariant noBase()
{
    return QVariant(QMetaType::fromType<int>());
}

inline QVariant baseValue(const std::optional<int>& base)
{
    return base ? QVariant(*base) : noBase();
}

inline std::optional<int> baseFrom(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

inline std::optional<QByteArray> inflate(const QByteArray& stored)
{
    QByteArray text = qUncompress(stored);
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

inline bool storedDocument(const QSqlDatabase& db, qint64 id, QByteArray* document, QString* error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, QStringLiteral("SELECT document FROM coe_versions WHERE id = ?"), error)
        || !sql::exec(q, {id}, error))
        return false;
    if (!q.next()) {
        *error = CoeVersions::tr("a version went while it was read");
        return false;
    }
    *document = q.value(0).toByteArray();
    return true;
}

inline bool rewrite(const QSqlDatabase& db, qint64 id, const std::optional<int>& base, const QByteArray& document,
             QString* error)
{
    QSqlQuery q(db);
    return sql::prepare(q, QStringLiteral("UPDATE coe_versions SET base = ?, document = ? WHERE id = ?"), error)
        && sql::exec(q, {baseValue(base), document, id}, error);
}

// The text of the older version from the text of the newer and the stored delta.
inline std::optional<QByteArray> older(const QByteArray& newer, const QByteArray& storedDelta, QString* error)
{
    const std::optional<QByteArray> delta = inflate(storedDelta);
    if (!delta) {
        *error = CoeVersions::tr("the stored difference is not compressed data");
        return std::nullopt;
    }
    std::deque<QByteArray> arena;
    std::vector<QByteArrayView> lines;
    if (!versiondelta::apply(versiondelta::splitLines(newer), *delta, &lines, &arena, error))
        return std::nullopt;
    return versiondelta::join(lines);
}

struct StoredRow
{
    qint64 id = 0;
    int number = 0;
    std::optional<int> base;
};

// A COE's rows (without documents), newest first.
inline bool rowsOf(const QSqlDatabase& db, qint64 coeId, QList<StoredRow>* rows, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::prepare(q, QStringLiteral("SELECT id, number, base FROM coe_versions WHERE coe_id = ? ORDER BY number DESC"),
                      error)
        || !sql::exec(q, {coeId}, error))
        return false;
    rows->clear();
    while (q.next())
        rows->append({q.value(0).toLongLong(), q.value(1).toInt(), baseFrom(q.value(2))});
    return sql::finished(q, error);
}


} // namespace hindsight::versionrows
