// SPDX-License-Identifier: MIT
// Issue #11 (one design pass): columns that serve the content, the archive's
// preview pane, and the review panel grouped by step.
#include "ExampleCoe.h"
#include "GuiSupport.h"
#include "archive/CoeBrowserView.h"
#include "archive/CoePreviewPane.h"
#include "archive/MainWindow.h"
#include "editor/EditorPage.h"
#include "editor/EditorWindow.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/CoeTableModel.h"
#include "itemmodels/TimelineModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

using namespace hindsight;

namespace {

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

const QString kLong = QStringLiteral(
    "Move the checkout configuration behind a staged rollout with automatic rollback when the error rate of "
    "the canary rises above one percent for five minutes, and page the owning team before the rollout "
    "reaches a second region, so a bad value never reaches every customer at once again");

} // namespace

class TestTablesAndPanels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    // The example COE with plain action items: no kind, whys or link.
    Coe plainCoe(const QString& firstTitle = QStringLiteral("Add a canary"))
    {
        Coe coe = test::exampleCoe();
        coe.uuid = QUuid::createUuid();
        for (ActionItem& a : coe.actionItems) {
            a.kind = ActionKind::None;
            a.whys.clear();
            a.link.clear();
        }
        coe.actionItems[0].title = firstTitle;
        return coe;
    }

    EditorWindow* openEditor(const Coe& coe, int page) { return test::openSavedCoe(*m_archive, coe, page); }

    static void closeAll() { QVERIFY(test::closeEditorWindows()); }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        Settings::instance()->clearWindowStates();
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())),
                                  Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup()
    {
        closeAll();
        m_archive.reset();
    }

    void actionsTitleTakesTheSpareWidth()
    {
        EditorWindow* w = openEditor(plainCoe(), EditorWindow::ActionsPage);
        auto* table = child<QTableView>(w, QStringLiteral("actionsTableView"));
        QHeaderView* header = table->horizontalHeader();
        QTRY_VERIFY(header->sectionSize(ActionItemModel::TitleColumn) > 150); // it had 55 px
        for (int c = 0; c < ActionItemModel::ColumnCount; ++c)
            if (c != ActionItemModel::TitleColumn)
                QVERIFY2(header->sectionSize(ActionItemModel::TitleColumn) > header->sectionSize(c),
                         qPrintable(QStringLiteral("column %1 is %2 px, the title %3 px")
                                        .arg(c)
                                        .arg(header->sectionSize(c))
                                        .arg(header->sectionSize(ActionItemModel::TitleColumn))));
        // Columns empty in every row shrink to their header.
        for (int c : {ActionItemModel::KindColumn, ActionItemModel::WhysColumn, ActionItemModel::LinkColumn})
            QVERIFY(header->sectionSize(c) <= header->sectionSizeHint(c));
        // And widen again when one row has a value.
        table->model()->setData(table->model()->index(0, ActionItemModel::LinkColumn),
                                QStringLiteral("https://tickets.example.com/OPS-12"));
        QTRY_VERIFY(header->sectionSize(ActionItemModel::LinkColumn)
                    > header->sectionSizeHint(ActionItemModel::LinkColumn));
    }

    void longTextRowsShowMoreThanOneLine()
    {
        Coe coe = plainCoe(kLong);
        // Every cell of the other rows is short: not overdue, so the due date
        // has no "(overdue)" that wraps (a wrapping cell grows its row too:
        // TestScreenLayout::shortCellsShowEveryLine).
        for (int i = 1; i < coe.actionItems.size(); ++i) {
            coe.actionItems[i].title = QStringLiteral("Short %1").arg(i);
            coe.actionItems[i].due = QDate::currentDate().addDays(30);
        }
        coe.timeline[0].text = kLong;
        EditorWindow* w = openEditor(coe, EditorWindow::ActionsPage);
        auto* actions = child<QTableView>(w, QStringLiteral("actionsTableView"));
        const int line = actions->fontMetrics().lineSpacing();
        const int longRow = actions->model()->match(actions->model()->index(0, ActionItemModel::TitleColumn),
                                                    Qt::DisplayRole, kLong, 1, Qt::MatchExactly)
                                .value(0)
                                .row();
        QTRY_VERIFY(actions->rowHeight(longRow) >= 2 * line);
        QVERIFY(actions->rowHeight(longRow) <= 3 * line + 16); // three lines at most, the rest on hover
        QVERIFY(actions->wordWrap());
        // The rest of the text on hover.
        const QRect cell = actions->visualRect(actions->model()->index(longRow, ActionItemModel::TitleColumn));
        QHelpEvent help(QEvent::ToolTip, cell.center(), actions->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(actions->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), kLong);
        QToolTip::hideText();
        const int shortRow = longRow == 0 ? 1 : 0;
        QVERIFY(actions->rowHeight(shortRow) < 2 * line);

        w->setCurrentPage(EditorWindow::TimelinePage);
        auto* timeline = child<QTableView>(w, QStringLiteral("timelineTableView"));
        const QModelIndex entry = timeline->model()->match(timeline->model()->index(0, TimelineModel::TextColumn),
                                                           Qt::DisplayRole, kLong, 1, Qt::MatchExactly)
                                      .value(0);
        QVERIFY(entry.isValid());
        QTRY_VERIFY(timeline->rowHeight(entry.row()) >= 2 * line);
    }

    void columnWidthsAreRemembered()
    {
        const Coe coe = plainCoe();
        EditorWindow* w = openEditor(coe, EditorWindow::ActionsPage);
        auto* table = child<QTableView>(w, QStringLiteral("actionsTableView"));
        table->horizontalHeader()->resizeSection(ActionItemModel::OwnerColumn, 231);
        QCOMPARE(table->horizontalHeader()->sectionSize(ActionItemModel::OwnerColumn), 231);
        closeAll();

        QString error;
        EditorWindow* again = EditorWindow::openCoe(*m_archive, coe.uuid, nullptr, &error);
        QVERIFY2(again, qPrintable(error));
        again->resize(1280, 800);
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again));
        again->setCurrentPage(EditorWindow::ActionsPage);
        auto* reopened = child<QTableView>(again, QStringLiteral("actionsTableView"));
        QCOMPARE(reopened->horizontalHeader()->sectionSize(ActionItemModel::OwnerColumn), 231);
    }

    void previewPaneShowsTheSelectedCoe()
    {
        Coe coe = test::exampleCoe();
        coe.title = QStringLiteral("<b>Bold</b> outage & co");
        coe.summary = QStringLiteral("First **paragraph** of the summary.\n\nSecond paragraph, not shown.");
        CoeRepository repository(*m_archive);
        QVERIFY(repository.save(coe).ok());
        const QString path = m_archive->path();
        m_archive.reset();
        {
            MainWindow window;
            QVERIFY(window.openArchive(path));
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* pane = child<CoePreviewPane>(&window, QStringLiteral("coePreviewPane"));
            QVERIFY(pane->isVisible());
            window.browser()->selectUuid(coe.uuid);
            auto* title = child<QLabel>(pane, QStringLiteral("previewTitleLabel"));
            QTRY_VERIFY(title->isVisible());
            QCOMPARE(title->text(), coe.title);
            QCOMPARE(title->textFormat(), Qt::PlainText); // the <b> is text, not markup
            QVERIFY(child<QLabel>(pane, QStringLiteral("previewFactsLabel"))->text().contains(coe.owner));
            QCOMPARE(child<QLabel>(pane, QStringLiteral("previewSummaryLabel"))->text(),
                     QStringLiteral("First paragraph of the summary."));
            const QString durations = child<QLabel>(pane, QStringLiteral("previewDurationsLabel"))->text();
            QVERIFY2(durations.contains(QStringLiteral("min")), qPrintable(durations));
            QVERIFY(!child<QLabel>(pane, QStringLiteral("previewActionsLabel"))->text().isEmpty());
            QVERIFY(!child<QLabel>(pane, QStringLiteral("previewReviewLabel"))->text().isEmpty());

            // View › Preview Pane hides it, and the choice is remembered.
            auto* toggle = child<QAction>(&window, QStringLiteral("actionShowPreview"));
            QVERIFY(toggle->isCheckable() && toggle->isChecked());
            toggle->trigger();
            QVERIFY(!pane->isVisible());
            window.close();
        }
        MainWindow again;
        QVERIFY(again.openArchive(path));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!child<QAction>(&again, QStringLiteral("actionShowPreview"))->isChecked());
        QVERIFY(!child<CoePreviewPane>(&again, QStringLiteral("coePreviewPane"))->isVisible());
        child<QAction>(&again, QStringLiteral("actionShowPreview"))->trigger();
        QVERIFY(child<CoePreviewPane>(&again, QStringLiteral("coePreviewPane"))->isVisible());
        again.close();
    }

    void reviewPanelGroupsFindingsByStep()
    {
        QString error;
        EditorWindow* w = EditorWindow::createCoe(*m_archive, QString(), nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        auto* review = child<QTreeWidget>(w, QStringLiteral("reviewListWidget"));
        const QList<analysis::Finding> findings = w->findings();
        QVERIFY(findings.size() > 1);
        // One group per step with findings, one row per finding under it.
        QSet<analysis::Section> sections;
        for (const auto& f : findings)
            sections << f.location.section;
        QCOMPARE(review->topLevelItemCount(), int(sections.size()));
        int rows = 0;
        QTreeWidgetItem* target = nullptr;
        for (int g = 0; g < review->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = review->topLevelItem(g);
            QVERIFY(group->isExpanded());
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem* item = group->child(i);
                const auto& f = findings[item->data(0, Qt::UserRole).toInt()];
                QVERIFY(group->text(0).startsWith(EditorPage::title(f.location.section)));
                QVERIFY(!item->text(0).contains(QLatin1Char('\n')));
                QCOMPARE(item->toolTip(0), f.message); // the full text on hover
                QVERIFY(review->visualItemRect(item).height() < 2 * review->fontMetrics().height());
                if (!target && f.location.section != analysis::Section::Summary)
                    target = item;
                ++rows;
            }
        }
        QCOMPARE(rows, int(findings.size()));
        QVERIFY(target);
        // Clicking jumps to the field and shows the full text in the details.
        const auto section = findings[target->data(0, Qt::UserRole).toInt()].location.section;
        review->scrollToItem(target);
        QTest::mouseClick(review->viewport(), Qt::LeftButton, {}, review->visualItemRect(target).center());
        QCOMPARE(int(w->page(w->currentPage())->section()), int(section));
        QCOMPARE(child<QLabel>(w, QStringLiteral("reviewDetailsLabel"))->text(),
                 findings[target->data(0, Qt::UserRole).toInt()].message);
        // Return on a finding jumps too.
        w->setCurrentPage(EditorWindow::SummaryPage);
        review->setFocus();
        review->setCurrentItem(target);
        QTest::keyClick(review, Qt::Key_Return);
        QCOMPARE(int(w->page(w->currentPage())->section()), int(section));
        // A step folds.
        target->parent()->setExpanded(false);
        QVERIFY(!target->parent()->isExpanded());
    }
};

QTEST_MAIN(TestTablesAndPanels)
#include "TestTablesAndPanels.moc"
