// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "report/ReportOptions.h"

#include <QList>
#include <QString>

namespace hindsight {
class Archive;
}

namespace hindsight::report {

// Fills ReportOptions::versionStamps (the title block's version and approval)
// from the archive's versions (CoeVersions), for the editor's exports and the
// command line's; the report itself reads no storage.
struct ReportVersionStamp
{
    // The stamp of `coe` as stored in `archive`: its newest version, whether
    // `coe` holds changes after it (`unsaved`: an editor's edits not saved
    // yet), and its approval. Nothing for a COE without versions or when they
    // cannot be read (`error` set then).
    static std::optional<VersionStamp> read(Archive& archive, const Coe& coe, bool unsaved = false,
                                            QString* error = nullptr);
    // read() for each COE into options->versionStamps; COEs whose versions
    // cannot be read get no stamp (the first error goes to `error`).
    static void fill(Archive& archive, const QList<Coe>& coes, ReportOptions* options,
                     QString* error = nullptr);
};

} // namespace hindsight::report
