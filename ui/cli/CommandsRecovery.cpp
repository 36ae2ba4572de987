// SPDX-License-Identifier: MIT
// Commands that keep the archive safe: backup and recover.
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "storage/Archive.h"
#include "storage/ArchiveRecovery.h"

#include <QCoreApplication>
#include <QDir>

namespace hindsight::cli {


// A consistent copy of the archive (VACUUM INTO) in OUT, which must not exist.
int Commands::backup(const QStringList& args)
{
    if (args.size() != 1)
        return usage(CommandLineText::tr("backup takes OUT.sqlite, a file that does not exist yet"));
    Archive* a = archive(false);
    if (!a)
        return BadInput;
    QString error;
    if (!a->backupTo(args.first(), &error)) {
        printError(error);
        return BadInput;
    }
    printOut(CommandLineText::tr("Backed up %1 to %2\n")
                 .arg(QDir::toNativeSeparators(a->path()), QDir::toNativeSeparators(args.first())));
    return Success;
}

// Copies every COE that can still be read from DAMAGED into the new archive
// NEW; DAMAGED is only read. Exit 0 when every COE was recovered, 1 when some
// could not be (the rest are written all the same).
int Commands::recover(const QStringList& args)
{
    if (args.size() != 2)
        return usage(CommandLineText::tr("recover takes DAMAGED.sqlite and NEW.sqlite (a file that does not exist yet)"));
    const RecoveryReport report = ArchiveRecovery::recover(args.at(0), args.at(1));
    if (!report.error.isEmpty()) {
        printError(report.error);
        return BadInput;
    }
    for (const RecoveryReport::Lost& lost : report.lost)
        printError(CommandLineText::tr("could not recover %1: %2").arg(ArchiveRecovery::describe(lost), lost.reason));
    printOut(QCoreApplication::translate("CommandLine", "Recovered %n COE(s) into %1", nullptr,
                                         int(report.recovered.size()))
                 .arg(QDir::toNativeSeparators(args.at(1))) +
             (report.lost.isEmpty() ? QString()
                                    : QCoreApplication::translate("CommandLine", "; %n could not be read",
                                                                  nullptr, int(report.lost.size()))) +
             QLatin1Char('\n'));
    return report.lost.isEmpty() ? Success : BadInput;
}

} // namespace hindsight::cli
