// SPDX-License-Identifier: MIT
// The PostgreSQL server the tests run against is there (tests/with-postgres.sh):
// QPSQL connects to HINDSIGHT_TEST_PG, a fresh database per test is made and
// dropped, and the unaccent extension that search needs can be created. In CI
// (CI=true) these fail rather than skip when there is no server.
#include "PgServer.h"
#include "TestSupport.h"
#include "storage/ArchiveLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hindsight;

namespace {

// A QPSQL connection to `uri` for one test function.
class Connection
{
public:
    explicit Connection(const QString& uri)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name());
        ArchiveLocation::parse(uri).configure(db); // QPSQL does not read a URI itself
    }
    ~Connection()
    {
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }
    static QString name() { return QStringLiteral("test-postgres-server"); }
    QSqlDatabase database() const { return QSqlDatabase::database(name(), false); }
};

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

} // namespace

class TestPostgresServer : public QObject
{
    Q_OBJECT

private slots:
    void selectOne()
    {
        HINDSIGHT_REQUIRE_POSTGRES(uri);
        Connection c(uri);
        QSqlDatabase db = c.database();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT 1")).toInt(), 1);
        const int version = scalar(db, QStringLiteral("SHOW server_version_num")).toInt();
        QVERIFY2(version >= 150000, qPrintable(QString::number(version)));
        QCOMPARE(scalar(db, QStringLiteral("SHOW server_encoding")).toString(), QStringLiteral("UTF8"));
    }

    void overTheSocketToo()
    {
        HINDSIGHT_REQUIRE_POSTGRES(uri);
        Q_UNUSED(uri);
        const QString socket = qEnvironmentVariable("HINDSIGHT_TEST_PG_SOCKET");
        if (socket.isEmpty())
            QSKIP("HINDSIGHT_TEST_PG_SOCKET is not set (a server not started by tests/with-postgres.sh)");
        Connection c(socket);
        QSqlDatabase db = c.database();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT 1")).toInt(), 1);
    }

    void freshDatabasePerTest()
    {
        HINDSIGHT_REQUIRE_POSTGRES(uri);
        QString name;
        {
            test::PostgresTestDatabase fresh(uri);
            QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
            name = fresh.name();
            QVERIFY(fresh.uri().contains(name));
            Connection c(fresh.uri());
            QSqlDatabase db = c.database();
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QCOMPARE(scalar(db, QStringLiteral("SELECT current_database()")).toString(), name);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                               "WHERE table_schema = 'public'"))
                         .toInt(),
                     0);
            // Left open on purpose: dropping the database does not wait for it.
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (x int)")), qPrintable(q.lastError().text()));
        }
        Connection c(uri);
        QSqlDatabase db = c.database();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?")));
        q.addBindValue(name);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void unaccentCanBeCreated()
    {
        HINDSIGHT_REQUIRE_POSTGRES(uri);
        test::PostgresTestDatabase fresh(uri);
        QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
        Connection c(fresh.uri());
        QSqlDatabase db = c.database();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent")),
                 qPrintable(q.lastError().text() + QStringLiteral(" (Debian package postgresql-contrib)")));
        QVERIFY(q.prepare(QStringLiteral("SELECT lower(unaccent(?))")));
        q.addBindValue(QStringLiteral("Crème BRÛLÉE, Ærøskøbing"));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), QStringLiteral("creme brulee, aeroskobing"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "TestPostgresServer.moc"
