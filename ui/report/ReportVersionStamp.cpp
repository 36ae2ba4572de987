// SPDX-License-Identifier: MIT
#include "report/ReportVersionStamp.h"

#include "storage/CoeApproval.h"
#include "storage/CoeVersions.h"

namespace hindsight::report {

std::optional<VersionStamp> ReportVersionStamp::read(Archive& archive, const Coe& coe, bool unsaved,
                                                     QString* error)
{
    CoeVersions versions(archive);
    QString err;
    const QList<CoeVersionInfo> list = versions.list(coe.uuid, &err);
    if (list.isEmpty()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    VersionStamp stamp;
    stamp.version = list.last().number;
    stamp.laterChanges = unsaved;
    if (!unsaved) {
        const std::optional<Coe> newest = versions.load(coe.uuid, stamp.version, &err);
        if (!newest) {
            if (error)
                *error = err;
            return std::nullopt;
        }
        Coe compared = *newest;
        compared.revision = coe.revision;
        stamp.laterChanges = !compared.sameContent(coe);
    }
    if (const std::optional<CoeVersionInfo> approved = CoeApproval::approvedVersion(coe, list)) {
        stamp.approvedVersion = approved->number;
        stamp.approvedBy = approved->author;
        stamp.approvedAt = approved->at;
        // The review record names the approver (the version's author is who saved it).
        if (const std::optional<Coe> document = versions.load(coe.uuid, approved->number, &err)) {
            if (!document->review.approvedBy.trimmed().isEmpty())
                stamp.approvedBy = document->review.approvedBy;
            if (document->review.approvedAt.isValid())
                stamp.approvedAt = document->review.approvedAt;
        }
    }
    return stamp;
}

void ReportVersionStamp::fill(Archive& archive, const QList<Coe>& coes, ReportOptions* options,
                              QString* error)
{
    for (const Coe& coe : coes) {
        QString err;
        if (const std::optional<VersionStamp> stamp = read(archive, coe, false, &err))
            options->versionStamps.insert(coe.uuid, *stamp);
        else if (error && error->isEmpty())
            *error = err;
    }
}

} // namespace hindsight::report
