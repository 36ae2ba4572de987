// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace hindsight {

// What a recovery did.
struct RecoveryReport
{
    // A COE that could not be read: its uuid and title when the archive still
    // gives them, else only the row id.
    struct Lost
    {
        qint64 rowId = 0;
        QUuid uuid;
        QString title;
        QString reason;
    };
    QList<QUuid> recovered;
    QList<Lost> lost;
    QString error; // nothing could be done: the reason (target exists, cannot read at all, …)
    bool complete() const { return error.isEmpty() && lost.isEmpty(); }
};

// Copies every COE that can still be read from a damaged archive into a new
// archive. The damaged file is never opened for writing, nor opened in place
// at all: it (and its -wal file) are copied to a temporary folder and read
// from there, so not a byte beside it changes. COEs are found through the
// table, through the uuid index and by row id, so a damaged page loses only
// the COEs whose rows it held.
class ArchiveRecovery
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveRecovery)
public:
    // `target` must not exist; it is created as a new archive (also when
    // some COEs are lost: the rest are written).
    static RecoveryReport recover(const QString& damaged, const QString& target);
    // One line for a lost COE: "“title” (uuid …)" or "row 12".
    static QString describe(const RecoveryReport::Lost& lost);
};

} // namespace hindsight
