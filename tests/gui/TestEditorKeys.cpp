// SPDX-License-Identifier: MIT
// The editor as a keyboard user drives it: label mnemonics, Ctrl+Z in a
// field, the first field of a step, and the small things around them.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "analysis/ReviewCheck.h"
#include "document/Completeness.h"
#include "exchange/CoeMarkdown.h"
#include "editor/EditorPage.h"
#include "editor/EditorWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Dialogs.h"
#include "widgets/TimeZoneComboBox.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
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

QString describe(QWidget* w)
{
    if (!w)
        return QStringLiteral("(no focus)");
    return QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
}

// The letter after a single '&' in a label's text, or 0.
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

} // namespace

class TestEditorKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    EditorWindow* open(const QString& title)
    {
        QString error;
        EditorWindow* w = EditorWindow::createCoe(*m_archive, title, nullptr, &error);
        if (!w)
            qFatal("%s", qPrintable(error));
        w->autoSaver()->setDelay(30);
        w->show();
        QApplication::setActiveWindow(w);
        if (!QTest::qWaitForWindowActive(w))
            qWarning("window not active");
        return w;
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
        QVERIFY(test::closeEditorWindows());
        m_archive.reset();
    }

    // Alt+U (Summary), Alt+D (Description), Alt+B (Because)... every label's
    // mnemonic puts the focus in its field, multi-line editors included.
    void everyLabelMnemonicFocusesItsField()
    {
        EditorWindow* w = open(QStringLiteral("Mnemonics"));
        // The 5 Whys page shows its fields once a why is selected.
        w->setCurrentPage(EditorWindow::WhysPage);
        QTest::mouseClick(child<QPushButton>(w, "askWhyButton"), Qt::LeftButton);
        int checked = 0;
        for (int page = 0; page < EditorWindow::PageCount; ++page) {
            w->setCurrentPage(page);
            QWidget* p = w->page(page);
            for (QLabel* label : p->findChildren<QLabel*>()) {
                QWidget* buddy = label->buddy();
                const QChar key = mnemonic(label->text());
                if (!buddy || key.isNull() || !label->isVisible() || !buddy->isVisible() || !buddy->isEnabled())
                    continue;
                // Start from a field elsewhere, as the user did (the step list).
                child<QWidget>(w, "stepsListWidget")->setFocus();
                QWidget* target = buddy->focusProxy() ? buddy->focusProxy() : buddy;
                const auto arrived = [&] { return focused() && (focused() == target || buddy->isAncestorOf(focused())); };
                // A letter two controls share goes to each in turn (Qt's
                // ambiguous shortcuts); choosing the letters is not this test's concern.
                int presses = 0;
                while (presses < 4 && !arrived()) {
                    QTest::keyClick(w, key.toLatin1(), Qt::AltModifier);
                    ++presses;
                }
                if (presses > 1)
                    qWarning("page %d, label \"%s\": Alt+%c is shared, %d presses", page + 1,
                             qPrintable(label->text()), key.toLatin1(), presses);
                QVERIFY2(arrived(),
                         qPrintable(QStringLiteral("page %1, label \"%2\" (Alt+%3): focus on %4, not %5")
                                        .arg(page + 1)
                                        .arg(label->text(), key, describe(focused()), describe(buddy))));
                QCOMPARE(w->currentPage(), page);
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
    }

    // Ctrl+Z in a field is the document's undo: it restores the text, the
    // Edit menu's Undo is then disabled, and redo (Ctrl+Shift+Z, Ctrl+Y) works.
    void undoKeysInAFieldAreTheDocumentsUndo()
    {
        EditorWindow* w = open(QStringLiteral("Undo"));
        auto* undo = child<QAction>(w, "actionUndo");
        auto* redo = child<QAction>(w, "actionRedo");
        // A multi-line field (Summary).
        w->setCurrentPage(EditorWindow::SummaryPage);
        auto* summary = w->findChild<QWidget*>(QStringLiteral("summaryEdit"))
                            ->findChild<QPlainTextEdit*>(QStringLiteral("markdownTextEdit"));
        QVERIFY(summary);
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Checkout failed."));
        QCOMPARE(w->document()->coe().summary, QStringLiteral("Checkout failed."));
        QCOMPARE(focused(), summary);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->document()->coe().summary, QString());
        QCOMPARE(summary->toPlainText(), QString());
        QVERIFY(redo->isEnabled());
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->document()->coe().summary, QStringLiteral("Checkout failed."));
        QCOMPARE(summary->toPlainText(), QStringLiteral("Checkout failed."));
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(summary->toPlainText(), QString());
        QTest::keyClick(focused(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(w->document()->coe().summary, QStringLiteral("Checkout failed."));

        // A one-line field (the title): undo goes back to the start and stops.
        auto* title = child<QLineEdit>(w, "titleLineEdit");
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Renamed"));
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QStringLiteral("Undo"));
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier); // the summary
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier); // nothing left
        QCOMPARE(w->document()->coe().summary, QString());
        QCOMPARE(title->text(), QStringLiteral("Undo"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->document()->coe().summary, QStringLiteral("Checkout failed."));
    }

    // Alt+2 and typing: the text goes to the step's first field.
    void showingAStepFocusesItsFirstField()
    {
        EditorWindow* w = open(QStringLiteral("Focus"));
        for (int page = 0; page < EditorWindow::PageCount; ++page) {
            QTest::keyClick(w, Qt::Key(Qt::Key_1 + page), Qt::AltModifier);
            QCOMPARE(w->currentPage(), page);
            QVERIFY2(focused() && w->page(page)->isAncestorOf(focused()),
                     qPrintable(QStringLiteral("step %1: focus on %2").arg(page + 1).arg(describe(focused()))));
        }
        QTest::keyClick(w, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(focused(), child<QWidget>(w, "customersLineEdit"));
    }

    // Preferences has a shortcut (QKeySequence::Preferences is empty on Linux).
    void preferencesHasAShortcut()
    {
        EditorWindow* w = open(QStringLiteral("Preferences"));
        auto* preferences = w->findChild<QAction*>(QStringLiteral("actionPreferences"));
        QVERIFY(preferences);
        QVERIFY(!preferences->shortcut().isEmpty());
        if (QKeySequence(QKeySequence::Preferences).isEmpty())
            QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

    // Text that is not a zone goes back to the zone shown before, and says so.
    void timeZoneComboRevertsInvalidText()
    {
        EditorWindow* w = open(QStringLiteral("Zones"));
        auto* zone = w->findChild<TimeZoneComboBox*>();
        QVERIFY(zone);
        zone->setZone(QTimeZone("America/Bogota"));
        zone->setFocus();
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Nowhere/Atlantis"));
        child<QLineEdit>(w, "titleLineEdit")->setFocus();
        QTRY_COMPARE(zone->currentText(), QStringLiteral("America/Bogota"));
        QVERIFY2(zone->toolTip().contains(QStringLiteral("Nowhere/Atlantis")), qPrintable(zone->toolTip()));
    }

    // A refused time's message is gone when the step is left and shown again.
    void timelineErrorClearsWhenTheStepIsLeft()
    {
        EditorWindow* w = open(QStringLiteral("Timeline"));
        QTest::keyClick(w, Qt::Key_3, Qt::AltModifier);
        auto* table = child<QTableView>(w, "timelineTableView");
        QTest::mouseClick(child<QPushButton>(w, "addEntryButton"), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
        QTest::keyClicks(focused(), QStringLiteral("Config pushed"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(w->document()->coe().timeline.size(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(table->indexWidget(table->currentIndex())));
        auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(table->currentIndex()));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("soon"));
        QTest::keyClick(editor, Qt::Key_Return);
        auto* message = child<QLabel>(w, "timeErrorLabel");
        QTRY_VERIFY(message->isVisible());
        QTest::keyClick(w, Qt::Key_4, Qt::AltModifier);
        QTest::keyClick(w, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(w->currentPage(), int(EditorWindow::TimelinePage));
        QVERIFY(!message->isVisible());
    }

    // A new COE's title is empty ("Untitled COE" is a placeholder): the
    // window, the review check and the Markdown export still name it.
    void emptyTitleIsShownAsUntitled()
    {
        const Coe coe = makeNewCoeForEditing(QString());
        QCOMPARE(coe.title, QString());
        (void)analysis::reviewCheck(coe, analysis::CheckOptions{});
        const QString markdown = exchange::CoeMarkdown::render(coe, QStringLiteral("images")).text;
        QVERIFY2(markdown.startsWith(QStringLiteral("# Untitled COE")), qPrintable(markdown.left(80)));
        EditorWindow* w = open(QString());
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("Untitled COE")));
        QCOMPARE(w->document()->coe().title, QString());
    }

    // The human-error prompt shows all its lines.
    void humanErrorPromptIsNotClipped()
    {
        EditorWindow* w = open(QStringLiteral("Prompt"));
        w->resize(900, 700);
        QTest::keyClick(w, Qt::Key_6, Qt::AltModifier);
        QTest::mouseClick(child<QPushButton>(w, "askWhyButton"), Qt::LeftButton);
        auto* human = child<QWidget>(w, "humanErrorCheckBox");
        QTest::mouseClick(human, Qt::LeftButton);
        auto* prompt = child<QLabel>(w, "humanErrorPromptLabel");
        QTRY_VERIFY(prompt->isVisible());
        QApplication::processEvents();
        const int needed = prompt->heightForWidth(prompt->width());
        QVERIFY2(prompt->height() >= needed,
                 qPrintable(QStringLiteral("%1 px tall, the text needs %2 at %3 px wide")
                                .arg(prompt->height())
                                .arg(needed)
                                .arg(prompt->width())));
        QVERIFY(prompt->fontMetrics().horizontalAdvance(prompt->text()) > prompt->width()); // it does wrap
    }
};

QTEST_MAIN(TestEditorKeys)
#include "TestEditorKeys.moc"
