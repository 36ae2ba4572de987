// SPDX-License-Identifier: MIT
// Insights on 10,000 COEs (issue #14): the facts' bulk load and the first
// computeInsights (the window's first figures, target <= 300 ms, the load
// <= ~250 ms on SQLite), then filter changes recomputed in memory from the
// loaded facts (target <= 150 ms each). Prints figures; asserts nothing.
//
//   build/tests/bench/bench_insights [COUNT] [--runs R] [--keep DIR]
//   tests/with-postgres.sh build/tests/bench/bench_insights ...   (PostgreSQL too)
//
// The SQLite archive is generated once (real saves, 500 a transaction) and
// kept in DIR (default: the system's temporary folder) as
// bench-insights-COUNT.sqlite; with HINDSIGHT_TEST_PG set the same COEs are
// also written to a fresh schema on that server.
#include "TestSupport.h"
#include "insights/Insights.h"
#include "insights/InsightsExport.h"
#include "insights/InsightsFacts.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/WriteBatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace hindsight;
using namespace hindsight::insights;

namespace {

const QStringList kServices = {
    QStringLiteral("checkout-api"),  QStringLiteral("payments-gateway"), QStringLiteral("config-service"),
    QStringLiteral("search-index"),  QStringLiteral("identity"),         QStringLiteral("inventory"),
    QStringLiteral("notifications"), QStringLiteral("order-history"),    QStringLiteral("pricing-engine"),
    QStringLiteral("recommendations"), QStringLiteral("cdn-edge"),      QStringLiteral("dns-resolver"),
    QStringLiteral("message-queue"), QStringLiteral("billing"),          QStringLiteral("ledger"),
    QStringLiteral("fraud-scoring"), QStringLiteral("shipping-quotes"),  QStringLiteral("catalog"),
    QStringLiteral("session-store"), QStringLiteral("feature-flags"),
};
const QStringList kTags = {QStringLiteral("deployment"), QStringLiteral("configuration"), QStringLiteral("capacity"),
                           QStringLiteral("database"),   QStringLiteral("network"),       QStringLiteral("dependency"),
                           QStringLiteral("certificate"), QStringLiteral("payments"),     QStringLiteral("security"),
                           QStringLiteral("data-loss")};
const QStringList kCategories = {
    QStringLiteral("change/code"),       QStringLiteral("change/configuration"), QStringLiteral("change/infrastructure"),
    QStringLiteral("change/data"),       QStringLiteral("change/dependency"),    QStringLiteral("capacity"),
    QStringLiteral("dependency-failure"), QStringLiteral("detection-gap"),       QStringLiteral("process-gap"),
    QStringLiteral("safeguard-missing"), QStringLiteral("external-event")};
const QStringList kWords = QStringLiteral(
    "the pool was exhausted after a deploy of config rollback alarm paged customer report latency error rate "
    "replica lag certificate expired queue backlog retry storm cache miss timeout limit dns failover region")
                               .split(QLatin1Char(' '));

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}
    int pick(int n) { return int(m_random.bounded(quint32(n))); }
    QString words(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << kWords.at(pick(int(kWords.size())));
        return out.join(QLatin1Char(' '));
    }

    // A COE of realistic size and skewed durations (log-normal-ish minutes),
    // some milestones missing, factors, detection, approval, action items.
    Coe coe(int i)
    {
        Coe c;
        // Name-based (version 5): the same for the same i, spread like the
        // random uuids of real COEs. ("000…0042" as bytes made Qt's uuid hash,
        // which folds the bytes together with XOR, put thousands in few buckets.)
        c.uuid = QUuid::createUuidV5(QUuid(), QString::number(i));
        const QString service = kServices.at(pick(int(kServices.size())));
        c.title = QStringLiteral("%1: %2").arg(service, words(6));
        c.status = Status(pick(4));
        c.severity = 1 + pick(5);
        c.owner = QStringLiteral("Owner %1").arg(pick(30));
        c.services = {service};
        if (pick(2))
            c.services << kServices.at(pick(int(kServices.size())));
        c.tags = {kTags.at(pick(int(kTags.size())))};
        const QDateTime start = QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc())
                                    .addSecs(qint64(pick(7 * 365 * 24)) * 3600 + pick(3600));
        c.createdAt = start.addDays(1);
        c.updatedAt = start.addDays(2);
        c.summary = words(120);
        c.problem = words(60);
        auto skewed = [&](int base) { return qint64(base * (1 + pick(4)) * (pick(10) == 0 ? 10 : 1) + pick(base)); };
        const qint64 detect = skewed(8);
        const qint64 diagnose = detect + skewed(20);
        const qint64 mitigate = diagnose + skewed(15);
        const qint64 resolve = mitigate + skewed(60);
        const QList<std::pair<qint64, Milestone>> moments{{-5, Milestone::Trigger},       {0, Milestone::ImpactStart},
                                                          {detect, Milestone::Detected},   {diagnose, Milestone::Diagnosed},
                                                          {mitigate, Milestone::Mitigated}, {resolve, Milestone::Resolved}};
        for (int t = 0; t < 20; ++t) {
            TimelineEntry e;
            e.at = start.addSecs(qint64(t) * 300);
            e.text = words(15);
            c.timeline << e;
        }
        for (const auto& [minutes, milestone] : moments) {
            if (milestone != Milestone::ImpactStart && pick(12) == 0)
                continue; // about one in twelve milestones not recorded
            c.timeline << TimelineEntry{start.addSecs(minutes * 60), words(8), milestone, false, {}, {}};
        }
        sortTimeline(c.timeline);
        const int factors = pick(4);
        for (int f = 0; f < factors; ++f)
            c.factors << ContributingFactor{QStringLiteral("f%1").arg(f + 1), kCategories.at(pick(int(kCategories.size()))),
                                            words(10), {}};
        const int source = pick(10);
        c.detection.source = source < 5   ? DetectionSource::Alarm
                             : source < 8 ? DetectionSource::CustomerReport
                             : source < 9 ? DetectionSource::InternalReport
                                          : DetectionSource::None;
        if (c.status == Status::Approved || c.status == Status::Closed) {
            c.review.approvedAt = start.addSecs(resolve * 60).addSecs(qint64(pick(30 * 24)) * 3600);
            c.review.approvedBy = QStringLiteral("Approver");
            c.review.approvedVersion = 1;
        }
        for (int a = 0; a < 5; ++a) {
            ActionItem item;
            item.id = QStringLiteral("a%1").arg(a + 1);
            item.title = words(6);
            item.description = words(20);
            item.priority = Priority(pick(4));
            item.owner = QStringLiteral("Team %1").arg(pick(8));
            item.due = pick(8) ? start.date().addDays(14 + pick(400)) : QDate();
            item.status = ActionStatus(pick(4));
            c.actionItems << item;
        }
        return c;
    }

private:
    QRandomGenerator m_random;
};

bool generate(Archive& archive, int count)
{
    Generator g(14);
    CoeRepository repo(archive);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count;) {
        WriteBatch batch(archive);
        QString error;
        if (!batch.begin(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        for (int k = 0; k < 500 && i < count; ++k, ++i) {
            Coe c = g.coe(i);
            const auto result = repo.save(c);
            if (!result.ok()) {
                std::fprintf(stderr, "save %d failed\n", i);
                return false;
            }
        }
        if (!batch.commit(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    std::printf("  generated %d COEs in %.1f s\n", count, timer.elapsed() / 1000.0);
    return true;
}

// CPU time of this thread: the machine may be shared, and wall time then
// includes waiting for a core.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString num(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("-");
}

void measure(Archive& archive, const QString& name, int runs)
{
    std::printf("%s (%s):\n", qPrintable(name), qPrintable(archive.path()));
    const QDate today(2026, 1, 1);
    QList<double> loads, firsts, totals, cpuLoads, cpuTotals;
    InsightsFacts facts;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuMs();
        QString error;
        InsightsFacts f;
        if (!loadInsightsFacts(archive, &f, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
        const double load = timer.nsecsElapsed() / 1e6;
        cpuLoads << cpuMs() - cpu0;
        const Insights in = computeInsights(f, {}, today);
        const double total = timer.nsecsElapsed() / 1e6;
        cpuTotals << cpuMs() - cpu0;
        loads << load;
        firsts << total - load;
        totals << total;
        facts = std::move(f);
    }
    std::printf("  %lld COEs; facts load: median %.1f ms (max %.1f); first computeInsights: median %.1f ms;\n"
                "  load + first figures: median %.1f ms (max %.1f) over %d runs (target <= 300 ms)\n",
                qlonglong(facts.coes.size()), median(loads), *std::max_element(loads.begin(), loads.end()),
                median(firsts), median(totals), *std::max_element(totals.begin(), totals.end()), runs);
    std::printf("  CPU time (this thread): facts load median %.1f ms, load + first figures median %.1f ms (load "
                "average %s)\n",
                median(cpuLoads), median(cpuTotals), qPrintable(loadAverage()));

    struct Change
    {
        const char* what;
        InsightsFilter filter;
    };
    QList<Change> changes;
    InsightsFilter f;
    changes << Change{"none (all again)", f};
    f.severity = 1;
    changes << Change{"severity 1", f};
    f = {};
    f.service = kServices.at(0);
    changes << Change{"service", f};
    f = {};
    f.category = kCategories.at(1);
    changes << Change{"factor category", f};
    f = {};
    f.from = QDate(2024, 1, 1);
    f.to = QDate(2025, 12, 31);
    changes << Change{"two years", f};
    f = {};
    f.granularity = Granularity::Month;
    changes << Change{"by month (84 periods)", f};
    f = {};
    f.repeatWindowDays = 365;
    changes << Change{"repeat window 365 days", f};
    for (const Change& c : std::as_const(changes)) {
        QList<double> ms, cpu;
        int n = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const double cpu0 = cpuMs();
            const Insights in = computeInsights(facts, c.filter, today);
            ms << timer.nsecsElapsed() / 1e6;
            cpu << cpuMs() - cpu0;
            n = int(in.coes.size());
        }
        std::printf("  filter change, %-24s %5d COEs: median %.1f ms, max %.1f ms, CPU median %.1f ms (target <= 150 "
                    "ms)\n",
                    c.what, n, median(ms), *std::max_element(ms.begin(), ms.end()), median(cpu));
    }
    QElapsedTimer timer;
    timer.start();
    const Insights in = computeInsights(facts, {}, today);
    const QByteArray json = QJsonDocument(toJson(in)).toJson(QJsonDocument::Compact);
    const double jsonMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const QByteArray csv = toCsv(in);
    std::printf("  computeInsights + toJson: %.1f ms (%.1f MB); toCsv: %.1f ms (%.1f MB)\n", jsonMs,
                json.size() / 1e6, timer.nsecsElapsed() / 1e6, csv.size() / 1e6);
    std::printf("  figures: %lld periods;", qlonglong(in.periods.size()));
    for (const DurationFigure& d : in.durations)
        std::printf(" %s median %s p90 %s N %d unknown %lld;", qPrintable(phaseKey(d.phase)),
                    qPrintable(num(d.overall.summary.median)), qPrintable(num(d.overall.summary.p90)),
                    d.overall.summary.n, qlonglong(d.overall.unknown.size()));
    std::printf("\n  pareto top: %s %d (%.0f%%), %s %d; pairs %lld; repeats (90 days) %lld; detection alarm %s%%;"
                " done by due %s%%; timeliness median %s days (N %d)\n",
                qPrintable(in.factors.pareto.value(0).category), in.factors.pareto.value(0).count,
                100 * in.factors.pareto.value(0).cumulativeShare, qPrintable(in.factors.pareto.value(1).category),
                in.factors.pareto.value(1).count, qlonglong(in.factors.pairs.size()), qlonglong(in.repeats.size()),
                qPrintable(num(in.detection.overall.shares[0] ? std::optional<double>(100 * *in.detection.overall.shares[0])
                                                              : std::nullopt)),
                qPrintable(num(in.followThrough.due.doneShare ? std::optional<double>(100 * *in.followThrough.due.doneShare)
                                                              : std::nullopt)),
                qPrintable(num(in.followThrough.timeliness.summary.median)), in.followThrough.timeliness.summary.n);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    int runs = 5;
    QString dir = QDir::tempPath();
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            dir = args.at(++i);
        else
            count = args.at(i).toInt();
    }
    runs = std::max(runs, 1);
    std::printf("bench_insights: %d COEs, %d runs\n", count, runs);
    const QString path = QDir(dir).filePath(QStringLiteral("bench-insights-%1.sqlite").arg(count));
    const bool exists = QFileInfo::exists(path);
    QString error;
    {
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        if (!archive) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (!exists && !generate(*archive, count))
            return 1;
    }
    {
        auto archive = Archive::open(path, Archive::Access::ReadOnly, &error);
        if (!archive) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        measure(*archive, QStringLiteral("SQLite"), runs);
    }
    if (!qEnvironmentVariableIsEmpty("HINDSIGHT_TEST_PG")) {
        const QString location = test::freshArchiveLocation(QStringLiteral("postgresql"), QString(), &error);
        auto archive = location.isEmpty() ? nullptr : Archive::open(location, Archive::Access::ReadWrite, &error);
        if (!archive) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        if (!generate(*archive, count))
            return 1;
        measure(*archive, QStringLiteral("PostgreSQL"), runs);
    }
    return 0;
}
