// SPDX-License-Identifier: MIT
// The commands of the light `hindsight` program (main.cpp): those
// cli::runsInLightProgram() names. The full list is ui/cli/CommandsDispatch.cpp.
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

namespace hindsight::cli {

int Commands::run(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("insights"))
        return insights(args);
    return usage(CommandLineText::tr("unknown command '%1'").arg(command));
}

} // namespace hindsight::cli
