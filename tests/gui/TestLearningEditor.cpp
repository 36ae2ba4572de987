// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "analysis/ReviewCheck.h"
#include "editor/EditorWindow.h"
#include "editor/pages/FactorsPanel.h"
#include "editor/pages/WhysPage.h"
#include "itemmodels/FactorModel.h"
#include "itemmodels/TimelineModel.h"
#include "settings/Settings.h"
#include "settings/TaxonomyDialog.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/FactorTaxonomy.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hindsight;

// The editor's side of format 1.1's learning data (issue #14): the detection
// on the Impact step, the Key column of the timeline, and the 5 Whys step's
// contributing factors with the archive's taxonomy; each edit one undo step.
class TestLearningEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    EditorWindow* openExample()
    {
        CoeRepository repo(*m_archive);
        Coe c = test::exampleCoe();
        if (!repo.save(c).ok())
            return nullptr;
        QString error;
        EditorWindow* w = EditorWindow::openCoe(*m_archive, c.uuid, nullptr, &error);
        if (!w)
            qWarning("%s", qPrintable(error));
        return w;
    }

    static int findings(const Coe& coe, const char* id)
    {
        int n = 0;
        for (const analysis::Finding& f : analysis::reviewCheck(coe))
            n += f.id == QLatin1String(id) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { Settings::installTemporaryInstance(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())),
                                  Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup()
    {
        for (EditorWindow* w : EditorWindow::openWindows()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            w->close();
        }
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
        MessageBox::clearNextAnswers();
        m_archive.reset();
    }

    void detectionOnTheImpactStep()
    {
        EditorWindow* w = openExample();
        QVERIFY(w);
        w->setCurrentPage(EditorWindow::ImpactPage);
        auto* source = w->findChild<QComboBox*>(QStringLiteral("detectionSourceComboBox"));
        QVERIFY(source);
        QCOMPARE(source->currentData().toInt(), int(DetectionSource::None));
        const int alarm = source->findData(int(DetectionSource::Alarm));
        QVERIFY(alarm > 0);
        source->setCurrentIndex(alarm);
        emit source->activated(alarm);
        QCOMPARE(int(w->document()->coe().detection.source), int(DetectionSource::Alarm));
        w->document()->undoStack()->undo();
        QCOMPARE(int(w->document()->coe().detection.source), int(DetectionSource::None));
        QCOMPARE(source->currentData().toInt(), int(DetectionSource::None));
    }

    void keyColumnHighlightsAnEntry()
    {
        EditorWindow* w = openExample();
        QVERIFY(w);
        auto* view = w->findChild<QTableView*>(QStringLiteral("timelineTableView"));
        QVERIFY(view);
        QAbstractItemModel* model = view->model();
        QCOMPARE(model->headerData(TimelineModel::HighlightColumn, Qt::Horizontal).toString(), QStringLiteral("Key"));
        const QModelIndex key = model->index(1, TimelineModel::HighlightColumn);
        QVERIFY(model->flags(key) & Qt::ItemIsUserCheckable);
        QVERIFY(model->setData(key, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(w->document()->coe().timeline[1].highlight);
        QCOMPARE(w->document()->undoStack()->undoText(), QStringLiteral("Edit Timeline Entry"));
        w->document()->undoStack()->undo();
        QVERIFY(!w->document()->coe().timeline[1].highlight);
    }

    // A root cause without a factor is a warning until a factor comes from it;
    // the panel adds one linked to the selected why, offers the taxonomy, and
    // links or unlinks the selected why, each one undo step.
    void factorsFromTheSelectedWhy()
    {
        FactorTaxonomy taxonomy(*m_archive);
        QVERIFY(taxonomy.setRetired(QStringLiteral("change/data"), true));
        EditorWindow* w = openExample();
        QVERIFY(w);
        CoeDocument* doc = w->document();
        QCOMPARE(findings(doc->coe(), "factor.missing"), 0); // no factor named yet: not flagged
        w->setCurrentPage(EditorWindow::WhysPage);
        auto* page = w->findChild<WhysPage*>();
        QVERIFY(page);
        FactorsPanel* panel = page->factorsPanel();
        QString rootCause;
        for (const WhyStep& s : doc->coe().whys)
            if (s.rootCause)
                rootCause = s.id;
        QVERIFY(!rootCause.isEmpty());
        page->selectWhy(rootCause);

        const int steps = doc->undoStack()->count();
        panel->findChild<QPushButton*>(QStringLiteral("addFactorButton"))->click();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->coe().factors.size(), 1);
        QCOMPARE(doc->coe().factors[0].whys, QStringList{rootCause});
        QCOMPARE(findings(doc->coe(), "factor.missing"), 1); // the example's other root cause

        // The category editor offers the taxonomy, without retired categories.
        QTableView* view = panel->view();
        QTRY_VERIFY(view->indexWidget(view->currentIndex()) || view->findChild<QComboBox*>());
        auto* editor = view->findChild<QComboBox*>();
        QVERIFY(editor);
        QCOMPARE(editor->findData(QStringLiteral("change/data")), -1);
        const int config = editor->findData(QStringLiteral("change/configuration"));
        QVERIFY(config >= 0);
        QCOMPARE(editor->itemText(config), FactorTaxonomy::builtInName(QStringLiteral("change/configuration")));
        editor->setCurrentIndex(config);
        emit view->itemDelegate()->commitData(editor);
        emit view->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
        QCOMPARE(doc->coe().factors[0].category, QStringLiteral("change/configuration"));
        QCOMPARE(view->model()->index(0, FactorModel::CategoryColumn).data().toString(),
                 FactorTaxonomy::builtInName(QStringLiteral("change/configuration")));
        QCOMPARE(view->model()->index(0, FactorModel::WhysColumn).data().toString().isEmpty(), false);

        // Unlink, link again: one step each.
        auto* link = panel->findChild<QPushButton*>(QStringLiteral("linkWhyButton"));
        QVERIFY(link->isEnabled());
        link->click();
        QVERIFY(doc->coe().factors[0].whys.isEmpty());
        QCOMPARE(findings(doc->coe(), "factor.missing"), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->coe().factors[0].whys, QStringList{rootCause});

        // A user's text in the table is data.
        doc->setFactorField(0, CoeDocument::FactorField::Description, QStringLiteral("<img src=x> & <b>"));
        QCOMPARE(view->model()->index(0, FactorModel::DescriptionColumn).data().toString(),
                 QStringLiteral("<img src=x> & <b>"));

        // Delete, then undo everything back to the COE as it was opened.
        panel->findChild<QPushButton*>(QStringLiteral("removeFactorButton"))->click();
        QVERIFY(doc->coe().factors.isEmpty());
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QVERIFY(doc->coe().factors.isEmpty());
    }

    // Edit ▸ Contributing Factor Categories: add, rename (asks when COEs use
    // it), merge (always asks), retire and restore.
    void taxonomyDialog()
    {
        CoeRepository repo(*m_archive);
        Coe c = test::exampleCoe();
        c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("capacity"), {}, {}}};
        QVERIFY(repo.save(c).ok());
        TaxonomyDialog dialog(*m_archive);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), int(FactorTaxonomy::seededNames().size()));

        TextInput::setNextText(QStringLiteral("team/handover"));
        dialog.addCategory();
        QCOMPARE(table->rowCount(), int(FactorTaxonomy::seededNames().size()) + 1);
        QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("team/handover"));

        // Rename a category a COE uses: asked first; No changes nothing.
        const int capacity = int(FactorTaxonomy::seededNames().indexOf(QStringLiteral("capacity")));
        table->selectRow(capacity);
        TextInput::setNextText(QStringLiteral("load"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.renameSelected();
        QVERIFY(MessageBox::takeLastQuestion().contains(QLatin1String("capacity")));
        QCOMPARE(repo.load(c.uuid)->factors[0].category, QStringLiteral("capacity"));
        TextInput::setNextText(QStringLiteral("load"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.renameSelected();
        QCOMPARE(repo.load(c.uuid)->factors[0].category, QStringLiteral("load"));
        QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("load"));

        // Merge it into the new category.
        const int target = dialog.mergeTarget()->findData(QStringLiteral("team/handover"));
        QVERIFY(target >= 0);
        dialog.mergeTarget()->setCurrentIndex(target);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.mergeSelected();
        QCOMPARE(repo.load(c.uuid)->factors[0].category, QStringLiteral("team/handover"));
        QCOMPARE(table->rowCount(), int(FactorTaxonomy::seededNames().size()));

        // Retire, then restore.
        dialog.toggleRetired();
        QVERIFY(!FactorTaxonomy(*m_archive).categories(false).contains(
            FactorCategory{QStringLiteral("team/handover"), {}, false, false}));
        QCOMPARE(FactorTaxonomy(*m_archive).categories(true).last().retired, true);
        dialog.toggleRetired();
        QCOMPARE(FactorTaxonomy(*m_archive).categories(true).last().retired, false);
        MessageBox::clearNextAnswers();
    }
};

QTEST_MAIN(TestLearningEditor)
#include "TestLearningEditor.moc"
