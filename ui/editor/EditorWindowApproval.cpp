// SPDX-License-Identifier: MIT
// EditorWindow and an approved COE (issue #13, "approval freezes a snapshot"):
// the banner "Changed since approved on DATE by NAME" with Show Changes, the
// move to In review on the first edit (CoeDocument::setEditLeavesApproval),
// and the version stamp of the PDF and print flows.
#include "editor/EditorWindow.h"

#include "document/TimeParser.h"
#include "editor/HistoryDialog.h"
#include "report/ReportVersionStamp.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Banner.h"

namespace hindsight {

void EditorWindow::connectApproval()
{
    m_doc->setEditLeavesApproval(true);
    connect(m_doc, &CoeDocument::approvalLeftByEdit, this, [this] {
        if (!m_approvalNoteSaid) { // said once per window, never as a dialog
            m_approvalNoteSaid = true;
            m_approvalNoteShowing = true;
        }
        updateApprovalBanner();
    });
    connect(m_doc, &CoeDocument::changed, this, &EditorWindow::updateApprovalBanner);
    // A save may have recorded a version: an approval, or a status change.
    connect(m_saver, &AutoSaver::saved, this, [this] {
        readApproval();
        updateApprovalBanner();
    });
    connect(m_approvalBanner, &Banner::actionTriggered, this, &EditorWindow::showChangesSinceApproval);
    readApproval();
    updateApprovalBanner();
}

void EditorWindow::readApproval()
{
    QString error;
    CoeVersions versions(m_archive);
    const QList<CoeVersionInfo> list = versions.list(m_uuid, &error);
    const std::optional<CoeVersionInfo> approved = CoeApproval::approvedVersion(m_doc->coe(), list);
    if (!approved) {
        m_approval.reset();
        return;
    }
    if (m_approval && m_approval->version.number == approved->number)
        return; // read already (versions never change)
    // Unreadable versions show no banner; History says what is wrong with them.
    m_approval = CoeApproval::read(m_archive, m_doc->coe(), &error);
}

void EditorWindow::updateApprovalBanner()
{
    if (!m_approvalBanner)
        return;
    const bool changed = m_approval && m_approval->changedIn(m_doc->coe());
    if (!changed && (m_approval || !m_approvalNoteShowing)) {
        // The document is the approved one again (an undo), or there is nothing to say.
        m_approvalNoteShowing = false;
        m_approvalText.clear();
        m_approvalBanner->hide();
        return;
    }
    QStringList parts;
    if (m_approvalNoteShowing) // also for a COE approved without a recorded version
        parts << tr("This COE was approved; editing it moves it back to In review.");
    if (changed) {
        const QString when =
            TimeParser::format(m_approval->approvedAt, Settings::instance()->displayTimeZone());
        const QString who = m_approval->approvedBy.simplified();
        parts << (who.isEmpty() ? tr("Changed since approved on %1.").arg(when)
                                : tr("Changed since approved on %1 by %2.").arg(when, who));
    }
    const QString text = parts.join(u' ');
    if (text == m_approvalText)
        return; // dismissed stays dismissed until there is something new to say
    m_approvalText = text;
    m_approvalBanner->showMessage(Banner::Kind::Info, text, changed ? tr("Show Changes…") : QString());
}

HistoryDialog* EditorWindow::showChangesSinceApproval()
{
    if (!m_approval)
        return nullptr;
    HistoryDialog* history = showHistory();
    history->selectVersions({m_approval->version.number});
    return history;
}

QHash<QUuid, report::VersionStamp> EditorWindow::versionStamps() const
{
    QHash<QUuid, report::VersionStamp> stamps;
    if (const auto stamp =
            report::ReportVersionStamp::read(m_archive, m_doc->coe(), m_saver->hasUnsavedChanges()))
        stamps.insert(m_uuid, *stamp);
    return stamps;
}

} // namespace hindsight
