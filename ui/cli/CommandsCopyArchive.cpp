// SPDX-License-Identifier: MIT
// copy-archive: every COE of one archive into another, then both compared.
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "exchange/ArchiveCopy.h"
#include "exchange/CoeImporter.h"
#include "settings/Settings.h"
#include "storage/ArchiveLocation.h"

#include <QCoreApplication>

namespace hindsight::cli {


// Copies every COE of FROM (the Trash and images included) into TO, then
// compares both sides COE by COE (the exported JSON of each must be identical)
// and prints the counts. FROM is opened read-only; TO is created when it does
// not exist. A TO that holds COEs is refused unless --merge; then a uuid in
// both follows --on-conflict (fail: the target's COE stays and the command
// exits 1; replace; copy). Exit 0 when everything was copied and verified,
// 1 on a refusal, a conflict left, a COE that could not be copied or a
// difference found, 2 on a usage error.
int Commands::copyArchive(const QStringList& args)
{
    if (args.size() != 2)
        return usage(
            CommandLineText::tr("copy-archive takes FROM and TO (an archive that is new or empty, or any with --merge)"));
    if (m_parser.isSet(QStringLiteral("archive")))
        return usage(CommandLineText::tr("copy-archive names both archives itself: FROM and TO, not --archive"));
    const auto policy = exchange::conflictPolicyFromString(m_parser.value(QStringLiteral("on-conflict")));
    if (!policy)
        return usage(CommandLineText::tr("--on-conflict takes fail, replace or copy"));
    if (m_parser.isSet(QStringLiteral("on-conflict")) && !m_parser.isSet(QStringLiteral("merge")))
        return usage(CommandLineText::tr("--on-conflict applies to copy-archive only with --merge"));
    exchange::ArchiveCopyOptions options;
    options.merge = m_parser.isSet(QStringLiteral("merge"));
    options.onConflict = *policy;
    options.targetBackups = {Settings::instance()->backupsToKeep(), Settings::instance()->displayTimeZone()};
    const QString& from = args.at(0);
    const QString& to = args.at(1);
    const exchange::ArchiveCopyReport report = exchange::ArchiveCopy::copy(from, to, options);
    using Outcome = exchange::ArchiveCopyReport::Outcome;
    switch (report.outcome) {
    case Outcome::Refused:
        printError(report.error);
        return BadInput;
    case Outcome::TargetNotEmpty:
        printError(report.error +
                   CommandLineText::tr(" Use --merge to copy into it (--on-conflict fail|replace|copy decides about a uuid "
                      "both archives hold)."));
        return BadInput;
    case Outcome::Done:
    case Outcome::Cancelled:
    case Outcome::Failed:
    case Outcome::Different:
        break;
    }
    for (const auto& item : report.problems)
        printError(CommandLineText::tr("not copied: %1: %2").arg(exchange::ArchiveCopy::describe(item), item.detail));
    for (const auto& item : report.conflicts)
        printError(CommandLineText::tr("conflict: %1 differs in %2 (at %3) and was left as it is there")
                       .arg(exchange::ArchiveCopy::describe(item), ArchiveLocation::displayTextOf(to), item.detail));
    for (const auto& item : report.differences)
        printError(
            CommandLineText::tr("differs after the copy: %1: %2").arg(exchange::ArchiveCopy::describe(item), item.detail));
    if (!report.error.isEmpty())
        printError(report.error);
    printOut(exchange::ArchiveCopy::summary(report, from, to) + QLatin1Char('\n'));
    return report.ok() ? Success : BadInput;
}

} // namespace hindsight::cli
