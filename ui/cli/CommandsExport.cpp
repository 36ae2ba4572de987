// SPDX-License-Identifier: MIT
// Commands that export one or several COEs: PDF, review packets, Markdown.
#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include "exchange/CoeMarkdown.h"
#include "report/PdfExporter.h"
#include "report/ReportOptions.h"
#include "settings/Settings.h"

#include <QCoreApplication>

namespace hindsight::cli {
namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The paper size and gap threshold from the settings, then the command line.
bool reportOptions(const QCommandLineParser& parser, report::ReportOptions* options, QString* error)
{
    const Settings* settings = Settings::instance();
    options->gapMinutes = settings->gapThresholdMinutes();
    options->teamNames = settings->teamNames();
    switch (settings->paperSize()) {
    case Settings::PaperSize::A4:
        options->paper = report::PaperSize::A4;
        break;
    case Settings::PaperSize::Letter:
        options->paper = report::PaperSize::Letter;
        break;
    default:
        options->paper = report::ReportOptions::defaultPaperSize();
        break;
    }
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = report::ReportOptions::parsePaper(parser.value(QStringLiteral("paper")), error);
        if (!paper)
            return false;
        options->paper = *paper;
    }
    if (parser.isSet(QStringLiteral("sections"))) {
        options->sections = report::ReportOptions::parseSections(parser.value(QStringLiteral("sections")), error);
        if (options->sections.isEmpty())
            return false;
    }
    return true;
}

} // namespace

int Commands::exportPdf(const QStringList& args)
{
    const bool packet = m_parser.isSet(QStringLiteral("packet"));
    if (packet ? args.isEmpty() : args.size() != 2)
        return usage(packet ? CommandLineText::tr("export-pdf --packet OUT.pdf takes one or more UUIDs")
                            : CommandLineText::tr("export-pdf takes UUID and OUT.pdf (or several UUIDs with --packet OUT.pdf)"));
    report::ReportOptions options;
    QString error;
    if (!reportOptions(m_parser, &options, &error))
        return usage(error);

    const QStringList uuids = packet ? args : args.mid(0, 1);
    const QString out = packet ? m_parser.value(QStringLiteral("packet")) : args.at(1);
    QList<Coe> coes;
    for (const QString& uuid : uuids) {
        int code = Success;
        std::optional<Coe> coe = loadCoe(uuid, &code);
        if (!coe)
            return code;
        coes.append(std::move(*coe));
    }
    const report::PdfExportResult result = packet ? report::PdfExporter::exportPacket(coes, out, options)
                                                  : report::PdfExporter::exportCoe(coes.first(), out, options);
    if (!result.ok) {
        printError(result.error);
        return BadInput;
    }
    return Success;
}

int Commands::exportMarkdown(const QStringList& args)
{
    if (args.size() != 2)
        return usage(CommandLineText::tr("export-md takes UUID and OUT.md"));
    int code = Success;
    const std::optional<Coe> coe = loadCoe(args.at(0), &code);
    if (!coe)
        return code;
    QString error;
    if (!exchange::CoeMarkdown::writeFile(*coe, args.at(1), &error)) {
        printError(error);
        return BadInput;
    }
    return Success;
}

} // namespace hindsight::cli
