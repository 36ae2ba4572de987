// SPDX-License-Identifier: MIT
#include "document/CoeDocument.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/QuestionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace hindsight;

namespace {

Coe fixture()
{
    Coe c = makeNewCoe(QStringLiteral("a"));
    auto item = [](const char* id, const char* title, Priority p, QDate due, ActionStatus s) {
        ActionItem a;
        a.id = QString::fromUtf8(id);
        a.title = QString::fromUtf8(title);
        a.priority = p;
        a.due = due;
        a.status = s;
        return a;
    };
    c.actionItems = {item("a1", "Validate pools", Priority::High, QDate(2024, 3, 21), ActionStatus::InProgress),
                     item("a2", "Stage rollouts", Priority::Low, QDate(2024, 3, 10), ActionStatus::Open),
                     item("a3", "Split profiles", Priority::Medium, QDate(2024, 3, 1), ActionStatus::Done),
                     item("a4", "Runbook", Priority::None, QDate(), ActionStatus::Open)};
    c.whys = {{QStringLiteral("w1"), {}, QStringLiteral("Why?"), QStringLiteral("pool"), false, false}};
    c.questions = {{QuestionArea::Detection, QStringLiteral("When?"), QStringLiteral("14:19")},
                   {QuestionArea::Detection, QStringLiteral("How?"), {}},
                   {QuestionArea::Mitigation, QStringLiteral("Halve TTM?"), {}}};
    return c;
}

} // namespace

class TestActionItemModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsAndOverdue()
    {
        CoeDocument doc(fixture());
        ActionItemModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setToday(QDate(2024, 3, 15));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ActionItemModel::PriorityColumn).data().toString(), QStringLiteral("High"));
        QCOMPARE(model.index(0, ActionItemModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(0, ActionItemModel::DueColumn).data(Qt::EditRole).toDate(), QDate(2024, 3, 21));
        QVERIFY(!model.index(0, 0).data(ActionItemModel::OverdueRole).toBool()); // due later
        QVERIFY(model.index(1, 0).data(ActionItemModel::OverdueRole).toBool());  // past, open
        QVERIFY(!model.index(2, 0).data(ActionItemModel::OverdueRole).toBool()); // past, done
        QVERIFY(!model.index(3, 0).data(ActionItemModel::OverdueRole).toBool()); // no date
        QVERIFY(model.index(1, ActionItemModel::DueColumn).data().toString().contains(QStringLiteral("overdue")));
        // Marking it done clears the flag.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, ActionItemModel::StatusColumn), int(ActionStatus::Done)));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.index(1, 0).data(ActionItemModel::OverdueRole).toBool());
    }

    void editsGoThroughTheDocument()
    {
        CoeDocument doc(fixture());
        ActionItemModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.setData(model.index(3, ActionItemModel::OwnerColumn), QStringLiteral("Lee")));
        QVERIFY(model.setData(model.index(3, ActionItemModel::DueColumn), QDate(2024, 4, 1)));
        QVERIFY(model.setData(model.index(3, ActionItemModel::PriorityColumn), int(Priority::Low)));
        QVERIFY(model.setData(model.index(3, ActionItemModel::KindColumn), int(ActionKind::Mitigate)));
        QVERIFY(model.setData(model.index(3, ActionItemModel::WhysColumn), QStringLiteral("w1")));
        QVERIFY(model.setData(model.index(3, ActionItemModel::LinkColumn), QStringLiteral("https://t.example/1")));
        const ActionItem& a = doc.coe().actionItems[3];
        QCOMPARE(a.owner, QStringLiteral("Lee"));
        QCOMPARE(a.due, QDate(2024, 4, 1));
        QVERIFY(a.priority == Priority::Low);
        QVERIFY(a.kind == ActionKind::Mitigate);
        QCOMPARE(a.whys, QStringList{QStringLiteral("w1")});
        QCOMPARE(doc.undoStack()->count(), 6);
        QCOMPARE(model.index(3, ActionItemModel::WhysColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("w1: pool"));
    }

    void insertRemoveAndSort()
    {
        CoeDocument doc(fixture());
        ActionItemModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ActionItemModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(ActionItemModel::PriorityColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Validate pools"));
        QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("Runbook"));
        proxy.sort(ActionItemModel::DueColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Split profiles"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        ActionItem a;
        a.title = QStringLiteral("New");
        QCOMPARE(doc.addActionItem(a), QStringLiteral("a5"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        doc.removeActionItems({0, 4});
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 5);
    }

    void questionModelCountsUnanswered()
    {
        CoeDocument doc(fixture());
        QuestionModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.unansweredCount(QuestionArea::Detection), 1);
        QCOMPARE(model.unansweredCount(QuestionArea::Mitigation), 1);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        doc.moveQuestion(0, 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("When?"));
        QVERIFY(model.setData(model.index(0, QuestionModel::AnswerColumn), QStringLiteral("alarm")));
        QCOMPARE(model.unansweredCount(QuestionArea::Detection), 0);
        doc.addQuestion({QuestionArea::Detection, QStringLiteral("Halve TTD?"), {}});
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Halve TTD?"));
        QCOMPARE(model.index(2, 0).data(QuestionModel::AreaRole).toInt(), int(QuestionArea::Detection));
    }
};

QTEST_GUILESS_MAIN(TestActionItemModel)
#include "TestActionItemModel.moc"
