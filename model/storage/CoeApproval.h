// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "storage/CoeVersions.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace hindsight {

class Archive;

// The approval a COE's history holds (issue #13, "approval freezes a
// snapshot"): the version that recorded it, who approved and when, and that
// version's document. The editor's "Changed since approved" banner and the
// report's version stamp read it.
struct CoeApproval
{
    CoeVersionInfo version; // the approved version
    QString approvedBy;     // the review record's approver, else the version's author
    QDateTime approvedAt;   // UTC: the review record's time, else the version's
    Coe document;           // what was approved

    // The approved version of `current` among `versions` (oldest first): the
    // one its review record names when that version is an approved one, else
    // the newest approved version; nothing when none is approved.
    static std::optional<CoeVersionInfo> approvedVersion(const Coe& current,
                                                         const QList<CoeVersionInfo>& versions);
    // Reads the approval of `current` (stored in `archive` under its uuid).
    // Nothing when it was never approved, or (with `error` set) when the
    // versions cannot be read.
    static std::optional<CoeApproval> read(Archive& archive, const Coe& current, QString* error = nullptr);
    // Whether `current` holds other content than the approved document: its
    // status, revision, last-change time and review record aside (a move to
    // Closed, or a comment of the review, is no change of what was approved).
    bool changedIn(const Coe& current) const;
};

} // namespace hindsight
