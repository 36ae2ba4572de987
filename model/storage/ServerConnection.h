// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlDriver;
class QSqlError;

// A PostgreSQL archive's connection after the server dropped it (a restart,
// pg_terminate_backend, a network cut): internal to model/storage/.
//
// A statement that fails because the connection is gone marks the connection
// lost (noteConnectionLoss, from sql::noteFailure). The next statement run
// outside a transaction, and the next outermost Transaction::begin, first
// connect again with the same parameters (host, user, the session's password,
// options: QSqlDatabase keeps them) and replay the session's setup
// statements; a transaction whose BEGIN finds the connection gone connects
// again and begins once more. A statement inside a transaction never
// reconnects (the transaction is lost; its caller reports the failure and
// the next attempt begins anew, so a save's revision check still applies).
namespace hindsight::sql {

// Whether `error` says the connection to the server is gone (SQLSTATE class
// 08, 57P01-57P03, or libpq's words for a closed connection).
bool isConnectionLoss(const QSqlError& error);
void noteConnectionLoss(const QSqlDriver* driver, const QSqlError& error);
bool connectionLost(const QSqlDatabase& db);
bool connectionLost(const QSqlDriver* driver);

// Makes `db` one that reconnects: `statements` run after each new connection
// (SET ... for the session). Only for PostgreSQL connections.
void setSessionSetup(const QSqlDatabase& db, const QStringList& statements);

// Connects again when the connection was marked lost (else does nothing and
// returns true). False, with a message for the user, when the server cannot
// be reached; the mark stays and the next attempt tries again.
bool reconnectIfLost(const QSqlDatabase& db, QString* error);
// The same, for a query's connection (found by its driver).
bool reconnectIfLost(const QSqlDriver* driver, QString* error);

// Test seam: how many times a connection was made again in this process.
quint64 reconnectCount();

} // namespace hindsight::sql
