// SPDX-License-Identifier: MIT
// init-team-archive: a team archive's schema and roles in a PostgreSQL database.
#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include "storage/TeamArchive.h"

#include <QCoreApplication>

namespace hindsight::cli {

// Creates or migrates the archive in the database URI names and the roles
// hindsight_writer and hindsight_reader (TeamArchive::initialize), then says
// what the administrator does next. Exit 0 when done or already up to date,
// 1 when refused or failed, 2 on a usage error.
int Commands::initTeamArchive(const QStringList& args)
{
    if (args.size() != 1)
        return usage(QCoreApplication::translate(
            "CommandLine",
            "init-team-archive takes one PostgreSQL URI (postgresql://user@host:5432/database)"));
    if (m_parser.isSet(QStringLiteral("archive")))
        return usage(QCoreApplication::translate(
            "CommandLine", "init-team-archive names its database itself: URI, not --archive"));
    const TeamArchive::Result result = TeamArchive::initialize(args.at(0));
    if (!result.ok) {
        printError(result.message);
        return BadInput;
    }
    printOut(result.message + QLatin1Char('\n'));
    return Success;
}

} // namespace hindsight::cli
