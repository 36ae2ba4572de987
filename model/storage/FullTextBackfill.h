// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <thread>

namespace hindsight {

// Filling an empty server archive in bulk (copy-archive): the copy's saves
// on `db` leave their search rows (fulltext::setDeferred) to a connection
// and thread of this class's own, which writes them once their saves have
// committed (add()), while the copy goes on. Writing a COE's search row is
// half the server's work of its save: the two halves then run on both
// cores. The rows are written without the archive's write lock: a COE
// another writer saved since keeps the row that save wrote, one trashed or
// removed since gets none (Backend::addFullText); at the end, that
// connection puts right under the lock whatever a race or a failed batch
// left (fulltext::repair).
class FullTextBackfill
{
public:
    explicit FullTextBackfill(const QSqlDatabase& db);
    ~FullTextBackfill(); // finish(), its error ignored
    FullTextBackfill(const FullTextBackfill&) = delete;
    FullTextBackfill& operator=(const FullTextBackfill&) = delete;

    // COEs whose saves on `db` have committed (the Trash's too: they get no row).
    void add(QList<Coe> coes);
    // Waits for the rows of every COE added and the repair, and gives `db`'s
    // saves their rows back. False when the other connection could not open
    // or repair: then `db` has it to do (fulltext::repair). Once, from any
    // one thread at a time.
    bool finish(QString* error);

private:
    struct Shared;
    QSqlDatabase m_db;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
    bool m_finished = false;
};

} // namespace hindsight
