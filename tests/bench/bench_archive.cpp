// SPDX-License-Identifier: MIT
// The archive browser at scale: writes a synthetic archive of N realistic
// COEs (text about the size of the example, 20 timeline entries and 6 action
// items each, varied vocabulary, fixed seed) through the real save code, then
// measures in a fresh process: time until the first screen of rows is ready,
// search latency (median, p95) over a fixed set of queries, filter latency,
// and resident memory.
//
//   bench_archive [N ...]           default: 1000 10000
//   bench_archive --keep DIR N ...  keeps the archives in DIR (reused if present)
//   bench_archive --huge E [--runs R] [--cli PATH] N ...
//       adds one COE of E timeline entries ("Entry number i ...", a size the
//       spec allows) to each archive, repeats every query R times (default
//       5) printing median / p95 per query, hostile queries included (800
//       words, "a OR " 3,000 times), and also times each query as a whole
//       `hindsight search` command (PATH: the hindsight executable, default
//       ../../app/hindsight beside this program).
//   bench_archive --query TEXT [--query TEXT ...] ...
//       measures these queries only (e.g. under valgrind --tool=callgrind).
#include "itemmodels/CoeTableModel.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

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
const QStringList kOwners = {
    QStringLiteral("Dana Ortiz"),  QStringLiteral("Sam Lee"),       QStringLiteral("Priya Natarajan"),
    QStringLiteral("Jonas Weber"), QStringLiteral("Aiko Tanaka"),   QStringLiteral("Lucía Fernández"),
    QStringLiteral("Omar Haddad"), QStringLiteral("Grace Mensah"),  QStringLiteral("Mikko Virtanen"),
    QStringLiteral("Zoë Martin"),
};
const QStringList kTags = {QStringLiteral("deployment"), QStringLiteral("configuration"), QStringLiteral("capacity"),
                           QStringLiteral("database"),   QStringLiteral("network"),       QStringLiteral("dependency"),
                           QStringLiteral("certificate"), QStringLiteral("payments"),     QStringLiteral("security"),
                           QStringLiteral("data-loss")};
// Common operational vocabulary; a few words are made rare on purpose below.
const QStringList kWords = QStringLiteral(
    "the a of to in and for with on after before during while because when request requests error errors latency "
    "timeout timeouts retry retries queue queues backlog connection connections pool pools thread threads host "
    "hosts region regions zone zones cluster node nodes replica replicas primary failover leader election "
    "deployment deploy deployed rollout rollback canary config configuration flag flags change changes alarm "
    "alarms page paged on-call engineer engineers dashboard metric metrics graph threshold thresholds customer "
    "customers checkout payment payments order orders cart session sessions login token tokens certificate "
    "expired cache caches eviction memory leak cpu saturation disk full throttling rate limit limits capacity "
    "scaling autoscaling load balancer traffic spike burst dependency upstream downstream service services api "
    "gateway database index query queries lock contention deadlock migration schema backup restore snapshot "
    "network packet loss dns resolver partition split brain clock skew cron job batch worker workers consumer "
    "producer message messages duplicate idempotency ledger reconciliation invoice refund fraud score model "
    "release version build pipeline test tests coverage review reviewer approved manual step runbook mitigated "
    "resolved detected diagnosed escalated incident impact severity outage degraded partial complete recovered "
    "café résumé naïve façade jalapeño")
                                    .split(QLatin1Char(' '));

// The vocabulary: the domain words above spread over Zipf ranks (every 16th
// rank, so some are in every COE and some in few), the ranks between filled
// with made-up words; words are drawn with probability proportional to
// 1 / (rank + 1), like natural text.
class Vocabulary
{
public:
    Vocabulary()
    {
        const QStringList syllables = QStringLiteral("ka to ri ne mo la vu si de pa gro tin bel mar"
                                                     " ost urn fey qua zen lo")
                                          .split(QLatin1Char(' '));
        QRandomGenerator random(7);
        int domain = 0;
        for (int rank = 0; rank < int(kWords.size()) * 16; ++rank) {
            if (rank % 16 == 0) {
                m_words << kWords.at(domain++);
            } else {
                QString w;
                const int n = 2 + int(random.bounded(3u));
                for (int i = 0; i < n; ++i)
                    w += syllables.at(int(random.bounded(quint32(syllables.size()))));
                m_words << w;
            }
        }
        double sum = 0;
        for (int rank = 0; rank < m_words.size(); ++rank) {
            sum += 1.0 / (rank + 1);
            m_cdf << sum;
        }
        for (double& c : m_cdf)
            c /= sum;
    }
    const QString& draw(QRandomGenerator& random) const
    {
        const double u = random.generateDouble();
        const auto it = std::lower_bound(m_cdf.begin(), m_cdf.end(), u);
        return m_words.at(std::min<qsizetype>(it - m_cdf.begin(), m_words.size() - 1));
    }

private:
    QStringList m_words;
    QList<double> m_cdf;
};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    QString words(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << m_vocabulary.draw(m_random);
        QString s = out.join(QLatin1Char(' '));
        s[0] = s[0].toUpper();
        return s + QLatin1Char('.');
    }
    QString paragraph(int sentences)
    {
        // Stock phrases of the trade turn up in some sentences, so phrase
        // searches find something.
        static const QStringList phrases = {QStringLiteral("the connection pool was exhausted"),
                                            QStringLiteral("we hit the rate limit"),
                                            QStringLiteral("a split brain between replicas"),
                                            QStringLiteral("the certificate had expired"),
                                            QStringLiteral("rolled back the deployment")};
        QStringList out;
        for (int i = 0; i < sentences; ++i) {
            QString sentence = words(8 + int(m_random.bounded(10u)));
            if (m_random.bounded(40u) == 0) {
                sentence.chop(1);
                sentence += QStringLiteral(" when ") + phrases.at(int(m_random.bounded(quint32(phrases.size()))))
                    + QLatin1Char('.');
            }
            out << sentence;
        }
        return out.join(QLatin1Char(' '));
    }
    int pick(int n) { return int(m_random.bounded(quint32(n))); }

    Coe coe(int i)
    {
        Coe c;
        c.uuid = QUuid::fromRfc4122(QByteArray::number(i).rightJustified(16, '0'));
        const QString service = kServices.at(pick(int(kServices.size())));
        c.title = QStringLiteral("%1 %2 after %3").arg(service, words(4).chopped(1).toLower(), words(3).chopped(1).toLower());
        c.status = Status(pick(4));
        c.severity = 1 + pick(5);
        c.owner = kOwners.at(pick(int(kOwners.size())));
        c.reviewers = {kOwners.at(pick(int(kOwners.size()))), kOwners.at(pick(int(kOwners.size())))};
        c.services = {service};
        if (pick(2))
            c.services << kServices.at(pick(int(kServices.size())));
        c.tags = {kTags.at(pick(int(kTags.size()))), kTags.at(pick(int(kTags.size())))};
        const QDateTime start = QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc())
                                    .addSecs(qint64(pick(7 * 365 * 24)) * 3600 + pick(3600));
        c.createdAt = start.addDays(1);
        c.updatedAt = start.addDays(2 + pick(30));
        c.displayTimeZone = QTimeZone(pick(3) == 0 ? "America/Bogota" : pick(2) ? "Europe/Berlin" : "UTC");
        // Rare words: a ticket number unique to this COE, and "zeppelin" in about 1 in 1,000.
        c.summary = paragraph(7) + QStringLiteral(" Ticket INC-%1.").arg(i)
            + (i % 997 == 0 ? QStringLiteral(" The zeppelin cluster was involved.") : QString());
        c.problem = paragraph(3);
        c.impact.customersAffected = pick(100000);
        c.impact.description = paragraph(2);
        c.impact.consequences = paragraph(2);
        c.impact.secondOrder = paragraph(1);
        c.impact.customerSentiment = paragraph(1);
        for (int t = 0; t < 20; ++t) {
            TimelineEntry e;
            e.at = start.addSecs(t * 240 + pick(200));
            e.text = words(10 + pick(12));
            if (t == 0)
                e.milestone = Milestone::Trigger;
            else if (t == 2)
                e.milestone = Milestone::ImpactStart;
            else if (t == 6)
                e.milestone = Milestone::Detected;
            else if (t == 16)
                e.milestone = Milestone::Mitigated;
            else if (t == 19)
                e.milestone = Milestone::Resolved;
            c.timeline << e;
        }
        for (int m = 0; m < 3; ++m) {
            Metric metric;
            metric.name = words(3).chopped(1);
            metric.role = MetricRole(1 + pick(3));
            metric.description = paragraph(1);
            c.metrics << metric;
        }
        for (int q = 0; q < 10; ++q)
            c.questions << Question{QuestionArea(q % 4), words(8), paragraph(2)};
        for (int w = 0; w < 6; ++w) {
            WhyStep step;
            step.id = QStringLiteral("w%1").arg(w + 1);
            step.parentId = w == 0 ? QString() : QStringLiteral("w%1").arg(w);
            step.why = words(8);
            step.because = words(12);
            step.rootCause = w == 5;
            c.whys << step;
        }
        for (int a = 0; a < 6; ++a) {
            ActionItem item;
            item.id = QStringLiteral("a%1").arg(a + 1);
            item.title = words(6).chopped(1);
            item.description = paragraph(1);
            item.priority = Priority(1 + pick(3));
            item.owner = kOwners.at(pick(int(kOwners.size())));
            item.due = start.date().addDays(14 + pick(400));
            item.status = ActionStatus(pick(4));
            item.kind = ActionKind(1 + pick(5));
            item.whys = {QStringLiteral("w6")};
            c.actionItems << item;
        }
        return c;
    }

private:
    QRandomGenerator m_random;
    Vocabulary m_vocabulary;
};

// CPU time of this thread: the machine may be shared, and wall time then
// includes waiting for a core.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};
Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms.at(ms.size() / 2);
    s.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, (ms.size() * 95 + 99) / 100 - 1));
    s.max = ms.last();
    return s;
}

Coe hugeCoe(int entries)
{
    Coe c = makeNewCoe(QStringLiteral("Replay of the event log into the ledger"));
    c.uuid = QUuid::fromRfc4122(QByteArray("huge-coe-0000000"));
    c.summary = QStringLiteral("A replay wrote one timeline entry per event; the COE holds them all.");
    const QDateTime start(QDate(2024, 3, 7), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < entries; ++i) {
        TimelineEntry e;
        e.at = start.addSecs(i);
        e.text = QStringLiteral("Entry number %1: event %2 replayed into the ledger.").arg(i).arg(i * 7 + 3);
        c.timeline << e;
    }
    return c;
}

bool generate(const QString& path, int count, int hugeEntries)
{
    QString error;
    auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    CoeRepository repo(*archive);
    Generator gen(20240307);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        Coe c = gen.coe(i);
        const SaveResult r = repo.save(c, CoeRepository::SaveMode::Overwrite);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return false;
        }
        if ((i + 1) % 10000 == 0)
            std::fprintf(stderr, "  ... %d saved (%.0f s)\n", i + 1, t.elapsed() / 1000.0);
    }
    std::printf("  generate %d COEs (one save each, real save code): %.1f s (%.2f ms per COE)\n", count,
                t.elapsed() / 1000.0, double(t.elapsed()) / count);
    if (hugeEntries > 0) {
        t.restart();
        Coe huge = hugeCoe(hugeEntries);
        const SaveResult r = repo.save(huge, CoeRepository::SaveMode::Overwrite);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return false;
        }
        std::printf("  plus one COE of %d timeline entries: saved in %.1f s\n", hugeEntries, t.elapsed() / 1000.0);
    }
    return true;
}

// In a fresh process, so the figures do not include the generator's memory.
struct Options
{
    int hugeEntries = 0;
    int runs = 1;
    QString cli;
    QStringList queries; // --query: only these instead of the benchmark set
};

// Each query `runs` times in process (count + first page with snippets, as
// the archive window does) and as a whole `hindsight search` command.
void measureQueries(CoeTableModel& model, const QString& path, const QStringList& queries, const Options& options)
{
    Generator gen(99);
    QStringList all = queries;
    const QString words800 = gen.words(800);
    const QString aOr = QStringLiteral("a OR ").repeated(3000);
    if (options.queries.isEmpty()) { // --query: those only
        all << QStringLiteral("entry") << QStringLiteral("entry number") << QStringLiteral("\"entry number\"")
            << QStringLiteral("replayed ledger") << QStringLiteral("entr");
        all << words800 << aOr;
    }
    auto label = [&](const QString& q) {
        if (q == words800)
            return QStringLiteral("<800 words>");
        if (q == aOr)
            return QStringLiteral("<\"a OR \" x 3000>");
        return q;
    };
    QList<double> p95s, cliP95s;
    std::printf("  per query, %d runs (in process: count + first page with snippets; command: hindsight search)\n",
                options.runs);
    for (const QString& q : all) {
        QList<double> ms, cpu;
        for (int r = 0; r < options.runs; ++r) {
            CoeQuery query;
            query.text = q;
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuMs();
            model.setQuery(query);
            ms << t.nsecsElapsed() / 1e6;
            cpu << cpuMs() - cpu0;
        }
        const Stats s = stats(ms);
        const Stats sc = stats(cpu);
        p95s << s.p95;
        QString cliText;
        if (!options.cli.isEmpty()) {
            QList<double> cliMs;
            for (int r = 0; r < qMax(1, options.runs / 2); ++r) {
                QProcess p;
                QElapsedTimer t;
                t.start();
                p.start(options.cli, {QStringLiteral("--archive"), path, QStringLiteral("search"), QStringLiteral("--"), q});
                p.waitForFinished(-1);
                cliMs << t.nsecsElapsed() / 1e6;
                if (p.exitCode() != 0 && r == 0)
                    cliText = QStringLiteral(" (exit %1)").arg(p.exitCode());
            }
            const Stats c = stats(cliMs);
            cliP95s << c.p95;
            cliText = QStringLiteral("  command median %1 ms p95 %2 ms").arg(c.median, 0, 'f', 1).arg(c.p95, 0, 'f', 1)
                + cliText;
        }
        std::printf("    %-34s %6d found  median %7.1f ms  p95 %7.1f ms (CPU p95 %6.1f ms)%s\n",
                    qPrintable(label(q).left(34)), model.totalCount(), s.median, s.p95, sc.p95, qPrintable(cliText));
        std::fflush(stdout);
    }
    std::printf("  worst per-query p95: in process %.1f ms", *std::max_element(p95s.begin(), p95s.end()));
    if (!cliP95s.isEmpty())
        std::printf(", whole command %.1f ms", *std::max_element(cliP95s.begin(), cliP95s.end()));
    std::printf("\n");
}

int measure(const QString& path, const Options& options)
{
    const QDate today(2026, 1, 15);
    QElapsedTimer t;
    t.start();
    const double openCpu0 = cpuMs();
    QString error;
    auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double archiveMs = t.nsecsElapsed() / 1e6;
    CoeTableModel model;
    model.setToday(today);
    model.setArchive(archive.get()); // count + first page (100 rows)
    const double openMs = t.nsecsElapsed() / 1e6;
    const double openCpu = cpuMs() - openCpu0;
    std::printf("  open until the first screen of rows is ready: %.1f ms (%d COEs, %d rows loaded; "
                "Archive::open %.1f ms, model %.1f ms; CPU %.1f ms)\n",
                openMs, model.totalCount(), model.rowCount(), archiveMs, openMs - archiveMs, openCpu);
    std::printf("  resident memory after opening: %.1f MiB\n", residentMiB());

    // Sorting by a column: ORDER BY in SQL, first page.
    for (int column : {int(CoeTableModel::TitleColumn), int(CoeTableModel::IncidentColumn),
                       int(CoeTableModel::OverdueActionsColumn)}) {
        t.restart();
        model.sort(column, Qt::DescendingOrder);
        std::printf("  sort by %s: %.1f ms\n", qPrintable(model.headerData(column, Qt::Horizontal).toString()),
                    t.nsecsElapsed() / 1e6);
    }
    model.sort(-1, Qt::AscendingOrder);

    const QStringList queries = !options.queries.isEmpty() ? options.queries : QStringList{
        // rare
        QStringLiteral("zeppelin"), QStringLiteral("INC-4242"), QStringLiteral("jalapeño"),
        // common
        QStringLiteral("timeout"), QStringLiteral("deployment"), QStringLiteral("customers checkout"),
        QStringLiteral("database lock"), QStringLiteral("the"),
        // prefix
        QStringLiteral("deplo"), QStringLiteral("reconcil"), QStringLiteral("cert"), QStringLiteral("pay"),
        // phrase
        QStringLiteral("\"connection pool\""), QStringLiteral("\"rate limit\""), QStringLiteral("\"split brain\""),
        QStringLiteral("\"zeppelin cluster\""), QStringLiteral("\"rolled back the deployment\""),
        // diacritics folded
        QStringLiteral("cafe"),
        // no match
        QStringLiteral("xylophone"), QStringLiteral("\"pool connection timeout zeppelin\""),
        QStringLiteral("qqqqq"),
        // stray syntax
        QStringLiteral("\"unbalanced quote"), QStringLiteral("NEAR(a b) OR *"),
    };
    QList<double> searchMs, searchCpuMs;
    for (const QString& q : queries) {
        CoeQuery query;
        query.text = q;
        t.restart();
        const double cpu0 = cpuMs();
        model.setQuery(query); // count + first page with snippets
        const double ms = t.nsecsElapsed() / 1e6;
        const double cpu = cpuMs() - cpu0;
        searchMs << ms;
        searchCpuMs << cpu;
        std::printf("    search %-40s %7d found %8.1f ms (CPU %.1f ms)\n", qPrintable(q), model.totalCount(), ms, cpu);
    }
    const Stats s = stats(searchMs);
    const Stats sc = stats(searchCpuMs);
    std::printf("  search over %lld queries: median %.1f ms, p95 %.1f ms, max %.1f ms (CPU time: median %.1f ms, "
                "p95 %.1f ms)\n",
                qlonglong(searchMs.size()), s.median, s.p95, s.max, sc.median, sc.p95);
    std::printf("  resident memory after %lld searches: %.1f MiB\n", qlonglong(searchMs.size()), residentMiB());
    if (options.hugeEntries > 0 || options.runs > 1)
        measureQueries(model, path, queries, options);
    if (!options.queries.isEmpty())
        return 0; // --query: searches only

    QList<double> filterMs, filterCpuMs;
    for (int i = 0; i < 10; ++i) {
        CoeQuery query;
        query.severity = 1 + i % 5;
        query.status = Status(i % 4);
        query.incidentFrom = QDateTime(QDate(2020 + i % 5, 1, 1), QTime(0, 0), QTimeZone::utc());
        query.incidentTo = query.incidentFrom.addMonths(6);
        t.restart();
        const double cpu0 = cpuMs();
        model.setQuery(query);
        filterMs << t.nsecsElapsed() / 1e6;
        filterCpuMs << cpuMs() - cpu0;
    }
    const Stats f = stats(filterMs);
    const Stats fc = stats(filterCpuMs);
    std::printf("  filter severity + status + date range (10 runs): median %.1f ms, p95 %.1f ms (CPU time: median "
                "%.1f ms, p95 %.1f ms)\n",
                f.median, f.p95, fc.median, fc.p95);
    CoeQuery overdue;
    overdue.overdueOnly = true;
    t.restart();
    model.setQuery(overdue);
    std::printf("  filter has overdue actions: %.1f ms (%d found)\n", t.nsecsElapsed() / 1e6, model.totalCount());
    std::printf("  resident memory at the end: %.1f MiB\n", residentMiB());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    Options options;
    QString keep;
    bool measureOnly = false;
    QString measurePath;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        const QString value = args.isEmpty() ? QString() : args.takeFirst();
        if (option == QLatin1String("--measure")) {
            measureOnly = true;
            measurePath = value;
        } else if (option == QLatin1String("--keep")) {
            keep = value;
        } else if (option == QLatin1String("--huge")) {
            options.hugeEntries = value.toInt();
            options.runs = qMax(options.runs, 5);
        } else if (option == QLatin1String("--runs")) {
            options.runs = qMax(1, value.toInt());
        } else if (option == QLatin1String("--cli")) {
            options.cli = value;
        } else if (option == QLatin1String("--query")) {
            options.queries << value;
        } else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(option));
            return 2;
        }
    }
    if (measureOnly)
        return measure(measurePath, options);
    if (options.cli.isEmpty() && (options.hugeEntries > 0 || options.runs > 1)) {
        const QString cli = QDir(app.applicationDirPath()).filePath(QStringLiteral("../../app/hindsight"));
        if (QFileInfo::exists(cli))
            options.cli = QFileInfo(cli).canonicalFilePath();
    }
    if (args.isEmpty())
        args = {QStringLiteral("1000"), QStringLiteral("10000")};
    QTemporaryDir temp;
    const QString folder = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(folder);
    for (const QString& arg : args) {
        const int count = arg.toInt();
        if (count <= 0)
            continue;
        const QString path = QDir(folder).filePath(
            options.hugeEntries > 0 ? QStringLiteral("bench-%1-huge%2.sqlite").arg(count).arg(options.hugeEntries)
                                    : QStringLiteral("bench-%1.sqlite").arg(count));
        std::printf("N = %d%s\n", count,
                    options.hugeEntries > 0 ? qPrintable(QStringLiteral(" + one COE of %1 entries").arg(options.hugeEntries))
                                            : "");
        std::fflush(stdout);
        if (!QFileInfo::exists(path) && !generate(path, count, options.hugeEntries))
            return 1;
        std::printf("  archive file: %.1f MiB\n", QFileInfo(path).size() / 1048576.0);
        std::fflush(stdout);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList childArgs = {QStringLiteral("--runs"), QString::number(options.runs)};
        if (options.hugeEntries > 0)
            childArgs << QStringLiteral("--huge") << QString::number(options.hugeEntries);
        if (!options.cli.isEmpty())
            childArgs << QStringLiteral("--cli") << options.cli;
        for (const QString& q : std::as_const(options.queries))
            childArgs << QStringLiteral("--query") << q;
        child.start(app.applicationFilePath(), childArgs + QStringList{QStringLiteral("--measure"), path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    return 0;
}
