// SPDX-License-Identifier: MIT
#include "AutoSaver.h"

#include "CoeDocument.h"
#include "storage/CoeVersions.h"

namespace hindsight {

AutoSaver::AutoSaver(CoeDocument* document, CoeRepository* repository, QObject* parent)
    : QObject(parent), m_doc(document), m_repository(repository), m_savedGeneration(document->generation())
{
    if (document->coe().revision > 0)
        m_base = document->coe();
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    // Precise: a coarse timer may fire up to 5% late, past the promised wait.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_maxTimer.setTimerType(Qt::PreciseTimer);
    m_maxTimer.setSingleShot(true);
    m_maxTimer.setInterval(kDefaultMaxWaitMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(&m_maxTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(document, &CoeDocument::changed, this, [this] {
        if (!hasUnsavedChanges()) {
            stopTimers();
            setState(State::Saved);
            return;
        }
        m_timer.start();
        if (!m_maxTimer.isActive())
            m_maxTimer.start();
        // A failure stays visible until a save succeeds.
        if (m_state != State::Failed)
            setState(State::Pending);
    });
}

void AutoSaver::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void AutoSaver::setMaxWait(int milliseconds)
{
    m_maxTimer.setInterval(milliseconds);
}

void AutoSaver::stopTimers()
{
    m_timer.stop();
    m_maxTimer.stop();
}

bool AutoSaver::hasUnsavedChanges() const
{
    return m_doc && m_doc->generation() != m_savedGeneration;
}

bool AutoSaver::saveNow()
{
    stopTimers();
    if (!hasUnsavedChanges() && m_state != State::Failed)
        return true;
    return save(CoeRepository::SaveMode::CheckRevision);
}

bool AutoSaver::overwrite()
{
    stopTimers();
    return save(CoeRepository::SaveMode::Overwrite);
}

bool AutoSaver::save(CoeRepository::SaveMode mode)
{
    if (!m_doc || !m_repository)
        return false;
    const quint64 generation = m_doc->generation();
    Coe copy = m_doc->coe();
    const std::optional<Status> previousStatus =
        m_base ? std::optional<Status>(m_base->status) : std::nullopt;
    const SaveResult result = m_repository->save(copy, mode);
    m_lastStatus = result.status;
    if (!result.ok()) {
        m_lastError = result.status == SaveResult::Status::Conflict && result.error.isEmpty()
                          ? tr("Someone else saved this COE since you opened it.")
                          : result.error;
        setState(State::Failed);
        return false;
    }
    m_doc->setRevision(copy.revision);
    recordVersionAfterSave(copy, previousStatus);
    m_base = std::move(copy);
    m_savedGeneration = generation;
    m_lastError.clear();
    m_lastSavedAt = QDateTime::currentDateTimeUtc();
    setState(hasUnsavedChanges() ? State::Pending : State::Saved);
    emit saved();
    return true;
}

void AutoSaver::recordVersionAfterSave(const Coe& saved, std::optional<Status> previousStatus)
{
    CoeVersions versions(m_repository->archive());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_nextVersion) {
        if (versions.record(saved, m_nextVersion->reason, &m_lastVersionError, now, m_nextVersion->note))
            m_lastVersionAt = now;
        return;
    }
    VersionReason reason = VersionReason::Status;
    if (!previousStatus || *previousStatus == saved.status) {
        if (!m_lastVersionAt) {
            QString error;
            const std::optional<CoeVersionInfo> latest = versions.latest(saved.uuid, &error);
            m_lastVersionAt = latest ? latest->at : QDateTime();
        }
        if (m_lastVersionAt->isValid() && m_lastVersionAt->secsTo(now) < m_versionIntervalSecs)
            return;
        reason = VersionReason::Periodic;
    }
    if (versions.record(saved, reason, &m_lastVersionError, now))
        m_lastVersionAt = now;
}

bool AutoSaver::saveAsVersion(VersionReason reason, const QString& note)
{
    if (!m_doc || !m_repository)
        return false;
    stopTimers();
    m_nextVersion = NextVersion{reason, note};
    bool ok = false;
    if (hasUnsavedChanges() || m_state == State::Failed) {
        ok = save(CoeRepository::SaveMode::CheckRevision);
    } else {
        // Nothing to save: the archive holds the document already.
        recordVersionAfterSave(m_doc->coe(), std::nullopt);
        ok = true;
        setState(m_state); // the editor reads lastVersionError on every state change
    }
    m_nextVersion.reset();
    return ok && m_lastVersionError.isEmpty();
}

bool AutoSaver::recordCloseVersion()
{
    if (!saveNow() || !m_doc)
        return false;
    if (!m_lastSavedAt.isValid()) // nothing was changed while the window was open
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!CoeVersions(m_repository->archive()).record(m_doc->coe(), VersionReason::Close, &m_lastVersionError, now))
        return false;
    m_lastVersionAt = now;
    return true;
}

void AutoSaver::rebase(const Coe& stored)
{
    if (m_doc)
        m_doc->setRevision(stored.revision);
    m_base = stored;
}

void AutoSaver::adoptStored(const Coe& stored)
{
    rebase(stored);
    stopTimers();
    if (m_doc)
        m_savedGeneration = m_doc->generation();
    m_lastError.clear();
    m_lastStatus = SaveResult::Status::Ok;
    setState(State::Saved);
}

void AutoSaver::setState(State state)
{
    // Emitted even when unchanged after a save, so "saved hh:mm" refreshes.
    m_state = state;
    emit stateChanged(state);
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_AutoSaver.cpp"
