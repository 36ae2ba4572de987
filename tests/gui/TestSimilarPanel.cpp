// SPDX-License-Identifier: MIT
#include "GuiSupport.h"
#include "TestSupport.h"
#include "editor/EditorWindow.h"
#include "editor/SimilarLookup.h"
#include "editor/pages/RelatedPage.h"
#include "editor/pages/SimilarPanel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/SimilarCoes.h"
#include "document/TimeParser.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hindsight;
using namespace hindsight::test;

// "Has this happened before?" in the editor (issue #14): the Related step's
// panel and the header's notice, on both back ends.
class TestSimilarPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    static constexpr int kWaitMs = 10000;

    Coe past(const QString& title, const QStringList& services)
    {
        Coe c = makeNewCoe(title);
        c.services = services;
        if (!CoeRepository(*m_archive).save(c).ok())
            qFatal("cannot save");
        return c;
    }

    static SimilarPanel* panel(EditorWindow* w)
    {
        return static_cast<RelatedPage*>(w->page(EditorWindow::RelatedPage))->similarPanel();
    }

    static QStringList shown(EditorWindow* w)
    {
        QStringList out;
        QTreeWidget* list = panel(w)->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            out << list->topLevelItem(i)->text(0);
        return out;
    }

    static void select(EditorWindow* w, const QString& title)
    {
        QTreeWidget* list = panel(w)->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == title)
                list->setCurrentItem(list->topLevelItem(i));
    }

private slots:
    void initTestCase_data() { addArchiveBackendRows(); }
    void initTestCase() { Settings::installTemporaryInstance(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        m_archive = openFreshArchive(backend, m_dir.path(), &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup()
    {
        QVERIFY(closeEditorWindows());
        m_archive.reset();
    }

    // Add as Related is one undo step; Not Related hides the COE, persists
    // (reopened, it stays hidden) and Undo offers it again.
    void addAsRelatedAndNotRelated()
    {
        const Coe failover = past(QStringLiteral("Payments failover timeout"), {QStringLiteral("payments")});
        const Coe ledger = past(QStringLiteral("Ledger batch late"), {QStringLiteral("payments")});
        past(QStringLiteral("Unrelated CDN thing"), {QStringLiteral("cdn")});
        Coe current = makeNewCoe(QStringLiteral("Payments failover timeout again"));
        current.services = {QStringLiteral("payments")};
        EditorWindow* w = openSavedCoe(*m_archive, current, EditorWindow::SummaryPage);
        w->similarLookup()->setDelay(100);
        QTRY_COMPARE_WITH_TIMEOUT(shown(w), (QStringList{failover.title, ledger.title}), kWaitMs);
        // The header says so and goes to the Related step, the list focused.
        QVERIFY(w->similarNotice()->isVisible());
        QVERIFY(w->similarNotice()->text().startsWith(QStringLiteral("2 similar past COE")));
        QTest::mouseClick(w->similarNotice(), Qt::LeftButton);
        QCOMPARE(w->currentPage(), int(EditorWindow::RelatedPage));
        QCOMPARE(QApplication::focusWidget(), panel(w)->list());
        QVERIFY(panel(w)->list()->topLevelItem(0)->text(3).contains(QStringLiteral("same service payments")));

        // Add as Related: one undo step, and it leaves the list.
        CoeDocument* doc = w->document();
        const int steps = doc->undoStack()->count();
        select(w, failover.title);
        QTest::mouseClick(panel(w)->findChild<QPushButton*>(QStringLiteral("addSimilarAsRelatedButton")),
                          Qt::LeftButton);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->coe().related.size(), 1);
        QCOMPARE(QUuid::fromString(doc->coe().related[0].uuid), failover.uuid);
        QCOMPARE(doc->coe().related[0].title, failover.title);
        QCOMPARE(shown(w), QStringList{ledger.title});
        QTest::qWait(300); // the lookup after the edit agrees
        QTRY_VERIFY_WITH_TIMEOUT(!w->similarLookup()->isLooking(), kWaitMs);
        QCOMPARE(shown(w), QStringList{ledger.title});
        doc->undoStack()->undo();
        QCOMPARE(doc->coe().related.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown(w), (QStringList{failover.title, ledger.title}), kWaitMs);

        // Not Related: hidden, stored for this COE, Undo brings it back.
        select(w, ledger.title);
        QPushButton* notRelated = panel(w)->findChild<QPushButton*>(QStringLiteral("notRelatedButton"));
        QTest::mouseClick(notRelated, Qt::LeftButton);
        QCOMPARE(shown(w), QStringList{failover.title});
        QCOMPARE(SimilarCoes(*m_archive).notRelated(current.uuid), QList<QUuid>{ledger.uuid});
        QCOMPARE(doc->undoStack()->count(), steps + 1); // not an edit of the COE
        QPushButton* undo = panel(w)->findChild<QPushButton*>(QStringLiteral("undoNotRelatedButton"));
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(SimilarCoes(*m_archive).notRelated(current.uuid).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shown(w), (QStringList{failover.title, ledger.title}), kWaitMs);

        // Hidden again, the window closed and opened again: still hidden.
        select(w, ledger.title);
        QTest::mouseClick(notRelated, Qt::LeftButton);
        QVERIFY(closeEditorWindows());
        QString error;
        w = EditorWindow::openCoe(*m_archive, current.uuid, nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!w->similarLookup()->isLooking(), kWaitMs);
        QCOMPARE(shown(w), QStringList{failover.title});
        QVERIFY(w->similarNotice()->text().startsWith(QStringLiteral("1 similar past COE")));
    }

    // Typing starts no lookup per keystroke: one once typing pauses; an edit
    // of something the lookup does not read starts none.
    void incidentTimeInTheCoesOwnZone()
    {
        // The archive window's habit: an instant in the COE's own zone, with
        // date, time and zone (03:00 UTC on 8 March is the 7th in Los Angeles).
        Coe old = makeNewCoe(QStringLiteral("Payments failover timeout"));
        old.services = {QStringLiteral("payments")};
        old.displayTimeZone = QTimeZone("America/Los_Angeles");
        TimelineEntry e;
        e.at = QDateTime(QDate(2024, 3, 8), QTime(3, 0), QTimeZone::utc());
        e.text = QStringLiteral("Errors rose.");
        e.milestone = Milestone::ImpactStart;
        old.timeline = {e};
        QVERIFY(CoeRepository(*m_archive).save(old).ok());
        Coe current = makeNewCoe(QStringLiteral("Payments failover timeout again"));
        current.services = {QStringLiteral("payments")};
        EditorWindow* w = openSavedCoe(*m_archive, current, EditorWindow::SummaryPage);
        w->similarLookup()->setDelay(100);
        QTRY_COMPARE_WITH_TIMEOUT(shown(w), QStringList{old.title}, kWaitMs);
        const QString shownAt = panel(w)->list()->topLevelItem(0)->text(2);
        QCOMPARE(shownAt, TimeParser::format(e.at, old.displayTimeZone));
        QVERIFY2(shownAt.startsWith(QStringLiteral("2024-03-07 19:00")), qPrintable(shownAt));
    }

    void typingIsDebounced()
    {
        past(QStringLiteral("Payments failover timeout"), {QStringLiteral("payments")});
        Coe current = makeNewCoe(QStringLiteral("Something"));
        EditorWindow* w = openSavedCoe(*m_archive, current, EditorWindow::SummaryPage);
        SimilarLookup* lookup = w->similarLookup();
        QCOMPARE(lookup->lookupsStarted(), 1); // at once on opening
        QTRY_VERIFY_WITH_TIMEOUT(!lookup->isLooking(), kWaitMs);
        QVERIFY(shown(w).isEmpty());
        QVERIFY(!w->similarNotice()->isVisible());
        lookup->setDelay(400);

        auto* title = w->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
        QVERIFY(title);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Payments failover"));
        QCOMPARE(w->document()->coe().title, QStringLiteral("Payments failover"));
        QCOMPARE(lookup->lookupsStarted(), 1); // 17 keystrokes, no lookup yet
        QTRY_COMPARE_WITH_TIMEOUT(lookup->lookupsStarted(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!lookup->isLooking(), kWaitMs);
        QCOMPARE(shown(w), QStringList{QStringLiteral("Payments failover timeout")});
        QTest::qWait(800);
        QCOMPARE(lookup->lookupsStarted(), 2);

        // The owner is not something the lookup reads.
        auto* owner = w->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"));
        QVERIFY(owner);
        owner->setFocus();
        QTest::keyClicks(owner, QStringLiteral("Dana"));
        QTest::qWait(800);
        QCOMPARE(lookup->lookupsStarted(), 2);
    }
};

QTEST_MAIN(TestSimilarPanel)
#include "TestSimilarPanel.moc"
