// SPDX-License-Identifier: MIT
// One name per enumeration value and per written field: the editor, the archive,
// the PDF and Markdown all show what domain/DisplayNames.h says.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "document/CoeDocument.h"
#include "domain/DisplayNames.h"
#include "editor/pages/ImpactPage.h"
#include "exchange/CoeMarkdown.h"
#include "itemmodels/ArchiveActionModel.h"
#include "itemmodels/CoeTableModel.h"
#include "report/CoeReport.h"

#include <QCheckBox>
#include <QTextDocument>
#include <QtTest>

using namespace hindsight;

namespace {
// Names that the PDF, Markdown and the editor used to disagree on.
const QStringList kOldNames = {
    QStringLiteral("Second-order effects"), QStringLiteral("Security: confidentiality"),
    QStringLiteral("Security: integrity"), QStringLiteral("Security: availability"),
    QStringLiteral("Shows the impact"), QStringLiteral("Detects the problem"),
    QStringLiteral("Monitors from now on"),
};

Coe exampleWithAllPillars()
{
    Coe c = test::exampleCoe();
    c.impact.pillars = allValues<Pillar>();
    return c;
}
} // namespace

class TestDisplayNames : public QObject
{
    Q_OBJECT
private slots:
    void everyValueHasAName()
    {
        for (Status v : allValues<Status>())
            QVERIFY(!displayName(v).isEmpty());
        for (Milestone v : allValues<Milestone>())
            QVERIFY(!displayName(v).isEmpty());
        for (MetricRole v : allValues<MetricRole>())
            QVERIFY(!displayName(v).isEmpty());
        for (QuestionArea v : allValues<QuestionArea>())
            QVERIFY(!displayName(v).isEmpty());
        for (Priority v : allValues<Priority>())
            QVERIFY(!displayName(v).isEmpty());
        for (ActionStatus v : allValues<ActionStatus>())
            QVERIFY(!displayName(v).isEmpty());
        for (ActionKind v : allValues<ActionKind>())
            QVERIFY(!displayName(v).isEmpty());
        for (Pillar v : allValues<Pillar>())
            QVERIFY(!displayName(v).isEmpty());
    }

    void archiveColumnsUseTheNames()
    {
        for (Status v : allValues<Status>())
            QCOMPARE(CoeTableModel::statusText(v), displayName(v));
        for (ActionStatus v : allValues<ActionStatus>())
            QCOMPARE(ArchiveActionModel::statusText(v), displayName(v));
        for (Priority v : allValues<Priority>())
            QCOMPARE(ArchiveActionModel::priorityText(v), displayName(v));
    }

    void editorUsesTheNames()
    {
        CoeDocument doc(exampleWithAllPillars());
        ImpactPage page(&doc);
        for (Pillar p : allValues<Pillar>()) {
            auto* box = page.findChild<QCheckBox*>(QStringLiteral("pillarCheckBox_%1").arg(toString(p)));
            QVERIFY(box);
            QCOMPARE(box->text(), displayName(p));
        }
        // The description's accessible name says whose description it is ("Impact description").
        const QList<std::pair<QString, TextField>> fields = {
            {QStringLiteral("consequencesEdit"), TextField::Consequences},
            {QStringLiteral("secondOrderEdit"), TextField::SecondOrder},
            {QStringLiteral("customerSentimentEdit"), TextField::CustomerSentiment},
        };
        for (const auto& [name, field] : fields) {
            auto* edit = page.findChild<QWidget*>(name);
            QVERIFY2(edit, qPrintable(name));
            QCOMPARE(edit->accessibleName(), fieldName(field));
        }
    }

    void pdfAndMarkdownUseTheNames()
    {
        const Coe c = exampleWithAllPillars();
        const QString pdf = report::CoeReport::build(c, {})->toPlainText();
        const QString md = exchange::CoeMarkdown::render(c, QStringLiteral("images")).text;
        for (const QString& old : kOldNames) {
            QVERIFY2(!pdf.contains(old), qPrintable(old));
            QVERIFY2(!md.contains(old), qPrintable(old));
        }
        for (Pillar p : allValues<Pillar>()) {
            QVERIFY2(pdf.contains(displayName(p)), qPrintable(displayName(p)));
            QVERIFY2(md.contains(displayName(p)), qPrintable(displayName(p)));
        }
        for (TextField f : {TextField::ImpactDescription, TextField::Consequences, TextField::SecondOrder,
                            TextField::CustomerSentiment}) {
            QVERIFY2(pdf.contains(fieldName(f)), qPrintable(fieldName(f)));
            QVERIFY2(md.contains(fieldName(f)), qPrintable(fieldName(f)));
        }
        QVERIFY(pdf.contains(displayName(c.status)));
        QVERIFY(md.contains(displayName(c.status)));
    }
};

QTEST_MAIN(TestDisplayNames)
#include "TestDisplayNames.moc"
