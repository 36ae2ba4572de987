// SPDX-License-Identifier: MIT
// Issue #11: a name the user marks as a team is not a person. The owner field,
// the action items' owner cell and its editor, and a blameless.name finding in
// the review panel mark it; Preferences lists the names with Remove. The
// editor's review and the archive's counts follow at once.
#include "ExampleCoe.h"
#include "TestSupport.h"

#include "archive/CoeBrowserView.h"
#include "archive/MainWindow.h"
#include "document/CoeDocument.h"
#include "editor/EditorWindow.h"
#include "editor/pages/ActionsPage.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/CoeTableModel.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace hindsight;

namespace {

bool hasFinding(const EditorWindow* editor, const QString& id)
{
    for (const analysis::Finding& f : editor->findings())
        if (f.id == id)
            return true;
    return false;
}

// The menu a context-menu request opened (they pop up without blocking).
QMenu* openMenu()
{
    QMenu* menu = nullptr;
    (void)QTest::qWaitFor([&menu] {
        menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        return menu != nullptr;
    });
    return menu;
}

QList<QAction*> markActions(QMenu* menu)
{
    QList<QAction*> out;
    for (QAction* a : menu->actions())
        if (a->objectName() == QLatin1String("markTeamAction"))
            out << a;
    return out;
}

} // namespace

class TestTeamNames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_archives = 0;

    // A new archive with one COE whose text names "Atlas", a team the check
    // cannot tell from a person (no team word); `atlasIs` puts it as the
    // owner ("owner") or the first action item's owner ("action").
    QString archiveWithAtlas(const QString& atlasIs, QUuid* uuid)
    {
        const QString path = m_dir.filePath(QStringLiteral("teams-%1.sqlite").arg(++m_archives));
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        if (!archive)
            qFatal("%s", qPrintable(error));
        Coe coe = test::exampleCoe();
        if (atlasIs == QLatin1String("owner"))
            coe.owner = QStringLiteral("Atlas");
        else
            coe.actionItems[0].owner = QStringLiteral("Atlas");
        coe.summary += QStringLiteral(" Atlas rolled the configuration back.");
        if (!CoeRepository(*archive).save(coe).ok())
            qFatal("cannot save the COE");
        *uuid = coe.uuid;
        return path;
    }

    // Editors save on close: close them while their archive is open.
    static void closeEditors()
    {
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
        for (EditorWindow* w : EditorWindow::openWindows()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            w->close();
            delete w;
        }
    }

    static int archiveWarnings(MainWindow& w, const QUuid& uuid)
    {
        CoeTableModel* model = w.browser()->model();
        const int row = model->rowOf(uuid);
        return row < 0 ? -1
                       : model->index(row, CoeTableModel::ReviewColumn)
                             .data(CoeTableModel::WarningCountRole)
                             .toInt();
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(m_dir.isValid());
    }

    void init() { Settings::instance()->reset(Settings::Key::TeamNames); }

    void cleanup() { QVERIFY(EditorWindow::openWindows().isEmpty()); }

    // The settings' list is what the editor and the archive check with.
    void teamNamesSettingChecksAgain()
    {
        QUuid uuid;
        MainWindow w;
        const auto closing = qScopeGuard(closeEditors);
        QVERIFY(w.openArchive(archiveWithAtlas(QStringLiteral("owner"), &uuid)));
        const int warnings = archiveWarnings(w, uuid);
        QVERIFY(warnings > 0);
        w.openCoe(uuid);
        QPointer<EditorWindow> editor = EditorWindow::findOpen(uuid);
        QVERIFY(editor);
        QVERIFY(hasFinding(editor, QStringLiteral("blameless.name")));

        QVERIFY(Settings::instance()->setTeamNames({QStringLiteral("atlas")}));
        QVERIFY(!hasFinding(editor, QStringLiteral("blameless.name"))); // at once, not after a timer
        QCOMPARE(archiveWarnings(w, uuid), warnings - 1);

        Settings::instance()->reset(Settings::Key::TeamNames);
        QVERIFY(hasFinding(editor, QStringLiteral("blameless.name")));
        QCOMPARE(archiveWarnings(w, uuid), warnings);
    }

    void markFromTheReviewPanel()
    {
        QUuid uuid;
        MainWindow w;
        const auto closing = qScopeGuard(closeEditors);
        QVERIFY(w.openArchive(archiveWithAtlas(QStringLiteral("owner"), &uuid)));
        const int warnings = archiveWarnings(w, uuid);
        w.openCoe(uuid);
        QPointer<EditorWindow> editor = EditorWindow::findOpen(uuid);
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));

        auto* review = editor->findChild<QTreeWidget*>(QStringLiteral("reviewListWidget"));
        QVERIFY(review);
        QTreeWidgetItem* item = nullptr;
        for (QTreeWidgetItemIterator it(review); *it; ++it) {
            const QVariant i = (*it)->data(0, Qt::UserRole);
            if (i.isValid() && editor->findings().at(i.toInt()).id == QLatin1String("blameless.name"))
                item = *it;
        }
        QVERIFY(item);
        review->setCurrentItem(item);
        review->scrollToItem(item);
        emit review->customContextMenuRequested(review->visualItemRect(item).center());
        QMenu* menu = openMenu();
        QVERIFY(menu);
        const QList<QAction*> marks = markActions(menu);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first()->text(), QStringLiteral("Not a Person: Mark “Atlas” as a Team"));
        marks.first()->trigger();
        menu->close();

        QCOMPARE(Settings::instance()->teamNames(), QStringList{QStringLiteral("Atlas")});
        QVERIFY(!hasFinding(editor, QStringLiteral("blameless.name")));
        QCOMPARE(archiveWarnings(w, uuid), warnings - 1);

        // Another finding offers nothing to mark.
        editor->document()->setField(CoeDocument::Field::Summary, QStringLiteral("Too short."));
        editor->refreshReview();
        QTreeWidgetItem* other = nullptr;
        for (QTreeWidgetItemIterator it(review); *it && !other; ++it)
            if ((*it)->data(0, Qt::UserRole).isValid())
                other = *it;
        QVERIFY(other);
        review->setCurrentItem(other);
        emit review->customContextMenuRequested(review->visualItemRect(other).center());
        QVERIFY(!qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    }

    // The owner field's context menu marks the name and, checked, unmarks it.
    void markFromTheOwnerField()
    {
        QUuid uuid;
        MainWindow w;
        const auto closing = qScopeGuard(closeEditors);
        QVERIFY(w.openArchive(archiveWithAtlas(QStringLiteral("owner"), &uuid)));
        w.openCoe(uuid);
        QPointer<EditorWindow> editor = EditorWindow::findOpen(uuid);
        QVERIFY(editor);
        editor->setCurrentPage(EditorWindow::SummaryPage);
        auto* owner = editor->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"));
        QVERIFY(owner);
        QCOMPARE(owner->text(), QStringLiteral("Atlas"));

        emit owner->customContextMenuRequested(QPoint(4, 4));
        QMenu* menu = openMenu();
        QVERIFY(menu);
        QVERIFY(menu->actions().size() > 3); // the field's own Cut, Copy, Paste… stay
        QList<QAction*> marks = markActions(menu);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first()->text(), QStringLiteral("Mark “Atlas” as a Team"));
        QVERIFY(marks.first()->isCheckable());
        QVERIFY(!marks.first()->isChecked());
        marks.first()->trigger();
        menu->close();
        QVERIFY(Settings::instance()->isMarkedTeam(QStringLiteral("Atlas")));
        QVERIFY(!hasFinding(editor, QStringLiteral("blameless.name")));

        emit owner->customContextMenuRequested(QPoint(4, 4));
        menu = openMenu();
        QVERIFY(menu);
        marks = markActions(menu);
        QCOMPARE(marks.size(), 1);
        QVERIFY(marks.first()->isChecked());
        marks.first()->trigger(); // unmarks
        menu->close();
        QVERIFY(Settings::instance()->teamNames().isEmpty());
        QVERIFY(hasFinding(editor, QStringLiteral("blameless.name")));

        // A name with '&' shows it as it is, not as a mnemonic.
        owner->setText(QStringLiteral("R&D"));
        emit owner->customContextMenuRequested(QPoint(4, 4));
        menu = openMenu();
        QVERIFY(menu);
        QCOMPARE(markActions(menu).value(0)->text(), QStringLiteral("Mark “R&&D” as a Team"));
        menu->close();
    }

    // The action items' owner: the row's context menu and the cell editor's.
    void markFromTheActionOwner()
    {
        QUuid uuid;
        MainWindow w;
        const auto closing = qScopeGuard(closeEditors);
        QVERIFY(w.openArchive(archiveWithAtlas(QStringLiteral("action"), &uuid)));
        const int warnings = archiveWarnings(w, uuid);
        w.openCoe(uuid);
        QPointer<EditorWindow> editor = EditorWindow::findOpen(uuid);
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(hasFinding(editor, QStringLiteral("blameless.name")));
        editor->setCurrentPage(EditorWindow::ActionsPage);
        auto* page = static_cast<ActionsPage*>(editor->page(EditorWindow::ActionsPage));
        QTableView* view = page->view();
        const QModelIndex cell = view->model()->index(0, ActionItemModel::OwnerColumn);
        QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("Atlas"));

        emit view->customContextMenuRequested(view->visualRect(cell).center());
        QMenu* menu = openMenu();
        QVERIFY(menu);
        QList<QAction*> marks = markActions(menu);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first()->text(), QStringLiteral("Mark “Atlas” as a Team"));
        marks.first()->trigger();
        menu->close();
        QCOMPARE(Settings::instance()->teamNames(), QStringList{QStringLiteral("Atlas")});
        QVERIFY(!hasFinding(editor, QStringLiteral("blameless.name")));
        QCOMPARE(archiveWarnings(w, uuid), warnings - 1);

        // The owner cell's editor (with the completer) has it too: checked, it unmarks.
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto* line = view->findChild<QLineEdit*>(QStringLiteral("ownerEditorLineEdit"));
        QVERIFY(line);
        emit line->customContextMenuRequested(QPoint(4, 4));
        menu = openMenu();
        QVERIFY(menu);
        marks = markActions(menu);
        QCOMPARE(marks.size(), 1);
        QVERIFY(marks.first()->isChecked());
        marks.first()->trigger();
        menu->close();
        QVERIFY(Settings::instance()->teamNames().isEmpty());
        QVERIFY(hasFinding(editor, QStringLiteral("blameless.name")));
    }

    // Preferences lists the names; Remove takes them off when OK is pressed.
    void preferencesListsAndRemoves()
    {
        QVERIFY(Settings::instance()->setTeamNames({QStringLiteral("Blue Whale"), QStringLiteral("Atlas")}));
        QUuid uuid;
        MainWindow w;
        const auto closing = qScopeGuard(closeEditors);
        QVERIFY(w.openArchive(archiveWithAtlas(QStringLiteral("owner"), &uuid)));
        w.openCoe(uuid);
        QPointer<EditorWindow> editor = EditorWindow::findOpen(uuid);
        QVERIFY(editor);
        QVERIFY(!hasFinding(editor, QStringLiteral("blameless.name")));

        PreferencesDialog dialog;
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("teamNamesListWidget"));
        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeTeamNamesButton"));
        QVERIFY(list);
        QVERIFY(remove);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Atlas")); // sorted
        QCOMPARE(list->item(1)->text(), QStringLiteral("Blue Whale"));
        QVERIFY(!remove->isEnabled());
        list->item(0)->setSelected(true);
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(Settings::instance()->teamNames().size(), 2); // nothing written before OK
        dialog.accept();
        QCOMPARE(Settings::instance()->teamNames(), QStringList{QStringLiteral("Blue Whale")});
        QVERIFY(hasFinding(editor, QStringLiteral("blameless.name")));

        // Cancel writes nothing.
        PreferencesDialog again;
        auto* list2 = again.findChild<QListWidget*>(QStringLiteral("teamNamesListWidget"));
        list2->item(0)->setSelected(true);
        again.findChild<QPushButton*>(QStringLiteral("removeTeamNamesButton"))->click();
        again.reject();
        QCOMPARE(Settings::instance()->teamNames(), QStringList{QStringLiteral("Blue Whale")});
    }
};

QTEST_MAIN(TestTeamNames)
#include "TestTeamNames.moc"
