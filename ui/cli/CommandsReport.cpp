// SPDX-License-Identifier: MIT
// `report`: the quarterly learning report as a PDF (issue #14), the same
// document as File › Learning Report… in the window.
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "insights/Insights.h"
#include "report/LearningReport.h"
#include "report/PdfExporter.h"
#include "settings/Settings.h"
#include "storage/ActionItemQuery.h"
#include "storage/Archive.h"

#include <QDir>

namespace hindsight::cli {

// report OUT.pdf [--from DATE] [--to DATE] [--paper a4|letter] and the filters
// of insights. The figures of the period, their charts as vectors, the COEs,
// repeat incidents, the factor Pareto and the overdue action items by owner.
int Commands::report(const QStringList& args)
{
    if (args.size() != 1)
        return usage(CommandLineText::tr("report takes the PDF file to write: report OUT.pdf [--from DATE] [--to DATE]"));
    insights::InsightsFilter filter;
    int exitCode = Success;
    if (!insightsFilter(&filter, &exitCode))
        return exitCode;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usage(CommandLineText::tr("--from must be on or before --to"));
    report::LearningReportOptions options;
    switch (Settings::instance()->paperSize()) {
    case Settings::PaperSize::A4:
        options.paper = report::PaperSize::A4;
        break;
    case Settings::PaperSize::Letter:
        options.paper = report::PaperSize::Letter;
        break;
    default:
        options.paper = report::ReportOptions::defaultPaperSize();
        break;
    }
    if (m_parser.isSet(QStringLiteral("paper"))) {
        QString error;
        const auto paper = report::ReportOptions::parsePaper(m_parser.value(QStringLiteral("paper")), &error);
        if (!paper)
            return usage(error);
        options.paper = *paper;
    }
    Archive* a = archive(false);
    if (!a)
        return BadInput;
    insights::InsightsFacts facts;
    QString error;
    if (!insights::loadInsightsFacts(*a, &facts, &error)) {
        printError(error);
        explainDamage();
        return BadInput;
    }
    options.archiveName = a->path();
    options.zone = Settings::instance()->displayTimeZone();
    const QDate today = localToday(options.zone);
    const insights::Insights figures = insights::computeInsights(facts, filter, today);
    const QString path = args.first();
    const report::PdfExportResult result = report::PdfExporter::exportDocument(
        [&] { return report::LearningReport::build(facts, figures, options); }, path,
        report::LearningReport::tr("Learning report %1").arg(report::LearningReport::rangeText(filter)), options.paper);
    if (!result.ok) {
        printError(result.error);
        return BadInput;
    }
    printOut(CommandLineText::tr("The learning report of %n COE(s) written to %1", nullptr, int(figures.coes.size()))
                 .arg(QDir::toNativeSeparators(path))
             + QLatin1Char(' ') + CommandLineText::tr("(%n page(s))", nullptr, result.pages) + QLatin1Char('\n'));
    return Success;
}

} // namespace hindsight::cli
