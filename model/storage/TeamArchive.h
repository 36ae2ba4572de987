// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// Setting up a team archive on a PostgreSQL server (hindsight init-team-archive).
namespace hindsight {

class TeamArchive
{
    Q_DECLARE_TR_FUNCTIONS(TeamArchive)
public:
    // The group roles (NOLOGIN) an administrator grants to people.
    static QString writerRole(); // hindsight_writer: reads and saves COEs
    static QString readerRole(); // hindsight_reader: reads only

    struct Result
    {
        bool ok = false;
        bool upToDate = false; // nothing was created or migrated
        int schemaBefore = 0;  // 0: the database held no archive
        int schemaAfter = 0;
        QString message; // for the user: what was done and what to do next, or why not
    };

    // In the existing database (and schema: the URI's search_path, else
    // public) `uri` names: creates or migrates the archive's schema, creates
    // the two roles when missing and grants them what they need on the
    // archive's tables, sequences and trigger functions. Idempotent. Refuses
    // a file path, a database holding another application's tables, and a
    // user who may not create roles. Passwords: the URI's, ~/.pgpass,
    // PGPASSWORD or the service file (libpq's own order).
    static Result initialize(const QString& uri);

    // `name` as a PostgreSQL identifier: in double quotes, a quote doubled.
    static QString quoteIdentifier(const QString& name);
};

} // namespace hindsight
