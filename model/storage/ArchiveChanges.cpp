// SPDX-License-Identifier: MIT
#include "ArchiveChanges.h"

#include "Archive.h"
#include "Backend.h"
#include "CoeTables.h"
#include "SqlUtil.h"

#include <QMetaMethod>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>
#include <utility>

namespace hindsight {

namespace {

const QString kCoesChannel = QStringLiteral("hindsight_coes");
const QString kSessionsChannel = QStringLiteral("hindsight_sessions");

bool isServer(const QSqlDatabase& db)
{
    return Backend::of(db).kind() == Backend::Kind::Postgres;
}

bool notify(const QSqlDatabase& db, const QString& channel, const QString& payload, QString* error)
{
    sql::Statement q(db, QStringLiteral("SELECT pg_notify(?, ?)"), error);
    return q.isValid() && sql::exec(q.query(), {channel, payload}, error);
}

} // namespace

Saver Saver::fromSystem()
{
    Saver s;
    s.name = qEnvironmentVariable("USER");
    if (s.name.isEmpty())
        s.name = qEnvironmentVariable("USERNAME");
    if (s.name.isEmpty())
        s.name = qEnvironmentVariable("LOGNAME");
    s.host = QSysInfo::machineHostName();
    return s;
}

ArchiveChanges::ArchiveChanges(Archive& archive) : m_archive(archive), m_saver(Saver::fromSystem())
{
    m_server = isServer(archive.database());
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &ArchiveChanges::poll);
    m_fallback.setInterval(5000);
    connect(&m_fallback, &QTimer::timeout, this, [this] { scan(false); });
}

ArchiveChanges::~ArchiveChanges()
{
    stop();
}

void ArchiveChanges::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

void ArchiveChanges::connectNotify(const QMetaMethod& signal)
{
    QObject::connectNotify(signal);
    updateListening();
}

void ArchiveChanges::disconnectNotify(const QMetaMethod& signal)
{
    QObject::disconnectNotify(signal);
    // Qt may call this with its connection lock held (a receiver being
    // destroyed): isSignalConnected() would deadlock, so look afterwards.
    QMetaObject::invokeMethod(this, &ArchiveChanges::updateListening, Qt::QueuedConnection);
}

void ArchiveChanges::updateListening()
{
    const bool wanted = isSignalConnected(QMetaMethod::fromSignal(&ArchiveChanges::coeChanged))
        || isSignalConnected(QMetaMethod::fromSignal(&ArchiveChanges::coeTrashed))
        || isSignalConnected(QMetaMethod::fromSignal(&ArchiveChanges::archiveChanged));
    if (wanted && !m_listening)
        start();
    else if (!wanted && m_listening)
        stop();
}

qint64 ArchiveChanges::maxSeq() const
{
    QVariant v;
    QString err;
    if (!sql::scalar(m_archive.database(), QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM coes"), &v, &err))
        return m_lastSeq;
    return v.toLongLong();
}

void ArchiveChanges::start()
{
    m_listening = true;
    m_lastSeq = std::max(m_lastSeq, maxSeq());
    const QSqlDatabase db = m_archive.database();
    if (m_server) {
        QSqlDriver* driver = db.driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    onNotification(name, int(source), payload);
                });
        driver->subscribeToNotification(kCoesChannel);
        driver->subscribeToNotification(kSessionsChannel);
        m_fallback.start();
    } else {
        QVariant v;
        QString err;
        m_dataVersion = sql::scalar(db, QStringLiteral("PRAGMA data_version"), &v, &err) ? v.toLongLong() : -1;
        m_poll.start();
    }
}

void ArchiveChanges::stop()
{
    if (!m_listening)
        return;
    m_listening = false;
    m_poll.stop();
    m_fallback.stop();
    if (m_server) {
        const QSqlDatabase db = m_archive.database();
        if (QSqlDriver* driver = db.driver()) {
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            driver->unsubscribeFromNotification(kCoesChannel);
            driver->unsubscribeFromNotification(kSessionsChannel);
        }
    }
}

void ArchiveChanges::poll()
{
    QVariant v;
    QString err;
    if (!sql::scalar(m_archive.database(), QStringLiteral("PRAGMA data_version"), &v, &err))
        return;
    if (v.toLongLong() == m_dataVersion)
        return;
    m_dataVersion = v.toLongLong();
    scan(true);
}

void ArchiveChanges::checkNow()
{
    if (m_server)
        scan(true);
    else
        poll();
}

void ArchiveChanges::onNotification(const QString& name, int source, const QVariant& payload)
{
    Q_UNUSED(payload)
    if (source == int(QSqlDriver::SelfSource))
        return; // this archive's own write
    if (name == kCoesChannel || name == kSessionsChannel)
        scan(true);
}

void ArchiveChanges::scan(bool woken)
{
    // A dropped connection made again (ServerConnection) has forgotten its
    // LISTENs: listen again, and the change_seq scan below catches up.
    if (m_server && m_listening) {
        QSqlDriver* driver = m_archive.database().driver();
        if (driver && !driver->subscribedToNotifications().contains(kCoesChannel)) {
            driver->subscribeToNotification(kCoesChannel);
            driver->subscribeToNotification(kSessionsChannel);
        }
    }
    struct Change
    {
        QUuid uuid;
        qint64 revision = 0;
        QString by, host;
        QDateTime at;
        bool trashed = false;
    };
    QList<Change> changes;
    {
        QSqlQuery q(m_archive.database());
        q.setForwardOnly(true);
        QString err;
        if (!sql::prepare(q,
                          QStringLiteral("SELECT uuid, revision, saved_by, saved_host, saved_at, deleted_at, change_seq "
                                         "FROM coes WHERE change_seq > ? ORDER BY change_seq"),
                          &err)
            || !sql::exec(q, {m_lastSeq}, &err))
            return;
        while (q.next()) {
            const qint64 seq = q.value(6).toLongLong();
            m_lastSeq = std::max(m_lastSeq, seq);
            if (m_own.remove(seq))
                continue; // written through this archive
            Change c;
            c.uuid = QUuid::fromString(q.value(0).toString());
            c.revision = q.value(1).toLongLong();
            c.by = q.value(2).toString();
            c.host = q.value(3).toString();
            c.at = sql::instantFrom(q.value(4));
            c.trashed = !q.value(5).isNull();
            changes << c;
        }
    }
    // Own writes older than what has now been seen can no longer turn up.
    for (auto it = m_own.begin(); it != m_own.end();) {
        if (*it <= m_lastSeq)
            it = m_own.erase(it);
        else
            ++it;
    }
    for (const Change& c : changes) {
        if (c.trashed)
            emit coeTrashed(c.uuid);
        else
            emit coeChanged(c.uuid, c.revision, c.by, c.host, c.at);
    }
    if (woken || !changes.isEmpty())
        emit archiveChanged();
}

bool ArchiveChanges::stamp(const QSqlDatabase& db, const QUuid& uuid, qint64 revision, Write write, QString* error)
{
    const QString id = coetables::uuidText(uuid);
    qint64 seq = 0;
    if (write == Write::Save && !m_listening) {
        // Nothing here listens, so the number need not be known: the UPDATE
        // takes it itself (one round trip fewer a save; still under the write
        // lock). On a server it also sends the notification (sent on commit
        // only, as the SELECT below would): one more round trip fewer.
        const bool server = isServer(db);
        sql::Statement saved(db,
                             QStringLiteral("UPDATE coes SET saved_by = ?, saved_host = ?, saved_at = ?, "
                                            "change_seq = (SELECT COALESCE(MAX(change_seq), 0) + 1 FROM coes) "
                                            "WHERE uuid = ?")
                                 + (server ? QStringLiteral(" RETURNING pg_notify(?, ?)") : QString()),
                             error);
        if (!saved.isValid())
            return false;
        QSqlQuery& q = saved.query();
        q.bindValue(0, sql::text(m_saver.name));
        q.bindValue(1, sql::text(m_saver.host));
        q.bindValue(2, sql::instant(QDateTime::currentDateTimeUtc()));
        q.bindValue(3, id);
        if (server) {
            q.bindValue(4, kCoesChannel);
            q.bindValue(5, QStringLiteral("%1 %2").arg(id).arg(revision));
        }
        if (!sql::exec(q, error))
            return false;
        if (server) {
            while (q.next()) {
            }
            return sql::finished(q, error);
        }
        return true;
    } else {
        QVariant next;
        if (!sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) + 1 FROM coes"), &next, error))
            return false;
        seq = next.toLongLong();
    }
    QSqlQuery q(db);
    if (write == Write::Save && m_listening) {
        sql::Statement saved(db,
                             QStringLiteral("UPDATE coes SET saved_by = ?, saved_host = ?, saved_at = ?, "
                                            "change_seq = ? WHERE uuid = ?"),
                             error);
        if (!saved.isValid()
            || !sql::exec(saved.query(),
                          {sql::text(m_saver.name), sql::text(m_saver.host),
                           sql::instant(QDateTime::currentDateTimeUtc()), seq, id},
                          error))
            return false;
    } else if (write != Write::Save
               && (!sql::prepare(q, QStringLiteral("UPDATE coes SET change_seq = ? WHERE uuid = ?"), error)
                   || !sql::exec(q, {seq, id}, error))) {
        return false;
    }
    if (isServer(db)) {
        QVariant stored = revision;
        if (write != Write::Save) { // the trash and restore keep the revision
            QSqlQuery r(db);
            if (!sql::prepare(r, QStringLiteral("SELECT revision FROM coes WHERE uuid = ?"), error)
                || !sql::exec(r, {id}, error))
                return false;
            if (r.next())
                stored = r.value(0);
        }
        if (!notify(db, kCoesChannel, QStringLiteral("%1 %2").arg(id).arg(stored.toLongLong()), error))
            return false;
    }
    if (m_listening) // else start() begins after it anyway
        m_own.insert(seq);
    return true;
}

bool ArchiveChanges::notifySessions(const QSqlDatabase& db, QString* error)
{
    return !isServer(db) || notify(db, kSessionsChannel, QString(), error);
}

bool ArchiveChanges::notifyDeleted(const QSqlDatabase& db, const QUuid& uuid, QString* error)
{
    if (!isServer(db))
        return true;
    if (!uuid.isNull())
        return notify(db, kCoesChannel, coetables::uuidText(uuid) + QStringLiteral(" 0"), error);
    QStringList uuids;
    {
        QSqlQuery q(db);
        if (!sql::prepare(q, QStringLiteral("SELECT uuid FROM coes WHERE deleted_at IS NOT NULL"), error)
            || !sql::exec(q, error))
            return false;
        while (q.next())
            uuids << q.value(0).toString();
    }
    for (const QString& id : std::as_const(uuids)) {
        if (!notify(db, kCoesChannel, id + QStringLiteral(" 0"), error))
            return false;
    }
    return true;
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_ArchiveChanges.cpp"
