// SPDX-License-Identifier: MIT
// Commands over the whole archive: search and action items.
#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace hindsight::cli {

int Commands::search(const QStringList&)
{
    printError(QCoreApplication::translate("CommandLine", "search is not available in this build"));
    return BadUsage;
}

int Commands::actions(const QStringList&)
{
    printError(QCoreApplication::translate("CommandLine", "actions is not available in this build"));
    return BadUsage;
}

} // namespace hindsight::cli
