// SPDX-License-Identifier: MIT
// Commands that export or query beyond the foundation; filled in as the
// report and archive-browser features land.
#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace hindsight::cli {

int Commands::exportPdf(const QStringList&)
{
    printError(QCoreApplication::translate("CommandLine", "export-pdf is not available in this build"));
    return BadUsage;
}

int Commands::exportMarkdown(const QStringList&)
{
    printError(QCoreApplication::translate("CommandLine", "export-md is not available in this build"));
    return BadUsage;
}

} // namespace hindsight::cli
