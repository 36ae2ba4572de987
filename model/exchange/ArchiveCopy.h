// SPDX-License-Identifier: MIT
#pragma once

#include "exchange/CoeImporter.h"
#include "storage/Archive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <functional>

namespace hindsight::exchange {

// Copies every COE of one archive into another (hindsight copy-archive, File ›
// Copy Archive To…): the live COEs and the Trash (each with its own trash
// time), metric images and all, then compares both sides COE by COE: the
// exported JSON (CoeJson::write) of each copied COE must be byte for byte the
// same in both archives, and so must its place (live or Trash, and when it was
// trashed). The source's side of a COE read ahead while copying is its JSON
// as read then, kept as a SHA-256 digest (the source is read again only for
// a COE that differs, to name where). Only the public storage API (Archive,
// CoeRepository, CoeCatalog) is used, so it works for any back end that API
// opens; into an empty server archive the full-text indexes are built again
// on connections of their own during the comparison (Backend::finishBulkLoadGroups).
//
// The target must hold no COE (Trash included) unless `merge` is set; then a
// uuid already in the target is "unchanged" when it is identical there, and
// otherwise a conflict resolved by `onConflict` with import's meaning: Fail
// leaves the target's COE as it is (a conflict left, reported), Replace
// overwrites it, Copy stores the source's COE beside it under a new uuid.
//
// The versions of each COE (CoeVersions) go along to a COE new in the target.
// Not copied: the revision counter (storage keeps no history of revisions,
// only a counter for conflict detection; every copied COE starts at revision
// 1 in the target) and the archive's own files (automatic backups).
struct ArchiveCopyOptions
{
    bool merge = false;
    ConflictPolicy onConflict = ConflictPolicy::Fail;
    // The automatic backups of a target opened by path (the user's setting):
    // merging into an archive that holds COEs makes the day's backup first.
    Archive::BackupPolicy targetBackups;
    // The target is written in transactions of this many COEs (fewer when a
    // batch has taken a quarter of a second, so that others waiting to write
    // to it are not kept waiting).
    int batchSize = 200;
};

struct ArchiveCopyReport
{
    enum class Outcome
    {
        Done,           // copied and verified identical (conflicts may be left: see conflictsLeft)
        Refused,        // nothing written: see error (unreadable source, target not writable, same archive)
        TargetNotEmpty, // nothing written: the target holds COEs and merge was not set
        Cancelled,      // stopped by the progress callback; what was copied so far stays
        Failed,         // a write failed or a COE could not be read: see error and problems
        Different       // copied, but the comparison found differences: see differences
    };
    Outcome outcome = Outcome::Refused;
    QString error; // one message for the user naming the archive(s), empty when Done

    int sourceCoes = 0;    // COEs in the source, the Trash included
    int sourceTrashed = 0; // of them in the Trash
    int targetCoesBefore = 0;
    int copied = 0;        // stored under their own uuid, new in the target
    int copiedTrashed = 0; // of all COEs stored by this copy, how many went to the Trash
    int unchanged = 0;     // merge: already in the target, identical
    int replaced = 0;      // merge, Replace: the target's COE overwritten
    int copiedAsNew = 0;   // merge, Copy: stored beside the target's under a new uuid
    int conflictsLeft = 0; // merge, Fail: the target's COE left as it was
    int verified = 0;      // COEs compared identical after the copy

    struct Item
    {
        QUuid uuid;       // in the source
        QUuid targetUuid; // where it went (differs from uuid after a Copy)
        QString title;
        QString detail; // what differs (a JSON path), or why it failed
    };
    QList<Item> conflicts;   // merge, Fail: left as they were
    QList<Item> differences; // the comparison found these not identical
    QList<Item> problems;    // could not be read or written

    bool ok() const { return outcome == Outcome::Done && conflictsLeft == 0; }
};

class ArchiveCopy
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCopy)
public:
    enum class Phase
    {
        Copying,
        Verifying
    };
    // Called after every COE; `total` counts the COEs of the phase. Return
    // false to cancel (checked between COEs). May run on a worker thread.
    using Progress = std::function<bool(Phase phase, int done, int total)>;

    // Opens `from` read-only (nothing is ever written to it) and `to`
    // read-write (created when it does not exist), on the calling thread, and
    // copies. A source that is also the target is refused.
    static ArchiveCopyReport copy(const QString& from, const QString& to, const ArchiveCopyOptions& options,
                                  const Progress& progress = {});
    // The same on archives already open (`from` may be open read-write: it is
    // only read).
    static ArchiveCopyReport copy(Archive& from, Archive& to, const ArchiveCopyOptions& options,
                                  const Progress& progress = {});

    // "Copied 12 COEs (3 in the Trash) from A to B; …; 12 verified identical."
    static QString summary(const ArchiveCopyReport& report, const QString& from, const QString& to);
    // "“Title” (uuid)".
    static QString describe(const ArchiveCopyReport::Item& item);

    // The JSON path of the first difference between two exported documents
    // ("$.timeline[3].text"), "$" when they are not JSON, empty when equal.
    static QString firstDifference(const QByteArray& a, const QByteArray& b);
};

} // namespace hindsight::exchange
