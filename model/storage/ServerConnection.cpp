// SPDX-License-Identifier: MIT
#include "ServerConnection.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <atomic>

namespace hindsight::sql {

namespace {

// Dynamic properties on the connection's driver object (one per connection).
constexpr char kLostProperty[] = "hindsightConnectionLost";
constexpr char kSetupProperty[] = "hindsightSessionSetup";
constexpr char kNameProperty[] = "hindsightConnectionName";

std::atomic<quint64> g_reconnects{0};

} // namespace

bool isConnectionLoss(const QSqlError& error)
{
    if (!error.isValid())
        return false;
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = error.text().toLower();
    static const char* const kWords[] = {
        "server closed the connection",       "no connection to the server",   "terminating connection",
        "could not receive data from server", "could not send data to server", "connection to server",
        "ssl connection has been closed",     "connection not open",           "connection is bad",
    };
    for (const char* words : kWords)
        if (text.contains(QLatin1String(words)))
            return true;
    return false;
}

void noteConnectionLoss(const QSqlDriver* driver, const QSqlError& error)
{
    if (!driver || !driver->property(kNameProperty).isValid() || !isConnectionLoss(error))
        return;
    const_cast<QSqlDriver*>(driver)->setProperty(kLostProperty,
                                                 true); // the driver object itself is not const
}

bool connectionLost(const QSqlDatabase& db)
{
    return connectionLost(db.driver());
}

bool connectionLost(const QSqlDriver* driver)
{
    return driver && driver->property(kLostProperty).toBool();
}

void setSessionSetup(const QSqlDatabase& db, const QStringList& statements)
{
    if (!db.driver())
        return;
    db.driver()->setProperty(kSetupProperty, statements);
    db.driver()->setProperty(kNameProperty, db.connectionName());
}

bool reconnectIfLost(const QSqlDriver* driver, QString* error)
{
    if (!driver || !driver->property(kLostProperty).toBool())
        return true;
    return reconnectIfLost(QSqlDatabase::database(driver->property(kNameProperty).toString(), false), error);
}

bool reconnectIfLost(const QSqlDatabase& connection, QString* error)
{
    if (!connectionLost(connection))
        return true;
    QSqlDatabase db = connection; // the same connection
    QSqlDriver* driver = db.driver();
    forgetStatements(db); // prepared on the old session
    db.close();
    // The same parameters as before: QSqlDatabase keeps host, port, user,
    // password and options across close() and open(). A server that does
    // not answer at all is given up after 10 s rather than TCP's minutes,
    // unless the URI says otherwise.
    if (!db.connectOptions().contains(QLatin1String("connect_timeout")))
        db.setConnectOptions(db.connectOptions().isEmpty()
                                 ? QStringLiteral("connect_timeout=10")
                                 : db.connectOptions() + QStringLiteral(";connect_timeout=10"));
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate(
                         "hindsight::sql", "The connection to the PostgreSQL server was lost and cannot be "
                                           "made again: %1")
                         .arg(db.lastError().text().trimmed());
        return false;
    }
    driver->setProperty(kLostProperty, false);
    ++g_reconnects;
    const QStringList setup = driver->property(kSetupProperty).toStringList();
    for (const QString& statement : setup) {
        QString err;
        if (!execOnce(db, statement, &err)) {
            driver->setProperty(kLostProperty, true);
            if (error)
                *error = QCoreApplication::translate(
                             "hindsight::sql", "The connection to the PostgreSQL server was lost and cannot "
                                               "be made again: %1")
                             .arg(err);
            return false;
        }
    }
    return true;
}

quint64 reconnectCount()
{
    return g_reconnects.load();
}

} // namespace hindsight::sql
