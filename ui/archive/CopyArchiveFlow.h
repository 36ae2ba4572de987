// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace hindsight {

struct CopyArchiveOutcome
{
    bool ran = false;      // false: the user cancelled the file dialog or the merge question
    bool complete = false; // every COE copied and verified identical, no conflict left
    QString target;        // the archive written to, when anything was
    QString text;          // one line: what happened
    QString details;       // one line per COE in conflict, different, or not copied
};

// File › Copy Archive To…: asks for a file and copies every COE of `source`
// (the Trash and images included) into it, then compares both sides COE by
// COE (exchange::ArchiveCopy), on a worker thread behind a progress dialog
// that can cancel. A file that already holds COEs is merged into only when
// the user says so, choosing what happens to a COE both hold with different
// content. `source` is only read.
CopyArchiveOutcome runCopyArchiveFlow(QWidget* parent, const QString& source);

} // namespace hindsight
