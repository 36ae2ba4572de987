// SPDX-License-Identifier: MIT
// `hindsight init-team-archive URI`, run as an administrator would, on the
// HINDSIGHT_TEST_PG server (tests/with-postgres.sh).
#include "ExampleCoe.h"
#include "PgServer.h"
#include "CliSupport.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"
#include "storage/CoeRepository.h"
#include "storage/TeamArchive.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hindsight;

namespace {

using Run = test::CliRun;

// A QPSQL connection to `uri`, removed when this goes.
class Sql
{
public:
    explicit Sql(const QString& uri)
        : m_name(QStringLiteral("team-test-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        ArchiveLocation::parse(uri).configure(db);
        db.open();
    }
    ~Sql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& statement, QString* error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(statement))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QVariant value(const QString& statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(statement) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

QString withUser(const QString& uri, const QString& user, const QString& password)
{
    PostgresParameters p = ArchiveLocation::parse(uri).parameters();
    p.user = user;
    p.password = password;
    return ArchiveLocation::buildUri(p);
}

} // namespace

class TestTeamArchiveCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_roles; // login roles made here, dropped at the end

    Run hindsight(const QStringList& args)
    {
        return test::runCli(args, test::cliEnvironment(m_dir.path()));
    }

    // A login role of its own with `password`, in `grantRole` when given.
    QString loginRole(const QString& server, const QString& prefix, const QString& password,
                      const QString& grantRole)
    {
        const QString role = prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
        Sql admin(server);
        QString error;
        if (!admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        m_roles << role;
        if (!grantRole.isEmpty() &&
            !admin.exec(QStringLiteral("GRANT %1 TO %2").arg(grantRole, role), &error))
            qWarning("%s", qPrintable(error));
        return role;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        const QString server = test::postgresUri();
        if (server.isEmpty())
            return;
        Sql admin(server);
        for (const QString& role : std::as_const(m_roles))
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    void refusesAFilePath()
    {
        const QString file = m_dir.filePath(QStringLiteral("team.sqlite"));
        const Run r = hindsight({QStringLiteral("init-team-archive"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("PostgreSQL")) && r.err.contains(QStringLiteral("not a file")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(hindsight({QStringLiteral("init-team-archive")}).exitCode, 2);
    }

    void createsTheArchiveAndRolesOnce()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        Run r = hindsight({QStringLiteral("init-team-archive"), database.uri()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Created the team archive")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("GRANT hindsight_writer TO alice;")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("GRANT hindsight_reader TO bob;")), qPrintable(r.out));
        {
            Sql admin(database.uri());
            QCOMPARE(admin.value(QStringLiteral("SELECT version FROM schema_version")).toInt(),
                     Archive::currentSchemaVersion());
            // Group roles: nobody logs in as them.
            QCOMPARE(
                admin
                    .value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                          "('hindsight_writer', 'hindsight_reader') AND NOT rolcanlogin"))
                    .toInt(),
                2);
            QVERIFY(admin
                        .value(QStringLiteral(
                            "SELECT bool_and(has_table_privilege('hindsight_writer', c.oid, "
                            "'SELECT,INSERT,UPDATE,DELETE')) FROM pg_class c "
                            "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'"))
                        .toBool());
            QVERIFY(admin
                        .value(QStringLiteral(
                            "SELECT bool_and(has_table_privilege('hindsight_reader', c.oid, "
                            "'SELECT') AND NOT has_table_privilege('hindsight_reader', c.oid, "
                            "'INSERT,UPDATE,DELETE')) FROM pg_class c "
                            "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'"))
                        .toBool());
        }
        // The second run changes nothing and says so.
        r = hindsight({QStringLiteral("init-team-archive"), database.uri()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("is up to date")), qPrintable(r.out));

        // A person granted hindsight_writer saves; one granted hindsight_reader reads only.
        const QString alice = loginRole(server, QStringLiteral("alice_"), QStringLiteral("pw-alice"),
                                        QStringLiteral("hindsight_writer"));
        const QString bob = loginRole(server, QStringLiteral("bob_"), QStringLiteral("pw-bob"),
                                      QStringLiteral("hindsight_reader"));
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        QString error;
        {
            auto archive = Archive::open(withUser(database.uri(), alice, QStringLiteral("pw-alice")),
                                         Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            QVERIFY(!archive->isReadOnly());
            Coe coe = test::exampleCoe();
            const SaveResult saved = CoeRepository(*archive).save(coe);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
        }
        const Run list =
            hindsight({QStringLiteral("--archive"), withUser(database.uri(), bob, QStringLiteral("pw-bob")),
                       QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(test::exampleCoe().uuid.toString(QUuid::WithoutBraces)),
                 qPrintable(list.out));
    }

    void refusesAnotherApplicationsDatabase()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        {
            Sql admin(database.uri());
            QVERIFY(
                admin.exec(QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)")));
        }
        const Run r = hindsight({QStringLiteral("init-team-archive"), database.uri()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("another application")), qPrintable(r.err));
        Sql admin(database.uri());
        QCOMPARE(admin.value(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")).toBool(), true);
        QCOMPARE(admin.value(QStringLiteral("SELECT to_regclass('coes') IS NULL")).toBool(), true);
    }

    void refusesAUserWhoMayNotCreateRoles()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const QString carol =
            loginRole(server, QStringLiteral("carol_"), QStringLiteral("pw-carol"), QString());
        QVERIFY(!carol.isEmpty());
        {
            Sql admin(database.uri());
            QVERIFY(admin.exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(carol)));
        }
        const Run r = hindsight({QStringLiteral("init-team-archive"),
                                 withUser(database.uri(), carol, QStringLiteral("pw-carol"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not create roles")) &&
                     r.err.contains(QStringLiteral("CREATEROLE")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("pw-carol")), qPrintable(r.err));
        Sql admin(database.uri());
        QCOMPARE(admin.value(QStringLiteral("SELECT to_regclass('coes') IS NULL")).toBool(), true);
    }

    void quotesIdentifiers()
    {
        QCOMPARE(TeamArchive::quoteIdentifier(QStringLiteral("team coes")), QStringLiteral("\"team coes\""));
        QCOMPARE(TeamArchive::quoteIdentifier(QStringLiteral("a\"; DROP TABLE x; --")),
                 QStringLiteral("\"a\"\"; DROP TABLE x; --\""));
    }
};

QTEST_GUILESS_MAIN(TestTeamArchiveCommand)
#include "TestTeamArchiveCommand.moc"
