// SPDX-License-Identifier: MIT
#include "document/CoeDocument.h"
#include "document/WhyOrder.h"
#include "exchange/CoeJson.h"
#include "itemmodels/WhyTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

Coe fixture()
{
    Coe c = makeNewCoe(QStringLiteral("w"));
    c.problem = QStringLiteral("Checkout failed");
    c.whys = {{QStringLiteral("w1"), {}, QStringLiteral("Why fail?"), QStringLiteral("pool small"), false, false},
              {QStringLiteral("w2"), QStringLiteral("w1"), QStringLiteral("Why small?"), QStringLiteral("typo"), false,
               true},
              {QStringLiteral("w3"), QStringLiteral("w2"), QStringLiteral("Why typo?"), QStringLiteral("no check"),
               true, false},
              {QStringLiteral("w4"), QStringLiteral("w1"), QStringLiteral("Why slow to detect?"),
               QStringLiteral("alarm 15 min"), true, false}};
    ActionItem a;
    a.id = QStringLiteral("a1");
    a.title = QStringLiteral("Validate pool sizes");
    a.whys = {QStringLiteral("w3")};
    c.actionItems = {a};
    return c;
}

QStringList idsOf(const QList<WhyStep>& whys)
{
    QStringList ids;
    for (const WhyStep& w : whys)
        ids << w.id;
    return ids;
}

QStringList sortedIdsOf(const QList<WhyStep>& whys)
{
    QStringList ids = idsOf(whys);
    ids.sort();
    return ids;
}

QStringList childIds(const WhyTreeModel& model, const QModelIndex& parent)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(parent); ++r)
        ids << model.index(r, 0, parent).data(WhyTreeModel::IdRole).toString();
    return ids;
}

// The fixture as a file that lists every child before its parent.
Coe importedChildFirst()
{
    Coe c = fixture();
    std::reverse(c.whys.begin(), c.whys.end()); // w4, w3, w2, w1
    const auto read = exchange::CoeJson::read(exchange::CoeJson::write(c));
    if (!read.ok())
        qFatal("the child-first document does not import: %s", qPrintable(read.errors.first().toString()));
    return read.coe;
}

} // namespace

class TestWhyTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void treeShape()
    {
        CoeDocument doc(fixture());
        WhyTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex w1 = model.index(0, 0);
        QCOMPARE(w1.data().toString(), QStringLiteral("Why fail?"));
        QCOMPARE(model.rowCount(w1), 2);
        const QModelIndex w2 = model.index(0, 0, w1);
        const QModelIndex w4 = model.index(1, 0, w1);
        QCOMPARE(w2.data(WhyTreeModel::IdRole).toString(), QStringLiteral("w2"));
        QCOMPARE(w4.data(WhyTreeModel::IdRole).toString(), QStringLiteral("w4"));
        QCOMPARE(model.parent(w2), w1);
        const QModelIndex w3 = model.index(0, 0, w2);
        QCOMPARE(w3.data(WhyTreeModel::DepthRole).toInt(), 3);
        QCOMPARE(model.index(0, WhyTreeModel::RootCauseColumn, w2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(w3.siblingAtColumn(WhyTreeModel::BecauseColumn).data().toString(), QStringLiteral("no check"));
        QCOMPARE(w3.data(WhyTreeModel::LinkedActionsRole).toStringList(),
                 QStringList{QStringLiteral("Validate pool sizes")});
        QCOMPARE(model.indexOf(QStringLiteral("w3")), w3);
    }

    void addAskWhyAndAnotherCause()
    {
        CoeDocument doc(fixture());
        WhyTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QPersistentModelIndex w4 = model.indexOf(QStringLiteral("w4"));
        // Ask why under w3 (a chain) and add another cause under the problem.
        const QString child = doc.addWhy(QStringLiteral("w3"), QStringLiteral("Why no check?"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), model.indexOf(QStringLiteral("w3")));
        QCOMPARE(model.indexOf(child).data().toString(), QStringLiteral("Why no check?"));
        const QString top = doc.addWhy({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.indexOf(top).row(), 1);
        QCOMPARE(w4.row(), 1);
        QCOMPARE(w4.data(WhyTreeModel::IdRole).toString(), QStringLiteral("w4"));
    }

    void removeSubtreeAndUndo()
    {
        CoeDocument doc(fixture());
        WhyTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QPersistentModelIndex w4 = model.indexOf(QStringLiteral("w4"));
        doc.removeWhy(QStringLiteral("w2"));
        QCOMPARE(removed.size(), 2); // w3 then w2
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(w4.row(), 0);
        QVERIFY(doc.coe().actionItems[0].whys.isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(w4.row(), 1);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(WhyTreeModel::IdRole).toString(), QStringLiteral("w2"));
        QVERIFY(doc.coe().sameContent(fixture()) || doc.coe().whys == fixture().whys);
    }

    void importedChildBeforeParent_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("opened") << false;
        QTest::newRow("replaced") << true;
    }

    void importedChildBeforeParent()
    {
        QFETCH(bool, replace);
        const Coe imported = importedChildFirst();
        QCOMPARE(idsOf(imported.whys), (QStringList{u"w4"_s, u"w3"_s, u"w2"_s, u"w1"_s}));
        CoeDocument doc(replace ? fixture() : imported);
        WhyTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        if (replace)
            doc.replaceCoe(imported);
        // Parents come first; siblings keep the file's order (w4 before w2).
        QCOMPARE(idsOf(doc.coe().whys), (QStringList{u"w1"_s, u"w4"_s, u"w2"_s, u"w3"_s}));
        const QModelIndex w1 = model.index(0, 0);
        QCOMPARE(childIds(model, {}), QStringList{u"w1"_s});
        QCOMPARE(childIds(model, w1), (QStringList{u"w4"_s, u"w2"_s}));
        QCOMPARE(childIds(model, model.indexOf(u"w2"_s)), QStringList{u"w3"_s});

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        doc.removeWhy(u"w2"_s);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(sortedIdsOf(doc.coe().whys), (QStringList{u"w1"_s, u"w4"_s}));
        QCOMPARE(childIds(model, model.index(0, 0)), QStringList{u"w4"_s});
        QVERIFY(doc.coe().actionItems[0].whys.isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(sortedIdsOf(doc.coe().whys), sortedIdsOf(imported.whys));
        for (const WhyStep& w : imported.whys)
            QCOMPARE(doc.coe().whys[doc.whyRow(w.id)], w);
        QCOMPARE(childIds(model, model.index(0, 0)), (QStringList{u"w4"_s, u"w2"_s}));
        QCOMPARE(childIds(model, model.indexOf(u"w2"_s)), QStringList{u"w3"_s});
        QCOMPARE(doc.coe().actionItems[0].whys, QStringList{u"w3"_s});

        // The whole tree, and back.
        doc.removeWhy(u"w1"_s);
        QVERIFY(doc.coe().whys.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        doc.undoStack()->undo();
        QCOMPARE(sortedIdsOf(doc.coe().whys), sortedIdsOf(imported.whys));
        QCOMPARE(childIds(model, model.index(0, 0)), (QStringList{u"w4"_s, u"w2"_s}));
        doc.undoStack()->redo();
        QVERIFY(doc.coe().whys.isEmpty());
    }

    void orderWhysLeavesAnOrderedListAlone()
    {
        QList<WhyStep> whys = fixture().whys;
        orderWhys(whys);
        QCOMPARE(whys, fixture().whys);
        // A step whose parent is unknown, and a cycle, are kept at the end.
        whys.prepend(WhyStep{u"x"_s, u"nowhere"_s, {}, {}, false, false});
        whys.prepend(WhyStep{u"c1"_s, u"c2"_s, {}, {}, false, false});
        whys.prepend(WhyStep{u"c2"_s, u"c1"_s, {}, {}, false, false});
        orderWhys(whys);
        QCOMPARE(idsOf(whys), (QStringList{u"x"_s, u"w1"_s, u"w2"_s, u"w3"_s, u"w4"_s, u"c2"_s, u"c1"_s}));
    }

    void editing()
    {
        CoeDocument doc(fixture());
        WhyTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex w2 = model.indexOf(QStringLiteral("w2"));
        QVERIFY(model.setData(w2.siblingAtColumn(WhyTreeModel::BecauseColumn), QStringLiteral("a typo in CR-4471")));
        QCOMPARE(doc.coe().whys[1].because, QStringLiteral("a typo in CR-4471"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), w2);
        QVERIFY(model.setData(w2.siblingAtColumn(WhyTreeModel::HumanErrorColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!doc.coe().whys[1].humanError);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.setActionField(0, CoeDocument::ActionField::Title, QStringLiteral("Check pools"));
        QCOMPARE(model.indexOf(QStringLiteral("w3")).data(WhyTreeModel::LinkedActionsRole).toStringList(),
                 QStringList{QStringLiteral("Check pools")});
    }
};

QTEST_GUILESS_MAIN(TestWhyTreeModel)
#include "TestWhyTreeModel.moc"
