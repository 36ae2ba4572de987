// SPDX-License-Identifier: MIT
#include "GuiSupport.h"
#include "TestSupport.h"
#include "editor/ConflictDialog.h"
#include "editor/EditorPage.h"
#include "editor/EditorWindow.h"
#include "editor/pages/MetricsPage.h"
#include "editor/pages/TimelinePage.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/TimelineModel.h"
#include "exchange/CoeJson.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QAbstractItemView>
#include <QBuffer>
#include <QImage>
#include <QToolButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

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

QString focusName()
{
    return focused() ? focused()->objectName() : QStringLiteral("(no focus)");
}

void type(QWidget* w, const QString& text)
{
    QTest::keyClicks(w, text);
}

// Clicks into a widget (a text field gets the focus, like a user's click).
void clickInto(QWidget* w)
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
        QTest::mouseClick(edit->viewport(), Qt::LeftButton);
    else
        QTest::mouseClick(w, Qt::LeftButton);
}

QString undoText(EditorWindow* w)
{
    return child<QAction>(w, "actionUndo")->text();
}

} // namespace

class TestEditorWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    EditorWindow* show(EditorWindow* w)
    {
        w->autoSaver()->setDelay(30);
        w->show();
        QApplication::setActiveWindow(w);
        if (!QTest::qWaitForWindowActive(w))
            qWarning("window not active");
        return w;
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance(); // never the user's preferences
    }
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
        QVERIFY(test::closeEditorWindows());
        m_archive.reset();
    }

    void newCoeThroughAllEightPages()
    {
        QString error;
        EditorWindow* w = EditorWindow::createCoe(*m_archive, QString(), nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        show(w);
        QPointer<EditorWindow> guard(w);
        const QUuid uuid = w->uuid();
        CoeRepository repository(*m_archive);
        Coe expected = *repository.load(uuid);
        QVERIFY(expected.questions.size() >= 8); // the standard set
        QCOMPARE(w->currentPage(), int(EditorWindow::SummaryPage));

        // 1 Summary, by keyboard: click the title, then Tab from field to field.
        auto* title = child<QLineEdit>(w, "titleLineEdit");
        clickInto(title);
        type(title, QStringLiteral("Checkout failed"));
        expected.title = QStringLiteral("Checkout failed");
        QVERIFY2(undoText(w).contains(QStringLiteral("Edit Title")), qPrintable(undoText(w)));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("severityComboBox"));
        QTest::keyClick(focused(), Qt::Key_Down);
        QTest::keyClick(focused(), Qt::Key_Down);
        expected.severity = 2;
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("statusComboBox"));
        // The summary is still empty: the review check has errors, so moving to
        // review asks first (TestStatusConfirmation covers No); answer Yes.
        MessageBox::takeLastQuestion();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(focused(), Qt::Key_Down);
        QVERIFY(!MessageBox::takeLastQuestion().isEmpty());
        expected.status = Status::InReview;
        QTest::keyClick(focused(), Qt::Key_Tab);
        type(focused(), QStringLiteral("Dana Ortiz"));
        expected.owner = QStringLiteral("Dana Ortiz");
        QTest::keyClick(focused(), Qt::Key_Tab);
        type(focused(), QStringLiteral("Sam Lee, Priya Natarajan"));
        expected.reviewers = {QStringLiteral("Sam Lee"), QStringLiteral("Priya Natarajan")};
        QTest::keyClick(focused(), Qt::Key_Tab);
        type(focused(), QStringLiteral("checkout-api"));
        expected.services = {QStringLiteral("checkout-api")};
        QTest::keyClick(focused(), Qt::Key_Tab);
        type(focused(), QStringLiteral("deployment, payments"));
        expected.tags = {QStringLiteral("deployment"), QStringLiteral("payments")};
        QTest::keyClick(focused(), Qt::Key_Tab);
        auto* zone = child<QComboBox>(w, "timeZoneComboBox");
        QVERIFY(focused() == zone || focused() == zone->lineEdit());
        zone->lineEdit()->selectAll();
        type(zone->lineEdit(), QStringLiteral("America/Bogota"));
        QVERIFY(zone->completer()->popup()->isVisible()); // the search offers matches
        QTest::keyClick(zone->completer()->popup(), Qt::Key_Escape); // close the list
        QVERIFY(!zone->completer()->popup()->isVisible());
        QApplication::setActiveWindow(w); // the offscreen platform leaves the popup active
        QTRY_VERIFY(w->isActiveWindow());
        QTest::keyClick(focused(), Qt::Key_Tab);
        expected.displayTimeZone = QTimeZone("America/Bogota");
        QCOMPARE(w->document()->coe().displayTimeZone.id(), QByteArray("America/Bogota"));
        QCOMPARE(focusName(), QStringLiteral("markdownTextEdit"));
        type(focused(), QStringLiteral("It **broke**."));
        expected.summary = QStringLiteral("It **broke**.");
        QVERIFY(undoText(w).contains(QStringLiteral("Edit Summary")));

        // 2 Impact (Ctrl+PgDown).
        QTest::keyClick(w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w->currentPage(), int(EditorWindow::ImpactPage));
        auto* customers = child<QLineEdit>(w, "customersLineEdit");
        clickInto(customers);
        type(customers, QStringLiteral("41,200"));
        expected.impact.customersAffected = 41200;
        auto* sla = child<QComboBox>(w, "slaComboBox");
        sla->setFocus();
        QTest::keyClick(sla, Qt::Key_Down);
        expected.impact.slaBreached = true;
        // A click on the box itself, and the space bar.
        auto* reliability = child<QCheckBox>(w, "pillarCheckBox_reliability");
        QTest::mouseClick(reliability, Qt::LeftButton, {}, QPoint(6, reliability->height() / 2));
        auto* operations = child<QCheckBox>(w, "pillarCheckBox_operations");
        operations->setFocus();
        QTest::keyClick(operations, Qt::Key_Space);
        expected.impact.pillars = {Pillar::Reliability, Pillar::Operations};
        QVERIFY(w->document()->coe().impact.pillars == expected.impact.pillars);
        auto* description = child<QWidget>(w, "impactDescriptionEdit")->findChild<QPlainTextEdit*>();
        clickInto(description);
        type(description, QStringLiteral("Customers saw errors at checkout."));
        expected.impact.description = QStringLiteral("Customers saw errors at checkout.");

        // 3 Timeline (Alt+3): add an entry, type its text and time, paste two lines.
        QTest::keyClick(w, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(w->currentPage(), int(EditorWindow::TimelinePage));
        auto* table = child<QTableView>(w, "timelineTableView");
        QTest::mouseClick(child<QPushButton>(w, "addEntryButton"), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
        type(focused(), QStringLiteral("Config pushed to all hosts"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(w->document()->coe().timeline[0].text, QStringLiteral("Config pushed to all hosts"));
        table->setCurrentIndex(table->model()->index(0, 0));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        // The open editor (offscreen windows do not always pass the focus on).
        QTRY_VERIFY(qobject_cast<QLineEdit*>(table->indexWidget(table->currentIndex())));
        auto* timeEditor = qobject_cast<QLineEdit*>(table->indexWidget(table->currentIndex()));
        QCOMPARE(timeEditor->objectName(), QStringLiteral("timeEditorLineEdit"));
        timeEditor->selectAll();
        type(timeEditor, QStringLiteral("2024-03-07 14:01")); // Bogota: 19:01 UTC
        QTest::keyClick(timeEditor, Qt::Key_Return);
        const auto utc = [](int h, int m) { return QDateTime(QDate(2024, 3, 7), QTime(h, m), QTimeZone::utc()); };
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(w->document()->coe().timeline[0].at, utc(19, 1));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2024-03-07 14:01 UTC-05"));
        // A time that did not happen is refused with a reason on the page.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(table->indexWidget(table->currentIndex())));
        auto* badEditor = qobject_cast<QLineEdit*>(table->indexWidget(table->currentIndex()));
        badEditor->selectAll();
        type(badEditor, QStringLiteral("soon"));
        QTest::keyClick(badEditor, Qt::Key_Return);
        QTRY_VERIFY(child<QLabel>(w, "timeErrorLabel")->isVisible());
        QCOMPARE(w->document()->coe().timeline[0].at, utc(19, 1));

        QTimer::singleShot(0, this, [] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto* text = child<QPlainTextEdit>(dialog, "pasteLinesTextEdit");
            text->setFocus();
            type(text, QStringLiteral("[14:02] alice: first 503s"));
            QTest::keyClick(text, Qt::Key_Return);
            type(text, QStringLiteral("[14:19] pager: CheckoutErrorRate alarm fires"));
            auto* ok = child<QPushButton>(dialog, "pasteOkButton");
            QVERIFY(ok->isEnabled());
            QCOMPARE(ok->text(), QStringLiteral("Add 2 Entries"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(w, "pasteLinesButton"), Qt::LeftButton);
        QApplication::setActiveWindow(w); // back from the dialog
        QTRY_VERIFY(w->isActiveWindow());
        QCOMPARE(w->document()->coe().timeline.size(), 3);
        QVERIFY2(undoText(w).contains(QStringLiteral("Paste 2 Timeline Entries")), qPrintable(undoText(w)));
        // Milestones through the combo box editor.
        auto setMilestone = [&](int row, int downs) {
            table->setCurrentIndex(table->model()->index(row, 2));
            table->setFocus();
            QTest::keyClick(table, Qt::Key_F2);
            QTRY_VERIFY(qobject_cast<QComboBox*>(table->indexWidget(table->currentIndex())));
            auto* combo = qobject_cast<QComboBox*>(table->indexWidget(table->currentIndex()));
            QVERIFY(combo);
            for (int i = 0; i < downs; ++i)
                QTest::keyClick(combo, Qt::Key_Down);
            QTest::keyClick(combo, Qt::Key_Return);
            QTRY_VERIFY(!table->indexWidget(table->currentIndex()));
        };
        setMilestone(0, 1); // Trigger
        setMilestone(1, 2); // Impact start
        setMilestone(2, 3); // Detected
        // The 17-minute gap before the alarm gets its explanation.
        table->setCurrentIndex(table->model()->index(2, 1));
        auto* gap = child<QLineEdit>(w, "gapExplanationLineEdit");
        QVERIFY(gap->isEnabled());
        clickInto(gap);
        type(gap, QStringLiteral("The alarm needs 15 datapoints."));
        TimelineEntry e0, e1, e2;
        e0.at = utc(19, 1);
        e0.text = QStringLiteral("Config pushed to all hosts");
        e0.milestone = Milestone::Trigger;
        e1.at = utc(19, 2);
        e1.text = QStringLiteral("alice: first 503s");
        e1.milestone = Milestone::ImpactStart;
        e2.at = utc(19, 19);
        e2.text = QStringLiteral("pager: CheckoutErrorRate alarm fires");
        e2.milestone = Milestone::Detected;
        e2.gapExplanation = QStringLiteral("The alarm needs 15 datapoints.");
        expected.timeline = {e0, e1, e2};
        QVERIFY(child<QLabel>(w, "durationsLabel")->text().contains(QStringLiteral("17 min")));

        // 4 Metrics.
        QTest::keyClick(w, Qt::Key_4, Qt::AltModifier);
        QTest::mouseClick(child<QPushButton>(w, "addMetricButton"), Qt::LeftButton);
        QCOMPARE(focusName(), QStringLiteral("metricNameLineEdit"));
        type(focused(), QStringLiteral("5xx rate"));
        Metric metric;
        metric.name = QStringLiteral("5xx rate");
        expected.metrics = {metric};

        // 5 Questions: answer the first standard question.
        QTest::keyClick(w, Qt::Key_5, Qt::AltModifier);
        auto* answer = child<QWidget>(w, "answerEdit")->findChild<QPlainTextEdit*>();
        QVERIFY(answer->isEnabled());
        clickInto(answer);
        type(answer, QStringLiteral("At 14:19, from the alarm."));
        expected.questions[0].answer = QStringLiteral("At 14:19, from the alarm.");
        QVERIFY(child<QWidget>(w, "detectionGroupBox")->property("title").toString().contains(QStringLiteral("2 unanswered")));

        // 6 Whys: problem, ask why, answer, root cause.
        QTest::keyClick(w, Qt::Key_6, Qt::AltModifier);
        auto* problem = child<QLineEdit>(w, "problemLineEdit");
        clickInto(problem);
        type(problem, QStringLiteral("Checkout failed for 69 minutes."));
        expected.problem = QStringLiteral("Checkout failed for 69 minutes.");
        QTest::mouseClick(child<QPushButton>(w, "askWhyButton"), Qt::LeftButton);
        QCOMPARE(focusName(), QStringLiteral("becauseTextEdit"));
        type(focused(), QStringLiteral("The pool was too small."));
        auto* rootCause = child<QCheckBox>(w, "rootCauseCheckBox");
        QTest::mouseClick(rootCause, Qt::LeftButton, {}, QPoint(6, rootCause->height() / 2));
        expected.whys = {WhyStep{QStringLiteral("w1"), {}, QStringLiteral("Why did this problem happen?"),
                                 QStringLiteral("The pool was too small."), true, false}};

        // 7 Actions, from the why: linked, due in 14 days; type the title.
        QTest::mouseClick(child<QPushButton>(w, "addLinkedActionButton"), Qt::LeftButton);
        QCOMPARE(w->currentPage(), int(EditorWindow::ActionsPage));
        auto* actions = child<QTableView>(w, "actionsTableView");
        QCOMPARE(focused(), static_cast<QWidget*>(actions));
        // Typing on the table starts editing the title with that key.
        QTest::keyClick(actions, 'V');
        QTRY_VERIFY(actions->indexWidget(actions->currentIndex()));
        auto* titleEditor = actions->indexWidget(actions->currentIndex());
        type(titleEditor, QStringLiteral("alidate pool sizes"));
        QTest::keyClick(titleEditor, Qt::Key_Return);
        QTRY_COMPARE(w->document()->coe().actionItems.value(0).title, QStringLiteral("Validate pool sizes"));
        ActionItem item;
        item.id = QStringLiteral("a1");
        item.title = QStringLiteral("Validate pool sizes");
        item.due = QDate::currentDate().addDays(14);
        item.whys = {QStringLiteral("w1")};
        expected.actionItems = {item};

        // 8 Related: a javascript: address is refused, an https one is added.
        QTest::keyClick(w, Qt::Key_8, Qt::AltModifier);
        auto* linkTitle = child<QLineEdit>(w, "linkTitleLineEdit");
        auto* linkUrl = child<QLineEdit>(w, "linkUrlLineEdit");
        clickInto(linkUrl);
        type(linkUrl, QStringLiteral("javascript:alert(1)"));
        QTest::mouseClick(child<QPushButton>(w, "addLinkButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(w, "relatedProblemLabel")->text().isEmpty());
        QVERIFY(w->document()->coe().related.isEmpty());
        linkUrl->clear();
        clickInto(linkTitle);
        type(linkTitle, QStringLiteral("Runbook"));
        clickInto(linkUrl);
        type(linkUrl, QStringLiteral("https://wiki.example.com/rb"));
        QTest::keyClick(linkUrl, Qt::Key_Return);
        expected.related = {RelatedItem{RelatedKind::Link, QStringLiteral("Runbook"), {}, QStringLiteral("https://wiki.example.com/rb")}};
        QCOMPARE(w->document()->coe().related.size(), 1);

        // 9 Review: a meeting, now, facilitated by the preferences' author.
        QTest::keyClick(w, Qt::Key_9, Qt::AltModifier);
        QCOMPARE(w->currentPage(), int(EditorWindow::ReviewPage));
        QTest::mouseClick(child<QPushButton>(w, "addMeetingButton"), Qt::LeftButton);
        QCOMPARE(w->document()->coe().review.meetings.size(), 1);
        expected.review.meetings = w->document()->coe().review.meetings;

        // Every step now shows some progress.
        auto* steps = child<QListWidget>(w, "stepsListWidget");
        // The marks follow shortly after the last edit.
        QTRY_VERIFY(!steps->item(0)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("empty")));
        for (int i = 0; i < steps->count(); ++i)
            QVERIFY2(steps->item(i)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("complete"))
                         || steps->item(i)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("in progress")),
                     qPrintable(steps->item(i)->data(Qt::AccessibleTextRole).toString()));

        // Close saves; reopening from the archive gives exactly what was typed.
        QVERIFY(w->close());
        QTRY_VERIFY(guard.isNull());
        EditorWindow* again = EditorWindow::openCoe(*m_archive, uuid, nullptr, &error);
        QVERIFY2(again, qPrintable(error));
        const Coe& reopened = again->document()->coe();
        expected.updatedAt = reopened.updatedAt;
        QVERIFY(reopened.updatedAt > expected.createdAt.addSecs(-1));
        if (!reopened.sameContent(expected)) {
            qWarning().noquote() << "got:\n" << exchange::CoeJson::write(reopened);
            qWarning().noquote() << "expected:\n" << exchange::CoeJson::write(expected);
        }
        QVERIFY(reopened.sameContent(expected));
    }

    void undoRedoFromTheMenu()
    {
        QString error;
        EditorWindow* w = show(EditorWindow::createCoe(*m_archive, QStringLiteral("Start"), nullptr, &error));
        auto* title = child<QLineEdit>(w, "titleLineEdit");
        clickInto(title);
        title->selectAll();
        type(title, QStringLiteral("Typed as one step"));
        auto* undo = child<QAction>(w, "actionUndo");
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Edit Title"));
        // The key goes where a user's key goes: to the field with the focus.
        QCOMPARE(focused(), title);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QStringLiteral("Start"));
        QCOMPARE(w->document()->coe().title, QStringLiteral("Start"));
        QVERIFY(!undo->isEnabled());
        child<QAction>(w, "actionRedo")->trigger();
        QCOMPARE(title->text(), QStringLiteral("Typed as one step"));
    }

    void openingTwiceRaisesTheSameWindow()
    {
        QString error;
        EditorWindow* w = show(EditorWindow::createCoe(*m_archive, QStringLiteral("Once"), nullptr, &error));
        QCOMPARE(EditorWindow::openCoe(*m_archive, w->uuid()), w);
        QCOMPARE(EditorWindow::openWindows().size(), 1);
        QCOMPARE(EditorWindow::findOpen(w->uuid()), w);
        QVERIFY(!EditorWindow::openCoe(*m_archive, QUuid::createUuid(), nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void failedSaveShowsBannerAndCloseAsks()
    {
        QString error;
        EditorWindow* w = show(EditorWindow::createCoe(*m_archive, QStringLiteral("Mine"), nullptr, &error));
        QPointer<EditorWindow> guard(w);
        // Someone else saves the same COE: our next save conflicts.
        CoeRepository repository(*m_archive);
        Coe theirs = *repository.load(w->uuid());
        theirs.title = QStringLiteral("Theirs");
        QVERIFY(repository.save(theirs).ok());
        auto* summary = child<QWidget>(w, "summaryEdit")->findChild<QPlainTextEdit*>();
        clickInto(summary);
        type(summary, QStringLiteral("Three paragraphs of careful work."));
        auto* banner = child<QWidget>(w, "saveBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(banner, "bannerLabel")->text().contains(QStringLiteral("Not saved")));
        QVERIFY(w->windowTitle().contains(QStringLiteral("not saved")));
        QCOMPARE(w->document()->coe().summary, QStringLiteral("Three paragraphs of careful work."));
        // Closing asks; Cancel keeps the window and the text.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!w->close());
        QVERIFY(!guard.isNull());
        QCOMPARE(w->document()->coe().summary, QStringLiteral("Three paragraphs of careful work."));
        // "Save My Version" (in the conflict dialog the banner opens) saves mine over theirs.
        ConflictDialog::setNextHandler([](ConflictDialog* d) {
            QTest::mouseClick(child<QPushButton>(d, "saveMyVersionButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(banner, "bannerActionButton"), Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(repository.load(w->uuid())->summary, QStringLiteral("Three paragraphs of careful work."));
        // A later conflict, and Discard closes.
        theirs = *repository.load(w->uuid());
        QVERIFY(repository.save(theirs, CoeRepository::SaveMode::Overwrite).ok());
        type(summary, QStringLiteral(" More."));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(w->close());
        QTRY_VERIFY(guard.isNull());
    }

    void reviewFindingGoesToItsPage()
    {
        QString error;
        EditorWindow* w = show(EditorWindow::createCoe(*m_archive, QString(), nullptr, &error));
        // The findings are grouped by step: one row each under its step.
        auto* review = child<QTreeWidget>(w, "reviewListWidget");
        int rows = 0;
        for (int g = 0; g < review->topLevelItemCount(); ++g)
            rows += review->topLevelItem(g)->childCount();
        QVERIFY(rows > 0);
        QCOMPARE(rows, w->findings().size());
        // Click the first finding outside the summary page.
        int target = -1;
        for (int i = 0; i < w->findings().size() && target < 0; ++i)
            if (w->findings()[i].location.section != analysis::Section::Summary)
                target = i;
        QVERIFY(target >= 0);
        QTreeWidgetItem* item = nullptr;
        for (QTreeWidgetItemIterator it(review); *it && !item; ++it)
            if ((*it)->data(0, Qt::UserRole) == target)
                item = *it;
        QVERIFY(item);
        review->scrollToItem(item);
        QTest::mouseClick(review->viewport(), Qt::LeftButton, {}, review->visualItemRect(item).center());
        const auto section = w->findings()[target].location.section;
        QCOMPARE(int(w->page(w->currentPage())->section()), int(section));
    }

    void markdownButtonsAndImageLimit()
    {
        QString error;
        EditorWindow* w = show(EditorWindow::createCoe(*m_archive, QStringLiteral("Marks"), nullptr, &error));
        auto* summary = child<QWidget>(w, "summaryEdit");
        auto* text = summary->findChild<QPlainTextEdit*>();
        clickInto(text);
        type(text, QStringLiteral("very bad"));
        QTextCursor c = text->textCursor();
        c.setPosition(0);
        c.setPosition(4, QTextCursor::KeepAnchor); // "very"
        text->setTextCursor(c);
        QTest::mouseClick(child<QToolButton>(summary, "boldButton"), Qt::LeftButton);
        QCOMPARE(w->document()->coe().summary, QStringLiteral("**very** bad"));
        QTest::mouseClick(child<QToolButton>(summary, "listButton"), Qt::LeftButton);
        QCOMPARE(w->document()->coe().summary, QStringLiteral("- **very** bad"));
        // Markup typed by the user stays text.
        text->moveCursor(QTextCursor::End);
        type(text, QStringLiteral(" <script>x</script>"));
        QVERIFY(w->document()->coe().summary.endsWith(QStringLiteral("<script>x</script>")));

        w->setCurrentPage(EditorWindow::MetricsPage);
        auto* metrics = qobject_cast<MetricsPage*>(w->page(EditorWindow::MetricsPage));
        QVERIFY(metrics);
        QByteArray png;
        {
            QImage image(4, 4, QImage::Format_RGB32);
            image.fill(Qt::red);
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        QVERIFY(metrics->addImageData(png, QStringLiteral("red.png"))); // makes a metric when there is none
        QCOMPARE(w->document()->coe().metrics.size(), 1);
        QCOMPARE(w->document()->coe().metrics[0].images.size(), 1);
        QCOMPARE(w->document()->coe().metrics[0].images[0].mediaType, QStringLiteral("image/png"));
        QByteArray huge = png;
        huge.resize(MetricsPage::kMaxImageBytes + 1);
        QVERIFY(!metrics->addImageData(huge, QStringLiteral("huge.png")));
        QVERIFY(child<QLabel>(w, "metricProblemLabel")->text().contains(QStringLiteral("20 MB")));
        QVERIFY(!metrics->addImageData(QByteArray("not an image"), QStringLiteral("notes.txt")));
        QCOMPARE(w->document()->coe().metrics[0].images.size(), 1);
        QVERIFY(EditorWindow::closeAll());
    }

    void humanErrorPromptsToAskWhyItWasPossible()
    {
        QString error;
        EditorWindow* w = show(EditorWindow::createCoe(*m_archive, QStringLiteral("Whys"), nullptr, &error));
        QTest::keyClick(w, Qt::Key_6, Qt::AltModifier);
        QTest::mouseClick(child<QPushButton>(w, "askWhyButton"), Qt::LeftButton);
        type(child<QPlainTextEdit>(w, "becauseTextEdit"), QStringLiteral("The operator typed 20 instead of 200."));
        auto* prompt = child<QLabel>(w, "humanErrorPromptLabel");
        QVERIFY(!prompt->isVisibleTo(w));
        auto* human = child<QCheckBox>(w, "humanErrorCheckBox");
        human->setFocus();
        QTest::keyClick(human, Qt::Key_Space);
        QVERIFY(w->document()->coe().whys[0].humanError);
        QVERIFY(prompt->isVisibleTo(w));
        QTest::mouseClick(child<QPushButton>(w, "askWhyPossibleButton"), Qt::LeftButton);
        QCOMPARE(w->document()->coe().whys.size(), 2);
        QCOMPARE(w->document()->coe().whys[1].parentId, QStringLiteral("w1"));
        QVERIFY(w->document()->coe().whys[1].why.contains(QStringLiteral("possible")));
        // "Add Another Cause" beside it, under the same parent.
        QTest::mouseClick(child<QPushButton>(w, "addCauseButton"), Qt::LeftButton);
        QCOMPARE(w->document()->coe().whys.size(), 3);
        QCOMPARE(w->document()->coe().whys[2].parentId, QStringLiteral("w1"));
        auto* tree = child<QTreeView>(w, "whysTreeView");
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    }

    void settingsAndShowPage()
    {
        auto read = exchange::CoeJson::readFile(test::dataPath(QStringLiteral("checkout-config-rollout.coe.json")));
        QVERIFY(read.ok());
        CoeRepository repository(*m_archive);
        QVERIFY(repository.save(read.coe).ok());
        QString error;
        EditorWindow* w = show(EditorWindow::openCoe(*m_archive, read.coe.uuid, nullptr, &error));
        auto* timeline = qobject_cast<TimelinePage*>(w->page(EditorWindow::TimelinePage));
        QCOMPARE(timeline->model()->gapCount(), 2); // 17 and 34 minutes
        QVERIFY(Settings::instance()->setGapThresholdMinutes(30));
        QCOMPARE(timeline->model()->gapCount(), 1);
        Settings::instance()->reset(Settings::Key::GapThresholdMinutes);
        QCOMPARE(timeline->model()->gapCount(), 2);
        QVERIFY(Settings::instance()->setAutosaveDelayMs(5000));
        QCOMPARE(w->autoSaver()->delay(), 5000);
        Settings::instance()->reset(Settings::Key::AutosaveDelayMs);

        w->showPage(EditorWindow::ActionsPage, 2);
        QCOMPARE(w->currentPage(), int(EditorWindow::ActionsPage));
        auto* actions = child<QTableView>(w, "actionsTableView");
        QCOMPARE(actions->currentIndex().data(ActionItemModel::IdRole).toString(), QStringLiteral("a3"));
    }

    void everyInputHasAnAccessibleName()
    {
        auto read = exchange::CoeJson::readFile(test::dataPath(QStringLiteral("checkout-config-rollout.coe.json")));
        QVERIFY(read.ok());
        CoeRepository repository(*m_archive);
        QVERIFY(repository.save(read.coe).ok());
        QString error;
        EditorWindow* w = show(EditorWindow::openCoe(*m_archive, read.coe.uuid, nullptr, &error));
        for (int p = 0; p < EditorWindow::PageCount; ++p) {
            w->setCurrentPage(p);
            for (QWidget* input : w->page(p)->findChildren<QWidget*>()) {
                const bool isInput = qobject_cast<QLineEdit*>(input) || qobject_cast<QPlainTextEdit*>(input)
                                  || qobject_cast<QComboBox*>(input) || qobject_cast<QAbstractItemView*>(input)
                                  || qobject_cast<QAbstractSpinBox*>(input);
                if (!isInput || !input->isVisibleTo(w) || qobject_cast<QHeaderView*>(input))
                    continue;
                // The line edit inside an editable combo box or a spin box speaks for its parent.
                if (qobject_cast<QComboBox*>(input->parentWidget())
                    || qobject_cast<QAbstractSpinBox*>(input->parentWidget()))
                    continue;
                QVERIFY2(!input->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("page %1: %2 (%3) has no accessible name")
                                        .arg(p + 1)
                                        .arg(input->objectName(), QString::fromLatin1(input->metaObject()->className()))));
            }
        }
        // Tab order on the summary page follows the form, top to bottom.
        w->setCurrentPage(0);
        child<QLineEdit>(w, "titleLineEdit")->setFocus();
        const QStringList order{QStringLiteral("severityComboBox"), QStringLiteral("statusComboBox"),
                                QStringLiteral("ownerLineEdit"),    QStringLiteral("reviewersLineEdit"),
                                QStringLiteral("servicesLineEdit"), QStringLiteral("tagsLineEdit")};
        for (const QString& name : order) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(focusName(), name);
        }
    }
};

QTEST_MAIN(TestEditorWindow)
#include "TestEditorWindow.moc"
