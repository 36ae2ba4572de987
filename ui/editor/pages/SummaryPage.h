// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QComboBox;

namespace hindsight {

class TimeZoneComboBox;

// Title, severity, status, people, services, tags, display zone and the summary.
class SummaryPage : public EditorPage
{
    Q_OBJECT
public:
    explicit SummaryPage(CoeDocument* document, QWidget* parent = nullptr);

    // The gap threshold and action SLA for the review check that runs before
    // the status moves to "in review" or "approved".
    void setCheckOptions(const analysis::CheckOptions& options) { m_options = options; }

    // The confirmation shown before moving to `status` while `findings` hold
    // errors: plain text naming each error (at most ten, then "and N more").
    // Empty when there is nothing to confirm.
    static QString statusConfirmationText(Status status, const QList<analysis::Finding>& findings);

signals:
    // The user chose Approved, named the approver and confirmed any errors
    // the review check finds (`note`: StatusChange::approvalNote). The editor
    // approves the COE as one undoable edit, saves at once and records the
    // version with this note.
    void approvalRequested(const QString& approver, const QString& note);

private:
    void refresh();
    void chooseStatus(int index);
    analysis::CheckOptions m_options;
    QComboBox* m_severity;
    QComboBox* m_status;
    TimeZoneComboBox* m_zone;
};

} // namespace hindsight
