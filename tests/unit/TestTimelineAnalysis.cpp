// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "analysis/TimelineAnalysis.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using namespace hindsight::analysis;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

TimelineEntry entry(const QDateTime& at, const QString& text = {}, Milestone m = Milestone::None)
{
    TimelineEntry e;
    e.at = at;
    e.text = text;
    e.milestone = m;
    return e;
}

// trigger 13:55, impact 14:02, detected 14:19, diagnosed 14:52, mitigated 15:04, resolved 15:11
QList<TimelineEntry> milestones()
{
    return {entry(utc(2024, 3, 7, 13, 55), {}, Milestone::Trigger),
            entry(utc(2024, 3, 7, 14, 2), {}, Milestone::ImpactStart),
            entry(utc(2024, 3, 7, 14, 19), {}, Milestone::Detected),
            entry(utc(2024, 3, 7, 14, 52), {}, Milestone::Diagnosed),
            entry(utc(2024, 3, 7, 15, 4), {}, Milestone::Mitigated),
            entry(utc(2024, 3, 7, 15, 11), {}, Milestone::Resolved)};
}

void dropMilestone(QList<TimelineEntry>& t, Milestone m)
{
    for (TimelineEntry& e : t)
        if (e.milestone == m)
            e.milestone = Milestone::None;
}

} // namespace

class TestTimelineAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void threshold_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("gap");
        QTest::addColumn<int>("minutes");
        QTest::newRow("14:59 apart") << 14 * 60 + 59 << 15 << false << 0;
        QTest::newRow("exactly 15:00 is no gap") << 15 * 60 << 15 << false << 0;
        QTest::newRow("15:01 is a gap") << 15 * 60 + 1 << 15 << true << 15;
        QTest::newRow("16:00") << 16 * 60 << 15 << true << 16;
        QTest::newRow("threshold 5, exactly 5") << 5 * 60 << 5 << false << 0;
        QTest::newRow("threshold 5, 6 min") << 6 * 60 << 5 << true << 6;
        QTest::newRow("threshold 0, 1 s") << 1 << 0 << true << 0;
        QTest::newRow("threshold 0, same instant") << 0 << 0 << false << 0;
        QTest::newRow("negative threshold counts as 0") << 0 << -3 << false << 0;
    }
    void threshold()
    {
        QFETCH(int, seconds);
        QFETCH(int, threshold);
        QFETCH(bool, gap);
        QFETCH(int, minutes);
        const QDateTime start = utc(2024, 3, 7, 14, 0);
        const QList<TimelineEntry> t{entry(start), entry(start.addSecs(seconds))};
        const QList<Gap> gaps = findGaps(t, threshold);
        QCOMPARE(gaps.size(), gap ? 1 : 0);
        if (gap) {
            QCOMPARE(gaps[0].minutes, qint64(minutes));
            QCOMPARE(gaps[0].seconds, qint64(seconds));
            QCOMPARE(gaps[0].fromIndex, 0);
            QCOMPARE(gaps[0].toIndex, 1);
            QCOMPARE(gaps[0].from, start);
            QCOMPARE(gaps[0].to, start.addSecs(seconds));
            QVERIFY(!gaps[0].explained);
            QVERIFY(!gaps[0].approximate);
        }
    }

    void defaultThresholdIsFifteen()
    {
        const QDateTime start = utc(2024, 3, 7, 14, 0);
        QCOMPARE(findGaps({entry(start), entry(start.addSecs(15 * 60))}).size(), 0);
        QCOMPARE(findGaps({entry(start), entry(start.addSecs(15 * 60 + 1))}).size(), 1);
    }

    void acrossDaylightSavingStart()
    {
        // 2024-03-10 in New York: clocks jump from 02:00 EST to 03:00 EDT.
        const QTimeZone ny(QByteArrayLiteral("America/New_York"));
        QVERIFY(ny.isValid());
        const QDateTime before = QDateTime(QDate(2024, 3, 10), QTime(1, 50), ny).toUTC();
        const QDateTime after = QDateTime(QDate(2024, 3, 10), QTime(3, 10), ny).toUTC();
        QCOMPARE(before, utc(2024, 3, 10, 6, 50));
        QCOMPARE(after, utc(2024, 3, 10, 7, 10));
        const QList<TimelineEntry> t{entry(before), entry(after)};

        const QList<Gap> gaps = findGaps(t, 15);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].minutes, qint64(20)); // not 80, the wall-clock difference
        QCOMPARE(findGaps(t, 20).size(), 0);
        QCOMPARE(findGaps(t, 19).size(), 1);
    }

    void acrossDaylightSavingEnd()
    {
        // 2024-11-03 in New York: 01:50 EDT, then 01:10 EST (the clock went back) is 20 minutes later.
        const QDateTime a(QDate(2024, 11, 3), QTime(1, 50), QTimeZone(-4 * 3600));
        const QDateTime b(QDate(2024, 11, 3), QTime(1, 10), QTimeZone(-5 * 3600));
        const QList<Gap> gaps = findGaps({entry(b, QStringLiteral("b")), entry(a, QStringLiteral("a"))}, 15);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].minutes, qint64(20));
        QCOMPARE(gaps[0].fromIndex, 1); // a comes first in time although given second
        QCOMPARE(gaps[0].toIndex, 0);
        QCOMPARE(gaps[0].from.timeSpec(), Qt::UTC);
        QCOMPARE(gaps[0].from, utc(2024, 11, 3, 5, 50));
        QCOMPARE(gaps[0].to, utc(2024, 11, 3, 6, 10));
    }

    void acrossMidnight()
    {
        const QList<TimelineEntry> t{entry(utc(2024, 3, 7, 23, 50)), entry(utc(2024, 3, 8, 0, 20)),
                                     entry(utc(2024, 3, 8, 0, 30))};
        const QList<Gap> gaps = findGaps(t, 15);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].minutes, qint64(30));
        QCOMPARE(gaps[0].fromIndex, 0);
        QCOMPARE(gaps[0].toIndex, 1);
        // A whole day with nothing recorded.
        const QList<Gap> day = findGaps({entry(utc(2024, 3, 7, 23, 50)), entry(utc(2024, 3, 8, 23, 50))}, 15);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day[0].minutes, qint64(24 * 60));
    }

    void differentOffsets()
    {
        // 14:00Z, 10:20-04:00 (14:20Z), 20:05+05:30 (14:35Z), 15:40+01:00 (14:40Z)
        const QList<TimelineEntry> t{
            entry(utc(2024, 3, 7, 14, 0)),
            entry(QDateTime(QDate(2024, 3, 7), QTime(10, 20), QTimeZone(-4 * 3600))),
            entry(QDateTime(QDate(2024, 3, 7), QTime(20, 5), QTimeZone(5 * 3600 + 1800))),
            entry(QDateTime(QDate(2024, 3, 7), QTime(15, 40), QTimeZone(3600)))};
        const QList<Gap> gaps = findGaps(t, 15);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].minutes, qint64(20));
        QCOMPARE(gaps[0].from, utc(2024, 3, 7, 14, 0));
        QCOMPARE(gaps[0].to, utc(2024, 3, 7, 14, 20));
        QCOMPARE(gaps[0].to.timeSpec(), Qt::UTC);
        QCOMPARE(gaps[0].toIndex, 1);
    }

    void approximateEntries()
    {
        QList<TimelineEntry> t{entry(utc(2024, 3, 7, 13, 0)), entry(utc(2024, 3, 7, 14, 0)),
                               entry(utc(2024, 3, 7, 15, 0)), entry(utc(2024, 3, 7, 16, 0))};
        t[1].approximate = true;
        const QList<Gap> gaps = findGaps(t, 15);
        QCOMPARE(gaps.size(), 3);
        QVERIFY(gaps[0].approximate);  // ends at the approximate entry
        QVERIFY(gaps[1].approximate);  // starts at it
        QVERIFY(!gaps[2].approximate); // exact at both ends
        QCOMPARE(gaps[0].minutes, qint64(60));
    }

    void explanationBelongsToTheLaterEntry()
    {
        QList<TimelineEntry> t{entry(utc(2024, 3, 7, 13, 0)), entry(utc(2024, 3, 7, 14, 0)),
                               entry(utc(2024, 3, 7, 15, 0))};
        t[0].gapExplanation = QStringLiteral("not this one");
        t[1].gapExplanation = QStringLiteral("Waited for the vendor.");
        t[2].gapExplanation = QStringLiteral("  \n "); // blank does not explain
        const QList<Gap> gaps = findGaps(t, 15);
        QCOMPARE(gaps.size(), 2);
        QVERIFY(gaps[0].explained);
        QVERIFY(!gaps[1].explained);
    }

    void unsortedInputWithTies()
    {
        // Given order: c 14:40, a1 14:00, b 14:10, a2 14:00, d 14:40 (explains).
        // Time order, ties as given: a1(1) a2(3) b(2) c(0) d(4). The one gap is b -> c.
        QList<TimelineEntry> t{entry(utc(2024, 3, 7, 14, 40), QStringLiteral("c")),
                               entry(utc(2024, 3, 7, 14, 0), QStringLiteral("a1")),
                               entry(utc(2024, 3, 7, 14, 10), QStringLiteral("b")),
                               entry(utc(2024, 3, 7, 14, 0), QStringLiteral("a2")),
                               entry(utc(2024, 3, 7, 14, 40), QStringLiteral("d"))};
        t[4].gapExplanation = QStringLiteral("d explains, but d is not next to b");
        const QList<Gap> gaps = findGaps(t, 15);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].fromIndex, 2);
        QCOMPARE(gaps[0].toIndex, 0);
        QCOMPARE(t[gaps[0].toIndex].text, QStringLiteral("c"));
        QCOMPARE(gaps[0].minutes, qint64(30));
        QVERIFY(!gaps[0].explained);

        // The same entries sorted by the domain's sortTimeline give the same gap.
        QList<TimelineEntry> sorted = t;
        sortTimeline(sorted);
        const QList<Gap> again = findGaps(sorted, 15);
        QCOMPARE(again.size(), 1);
        QCOMPARE(sorted[again[0].fromIndex].text, QStringLiteral("b"));
        QCOMPARE(sorted[again[0].toIndex].text, QStringLiteral("c"));
    }

    void invalidInstantsAndSmallTimelines()
    {
        QCOMPARE(findGaps({}, 15).size(), 0);
        QCOMPARE(findGaps({entry(utc(2024, 3, 7, 14, 0))}, 15).size(), 0);
        // The entry without a time is skipped: 14:00 -> 15:00 is one gap, between indexes 0 and 2.
        const QList<Gap> gaps =
            findGaps({entry(utc(2024, 3, 7, 14, 0)), entry(QDateTime()), entry(utc(2024, 3, 7, 15, 0))}, 15);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].fromIndex, 0);
        QCOMPARE(gaps[0].toIndex, 2);
    }

    void exampleGaps()
    {
        const QList<Gap> gaps = findGaps(test::exampleCoe().timeline);
        QCOMPARE(gaps.size(), 2);
        QCOMPARE(gaps[0].from, utc(2024, 3, 7, 14, 2));
        QCOMPARE(gaps[0].to, utc(2024, 3, 7, 14, 19));
        QCOMPARE(gaps[0].minutes, qint64(17));
        QVERIFY(gaps[0].explained);
        QCOMPARE(gaps[0].fromIndex, 2);
        QCOMPARE(gaps[0].toIndex, 3);
        QCOMPARE(gaps[1].from, utc(2024, 3, 7, 15, 11));
        QCOMPARE(gaps[1].to, utc(2024, 3, 7, 15, 45));
        QCOMPARE(gaps[1].minutes, qint64(34));
        QVERIFY(gaps[1].explained);
        QCOMPARE(gaps[1].toIndex, 11);
    }

    void durationsAllPresent()
    {
        const Durations d = computeDurations(milestones());
        QCOMPARE(d.detect.minutes, std::optional<qint64>(17));
        QCOMPARE(d.diagnose.minutes, std::optional<qint64>(33));
        QCOMPARE(d.mitigate.minutes, std::optional<qint64>(45));
        QCOMPARE(d.resolve.minutes, std::optional<qint64>(69));
        QVERIFY(d.detect.reason.isEmpty());
        QVERIFY(d.resolve.reason.isEmpty());
        QVERIFY(milestoneOrderIssues(milestones()).isEmpty());

        const Durations e = computeDurations(test::exampleCoe().timeline);
        QCOMPARE(e.detect.minutes, std::optional<qint64>(17));
        QCOMPARE(e.diagnose.minutes, std::optional<qint64>(33));
        QCOMPARE(e.mitigate.minutes, std::optional<qint64>(45));
        QCOMPARE(e.resolve.minutes, std::optional<qint64>(69));
    }

    void durationsInAnyOrderAndOffset()
    {
        QList<TimelineEntry> t = milestones();
        std::reverse(t.begin(), t.end());
        t[0].at = t[0].at.toTimeZone(QTimeZone(-5 * 3600)); // resolved, in -05:00
        const Durations d = computeDurations(t);
        QCOMPARE(d.detect.minutes, std::optional<qint64>(17));
        QCOMPARE(d.resolve.minutes, std::optional<qint64>(69));
    }

    void durationsRoundDown()
    {
        QList<TimelineEntry> t = milestones();
        t[2].at = t[2].at.addSecs(59); // detected 14:19:59: 17 min 59 s after impact start
        QCOMPARE(computeDurations(t).detect.minutes, std::optional<qint64>(17));
    }

    void durationsWithMissingMilestone_data()
    {
        QTest::addColumn<int>("missing");         // Milestone
        QTest::addColumn<QList<int>>("expected"); // detect, diagnose, mitigate, resolve; -1: none
        QTest::addColumn<QStringList>("named");   // the milestone names the reason of each null must give
        QTest::newRow("trigger (impact start is used)")
            << int(Milestone::Trigger) << QList<int>{17, 33, 45, 69} << QStringList{};
        QTest::newRow("impact start (trigger is used)")
            << int(Milestone::ImpactStart) << QList<int>{24, 33, 45, 76} << QStringList{};
        QTest::newRow("detected") << int(Milestone::Detected) << QList<int>{-1, -1, -1, 69}
                                  << QStringList{QStringLiteral("detected")};
        QTest::newRow("diagnosed") << int(Milestone::Diagnosed) << QList<int>{17, -1, 45, 69}
                                   << QStringList{QStringLiteral("diagnosed")};
        QTest::newRow("mitigated") << int(Milestone::Mitigated) << QList<int>{17, 33, -1, 69}
                                   << QStringList{QStringLiteral("mitigated")};
        QTest::newRow("resolved") << int(Milestone::Resolved) << QList<int>{17, 33, 45, -1}
                                  << QStringList{QStringLiteral("resolved")};
    }
    void durationsWithMissingMilestone()
    {
        QFETCH(int, missing);
        QFETCH(QList<int>, expected);
        QFETCH(QStringList, named);
        QList<TimelineEntry> t = milestones();
        dropMilestone(t, Milestone(missing));
        const Durations d = computeDurations(t);
        const QList<const Duration*> all{&d.detect, &d.diagnose, &d.mitigate, &d.resolve};
        for (int i = 0; i < 4; ++i) {
            if (expected[i] < 0) {
                QVERIFY2(!all[i]->minutes.has_value(), qPrintable(QString::number(i)));
                for (const QString& name : named)
                    QVERIFY2(all[i]->reason.contains(QStringLiteral("“%1”").arg(name)),
                             qPrintable(all[i]->reason));
            } else {
                QCOMPARE(all[i]->minutes, std::optional<qint64>(expected[i]));
                QVERIFY(all[i]->reason.isEmpty());
            }
        }
    }

    void durationsWithoutAnyStart()
    {
        QList<TimelineEntry> t = milestones();
        dropMilestone(t, Milestone::Trigger);
        dropMilestone(t, Milestone::ImpactStart);
        const Durations d = computeDurations(t);
        QVERIFY(!d.detect.minutes);
        QVERIFY(!d.resolve.minutes);
        QVERIFY(d.detect.reason.contains(QStringLiteral("“impact start”")));
        QVERIFY(d.detect.reason.contains(QStringLiteral("“trigger”")));
        QCOMPARE(d.diagnose.minutes, std::optional<qint64>(33));

        const Durations none = computeDurations({});
        for (const Duration* x : {&none.detect, &none.diagnose, &none.mitigate, &none.resolve}) {
            QVERIFY(!x->minutes);
            QVERIFY(!x->reason.isEmpty());
        }
    }

    void milestoneWithoutValidTime()
    {
        QList<TimelineEntry> t = milestones();
        t[2].at = QDateTime();
        const Durations d = computeDurations(t);
        QVERIFY(!d.detect.minutes);
        QVERIFY2(d.detect.reason.contains(QStringLiteral("no valid time")), qPrintable(d.detect.reason));
        QCOMPARE(milestoneIndex(t, Milestone::Detected), -1);
    }

    void outOfOrder_data()
    {
        QTest::addColumn<int>("moved"); // Milestone whose time changes
        QTest::addColumn<int>("hour");  // to this time on 2024-03-07
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("first");            // Milestone it must follow
        QTest::addColumn<QString>("nullDuration"); // the duration that loses its figure
        QTest::newRow("detected before impact start")
            << int(Milestone::Detected) << 14 << 0 << int(Milestone::ImpactStart) << QStringLiteral("detect");
        QTest::newRow("mitigated before detected") << int(Milestone::Mitigated) << 14 << 10
                                                   << int(Milestone::Detected) << QStringLiteral("mitigate");
        QTest::newRow("resolved before mitigated")
            << int(Milestone::Resolved) << 15 << 0 << int(Milestone::Mitigated) << QString();
        QTest::newRow("diagnosed before detected") << int(Milestone::Diagnosed) << 14 << 10
                                                   << int(Milestone::Detected) << QStringLiteral("diagnose");
        QTest::newRow("impact start before trigger")
            << int(Milestone::Trigger) << 14 << 5 << int(Milestone::Trigger) << QString();
    }
    void outOfOrder()
    {
        QFETCH(int, moved);
        QFETCH(int, hour);
        QFETCH(int, minute);
        QFETCH(int, first);
        QFETCH(QString, nullDuration);
        QList<TimelineEntry> t = milestones();
        const int row = milestoneIndex(t, Milestone(moved));
        t[row].at = utc(2024, 3, 7, hour, minute);
        const QList<MilestoneOrderIssue> issues = milestoneOrderIssues(t);
        QCOMPARE(issues.size(), 1);
        if (Milestone(moved) == Milestone::Trigger) {
            // The trigger moved after impact start: impact start is the one too early.
            QCOMPARE(int(issues[0].first), int(Milestone::Trigger));
            QCOMPARE(int(issues[0].second), int(Milestone::ImpactStart));
            QCOMPARE(issues[0].firstIndex, row);
        } else {
            QCOMPARE(int(issues[0].second), int(Milestone(moved)));
            QCOMPARE(issues[0].secondIndex, row);
            QCOMPARE(int(issues[0].first), int(Milestone(first)));
        }
        const Durations d = computeDurations(t);
        const QHash<QString, const Duration*> byName{{QStringLiteral("detect"), &d.detect},
                                                     {QStringLiteral("diagnose"), &d.diagnose},
                                                     {QStringLiteral("mitigate"), &d.mitigate},
                                                     {QStringLiteral("resolve"), &d.resolve}};
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            if (it.key() == nullDuration) {
                QVERIFY(!it.value()->minutes); // never a negative figure
                QVERIFY(it.value()->reason.contains(QStringLiteral("earlier")));
            } else {
                QVERIFY2(it.value()->minutes.has_value(), qPrintable(it.key()));
                QVERIFY(*it.value()->minutes >= 0);
            }
        }
    }

    void resolvedBeforeStartWithoutMitigated()
    {
        QList<TimelineEntry> t = milestones();
        dropMilestone(t, Milestone::Mitigated);
        t[5].at = utc(2024, 3, 7, 14, 0); // resolved before impact start
        const QList<MilestoneOrderIssue> issues = milestoneOrderIssues(t);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues[0].first), int(Milestone::ImpactStart));
        QCOMPARE(int(issues[0].second), int(Milestone::Resolved));
        QVERIFY(!computeDurations(t).resolve.minutes);
    }

    void equalInstantsAreInOrder()
    {
        QList<TimelineEntry> t = milestones();
        t[2].at = t[1].at; // detected the same minute impact started
        QVERIFY(milestoneOrderIssues(t).isEmpty());
        QCOMPARE(computeDurations(t).detect.minutes, std::optional<qint64>(0));
    }
};

QTEST_GUILESS_MAIN(TestTimelineAnalysis)
#include "TestTimelineAnalysis.moc"
