// SPDX-License-Identifier: MIT
// Every command of the full program (hindsight-gui). The light `hindsight`
// program has its own, shorter list (app/LightCommands.cpp).
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

namespace hindsight::cli {

int Commands::run(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("import"))
        return importFiles(args);
    if (command == QLatin1String("export-json"))
        return exportJson(args);
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("check"))
        return check(args);
    if (command == QLatin1String("export"))
        return exportAny(args);
    if (command == QLatin1String("export-pdf"))
        return exportPdf(args);
    if (command == QLatin1String("export-md"))
        return exportMarkdown(args);
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("actions"))
        return actions(args);
    if (command == QLatin1String("recover"))
        return recover(args);
    if (command == QLatin1String("backup"))
        return backup(args);
    if (command == QLatin1String("copy-archive"))
        return copyArchive(args);
    if (command == QLatin1String("init-team-archive"))
        return initTeamArchive(args);
    if (command == QLatin1String("history"))
        return history(args);
    if (command == QLatin1String("diff"))
        return diff(args);
    if (command == QLatin1String("prune-versions"))
        return pruneVersions(args);
    if (command == QLatin1String("report"))
        return report(args);
    if (command == QLatin1String("status"))
        return status(args);
    if (command == QLatin1String("insights"))
        return insights(args);
    return usage(CommandLineText::tr("unknown command '%1'").arg(command));
}

} // namespace hindsight::cli
