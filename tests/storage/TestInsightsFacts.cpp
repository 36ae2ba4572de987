// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "insights/Insights.h"
#include "insights/InsightsExport.h"
#include "insights/InsightsFacts.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "storage/CoeSummary.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using namespace hindsight::insights;

// The facts Insights loads in bulk are those of the saved COEs, the same on
// SQLite and PostgreSQL (each expected value is worked out from the Coe
// objects saved, not from another load): Trash left out, hostile text exact,
// lists in document order, a missing milestone missing.
class TestInsightsFacts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    // richCoe() with every learning field and a review approval.
    static Coe learningCoe()
    {
        Coe c = richCoe();
        c.severity = 2;
        c.services = {QStringLiteral("payments-api"), QStringLiteral("checkout “β”")};
        c.detection = Detection{DetectionSource::CustomerReport, QStringLiteral("wrote in")};
        c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("change/configuration"), {}, {}},
                     ContributingFactor{QStringLiteral("f2"), QStringLiteral("vendor/cdn Ünïcode"), {}, {}},
                     ContributingFactor{QStringLiteral("f3"), QStringLiteral("change/configuration"), {}, {}},
                     ContributingFactor{QStringLiteral("f4"), QString(), {}, {}}};
        c.review.approvedAt = utc(QStringLiteral("2025-01-03T00:00:00.000Z"));
        c.review.approvedBy = QStringLiteral("Ann");
        return c;
    }

    // A plain COE: no detection, no factors, no detected milestone.
    static Coe plainCoe(int n)
    {
        Coe c = makeNewCoe(QStringLiteral("Plain %1 \x10 DLE").arg(n));
        c.severity = std::nullopt;
        const QDateTime t0 = utc(QStringLiteral("2026-03-01T08:00:00.000Z")).addDays(n);
        c.timeline = {TimelineEntry{t0.addSecs(-60), QStringLiteral("before"), Milestone::None, false, {}, {}},
                      TimelineEntry{t0, QStringLiteral("trigger"), Milestone::Trigger, false, {}, {}},
                      TimelineEntry{t0.addSecs(600), QStringLiteral("resolved"), Milestone::Resolved, false, {}, {}}};
        ActionItem a;
        a.id = QStringLiteral("a1");
        a.title = QStringLiteral("Item of %1").arg(n);
        a.priority = Priority::Medium;
        a.due = QDate(2026, 4, 1);
        a.status = ActionStatus::InProgress;
        c.actionItems = {a};
        return c;
    }

    static void compareFact(const CoeFact& f, const Coe& c)
    {
        QCOMPARE(f.uuid, c.uuid);
        QCOMPARE(f.title, c.title);
        QCOMPARE(f.severity, c.severity);
        QCOMPARE(toString(f.status), toString(c.status));
        QCOMPARE(f.services, c.services);
        QCOMPARE(f.tags, c.tags);
        QStringList categories;
        for (const ContributingFactor& factor : c.factors)
            if (!factor.category.isEmpty() && !categories.contains(factor.category))
                categories << factor.category;
        QCOMPARE(f.categories, categories);
        QCOMPARE(f.incidentAt, coesummary::incidentAt(c));
        QList<TimelineEntry> milestones;
        for (const TimelineEntry& e : c.timeline)
            if (e.milestone != Milestone::None)
                milestones << e;
        QCOMPARE(f.milestones.size(), milestones.size());
        for (int i = 0; i < milestones.size(); ++i) {
            QCOMPARE(f.milestones.at(i).at, milestones.at(i).at);
            QCOMPARE(toString(f.milestones.at(i).milestone), toString(milestones.at(i).milestone));
            QCOMPARE(f.milestones.at(i).approximate, milestones.at(i).approximate);
        }
        const analysis::Durations d = analysis::computeDurations(c.timeline);
        QCOMPARE(f.durations.detect.minutes, d.detect.minutes);
        QCOMPARE(f.durations.diagnose.minutes, d.diagnose.minutes);
        QCOMPARE(f.durations.mitigate.minutes, d.mitigate.minutes);
        QCOMPARE(f.durations.resolve.minutes, d.resolve.minutes);
        QCOMPARE(toString(f.detection), toString(c.detection.source));
        QCOMPARE(f.approvedAt, c.review.approvedAt);
        QCOMPARE(f.createdAt, c.createdAt);
        QCOMPARE(f.actions.size(), c.actionItems.size());
        for (int i = 0; i < c.actionItems.size(); ++i) {
            const ActionItem& a = c.actionItems.at(i);
            QCOMPARE(f.actions.at(i).title, a.title);
            QCOMPARE(toString(f.actions.at(i).priority), toString(a.priority));
            QCOMPARE(f.actions.at(i).owner, a.owner);
            QCOMPARE(f.actions.at(i).due, a.due);
            QCOMPARE(toString(f.actions.at(i).status), toString(a.status));
        }
    }

private slots:
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        m_archive = openFreshArchive(backend, m_dir.path(), &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup() { m_archive.reset(); }

    void emptyArchive()
    {
        InsightsFacts facts;
        QString error;
        QVERIFY2(loadInsightsFacts(*m_archive, &facts, &error), qPrintable(error));
        QVERIFY(facts.coes.isEmpty());
        const Insights in = computeInsights(facts, {}, QDate(2026, 12, 5));
        QVERIFY(in.periods.isEmpty());
        QCOMPARE(in.duration(Phase::Detect).overall.summary.n, 0);
    }

    void loadsWhatWasSaved()
    {
        CoeRepository repo(*m_archive);
        Coe rich = learningCoe();
        QVERIFY(repo.save(rich).ok());
        QList<Coe> plain;
        for (int n = 0; n < 3; ++n) {
            plain << plainCoe(n);
            QVERIFY(repo.save(plain.last()).ok());
        }
        Coe trashed = plainCoe(7);
        QVERIFY(repo.save(trashed).ok());
        QVERIFY(CoeCatalog(*m_archive).moveToTrash(trashed.uuid));

        InsightsFacts facts;
        QString error;
        QVERIFY2(loadInsightsFacts(*m_archive, &facts, &error), qPrintable(error));
        QCOMPARE(facts.coes.size(), 4);
        QVERIFY(!facts.find(trashed.uuid));
        // Ordered by incident instant: the rich COE (2025) first.
        QCOMPARE(facts.coes.first().uuid, rich.uuid);
        compareFact(*facts.find(rich.uuid), rich);
        for (const Coe& c : std::as_const(plain))
            compareFact(*facts.find(c.uuid), c);
        QVERIFY(!facts.find(plain.at(0).uuid)->durations.detect.minutes); // no detected milestone
        QCOMPARE(*facts.find(plain.at(0).uuid)->durations.resolve.minutes, 10);

        // The figures from these facts: unknown detect for the plain ones.
        const Insights in = computeInsights(facts, {}, QDate(2026, 12, 5));
        QCOMPARE(in.duration(Phase::Detect).overall.summary.n, 1);
        QCOMPARE(in.duration(Phase::Detect).overall.unknown.size(), 3);
        QCOMPARE(in.duration(Phase::Resolve).overall.summary.n, 4);
        QCOMPARE(in.followThrough.due.overdue.size(), 3);
        QCOMPARE(in.detection.overall.counts[int(DetectionBucket::Customer)].count, 1);
        QVERIFY(!QJsonDocument(toJson(in)).toJson().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInsightsFacts)
#include "TestInsightsFacts.moc"
