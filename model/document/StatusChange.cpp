// SPDX-License-Identifier: MIT
#include "document/StatusChange.h"

#include "analysis/CheckReport.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

namespace hindsight {

StatusChangeOutcome StatusChange::apply(Archive& archive, const QUuid& uuid, const StatusChangeRequest& request)
{
    StatusChangeOutcome out;
    CoeRepository repository(archive);
    QString error;
    std::optional<Coe> coe = repository.load(uuid, &error);
    if (!coe) {
        out.message = error.isEmpty() ? tr("No COE with uuid %1 is in the archive.").arg(uuid.toString(QUuid::WithoutBraces))
                                      : error;
        return out;
    }
    out.from = coe->status;
    if (coe->status == request.to) {
        out.result = StatusChangeOutcome::Result::Unchanged;
        return out;
    }
    const bool approving = request.to == Status::Approved;
    const QString approver = request.approver.trimmed();
    if (approving && approver.isEmpty()) {
        out.message = tr("An approval needs the approver's name.");
        return out;
    }
    if (approving) {
        out.errors = analysis::errorsIn(analysis::reviewCheck(*coe, request.checkOptions));
        if (!out.errors.isEmpty() && !request.confirmedDespiteErrors) {
            out.result = StatusChangeOutcome::Result::RefusedByCheck;
            return out;
        }
    }
    coe->status = request.to;
    CoeVersions versions(archive);
    if (approving) {
        // The review record names the approval and the version that records it.
        const std::optional<int> next = versions.nextNumber(uuid, &error);
        if (!next) {
            out.message = error;
            return out;
        }
        recordApproval(*coe, approver, QDateTime::currentDateTimeUtc(), *next);
    }
    const SaveResult saved = repository.save(*coe);
    if (!saved.ok()) {
        out.message = saved.error;
        return out;
    }
    const QString note = approving ? approvalNote(approver, int(out.errors.size())) : QString();
    const std::optional<int> number = versions.record(*coe, VersionReason::Status, &error, {}, note);
    const std::optional<CoeVersionInfo> recorded = number ? versions.latest(uuid, &error) : std::nullopt;
    if (!recorded) {
        out.message = tr("The status was saved, but its version could not be recorded: %1").arg(error);
        return out;
    }
    out.result = StatusChangeOutcome::Result::Changed;
    out.version = *number;
    out.summary = recorded->summary;
    return out;
}

void StatusChange::recordApproval(Coe& coe, const QString& approver, const QDateTime& atUtc, int version)
{
    coe.status = Status::Approved;
    coe.review.approvedBy = approver;
    coe.review.approvedAt = atUtc.toUTC();
    coe.review.approvedVersion = version;
}

QString StatusChange::approvalNote(const QString& approver, int errors)
{
    return errors == 0 ? tr("approved by %1").arg(approver)
                       : tr("approved by %1 despite %n review-check error(s), confirmed", nullptr, errors).arg(approver);
}

} // namespace hindsight
