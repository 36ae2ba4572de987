// SPDX-License-Identifier: MIT
#include "settings/PreferencesDialog.h"
#include "settings/TemplatesPage.h"
#include "settings/Settings.h"
#include "settings/SettingsEditor.h"

#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>

using namespace hindsight;
using Key = Settings::Key;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void everyInputIsNamedAndLabelled()
    {
        auto s = Settings::createTemporary();
        PreferencesDialog dialog(*s);
        QVERIFY(!dialog.editor()->findChildren<QFormLayout*>().isEmpty());
        const QStringList expected = {
            QStringLiteral("authorNameLineEdit"),
            QStringLiteral("timeZoneComboBox"),
            QStringLiteral("gapThresholdSpinBox"),
            QStringLiteral("actionItemSlaSpinBox"),
            QStringLiteral("autosaveDelaySpinBox"),
            QStringLiteral("paperSizeComboBox"),
            QStringLiteral("languageComboBox"),
            QStringLiteral("archivePathLineEdit"),
            QStringLiteral("backupsToKeepSpinBox"),
            QStringLiteral("versionsThinAfterSpinBox"),
            QStringLiteral("teamNamesListWidget"),
            QStringLiteral("removeTeamNamesButton"),
            QStringLiteral("browseArchivePathButton"),
            QStringLiteral("recentArchivesListWidget"),
            QStringLiteral("clearRecentArchivesButton"),
            QStringLiteral("forgetWindowLayoutsButton"),
            QStringLiteral("okButton"),
            QStringLiteral("cancelButton"),
            QStringLiteral("restoreDefaultsButton"),
        };
        for (const QString& name : expected)
            QVERIFY2(dialog.findChild<QWidget*>(name), qPrintable(name));

        int inputs = 0;
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                               qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractButton*>(w) ||
                               qobject_cast<QListWidget*>(w);
            if (!input)
                continue;
            // the Templates tab (issue #16) has its own test (TestTemplatesUi)
            if (dialog.templatesPage()->isAncestorOf(w))
                continue;
            // the line edits inside combo and spin boxes, and the clear button
            // inside a line edit, belong to them
            QWidget* p = w->parentWidget();
            // (and the tab bar's scroll arrows to it)
            if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) ||
                qobject_cast<QLineEdit*>(p) || qobject_cast<QTabBar*>(p))
                continue;
            ++inputs;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QCOMPARE(inputs, expected.size());

        // form labels point at their fields, for keyboard and screen readers
        for (const char* name : {"authorNameLineEdit", "timeZoneComboBox", "gapThresholdSpinBox",
                                 "paperSizeComboBox", "languageComboBox", "archivePathLineEdit",
                                 "teamNamesListWidget", "versionsThinAfterSpinBox"}) {
            bool hasBuddy = false;
            for (QLabel* label : dialog.findChildren<QLabel*>())
                hasBuddy = hasBuddy || label->buddy() == dialog.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(hasBuddy, name);
        }
        auto* gap = child<QSpinBox>(&dialog, "gapThresholdSpinBox");
        QVERIFY(!gap->suffix().trimmed().isEmpty());
        QCOMPARE(gap->minimum(), Settings::minimum(Key::GapThresholdMinutes));
        QCOMPARE(gap->maximum(), Settings::maximum(Key::GapThresholdMinutes));
    }

    void showsStoredValues()
    {
        auto s = Settings::createTemporary();
        QVERIFY(s->setAuthorName(QStringLiteral("Ana Pérez")));
        QVERIFY(s->setDisplayTimeZone("Asia/Tokyo"));
        QVERIFY(s->setGapThresholdMinutes(45));
        QVERIFY(s->setActionItemSlaDays(30));
        QVERIFY(s->setAutosaveDelayMs(5000));
        QVERIFY(s->setPaperSize(Settings::PaperSize::A4));
        QVERIFY(s->setLanguage(Settings::Language::Spanish));
        QVERIFY(s->setDefaultArchivePath(QStringLiteral("/srv/coe/team.sqlite")));
        s->addRecentArchive(QStringLiteral("/srv/coe/old.sqlite"));
        PreferencesDialog dialog(*s);
        QCOMPARE(child<QLineEdit>(&dialog, "authorNameLineEdit")->text(), QStringLiteral("Ana Pérez"));
        QCOMPARE(child<QComboBox>(&dialog, "timeZoneComboBox")->currentText(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(child<QSpinBox>(&dialog, "gapThresholdSpinBox")->value(), 45);
        QCOMPARE(child<QSpinBox>(&dialog, "actionItemSlaSpinBox")->value(), 30);
        QCOMPARE(child<QSpinBox>(&dialog, "autosaveDelaySpinBox")->value(), 5000);
        QCOMPARE(child<QComboBox>(&dialog, "paperSizeComboBox")->currentData().toString(),
                 QStringLiteral("a4"));
        QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(),
                 QStringLiteral("es"));
        QCOMPARE(child<QLineEdit>(&dialog, "archivePathLineEdit")->text(),
                 QStringLiteral("/srv/coe/team.sqlite"));
        auto* recent = child<QListWidget>(&dialog, "recentArchivesListWidget");
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->text(), QStringLiteral("/srv/coe/old.sqlite"));
    }

    void okWritesEveryValue()
    {
        auto s = Settings::createTemporary();
        s->addRecentArchive(QStringLiteral("/srv/coe/old.sqlite"));
        QVERIFY(s->setWindowGeometry(QStringLiteral("mainWindow"), QByteArray("geo")));
        PreferencesDialog dialog(*s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy spy(s.get(), &Settings::changed);

        auto* author = child<QLineEdit>(&dialog, "authorNameLineEdit");
        author->setFocus();
        QTest::keyClicks(author, QStringLiteral("Sam Lee"));
        auto* zone = child<QComboBox>(&dialog, "timeZoneComboBox");
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("America/Sao_Paulo"));
        child<QSpinBox>(&dialog, "gapThresholdSpinBox")->setValue(20);
        child<QSpinBox>(&dialog, "actionItemSlaSpinBox")->setValue(7);
        child<QSpinBox>(&dialog, "autosaveDelaySpinBox")->setValue(1000);
        child<QSpinBox>(&dialog, "backupsToKeepSpinBox")->setValue(0);
        auto* thin = child<QSpinBox>(&dialog, "versionsThinAfterSpinBox");
        QCOMPARE(thin->value(), 90);
        QCOMPARE(thin->minimum(), 0);
        QCOMPARE(thin->specialValueText(), QStringLiteral("Never"));
        thin->setValue(0);
        auto* paper = child<QComboBox>(&dialog, "paperSizeComboBox");
        paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
        auto* language = child<QComboBox>(&dialog, "languageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QTemporaryDir dir;
        const QString chosen = dir.filePath(QStringLiteral("chosen.sqlite"));
        QString offered;
        dialog.editor()->setArchivePathChooser([&](QWidget*, const QString& current) {
            offered = current;
            return chosen;
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "browseArchivePathButton"), Qt::LeftButton);
        QCOMPARE(offered, Settings::standardArchivePath());
        QCOMPARE(child<QLineEdit>(&dialog, "archivePathLineEdit")->text(), chosen);
        QTest::mouseClick(child<QPushButton>(&dialog, "clearRecentArchivesButton"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&dialog, "recentArchivesListWidget")->count(), 0);
        QTest::mouseClick(child<QPushButton>(&dialog, "forgetWindowLayoutsButton"), Qt::LeftButton);

        QCOMPARE(spy.count(), 0); // nothing is written before OK
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        QCOMPARE(s->authorName(), QStringLiteral("Sam Lee"));
        QCOMPARE(s->displayTimeZoneId(), QByteArray("America/Sao_Paulo"));
        QCOMPARE(s->gapThresholdMinutes(), 20);
        QCOMPARE(s->actionItemSlaDays(), 7);
        QCOMPARE(s->autosaveDelayMs(), 1000);
        QCOMPARE(s->backupsToKeep(), 0);
        QCOMPARE(s->versionsThinAfterDays(), 0);
        QCOMPARE(s->paperSize(), Settings::PaperSize::Letter);
        QCOMPARE(s->language(), Settings::Language::English);
        QCOMPARE(s->defaultArchivePath(), chosen);
        QVERIFY(s->recentArchives().isEmpty());
        QCOMPARE(s->windowGeometry(QStringLiteral("mainWindow")), QByteArray());
        QCOMPARE(spy.count(), 11);
        // the dialog remembers its own size
        QVERIFY(!s->windowGeometry(QStringLiteral("preferencesDialog")).isEmpty());
    }

    void cancelWritesNothing()
    {
        auto s = Settings::createTemporary();
        QVERIFY(s->setGapThresholdMinutes(40));
        PreferencesDialog dialog(*s);
        QSignalSpy spy(s.get(), &Settings::changed);
        child<QSpinBox>(&dialog, "gapThresholdSpinBox")->setValue(90);
        child<QLineEdit>(&dialog, "authorNameLineEdit")->setText(QStringLiteral("Nobody"));
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(s->gapThresholdMinutes(), 40);
        QCOMPARE(s->authorName(), QString());
    }

    void restoreDefaultsFillsTheFormOnly()
    {
        auto s = Settings::createTemporary();
        QVERIFY(s->setGapThresholdMinutes(40));
        QVERIFY(s->setDisplayTimeZone("Europe/Madrid"));
        QVERIFY(s->setPaperSize(Settings::PaperSize::A4));
        s->addRecentArchive(QStringLiteral("/srv/coe/old.sqlite"));
        {
            PreferencesDialog dialog(*s);
            QTest::mouseClick(child<QPushButton>(&dialog, "restoreDefaultsButton"), Qt::LeftButton);
            QCOMPARE(child<QSpinBox>(&dialog, "gapThresholdSpinBox")->value(), 15);
            QCOMPARE(child<QComboBox>(&dialog, "timeZoneComboBox")->currentText(), QStringLiteral("UTC"));
            QCOMPARE(child<QComboBox>(&dialog, "paperSizeComboBox")->currentData().toString(),
                     QStringLiteral("auto"));
            QCOMPARE(child<QListWidget>(&dialog, "recentArchivesListWidget")->count(), 1);
            QCOMPARE(s->gapThresholdMinutes(), 40); // not yet written
            QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        }
        QCOMPARE(s->gapThresholdMinutes(), 40);
        {
            PreferencesDialog dialog(*s);
            QTest::mouseClick(child<QPushButton>(&dialog, "restoreDefaultsButton"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        }
        for (Key k : Settings::allKeys())
            if (k != Key::RecentArchives)
                QVERIFY2(s->isDefault(k), qPrintable(Settings::settingsName(k)));
        QCOMPARE(s->recentArchives().size(), 1);
    }

    void timeZoneIsSearchable()
    {
        auto s = Settings::createTemporary();
        PreferencesDialog dialog(*s);
        auto* zone = child<QComboBox>(&dialog, "timeZoneComboBox");
        QVERIFY(zone->isEditable());
        QVERIFY(zone->count() > 100);
        QVERIFY(zone->findText(QStringLiteral("Europe/Madrid")) >= 0);
        QCompleter* completer = zone->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(QStringLiteral("madr")); // middle of the id, any case
        QAbstractItemModel* matches = completer->completionModel();
        QStringList found;
        for (int row = 0; row < matches->rowCount(); ++row)
            found << matches->index(row, 0).data().toString();
        QVERIFY2(found.contains(QStringLiteral("Europe/Madrid")), qPrintable(found.join(u',')));
        QVERIFY(!found.contains(QStringLiteral("Asia/Tokyo")));
    }

    void invalidInputBlocksOk()
    {
        auto s = Settings::createTemporary();
        PreferencesDialog dialog(*s);
        auto* ok = child<QPushButton>(&dialog, "okButton");
        auto* problem = child<QLabel>(&dialog, "settingsProblemLabel");
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->isHidden());

        auto* zone = child<QComboBox>(&dialog, "timeZoneComboBox");
        zone->setEditText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QStringLiteral("Mars/Olympus_Mons")));
        QString error;
        QVERIFY(!dialog.editor()->apply(*s, &error));
        QVERIFY(!error.isEmpty());
        dialog.accept(); // even when forced: nothing written, still open
        QCOMPARE(s->displayTimeZoneId(), QByteArray("UTC"));
        QCOMPARE(dialog.result(), 0);

        zone->setEditText(QStringLiteral("Europe/Madrid"));
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->isHidden());

        auto* path = child<QLineEdit>(&dialog, "archivePathLineEdit");
        path->setText(QStringLiteral("relative/archive.sqlite"));
        QVERIFY(!ok->isEnabled());
        path->clear();
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(s->displayTimeZoneId(), QByteArray("Europe/Madrid"));
        QCOMPARE(s->defaultArchivePath(), QString());
    }

    void showsLoadProblem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("[analysis\n\x00\xff", 12));
        }
        auto s = Settings::createForFile(path);
        QVERIFY(!s->loadProblem().isEmpty());
        PreferencesDialog dialog(*s);
        auto* banner = child<QLabel>(&dialog, "settingsLoadProblemLabel");
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->text(), s->loadProblem());

        auto clean = Settings::createTemporary();
        PreferencesDialog quiet(*clean);
        QVERIFY(child<QLabel>(&quiet, "settingsLoadProblemLabel")->isHidden());
    }

    void editorWorksWithoutTheDialog()
    {
        // a wizard page can host the editor on its own
        auto s = Settings::createTemporary();
        SettingsEditor editor;
        editor.load(*s);
        QSignalSpy edited(&editor, &SettingsEditor::edited);
        child<QSpinBox>(&editor, "actionItemSlaSpinBox")->setValue(3);
        QVERIFY(edited.count() >= 1);
        QVERIFY(editor.apply(*s));
        QCOMPARE(s->actionItemSlaDays(), 3);
    }

    void defaultInstanceConstructor()
    {
        Settings::installTemporaryInstance();
        QVERIFY(Settings::instance()->setGapThresholdMinutes(33));
        PreferencesDialog dialog;
        QCOMPARE(child<QSpinBox>(&dialog, "gapThresholdSpinBox")->value(), 33);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
