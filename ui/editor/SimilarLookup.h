// SPDX-License-Identifier: MIT
#pragma once

#include "storage/SimilarCoes.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace hindsight {

class Archive;
class CoeDocument;

// "Has this happened before?" for one editor window: the similar past COEs
// of its document (SimilarCoes), looked up on a thread of its own with its
// own read-only connection to the archive (opened again from
// Archive::location()), so typing never waits for it. The first lookup
// starts at once; after that, an edit of what the lookup reads (title,
// summary, services, factor categories, related COEs) starts one when no
// further such edit came for delay() ms (default 2.5 s). An answer that a
// newer lookup has superseded is dropped. "Not related" is written through
// the window's own archive (a click, not typing) and hides the COE at once.
class SimilarLookup : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 2500;
    static constexpr int kLimit = 8;

    SimilarLookup(CoeDocument* document, Archive& archive, QObject* parent = nullptr);
    ~SimilarLookup() override;

    void setDelay(int ms);
    int delay() const { return m_timer.interval(); }
    // Starts a lookup now (a pending delayed one is dropped).
    void refreshNow();
    const QList<SimilarCoe>& results() const { return m_results; }
    QString lastError() const { return m_error; }
    bool isLooking() const { return m_pending != 0; }
    // How many lookups were started (tests: typing starts one, not one per key).
    int lookupsStarted() const { return m_started; }

    // Marks `other` not related to this COE (SimilarCoes::markNotRelated) and
    // hides it now; unmark shows it again (a new lookup).
    bool markNotRelated(const QUuid& other, QString* error = nullptr);
    bool unmarkNotRelated(const QUuid& other, QString* error = nullptr);
    // Takes `other` out of the results shown (added as related, say).
    void hide(const QUuid& other);

signals:
    void resultsChanged();

private:
    void documentChanged();
    QString key() const;
    void apply(quint64 generation, const QList<SimilarCoe>& results, const QString& error);

    struct Worker;
    CoeDocument* m_doc;
    Archive& m_archive;
    std::unique_ptr<Worker> m_worker;
    QTimer m_timer;
    QString m_key; // what the last lookup (or the one waiting) was for
    quint64 m_generation = 0;
    quint64 m_pending = 0;
    int m_started = 0;
    QList<SimilarCoe> m_results;
    QString m_error;
    // Hidden here (hide, markNotRelated) while the lookups started before it
    // may still answer with them: the generation current when hidden.
    QHash<QUuid, quint64> m_hiddenAt;
};

} // namespace hindsight
