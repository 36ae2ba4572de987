// SPDX-License-Identifier: MIT
#include "ArchivePresence.h"

#include "Archive.h"
#include "ArchiveChanges.h"
#include "CoeTables.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <atomic>

namespace hindsight {

namespace {
std::atomic<int> g_staleMs{ArchivePresence::kDefaultStaleMs};
std::atomic<int> g_heartbeatMs{ArchivePresence::kDefaultHeartbeatMs};
} // namespace

ArchivePresence::ArchivePresence(Archive& archive, const QUuid& coe)
    : m_archive(archive), m_alive(archive.changes()), m_coe(coe), m_session(QUuid::createUuid())
{
}

ArchivePresence::~ArchivePresence()
{
    if (m_alive)
        leave();
}

void ArchivePresence::setStaleAfter(int milliseconds)
{
    g_staleMs = milliseconds;
}

int ArchivePresence::staleAfter()
{
    return g_staleMs;
}

void ArchivePresence::setHeartbeatInterval(int milliseconds)
{
    g_heartbeatMs = milliseconds;
}

int ArchivePresence::heartbeatInterval()
{
    return g_heartbeatMs;
}

bool ArchivePresence::join(QString* error)
{
    QString err;
    auto fail = [&]() {
        if (error)
            *error = tr("Others cannot see that this COE is open here: %1").arg(err);
        return false;
    };
    if (m_archive.isReadOnly()) {
        err = m_archive.readOnlyMessage();
        return fail();
    }
    const QSqlDatabase db = m_archive.database();
    const Saver& saver = m_archive.changes()->saver();
    const QString id = coetables::uuidText(m_session);
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery update(db), insert(db);
    if (!tx.begin(&err)
        || !sql::prepare(update, QStringLiteral("UPDATE sessions SET heartbeat = ? WHERE session_id = ?"), &err)
        || !sql::exec(update, {sql::instant(QDateTime::currentDateTimeUtc()), id}, &err))
        return fail();
    const bool fresh = update.numRowsAffected() < 1;
    if (fresh
        && (!sql::prepare(insert,
                          QStringLiteral("INSERT INTO sessions (session_id, uuid, name, host, heartbeat) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          &err)
            || !sql::exec(insert,
                          {id, coetables::uuidText(m_coe), sql::text(saver.name), sql::text(saver.host),
                           sql::instant(QDateTime::currentDateTimeUtc())},
                          &err)
            || !ArchiveChanges::notifySessions(db, &err)))
        return fail();
    if (!tx.commit(&err))
        return fail();
    m_joined = true;
    return true;
}

bool ArchivePresence::leave(QString* error)
{
    if (!m_joined || !m_alive)
        return true;
    m_joined = false;
    const QSqlDatabase db = m_archive.database();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery q(db);
    if (!tx.begin(&err) || !sql::prepare(q, QStringLiteral("DELETE FROM sessions WHERE session_id = ?"), &err)
        || !sql::exec(q, {coetables::uuidText(m_session)}, &err) || !ArchiveChanges::notifySessions(db, &err)
        || !tx.commit(&err)) {
        if (error)
            *error = err;
        return false;
    }
    return true;
}

QList<ArchivePresence::Session> ArchivePresence::others(QString* error) const
{
    QList<Session> sessions;
    const QSqlDatabase db = m_archive.database();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-qint64(staleAfter()));
    QString err;
    // Stale rows go (a session that ended without saying so); not on a read-only archive.
    // Looked for first, so that a reader writes nothing (and wakes no other
    // client's change feed) when there is nothing to clean.
    if (!m_archive.isReadOnly()) {
        QSqlQuery stale(db);
        if (sql::prepare(stale, QStringLiteral("SELECT 1 FROM sessions WHERE heartbeat < ? LIMIT 1"), &err)
            && sql::exec(stale, {sql::instant(cutoff)}, &err) && stale.next()) {
            stale.finish();
            QSqlQuery clean(db);
            if (sql::prepare(clean, QStringLiteral("DELETE FROM sessions WHERE heartbeat < ?"), &err))
                sql::exec(clean, {sql::instant(cutoff)}, &err);
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT session_id, name, host, heartbeat FROM sessions "
                                     "WHERE uuid = ? AND session_id <> ? AND heartbeat >= ? ORDER BY name, host, session_id"),
                      &err)
        || !sql::exec(q, {coetables::uuidText(m_coe), coetables::uuidText(m_session), sql::instant(cutoff)}, &err)) {
        if (error)
            *error = err;
        return {};
    }
    while (q.next()) {
        Session s;
        s.sessionId = QUuid::fromString(q.value(0).toString());
        s.coe = m_coe;
        s.name = q.value(1).toString();
        s.host = q.value(2).toString();
        s.heartbeat = sql::instantFrom(q.value(3));
        sessions << s;
    }
    if (error)
        error->clear();
    return sessions;
}

} // namespace hindsight
