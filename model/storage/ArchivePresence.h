// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUuid>

namespace hindsight {

class Archive;
class ArchiveChanges;

// Who else has a COE open: one row in `sessions` per open editor (session id,
// COE, name, host, heartbeat in UTC). An editor registers when it opens,
// heartbeats every heartbeatInterval() and removes its row when it closes;
// a row whose heartbeat is older than staleAfter() belongs to a session that
// ended without saying so (a crash, a lost connection): it is ignored and
// cleaned up. Information, not a lock. The same on both back ends; on
// PostgreSQL each change also sends NOTIFY hindsight_sessions, so other
// clients' ArchiveChanges::archiveChanged() comes at once.
class ArchivePresence
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePresence)
public:
    struct Session
    {
        QUuid sessionId;
        QUuid coe;
        QString name;
        QString host;
        QDateTime heartbeat; // UTC
    };

    static constexpr int kDefaultHeartbeatMs = 20000;
    static constexpr int kDefaultStaleMs = 60000;

    // The session's name and host are the archive's saver (ArchiveChanges).
    ArchivePresence(Archive& archive, const QUuid& coe);
    // leave(), unless the archive has closed already (its row then goes stale).
    ~ArchivePresence();

    QUuid sessionId() const { return m_session; }
    QUuid coe() const { return m_coe; }

    // Writes (or refreshes) this session's row; false with `error` when it
    // cannot (a read-only archive: presence is then simply not shown to others).
    bool join(QString* error = nullptr);
    bool heartbeat(QString* error = nullptr) { return join(error); }
    // Removes this session's row.
    bool leave(QString* error = nullptr);
    // The other live sessions on this COE, oldest first; stale rows are left
    // out (and deleted when the archive is writable).
    QList<Session> others(QString* error = nullptr) const;

    // How old a heartbeat may be before its session counts as gone.
    static void setStaleAfter(int milliseconds);
    static int staleAfter();
    static void setHeartbeatInterval(int milliseconds);
    static int heartbeatInterval();

private:
    Archive& m_archive;
    QPointer<ArchiveChanges> m_alive; // null once the archive is closed
    QUuid m_coe;
    QUuid m_session;
    bool m_joined = false;
};

} // namespace hindsight
