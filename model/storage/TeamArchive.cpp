// SPDX-License-Identifier: MIT
#include "TeamArchive.h"

#include "Archive.h"
#include "ArchiveLocation.h"
#include "Backend.h"
#include "Schema.h"
#include "SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hindsight {

namespace {

// One QPSQL connection of its own, removed when this goes.
class AdminConnection
{
public:
    AdminConnection()
        : m_name(QStringLiteral("hindsight-team-admin-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    }
    ~AdminConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    AdminConnection(const AdminConnection&) = delete;
    AdminConnection& operator=(const AdminConnection&) = delete;
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

QString TeamArchive::writerRole()
{
    return QStringLiteral("hindsight_writer");
}

QString TeamArchive::readerRole()
{
    return QStringLiteral("hindsight_reader");
}

QString TeamArchive::quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

TeamArchive::Result TeamArchive::initialize(const QString& uri)
{
    Result result;
    auto fail = [&result](const QString& message) {
        result.ok = false;
        result.message = message;
        return result;
    };
    if (!ArchiveLocation::isPostgresUri(uri))
        return fail(
            tr("init-team-archive sets up a team archive in a PostgreSQL database and takes its URI "
               "(postgresql://user@host:5432/database), not a file: %1. A file archive needs no setup: "
               "Hindsight creates it when it is first opened.")
                .arg(ArchiveLocation::displayTextOf(uri)));
    const ArchiveLocation location = ArchiveLocation::parse(uri);
    if (!location.isPostgres())
        return fail(location.error());
    const QString shown = location.displayText();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("Cannot set up %1: the Qt PostgreSQL driver (QPSQL) is not available.").arg(shown));

    AdminConnection connection;
    QSqlDatabase db = connection.database();
    location.configure(db);
    if (!db.open())
        return fail(tr("Cannot connect to the PostgreSQL server of %1: %2")
                        .arg(shown, db.lastError().text().trimmed()));
    QString err;
    QVariant v;
    if (!sql::execOnce(db, QStringLiteral("SET client_min_messages = warning"), &err))
        return fail(tr("Cannot set up %1: %2").arg(shown, err));

    // Who runs this: a role that may create roles.
    {
        QSqlQuery q(db);
        if (!sql::prepare(
                q,
                QStringLiteral("SELECT current_user, rolsuper OR rolcreaterole FROM pg_catalog.pg_roles "
                               "WHERE rolname = current_user"),
                &err) ||
            !sql::exec(q, &err))
            return fail(tr("Cannot set up %1: cannot read the user's privileges: %2").arg(shown, err));
        if (!q.next())
            return fail(tr("Cannot set up %1: cannot read the user's privileges.").arg(shown));
        const QString user = q.value(0).toString();
        if (!q.value(1).toBool())
            return fail(
                tr("The user %1 may not create roles, and init-team-archive creates the roles %2 and %3. "
                   "Run it as the database's administrator: a role with CREATEROLE (or a superuser) that "
                   "owns the database or may create tables in it.")
                    .arg(user, writerRole(), readerRole()));
    }
    QString schemaName;
    if (!sql::scalar(db, QStringLiteral("SELECT current_schema()"), &v, &err))
        return fail(tr("Cannot set up %1: %2").arg(shown, err));
    schemaName = v.toString();
    if (schemaName.isEmpty())
        return fail(tr("Cannot set up %1: its search_path names no schema that exists.").arg(shown));
    if (!Backend::postgres().schemaVersion(db, &result.schemaBefore, &err))
        return fail(tr("Cannot set up %1: cannot read its schema version: %2").arg(shown, err));

    // Creates or migrates the schema; refuses another application's tables
    // and a newer schema with Archive's own messages.
    {
        QString openError;
        auto archive = Archive::open(uri, Archive::Access::ReadWrite, &openError);
        if (!archive)
            return fail(openError);
        if (archive->isReadOnly())
            return fail(tr("Cannot set up %1: this user may not write to the archive's tables. Run "
                           "init-team-archive as the role that owns them.")
                            .arg(shown));
        result.schemaAfter = archive->schemaVersion();
    }

    // The roles and their privileges, in one transaction.
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(&err))
        return fail(tr("Cannot set up %1: %2").arg(shown, err));
    bool createdRole = false;
    for (const QString& role : {writerRole(), readerRole()}) {
        QSqlQuery q(db);
        if (!sql::prepare(q, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"),
                          &err) ||
            !sql::exec(q, {role}, &err) || !q.next())
            return fail(tr("Cannot set up %1: %2").arg(shown, err));
        if (q.value(0).toLongLong() > 0)
            continue;
        if (!sql::execOnce(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoteIdentifier(role)), &err))
            return fail(tr("Cannot create the role %1: %2").arg(role, err));
        createdRole = true;
    }
    const QString schema = quoteIdentifier(schemaName);
    const QString writer = quoteIdentifier(writerRole());
    const QString reader = quoteIdentifier(readerRole());
    const QStringList grants{
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(schema, writer, reader),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(schema, writer),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, writer),
        QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %1 TO %2").arg(schema, writer),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, reader),
        // Tables a later version adds when this role upgrades the archive.
        QStringLiteral(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2")
            .arg(schema, writer),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE ON SEQUENCES TO %2")
            .arg(schema, writer),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
            .arg(schema, reader),
    };
    for (const QString& grant : grants) {
        if (!sql::execOnce(db, grant, &err))
            return fail(tr("Cannot grant the roles %1 and %2 their privileges on %3: %4")
                            .arg(writerRole(), readerRole(), shown, err));
    }
    if (!tx.commit(&err))
        return fail(tr("Cannot set up %1: %2").arg(shown, err));

    result.ok = true;
    result.upToDate = !createdRole && result.schemaBefore == result.schemaAfter;
    QString what;
    if (result.upToDate)
        what = tr("The team archive %1 is up to date (schema %2); the roles %3 and %4 exist and have their "
                  "privileges.")
                   .arg(shown, QString::number(result.schemaAfter), writerRole(), readerRole());
    else if (result.schemaBefore == 0)
        what = tr("Created the team archive %1 (schema %2) and the roles %3 and %4.")
                   .arg(shown, QString::number(result.schemaAfter), writerRole(), readerRole());
    else if (result.schemaBefore != result.schemaAfter)
        what = tr("Upgraded the team archive %1 from schema %2 to %3; the roles %4 and %5 have their "
                  "privileges.")
                   .arg(shown, QString::number(result.schemaBefore), QString::number(result.schemaAfter),
                        writerRole(), readerRole());
    else
        what = tr("The team archive %1 is at schema %2; created the roles %3 and %4.")
                   .arg(shown, QString::number(result.schemaAfter), writerRole(), readerRole());
    result.message =
        what + QLatin1Char('\n') +
        tr("Next, give each person a login role and one of these, for example in psql:\n"
           "  CREATE ROLE alice LOGIN;  -- with PASSWORD '...' or your server's own authentication\n"
           "  GRANT %1 TO alice;  -- reads and saves COEs\n"
           "  GRANT %2 TO bob;    -- reads only\n"
           "Each person then opens the archive with File › Open Team Archive… or "
           "hindsight --archive URI (Hindsight never stores passwords: use ~/.pgpass, PGPASSWORD or a "
           "service file, or type it when asked).")
            .arg(writerRole(), readerRole());
    return result;
}

} // namespace hindsight
