// SPDX-License-Identifier: MIT
#pragma once

#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace hindsight {

class CoeDocument;

// Saves a document through the repository a moment after the last edit
// (every edit restarts the delay timer), and on demand (page change, close).
// Continuous typing does not put a save off for ever: a second timer, started
// by the first unsaved change and not restarted by later edits, saves at most
// maxWait() after it (a debounce with a maximum wait), so a crash or kill at
// any moment loses at most about that much work.
// A failed save keeps the edits in the document, says why (lastError) and
// tries again on the next edit or retry(); nothing is ever thrown away here.
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Saved,   // the archive holds what the document shows
        Pending, // edits wait for the timer
        Failed,  // the last save failed; the edits are only in memory
    };
    Q_ENUM(State)

    static constexpr int kDefaultDelayMs = 2000;
    static constexpr int kDefaultMaxWaitMs = 2000;

    AutoSaver(CoeDocument* document, CoeRepository* repository, QObject* parent = nullptr);

    void setDelay(int milliseconds);
    int delay() const { return m_timer.interval(); }
    // The longest time an unsaved change waits, however long the typing goes on.
    void setMaxWait(int milliseconds);
    int maxWait() const { return m_maxTimer.interval(); }

    State state() const { return m_state; }
    bool hasUnsavedChanges() const;
    QDateTime lastSavedAt() const { return m_lastSavedAt; } // UTC; invalid before the first save
    QString lastError() const { return m_lastError; }
    SaveResult::Status lastStatus() const { return m_lastStatus; }
    bool timerActive() const { return m_timer.isActive() || m_maxTimer.isActive(); }
    bool maxWaitTimerActive() const { return m_maxTimer.isActive(); }
    // Milliseconds until each timer saves (-1: not running); for tests.
    int delayRemaining() const { return m_timer.remainingTime(); }
    int maxWaitRemaining() const { return m_maxTimer.remainingTime(); }

    // Saves now if anything is unsaved; true when the archive is up to date.
    bool saveNow();

    // Versions (storage/CoeVersions.h). A save that changes the status
    // records a version (reason "status"); any other save records one
    // ("periodic") only when the COE's newest version is older than
    // versionInterval() (10 minutes), so autosaves in between are no versions.
    static constexpr int kDefaultVersionIntervalSecs = 600;
    void setVersionInterval(int seconds) { m_versionIntervalSecs = seconds; }
    int versionInterval() const { return m_versionIntervalSecs; }
    // For the editor when its window closes after changes: saves, then records
    // a version ("close") unless the newest version already holds this content.
    bool recordCloseVersion();
    // Saves now and records a version with `reason` whatever the interval,
    // even when the newest version holds the same content (History ▸ Restore:
    // reason Restore, `note` "restored version 3" before the summary). False
    // when the save (lastError) or the version (lastVersionError) failed.
    bool saveAsVersion(VersionReason reason, const QString& note);
    // Why the last version could not be recorded ("" when it was); the save itself succeeded.
    QString lastVersionError() const { return m_lastVersionError; }
    // After a conflict: replaces what is stored with this document.
    bool overwrite();

    // The stored revision this document started from: what it was opened with
    // (when stored, revision > 0), then what each save stored. A save conflict
    // compares both versions with it (three-way merge). Kept in memory: the
    // archive keeps no older revisions.
    const std::optional<Coe>& base() const { return m_base; }
    // After a conflict is resolved over the stored version `stored`: the next
    // save goes over its revision, and it is the base from now on.
    void rebase(const Coe& stored);
    // After the document was replaced by the stored version `stored` (Reload
    // after someone else saved): it is the base, and the document as it is
    // now is what the archive holds, so nothing is saved until the next edit.
    void adoptStored(const Coe& stored);

signals:
    void stateChanged(hindsight::AutoSaver::State state);
    void saved();

private:
    bool save(CoeRepository::SaveMode mode);
    void recordVersionAfterSave(const Coe& saved, std::optional<Status> previousStatus);
    void setState(State state);
    void stopTimers();

    QPointer<CoeDocument> m_doc;
    CoeRepository* m_repository;
    QTimer m_timer;    // restarted by every edit
    QTimer m_maxTimer; // started by the first unsaved change only
    quint64 m_savedGeneration = 0;
    State m_state = State::Saved;
    QDateTime m_lastSavedAt;
    QString m_lastError;
    SaveResult::Status m_lastStatus = SaveResult::Status::Ok;
    std::optional<Coe> m_base;
    int m_versionIntervalSecs = kDefaultVersionIntervalSecs;
    std::optional<QDateTime> m_lastVersionAt; // read from the archive on the first save
    QString m_lastVersionError;
    struct NextVersion
    {
        VersionReason reason;
        QString note;
    };
    std::optional<NextVersion> m_nextVersion; // saveAsVersion(): the version the save records
};

} // namespace hindsight
