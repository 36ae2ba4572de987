// SPDX-License-Identifier: MIT
// Working together (issue #12), on each back end: another client's saves
// reach the archive window (row updated keeping selection and scroll, new
// COEs appear, trashed ones go) and an open editor ("Changed by NAME at
// TIME" with Show Changes and Reload); presence shows who else has the COE
// open until they close it or go stale. Two clients are two Archive objects.
#include "ExampleCoe.h"
#include "GuiSupport.h"
#include "TestSupport.h"

#include "archive/LiveRefresh.h"
#include "archive/MainWindow.h"
#include "document/TimeParser.h"
#include "editor/ConflictDialog.h"
#include "editor/EditorLiveBar.h"
#include "editor/EditorWindow.h"
#include "itemmodels/CoeTableModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/ArchivePresence.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hindsight;
using namespace hindsight::test;

class TestWorkingTogether : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Archive> m_mine;
    std::unique_ptr<Archive> m_theirs;
    int m_count = 0;
    static constexpr int kWaitMs = 5000;

    Coe stored(const QString& title)
    {
        Coe coe = exampleCoe();
        coe.uuid = QUuid::createUuid();
        coe.title = title;
        coe.revision = 0;
        if (!CoeRepository(*m_theirs).save(coe).ok())
            qFatal("cannot save %s", qPrintable(title));
        return coe;
    }

    EditorWindow* openEditor(const QUuid& uuid)
    {
        QString error;
        EditorWindow* w = EditorWindow::openCoe(*m_mine, uuid, nullptr, &error);
        if (!w)
            qFatal("cannot open the editor: %s", qPrintable(error));
        w->autoSaver()->setDelay(30);
        w->autoSaver()->setMaxWait(30);
        w->show();
        return w;
    }

    bool inTrash(const QUuid& uuid)
    {
        CoeQuery q;
        q.trash = true;
        for (const CoeRow& r : CoeCatalog(*m_mine).rows(q, QDate::currentDate(), 0, 100))
            if (r.uuid == uuid)
                return true;
        return false;
    }

    static EditorLiveBar* liveBar(EditorWindow* w) { return w->findChild<EditorLiveBar*>(QStringLiteral("liveBar")); }

private slots:
    void initTestCase_data() { addArchiveBackendRows(); }
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(Settings::instance()->setDisplayTimeZone("Europe/Madrid"));
    }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        m_location =
            freshArchiveLocation(backend, m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_count)), &error);
        QVERIFY2(!m_location.isEmpty(), qPrintable(error));
        m_mine = Archive::open(m_location, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_mine, qPrintable(error));
        m_mine->changes()->setPollInterval(50);
        m_mine->changes()->setSaver({QStringLiteral("Me"), QStringLiteral("my-host")});
        m_theirs = Archive::open(m_location, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_theirs, qPrintable(error));
        m_theirs->changes()->setSaver({QStringLiteral("Dana Ortiz"), QStringLiteral("dana-laptop")});
    }
    void cleanup()
    {
        QVERIFY(closeEditorWindows());
        MessageBox::clearNextAnswers();
        ArchivePresence::setStaleAfter(ArchivePresence::kDefaultStaleMs);
        ArchivePresence::setHeartbeatInterval(ArchivePresence::kDefaultHeartbeatMs);
        m_theirs.reset();
        m_mine.reset();
    }

    void archiveWindowFollowsOtherClients()
    {
        QList<Coe> coes;
        for (int i = 0; i < 25; ++i)
            coes << stored(QStringLiteral("COE %1").arg(i, 2, 10, QLatin1Char('0')));
        MainWindow w;
        w.resize(900, 400);
        QVERIFY(w.openArchive(m_location));
        w.show();
        w.archive()->changes()->setPollInterval(50);
        // The archive's own saves carry Settings' author name.
        QCOMPARE(w.archive()->changes()->saver().name, LiveRefresh::saverFromSettings().name);
        auto* table = w.findChild<QTableView*>(QStringLiteral("coeTableView"));
        QVERIFY(table);
        auto* model = qobject_cast<CoeTableModel*>(table->model());
        QVERIFY(model);
        model->setPageSize(10);
        w.reload();
        while (model->canFetchMore({})) // every row loaded: the list is scrolled down past the first page
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 25);
        const QUuid picked = model->rowAt(20).uuid;
        table->selectRow(20);
        table->scrollToBottom();
        QTRY_VERIFY(table->verticalScrollBar()->value() > 0);
        const int scroll = table->verticalScrollBar()->value();

        Coe changed = *CoeRepository(*m_theirs).load(picked);
        changed.title = QStringLiteral("Renamed by Dana");
        QVERIFY(CoeRepository(*m_theirs).save(changed).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(picked), CoeTableModel::TitleColumn).data().toString(),
                                  QStringLiteral("Renamed by Dana"), kWaitMs);
        QCOMPARE(model->rowCount(), 25); // the rows past the first page are still there
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).data(CoeTableModel::UuidRole).toUuid(), picked);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);

        const Coe added = stored(QStringLiteral("A new one from Dana"));
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() == 26 && model->rowOf(added.uuid) >= 0, kWaitMs);
        QVERIFY(CoeCatalog(*m_theirs).moveToTrash(added.uuid));
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() == 25 && model->rowOf(added.uuid) < 0, kWaitMs);
        QCOMPARE(table->selectionModel()->selectedRows().at(0).data(CoeTableModel::UuidRole).toUuid(), picked);
    }

    void editorBannerSaysWhoAndReloadIsUndoable()
    {
        const Coe coe = stored(QStringLiteral("Before"));
        EditorWindow* w = openEditor(coe.uuid);
        EditorLiveBar* bar = liveBar(w);
        QVERIFY(bar);
        QVERIFY(!bar->reloadButton()->isVisible());
        QSignalSpy changes(m_mine->changes(), &ArchiveChanges::coeChanged);

        Coe theirs = coe;
        theirs.title = QStringLiteral("After, by Dana");
        QVERIFY(CoeRepository(*m_theirs).save(theirs).ok());
        QTRY_VERIFY_WITH_TIMEOUT(bar->reloadButton()->isVisible(), kWaitMs);
        QCOMPARE(changes.size(), 1);
        const QDateTime at = changes.at(0).at(4).toDateTime();
        const QString when = TimeParser::format(at, QTimeZone("Europe/Madrid"));
        QVERIFY(when.endsWith(QStringLiteral("CET")) || when.endsWith(QStringLiteral("CEST")));
        QCOMPARE(bar->changedLabel()->text(), QStringLiteral("Changed by Dana Ortiz at %1").arg(when));
        QVERIFY(bar->showChangesButton()->isVisible());
        QCOMPARE(w->document()->coe().title, QStringLiteral("Before")); // nothing changes by itself

        QTest::mouseClick(bar->reloadButton(), Qt::LeftButton);
        QCOMPARE(w->document()->coe().title, QStringLiteral("After, by Dana"));
        QCOMPARE(w->document()->coe().revision, 2);
        QVERIFY(!bar->reloadButton()->isVisible());
        QCOMPARE(w->document()->undoStack()->undoText(), QStringLiteral("Reload Stored Version"));
        QVERIFY(!w->autoSaver()->hasUnsavedChanges()); // the window shows what is stored: nothing to save
        QCOMPARE(CoeRepository(*m_mine).revision(coe.uuid), 2);
        // One step back is this window's version, saved over theirs as the next revision.
        w->document()->undoStack()->undo();
        QCOMPARE(w->document()->coe().title, QStringLiteral("Before"));
        QTRY_COMPARE_WITH_TIMEOUT(CoeRepository(*m_mine).revision(coe.uuid), 3, kWaitMs);
        QCOMPARE(CoeRepository(*m_mine).load(coe.uuid)->title, QStringLiteral("Before"));
    }

    void reloadWithUnsavedEditsAsksAndOffersMerge()
    {
        const Coe coe = stored(QStringLiteral("Shared"));
        EditorWindow* w = openEditor(coe.uuid);
        w->autoSaver()->setDelay(600000); // the edit stays unsaved
        w->autoSaver()->setMaxWait(600000);
        w->document()->setSummary(QStringLiteral("My unsaved summary."));
        QVERIFY(w->autoSaver()->hasUnsavedChanges());
        Coe theirs = coe;
        theirs.title = QStringLiteral("Their title");
        QVERIFY(CoeRepository(*m_theirs).save(theirs).ok());
        EditorLiveBar* bar = liveBar(w);
        QTRY_VERIFY_WITH_TIMEOUT(bar->reloadButton()->isVisible(), kWaitMs);

        // Cancel: nothing changes.
        MessageBox::setNextChoice(2);
        QTest::mouseClick(bar->reloadButton(), Qt::LeftButton);
        QVERIFY(MessageBox::takeLastQuestion().contains(QStringLiteral("not saved yet")));
        QCOMPARE(w->document()->coe().summary, QStringLiteral("My unsaved summary."));
        QVERIFY(bar->reloadButton()->isVisible());

        // Compare and Merge…: the comparison, and its merge keeps both.
        bool compared = false;
        ConflictDialog::setNextHandler([&](ConflictDialog* d) {
            compared = true;
            QCOMPARE(d->choice(d->rowOf(QStringLiteral("field/Summary"))), MergeChoice::Mine);
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("saveMergedButton")), Qt::LeftButton);
        });
        MessageBox::setNextChoice(0);
        QTest::mouseClick(bar->reloadButton(), Qt::LeftButton);
        QVERIFY(compared);
        QCOMPARE(w->document()->coe().title, QStringLiteral("Their title"));
        QCOMPARE(w->document()->coe().summary, QStringLiteral("My unsaved summary."));
        QTRY_COMPARE_WITH_TIMEOUT(CoeRepository(*m_mine).revision(coe.uuid), 3, kWaitMs);
        QVERIFY(!bar->reloadButton()->isVisible());
    }

    void showChangesOpensTheComparison()
    {
        const Coe coe = stored(QStringLiteral("Original"));
        EditorWindow* w = openEditor(coe.uuid);
        Coe theirs = coe;
        theirs.title = QStringLiteral("Retitled elsewhere");
        QVERIFY(CoeRepository(*m_theirs).save(theirs).ok());
        EditorLiveBar* bar = liveBar(w);
        QTRY_VERIFY_WITH_TIMEOUT(bar->showChangesButton()->isVisible(), kWaitMs);
        QString shownTheirs;
        ConflictDialog::setNextHandler([&](ConflictDialog* d) {
            const int row = d->rowOf(QStringLiteral("field/Title"));
            QVERIFY(row >= 0);
            QCOMPARE(d->choice(row), MergeChoice::Theirs); // only they changed it
            shownTheirs = d->sections().at(row).theirs;
            d->reject(); // only looking
        });
        QTest::mouseClick(bar->showChangesButton(), Qt::LeftButton);
        QVERIFY(shownTheirs.contains(QStringLiteral("Retitled elsewhere")));
        QCOMPARE(w->document()->coe().title, QStringLiteral("Original"));
        QVERIFY(bar->reloadButton()->isVisible()); // still offered
    }

    void savedByShowsNamesAndHostsAsText()
    {
        // Names and hosts come from other people's settings and machines: data, never markup.
        const QString name = QStringLiteral("Dana <b>Ortiz</b>");
        const QString host = QStringLiteral("<img src=\"/tmp/hindsight-host.png\">laptop & co");
        m_theirs->changes()->setSaver({name, host});
        const Coe coe = stored(QStringLiteral("Before"));
        EditorWindow* w = openEditor(coe.uuid);
        EditorLiveBar* bar = liveBar(w);
        Coe theirs = coe;
        theirs.title = QStringLiteral("After");
        QVERIFY(CoeRepository(*m_theirs).save(theirs).ok());
        QTRY_VERIFY_WITH_TIMEOUT(bar->reloadButton()->isVisible(), kWaitMs);
        QVERIFY(bar->changedLabel()->text().startsWith(QStringLiteral("Changed by ") + name));
        QCOMPARE(bar->changedLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(shownToolTip(bar->changedLabel()->toolTip()), QStringLiteral("Saved on ") + host);
    }

    // Another client moves the open COE to the Trash: the editor says so
    // (its edits still save, into the Trash) and offers to restore it.
    void trashedElsewhereSaysSoAndRestores()
    {
        const Coe coe = stored(QStringLiteral("Being written"));
        EditorWindow* w = openEditor(coe.uuid);
        EditorLiveBar* bar = liveBar(w);
        QVERIFY(!bar->restoreButton()->isVisible());
        QVERIFY(CoeCatalog(*m_theirs).moveToTrash(coe.uuid));
        QTRY_VERIFY_WITH_TIMEOUT(bar->restoreButton()->isVisible(), kWaitMs);
        QVERIFY(bar->changedLabel()->text().contains(QStringLiteral("Trash")));
        QVERIFY(!bar->reloadButton()->isVisible());
        QVERIFY(!bar->showChangesButton()->isVisible());
        // Typing goes on being saved, into the Trash.
        w->document()->setSummary(QStringLiteral("Typed after the move."));
        QTRY_COMPARE_WITH_TIMEOUT(CoeRepository(*m_mine).load(coe.uuid)->summary, QStringLiteral("Typed after the move."),
                                  kWaitMs);
        QVERIFY(inTrash(coe.uuid));

        QTest::mouseClick(bar->restoreButton(), Qt::LeftButton);
        QVERIFY(!inTrash(coe.uuid));
        QVERIFY(!bar->restoreButton()->isVisible());
        QVERIFY(bar->changedLabel()->text().isEmpty() || !bar->changedLabel()->isVisible());

        // Restored by them instead: the banner goes by itself.
        QVERIFY(CoeCatalog(*m_theirs).moveToTrash(coe.uuid));
        QTRY_VERIFY_WITH_TIMEOUT(bar->restoreButton()->isVisible(), kWaitMs);
        QVERIFY(CoeCatalog(*m_theirs).restore(coe.uuid));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->restoreButton()->isVisible(), kWaitMs);
    }

    // Issue #13: a window closed after changes leaves a version ("close",
    // by this archive's author); one closed without changes leaves none.
    void closingAfterChangesLeavesAVersion()
    {
        const Coe coe = stored(QStringLiteral("Versioned"));
        EditorWindow* w = openEditor(coe.uuid);
        QVERIFY(w->close()); // no change: no version
        QCOMPARE(CoeVersions(*m_mine).list(coe.uuid).size(), 0);
        w = openEditor(coe.uuid);
        // The first save of a session is a version (the newest is over 10 minutes old: none yet) ...
        w->document()->setTitle(QStringLiteral("Versioned, edited"));
        QTRY_COMPARE_WITH_TIMEOUT(CoeVersions(*m_mine).list(coe.uuid).size(), 1, kWaitMs);
        QVERIFY(CoeVersions(*m_mine).list(coe.uuid).at(0).reason == VersionReason::Periodic);
        // ... later autosaves are not, and closing records the last state.
        w->document()->setTitle(QStringLiteral("Versioned, edited twice"));
        QTRY_COMPARE_WITH_TIMEOUT(CoeRepository(*m_mine).load(coe.uuid)->title, QStringLiteral("Versioned, edited twice"),
                                  kWaitMs);
        QCOMPARE(CoeVersions(*m_mine).list(coe.uuid).size(), 1);
        QVERIFY(w->close());
        const QList<CoeVersionInfo> versions = CoeVersions(*m_mine).list(coe.uuid);
        QCOMPARE(versions.size(), 2);
        QVERIFY(versions.at(1).reason == VersionReason::Close);
        QCOMPARE(versions.at(1).author, QStringLiteral("Me"));
        QCOMPARE(CoeVersions(*m_mine).load(coe.uuid, 2)->title, QStringLiteral("Versioned, edited twice"));
    }

    void ownSavesShowNoBanner()
    {
        const Coe coe = stored(QStringLiteral("Mine to edit"));
        const Coe other = stored(QStringLiteral("Someone else's"));
        EditorWindow* w = openEditor(coe.uuid);
        EditorLiveBar* bar = liveBar(w);
        QSignalSpy any(m_mine->changes(), &ArchiveChanges::archiveChanged);
        w->document()->setSummary(QStringLiteral("Saved by this window."));
        QTRY_COMPARE_WITH_TIMEOUT(CoeRepository(*m_mine).revision(coe.uuid), 2, kWaitMs);
        Coe again = *CoeRepository(*m_mine).load(other.uuid); // another save through this archive
        QVERIFY(CoeRepository(*m_mine).save(again).ok());
        // Then a foreign save of another COE: the feed has run past the own ones.
        Coe theirs = other;
        theirs.revision = again.revision;
        theirs.title = QStringLiteral("Changed by Dana");
        QVERIFY(CoeRepository(*m_theirs).save(theirs).ok());
        QTRY_VERIFY_WITH_TIMEOUT(any.size() >= 1, kWaitMs);
        QVERIFY(!bar->reloadButton()->isVisible());
        QVERIFY(bar->changedLabel()->text().isEmpty());
    }

    void presenceShowsOtherSessionsUntilTheyGo()
    {
        const Coe coe = stored(QStringLiteral("Open twice"));
        EditorWindow* w = openEditor(coe.uuid);
        EditorLiveBar* bar = liveBar(w);
        QVERIFY(!bar->presenceLabel()->isVisible());
        {
            ArchivePresence theirs(*m_theirs, coe.uuid);
            QVERIFY(theirs.join());
            QTRY_VERIFY_WITH_TIMEOUT(bar->presenceLabel()->isVisible(), kWaitMs);
            QCOMPARE(bar->presenceLabel()->text(), QStringLiteral("Also open by Dana Ortiz (dana-laptop)"));
            // They see this window too, under this archive's saver.
            const QList<ArchivePresence::Session> seen = theirs.others();
            QCOMPARE(seen.size(), 1);
            QCOMPARE(seen.at(0).name, QStringLiteral("Me"));
            QCOMPARE(seen.at(0).sessionId, bar->presence().sessionId());
        } // they close the COE
        QTRY_VERIFY_WITH_TIMEOUT(!bar->presenceLabel()->isVisible(), kWaitMs);

        // Closing the editor removes its session.
        ArchivePresence watcher(*m_theirs, coe.uuid);
        QCOMPARE(watcher.others().size(), 1);
        QVERIFY(closeEditorWindows());
        QCOMPARE(watcher.others().size(), 0);
    }

    void staleSessionGoesAway()
    {
        ArchivePresence::setStaleAfter(400);
        ArchivePresence::setHeartbeatInterval(50);
        const Coe coe = stored(QStringLiteral("Crashed elsewhere"));
        EditorWindow* w = openEditor(coe.uuid);
        EditorLiveBar* bar = liveBar(w);
        auto crashed = std::make_unique<ArchivePresence>(*m_theirs, coe.uuid);
        QVERIFY(crashed->join());
        QTRY_VERIFY_WITH_TIMEOUT(bar->presenceLabel()->isVisible(), kWaitMs);
        // It never heartbeats again (and never leaves): stale, then gone.
        QTRY_VERIFY_WITH_TIMEOUT(!bar->presenceLabel()->isVisible(), kWaitMs);
        // The editor's own heartbeat keeps it visible to others.
        ArchivePresence watcher(*m_theirs, coe.uuid);
        QTest::qWait(600);
        QCOMPARE(watcher.others().size(), 1);
    }
};

QTEST_MAIN(TestWorkingTogether)
#include "TestWorkingTogether.moc"
