// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ArchiveChanges.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hindsight {

class Archive;
class ActionItemsView;
class CoeBrowserView;
class TrashView;

// The archive window follows other clients: whatever another process (or
// another window's archive) saves, moves to the Trash or restores shows in
// the list within about a second (ArchiveChanges, then the views' usual
// refresh, debounced so that a burst of saves reads the list once), keeping
// the selection and the scroll position. It also stamps this archive's saves
// with Settings' author name (the OS user when that is empty) and this
// machine's name.
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    LiveRefresh(Archive& archive, CoeBrowserView* browser, TrashView* trash, ActionItemsView* actions,
                QObject* parent = nullptr);

    // The saver for Settings' author name, or the OS user when it is empty.
    static Saver saverFromSettings();
    // How long a change waits for more before the views read (default 250 ms).
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    // How many times the views were refreshed because of other clients (tests).
    int refreshCount() const { return m_refreshes; }

private:
    void refreshViews();

    Archive& m_archive;
    QPointer<CoeBrowserView> m_browser;
    QPointer<TrashView> m_trash;
    QPointer<ActionItemsView> m_actions;
    QTimer m_debounce;
    int m_refreshes = 0;
};

} // namespace hindsight
