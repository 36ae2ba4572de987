// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QSet>
#include <QSqlDatabase>
#include <QUuid>
#include <future>
#include <optional>

namespace hindsight {

class Archive;

// Why a version was recorded (stored as its spelling: "close", "status", ...).
enum class VersionReason { Close, Status, Import, Periodic, Restore, Manual };
QString toString(VersionReason reason);
std::optional<VersionReason> versionReasonFromString(const QString& text);

// One row of a COE's history, without its document.
struct CoeVersionInfo
{
    int number = 0;       // 1, 2, ... per COE
    QDateTime at;         // UTC
    QString author;
    VersionReason reason = VersionReason::Manual;
    Status status = Status::Draft;
    bool approved = false; // the COE was approved at this version: never pruned
    QString summary;       // the one-line summary of what changed since the previous version
};

// The versions of the archive's COEs (table coe_versions, schema 6): the
// documents as compressed interchange JSON, numbered per COE; from schema 8 the
// newest of each COE whole and each older one as the line delta from the next
// newer (README.md, "Versions"). A COE's versions
// go when the COE is deleted for good (ON DELETE CASCADE); the Trash keeps them.
class CoeVersions
{
    Q_DECLARE_TR_FUNCTIONS(CoeVersions)
public:
    explicit CoeVersions(Archive& archive);

    // Records `coe` (which must be stored in the archive under its uuid) as its
    // next version, by the archive's saver (Settings' name or the OS user; on
    // a PostgreSQL archive the database user when that is empty). `at` defaults
    // to now. Gives the new version's number, or nothing with `error` set.
    std::optional<int> add(const Coe& coe, VersionReason reason, const QString& summary, QString* error = nullptr,
                           const QDateTime& atUtc = {});
    // add() with the summary of what changed since the newest version
    // (analysis::CoeDiff::summaryLine; "first version" for the first). When
    // the newest version holds the same content, nothing is added and its
    // number is given. A non-empty `note` ("restored version 3") goes before
    // the summary, and the version is added even when the content is the same
    // (a restore is an event of its own).
    std::optional<int> record(const Coe& coe, VersionReason reason, QString* error = nullptr,
                              const QDateTime& atUtc = {}, const QString& note = {});
    // Oldest first; reads no documents. Empty (and no error) for a COE without versions.
    QList<CoeVersionInfo> list(const QUuid& uuid, QString* error = nullptr) const;
    // The newest version's row, if any.
    std::optional<CoeVersionInfo> latest(const QUuid& uuid, QString* error = nullptr) const;
    // The number the next version of the COE will get (1 when it has none);
    // nothing, with `error` set, when the versions cannot be read.
    std::optional<int> nextNumber(const QUuid& uuid, QString* error = nullptr) const;
    // The document of version `number`.
    std::optional<Coe> load(const QUuid& uuid, int number, QString* error = nullptr) const;
    // Thins versions older than keepDays before nowUtc to one a day per COE
    // (the last of each UTC day); versions of an approved state are kept.
    // Gives how many were deleted, or -1 with `error` set.
    int prune(const QDateTime& nowUtc, int keepDays = 90, QString* error = nullptr);
    // prune() at most once a day per archive (whoever opens it): `today` (the
    // user's date) is recorded in the archive (archive_chores) after thinning,
    // and a later call on the same day does nothing. keepDays 0 never thins.
    // Gives how many were deleted (0 when not due), or -1 with `error` set.
    int pruneOncePerDay(const QDateTime& nowUtc, const QDate& today, int keepDays, QString* error = nullptr);
    // Whether pruneOncePerDay() would thin today: one small read, cheap
    // enough for the GUI thread. False when the archive cannot be written.
    bool pruneDue(const QDate& today, int keepDays) const;

    // Copies every version of `sourceUuid` in `source` to the COE `targetUuid`
    // of this archive (copy-archive), as they are (time, author, reason,
    // summary, document), numbered after any versions it has already.
    bool copyFrom(Archive& source, const QUuid& sourceUuid, const QUuid& targetUuid, QString* error = nullptr);
    // The COEs that have at least one version (none before schema 6).
    bool coesWithVersions(QSet<QUuid>* uuids, QString* error = nullptr) const;

    // The compressed interchange JSON stored for a COE's newest version (and back).
    static QByteArray pack(const Coe& coe);
    static std::optional<Coe> unpack(const QByteArray& stored, QString* error);

    // For the schema's migration 7 -> 8 (Schema.cpp): stores the versions
    // written whole by schema 6 and 7 as reverse deltas, in the caller's
    // transaction; every version loads exactly as before.
    static bool storeAsDeltas(const QSqlDatabase& db, QString* error);

private:
    QString author() const;
    Archive& m_archive;
};

// The archive window's daily thinning (CoeVersions::pruneOncePerDay) on a
// thread of its own, with a connection of its own to the same archive, so
// that opening a large archive does not wait for it. Destroying it waits for
// a thinning that is running.
class BackgroundThinning
{
public:
    BackgroundThinning() = default;
    ~BackgroundThinning();
    BackgroundThinning(const BackgroundThinning&) = delete;
    BackgroundThinning& operator=(const BackgroundThinning&) = delete;

    // Starts when thinning is due for `archive` (pruneDue: one small read on
    // this thread); false when it is not.
    bool start(Archive& archive, const QDateTime& nowUtc, const QDate& today, int keepDays);
    bool isRunning() const { return m_result.valid(); }
    // Waits for the thinning started: how many versions went, or -1 with
    // `error` set; 0 when none was started.
    int wait(QString* error = nullptr);

private:
    std::future<std::pair<int, QString>> m_result;
};

} // namespace hindsight
