// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "report/ExportProfile.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace hindsight::report {

// One COE exported for an audience in one format: the profile is applied to
// a copy (ExportPreparation), then the copy is written as PDF, Markdown, ODT
// or HTML, each atomically. The command line and File › Export… share it.
struct ProfileExportRequest
{
    ExportFormat format = ExportFormat::Pdf;
    ExportProfile profile;
    RedactionOptions redaction;
    QSet<QString> kept;    // Replacement::key()s to leave as written
    ReportOptions options; // paper, gap threshold, team names; sections and appendix come from the profile
};

struct ProfileExportResult
{
    bool ok = false;
    QString error; // translated
    QList<Replacement> replacements;
    QStringList notes;
};

class ProfileExport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExport)
public:
    static ProfileExportResult exportCoe(const Coe& coe, const QString& path,
                                         const ProfileExportRequest& request);
};

} // namespace hindsight::report
