// SPDX-License-Identifier: MIT
#include "domain/Coe.h"

#include <QTest>

using namespace hindsight;

class TestEnums : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        for (auto v : allValues<Status>())
            QVERIFY(enumFromString<Status>(toString(v)) == v);
        for (auto v : allValues<Pillar>())
            QVERIFY(enumFromString<Pillar>(toString(v)) == v);
        for (auto v : allValues<Milestone>())
            QVERIFY(enumFromString<Milestone>(toString(v)) == v);
        QCOMPARE(allValues<Milestone>().size(), 6);
        QVERIFY(!enumFromString<Status>(QStringLiteral("Draft")).has_value());
        QCOMPARE(toString(Status::InReview), QStringLiteral("in_review"));
        QCOMPARE(toString(ActionStatus::WontDo), QStringLiteral("wont_do"));
        QVERIFY(toString(Milestone::None).isEmpty());
    }
    void sortKeepsTies()
    {
        QList<TimelineEntry> t(3);
        const auto base = QDateTime(QDate(2024, 3, 7), QTime(14, 0), QTimeZone::utc());
        t[0].at = base.addSecs(60);
        t[0].text = QStringLiteral("b");
        t[1].at = base;
        t[1].text = QStringLiteral("a1");
        t[2].at = base;
        t[2].text = QStringLiteral("a2");
        sortTimeline(t);
        QCOMPARE(t[0].text, QStringLiteral("a1"));
        QCOMPARE(t[1].text, QStringLiteral("a2"));
        QCOMPARE(t[2].text, QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestEnums)
#include "TestEnums.moc"
