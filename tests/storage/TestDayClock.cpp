// SPDX-License-Identifier: MIT
// One "today" (issue #10): the date in the display time zone, from DayClock,
// the same in the editor and the archive, and new after midnight.
#include "BrowserFixtures.h"
#include "TestSupport.h"

#include "document/CoeDocument.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/ArchiveActionModel.h"
#include "itemmodels/CoeTableModel.h"
#include "settings/DayClock.h"
#include "settings/Settings.h"
#include "storage/Archive.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestDayClock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    Coe m_coe;
    const QDate m_due = QDate(2026, 3, 7); // of the one open action item

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(Settings::instance()->setDisplayTimeZone("Asia/Tokyo"));
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("t.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        CoeSpec spec;
        spec.title = QStringLiteral("Due on the 7th");
        spec.actions = {action(QStringLiteral("Fix it"), ActionStatus::Open, m_due)};
        m_coe = store(*m_archive, spec);
    }
    void cleanup()
    {
        DayClock::instance()->setCurrentTime({});
        QVERIFY(Settings::instance()->setDisplayTimeZone("Asia/Tokyo"));
    }

    void todayIsInTheDisplayZone()
    {
        DayClock* clock = DayClock::instance();
        QCOMPARE(clock->timeZone().id(), QByteArray("Asia/Tokyo"));
        // 23:30 UTC on the 7th is 08:30 on the 8th in Tokyo.
        clock->setCurrentTime(QDateTime(QDate(2026, 3, 7), QTime(23, 30), QTimeZone::utc()));
        QCOMPARE(clock->today(), QDate(2026, 3, 8));
        // The display zone is a setting: changing it changes today.
        QSignalSpy changed(clock, &DayClock::dayChanged);
        QVERIFY(Settings::instance()->setDisplayTimeZone("America/New_York"));
        QCOMPARE(clock->today(), QDate(2026, 3, 7));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toDate(), QDate(2026, 3, 7));
    }

    void midnightInTheDisplayZoneChangesTheDay()
    {
        DayClock* clock = DayClock::instance();
        // 23:59 on the 7th in Tokyo (UTC+9).
        clock->setCurrentTime(QDateTime(QDate(2026, 3, 7), QTime(14, 59), QTimeZone::utc()));
        QCOMPARE(clock->today(), QDate(2026, 3, 7));
        QSignalSpy changed(clock, &DayClock::dayChanged);
        clock->setCurrentTime(QDateTime(QDate(2026, 3, 7), QTime(14, 59, 59), QTimeZone::utc()));
        QCOMPARE(changed.size(), 0); // still the same day
        clock->setCurrentTime(QDateTime(QDate(2026, 3, 7), QTime(15, 0, 1), QTimeZone::utc()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(clock->today(), QDate(2026, 3, 8));
    }

    void theRealClockWakesAfterMidnight()
    {
        // Not frozen: the clock follows the system time and keeps a timer for
        // the next midnight; today is today in the display zone.
        DayClock clock;
        clock.setTimeZone(QTimeZone("Asia/Tokyo"));
        QDate expected = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
        if (clock.today() != expected) // midnight passed in between
            expected = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
        QCOMPARE(clock.today(), expected);
    }

    void crossingMidnightUpdatesOverdueCounts()
    {
        DayClock* clock = DayClock::instance();
        clock->setCurrentTime(QDateTime(QDate(2026, 3, 8), QTime(14, 59), QTimeZone::utc())); // 23:59 on the 8th
        CoeTableModel coes;
        coes.setArchive(m_archive.get());
        ArchiveActionModel actions;
        actions.setArchive(m_archive.get());
        CoeDocument doc(m_coe);
        ActionItemModel editorActions(&doc);
        QCOMPARE(coes.rowCount(), 1);
        QCOMPARE(coes.rowAt(0).overdueActions, 1); // due the 7th, today the 8th
        QCOMPARE(actions.rowCount(), 1);
        QCOMPARE(actions.rowAt(0).daysOverdue, 1);
        QVERIFY(editorActions.isOverdue(0));

        QSignalSpy coesReset(&coes, &QAbstractItemModel::modelReset);
        QSignalSpy actionsReset(&actions, &QAbstractItemModel::modelReset);
        QSignalSpy editorChanged(&editorActions, &QAbstractItemModel::dataChanged);
        clock->setCurrentTime(QDateTime(QDate(2026, 3, 8), QTime(15, 0, 1), QTimeZone::utc())); // the 9th
        QCOMPARE(coesReset.size(), 1);
        QCOMPARE(actionsReset.size(), 1);
        QVERIFY(!editorChanged.isEmpty());
        QCOMPARE(coes.rowAt(0).overdueActions, 1);
        QCOMPARE(actions.rowAt(0).daysOverdue, 2);

        // Back to the 7th in Tokyo (the 6th 15:00 UTC): nothing overdue anywhere.
        clock->setCurrentTime(QDateTime(QDate(2026, 3, 6), QTime(15, 30), QTimeZone::utc()));
        QCOMPARE(coes.rowAt(0).overdueActions, 0);
        QCOMPARE(actions.rowAt(0).daysOverdue, 0);
        QVERIFY(!editorActions.isOverdue(0));
        QCOMPARE(coes.index(0, CoeTableModel::OverdueActionsColumn).data(), QVariant());
    }

    void editorAndArchiveAgreeLateInTheUtcDay()
    {
        // 23:30 UTC on the 7th is the 8th in Tokyo: the item due on the 7th
        // is overdue for the editor and the archive alike.
        DayClock::instance()->setCurrentTime(QDateTime(QDate(2026, 3, 7), QTime(23, 30), QTimeZone::utc()));
        CoeTableModel coes;
        coes.setArchive(m_archive.get());
        ArchiveActionModel actions;
        actions.setArchive(m_archive.get());
        CoeDocument doc(m_coe);
        ActionItemModel editorActions(&doc);
        QCOMPARE(editorActions.today(), QDate(2026, 3, 8));
        QCOMPARE(coes.today(), QDate(2026, 3, 8));
        QCOMPARE(actions.today(), QDate(2026, 3, 8));
        QVERIFY(editorActions.isOverdue(0));
        QCOMPARE(editorActions.index(0, 0).data(ActionItemModel::OverdueRole).toBool(), true);
        QCOMPARE(coes.rowAt(0).overdueActions, 1);
        QCOMPARE(actions.rowAt(0).daysOverdue, 1);
        CoeQuery overdueOnly;
        overdueOnly.overdueOnly = true;
        coes.setQuery(overdueOnly);
        QCOMPARE(coes.totalCount(), 1);
    }

    void aPinnedTodayStaysPinned()
    {
        DayClock::instance()->setCurrentTime(QDateTime(QDate(2026, 3, 7), QTime(1, 0), QTimeZone::utc()));
        CoeDocument doc(m_coe);
        ActionItemModel editorActions(&doc);
        editorActions.setToday(QDate(2030, 1, 1));
        DayClock::instance()->setCurrentTime(QDateTime(QDate(2026, 3, 9), QTime(1, 0), QTimeZone::utc()));
        QCOMPARE(editorActions.today(), QDate(2030, 1, 1));
        editorActions.setToday({});
        QCOMPARE(editorActions.today(), QDate(2026, 3, 9));
    }
};

QTEST_MAIN(TestDayClock)
#include "TestDayClock.moc"
