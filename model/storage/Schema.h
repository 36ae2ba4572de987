// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The archive's schema as versioned code (internal to model/storage/).
//
// PRAGMA user_version is the schema version. Each migration takes the archive
// from version N to N+1 and runs in its own write transaction, which also sets
// user_version = N+1, so an archive is always at exactly one version. Version
// 0 is an empty file.
//
// To change the schema: append one function to the list in Schema.cpp (never
// edit a released one), add a fixture tests/data/archive-vN.sqlite made by the
// new version, and a test that opens every older fixture.
namespace hindsight::schema {

// PRAGMA application_id of every Hindsight archive: 'HSGT'.
inline constexpr qint32 kApplicationId = 0x48534754;

struct Migration
{
    int fromVersion; // runs on an archive at this version, leaves it at fromVersion + 1
    const char* description;
    bool (*apply)(const QSqlDatabase& db, QString* error); // inside the transaction
};

// In order; migrations()[i].fromVersion == i.
const QList<Migration>& migrations();

// The version this build writes: migrations().size().
int currentVersion();

// Runs every migration from the archive's user_version up to currentVersion(),
// each in its own transaction. On failure the archive stays at the last
// version that completed and `error` says which step failed.
bool migrate(const QSqlDatabase& db, QString* error);

} // namespace hindsight::schema
