// SPDX-License-Identifier: MIT
// "Has this happened before?" at scale: the similar-COE lookup
// (SimilarCoes::find, what the editor runs on its own thread) over an
// archive of N synthetic COEs (services, factor categories, Zipf-distributed
// words in title and summary, a short problem and timeline; fixed seed),
// written through the real save code. Prints median, p95 and max of the
// lookup for 60 COEs being written (unsaved, made by the same generator with
// another seed), each looked up twice. Target: <= 30 ms on 10,000 COEs.
//
//   bench_similar [N]               default 10000; SQLite in a temporary folder
//   bench_similar --keep DIR [N]    keeps (and reuses) DIR/similar-N.sqlite
//   HINDSIGHT_TEST_PG=URI bench_similar [N]   also on PostgreSQL (a fresh
//                                   schema, written with the same COEs), just
//                                   after writing and after VACUUM ANALYZE
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/SimilarCoes.h"
#include "storage/WriteBatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hindsight;

namespace {

const QStringList kServices = {
    QStringLiteral("checkout-api"),   QStringLiteral("payments-gateway"), QStringLiteral("config-service"),
    QStringLiteral("search-index"),   QStringLiteral("identity"),         QStringLiteral("inventory"),
    QStringLiteral("notifications"),  QStringLiteral("order-history"),    QStringLiteral("pricing-engine"),
    QStringLiteral("recommendations"), QStringLiteral("cdn-edge"),        QStringLiteral("dns-resolver"),
    QStringLiteral("message-queue"),  QStringLiteral("billing"),          QStringLiteral("ledger"),
    QStringLiteral("fraud-scoring"),  QStringLiteral("shipping-quotes"),  QStringLiteral("catalog"),
    QStringLiteral("session-store"),  QStringLiteral("feature-flags"),
};
const QStringList kCategories = {
    QStringLiteral("change/code"),        QStringLiteral("change/configuration"), QStringLiteral("change/infrastructure"),
    QStringLiteral("change/data"),        QStringLiteral("change/dependency"),    QStringLiteral("capacity"),
    QStringLiteral("dependency-failure"), QStringLiteral("detection-gap"),        QStringLiteral("process-gap"),
    QStringLiteral("safeguard-missing"),  QStringLiteral("external-event"),
};
const QStringList kWords = QStringLiteral(
    "request error latency timeout retry queue backlog connection pool thread host region zone cluster node "
    "replica primary failover leader election deployment rollout rollback canary config flag change alarm page "
    "engineer dashboard metric threshold customer checkout payment order cart session login token certificate "
    "expired cache eviction memory leak cpu saturation disk throttling rate limit capacity scaling autoscaling "
    "balancer traffic spike burst dependency upstream downstream gateway database index query lock contention "
    "deadlock migration schema backup restore snapshot network packet loss dns resolver partition brain clock "
    "skew cron batch worker consumer producer message duplicate idempotency ledger reconciliation invoice "
    "refund fraud score model release version build pipeline coverage review runbook mitigated resolved "
    "detected diagnosed escalated outage degraded partial recovered zeppelin jalapeño")
                                    .split(QLatin1Char(' '));

// Domain words at every 8th Zipf rank, made-up words between (as bench_archive).
class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed)
    {
        const QStringList syllables =
            QStringLiteral("ka to ri ne mo la vu si de pa gro tin bel mar ost urn fey qua zen lo").split(QLatin1Char(' '));
        QRandomGenerator words(7);
        int domain = 0;
        for (int rank = 0; rank < int(kWords.size()) * 8; ++rank) {
            if (rank % 8 == 0) {
                m_words << kWords.at(domain++);
            } else {
                QString w;
                for (int i = 0, n = 2 + int(words.bounded(3u)); i < n; ++i)
                    w += syllables.at(int(words.bounded(quint32(syllables.size()))));
                m_words << w;
            }
        }
        double sum = 0;
        for (int rank = 0; rank < m_words.size(); ++rank)
            m_cdf << (sum += 1.0 / (rank + 1));
        for (double& c : m_cdf)
            c /= sum;
    }
    int pick(int n) { return int(m_random.bounded(quint32(n))); }
    QString words(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i) {
            const auto it = std::lower_bound(m_cdf.begin(), m_cdf.end(), m_random.generateDouble());
            out << m_words.at(std::min<qsizetype>(it - m_cdf.begin(), m_words.size() - 1));
        }
        return out.join(QLatin1Char(' '));
    }
    QString sentences(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << words(8 + pick(10)) + QLatin1Char('.');
        return out.join(QLatin1Char(' '));
    }
    Coe coe()
    {
        Coe c = makeNewCoe();
        const QString service = kServices.at(pick(int(kServices.size())));
        c.title = QStringLiteral("%1 %2").arg(service, words(5));
        c.severity = 1 + pick(5);
        c.services = {service};
        if (pick(2))
            c.services << kServices.at(pick(int(kServices.size())));
        c.summary = sentences(5);
        c.problem = sentences(3);
        const QDateTime start = QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(qint64(pick(7 * 365 * 24)) * 3600);
        for (int t = 0; t < 6; ++t)
            c.timeline << TimelineEntry{start.addSecs(t * 600), words(12),
                                        t == 0 ? Milestone::ImpactStart : Milestone::None, false, {}, {}};
        for (int f = 0, n = 1 + pick(3); f < n; ++f)
            c.factors << ContributingFactor{QStringLiteral("f%1").arg(f), kCategories.at(pick(int(kCategories.size()))),
                                            words(8), {}};
        return c;
    }

private:
    QRandomGenerator m_random;
    QStringList m_words;
    QList<double> m_cdf;
};

bool fill(Archive& archive, int n)
{
    Generator generator(42);
    CoeRepository repo(archive);
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < n;) {
        WriteBatch batch(archive);
        QString error;
        if (!batch.begin(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        for (int i = 0; i < 250 && done < n; ++i, ++done) {
            Coe c = generator.coe();
            const SaveResult saved = repo.save(c);
            if (!saved.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error));
                return false;
            }
        }
        if (!batch.commit(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    std::printf("  wrote %d COEs in %.1f s\n", n, double(timer.elapsed()) / 1000.0);
    return true;
}

void measure(const char* name, Archive& archive)
{
    Generator generator(4242);
    QList<Coe> probes;
    for (int i = 0; i < 60; ++i)
        probes << generator.coe();
    SimilarCoes similar(archive);
    QList<double> times;
    qsizetype found = 0;
    for (int round = 0; round < 2; ++round) {
        for (const Coe& probe : std::as_const(probes)) {
            QElapsedTimer t;
            t.start();
            QString error;
            const QList<SimilarCoe> result = similar.find(probe, 8, &error);
            times << double(t.nsecsElapsed()) / 1e6;
            if (!error.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(error));
            found += result.size();
        }
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times.at(qMin(times.size() - 1, qsizetype(q * double(times.size() - 1) + 0.5))); };
    std::printf("%-26s lookup: median %.1f ms, p95 %.1f ms, max %.1f ms (%lld lookups, %.1f found each)\n", name,
                at(0.5), at(0.95), times.last(), qlonglong(times.size()), double(found) / double(times.size()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keep;
    if (args.size() >= 2 && args.first() == QLatin1String("--keep")) {
        keep = args.at(1);
        args = args.mid(2);
    }
    const int n = args.isEmpty() ? 10000 : args.first().toInt();
    QTemporaryDir temp;
    const QString folder = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("similar-%1.sqlite").arg(n));
    QFile load(QStringLiteral("/proc/loadavg"));
    const QString loadAverage =
        load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
    std::printf("bench_similar: %d COEs, load average %s\n", n, qPrintable(loadAverage));
    const bool exists = QFileInfo::exists(path);
    QString error;
    {
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        if (!archive) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (!exists && !fill(*archive, n))
            return 1;
    }
    {
        auto archive = Archive::open(path, Archive::Access::ReadOnly, &error); // as the editor's lookup thread
        if (!archive) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        measure("SQLite", *archive);
    }
    if (!test::archiveBackendProblem(QStringLiteral("postgresql")).isEmpty())
        return 0;
    const QString location = test::freshArchiveLocation(QStringLiteral("postgresql"), QString(), &error);
    auto pg = location.isEmpty() ? nullptr : Archive::open(location, Archive::Access::ReadWrite, &error);
    if (!pg) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!fill(*pg, n))
        return 1;
    measure("PostgreSQL (just written)", *pg);
    // As autovacuum leaves a table some time after a burst of writes: the
    // GIN indexes' pending lists merged (every search reads them whole
    // until then) and the planner's statistics made.
    if (!test::execInArchive(location, QStringLiteral("VACUUM ANALYZE"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    measure("PostgreSQL (vacuumed)", *pg);
    return 0;
}
