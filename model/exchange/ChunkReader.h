// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace hindsight {
class Backend;
}

namespace hindsight::exchange {

// The source's COEs, read a hundred at a time on a thread and a connection
// of their own, at most two hundreds ahead of the copy, which writes the
// hundred before (reading was a sixth of the writing thread's work). The
// same thread works out what the target's full-text index needs of them
// (a server's: their words and word pairs, Backend::prepareFullText) and
// their exported JSON as a SHA-256 digest: the comparison then reads the
// target alone (the source again only for a COE that differs, or went under
// another uuid, for its message).
class ChunkReader
{
public:
    using Digests = QList<std::pair<QUuid, QByteArray>>;
    struct Chunk
    {
        bool read = false; // false: this thread could not read it (read it on the copy's)
        QList<std::optional<Coe>> coes;
        Digests digests;
    };
    static constexpr int kChunk = 100;

    ChunkReader(const QSqlDatabase& source, const Backend& target, const QList<QUuid>& uuids);
    ~ChunkReader();
    ChunkReader(const ChunkReader&) = delete;
    ChunkReader& operator=(const ChunkReader&) = delete;

    // The next chunk, in order (waits for it).
    Chunk take();

private:
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<Chunk> ready;
        bool stop = false;
    };
    const Backend& m_target;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace hindsight::exchange
