// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace hindsight {

class Archive;
namespace sql {
class Transaction;
}

// Several writes in one transaction (copy-archive writes its target in
// batches): every CoeRepository::save/remove and CoeCatalog trash change made
// on `archive` while the batch is open becomes part of it and is committed by
// commit(), or by none when the batch is rolled back or destroyed first. Each
// write still succeeds or fails on its own (a savepoint inside the batch: a
// failed or conflicting save leaves the batch's other writes in place). The
// batch holds the archive's write lock until it ends: keep it short (others
// wait for it up to the busy timeout).
class WriteBatch
{
    Q_DECLARE_TR_FUNCTIONS(WriteBatch)
public:
    explicit WriteBatch(Archive& archive);
    ~WriteBatch(); // rolls back unless committed
    WriteBatch(const WriteBatch&) = delete;
    WriteBatch& operator=(const WriteBatch&) = delete;

    // Archive::prepareWrite() (read-only, damage, the day's backup), then the
    // write transaction. False with the reason naming the archive.
    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();
    bool isOpen() const;

private:
    Archive& m_archive;
    std::unique_ptr<sql::Transaction> m_transaction;
};

} // namespace hindsight
