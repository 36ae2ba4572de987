// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace hindsight {

struct RecoverOutcome
{
    bool ran = false;      // false: the user cancelled a file dialog
    bool complete = false; // every COE was recovered
    QString newArchive;    // the archive written, when one was
    QString text;          // one line: what happened
    QString details;       // one line per COE that could not be read
};

// File › Recover Archive…: asks for the damaged archive (unless `damaged` is
// given: the open archive, found damaged) and for a new file, then copies
// every COE that can still be read into the new file (ArchiveRecovery). The
// damaged file is only read.
RecoverOutcome runRecoverFlow(QWidget* parent, const QString& damaged = {});

} // namespace hindsight
