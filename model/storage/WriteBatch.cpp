// SPDX-License-Identifier: MIT
#include "WriteBatch.h"

#include "Archive.h"
#include "SqlUtil.h"

#include <QDir>

namespace hindsight {

WriteBatch::WriteBatch(Archive& archive) : m_archive(archive) {}

WriteBatch::~WriteBatch() = default; // the Transaction rolls back unless committed

bool WriteBatch::begin(QString* error)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    QString why;
    if (m_archive.isReadOnly() && !m_archive.isDamaged()) {
        if (error)
            *error = tr("Nothing was written: the archive %1 is open read-only.").arg(file);
        return false;
    }
    if (!m_archive.prepareWrite(&why)) {
        if (error)
            *error = tr("Nothing was written: %1").arg(why);
        return false;
    }
    auto transaction =
        std::make_unique<sql::Transaction>(m_archive.database(), sql::Transaction::Kind::Write);
    if (!transaction->begin(&why)) {
        if (error)
            *error = tr("Nothing was written to %1: %2").arg(file, why);
        return false;
    }
    m_transaction = std::move(transaction);
    return true;
}

bool WriteBatch::commit(QString* error)
{
    QString why;
    if (!m_transaction || !m_transaction->commit(&why)) {
        if (error)
            *error = tr("The last writes to %1 were not saved: %2")
                         .arg(QDir::toNativeSeparators(m_archive.path()), why);
        m_transaction.reset();
        return false;
    }
    m_transaction.reset();
    return true;
}

void WriteBatch::rollback()
{
    m_transaction.reset();
}

bool WriteBatch::isOpen() const
{
    return m_transaction != nullptr;
}

} // namespace hindsight
