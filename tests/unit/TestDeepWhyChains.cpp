// SPDX-License-Identifier: MIT
// The deepest legal why trees (chains 100 deep, many siblings) in every
// export: each step once, in tree order, laid out readably.
#include "ExampleCoe.h"
#include "exchange/CoeJsonWriter.h"
#include "exchange/CoeMarkdown.h"
#include "report/CoeReport.h"
#include "report/WhyTree.h"

#include <QAbstractTextDocumentLayout>
#include <QJsonArray>
#include <QTextBlock>
#include <QtTest>

using namespace hindsight;

namespace {

QString whyText(int n)
{
    return QStringLiteral("Why did step %1 happen?").arg(n);
}

// chains chains of `depth` steps each, then `siblings` steps that are all
// children of the first chain's deepest-but-one step (so at depth `depth`).
Coe deepCoe(int chains, int depth, int siblings)
{
    Coe c = test::exampleCoe();
    c.whys.clear();
    int n = 0;
    for (int chain = 0; chain < chains; ++chain) {
        for (int d = 0; d < depth; ++d, ++n) {
            WhyStep w;
            w.id = QStringLiteral("w%1").arg(n);
            w.parentId = d == 0 ? QString() : QStringLiteral("w%1").arg(n - 1);
            w.why = whyText(n);
            w.because = QStringLiteral("Because of step %1.").arg(n);
            c.whys.append(w);
        }
    }
    for (int s = 0; s < siblings; ++s, ++n) {
        WhyStep w;
        w.id = QStringLiteral("w%1").arg(n);
        w.parentId = QStringLiteral("w%1").arg(depth - 2);
        w.why = whyText(n);
        w.because = QStringLiteral("Because of step %1.").arg(n);
        c.whys.append(w);
    }
    for (ActionItem& a : c.actionItems)
        a.whys = {QStringLiteral("w%1").arg(depth - 1)};
    return c;
}

// The steps in tree order for deepCoe(): the first chain down to its
// deepest-but-one step, its last step, then the siblings, then the other chains.
QList<int> treeOrder(int chains, int depth, int siblings)
{
    QList<int> order;
    for (int d = 0; d < depth; ++d)
        order.append(d);
    for (int s = 0; s < siblings; ++s)
        order.append(chains * depth + s);
    for (int n = depth; n < chains * depth; ++n)
        order.append(n);
    return order;
}

// Where each step's question is found in text, in the order of `order`.
void checkOnceInOrder(const QString& text, const QList<int>& order)
{
    qsizetype last = -1;
    for (int n : order) {
        const QString why = whyText(n);
        const qsizetype at = text.indexOf(why);
        QVERIFY2(at >= 0, qPrintable(why));
        QVERIFY2(text.indexOf(why, at + 1) < 0, qPrintable(QStringLiteral("twice: ") + why));
        QVERIFY2(at > last, qPrintable(QStringLiteral("out of order: ") + why));
        last = at;
    }
}

} // namespace

class TestDeepWhyChains : public QObject
{
    Q_OBJECT
private slots:
    void treeOfALongChain();
    void markdownHasEveryStepInOrder();
    void jsonHasEveryStep();
    void reportHasEveryStepInOrder();
    void reportStepsStayReadableAtDepth100();
};

void TestDeepWhyChains::treeOfALongChain()
{
    // Far longer than any legal chain: the tree is built without recursion.
    const Coe c = deepCoe(1, 5000, 3);
    const QList<report::WhyNode> tree = report::whyTree(c.whys);
    QCOMPARE(tree.size(), c.whys.size());
    const QList<int> order = treeOrder(1, 5000, 3);
    for (int i = 0; i < tree.size(); ++i)
        QCOMPARE(tree[i].index, order[i]);
    QCOMPARE(tree[4999 + 0].depth, 4999);
    QCOMPARE(tree[4999].label, tree[4998].label + QStringLiteral(".1"));
    QCOMPARE(tree[5000].depth, 4999); // the first sibling, the deepest step's second... sibling
    QCOMPARE(tree[5000].label, tree[4998].label + QStringLiteral(".2"));

    // A cycle of steps is listed after the rest, each once.
    Coe cyclic = deepCoe(1, 3, 0);
    cyclic.whys[0].parentId = QStringLiteral("w2");
    const QList<report::WhyNode> cycle = report::whyTree(cyclic.whys);
    QCOMPARE(cycle.size(), 3);
    QCOMPARE(cycle[0].label, QStringLiteral("1"));
    QCOMPARE(cycle[2].label, QStringLiteral("1.1.1"));
}

void TestDeepWhyChains::markdownHasEveryStepInOrder()
{
    const Coe c = deepCoe(5, 100, 300);
    const QString text = exchange::CoeMarkdown::render(c, QStringLiteral("imgs")).text;
    checkOnceInOrder(text, treeOrder(5, 100, 300));
    // The deepest step is nested 100 levels deep, numbered accordingly.
    QStringList ones;
    for (int d = 0; d < 100; ++d)
        ones.append(QStringLiteral("1"));
    QVERIFY(text.contains(QString(99 * 2, QLatin1Char(' ')) + QStringLiteral("- **") + ones.join(QLatin1Char('.'))
                          + QStringLiteral("** ") + whyText(99)));
}

void TestDeepWhyChains::jsonHasEveryStep()
{
    const Coe c = deepCoe(5, 100, 300);
    const QJsonArray whys = exchange::CoeJsonWriter::toJson(c).value(QLatin1String("whys")).toArray();
    QCOMPARE(whys.size(), c.whys.size());
    for (int i = 0; i < whys.size(); ++i) {
        QCOMPARE(whys[i].toObject().value(QLatin1String("id")).toString(), c.whys[i].id);
        QCOMPARE(whys[i].toObject().value(QLatin1String("why")).toString(), c.whys[i].why);
    }
}

void TestDeepWhyChains::reportHasEveryStepInOrder()
{
    const Coe c = deepCoe(5, 100, 300);
    checkOnceInOrder(report::CoeReport::build(c)->toPlainText(), treeOrder(5, 100, 300));
}

void TestDeepWhyChains::reportStepsStayReadableAtDepth100()
{
    // Indenting a step 40 px per level left a step 100 deep no width at all:
    // a line per character, hundreds of pages. Each step is one block of a
    // few lines, whatever its depth.
    const Coe c = deepCoe(2, 100, 20);
    auto doc = report::CoeReport::build(c);
    const qreal width = report::ReportDocument::textWidth(report::PaperSize::A4);
    doc->setPageSize(QSizeF(width, width * 1.4));
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    int steps = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!b.text().contains(QStringLiteral("Why did step ")))
            continue;
        ++steps;
        QVERIFY2(b.layout()->lineCount() <= 16,
                 qPrintable(QStringLiteral("%1 lines: %2").arg(b.layout()->lineCount()).arg(b.text().left(300))));
        QVERIFY2(layout->blockBoundingRect(b).width() <= width + 1, qPrintable(b.text().left(300)));
        QVERIFY2(b.text().contains(QStringLiteral("Because: Because of step")), qPrintable(b.text().left(300)));
    }
    QCOMPARE(steps, c.whys.size());
}

QTEST_MAIN(TestDeepWhyChains)
#include "TestDeepWhyChains.moc"
