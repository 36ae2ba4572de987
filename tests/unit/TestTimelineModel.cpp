// SPDX-License-Identifier: MIT
#include "document/CoeDocument.h"
#include "itemmodels/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hindsight;

namespace {

QDateTime utc(int h, int m)
{
    return QDateTime(QDate(2024, 3, 7), QTime(h, m), QTimeZone::utc());
}

Coe fixture()
{
    Coe c = makeNewCoe(QStringLiteral("t"));
    auto entry = [](QDateTime at, const char* text, Milestone m = Milestone::None) {
        TimelineEntry e;
        e.at = at;
        e.text = QString::fromUtf8(text);
        e.milestone = m;
        return e;
    };
    c.timeline = {entry(utc(13, 55), "approved", Milestone::Trigger), entry(utc(14, 2), "first 503s"),
                  entry(utc(14, 19), "alarm", Milestone::Detected), entry(utc(15, 4), "rolled back")};
    return c;
}

// A stand-in gap finder for the model test: every step longer than 15 minutes.
QList<analysis::Gap> simpleGaps(const QList<TimelineEntry>& t)
{
    QList<analysis::Gap> gaps;
    for (int i = 1; i < t.size(); ++i) {
        const qint64 minutes = t[i - 1].at.secsTo(t[i].at) / 60;
        if (minutes > 15) {
            analysis::Gap g;
            g.fromIndex = i - 1;
            g.toIndex = i;
            g.from = t[i - 1].at;
            g.to = t[i].at;
            g.minutes = minutes;
            g.explained = !t[i].gapExplanation.isEmpty();
            gaps << g;
        }
    }
    return gaps;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void showsRowsInTheDisplayZone()
    {
        CoeDocument doc(fixture());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
        QCOMPARE(model.index(1, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2024-03-07 14:02 UTC"));
        QCOMPARE(model.index(0, TimelineModel::MilestoneColumn).data().toString(), QStringLiteral("Trigger"));
        QCOMPARE(model.index(1, TimelineModel::TextColumn).data().toString(), QStringLiteral("first 503s"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        doc.setDisplayTimeZone(QTimeZone("America/Los_Angeles"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(1, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2024-03-07 06:02 PST"));
        QCOMPARE(model.index(1, TimelineModel::TimeColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("2024-03-07 06:02"));
    }

    void insertAndRemoveThroughTheDocument()
    {
        CoeDocument doc(fixture());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        TimelineEntry e;
        e.at = utc(14, 10);
        e.text = QStringLiteral("someone notices");
        doc.insertTimelineEntry(e);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(model.index(2, TimelineModel::TextColumn).data().toString(), e.text);
        doc.removeTimelineEntries({0, 2});
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.size(), 3);
    }

    void editingTimeMovesTheRow()
    {
        CoeDocument doc(fixture());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QPersistentModelIndex approved = model.index(0, TimelineModel::TextColumn);
        // Typed time, same day as the entry.
        QVERIFY(model.setData(model.index(0, TimelineModel::TimeColumn), QStringLiteral("14:30")));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(approved.row(), 2);
        QCOMPARE(approved.data().toString(), QStringLiteral("approved"));
        QCOMPARE(model.index(2, 0).data(TimelineModel::AtRole).toDateTime(), utc(14, 30));
        // Moving to the end, and back by undo.
        QVERIFY(model.setData(model.index(2, TimelineModel::TimeColumn), QStringLiteral("2024-03-07 16:00 UTC")));
        QCOMPARE(approved.row(), 3);
        doc.undoStack()->undo();
        QCOMPARE(approved.row(), 2);
        doc.undoStack()->undo();
        QCOMPARE(approved.row(), 0);
        // Garbage is refused with a reason; nothing changes.
        const int steps = doc.undoStack()->count();
        QVERIFY(!model.setData(model.index(1, TimelineModel::TimeColumn), QStringLiteral("soon")));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(doc.undoStack()->count(), steps);
    }

    void editingCellsGoesThroughTheDocument()
    {
        CoeDocument doc(fixture());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, TimelineModel::TextColumn), QStringLiteral("503s everywhere")));
        QCOMPARE(doc.coe().timeline[1].text, QStringLiteral("503s everywhere"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 1);
        QVERIFY(model.setData(model.index(1, TimelineModel::ApproximateColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(doc.coe().timeline[1].approximate);
        QVERIFY(model.index(1, TimelineModel::TimeColumn).data().toString().startsWith(QStringLiteral("≈ ")));
        QVERIFY(model.setData(model.index(3, TimelineModel::SourceColumn), QStringLiteral("chat")));
        QCOMPARE(doc.coe().timeline[3].source, QStringLiteral("chat"));
        // A milestone moves, never duplicates: both rows report a change.
        changed.clear();
        QVERIFY(model.setData(model.index(3, TimelineModel::MilestoneColumn), int(Milestone::Detected)));
        QVERIFY(doc.coe().timeline[3].milestone == Milestone::Detected);
        QVERIFY(doc.coe().timeline[2].milestone == Milestone::None);
        QList<int> rows;
        for (const auto& args : changed)
            rows << args.at(0).value<QModelIndex>().row();
        QVERIFY(rows.contains(2));
        QVERIFY(rows.contains(3));
        QCOMPARE(doc.undoStack()->count(), 4);
    }

    void gapRoles()
    {
        CoeDocument doc(fixture());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGapFinder(&simpleGaps);
        QVERIFY(!model.index(1, 0).data(TimelineModel::GapMinutesRole).isValid());
        QCOMPARE(model.index(2, 0).data(TimelineModel::GapMinutesRole).toLongLong(), 17);
        QCOMPARE(model.index(3, 0).data(TimelineModel::GapMinutesRole).toLongLong(), 45);
        QCOMPARE(model.gapCount(), 2);
        QVERIFY(!model.index(2, 0).data(TimelineModel::GapExplainedRole).toBool());
        QSignalSpy gaps(&model, &TimelineModel::gapsChanged);
        QVERIFY(model.setData(model.index(2, 0), QStringLiteral("alarm needs 15 points"),
                              TimelineModel::GapExplanationRole));
        QCOMPARE(gaps.size(), 1);
        QVERIFY(model.index(2, 0).data(TimelineModel::GapExplainedRole).toBool());
        QVERIFY(model.index(2, 0).data(TimelineModel::GapTextRole).toString().contains(QStringLiteral("alarm needs")));
        // Filling the gap with an entry splits it: no gap before row 3 now.
        TimelineEntry e;
        e.at = utc(14, 12);
        doc.insertTimelineEntry(e);
        QVERIFY(!model.index(2, 0).data(TimelineModel::GapMinutesRole).isValid());
    }

    void resetOnReplace()
    {
        CoeDocument doc(fixture());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Coe other = fixture();
        other.timeline.removeLast();
        doc.replaceCoe(other);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
