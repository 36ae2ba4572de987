// SPDX-License-Identifier: MIT
#include "report/ProfileExport.h"

#include "exchange/CoeMarkdown.h"
#include "report/CoeReport.h"
#include "report/PdfExporter.h"
#include "report/ReportHtml.h"
#include "report/ReportOdt.h"

namespace hindsight::report {

ProfileExportResult ProfileExport::exportCoe(const Coe& coe, const QString& path,
                                             const ProfileExportRequest& request)
{
    RedactionOptions redaction = request.redaction;
    redaction.teamNames += request.options.teamNames;
    const PreparedExport prepared = ExportPreparation::prepare(coe, request.profile, redaction, request.kept);
    ReportOptions options = request.options;
    options.sections = prepared.sections;
    options.reviewAppendix = prepared.reviewAppendix;
    options.reviewRecord = prepared.reviewRecord;
    if (!request.profile.names || request.profile.redact) {
        for (VersionStamp& stamp : options.versionStamps) // the approver is a person
            stamp.approvedBy.clear();
    }

    ProfileExportResult result;
    result.replacements = prepared.replacements;
    result.notes = prepared.notes;
    switch (request.format) {
    case ExportFormat::Pdf: {
        const PdfExportResult pdf = PdfExporter::exportCoe(prepared.coe, path, options);
        result.ok = pdf.ok;
        result.error = pdf.error;
        break;
    }
    case ExportFormat::Markdown: {
        const auto stamp = options.versionStamps.constFind(coe.uuid);
        result.ok = exchange::CoeMarkdown::writeFile(
            prepared.coe, path, &result.error, prepared.sections,
            stamp != options.versionStamps.constEnd() ? std::optional<VersionStamp>(*stamp) : std::nullopt);
        break;
    }
    case ExportFormat::Odt: {
        const auto doc = CoeReport::build(prepared.coe, options);
        result.ok = ReportOdt::writeFile(*doc, path, &result.error);
        break;
    }
    case ExportFormat::Html: {
        const auto doc = CoeReport::build(prepared.coe, options);
        result.ok = ReportHtml::writeFile(*doc, path, &result.error);
        break;
    }
    }
    return result;
}

} // namespace hindsight::report
