// SPDX-License-Identifier: MIT
#include "insights/Insights.h"
#include "insights/InsightsExport.h"
#include "insights/Statistics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace hindsight;
using namespace hindsight::insights;

// The statistics of Insights, checked against values worked out here, by
// hand or by a second, independent formula, from fixture COEs.
class TestInsightsStatistics : public QObject
{
    Q_OBJECT

    // R-7 as its usual 1-based statement: h = (n - 1) p + 1,
    // Q = x_floor(h) + (h - floor(h)) (x_floor(h)+1 - x_floor(h)).
    static double referenceQuantile(QList<double> v, double p)
    {
        std::sort(v.begin(), v.end());
        const double h = (v.size() - 1) * p + 1;
        const int k = int(h); // 1-based
        if (k >= v.size())
            return v.last();
        return v[k - 1] + (h - k) * (v[k] - v[k - 1]);
    }

    static QDateTime t(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }

    static QUuid uuidOf(int n) { return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'))); }

    // A COE whose impact started at `start` and was detected `detect` minutes
    // later (none: no detected milestone), resolved `resolve` minutes after
    // the start (none: not resolved).
    static CoeFact coe(int n, const QDateTime& start, std::optional<int> detect, std::optional<int> severity = 2,
                       std::optional<int> resolve = std::nullopt)
    {
        CoeFact f;
        f.uuid = uuidOf(n);
        f.title = QStringLiteral("COE %1").arg(n);
        f.severity = severity;
        f.incidentAt = start;
        if (start.isValid())
            f.milestones << TimelineEntry{start, {}, Milestone::ImpactStart, false, {}, {}};
        if (detect)
            f.milestones << TimelineEntry{start.addSecs(qint64(*detect) * 60), {}, Milestone::Detected, false, {}, {}};
        if (resolve)
            f.milestones << TimelineEntry{start.addSecs(qint64(*resolve) * 60), {}, Milestone::Resolved, false, {}, {}};
        f.durations = analysis::computeDurations(f.milestones);
        return f;
    }

    static InsightsFacts factsOf(const QList<CoeFact>& coes)
    {
        InsightsFacts facts;
        facts.coes = coes;
        facts.reindex();
        return facts;
    }

    static QList<double> values(const DurationGroup& g)
    {
        QList<double> out;
        for (const DurationPoint& p : g.points)
            out << p.value;
        return out;
    }

    static const QDate kToday;

private slots:
    void quantilesOfEvenAndOddN()
    {
        // Even N: median between the two middle values; p90 at h = 3 * 0.9 = 2.7.
        const QList<double> even{40, 10, 30, 20};
        QCOMPARE(*quantile(even, 0.5), 25.0);
        QCOMPARE(*quantile(even, 0.9), 30 + 0.7 * (40 - 30));
        // Odd N: the middle value; p90 at h = 4 * 0.9 = 3.6.
        const QList<double> odd{5, 1, 9, 3, 7};
        QCOMPARE(*quantile(odd, 0.5), 5.0);
        QCOMPARE(*quantile(odd, 0.9), 7 + 0.6 * (9 - 7));
        // One value: every quantile is it.
        QCOMPARE(*quantile({42}, 0.9), 42.0);
        // Ends: minimum and maximum.
        QCOMPARE(*quantile(odd, 0.0), 1.0);
        QCOMPARE(*quantile(odd, 1.0), 9.0);
        const Summary s = summarize(odd);
        QCOMPARE(s.n, 5);
        QCOMPARE(*s.median, 5.0);
    }

    void emptyGroupsHaveNoMedian()
    {
        QVERIFY(!quantile({}, 0.5));
        QVERIFY(!quantile({1, 2}, 1.5));
        const Summary s = summarize({});
        QCOMPARE(s.n, 0);
        QVERIFY(!s.median);
        QVERIFY(!s.p90);
        QVERIFY(!tukeyFences({1, 2, 3})); // too few for fences
    }

    void quantileMatchesTheReferenceFormula()
    {
        QRandomGenerator random(14);
        for (int round = 0; round < 200; ++round) {
            QList<double> v;
            const int n = 1 + int(random.bounded(40));
            for (int i = 0; i < n; ++i)
                v << double(random.bounded(100000)) / 7.0;
            for (const double p : {0.1, 0.25, 0.5, 0.75, 0.9}) {
                const double expected = referenceQuantile(v, p);
                QVERIFY2(std::abs(*quantile(v, p) - expected) < 1e-9 * std::max(1.0, std::abs(expected)),
                         qPrintable(QStringLiteral("n=%1 p=%2").arg(n).arg(p)));
            }
        }
    }

    void durationsPerPeriodWithUnknownNeverZero()
    {
        // Q1 2026: detect 10, 20, 30, 40 minutes and one without a detected milestone.
        // Q2 2026: 5, 1, 9, 3, 7. Q3: no COE. Range Jan 1 .. Sep 30.
        QList<CoeFact> coes{
            coe(1, t(QStringLiteral("2026-01-05T10:00:00Z")), 10, 1),
            coe(2, t(QStringLiteral("2026-02-05T10:00:00Z")), 20, 1),
            coe(3, t(QStringLiteral("2026-03-05T10:00:00Z")), 30, 2),
            coe(4, t(QStringLiteral("2026-03-31T23:59:00Z")), 40, 2),
            coe(5, t(QStringLiteral("2026-03-10T10:00:00Z")), std::nullopt, 2),
            coe(11, t(QStringLiteral("2026-04-01T00:00:00Z")), 5, 3),
            coe(12, t(QStringLiteral("2026-05-01T00:00:00Z")), 1, 3),
            coe(13, t(QStringLiteral("2026-05-02T00:00:00Z")), 9, std::nullopt),
            coe(14, t(QStringLiteral("2026-06-01T00:00:00Z")), 3, 3),
            coe(15, t(QStringLiteral("2026-06-30T00:00:00Z")), 7, 3),
        };
        InsightsFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 9, 30);
        const Insights in = computeInsights(factsOf(coes), filter, kToday);
        QCOMPARE(in.periods.size(), 3);
        QCOMPARE(in.periods.at(0).label, QStringLiteral("2026-Q1"));
        QCOMPARE(in.periods.at(2).end, QDate(2026, 9, 30));
        const DurationFigure& detect = in.duration(Phase::Detect);
        const DurationGroup& q1 = detect.byPeriod.at(0);
        QCOMPARE(q1.summary.n, 4);
        QCOMPARE(*q1.summary.median, (20.0 + 30.0) / 2);
        QCOMPARE(*q1.summary.p90, referenceQuantile({10, 20, 30, 40}, 0.9));
        QCOMPARE(q1.unknown, QList<QUuid>{uuidOf(5)});
        QVERIFY(!values(q1).contains(0.0));
        const DurationGroup& q2 = detect.byPeriod.at(1);
        QCOMPARE(q2.summary.n, 5);
        QCOMPARE(*q2.summary.median, 5.0);
        QCOMPARE(*q2.summary.p90, 8.2);
        QCOMPARE(values(q2), (QList<double>{1, 3, 5, 7, 9}));
        const DurationGroup& q3 = detect.byPeriod.at(2);
        QCOMPARE(q3.summary.n, 0);
        QVERIFY(!q3.summary.median);
        QVERIFY(!q3.summary.p90);
        // Overall: nine values; the unknown one is not a zero.
        QCOMPARE(detect.overall.summary.n, 9);
        QCOMPARE(*detect.overall.summary.median, referenceQuantile({10, 20, 30, 40, 5, 1, 9, 3, 7}, 0.5));
        QCOMPARE(detect.overall.unknown.size(), 1);
        // By severity: 1..5 then none.
        QCOMPARE(detect.bySeverity.size(), 6);
        QCOMPARE(detect.bySeverity.at(0).summary.n, 2);
        QCOMPARE(*detect.bySeverity.at(0).summary.median, 15.0);
        QCOMPARE(detect.bySeverity.at(1).summary.n, 2); // 30, 40 (the unknown one is sev 2 too)
        QCOMPARE(detect.bySeverity.at(1).unknown, QList<QUuid>{uuidOf(5)});
        QCOMPARE(detect.bySeverity.at(3).summary.n, 0);
        QVERIFY(!detect.bySeverity.at(3).summary.median);
        QCOMPARE(detect.bySeverity.at(5).key, QStringLiteral("none"));
        QCOMPARE(detect.bySeverity.at(5).points.at(0).uuid, uuidOf(13));
        // Nobody was resolved: every COE unknown, no median.
        const DurationFigure& resolve = in.duration(Phase::Resolve);
        QCOMPARE(resolve.overall.summary.n, 0);
        QVERIFY(!resolve.overall.summary.median);
        QCOMPARE(resolve.overall.unknown.size(), 10);
        // Incidents over time.
        QCOMPARE(in.incidents.total.at(0).count, 5);
        QCOMPARE(in.incidents.total.at(1).count, 5);
        QCOMPARE(in.incidents.total.at(2).count, 0);
    }

    void outliersByTukeyFences()
    {
        // 10, 11, 12, 13, 100: Q1 = 11, Q3 = 13, IQR 2, fences 8 and 16.
        QList<CoeFact> coes;
        const QList<int> minutes{12, 100, 10, 13, 11};
        for (int i = 0; i < minutes.size(); ++i)
            coes << coe(i + 1, t(QStringLiteral("2026-01-0%1T00:00:00Z").arg(i + 1)), minutes.at(i));
        const Insights in = computeInsights(factsOf(coes), {}, kToday);
        const DurationGroup& g = in.duration(Phase::Detect).overall;
        const double q1 = referenceQuantile({10, 11, 12, 13, 100}, 0.25);
        const double q3 = referenceQuantile({10, 11, 12, 13, 100}, 0.75);
        QCOMPARE(q1, 11.0);
        QCOMPARE(q3, 13.0);
        QCOMPARE(g.outliers.size(), 1);
        QCOMPARE(g.outliers.at(0).title, QStringLiteral("COE 2"));
        QCOMPARE(g.outliers.at(0).value, 100.0);
        QVERIFY(g.points.last().outlier);
        QVERIFY(!g.points.first().outlier);
        // Three values: no fences, no outliers.
        const Insights few = computeInsights(factsOf(coes.mid(0, 3)), {}, kToday);
        QVERIFY(few.duration(Phase::Detect).overall.outliers.isEmpty());
    }

    void repeatsWithinTheWindow()
    {
        const QDateTime day0 = t(QStringLiteral("2026-01-01T12:00:00Z"));
        auto make = [&](int n, int day, QStringList services, QStringList categories) {
            CoeFact f = coe(n, day0.addDays(day), 10);
            f.services = services;
            f.categories = categories;
            return f;
        };
        const QString x = QStringLiteral("checkout"), y = QStringLiteral("search");
        const QString code = QStringLiteral("change/code"), capacity = QStringLiteral("capacity");
        const QList<CoeFact> coes{
            make(1, 0, {x}, {code}),
            make(2, 30, {x, y}, {capacity, code}), // repeat of 1: 30 days
            make(3, 10, {y}, {code}),              // category only with 1 (other service); with 2: y and code
            make(4, 5, {x}, {capacity}),           // service only with 1; with 2: x and capacity (25 days)
            make(5, 200, {x}, {code}),             // 170 days after 2: no
            make(6, 290, {x}, {code}),             // exactly 90 days after 5: a repeat
            make(7, 381, {x}, {code}),             // 91 days after 6: no
        };
        InsightsFilter filter;
        Insights in = computeInsights(factsOf(coes), filter, kToday);
        QSet<QString> found;
        for (const RepeatPair& p : in.repeats)
            found << QStringLiteral("%1-%2:%3").arg(p.earlier.toString(), p.later.toString()).arg(p.daysApart);
        auto key = [](int a, int b, int days) {
            return QStringLiteral("%1-%2:%3").arg(uuidOf(a).toString(), uuidOf(b).toString()).arg(days);
        };
        const QSet<QString> expected{key(1, 2, 30), key(3, 2, 20), key(4, 2, 25), key(5, 6, 90)};
        QCOMPARE(found, expected);
        // Newest first; the shared service and category named.
        QCOMPARE(in.repeats.first().later, uuidOf(6));
        for (const RepeatPair& p : in.repeats) {
            if (p.earlier == uuidOf(3)) {
                QCOMPARE(p.services, QStringList{y});
                QCOMPARE(p.categories, QStringList{code});
                QCOMPARE(p.laterTitle, QStringLiteral("COE 2"));
            }
        }
        // A window of 25 days keeps only 3-2 (20) and 4-2 (25).
        filter.repeatWindowDays = 25;
        in = computeInsights(factsOf(coes), filter, kToday);
        QCOMPARE(in.repeats.size(), 2);
    }

    void paretoAndPairs()
    {
        const QDateTime d = t(QStringLiteral("2026-02-01T00:00:00Z"));
        auto make = [&](int n, QStringList categories) {
            CoeFact f = coe(n, d, 10);
            f.categories = categories;
            return f;
        };
        const QString code = QStringLiteral("change/code"), cap = QStringLiteral("capacity"),
                      gap = QStringLiteral("detection-gap"), ext = QStringLiteral("external-event");
        const QList<CoeFact> coes{make(1, {code, cap}), make(2, {code}),       make(3, {gap, code}),
                                  make(4, {cap, gap}),  make(5, {ext}),        make(6, {})};
        const Insights in = computeInsights(factsOf(coes), {}, kToday);
        const QList<ParetoBar>& bars = in.factors.pareto;
        QCOMPARE(bars.size(), 4);
        // 3, 2, 2 (ties by name), 1 of 8.
        QCOMPARE(bars.at(0).category, code);
        QCOMPARE(bars.at(0).count, 3);
        QCOMPARE(bars.at(1).category, cap);
        QCOMPARE(bars.at(2).category, gap);
        QCOMPARE(bars.at(3).category, ext);
        QCOMPARE(bars.at(0).cumulativeShare, 3.0 / 8);
        QCOMPARE(bars.at(2).cumulativeShare, 7.0 / 8);
        QCOMPARE(bars.at(3).cumulativeShare, 1.0);
        QCOMPARE(bars.at(1).share, 2.0 / 8);
        QCOMPARE(bars.at(0).uuids, (QList<QUuid>{uuidOf(1), uuidOf(2), uuidOf(3)}));
        QCOMPARE(in.factors.withoutFactors, QList<QUuid>{uuidOf(6)});
        QCOMPARE(in.factors.pairs.size(), 3);
        for (const CategoryPair& p : in.factors.pairs) {
            QVERIFY(p.a < p.b);
            QCOMPARE(p.count, 1);
        }
    }

    void detectionShares()
    {
        const QDateTime q1 = t(QStringLiteral("2026-01-10T00:00:00Z"));
        const QDateTime q3 = t(QStringLiteral("2026-07-10T00:00:00Z"));
        QList<CoeFact> coes{coe(1, q1, 5), coe(2, q1, 5), coe(3, q1, 5), coe(4, q1, 5), coe(5, q3, 5)};
        coes[0].detection = DetectionSource::Alarm;
        coes[1].detection = DetectionSource::Alarm;
        coes[2].detection = DetectionSource::CustomerReport;
        coes[4].detection = DetectionSource::Audit;
        const Insights in = computeInsights(factsOf(coes), {}, kToday);
        QCOMPARE(in.periods.size(), 3);
        const DetectionRow& first = in.detection.perPeriod.at(0);
        QCOMPARE(first.n, 4);
        QCOMPARE(*first.shares[int(DetectionBucket::Alarm)], 0.5);
        QCOMPARE(*first.shares[int(DetectionBucket::Customer)], 0.25);
        QCOMPARE(*first.shares[int(DetectionBucket::Other)], 0.0);
        QCOMPARE(*first.shares[int(DetectionBucket::Unknown)], 0.25);
        QCOMPARE(first.counts[int(DetectionBucket::Unknown)].uuids, QList<QUuid>{uuidOf(4)});
        const DetectionRow& empty = in.detection.perPeriod.at(1);
        QCOMPARE(empty.n, 0);
        QVERIFY(!empty.shares[int(DetectionBucket::Alarm)]);
        QCOMPARE(*in.detection.perPeriod.at(2).shares[int(DetectionBucket::Other)], 1.0);
        QCOMPARE(*in.detection.overall.shares[int(DetectionBucket::Alarm)], 2.0 / 5);
    }

    void followThroughAndTimeliness()
    {
        CoeFact a = coe(1, t(QStringLiteral("2026-01-10T00:00:00Z")), 5, 2, 120);
        a.approvedAt = a.resolvedAt().addSecs(qint64(2.5 * 86400));
        a.actions = {ActionFact{QStringLiteral("done in time?"), Priority::High, {}, QDate(2026, 2, 1), ActionStatus::Done},
                     ActionFact{QStringLiteral("overdue"), Priority::High, {}, QDate(2026, 3, 1), ActionStatus::Open},
                     ActionFact{QStringLiteral("dropped"), Priority::Low, {}, QDate(2026, 3, 1), ActionStatus::WontDo},
                     ActionFact{QStringLiteral("later"), Priority::Low, {}, QDate(2027, 1, 1), ActionStatus::InProgress},
                     ActionFact{QStringLiteral("no date"), Priority::None, {}, {}, ActionStatus::Open}};
        CoeFact b = coe(2, t(QStringLiteral("2026-04-10T00:00:00Z")), 5, 2, 60); // resolved, not approved
        b.actions = {ActionFact{QStringLiteral("done"), Priority::Medium, {}, QDate(2026, 5, 1), ActionStatus::Done}};
        CoeFact c = coe(3, t(QStringLiteral("2026-04-20T00:00:00Z")), 5, 2); // not resolved
        c.approvedAt = t(QStringLiteral("2026-05-01T00:00:00Z"));
        const Insights in = computeInsights(factsOf({a, b, c}), {}, QDate(2026, 6, 1));
        const DueFigure& due = in.followThrough.due;
        QCOMPARE(due.done.size(), 2);
        QCOMPARE(due.overdue.size(), 1);
        QCOMPARE(due.wontDo.size(), 1);
        QCOMPARE(due.notDueYet.size(), 1);
        QCOMPARE(due.noDueDate.size(), 1);
        QCOMPARE(*due.doneShare, 2.0 / 3);
        // Open items: three of COE 1, aged from 2026-01-10 to 2026-06-01.
        const double age = QDate(2026, 1, 10).daysTo(QDate(2026, 6, 1));
        QCOMPARE(in.followThrough.openItems.size(), 3);
        const QList<DurationGroup>& ages = in.followThrough.openAgeByPriority;
        QCOMPARE(ages.size(), 4);
        QCOMPARE(ages.at(0).key, QStringLiteral("high"));
        QCOMPARE(ages.at(0).summary.n, 1);
        QCOMPARE(*ages.at(0).summary.median, age);
        QCOMPARE(ages.at(1).summary.n, 0);
        QVERIFY(!ages.at(1).summary.median);
        // Backlog: Q1 end: 3 open now; assumed open adds the won't-do item due
        // 2026-03-01? No: due before 2026-03-31. Q2 end: still 3, plus nothing.
        QCOMPARE(in.followThrough.backlog.size(), 2);
        QCOMPARE(in.followThrough.backlog.at(0).openNow.count, 3);
        QCOMPARE(in.followThrough.backlog.at(0).assumedOpen.count, 3);
        QCOMPARE(in.followThrough.backlog.at(1).openNow.count, 3);
        // COE 2's done item (due 2026-05-01) is assumed open at... Q2's end is after it: no.
        QCOMPARE(in.followThrough.backlog.at(1).assumedOpen.count, 3);
        // Timeliness: 2.5 days for COE 1; 2 and 3 unknown.
        const DurationGroup& tl = in.followThrough.timeliness;
        QCOMPARE(tl.summary.n, 1);
        QCOMPARE(*tl.summary.median, 2.5);
        QCOMPARE(tl.unknown, (QList<QUuid>{uuidOf(2), uuidOf(3)}));
    }

    void backlogAssumesClosedByDue()
    {
        CoeFact a = coe(1, t(QStringLiteral("2026-01-10T00:00:00Z")), 5);
        a.actions = {ActionFact{QStringLiteral("done, due in May"), Priority::High, {}, QDate(2026, 5, 1),
                                ActionStatus::Done}};
        CoeFact b = coe(2, t(QStringLiteral("2026-07-10T00:00:00Z")), 5);
        const Insights in = computeInsights(factsOf({a, b}), {}, QDate(2026, 8, 1));
        QCOMPARE(in.followThrough.backlog.size(), 3);
        QCOMPARE(in.followThrough.backlog.at(0).openNow.count, 0);
        QCOMPARE(in.followThrough.backlog.at(0).assumedOpen.count, 1); // due after 2026-03-31
        QCOMPARE(in.followThrough.backlog.at(0).assumedOpen.uuids, QList<QUuid>{uuidOf(1)});
        QCOMPARE(in.followThrough.backlog.at(1).assumedOpen.count, 0);
    }

    void filters()
    {
        CoeFact a = coe(1, t(QStringLiteral("2026-01-10T00:00:00Z")), 5, 1);
        a.services = {QStringLiteral("checkout")};
        a.tags = {QStringLiteral("db")};
        a.categories = {QStringLiteral("capacity")};
        CoeFact b = coe(2, t(QStringLiteral("2026-03-31T23:30:00Z")), 5, 2);
        b.services = {QStringLiteral("search")};
        CoeFact undated = coe(3, QDateTime(), std::nullopt, 1);
        const InsightsFacts facts = factsOf({a, b, undated});
        auto uuids = [&](const InsightsFilter& f) { return computeInsights(facts, f, kToday).coes; };
        QCOMPARE(uuids({}).size(), 3);
        InsightsFilter f;
        f.severity = 1;
        QCOMPARE(uuids(f), (QList<QUuid>{uuidOf(1), uuidOf(3)}));
        f = {};
        f.service = QStringLiteral("search");
        QCOMPARE(uuids(f), QList<QUuid>{uuidOf(2)});
        f = {};
        f.tag = QStringLiteral("db");
        QCOMPARE(uuids(f), QList<QUuid>{uuidOf(1)});
        f = {};
        f.category = QStringLiteral("capacity");
        QCOMPARE(uuids(f), QList<QUuid>{uuidOf(1)});
        // The range is on the UTC date, inclusive; undated COEs leave.
        f = {};
        f.to = QDate(2026, 3, 31);
        QCOMPARE(uuids(f), (QList<QUuid>{uuidOf(1), uuidOf(2)}));
        f.from = QDate(2026, 3, 31);
        QCOMPARE(uuids(f), QList<QUuid>{uuidOf(2)});
        // Without a range the undated COE counts, in no period, as unknown.
        const Insights all = computeInsights(facts, {}, kToday);
        QCOMPARE(all.undatedCount, 1);
        QCOMPARE(all.incidents.undated, QList<QUuid>{uuidOf(3)});
        QVERIFY(all.duration(Phase::Detect).overall.unknown.contains(uuidOf(3)));
        // Monthly periods.
        f = {};
        f.granularity = Granularity::Month;
        const Insights monthly = computeInsights(facts, f, kToday);
        QCOMPARE(monthly.periods.size(), 3);
        QCOMPARE(monthly.periods.at(2).label, QStringLiteral("2026-03"));
    }

    void jsonAndCsvCarryTheFigures()
    {
        const QList<CoeFact> coes{coe(1, t(QStringLiteral("2026-01-05T10:00:00Z")), 10),
                                  coe(2, t(QStringLiteral("2026-01-06T10:00:00Z")), 30),
                                  coe(3, t(QStringLiteral("2026-01-07T10:00:00Z")), std::nullopt)};
        const Insights in = computeInsights(factsOf(coes), {}, kToday);
        const QJsonObject json = toJson(in);
        QCOMPARE(json.value(QStringLiteral("n")).toInt(), 3);
        const QJsonArray figures = json.value(QStringLiteral("figures")).toArray();
        QJsonObject detect;
        QStringList keys;
        for (const QJsonValue& v : figures) {
            keys << v.toObject().value(QStringLiteral("figure")).toString();
            if (keys.last() == QLatin1String("time_to_detect"))
                detect = v.toObject();
        }
        QCOMPARE(keys, (QStringList{"time_to_detect", "time_to_diagnose", "time_to_mitigate", "time_to_resolve",
                                    "incidents_by_severity", "incidents_by_service", "factor_pareto", "factor_pairs",
                                    "detection", "repeats", "action_due", "backlog", "open_action_age",
                                    "coe_timeliness"}));
        const QJsonObject overall = detect.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("n")).toInt(), 2);
        QCOMPARE(overall.value(QStringLiteral("median")).toDouble(), 20.0);
        QCOMPARE(overall.value(QStringLiteral("p90")).toDouble(), referenceQuantile({10, 30}, 0.9));
        QCOMPARE(overall.value(QStringLiteral("uuids")).toArray().size(), 2);
        QCOMPARE(overall.value(QStringLiteral("unknown")).toArray().at(0).toString(),
                 uuidOf(3).toString(QUuid::WithoutBraces));
        const QJsonObject resolve = figures.at(3).toObject().value(QStringLiteral("overall")).toObject();
        QVERIFY(resolve.value(QStringLiteral("median")).isNull());

        const QList<QByteArray> lines = toCsv(in).split('\n');
        QCOMPARE(lines.first(), QByteArray("figure,group,period,key,n,median,p90,count,share,cumulative_share,uuids\r"));
        QVERIFY(lines.contains(QByteArray("time_to_detect,overall,,all,2,20,28,,,,") + uuidOf(1).toString(QUuid::WithoutBraces).toLatin1()
                               + ' ' + uuidOf(2).toString(QUuid::WithoutBraces).toLatin1() + '\r'));
    }
};

const QDate TestInsightsStatistics::kToday(2026, 12, 5);

QTEST_GUILESS_MAIN(TestInsightsStatistics)
#include "TestInsightsStatistics.moc"
