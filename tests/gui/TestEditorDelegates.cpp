// SPDX-License-Identifier: MIT
// The cell editors of the editor's tables and the question groups, driven by
// keyboard: typed due dates, the owner completer, empty question groups.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "archive/FilterPanel.h"
#include "editor/EditorWindow.h"
#include "editor/pages/QuestionsPage.h"
#include "exchange/CoeJson.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/QuestionModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/DateLineEdit.h"
#include "widgets/Dialogs.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

const QDate kOldDue(2024, 3, 21); // row 0 of the fixture

} // namespace

class TestEditorDelegates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    int m_archives = 0;

    EditorWindow* openFixture()
    {
        auto read = exchange::CoeJson::readFile(test::dataPath(QStringLiteral("checkout-config-rollout.coe.json")));
        if (!read.ok())
            return nullptr;
        CoeRepository repository(*m_archive);
        if (!repository.save(read.coe).ok())
            return nullptr;
        QString error;
        EditorWindow* w = EditorWindow::openCoe(*m_archive, read.coe.uuid, nullptr, &error);
        if (!w)
            return nullptr;
        w->autoSaver()->setDelay(30);
        w->show();
        QApplication::setActiveWindow(w);
        if (!QTest::qWaitForWindowActive(w))
            qWarning("window not active");
        return w;
    }

    // F2 on row 0's cell in `column` of the actions table; the editor.
    static QWidget* editActionCell(EditorWindow* w, int column)
    {
        w->setCurrentPage(EditorWindow::ActionsPage);
        auto* table = child<QTableView>(w, "actionsTableView");
        table->setCurrentIndex(table->model()->index(0, column));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        if (!QTest::qWaitFor([&] { return table->indexWidget(table->currentIndex()) != nullptr; }))
            return nullptr;
        return table->indexWidget(table->currentIndex());
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QLocale::setDefault(QLocale::c());
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                                         .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                              QString::number(++m_archives))),
                                  Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup()
    {
        QVERIFY(test::closeEditorWindows());
        m_archive.reset();
    }

    void typedDueDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: refused
        QTest::newRow("ISO") << "2017-03-15" << QDate(2017, 3, 15);
        QTest::newRow("compact") << "20170315" << QDate(2017, 3, 15);
        QTest::newRow("short format") << QLocale::c().toString(QDate(2017, 3, 15), QLocale::ShortFormat)
                                      << QDate(2017, 3, 15);
        QTest::newRow("February 30") << "2017-02-30" << QDate();
        QTest::newRow("day first") << "15/03/2017" << QDate();
        QTest::newRow("word") << "tomorrow" << QDate();
    }
    void typedDueDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        EditorWindow* w = openFixture();
        QVERIFY(w);
        QCOMPARE(w->document()->coe().actionItems.value(0).due, kOldDue);
        QWidget* editor = editActionCell(w, ActionItemModel::DueColumn);
        QVERIFY(editor);
        auto* table = child<QTableView>(w, "actionsTableView");
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        if (expected.isValid()) {
            QTRY_VERIFY(!table->indexWidget(table->currentIndex()));
            QCOMPARE(w->document()->coe().actionItems.value(0).due, expected);
            return;
        }
        // Refused: the editor stays open, says why, and the date is unchanged.
        QTest::qWait(50);
        auto* dateEdit = qobject_cast<DateLineEdit*>(table->indexWidget(table->currentIndex()));
        QVERIFY2(dateEdit, "the editor closed on a refused date");
        QVERIFY(dateEdit->isRefused());
        QVERIFY(!dateEdit->toolTip().isEmpty());
        QCOMPARE(dateEdit->text(), text);
        QCOMPARE(w->document()->coe().actionItems.value(0).due, kOldDue);
        // Escape gives up; still unchanged.
        QTest::keyClick(dateEdit, Qt::Key_Escape);
        QTRY_VERIFY(!table->indexWidget(table->currentIndex()));
        QCOMPARE(w->document()->coe().actionItems.value(0).due, kOldDue);
    }

    void filterDatesAreTyped()
    {
        FilterPanel panel;
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        child<QCheckBox>(&panel, "dateRangeCheckBox")->setChecked(true);
        auto* from = qobject_cast<QLineEdit*>(panel.findChild<QWidget*>(QStringLiteral("fromDateEdit")));
        QVERIFY2(from, "the filter's date is not typed into a line edit");
        from->setFocus();
        QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(from, QStringLiteral("2017-03-15"));
        QTest::keyClick(from, Qt::Key_Return);
        CoeQuery query;
        panel.applyTo(&query, QTimeZone::utc());
        QCOMPARE(query.incidentFrom, QDateTime(QDate(2017, 3, 15), QTime(0, 0), QTimeZone::utc()));

        // A refused date leaves the filter as it was, and the field says so.
        QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(from, QStringLiteral("2017-02-30"));
        QTest::keyClick(from, Qt::Key_Return);
        auto* dateEdit = qobject_cast<DateLineEdit*>(from);
        QVERIFY(dateEdit && dateEdit->isRefused());
        panel.applyTo(&query, QTimeZone::utc());
        QCOMPARE(query.incidentFrom, QDateTime(QDate(2017, 3, 15), QTime(0, 0), QTimeZone::utc()));
    }

    void ownerCompleterReturnCommits_data()
    {
        QTest::addColumn<bool>("pickWithArrow");
        QTest::newRow("arrow, Return") << true;
        QTest::newRow("Return") << false;
    }
    void ownerCompleterReturnCommits()
    {
        QFETCH(bool, pickWithArrow);
        EditorWindow* w = openFixture();
        QVERIFY(w);
        QCOMPARE(w->document()->coe().actionItems.value(0).owner, QStringLiteral("Dana Ortiz"));
        auto* line = qobject_cast<QLineEdit*>(editActionCell(w, ActionItemModel::OwnerColumn));
        QVERIFY(line && line->completer());
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(line, QStringLiteral("Priya Nat"));
        QAbstractItemView* popup = line->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        if (pickWithArrow)
            QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        auto* table = child<QTableView>(w, "actionsTableView");
        QTRY_VERIFY(!table->indexWidget(table->model()->index(0, ActionItemModel::OwnerColumn)));
        QCOMPARE(w->document()->coe().actionItems.value(0).owner, QStringLiteral("Priya Natarajan"));
        // The next keys go to the table, not into the name.
        QApplication::setActiveWindow(w); // back from the popup (offscreen does not do it)
        QTRY_VERIFY(w->isActiveWindow());
        QTRY_COMPARE(focused(), static_cast<QWidget*>(table));
        QTest::keyClicks(focused(), QStringLiteral("20170315"));
        QTest::qWait(50);
        QCOMPARE(w->document()->coe().actionItems.value(0).owner, QStringLiteral("Priya Natarajan"));
    }

    void emptyQuestionGroupGetsQuestionBack()
    {
        EditorWindow* w = openFixture();
        QVERIFY(w);
        w->setCurrentPage(EditorWindow::QuestionsPage);
        auto* page = qobject_cast<QuestionsPage*>(w->page(EditorWindow::QuestionsPage));
        QVERIFY(page);
        auto* model = page->findChild<QuestionModel*>();
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CoeDocument* doc = w->document();
        auto detectionRows = [&] {
            int n = 0;
            for (const auto& q : doc->coe().questions)
                n += q.area == QuestionArea::Detection;
            return n;
        };
        QCOMPARE(detectionRows(), 3);
        // Empty the Detection group.
        for (int row = doc->coe().questions.size() - 1; row >= 0; --row)
            if (doc->coe().questions[row].area == QuestionArea::Detection)
                doc->removeQuestion(row);
        QCOMPARE(detectionRows(), 0);
        QCOMPARE(model->questionCount(QuestionArea::Detection), 0);
        QCOMPARE(model->unansweredCount(QuestionArea::Detection), 0);
        auto* box = child<QGroupBox>(w, "detectionGroupBox");
        QVERIFY2(box->title().contains(QStringLiteral("no questions")), qPrintable(box->title()));
        QVERIFY(!box->title().contains(QStringLiteral("all answered")));

        // The empty group still takes the focus, and Add Question adds to it,
        // not to the group of the question selected before.
        page->selectQuestion(doc->coe().questions.size() - 1);
        QVERIFY(doc->coe().questions[page->currentRow()].area == QuestionArea::Prevention);
        auto* list = child<QListView>(w, "detectionQuestionsListView");
        QVERIFY(list->focusPolicy() & Qt::TabFocus);
        QTest::mouseClick(list->viewport(), Qt::LeftButton);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(list));
        QTest::mouseClick(child<QPushButton>(w, "addQuestionButton"), Qt::LeftButton);
        QCOMPARE(detectionRows(), 1);
        QCOMPARE(model->questionCount(QuestionArea::Detection), 1);
        QVERIFY(doc->coe().questions[page->currentRow()].area == QuestionArea::Detection);
        QVERIFY2(!box->title().contains(QStringLiteral("no questions")), qPrintable(box->title()));

        // A selected question in another group sends Add there.
        page->selectQuestion(doc->coe().questions.size() - 1); // prevention
        QVERIFY(doc->coe().questions.last().area == QuestionArea::Prevention);
        QTest::mouseClick(child<QPushButton>(w, "addQuestionButton"), Qt::LeftButton);
        QVERIFY(doc->coe().questions[page->currentRow()].area == QuestionArea::Prevention);
        QCOMPARE(detectionRows(), 1);
    }
};

QTEST_MAIN(TestEditorDelegates)
#include "TestEditorDelegates.moc"
