// SPDX-License-Identifier: MIT
// The Metrics step's series (issue #15): Metrics › Add Series from File…
// imports a monitoring export into the selected metric as one undo step; a
// file whose times have no offset opens the mapping dialog, whose Import
// button stays disabled until a time zone is chosen; refused lines are
// reported with their numbers; remove and threshold are undo steps too.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "editor/EditorWindow.h"
#include "editor/pages/MetricsPage.h"
#include "editor/series/SeriesMappingDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hindsight;

class TestSeriesEditor : public QObject
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

    static QString series(const QString& name) { return test::dataPath(QStringLiteral("series/") + name); }

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

    void addSeriesFromFileIsOneUndoStep()
    {
        EditorWindow* w = openExample();
        QVERIFY(w);
        auto* action = w->findChild<QAction*>(QStringLiteral("actionAddSeriesFromFile"));
        QVERIFY(action);
        CoeDocument* doc = w->document();
        QVERIFY(!doc->coe().metrics.isEmpty());
        const int steps = doc->undoStack()->count();
        FileDialog::setNextFileName(series(QStringLiteral("grafana-joined.csv")));
        action->trigger(); // a known format with offsets: no dialog
        QCOMPARE(w->currentPage(), int(EditorWindow::MetricsPage));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const Metric& m = doc->coe().metrics[0];
        QCOMPARE(m.series.size(), 2);
        QCOMPARE(m.series[0].name, QStringLiteral("p99 latency"));
        auto* tree = w->findChild<QTreeWidget*>(QStringLiteral("metricSeriesTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("p99 latency"));
        QCOMPARE(tree->topLevelItem(0)->text(2).toInt(), int(m.series[0].points.size()));
        auto* summary = w->findChild<QLabel*>(QStringLiteral("metricSeriesSummaryLabel"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("Peaks at")), qPrintable(summary->text()));

        doc->undoStack()->undo();
        QVERIFY(doc->coe().metrics[0].series.isEmpty());
        QCOMPARE(tree->topLevelItemCount(), 0);
        doc->undoStack()->redo();
        QCOMPARE(doc->coe().metrics[0].series.size(), 2);

        // Remove, and the threshold: one step each.
        tree->setCurrentItem(tree->topLevelItem(1));
        w->findChild<QPushButton*>(QStringLiteral("removeSeriesButton"))->click();
        QCOMPARE(doc->coe().metrics[0].series.size(), 1);
        auto* threshold = w->findChild<QLineEdit*>(QStringLiteral("metricThresholdLineEdit"));
        QVERIFY(threshold);
        threshold->setText(QStringLiteral("1.5"));
        emit threshold->editingFinished();
        QCOMPARE(doc->coe().metrics[0].threshold, std::optional<double>(1.5));
        doc->undoStack()->undo();
        QVERIFY(!doc->coe().metrics[0].threshold);
        doc->undoStack()->undo();
        QCOMPARE(doc->coe().metrics[0].series.size(), 2);
    }

    // Times without an offset: the mapping dialog, Import disabled until a
    // zone is chosen; the refused lines come with their numbers.
    void mappingDialogWaitsForAZone()
    {
        EditorWindow* w = openExample();
        QVERIFY(w);
        CoeDocument* doc = w->document();
        const int steps = doc->undoStack()->count();
        bool checked = false;
        QString outcome;
        // First: cancelled while no zone is chosen; nothing imported.
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<SeriesMappingDialog*>(QApplication::activeModalWidget());
            QVERIFY(d);
            QPushButton* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("seriesOutcomeLabel"))->text().contains(QStringLiteral("time zone")));
            checked = true;
            d->reject();
        });
        FileDialog::setNextFileName(series(QStringLiteral("generic-local.csv")));
        w->findChild<QAction*>(QStringLiteral("actionAddSeriesFromFile"))->trigger();
        QVERIFY(checked);
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY(doc->coe().metrics[0].series.isEmpty());

        // Then: a zone chosen, Import enabled, imported as one step.
        checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<SeriesMappingDialog*>(QApplication::activeModalWidget());
            QVERIFY(d);
            QPushButton* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            d->chooseZone("Europe/Madrid");
            QVERIFY(ok->isEnabled());
            outcome = d->findChild<QLabel*>(QStringLiteral("seriesOutcomeLabel"))->text();
            checked = true;
            ok->click();
        });
        FileDialog::setNextFileName(series(QStringLiteral("generic-local.csv")));
        w->findChild<QAction*>(QStringLiteral("actionAddSeriesFromFile"))->trigger();
        QVERIFY(checked);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(!doc->coe().metrics[0].series.isEmpty());
        // Refused lines are reported with their line numbers, in the dialog and on the page.
        QVERIFY2(outcome.contains(QStringLiteral("line ")), qPrintable(outcome));
        auto* problem = w->findChild<QLabel*>(QStringLiteral("metricProblemLabel"));
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QStringLiteral("line ")), qPrintable(problem->text()));
        doc->undoStack()->undo();
        QVERIFY(doc->coe().metrics[0].series.isEmpty());
    }

    // Pasted CSV text is read like a file; text that is no table imports nothing.
    void pasteSeries()
    {
        EditorWindow* w = openExample();
        QVERIFY(w);
        CoeDocument* doc = w->document();
        QApplication::clipboard()->setText(QStringLiteral("just some words"));
        w->findChild<QAction*>(QStringLiteral("actionPasteSeries"))->trigger();
        QVERIFY(doc->coe().metrics[0].series.isEmpty());
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("metricProblemLabel"))->isVisibleTo(w));
        QApplication::clipboard()->setText(
            QStringLiteral("\"Time\",\"errors\"\n2024-03-07T14:00:00Z,1\n2024-03-07T14:01:00Z,3\n"));
        w->findChild<QAction*>(QStringLiteral("actionPasteSeries"))->trigger();
        QCOMPARE(doc->coe().metrics[0].series.size(), 1);
        QCOMPARE(doc->coe().metrics[0].series[0].points.size(), 2);
    }
};

QTEST_MAIN(TestSeriesEditor)
#include "TestSeriesEditor.moc"
