// SPDX-License-Identifier: MIT
// `status UUID draft|in_review|approved|closed [--by NAME] [--force]`: the
// editor's status change from the command line (document/StatusChange.h).
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "document/StatusChange.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "templates/CheckRequirements.h"

namespace hindsight::cli {

int Commands::status(const QStringList& args)
{
    if (args.size() != 2)
        return usage(CommandLineText::tr("status takes UUID and draft, in_review, approved or closed"));
    const QUuid uuid = QUuid::fromString(args.at(0));
    if (uuid.isNull())
        return usage(CommandLineText::tr("'%1' is not a uuid").arg(args.at(0)));
    const std::optional<Status> to = enumFromString<Status>(args.at(1));
    if (!to)
        return usage(CommandLineText::tr("'%1' is not a status: draft, in_review, approved or closed").arg(args.at(1)));
    Settings* settings = Settings::instance();
    StatusChangeRequest request;
    request.to = *to;
    request.confirmedDespiteErrors = m_parser.isSet(QStringLiteral("force"));
    request.checkOptions = templates::checkOptions(*settings);
    const bool byGiven = m_parser.isSet(QStringLiteral("by"));
    request.approver = byGiven ? m_parser.value(QStringLiteral("by")).trimmed() : settings->approverName();
    if (*to == Status::Approved && request.approver.isEmpty())
        return usage(byGiven ? CommandLineText::tr("--by takes the approver's name")
                             : CommandLineText::tr("approved needs the approver's name: --by NAME"));
    // The name given is remembered, also when the check refuses the
    // approval (a retry with --force need not repeat it).
    if (*to == Status::Approved && byGiven)
        settings->setApproverName(request.approver);
    Archive* a = archive(true);
    if (!a)
        return BadInput;
    const StatusChangeOutcome outcome = StatusChange::apply(*a, uuid, request);
    const QString uuidText = uuid.toString(QUuid::WithoutBraces);
    switch (outcome.result) {
    case StatusChangeOutcome::Result::Unchanged:
        printOut(CommandLineText::tr("%1 is already %2; nothing was changed\n").arg(uuidText, toString(*to)));
        return Success;
    case StatusChangeOutcome::Result::RefusedByCheck: {
        QString text = CommandLineText::tr("%1 was not approved: the review check finds %n error(s) (--force approves it "
                                           "anyway, and says so in its history):",
                                           nullptr, int(outcome.errors.size()))
                           .arg(uuidText);
        for (const analysis::Finding& f : outcome.errors)
            text += QStringLiteral("\n  ") + f.id + QStringLiteral(": ") + oneLine(f.message);
        printError(text);
        return BadInput;
    }
    case StatusChangeOutcome::Result::Failed:
        printError(outcome.message);
        explainDamage();
        return BadInput;
    case StatusChangeOutcome::Result::Changed:
        break;
    }
    printOut(CommandLineText::tr("%1: %2 -> %3, version %4: %5\n")
                 .arg(uuidText, toString(outcome.from), toString(*to), QString::number(outcome.version),
                      oneLine(outcome.summary)));
    return Success;
}

} // namespace hindsight::cli
