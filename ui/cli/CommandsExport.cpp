// SPDX-License-Identifier: MIT
// Commands that export one or several COEs: PDF, review packets, Markdown, ODT, HTML.
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "exchange/CoeMarkdown.h"
#include "report/PdfExporter.h"
#include "report/ProfileExport.h"
#include "report/ReportOptions.h"
#include "report/ReportVersionStamp.h"
#include "settings/Settings.h"
#include "storage/ActionItemQuery.h"
#include "storage/CoeQuery.h"

#include <QCoreApplication>

namespace hindsight::cli {
namespace {

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

QStringList listValue(const QCommandLineParser& parser, const QString& name)
{
    QStringList out;
    for (const QString& value : parser.values(name)) {
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                out.append(item.trimmed());
        }
    }
    return out;
}

} // namespace

int Commands::exportAny(const QStringList& args)
{
    if (args.size() != 2)
        return usage(CommandLineText::tr("export takes UUID and OUT (OUT.pdf, OUT.md, OUT.odt or OUT.html)"));
    const QString out = args.at(1);
    QString error;
    report::ProfileExportRequest request;
    if (m_parser.isSet(QStringLiteral("format"))) {
        const auto format = report::ExportFormats::fromKey(m_parser.value(QStringLiteral("format")), &error);
        if (!format)
            return usage(error);
        request.format = *format;
    } else if (const auto format = report::ExportFormats::fromFileName(out)) {
        request.format = *format;
    } else {
        return usage(CommandLineText::tr("cannot tell the format of %1 from its name: give --format pdf, md, odt or html")
                         .arg(out));
    }
    const auto profile = report::ExportProfile::fromKey(m_parser.value(QStringLiteral("profile")), &error);
    if (!profile)
        return usage(error);
    request.profile = *profile;
    if (!reportOptions(m_parser, &request.options, &error))
        return usage(error);
    if (m_parser.isSet(QStringLiteral("sections"))) {
        // --sections narrows the profile's sections; it cannot add one the profile leaves out.
        QList<report::Section> sections;
        for (report::Section s : std::as_const(request.options.sections)) {
            if (request.profile.sections.contains(s))
                sections.append(s);
        }
        if (sections.isEmpty())
            return usage(CommandLineText::tr("none of the sections given is in the profile %1").arg(profile->key()));
        request.profile.sections = sections;
    }
    // Without the options, the lists last given in the Export dialog (Settings).
    request.redaction.hostPatterns = m_parser.isSet(QStringLiteral("redact-hosts"))
                                         ? listValue(m_parser, QStringLiteral("redact-hosts"))
                                         : Settings::instance()->redactHostPatterns();
    request.redaction.internalDomains = m_parser.isSet(QStringLiteral("internal-domains"))
                                            ? listValue(m_parser, QStringLiteral("internal-domains"))
                                            : Settings::instance()->internalDomains();

    int code = Success;
    const std::optional<Coe> coe = loadCoe(args.at(0), &code);
    if (!coe)
        return code;
    if (request.profile.redact) {
        // Names found in text are looked for among every owner the archive knows.
        if (Archive* a = archive(false)) {
            request.redaction.knownNames = CoeCatalog(*a).owners() + ActionItemCatalog(*a).owners();
        }
    }
    // The title block's version and approval (PDF, ODT, HTML); without them when the versions cannot be read.
    if (Archive* a = archive(false)) {
        if (const auto stamp = report::ReportVersionStamp::read(*a, *coe))
            request.options.versionStamps.insert(coe->uuid, *stamp);
    }
    const report::ProfileExportResult result = report::ProfileExport::exportCoe(*coe, out, request);
    for (const QString& note : result.notes)
        printError(note);
    if (!result.ok) {
        printError(result.error);
        return BadInput;
    }
    return Success;
}

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
    if (Archive* a = archive(false)) // the title block's version and approval
        report::ReportVersionStamp::fill(*a, coes, &options);
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
    std::optional<report::VersionStamp> stamp; // the title block's version and approval
    if (Archive* a = archive(false))
        stamp = report::ReportVersionStamp::read(*a, *coe);
    if (!exchange::CoeMarkdown::writeFile(*coe, args.at(1), &error, report::ReportOptions::allSections(), stamp)) {
        printError(error);
        return BadInput;
    }
    return Success;
}

} // namespace hindsight::cli
