// SPDX-License-Identifier: MIT
// EditorWindow's save state: the window title and the line under the page,
// the banner of a failed save, and the merge after a conflicting save.
#include "editor/EditorWindow.h"

#include "editor/ConflictDialog.h"
#include "storage/Archive.h"
#include "widgets/Banner.h"

#include <QLabel>

namespace hindsight {

void EditorWindow::connectSaving()
{
    connect(m_doc, &CoeDocument::fieldChanged, this, [this](CoeDocument::Field f) {
        if (f == CoeDocument::Field::Title)
            updateTitle();
    });
    connect(m_saver, &AutoSaver::stateChanged, this, [this] {
        updateTitle();
        updateSaveBanner();
    });
    connect(m_saver, &AutoSaver::saved, this, [this] { emit coeSaved(m_uuid); });
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        if (m_saver->lastStatus() == SaveResult::Status::Conflict)
            resolveConflict();
        else
            m_saver->saveNow();
    });
}

void EditorWindow::updateTitle()
{
    QString state;
    switch (m_saver->state()) {
    case AutoSaver::State::Saved:
        state = m_saver->lastSavedAt().isValid()
                    ? tr("saved %1").arg(m_saver->lastSavedAt().toLocalTime().toString(QStringLiteral("HH:mm")))
                    : tr("saved");
        break;
    case AutoSaver::State::Pending: state = tr("changes pending"); break;
    case AutoSaver::State::Failed: state = tr("not saved"); break;
    }
    const QString title = m_doc->coe().title.trimmed().isEmpty() ? tr("Untitled COE") : m_doc->coe().title;
    setWindowTitle(tr("%1[*] — %2 — Hindsight").arg(title, state));
    m_saveState->setText(state);
    setWindowModified(m_saver->hasUnsavedChanges());
}

void EditorWindow::updateSaveBanner()
{
    if (m_saver->state() != AutoSaver::State::Failed) {
        if (!m_saver->lastVersionError().isEmpty())
            m_banner->showMessage(Banner::Kind::Warning,
                                  tr("Saved, but no version could be recorded for History: %1")
                                      .arg(m_saver->lastVersionError()));
        else if (!m_archive.isReadOnly() && m_banner->isVisible())
            m_banner->hide();
        return;
    }
    if (m_saver->lastStatus() == SaveResult::Status::Conflict)
        m_banner->showMessage(Banner::Kind::Error,
                              tr("Not saved: %1 Your edits are kept here.").arg(m_saver->lastError()),
                              m_repository.exists(m_uuid) ? tr("Compare and Merge…") : tr("Save My Version"));
    else
        m_banner->showMessage(Banner::Kind::Error,
                              tr("Not saved: %1 Your edits are kept here; nothing is lost while this window is open.")
                                  .arg(m_saver->lastError()),
                              tr("Retry"));
}

bool EditorWindow::compareWithStored()
{
    return resolveConflict();
}

bool EditorWindow::resolveConflict()
{
    commitOpenEditor();
    if (!m_repository.exists(m_uuid)) // deleted elsewhere: nothing to compare, store mine again
        return m_saver->overwrite();
    QString error;
    const std::optional<Coe> theirs = m_repository.load(m_uuid, &error);
    if (!theirs) {
        m_banner->showMessage(Banner::Kind::Error, tr("Cannot read the stored version: %1").arg(error),
                              tr("Compare and Merge…"));
        return false;
    }
    ConflictDialog dialog(*theirs, m_doc->coe(), m_saver->base(), this);
    if (dialog.ask() != QDialog::Accepted)
        return false;
    // The result goes over their revision, through the usual revision check:
    // a save by someone else in the meantime is one more conflict, never lost.
    const Coe merged = dialog.merged();
    m_saver->rebase(*theirs);
    m_doc->replaceContent(merged, tr("Resolve Conflict"));
    return m_saver->saveNow();
}

} // namespace hindsight
