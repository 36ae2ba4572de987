// SPDX-License-Identifier: MIT
#include "PgServer.h"

#include "TestSupport.h"
#include "storage/ArchiveLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hindsight::test {
namespace {

const QString kDriver = QStringLiteral("QPSQL");

// A connection of its own to `uri`, removed when this goes.
class Connection
{
public:
    explicit Connection(const QString& uri)
        : m_name(QStringLiteral("pgserver-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_name);
        ArchiveLocation::parse(uri).configure(db);
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

QString postgresUri()
{
    return qEnvironmentVariable("HINDSIGHT_TEST_PG").trimmed();
}

QString postgresMissingMessage()
{
    if (postgresUri().isEmpty())
        return QStringLiteral("HINDSIGHT_TEST_PG is not set: no PostgreSQL server to test against (run the "
                              "tests under tests/with-postgres.sh, as packaging/setup.sh test does)");
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return QStringLiteral(
            "Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed");
    return {};
}

PostgresTestDatabase::PostgresTestDatabase(const QString& serverUri) : m_serverUri(serverUri)
{
    if (m_serverUri.isEmpty()) {
        m_error = postgresMissingMessage();
        return;
    }
    const ArchiveLocation server = ArchiveLocation::parse(m_serverUri);
    if (!server.isPostgres()) {
        m_error = QStringLiteral("HINDSIGHT_TEST_PG: %1").arg(server.error());
        return;
    }
    m_name = QStringLiteral("hindsight_test_") +
             QUuid::createUuid().toString(QUuid::Id128).left(16); // lower-case hex: a plain identifier
    if (!exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8'").arg(m_name),
              &m_error)) {
        m_error = QStringLiteral("cannot create the test database %1: %2").arg(m_name, m_error);
        return;
    }
    PostgresParameters p = server.parameters();
    p.database = m_name;
    m_uri = ArchiveLocation::buildUri(p);
}

PostgresTestDatabase::~PostgresTestDatabase()
{
    if (!isValid() || m_name.isEmpty())
        return;
    QString error;
    // FORCE: connections the test left open do not keep it.
    if (!exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name), &error))
        qWarning("cannot drop the test database %s: %s", qPrintable(m_name), qPrintable(error));
}

bool PostgresTestDatabase::exec(const QString& statement, QString* error) const
{
    Connection connection(m_serverUri);
    QSqlDatabase db = connection.database();
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace hindsight::test
