// SPDX-License-Identifier: MIT
#include "editor/SimilarLookup.h"

#include "document/CoeDocument.h"
#include "storage/Archive.h"

#include <QThread>
#include <atomic>

namespace hindsight {

// The lookup thread. Its Archive is opened, used and closed on that thread
// only (a QSqlDatabase connection belongs to one thread).
struct SimilarLookup::Worker
{
    QThread thread;
    QObject* context = nullptr;       // lives in `thread`: queued calls run there
    std::unique_ptr<Archive> archive; // worker thread only
    std::atomic<quint64> latest{0};   // newest generation asked for: older ones are skipped

    Worker()
    {
        thread.setObjectName(QStringLiteral("hindsight-similar"));
        context = new QObject;
        context->moveToThread(&thread);
        thread.start();
    }
    ~Worker()
    {
        QMetaObject::invokeMethod(context, [this] { archive.reset(); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete context;
    }
};

SimilarLookup::SimilarLookup(CoeDocument* document, Archive& archive, QObject* parent)
    : QObject(parent), m_doc(document), m_archive(archive), m_worker(std::make_unique<Worker>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &SimilarLookup::refreshNow);
    connect(m_doc, &CoeDocument::changed, this, &SimilarLookup::documentChanged);
    refreshNow();
}

SimilarLookup::~SimilarLookup() = default;

void SimilarLookup::setDelay(int ms)
{
    m_timer.setInterval(ms);
}

// Everything find() reads; other edits (the timeline, an action item) start no lookup.
QString SimilarLookup::key() const
{
    const Coe& c = m_doc->coe();
    QStringList parts{c.title, c.summary, c.services.join(QChar(0x1f))};
    for (const ContributingFactor& f : c.factors)
        parts << f.category;
    parts << QStringLiteral("|");
    for (const RelatedItem& r : c.related)
        if (r.kind == RelatedKind::Coe)
            parts << r.uuid;
    return parts.join(QChar(0x1e));
}

void SimilarLookup::documentChanged()
{
    if (key() == m_key)
        return;
    m_timer.start(); // restarted by every edit: one lookup once typing pauses
}

void SimilarLookup::refreshNow()
{
    m_timer.stop();
    m_key = key();
    const quint64 generation = ++m_generation;
    m_pending = generation;
    m_worker->latest = generation;
    ++m_started;
    // What find() reads, not the whole document (images stay behind).
    const Coe& c = m_doc->coe();
    Coe probe;
    probe.uuid = c.uuid;
    probe.title = c.title;
    probe.summary = c.summary;
    probe.services = c.services;
    probe.factors = c.factors;
    probe.related = c.related;
    Worker* worker = m_worker.get();
    const QString location = m_archive.location();
    QMetaObject::invokeMethod(worker->context, [this, worker, generation, location, probe] {
        if (worker->latest != generation)
            return; // superseded before it started
        QString error;
        if (!worker->archive)
            worker->archive = Archive::open(location, Archive::Access::ReadOnly, &error);
        QList<SimilarCoe> found;
        if (worker->archive)
            found = SimilarCoes(*worker->archive).find(probe, kLimit, &error);
        // `this` outlives the worker (~SimilarLookup waits for the thread);
        // an answer posted to it while it is destroyed is dropped with it.
        QMetaObject::invokeMethod(
            this, [this, generation, found, error] { apply(generation, found, error); }, Qt::QueuedConnection);
    });
}

void SimilarLookup::apply(quint64 generation, const QList<SimilarCoe>& results, const QString& error)
{
    if (generation != m_pending)
        return;
    m_pending = 0;
    m_results = results;
    m_results.removeIf([this, generation](const SimilarCoe& s) {
        const auto it = m_hiddenAt.constFind(s.uuid);
        return it != m_hiddenAt.cend() && generation <= *it;
    });
    m_error = error;
    emit resultsChanged();
}

void SimilarLookup::hide(const QUuid& other)
{
    m_hiddenAt.insert(other, m_generation);
    const qsizetype before = m_results.size();
    m_results.removeIf([&other](const SimilarCoe& s) { return s.uuid == other; });
    if (m_results.size() != before)
        emit resultsChanged();
}

bool SimilarLookup::markNotRelated(const QUuid& other, QString* error)
{
    if (!SimilarCoes(m_archive).markNotRelated(m_doc->coe().uuid, other, error))
        return false;
    hide(other);
    return true;
}

bool SimilarLookup::unmarkNotRelated(const QUuid& other, QString* error)
{
    if (!SimilarCoes(m_archive).unmarkNotRelated(m_doc->coe().uuid, other, error))
        return false;
    m_hiddenAt.remove(other);
    refreshNow();
    return true;
}

} // namespace hindsight
