// SPDX-License-Identifier: MIT
// No two keyboard mnemonics (Alt+letter) clash inside one window, in English
// and in Spanish: the menu bar titles and the texts with '&' of every widget
// shown at the same time (labels with a buddy, buttons, group boxes, tabs);
// and no two items of one menu share a letter.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "archive/MainWindow.h"
#include "editor/EditorWindow.h"
#include "editor/PasteLinesDialog.h"
#include "report/ExportPdfDialog.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Dialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;

namespace {

// The letter after the first single '&' ("&&" is a literal ampersand),
// upper case with its accent removed (É = E); null when there is none.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        const QString letter = QString(text.at(i + 1)).normalized(QString::NormalizationForm_D);
        return letter.at(0).toUpper();
    }
    return {};
}

// Shown with its window: hidden only by a QStackedWidget that shows another
// page (widgets a page hides or shows with its data, such as a timeline gap's
// explanation, can be visible at any time, so they count).
bool reachable(const QWidget* w, const QWidget* window)
{
    for (const QWidget* p = w; p && p != window; p = p->parentWidget()) {
        if (p->isWindow())
            return false; // a popup or another dialog
        if (p->isHidden() && qobject_cast<const QStackedWidget*>(p->parentWidget()))
            return false;
    }
    return true;
}

using Uses = QMap<QChar, QStringList>;

void add(Uses& uses, const QString& text, const QString& what)
{
    const QChar letter = mnemonic(text);
    if (!letter.isNull())
        uses[letter].append(QStringLiteral("%1 \"%2\"").arg(what, text));
}

QStringList clashes(const Uses& uses, const QString& scope)
{
    QStringList out;
    for (auto it = uses.begin(); it != uses.end(); ++it) {
        if (it.value().size() > 1)
            out.append(QStringLiteral("%1: Alt+%2 is used by %3").arg(scope, QString(it.key()), it.value().join(QStringLiteral(", "))));
    }
    return out;
}

void addMenu(QStringList& out, QMenu* menu, const QString& scope)
{
    Uses uses;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        add(uses, a->text(), QStringLiteral("item"));
    }
    out += clashes(uses, scope);
}

// Every clash in the window as it is now: the window scope and each menu.
QStringList windowClashes(QWidget* window, const QString& scope)
{
    QStringList out;
    Uses uses;
    if (auto* mw = qobject_cast<QMainWindow*>(window)) {
        for (QAction* a : mw->menuBar()->actions()) {
            if (!a->isVisible())
                continue;
            add(uses, a->text(), QStringLiteral("menu"));
        }
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!reachable(w, window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->buddy())
                add(uses, label->text(), QStringLiteral("label"));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(uses, button->text(), QStringLiteral("button"));
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add(uses, box->title(), QStringLiteral("group"));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(uses, tabs->tabText(i), QStringLiteral("tab"));
        }
    }
    out += clashes(uses, scope);
    // Each menu of the window (menu bar, submenus, context menus) on its own.
    for (QMenu* menu : window->findChildren<QMenu*>())
        addMenu(out, menu, scope + QStringLiteral(", menu ") + menu->title());
    return out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestLanguage m_language;

    void useLanguage(const QString& language)
    {
        QString error;
        QVERIFY2(m_language.use(language, QStringLiteral(HINDSIGHT_QM_DIR), &error), qPrintable(error));
    }

    // Qt Test cuts long messages: one line each, then the count.
    static void report(const QStringList& found)
    {
        for (const QString& clash : found)
            qWarning("%s", qPrintable(clash));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 clashes").arg(found.size())));
    }

    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(m_dir.isValid());
    }
    void cleanup()
    {
        for (EditorWindow* w : EditorWindow::openWindows()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            w->close();
        }
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
        useLanguage(QStringLiteral("en"));
    }

    void mainWindow_data() { languages(); }
    void mainWindow()
    {
        QFETCH(QString, language);
        useLanguage(language);
        MainWindow w;
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("main-%1.sqlite").arg(language))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList found;
        const struct {
            MainWindow::View view;
            const char* name;
        } views[] = {{MainWindow::CoesView, "COEs"},
                     {MainWindow::ActionItemsViewIndex, "action items"},
                     {MainWindow::TrashViewIndex, "Trash"}};
        for (const auto& v : views) {
            w.showView(v.view);
            found += windowClashes(&w, QStringLiteral("archive window, %1 view").arg(QLatin1String(v.name)));
        }
        found.removeDuplicates();
        report(found);
    }

    void editorWindow_data() { languages(); }
    void editorWindow()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QString error;
        auto archive = Archive::open(m_dir.filePath(QStringLiteral("editor-%1.sqlite").arg(language)),
                                     Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        EditorWindow* w = EditorWindow::createCoe(*archive, QString(), nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QStringList found;
        for (int page = 0; page < EditorWindow::PageCount; ++page) {
            w->setCurrentPage(page);
            QCOMPARE(w->currentPage(), page);
            found += windowClashes(w, QStringLiteral("editor window, step %1").arg(page + 1));
        }
        MessageBox::setNextAnswer(QMessageBox::Discard);
        w->close();
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
        found.removeDuplicates();
        report(found);
    }

    void dialogs_data() { languages(); }
    void dialogs()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QStringList found;
        {
            PreferencesDialog d;
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            found += windowClashes(&d, QStringLiteral("Preferences"));
        }
        {
            report::ExportPdfDialog d;
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            found += windowClashes(&d, QStringLiteral("Export PDF"));
            d.setPacket(true);
            found += windowClashes(&d, QStringLiteral("Export Review Packet"));
        }
        {
            PasteLinesDialog d(QTimeZone::utc(), QDateTime::currentDateTimeUtc());
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            found += windowClashes(&d, QStringLiteral("Paste Timeline Lines"));
        }
        report(found);
    }

    // The checker itself: a clash is found, '&&' is no mnemonic, É is E.
    void checkerFindsClashes()
    {
        QCOMPARE(mnemonic(QStringLiteral("Save && &Quit")), QLatin1Char('Q'));
        QCOMPARE(mnemonic(QStringLiteral("&Édition")), QLatin1Char('E'));
        QVERIFY(mnemonic(QStringLiteral("A && B")).isNull());
        QWidget w;
        new QPushButton(QStringLiteral("&Edit"), &w);
        new QPushButton(QStringLiteral("&État"), &w);
        auto* hidden = new QPushButton(QStringLiteral("&Export"), &w);
        hidden->hide(); // hidden by its data: may show at any time, so it counts
        auto* stack = new QStackedWidget(&w);
        stack->addWidget(new QWidget);
        auto* other = new QWidget;
        new QPushButton(QStringLiteral("&Eject"), other);
        stack->addWidget(other); // another page of a stack: not shown at the same time
        auto* menu = new QMenu(QStringLiteral("&Go"), &w);
        menu->addAction(QStringLiteral("&Next"));
        menu->addAction(QStringLiteral("&New"));
        w.show();
        const QStringList found = windowClashes(&w, QStringLiteral("w"));
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.at(0).contains(QStringLiteral("&Edit")) && found.at(0).contains(QStringLiteral("&État"))
                     && found.at(0).contains(QStringLiteral("&Export")) && !found.at(0).contains(QStringLiteral("Eject")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(found.at(1).contains(QStringLiteral("&Next")));
    }
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
