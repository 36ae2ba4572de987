// SPDX-License-Identifier: MIT
// Opening an archive on a PostgreSQL server (Archive::openServer).
#include "Archive.h"

#include "ArchiveLocation.h"
#include "ArchivePrivate.h"
#include "Backend.h"
#include "FullTextIndex.h"
#include "Schema.h"
#include "ServerConnection.h"
#include "SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hindsight {

using namespace archive_detail;

namespace {

const QString kPostgresDriver = QStringLiteral("QPSQL");

bool hasPrivilege(const QSqlDatabase& db, const QString& privilege, bool* has, QString* error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, QStringLiteral("SELECT has_table_privilege('coes', ?) AND has_table_privilege('coe_summary', ?)"),
                      error)
        || !sql::exec(q, {privilege, privilege}, error) || !q.next())
        return false;
    *has = q.value(0).toBool();
    return true;
}

} // namespace

std::unique_ptr<Archive> Archive::openServer(const ArchiveLocation& location, Access access, QString* error)
{
    auto fail = [error](const QString& message) -> std::unique_ptr<Archive> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!QSqlDatabase::isDriverAvailable(kPostgresDriver))
        return fail(tr("Cannot open a PostgreSQL archive: the Qt PostgreSQL driver (QPSQL) is not available."));
    Connection connection("archive", kPostgresDriver);
    QSqlDatabase db = connection.database();
    // libpq's keywords from the URI (QPSQL does not read a URI itself).
    location.configure(db);
    const QString shownUri = location.displayText(); // never the password
    QString err;
    if (!db.open())
        return fail(tr("Cannot connect to the PostgreSQL server of %1: %2")
                        .arg(shownUri, db.lastError().text().trimmed()));
    auto failSql = [&](const QString& what) { return fail(tr("Cannot open %1: %2: %3").arg(shownUri, what, err)); };
    if (!sql::execOnce(db, QStringLiteral("SET client_min_messages = warning"), &err))
        return failSql(tr("cannot configure the connection"));

    // What the database is, read without writing anything.
    const Backend& backend = Backend::postgres();
    QVariant v;
    if (!sql::scalar(db,
                     QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                                    "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                                    "AND c.relkind IN ('r', 'v', 'p')"),
                     &v, &err))
        return failSql(tr("cannot read its header"));
    const qint64 tables = v.toLongLong();
    int version = 0;
    if (!backend.schemaVersion(db, &version, &err))
        return failSql(tr("cannot read its schema version"));
    if (version == 0 && tables > 0)
        return fail(tr("%1 is not a Hindsight archive: the database holds the tables of another application.")
                        .arg(shownUri));
    if (version > 0) {
        if (!sql::scalar(db, QStringLiteral("SELECT application FROM schema_version"), &v, &err))
            return failSql(tr("cannot read its header"));
        Identity identity;
        identity.applicationId = v.toLongLong();
        identity.userVersion = version;
        identity.schemaObjects = tables;
        const QString refusal = refusalFor(identity, shownUri);
        if (!refusal.isEmpty())
            return fail(refusal);
    }

    bool readOnly = access == Access::ReadOnly;
    bool fallback = false;
    QString readOnlyMessage;
    if (!readOnly) {
        bool may = true;
        if (version > 0) {
            bool insert = false, update = false, remove = false;
            if (!hasPrivilege(db, QStringLiteral("INSERT"), &insert, &err)
                || !hasPrivilege(db, QStringLiteral("UPDATE"), &update, &err)
                || !hasPrivilege(db, QStringLiteral("DELETE"), &remove, &err))
                return failSql(tr("cannot read its privileges"));
            may = insert && update && remove;
        } else {
            if (!sql::scalar(db, QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"), &v, &err))
                return failSql(tr("cannot read its privileges"));
            if (!v.toBool())
                return fail(tr("%1 is an empty database, not yet a Hindsight archive, and this user may not create "
                               "tables in it.")
                                .arg(shownUri));
        }
        if (!may) {
            readOnly = fallback = true;
            readOnlyMessage = tr("The user of %1 may not write to this archive, so it was opened read-only: you can "
                                 "read and export its COEs but not save changes.")
                                  .arg(shownUri);
        }
    }
    if (readOnly && readOnlyMessage.isEmpty())
        readOnlyMessage = tr("%1 was opened read-only.").arg(shownUri);
    if (readOnly && version == 0)
        return fail(tr("%1 is an empty database, not yet a Hindsight archive, and it is opened read-only.")
                        .arg(shownUri));
    if (readOnly && version < schema::currentVersion())
        return fail(tr("%1 was made by an older version of Hindsight (schema %2) and must be upgraded to "
                       "schema %3, which cannot be done read-only.")
                        .arg(shownUri, QString::number(version), QString::number(schema::currentVersion())));
    if (readOnly) {
        if (!sql::execOnce(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), &err))
            return failSql(tr("cannot configure the connection"));
    } else if (!schema::migrate(db, &err)) {
        return fail(tr("Cannot open %1: %2").arg(shownUri, err));
    }
    if (!backend.schemaVersion(db, &version, &err))
        return failSql(tr("cannot read its schema version"));
    if (!readOnly) {
        // A copy-archive stopped before it built the full-text indexes again
        // (Backend::beginBulkLoad) left them out, and may have left its last
        // COEs without their search rows (FullTextBackfill): both now.
        if (sql::scalar(db,
                        QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                                       "AND indexname IN ('coe_search_document', 'coe_search_pairs_even', "
                                       "'coe_search_pairs_odd')"),
                        &v, &err)
            && v.toInt() < 3) {
            QString ignored; // a role that may not build them still reads and writes correctly
            fulltext::repair(db, &ignored);
            backend.finishBulkLoad(db, &ignored);
        }
    }

    // A dropped connection is made again with the same session (ServerConnection.h).
    QStringList session{QStringLiteral("SET client_min_messages = warning")};
    if (readOnly)
        session << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    sql::setSessionSetup(db, session);

    std::unique_ptr<Archive> archive(new Archive);
    archive->d = std::make_unique<Private>();
    archive->d->path = shownUri;
    archive->d->location = location.uri();
    archive->d->server = true;
    archive->d->readOnly = readOnly;
    archive->d->fallback = fallback;
    archive->d->readOnlyMessage = readOnly ? readOnlyMessage : QString();
    archive->d->schemaVersion = version;
    archive->d->connectionName = connection.release();
    archive->d->checked = true; // the server keeps its own storage sound
    if (error)
        error->clear();
    return archive;
}

} // namespace hindsight
