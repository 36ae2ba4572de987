// SPDX-License-Identifier: MIT
// A save conflict between an editor window and another client of the same
// archive (an SQLite file, or a PostgreSQL team archive: every test runs on
// both back ends), resolved section by section in the conflict dialog.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "editor/ConflictDialog.h"
#include "editor/EditorWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace hindsight;
using hindsight::test::exampleCoe;

namespace {

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

int rowWithLabel(ConflictDialog* d, const QString& label)
{
    for (int i = 0; i < d->sections().size(); ++i)
        if (d->sections()[i].label == label)
            return i;
    return -1;
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive; // the editor's
    std::unique_ptr<Archive> m_other;   // another process on the same file
    QUuid m_uuid;

    // Opens the example COE in an editor; the other process changes the
    // title, the impact description and a1's owner (or makes `theirChange`)
    // and saves (revision 2).
    EditorWindow* openAndLetTheOtherSave(const std::function<void(Coe&)>& theirChange = {})
    {
        QString error;
        QFETCH_GLOBAL(QString, backend);
        const QString path = test::freshArchiveLocation(
            backend, m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction(), backend)), &error);
        if (path.isEmpty())
            qFatal("no archive on %s: %s", qPrintable(backend), qPrintable(error));
        m_archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        m_other = Archive::open(path, Archive::Access::ReadWrite, &error);
        if (!m_archive || !m_other)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        Coe coe = exampleCoe();
        CoeRepository repository(*m_archive);
        if (!repository.save(coe).ok())
            qFatal("cannot save the example");
        m_uuid = coe.uuid;
        EditorWindow* w = EditorWindow::openCoe(*m_archive, m_uuid, nullptr, &error);
        if (!w)
            qFatal("cannot open the editor: %s", qPrintable(error));
        w->autoSaver()->setDelay(30);
        QApplication::setActiveWindow(w);
        if (!QTest::qWaitForWindowActive(w))
            qWarning("window not active");

        CoeRepository other(*m_other);
        Coe theirs = *other.load(m_uuid);
        if (theirChange) {
            theirChange(theirs);
        } else {
            theirs.title = QStringLiteral("<b>Their</b> title & more");
            theirs.impact.description = QStringLiteral("Their impact description.");
            theirs.actionItems[0].owner = QStringLiteral("Their Owner");
        }
        if (!other.save(theirs).ok() || theirs.revision != 2)
            qFatal("the other process could not save");
        return w;
    }

    // Mine: a typed summary, an impact description (also changed by them:
    // unless `sameSectionAsThem` is false) and a2 done; the save conflicts.
    void editMineUntilTheSaveConflicts(EditorWindow* w, bool sameSectionAsThem = true)
    {
        auto* summary = child<QWidget>(w, QStringLiteral("summaryEdit"))->findChild<QPlainTextEdit*>();
        QTest::mouseClick(summary->viewport(), Qt::LeftButton);
        summary->selectAll();
        QTest::keyClicks(summary, QStringLiteral("My summary, typed."));
        if (sameSectionAsThem)
            w->document()->setImpactDescription(QStringLiteral("My impact description."));
        w->document()->setActionField(w->document()->actionRow(QStringLiteral("a2")),
                                      CoeDocument::ActionField::Status, QVariant::fromValue(ActionStatus::Done));
        waitForTheConflict(w);
    }

    void waitForTheConflict(EditorWindow* w)
    {
        auto* banner = child<QWidget>(w, QStringLiteral("saveBanner"));
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(w->autoSaver()->lastStatus(), SaveResult::Status::Conflict);
        QCOMPARE(child<QPushButton>(banner, QStringLiteral("bannerActionButton"))->text(),
                 QStringLiteral("Compare and Merge…"));
    }

    void clickBannerAction(EditorWindow* w)
    {
        // click(), not a mouse event: the handler's clicks would otherwise be
        // nested in this click's mouse grab.
        auto* banner = child<QWidget>(w, QStringLiteral("saveBanner"));
        child<QPushButton>(banner, QStringLiteral("bannerActionButton"))->click();
    }

private slots:
    void initTestCase_data() { test::addArchiveBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
    }
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        ConflictDialog::setNextHandler({});
        for (EditorWindow* w : EditorWindow::openWindows()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            w->close();
        }
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
        m_other.reset();
        m_archive.reset();
    }

    // The acceptance test: sections picked from both versions are all saved,
    // as the next revision after theirs.
    void sectionsFromBothAreSavedAsTheNextRevision()
    {
        EditorWindow* w = openAndLetTheOtherSave();
        editMineUntilTheSaveConflicts(w);

        bool shown = false;
        ConflictDialog::setNextHandler([&](ConflictDialog* d) {
            shown = true;
            QStringList labels;
            for (const MergeSection& s : d->sections())
                labels << s.label;
            // Each changed section once: title, summary, impact description, a1, a2.
            QCOMPARE(labels, (QStringList{QStringLiteral("Title"), QStringLiteral("Summary"),
                                          QStringLiteral("Impact Description"), QStringLiteral("Action item a1"),
                                          QStringLiteral("Action item a2")}));
            const int title = rowWithLabel(d, QStringLiteral("Title"));
            // Side by side, as plain text: their markup is shown, not rendered.
            auto* theirText = child<QLabel>(d, QStringLiteral("theirsText%1").arg(title));
            QCOMPARE(theirText->textFormat(), Qt::PlainText);
            QCOMPARE(theirText->text(), QStringLiteral("<b>Their</b> title & more"));
            // Its tooltip (a tooltip takes markup) shows the text too, escaped.
            const QString tip = d->theirsButton(title)->toolTip();
            QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Their&lt;/b&gt;")) && tip.contains(QStringLiteral("&amp;")),
                     qPrintable(tip));
            QCOMPARE(child<QLabel>(d, QStringLiteral("mineText%1").arg(title))->text(), exampleCoe().title);
            // Suggested from the base (the revision this window opened): theirs where only
            // they changed it (title, a1), mine where only I did (summary, a2) or both did.
            const int impact = rowWithLabel(d, QStringLiteral("Impact Description"));
            const int a1 = rowWithLabel(d, QStringLiteral("Action item a1"));
            for (int i = 0; i < d->sections().size(); ++i)
                QCOMPARE(d->theirsButton(i)->isChecked(), i == title || i == a1);
            // Mine for the title (a click), theirs for the impact (the keyboard), a1 stays theirs.
            QRadioButton* radio = d->mineButton(title);
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2)); // on its circle
            QVERIFY(d->mineButton(title)->isChecked());
            QVERIFY(!d->theirsButton(title)->isChecked());
            d->theirsButton(impact)->setFocus();
            QTest::keyClick(d->theirsButton(impact), Qt::Key_Space);
            QVERIFY(d->theirsButton(impact)->isChecked());
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveMergedButton")), Qt::LeftButton);
        });
        clickBannerAction(w);
        QVERIFY(shown);

        // The archive (read by the other process) holds both choices.
        auto* banner = child<QWidget>(w, QStringLiteral("saveBanner"));
        QTRY_VERIFY(!banner->isVisible());
        CoeRepository other(*m_other);
        const Coe saved = *other.load(m_uuid);
        QCOMPARE(saved.revision, 3);
        QCOMPARE(saved.title, exampleCoe().title);                                   // mine, chosen
        QCOMPARE(saved.summary, QStringLiteral("My summary, typed."));               // mine
        QCOMPARE(saved.impact.description, QStringLiteral("Their impact description.")); // theirs, chosen
        QCOMPARE(saved.actionItems[0].owner, QStringLiteral("Their Owner"));         // theirs, suggested
        QVERIFY(saved.actionItems[1].status == ActionStatus::Done);                 // mine
        QCOMPARE(w->document()->coe().revision, 3);

        // The editor shows the result, and Undo names the step.
        QCOMPARE(child<QLineEdit>(w, QStringLiteral("titleLineEdit"))->text(), saved.title);
        QCOMPARE(child<QAction>(w, QStringLiteral("actionUndo"))->text(), QStringLiteral("&Undo Resolve Conflict"));
        QVERIFY(w->document()->coe().sameContent(saved));
    }

    void cancelKeepsMyEditsAndSavesNothing()
    {
        EditorWindow* w = openAndLetTheOtherSave();
        editMineUntilTheSaveConflicts(w);
        ConflictDialog::setNextHandler([](ConflictDialog* d) {
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("takeAllTheirsButton")), Qt::LeftButton);
            QTest::keyClick(d, Qt::Key_Escape);
        });
        clickBannerAction(w);
        QCOMPARE(w->document()->coe().summary, QStringLiteral("My summary, typed."));
        QCOMPARE(w->document()->coe().title, exampleCoe().title);
        QVERIFY(child<QWidget>(w, QStringLiteral("saveBanner"))->isVisible());
        CoeRepository other(*m_other);
        QCOMPARE(other.load(m_uuid)->revision, 2);
        QCOMPARE(other.load(m_uuid)->summary, exampleCoe().summary);
    }

    void aSaveInBetweenIsOneMoreConflict()
    {
        EditorWindow* w = openAndLetTheOtherSave();
        editMineUntilTheSaveConflicts(w);
        ConflictDialog::setNextHandler([this](ConflictDialog* d) {
            // While the dialog is open, the other process saves once more.
            CoeRepository other(*m_other);
            Coe again = *other.load(m_uuid);
            again.problem = QStringLiteral("Changed again.");
            QVERIFY(other.save(again).ok());
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveMyVersionButton")), Qt::LeftButton);
        });
        clickBannerAction(w);
        // Not overwritten: the save reports a conflict again.
        QCOMPARE(w->autoSaver()->lastStatus(), SaveResult::Status::Conflict);
        QVERIFY(child<QWidget>(w, QStringLiteral("saveBanner"))->isVisible());
        CoeRepository other(*m_other);
        QCOMPARE(other.load(m_uuid)->revision, 3);
        QCOMPARE(other.load(m_uuid)->problem, QStringLiteral("Changed again."));
        QCOMPARE(w->document()->coe().summary, QStringLiteral("My summary, typed."));

        // Resolved the second time: Save My Version keeps mine everywhere.
        ConflictDialog::setNextHandler([](ConflictDialog* d) {
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveMyVersionButton")), Qt::LeftButton);
        });
        clickBannerAction(w);
        QTRY_VERIFY(!child<QWidget>(w, QStringLiteral("saveBanner"))->isVisible());
        const Coe saved = *other.load(m_uuid);
        QCOMPARE(saved.revision, 4);
        QCOMPARE(saved.summary, QStringLiteral("My summary, typed."));
        QCOMPARE(saved.title, exampleCoe().title);
        QCOMPARE(saved.problem, exampleCoe().problem);
    }

    // --- three-way: the base is the revision the window opened -------------------

    // Their title, impact and a1; my summary and a2: nothing to choose, both kept.
    void editsToDifferentSectionsMergeWithNothingToChoose()
    {
        EditorWindow* w = openAndLetTheOtherSave();
        editMineUntilTheSaveConflicts(w, false);
        bool shown = false;
        ConflictDialog::setNextHandler([&](ConflictDialog* d) {
            // Every difference is listed, so the user sees what comes in.
            QStringList labels;
            for (const MergeSection& s : d->sections())
                labels << s.label;
            QCOMPARE(labels, (QStringList{QStringLiteral("Title"), QStringLiteral("Summary"),
                                          QStringLiteral("Impact Description"), QStringLiteral("Action item a1"),
                                          QStringLiteral("Action item a2")}));
            const QStringList theirs{QStringLiteral("Title"), QStringLiteral("Impact Description"),
                                     QStringLiteral("Action item a1")};
            for (int i = 0; i < labels.size(); ++i) {
                const bool byThem = theirs.contains(labels[i]);
                QCOMPARE(d->theirsButton(i)->isChecked(), byThem);
                auto* change = d->findChild<QLabel*>(QStringLiteral("conflictChangeLabel%1").arg(i));
                QVERIFY(change);
                QCOMPARE(change->text(), byThem ? QStringLiteral("Changed by them") : QStringLiteral("Changed by you"));
                QVERIFY(!d->findChild<QLabel*>(QStringLiteral("conflictBothIcon%1").arg(i)));
            }
            auto* suggestion = d->findChild<QLabel*>(QStringLiteral("conflictSuggestionLabel"));
            QVERIFY(suggestion);
            QVERIFY(suggestion->text().contains(QStringLiteral("No section was changed by both")));
            shown = true;
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveMergedButton")), Qt::LeftButton);
        });
        clickBannerAction(w);
        QVERIFY(shown);
        QTRY_VERIFY(!child<QWidget>(w, QStringLiteral("saveBanner"))->isVisible());
        CoeRepository other(*m_other);
        const Coe saved = *other.load(m_uuid);
        QCOMPARE(saved.revision, 3);
        QCOMPARE(saved.title, QStringLiteral("<b>Their</b> title & more"));
        QCOMPARE(saved.impact.description, QStringLiteral("Their impact description."));
        QCOMPARE(saved.actionItems[0].owner, QStringLiteral("Their Owner"));
        QCOMPARE(saved.summary, QStringLiteral("My summary, typed."));
        QVERIFY(saved.actionItems[1].status == ActionStatus::Done);
        QVERIFY(w->document()->coe().sameContent(saved));
    }

    void sameSectionChangedByBothIsFlaggedAndKeepsMine()
    {
        EditorWindow* w = openAndLetTheOtherSave();
        editMineUntilTheSaveConflicts(w); // the impact description: by both
        bool shown = false;
        ConflictDialog::setNextHandler([&](ConflictDialog* d) {
            const int impact = rowWithLabel(d, QStringLiteral("Impact Description"));
            QVERIFY(impact >= 0);
            QVERIFY(d->mineButton(impact)->isChecked());
            // Said in words, with an icon, a tooltip and accessible text; not by colour.
            auto* change = d->findChild<QLabel*>(QStringLiteral("conflictChangeLabel%1").arg(impact));
            QVERIFY(change);
            QCOMPARE(change->text(), QStringLiteral("Changed by both"));
            QCOMPARE(change->accessibleName(), QStringLiteral("Changed by both"));
            QVERIFY(change->accessibleDescription().contains(QStringLiteral("your version is chosen")));
            QVERIFY(change->toolTip().contains(QStringLiteral("Check theirs")));
            QVERIFY(change->toolTip().contains(QStringLiteral("Before: ") + exampleCoe().impact.description.left(20)));
            auto* icon = d->findChild<QLabel*>(QStringLiteral("conflictBothIcon%1").arg(impact));
            QVERIFY(icon);
            QVERIFY(!icon->pixmap().isNull());
            QCOMPARE(d->mineButton(impact)->accessibleDescription(), QStringLiteral("Changed by both"));
            QVERIFY(child<QLabel>(d, QStringLiteral("conflictSectionLabel%1").arg(impact))->font().bold());
            for (int i = 0; i < d->sections().size(); ++i)
                if (i != impact)
                    QVERIFY(!d->findChild<QLabel*>(QStringLiteral("conflictBothIcon%1").arg(i)));
            const QString suggestion = child<QLabel>(d, QStringLiteral("conflictSuggestionLabel"))->text();
            QVERIFY(suggestion.contains(QStringLiteral("1 section")));
            QVERIFY(suggestion.contains(QStringLiteral("changed by both")));
            shown = true;
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveMergedButton")), Qt::LeftButton);
        });
        clickBannerAction(w);
        QVERIFY(shown);
        QTRY_VERIFY(!child<QWidget>(w, QStringLiteral("saveBanner"))->isVisible());
        CoeRepository other(*m_other);
        const Coe saved = *other.load(m_uuid);
        QCOMPARE(saved.impact.description, QStringLiteral("My impact description.")); // mine
        QCOMPARE(saved.title, QStringLiteral("<b>Their</b> title & more"));          // theirs alone
        QCOMPARE(saved.summary, QStringLiteral("My summary, typed."));
    }

    void rowsDeletedByThemStayDeleted()
    {
        const Coe example = exampleCoe();
        const TimelineEntry gone = example.timeline[4];
        EditorWindow* w = openAndLetTheOtherSave([](Coe& theirs) {
            theirs.timeline.removeAt(4);
            theirs.actionItems.removeAt(2); // a3
        });
        editMineUntilTheSaveConflicts(w, false);
        bool shown = false;
        ConflictDialog::setNextHandler([&](ConflictDialog* d) {
            int deleted = 0;
            for (int i = 0; i < d->sections().size(); ++i) {
                if (d->sections()[i].inTheirs)
                    continue;
                ++deleted; // listed, and their deletion is chosen
                QVERIFY(d->theirsButton(i)->isChecked());
                auto* change = d->findChild<QLabel*>(QStringLiteral("conflictChangeLabel%1").arg(i));
                QVERIFY(change);
                QCOMPARE(change->text(), QStringLiteral("Changed by them"));
            }
            QCOMPARE(deleted, 2);
            shown = true;
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveMergedButton")), Qt::LeftButton);
        });
        clickBannerAction(w);
        QVERIFY(shown);
        QTRY_VERIFY(!child<QWidget>(w, QStringLiteral("saveBanner"))->isVisible());
        CoeRepository other(*m_other);
        const Coe saved = *other.load(m_uuid);
        QCOMPARE(saved.timeline.size(), example.timeline.size() - 1);
        QVERIFY(!saved.timeline.contains(gone));
        QCOMPARE(saved.actionItems.size(), example.actionItems.size() - 1);
        for (const ActionItem& a : saved.actionItems)
            QVERIFY(a.id != QStringLiteral("a3"));
        QCOMPARE(saved.summary, QStringLiteral("My summary, typed."));
        QVERIFY(saved.actionItems[1].status == ActionStatus::Done);
    }

    void rowsAddedByMeStay()
    {
        EditorWindow* w = openAndLetTheOtherSave([](Coe& theirs) { theirs.title = QStringLiteral("Their title"); });
        TimelineEntry entry;
        entry.at = exampleCoe().timeline[3].at.addSecs(120);
        entry.text = QStringLiteral("My new entry.");
        w->document()->insertTimelineEntry(entry);
        ActionItem action;
        action.title = QStringLiteral("My new action");
        w->document()->addActionItem(action);
        waitForTheConflict(w);
        bool shown = false;
        ConflictDialog::setNextHandler([&](ConflictDialog* d) {
            QCOMPARE(d->sections().size(), 3);
            for (int i = 0; i < d->sections().size(); ++i) {
                const bool title = d->sections()[i].label == QStringLiteral("Title");
                QVERIFY(title || !d->sections()[i].inTheirs);
                QCOMPARE(d->theirsButton(i)->isChecked(), title);
                auto* change = d->findChild<QLabel*>(QStringLiteral("conflictChangeLabel%1").arg(i));
                QVERIFY(change);
                QCOMPARE(change->text(), title ? QStringLiteral("Changed by them") : QStringLiteral("Changed by you"));
            }
            shown = true;
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveMergedButton")), Qt::LeftButton);
        });
        clickBannerAction(w);
        QVERIFY(shown);
        QTRY_VERIFY(!child<QWidget>(w, QStringLiteral("saveBanner"))->isVisible());
        CoeRepository other(*m_other);
        const Coe saved = *other.load(m_uuid);
        QCOMPARE(saved.title, QStringLiteral("Their title"));
        QCOMPARE(saved.timeline.size(), exampleCoe().timeline.size() + 1);
        QCOMPARE(saved.timeline[4].text, QStringLiteral("My new entry."));
        QCOMPARE(saved.actionItems.size(), exampleCoe().actionItems.size() + 1);
        QCOMPARE(saved.actionItems.last().title, QStringLiteral("My new action"));
    }

    // Two reviewers commenting at the same time: the review record is one
    // section, and neither loses a comment whichever side is chosen.
    void reviewRecordIsOneSection()
    {
        Coe theirs = exampleCoe();
        ReviewComment first;
        first.id = QStringLiteral("c1");
        first.author = QStringLiteral("Ann");
        first.text = QStringLiteral("Why 3 is thin");
        theirs.review.comments = {first};
        Coe mine = theirs;
        ReviewComment fromThem = first;
        fromThem.id = QStringLiteral("c2");
        fromThem.author = QStringLiteral("Bo");
        fromThem.text = QStringLiteral("Their comment");
        theirs.review.comments.append(fromThem);
        theirs.review.comments[0].resolved = true;
        ReviewComment fromMe = first;
        fromMe.id = QStringLiteral("c3");
        fromMe.author = QStringLiteral("Cy");
        fromMe.text = QStringLiteral("My comment");
        mine.review.comments.append(fromMe);
        ConflictDialog d(theirs, mine);
        QCOMPARE(d.sections().size(), 1);
        const int row = d.rowOf(QStringLiteral("review"));
        QCOMPARE(row, 0);
        QCOMPARE(child<QLabel>(&d, QStringLiteral("conflictSectionLabel0"))->text(), QStringLiteral("Review record"));
        QVERIFY(child<QLabel>(&d, QStringLiteral("theirsText0"))->text().contains(QStringLiteral("Their comment")));
        QVERIFY(child<QLabel>(&d, QStringLiteral("mineText0"))->text().contains(QStringLiteral("My comment")));
        QCOMPARE(d.choice(0), MergeChoice::Mine);
        for (const MergeChoice choice : {MergeChoice::Mine, MergeChoice::Theirs}) {
            d.setChoice(0, choice);
            const Review merged = d.merged().review;
            QCOMPARE(merged.comments.size(), 3);
            QCOMPARE(merged.unresolvedComments(), 2); // c1 stays resolved
        }
    }

    void dialogButtonsAndKeys()
    {
        Coe theirs = exampleCoe();
        Coe mine = theirs;
        theirs.title = QStringLiteral("Theirs");
        theirs.timeline.removeLast();
        mine.owner = QStringLiteral("Me");
        mine.whys[0].because = QStringLiteral("Mine\nover two lines");
        ConflictDialog d(theirs, mine);
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QCOMPARE(d.sections().size(), 4);
        QVERIFY(child<QLabel>(&d, QStringLiteral("conflictCountLabel"))->text().startsWith(QStringLiteral("4 section")));
        // A row only theirs lacks says so.
        const int entry = rowWithLabel(&d, d.sections()[3].part == MergeSection::Part::Timeline
                                               ? d.sections()[3].label
                                               : d.sections()[2].label);
        QVERIFY(entry >= 0);
        QVERIFY(child<QLabel>(&d, QStringLiteral("theirsText%1").arg(entry))->text().startsWith(
            QStringLiteral("(not in their version")));
        // The keyboard reaches the choices, and Alt+T / Alt+M take all.
        QCOMPARE(QApplication::focusWidget(), d.mineButton(0));
        // (a mnemonic animates the click: it lands a moment later)
        QTest::keyClick(&d, 't', Qt::AltModifier);
        for (int i = 0; i < d.sections().size(); ++i)
            QTRY_COMPARE(d.choice(i), MergeChoice::Theirs);
        QTest::keyClick(&d, 'm', Qt::AltModifier);
        for (int i = 0; i < d.sections().size(); ++i)
            QTRY_COMPARE(d.choice(i), MergeChoice::Mine);
        QCOMPARE(d.merged().owner, QStringLiteral("Me"));
        QCOMPARE(d.merged().timeline.size(), exampleCoe().timeline.size());
        // Tab goes from row to row (one stop each); an arrow key changes the choice.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), d.theirsButton(1)); // the next row
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), d.mineButton(0)); // the row's chosen button
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), d.theirsButton(0));
        QCOMPARE(d.choice(0), MergeChoice::Theirs);
        // A click on a version's text chooses it too.
        auto* mineText = child<QLabel>(&d, QStringLiteral("mineText0"));
        QTest::mouseClick(mineText, Qt::LeftButton);
        QCOMPARE(d.choice(0), MergeChoice::Mine);
        QVERIFY(!child<QLabel>(&d, QStringLiteral("theirsText0"))->isEnabled()); // the other is greyed
        QTest::mouseClick(child<QLabel>(&d, QStringLiteral("theirsText0")), Qt::LeftButton);
        QCOMPARE(d.choice(0), MergeChoice::Theirs);
        QVERIFY(!mineText->isEnabled());
        QCOMPARE(d.merged().title, QStringLiteral("Theirs"));
        QCOMPARE(d.merged().owner, QStringLiteral("Me"));
        // Enter saves (the default button); Escape cancels.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestConflictDialog)
#include "TestConflictDialog.moc"
