// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
#include <QUuid>

namespace hindsight {

class Archive;

// Who writes: the name and host stamped on every save (coes.saved_by,
// saved_host). The application passes the author name from Settings, or the
// OS user when that is empty (storage reads no settings).
struct Saver
{
    QString name;
    QString host;
    // The OS user and this machine's host name.
    static Saver fromSystem();
};

// The archive's change feed: what other clients (other processes, or other
// Archive objects on the same archive) saved, moved to the Trash or restored,
// as they do it. Saves through this Archive are never reported back.
//
// How it learns of a change differs per back end and lives here only:
//  - PostgreSQL: every save, trash and restore sends
//    NOTIFY hindsight_coes, '<uuid> <revision>' inside its write transaction
//    (pg_notify with a bound parameter; delivered on commit only), and the
//    archive LISTENs (QSqlDriver::subscribeToNotification) while someone
//    listens here; presence changes NOTIFY hindsight_sessions.
//  - SQLite: PRAGMA data_version changes when another connection commits; a
//    timer (pollInterval(), 500 ms) reads it while someone listens here.
// Either way the rows with change_seq above the last one seen are then read
// and reported in order (so nothing is lost if notifications coalesce). On
// PostgreSQL they are also read every 5 s, in case a notification is held
// back (libpq may read it while another query runs, and Qt only looks when the
// socket has more to read).
//
// Listening starts with the first connection to any of the signals and
// stops (from the event loop) after the last one goes; Archive::changes()
// owns the object.
class ArchiveChanges : public QObject
{
    Q_OBJECT
public:
    explicit ArchiveChanges(Archive& archive);
    ~ArchiveChanges() override;

    // Who this archive's writes are stamped with.
    void setSaver(const Saver& saver) { m_saver = saver; }
    const Saver& saver() const { return m_saver; }

    bool isListening() const { return m_listening; }
    // SQLite's poll interval (default 500 ms).
    void setPollInterval(int milliseconds);
    int pollInterval() const { return m_poll.interval(); }
    // Looks for changes now (what the poll or a notification does).
    void checkNow();

    // For model/storage's writers, inside their write transaction (after the
    // row is written): stamps the COE's row with the next change_seq (and, for
    // a save, with the saver and the time), remembers it as this archive's own
    // and, on PostgreSQL, sends the notification. False with `error` on failure
    // (the caller rolls back).
    enum class Write { Save, Trash, Restore };
    bool stamp(const QSqlDatabase& db, const QUuid& uuid, qint64 revision, Write write, QString* error);
    // On PostgreSQL: NOTIFY hindsight_sessions (presence changed); nothing on SQLite.
    static bool notifySessions(const QSqlDatabase& db, QString* error);
    // Before COEs are deleted for good, in the same transaction: on PostgreSQL
    // NOTIFY hindsight_coes, '<uuid> 0' for `uuid`, or (null uuid) for every
    // COE in the Trash; nothing on SQLite (data_version tells).
    static bool notifyDeleted(const QSqlDatabase& db, const QUuid& uuid, QString* error);

signals:
    // Another client saved (or restored) the COE: its stored revision, who, where and when.
    void coeChanged(const QUuid& uuid, qint64 revision, const QString& savedBy, const QString& host,
                    const QDateTime& savedAtUtc);
    // Another client moved the COE to the Trash.
    void coeTrashed(const QUuid& uuid);
    // Something another client wrote: any of the above, presence, or a COE
    // deleted for good (the Trash emptied). Emitted after the signals above.
    void archiveChanged();

protected:
    void connectNotify(const QMetaMethod& signal) override;
    void disconnectNotify(const QMetaMethod& signal) override;

private:
    void updateListening();
    void start();
    void stop();
    void poll();
    // Reads what changed since m_lastSeq; `woken`: something said so (then
    // archiveChanged() comes even when no COE row changed).
    void scan(bool woken);
    void onNotification(const QString& name, int source, const QVariant& payload);
    qint64 maxSeq() const;

    Archive& m_archive;
    Saver m_saver;
    QTimer m_poll;
    QTimer m_fallback; // PostgreSQL: a notification libpq read during another query may wait for the next one
    bool m_listening = false;
    bool m_server = false;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    QSet<qint64> m_own; // change_seq values this archive wrote
};

} // namespace hindsight
