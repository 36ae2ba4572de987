// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ArchivePresence.h"

#include <QDateTime>
#include <QFrame>
#include <QTimer>
#include <memory>

class QLabel;
class QPushButton;

namespace hindsight {

class Archive;
class EditorWindow;

// Working together, in the editor (above the page): when another client
// saves this COE, "Changed by NAME at TIME" with Show changes (the stored
// version against this window's, ConflictDialog, saved as a merge when
// accepted) and Reload (the stored version replaces the document as one
// undoable step; with unsaved edits here it asks first and offers Compare
// and Merge…). Under it, "Also open by NAME (HOST)" while other sessions
// have this COE open (ArchivePresence: this window joins when it opens,
// heartbeats, and leaves when it closes). The archive's own saves (this
// window's, other windows of this process) never show the banner. When
// another client moves the COE to the Trash, the banner says so with
// Restore (edits go on being saved, into the Trash, until the Trash is
// emptied); it goes when the COE is restored, here or elsewhere.
class EditorLiveBar : public QFrame
{
    Q_OBJECT
public:
    EditorLiveBar(EditorWindow* editor, Archive& archive, QWidget* parent = nullptr);
    ~EditorLiveBar() override;

    // The banner's text and its buttons (tests).
    QLabel* changedLabel() const { return m_changed; }
    QPushButton* showChangesButton() const { return m_showChanges; }
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* presenceLabel() const { return m_presence; }
    const ArchivePresence& presence() const { return *m_session; }

    // Replaces the document with the stored version (asking first when this
    // window has unsaved edits). True when it was replaced.
    bool reload();
    // Compares the stored version with this window's (ConflictDialog).
    bool showChanges();
    // Takes the COE out of the Trash (after another client put it there).
    bool restoreFromTrash();
    // Reads who else has the COE open now (also on every heartbeat and change).
    void updatePresence();
    // The window closes: its session leaves and the bar stops listening.
    void leave();

private:
    void onChanged(const QUuid& uuid, qint64 revision, const QString& by, const QString& host,
                   const QDateTime& atUtc);
    void onTrashed(const QUuid& uuid);
    void hideChanged();

    EditorWindow* m_editor;
    Archive& m_archive;
    std::unique_ptr<ArchivePresence> m_session;
    QTimer m_heartbeat;
    QFrame* m_banner = nullptr;
    QLabel* m_changed = nullptr;
    QPushButton* m_showChanges = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_presence = nullptr;
    qint64 m_seenRevision = 0; // the newest stored revision shown in the banner
    bool m_trashed = false;    // the banner says another client moved the COE to the Trash
};

} // namespace hindsight
