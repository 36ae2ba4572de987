// SPDX-License-Identifier: MIT
// Templates in the windows (issue #16): File › New COE from Template… in the
// archive window, Edit › Change Template… in the editor, and Preferences ›
// Templates (list, new, duplicate, edit, delete, import, export, the
// required-by-severity table).
#include "TestSupport.h"

#include "archive/MainWindow.h"
#include "document/CoeDocument.h"
#include "editor/EditorWindow.h"
#include "settings/PreferencesDialog.h"
#include "settings/RequirementsEditor.h"
#include "settings/Settings.h"
#include "settings/TemplatesPage.h"
#include "storage/CoeRepository.h"
#include "templates/NewFromTemplateDialog.h"
#include "templates/TemplateJson.h"
#include "templates/TemplateStore.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QTabBar>
#include <QUndoStack>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hindsight;
using namespace hindsight::templates;

class TestTemplatesUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Accepts the next modal NewFromTemplateDialog with the template `id`.
    void chooseInNextDialog(const QString& id, bool* seen)
    {
        QTimer::singleShot(0, this, [id, seen] {
            auto* dialog = qobject_cast<NewFromTemplateDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *seen = dialog->select(id);
            dialog->accept();
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the template folder is a test one
        QDir(TemplateStore::defaultFolder()).removeRecursively();
        Settings::installTemporaryInstance();
    }

    void cleanup()
    {
        QDir(TemplateStore::defaultFolder()).removeRecursively();
    }

    void newCoeFromTemplate()
    {
        MainWindow w;
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("new.sqlite"))));
        QAction* action = w.findChild<QAction*>(QStringLiteral("actionNewCoeFromTemplate"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        bool seen = false;
        chooseInNextDialog(QStringLiteral("security"), &seen);
        action->trigger();
        QVERIFY(seen);
        QCOMPARE(w.repository()->list().size(), 1);
        const Coe coe = *w.repository()->load(w.repository()->list().first().uuid);
        QCOMPARE(coe.templateName, QStringLiteral("security"));
        QCOMPARE(coe.tags, QStringList{QStringLiteral("security")});
        const Template security = *TemplateStore().find(QStringLiteral("security"));
        QCOMPARE(coe.questions, security.questions);
        // Cancelled: nothing is created.
        QTimer::singleShot(0, this, [] {
            if (QWidget* dialog = QApplication::activeModalWidget())
                static_cast<QDialog*>(dialog)->reject();
        });
        QVERIFY(w.newCoeFromTemplate().isNull());
        QCOMPARE(w.repository()->list().size(), 1);
        EditorWindow::closeAll(); // before the window and its archive go
    }

    void changeTemplateInTheEditor()
    {
        MainWindow w;
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("change.sqlite"))));
        const QUuid uuid = w.newCoeFromTemplate(QStringLiteral("near-miss"));
        QVERIFY(!uuid.isNull());
        EditorWindow* editor = EditorWindow::findOpen(uuid);
        QVERIFY(editor);
        CoeDocument* doc = editor->document();
        doc->setQuestionAnswer(0, QStringLiteral("We saw the disk fill up."));
        const int questions = int(doc->coe().questions.size());
        const int steps = doc->undoStack()->count();
        // The Impact step's guidance follows the template (data loss has its own).
        editor->setCurrentPage(EditorWindow::ImpactPage);
        auto* guidance = editor->findChild<QTextBrowser*>(QStringLiteral("guidanceTextBrowser"));
        QVERIFY(guidance);
        const auto guidanceOf = [](const QString& id) {
            const std::optional<Template> t = TemplateStore().find(id);
            QTextDocument d;
            d.setMarkdown(guidanceFor(t ? &*t : nullptr, analysis::Section::Impact));
            return d.toPlainText().simplified().left(60);
        };
        QVERIFY(guidanceOf(QStringLiteral("near-miss")) != guidanceOf(QStringLiteral("data-loss")));
        QVERIFY2(guidance->toPlainText().simplified().contains(guidanceOf(QStringLiteral("near-miss"))),
                 qPrintable(guidance->toPlainText()));
        bool seen = false;
        chooseInNextDialog(QStringLiteral("data-loss"), &seen);
        editor->findChild<QAction*>(QStringLiteral("actionChangeTemplate"))->trigger();
        QVERIFY(seen);
        QCOMPARE(doc->coe().templateName, QStringLiteral("data-loss"));
        QVERIFY2(guidance->toPlainText().simplified().contains(guidanceOf(QStringLiteral("data-loss"))),
                 qPrintable(guidance->toPlainText()));
        QCOMPARE(doc->coe().questions.first().answer, QStringLiteral("We saw the disk fill up."));
        QVERIFY(doc->coe().questions.size() > questions);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->coe().templateName, QStringLiteral("near-miss"));
        QVERIFY(guidance->toPlainText().simplified().contains(guidanceOf(QStringLiteral("near-miss"))));
        QCOMPARE(int(doc->coe().questions.size()), questions);
        EditorWindow::closeAll(); // before the window and its archive go
    }

    void preferencesTemplatesPage()
    {
        auto settings = Settings::createTemporary();
        {
            PreferencesDialog dialog(*settings);
            TemplatesPage* page = dialog.templatesPage();
            QVERIFY(page);
            QCOMPARE(dialog.pages()->count(), 2);
            QCOMPARE(page->templates().size(), 4);
            // A built-in cannot be deleted or edited; it can be duplicated.
            page->selectRow(1);
            auto* del = page->findChild<QPushButton*>(QStringLiteral("deleteTemplateButton"));
            auto* name = page->findChild<QLineEdit*>(QStringLiteral("templateNameLineEdit"));
            QVERIFY(!del->isEnabled());
            QVERIFY(!name->isEnabled());
            QVERIFY(!page->deleteCurrent());
            page->findChild<QPushButton*>(QStringLiteral("duplicateTemplateButton"))->click();
            QCOMPARE(page->templates().size(), 5);
            QCOMPARE(page->currentRow(), 4);
            QVERIFY(name->isEnabled());
            QVERIFY(del->isEnabled());
            // Edit the copy: its name, a question, tags.
            name->setText(QStringLiteral("Payments security"));
            auto* prevention =
                page->findChild<QPlainTextEdit*>(QStringLiteral("templateQuestionsPreventionPlainTextEdit"));
            QVERIFY(prevention);
            prevention->setPlainText(prevention->toPlainText() + QStringLiteral("\nWho reviews the keys?"));
            page->findChild<QLineEdit*>(QStringLiteral("templateTagsLineEdit"))->setText(QStringLiteral("security, payments"));
            // A new one, deleted again.
            page->findChild<QPushButton*>(QStringLiteral("newTemplateButton"))->click();
            QCOMPARE(page->templates().size(), 6);
            QVERIFY(page->deleteCurrent());
            QCOMPARE(page->templates().size(), 5);
            // The severity table: severity 4 also needs two whys.
            auto* table = page->findChild<RequirementsEditor*>();
            QVERIFY(table);
            auto* cells = page->findChild<QTableWidget*>(QStringLiteral("requiredTableWidget"));
            QVERIFY(cells);
            const int whysRow = int(allRequiredItems().indexOf(RequiredItem::Whys));
            cells->item(whysRow, 3)->setCheckState(Qt::Checked);
            cells->item(int(allRequiredItems().size()), 3)->setData(Qt::EditRole, 2);
            // Nothing is written before OK.
            QCOMPARE(TemplateStore().userTemplates().size(), 0);
            dialog.accept();
        }
        const QList<Template> saved = TemplateStore().userTemplates();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("Payments security"));
        QCOMPARE(saved.first().defaultTags, (QStringList{"security", "payments"}));
        QCOMPARE(saved.first().questionsOf(QuestionArea::Prevention).last().question,
                 QStringLiteral("Who reviews the keys?"));
        QVERIFY(settings->requirements().forSeverity(4).has(RequiredItem::Whys));
        QCOMPARE(settings->requirements().forSeverity(4).minWhys, 2);

        // Export the user's template, delete it, import it back.
        const QString file = m_dir.filePath(QStringLiteral("exported.json"));
        {
            PreferencesDialog dialog(*settings);
            TemplatesPage* page = dialog.templatesPage();
            QCOMPARE(page->templates().size(), 5);
            page->selectRow(4);
            QString error;
            QVERIFY2(page->exportCurrent(file, &error), qPrintable(error));
            QVERIFY(page->deleteCurrent());
            dialog.accept();
        }
        QCOMPARE(TemplateStore().userTemplates().size(), 0);
        {
            PreferencesDialog dialog(*settings);
            TemplatesPage* page = dialog.templatesPage();
            QStringList errors;
            QVERIFY2(page->importFile(file, &errors), qPrintable(errors.join(u'\n')));
            QVERIFY(!page->importFile(m_dir.filePath(QStringLiteral("missing.json")), &errors));
            dialog.accept();
        }
        QCOMPARE(TemplateStore().userTemplates().size(), 1);
        QCOMPARE(TemplateStore().userTemplates().first().name, QStringLiteral("Payments security"));
    }

    void everyTemplatesInputIsNamed()
    {
        auto settings = Settings::createTemporary();
        PreferencesDialog dialog(*settings);
        for (QWidget* w : dialog.templatesPage()->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w)
                               || qobject_cast<QAbstractButton*>(w) || qobject_cast<QListWidget*>(w)
                               || qobject_cast<QTableWidget*>(w) || qobject_cast<QComboBox*>(w)
                               || qobject_cast<QAbstractSpinBox*>(w);
            QWidget* p = w->parentWidget();
            if (!input || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p)
                || qobject_cast<QLineEdit*>(p) || qobject_cast<QTabBar*>(p) || qobject_cast<QAbstractScrollArea*>(p)
                || qobject_cast<QAbstractScrollArea*>(p ? p->parentWidget() : nullptr))
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestTemplatesUi)
#include "TestTemplatesUi.moc"
