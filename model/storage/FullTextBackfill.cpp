// SPDX-License-Identifier: MIT
#include "FullTextBackfill.h"

#include "Backend.h"
#include "FullTextIndex.h"
#include "SqlUtil.h"

#include <QSqlDatabase>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace hindsight {

struct FullTextBackfill::Shared
{
    std::mutex mutex;
    std::condition_variable ready;
    QList<QList<Coe>> queue;
    bool done = false;
    QString error; // why the connection could not open or repair the index
};

FullTextBackfill::FullTextBackfill(const QSqlDatabase& db) : m_db(db), m_shared(std::make_shared<Shared>())
{
    fulltext::setDeferred(db.connectionName(), true);
    static std::atomic<quint64> clones{0};
    const QString source = db.connectionName();
    const QString name = QStringLiteral("%1-fulltext-%2").arg(source).arg(++clones);
    m_thread = std::thread([shared = m_shared, source, name] {
        {
            QSqlDatabase own = QSqlDatabase::cloneDatabase(source, name);
            const bool open = own.open();
            if (!open) {
                const std::lock_guard<std::mutex> lock(shared->mutex);
                shared->error = sql::errorText(own);
            }
            bool failed = !open;
            for (;;) {
                QList<Coe> batch;
                {
                    std::unique_lock<std::mutex> lock(shared->mutex);
                    shared->ready.wait(lock, [&] { return shared->done || !shared->queue.isEmpty(); });
                    if (shared->queue.isEmpty())
                        break;
                    batch = shared->queue.takeFirst();
                }
                if (failed)
                    continue; // left to the repair below
                // One transaction a batch: a commit a COE would cost a flush each.
                QString why;
                if (!sql::execOnce(own, QStringLiteral("BEGIN"), &why)
                    || !Backend::of(own).addFullText(own, batch, &why)
                    || !sql::execOnce(own, QStringLiteral("COMMIT"), &why)) {
                    QString ignored;
                    sql::execOnce(own, QStringLiteral("ROLLBACK"), &ignored);
                    failed = true;
                }
            }
            // What a failed batch, or a race with another writer, left
            // (FullTextBackfill.h), under the archive's write lock.
            if (open) {
                QString why;
                if (!fulltext::repair(own, &why)) {
                    const std::lock_guard<std::mutex> lock(shared->mutex);
                    shared->error = why;
                }
                own.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    });
}

FullTextBackfill::~FullTextBackfill()
{
    QString ignored;
    finish(&ignored);
}

void FullTextBackfill::add(QList<Coe> coes)
{
    if (coes.isEmpty() || m_finished)
        return;
    {
        const std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->queue.append(std::move(coes));
    }
    m_shared->ready.notify_one();
}

bool FullTextBackfill::finish(QString* error)
{
    if (std::exchange(m_finished, true))
        return true;
    {
        const std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->done = true;
    }
    m_shared->ready.notify_one();
    m_thread.join();
    fulltext::setDeferred(m_db.connectionName(), false);
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    if (error)
        *error = m_shared->error;
    return m_shared->error.isEmpty();
}

} // namespace hindsight
