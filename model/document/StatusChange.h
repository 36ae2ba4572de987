// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace hindsight {

class Archive;

// A change of a stored COE's status (issue #13): Draft, In review, Approved,
// Closed, and back to Draft or In review at any time. Light on purpose: any
// status may follow any other, except that approval asks for the approver's
// name and is refused while the review check finds errors, unless the user
// confirms (the confirmation is recorded with the approval). Each change is
// saved and recorded as a version (VersionReason::Status) whose summary says,
// for an approval, who approved (approvalNote), then what changed. The editor
// does the same (SummaryPage, EditorWindow).
struct StatusChangeRequest
{
    Status to = Status::Draft;
    QString approver;                    // required when `to` is Approved
    bool confirmedDespiteErrors = false; // approve although the check finds errors
    analysis::CheckOptions checkOptions; // the review check's options (Preferences)
};

struct StatusChangeOutcome
{
    enum class Result {
        Changed,
        Unchanged,      // the COE already had that status: nothing written
        RefusedByCheck, // approval refused: `errors` are the check's errors
        Failed          // `message` says why (no such COE, no approver, a save or version failed)
    };
    Result result = Result::Failed;
    Status from = Status::Draft;
    QList<analysis::Finding> errors;
    int version = 0;  // the version recorded (Changed)
    QString summary;  // its summary line (Changed)
    QString message;  // Failed: for the user
};

class StatusChange
{
    Q_DECLARE_TR_FUNCTIONS(StatusChange)
public:
    static StatusChangeOutcome apply(Archive& archive, const QUuid& uuid, const StatusChangeRequest& request);
    // Approves `coe`: its status, and its review record's approver, time and
    // the number of the version that will record it.
    static void recordApproval(Coe& coe, const QString& approver, const QDateTime& atUtc, int version);
    // What an approval's version says before its summary: "approved by NAME",
    // or "approved by NAME despite N review-check errors, confirmed".
    static QString approvalNote(const QString& approver, int errors);
};

} // namespace hindsight
