// SPDX-License-Identifier: MIT
// EditorWindow's History (the versions of the COE and what changed) and
// Restore of a version.
#include "editor/EditorWindow.h"

#include "document/StatusChange.h"
#include "document/TimeParser.h"
#include "editor/HistoryDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeVersions.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

namespace hindsight {

HistoryDialog* EditorWindow::showHistory()
{
    commitOpenEditor();
    if (!m_history) {
        m_history = new HistoryDialog(m_archive, m_doc, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &HistoryDialog::restoreRequested, this, &EditorWindow::restoreVersion);
    } else {
        m_history->reload();
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

bool EditorWindow::restoreVersion(int number)
{
    commitOpenEditor();
    QWidget* asker = m_history && m_history->isVisible() ? static_cast<QWidget*>(m_history) : this;
    if (m_archive.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("This archive is open read-only: a version cannot be restored here."));
        return false;
    }
    QString error;
    CoeVersions versions(m_archive);
    std::optional<Coe> version = versions.load(m_uuid, number, &error);
    std::optional<CoeVersionInfo> info;
    if (version) {
        for (const CoeVersionInfo& v : versions.list(m_uuid, &error)) {
            if (v.number == number)
                info = v;
        }
    }
    if (!version || !info) {
        m_banner->showMessage(Banner::Kind::Error, tr("Cannot read version %1: %2").arg(number).arg(error));
        return false;
    }
    Coe restored = std::move(*version);
    restored.uuid = m_uuid;
    Coe compared = restored;
    compared.updatedAt = m_doc->coe().updatedAt;
    if (compared.sameContent(m_doc->coe())) {
        m_banner->showMessage(
            Banner::Kind::Info,
            tr("Version %1 is the same as the current document: nothing to restore.").arg(number));
        return false;
    }
    const QString when = TimeParser::format(info->at, Settings::instance()->displayTimeZone());
    const auto answer = MessageBox::question(
        asker, tr("Restore Version %1?").arg(number),
        tr("Make version %1 (%2, by %3) the current document?\n\nWhat the document holds now is replaced; "
           "Edit ▸ Undo brings it back. A new version records the restore.")
            .arg(number)
            .arg(when, info->author.isEmpty() ? tr("unknown author") : info->author),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    m_doc->replaceContent(restored, tr("Restore Version %1").arg(number));
    const bool ok = m_saver->saveAsVersion(VersionReason::Restore, tr("restored version %1").arg(number));
    if (m_history)
        m_history->reload();
    return ok;
}

void EditorWindow::approve(const QString& approver, const QString& note)
{
    const int version = CoeVersions(m_repository.archive()).nextNumber(m_doc->coe().uuid).value_or(1);
    Coe approved = m_doc->coe();
    StatusChange::recordApproval(approved, approver, QDateTime::currentDateTimeUtc(), version);
    m_doc->replaceContent(approved, tr("Approve"));
    m_saver->saveAsVersion(VersionReason::Status, note);
}

} // namespace hindsight
