// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace hindsight {

class Archive;

// One row of the archive's list of COEs.
struct CoeHeader
{
    QUuid uuid;
    QString title;
    Status status = Status::Draft;
    std::optional<int> severity;
    QString owner;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    qint64 revision = 0;
};

struct SaveResult
{
    enum class Status { Ok, Conflict, Error };
    Status status = Status::Ok;
    QString error; // says what and where, for the user
    bool ok() const { return status == Status::Ok; }
};

// Loads and stores whole COEs. Every save is one transaction, including the
// full-text index. Optimistic concurrency through Coe::revision.
class CoeRepository
{
    Q_DECLARE_TR_FUNCTIONS(CoeRepository)
public:
    explicit CoeRepository(Archive& archive);

    enum class SaveMode {
        CheckRevision, // revision 0 inserts (Conflict if the uuid exists); else the stored
                       // revision must equal coe.revision (Conflict otherwise)
        Overwrite,     // insert or replace whatever is stored under the uuid
        InsertOrCopy   // insert; when the uuid is already stored, the COE gets a new
                       // uuid (coe.uuid changes) and is inserted beside it. The check
                       // and the insert are one write transaction, so two processes
                       // importing the same document both succeed.
    };

    // On success coe.revision is the new stored revision. The repository stores
    // createdAt/updatedAt as given: the caller decides what they are.
    SaveResult save(Coe& coe, SaveMode mode = SaveMode::CheckRevision);
    std::optional<Coe> load(const QUuid& uuid, QString* error = nullptr) const;
    // Loads the COEs stored under `uuids` in one snapshot, each table read
    // once for up to a hundred of them (copy-archive's comparison): out[i] is
    // empty when the archive holds no uuids[i]. False, with `error`, when the
    // archive cannot be read.
    bool loadMany(const QList<QUuid>& uuids, QList<std::optional<Coe>>* out, QString* error = nullptr) const;
    bool exists(const QUuid& uuid) const;
    // The stored revision, or 0 when the uuid is not stored.
    qint64 revision(const QUuid& uuid) const;
    // False with `error` set when the archive is read-only, the uuid is not
    // stored, or the delete fails. Removes the COE's full-text row too.
    bool remove(const QUuid& uuid, QString* error = nullptr);
    // Ordered by updatedAt, newest first (then most recently inserted first).
    // COEs with deleted_at set (the later Trash) are not listed.
    QList<CoeHeader> list(QString* error = nullptr) const;

    // The options a save computes the review counts with (the archive's
    // Review column); the editor passes Settings' values.
    void setCheckOptions(const analysis::CheckOptions& options) { m_options = options; }
    const analysis::CheckOptions& checkOptions() const { return m_options; }

    Archive& archive() const { return m_archive; }

    // Test seam: how many COEs load() has read in this process.
    static quint64 loadCount();

private:
    // The series of the COE this repository last saved or loaded, with the
    // revision the archive then held. A save that finds that revision still
    // stored and the same series (mostly the very same shared lists: an edit
    // of other text does not copy them) leaves their rows as they are rather
    // than writing up to megabytes of points again at every autosave.
    struct KnownSeries
    {
        QUuid uuid;
        qint64 revision = 0;
        QList<QList<metrics::MetricSeries>> series; // per metric
    };
    Archive& m_archive;
    analysis::CheckOptions m_options;
    mutable std::optional<KnownSeries> m_knownSeries;
};

} // namespace hindsight
