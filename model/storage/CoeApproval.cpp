// SPDX-License-Identifier: MIT
#include "storage/CoeApproval.h"

namespace hindsight {

std::optional<CoeVersionInfo> CoeApproval::approvedVersion(const Coe& current,
                                                           const QList<CoeVersionInfo>& versions)
{
    std::optional<CoeVersionInfo> newest;
    for (const CoeVersionInfo& v : versions) {
        if (!v.approved)
            continue;
        if (current.review.approvedVersion && v.number == *current.review.approvedVersion)
            return v;
        if (!newest || v.number > newest->number)
            newest = v;
    }
    return newest;
}

std::optional<CoeApproval> CoeApproval::read(Archive& archive, const Coe& current, QString* error)
{
    if (error)
        error->clear();
    CoeVersions versions(archive);
    QString err;
    const QList<CoeVersionInfo> list = versions.list(current.uuid, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    const std::optional<CoeVersionInfo> approved = approvedVersion(current, list);
    if (!approved)
        return std::nullopt;
    std::optional<Coe> document = versions.load(current.uuid, approved->number, &err);
    if (!document) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    CoeApproval out;
    out.version = *approved;
    out.document = std::move(*document);
    const Review& review = out.document.review;
    out.approvedBy = review.approvedBy.trimmed().isEmpty() ? approved->author : review.approvedBy;
    out.approvedAt = review.approvedAt.isValid() ? review.approvedAt : approved->at;
    return out;
}

bool CoeApproval::changedIn(const Coe& current) const
{
    Coe compared = document;
    compared.uuid = current.uuid;
    compared.status = current.status;
    compared.revision = current.revision;
    compared.updatedAt = current.updatedAt;
    compared.review = current.review;
    return !compared.sameContent(current);
}

} // namespace hindsight
