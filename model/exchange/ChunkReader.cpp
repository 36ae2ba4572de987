// SPDX-License-Identifier: MIT
#include "exchange/ChunkReader.h"

#include "exchange/CoeJson.h"
#include "storage/Backend.h"
#include "storage/CoeTables.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <atomic>

namespace hindsight::exchange {

ChunkReader::ChunkReader(const QSqlDatabase& source, const Backend& target, const QList<QUuid>& uuids)
    : m_target(target), m_shared(std::make_shared<Shared>())
{
    static std::atomic<quint64> clones{0};
    const QString from = source.connectionName();
    const QString name = QStringLiteral("%1-reader-%2").arg(from).arg(++clones);
    m_thread = std::thread([shared = m_shared, &target, uuids, from, name] {
        {
            QSqlDatabase own = QSqlDatabase::cloneDatabase(from, name);
            const bool open = own.open();
            for (qsizetype start = 0; start < uuids.size(); start += kChunk) {
                {
                    std::unique_lock<std::mutex> lock(shared->mutex);
                    shared->changed.wait(lock, [&] { return shared->stop || shared->ready.size() < 2; });
                    if (shared->stop)
                        break;
                }
                Chunk chunk;
                const QList<QUuid> ids = uuids.mid(start, kChunk);
                QString ignored; // each COE not read is read again on its own, for its message
                if (open) {
                    // One snapshot for all the tables.
                    sql::Transaction tx(own, sql::Transaction::Kind::Read);
                    chunk.read = tx.begin(&ignored) && coetables::readCoes(own, ids, &chunk.coes, &ignored);
                    tx.commit(&ignored);
                }
                if (chunk.read) {
                    QList<Coe> coes;
                    coes.reserve(chunk.coes.size());
                    for (const std::optional<Coe>& c : std::as_const(chunk.coes))
                        if (c)
                            coes << *c;
                    target.prepareFullText(coes);
                    chunk.digests.reserve(coes.size());
                    for (const Coe& c : std::as_const(coes))
                        chunk.digests.append(
                            {c.uuid, QCryptographicHash::hash(CoeJson::write(c), QCryptographicHash::Sha256)});
                } else {
                    chunk.coes = QList<std::optional<Coe>>(ids.size());
                }
                const std::lock_guard<std::mutex> lock(shared->mutex);
                shared->ready.push_back(std::move(chunk));
                shared->changed.notify_all();
            }
            if (open)
                own.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
}

ChunkReader::~ChunkReader()
{
    {
        const std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->stop = true;
        m_shared->changed.notify_all();
    }
    m_thread.join();
    m_target.forgetPreparedFullText();
}

ChunkReader::Chunk ChunkReader::take()
{
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    m_shared->changed.wait(lock, [&] { return !m_shared->ready.empty(); });
    Chunk chunk = std::move(m_shared->ready.front());
    m_shared->ready.pop_front();
    m_shared->changed.notify_all();
    return chunk;
}

} // namespace hindsight::exchange
