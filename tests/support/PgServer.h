// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtTest>

namespace hindsight::test {

// The PostgreSQL server of this test run: HINDSIGHT_TEST_PG, a connection URI
// to a superuser's database (tests/with-postgres.sh starts a throw-away server
// and sets it; packaging/setup.sh test runs the tests under that script).
// Empty when unset. Use HINDSIGHT_REQUIRE_POSTGRES in a test function.
QString postgresUri();
// Why a PostgreSQL test cannot run here (empty when it can).
QString postgresMissingMessage();

// A fresh, empty database on that server for one test, made by CREATE
// DATABASE through QPSQL and dropped (with its connections) when this goes.
// Never share one between tests: each test makes its own.
class PostgresTestDatabase
{
public:
    // `serverUri`: postgresUri() by default.
    explicit PostgresTestDatabase(const QString& serverUri = postgresUri());
    ~PostgresTestDatabase();
    PostgresTestDatabase(const PostgresTestDatabase&) = delete;
    PostgresTestDatabase& operator=(const PostgresTestDatabase&) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The database's name (hindsight_test_<random>) and its URI: the server's
    // URI with this database.
    QString name() const { return m_name; }
    QString uri() const { return m_uri; }

private:
    bool exec(const QString& statement, QString* error) const;
    QString m_serverUri;
    QString m_name;
    QString m_uri;
    QString m_error;
};

} // namespace hindsight::test

// Declares `const QString variable` = the test server's URI. Without a server
// (HINDSIGHT_TEST_PG unset, or the QPSQL driver missing) the test function is
// skipped with a message saying so, or fails under CI=true, where a missing
// server must not let PostgreSQL tests pass by skipping. It returns from the
// test function, so use it there, not in a helper.
#define HINDSIGHT_REQUIRE_POSTGRES(variable)                                                                 \
    const QString variable = ::hindsight::test::postgresUri();                                               \
    do {                                                                                                     \
        const QString hindsightNoPostgres_ = ::hindsight::test::postgresMissingMessage();                    \
        if (!hindsightNoPostgres_.isEmpty()) {                                                               \
            if (::hindsight::test::isCi())                                                                   \
                QFAIL(qPrintable(hindsightNoPostgres_ +                                                      \
                                 QStringLiteral(" (CI=true: a missing server fails)")));                     \
            QSKIP(qPrintable(hindsightNoPostgres_));                                                         \
        }                                                                                                    \
    } while (false)
