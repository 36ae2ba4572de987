// SPDX-License-Identifier: MIT
// Commands on one COE document: import, export-json and check.
#include "cli/Commands.h"

#include "analysis/CheckReport.h"
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "exchange/CoeImporter.h"
#include "exchange/CoeJson.h"
#include "settings/Settings.h"
#include "templates/CheckRequirements.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace hindsight::cli {

int Commands::importFiles(const QStringList& args)
{
    if (args.isEmpty())
        return usage(CommandLineText::tr("import needs at least one FILE.coe.json"));
    const auto policy = exchange::conflictPolicyFromString(m_parser.value(QStringLiteral("on-conflict")));
    if (!policy)
        return usage(CommandLineText::tr("--on-conflict takes fail, replace or copy"));
    Archive* a = archive(true);
    if (!a)
        return BadInput;
    CoeRepository repository(*a);
    int status = Success;
    for (const QString& file : args) {
        const exchange::ImportOutcome outcome = exchange::importFile(repository, file, *policy);
        for (const auto& w : outcome.warnings)
            printError(CommandLineText::tr("warning: %1").arg(w.toString(file)));
        if (outcome.stored()) {
            printOut(outcome.message + QLatin1Char('\n'));
            continue;
        }
        status = BadInput;
        if (outcome.errors.isEmpty())
            printError(outcome.message);
        for (const auto& e : outcome.errors)
            printError(e.toString(file));
        if (!outcome.errors.isEmpty())
            printError(CommandLineText::tr("%1: nothing imported").arg(file));
    }
    return status;
}

int Commands::exportJson(const QStringList& args)
{
    if (args.size() != 2)
        return usage(CommandLineText::tr("export-json takes UUID and OUT.coe.json (or - for standard output)"));
    int code = Success;
    std::optional<Coe> coe;
    if (m_parser.isSet(QStringLiteral("coe-version"))) { // --version N (CommandLine.cpp renames it)
        bool ok = false;
        const int number = m_parser.value(QStringLiteral("coe-version")).toInt(&ok);
        if (!ok || number < 1)
            return usage(CommandLineText::tr("--version takes a version number (1, 2, ...; see history)"));
        coe = loadVersion(args.at(0), number, &code);
    } else {
        coe = loadCoe(args.at(0), &code);
    }
    if (!coe)
        return code;
    if (args.at(1) == QLatin1String("-")) {
        printOut(QString::fromUtf8(exchange::CoeJson::write(*coe)));
        return Success;
    }
    QString error;
    if (!exchange::CoeJson::writeFile(*coe, args.at(1), &error)) {
        printError(error);
        return BadInput;
    }
    return Success;
}

int Commands::check(const QStringList& args)
{
    if (args.size() != 1)
        return usage(CommandLineText::tr("check takes one UUID or FILE.coe.json"));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(CommandLineText::tr("--format takes text or json"));
    // The editor's review preferences (gap threshold, action SLA, names
    // marked as teams), so `check` finds what the editor's review panel does.
    analysis::CheckOptions options = templates::checkOptions(*Settings::instance());
    if (m_parser.isSet(QStringLiteral("gap-minutes"))) {
        bool ok = false;
        options.gapMinutes = m_parser.value(QStringLiteral("gap-minutes")).toInt(&ok);
        if (!ok || options.gapMinutes < 1)
            return usage(CommandLineText::tr("--gap-minutes takes a whole number of minutes, 1 or more"));
    }
    Coe coe;
    const QString& target = args.first();
    if (!QUuid::fromString(target).isNull() && !QFileInfo::exists(target)) {
        int code = Success;
        std::optional<Coe> loaded = loadCoe(target, &code);
        if (!loaded) // the archive itself refused (missing, empty, damaged): 1, like every command
            return code == BadUsage ? BadUsage : (m_archive ? Unreadable : BadInput);
        coe = std::move(*loaded);
    } else {
        exchange::JsonReadResult read = exchange::CoeJson::readFile(target);
        if (!read.ok()) {
            for (const auto& e : read.errors)
                printError(e.toString(target));
            return Unreadable;
        }
        for (const auto& w : read.warnings)
            printError(CommandLineText::tr("warning: %1").arg(w.toString(target)));
        coe = std::move(read.coe);
    }
    const analysis::CheckReport report = analysis::makeCheckReport(coe, options);
    printOut(format == QLatin1String("json") ? QString::fromUtf8(analysis::checkReportJsonBytes(report))
                                             : analysis::checkReportText(report));
    return analysis::hasErrors(report.findings) ? BadInput : Success;
}

} // namespace hindsight::cli
