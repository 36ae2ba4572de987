// SPDX-License-Identifier: MIT
#include "document/AutoSaver.h"
#include "document/CoeDocument.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

class TestAutoSaver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<CoeRepository> m_repository;
    Coe m_stored;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("a-%1.sqlite").arg(QTest::currentTestFunction())),
                                  Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        m_repository = std::make_unique<CoeRepository>(*m_archive);
        m_stored = makeNewCoe(QStringLiteral("Checkout failed"));
        QVERIFY(m_repository->save(m_stored).ok());
        QCOMPARE(m_stored.revision, 1);
    }
    void cleanup()
    {
        m_repository.reset();
        m_archive.reset();
    }

    void savesAfterTheLastEdit()
    {
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        saver.setDelay(60000); // long enough never to fire while the test looks at it
        saver.setMaxWait(120000);
        QSignalSpy saved(&saver, &AutoSaver::saved);
        QCOMPARE(saver.state(), AutoSaver::State::Saved);
        QCOMPARE(saver.delayRemaining(), -1);
        doc.setTitle(QStringLiteral("Checkout failed for 69 minutes"));
        QCOMPARE(saver.state(), AutoSaver::State::Pending);
        QVERIFY(saver.timerActive());
        QVERIFY(saver.hasUnsavedChanges());
        // Typing again restarts the delay: once time has passed, a new edit
        // puts the save further off again.
        QTRY_VERIFY(saver.delayRemaining() < 60000 - 20);
        const int before = saver.delayRemaining();
        doc.setSummary(QStringLiteral("It broke."));
        QVERIFY(saver.delayRemaining() > before);
        QCOMPARE(saved.size(), 0);
        // With a short delay the save comes by itself.
        saver.setDelay(150);
        doc.setSummary(QStringLiteral("It broke badly."));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saver.state(), AutoSaver::State::Saved);
        QVERIFY(!saver.timerActive());
        QVERIFY(!saver.hasUnsavedChanges());
        QVERIFY(saver.lastSavedAt().isValid());
        QCOMPARE(doc.coe().revision, 2);
        const auto loaded = m_repository->load(m_stored.uuid);
        QVERIFY(loaded);
        QVERIFY(loaded->sameContent(doc.coe()));
        QCOMPARE(loaded->title, QStringLiteral("Checkout failed for 69 minutes"));
        QCOMPARE(loaded->summary, QStringLiteral("It broke badly."));
    }

    void maxWaitIsNotRestartedByTyping()
    {
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        QCOMPARE(saver.maxWait(), AutoSaver::kDefaultMaxWaitMs);
        saver.setDelay(60000);
        saver.setMaxWait(60000);
        doc.setSummary(QStringLiteral("a"));
        QVERIFY(saver.maxWaitTimerActive());
        QTRY_VERIFY(saver.maxWaitRemaining() < 60000 - 20);
        const int maxBefore = saver.maxWaitRemaining();
        const int delayBefore = saver.delayRemaining();
        doc.setSummary(QStringLiteral("ab"));
        // The delay starts again; the deadline set by the first change does not move.
        QVERIFY(saver.delayRemaining() > delayBefore);
        QVERIFY(saver.maxWaitRemaining() <= maxBefore);
        QVERIFY(saver.saveNow());
        QVERIFY(!saver.maxWaitTimerActive());
        // The next unsaved change starts a new deadline.
        doc.setOwner(QStringLiteral("Dana"));
        QVERIFY(saver.maxWaitTimerActive());
        QVERIFY(saver.maxWaitRemaining() > maxBefore);
    }

    void continuousTypingIsSavedWithinTheMaxWait()
    {
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        saver.setDelay(60000); // the debounce alone would wait for a pause that never comes
        saver.setMaxWait(150);
        QSignalSpy saved(&saver, &AutoSaver::saved);
        QString text;
        int typedAtFirstSave = -1;
        // Keystrokes every 10 ms, never a pause; bounded by keystrokes, not by a clock.
        for (int i = 0; i < 3000 && saved.size() < 2; ++i) {
            text += QLatin1Char('x');
            doc.setSummary(text);
            if (saved.size() == 1 && typedAtFirstSave < 0)
                typedAtFirstSave = int(text.size());
            QTest::qWait(10);
        }
        QCOMPARE(saved.size(), 2); // saved while the typing went on, and again after
        QVERIFY(typedAtFirstSave > 0);
        const auto loaded = m_repository->load(m_stored.uuid);
        QVERIFY(loaded);
        QVERIFY(loaded->summary.size() >= typedAtFirstSave);
        QVERIFY(loaded->summary.size() <= text.size());
    }

    void saveNowAndNothingToSave()
    {
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        QVERIFY(saver.saveNow()); // nothing to save: fine, no write
        QCOMPARE(m_repository->revision(m_stored.uuid), 1);
        doc.setOwner(QStringLiteral("Dana"));
        QVERIFY(saver.saveNow());
        QVERIFY(!saver.timerActive());
        QCOMPARE(m_repository->revision(m_stored.uuid), 2);
        // Undo is a change too, and gets saved.
        doc.undoStack()->undo();
        QVERIFY(saver.hasUnsavedChanges());
        QVERIFY(saver.saveNow());
        QVERIFY(m_repository->load(m_stored.uuid)->owner.isEmpty());
    }

    void conflictKeepsEditsAndOverwriteResolves()
    {
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        // Someone else saves the COE meanwhile.
        Coe other = m_stored;
        other.title = QStringLiteral("Their title");
        QVERIFY(m_repository->save(other).ok());
        doc.setSummary(QStringLiteral("My long careful summary."));
        QSignalSpy state(&saver, &AutoSaver::stateChanged);
        QVERIFY(!saver.saveNow());
        QCOMPARE(saver.state(), AutoSaver::State::Failed);
        QCOMPARE(saver.lastStatus(), SaveResult::Status::Conflict);
        QVERIFY(!saver.lastError().isEmpty());
        QVERIFY(saver.hasUnsavedChanges());
        QCOMPARE(doc.coe().summary, QStringLiteral("My long careful summary."));
        // A later edit does not hide the failure.
        doc.setSummary(QStringLiteral("My long careful summary, still."));
        QCOMPARE(saver.state(), AutoSaver::State::Failed);
        QVERIFY(saver.overwrite());
        QCOMPARE(saver.state(), AutoSaver::State::Saved);
        QCOMPARE(m_repository->load(m_stored.uuid)->summary, QStringLiteral("My long careful summary, still."));
    }

    // The base of a three-way merge: the stored revision this document started from.
    void baseIsTheLastStoredRevision()
    {
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        QVERIFY(saver.base());
        QVERIFY(saver.base()->sameContent(m_stored));
        QCOMPARE(saver.base()->revision, 1);
        doc.setTitle(QStringLiteral("Mine, saved"));
        QVERIFY(saver.base()->sameContent(m_stored)); // an edit is not stored yet
        QVERIFY(saver.saveNow());
        QCOMPARE(saver.base()->revision, 2);
        QCOMPARE(saver.base()->title, QStringLiteral("Mine, saved"));
        // A failed save (a conflict) keeps the base.
        Coe other = *m_repository->load(m_stored.uuid);
        other.summary = QStringLiteral("Their summary");
        QVERIFY(m_repository->save(other).ok());
        doc.setTitle(QStringLiteral("Mine, conflicting"));
        QVERIFY(!saver.saveNow());
        QCOMPARE(saver.base()->revision, 2);
        QCOMPARE(saver.base()->title, QStringLiteral("Mine, saved"));
        // Resolved over their revision: that is the base, and the next save goes over it.
        saver.rebase(other);
        QCOMPARE(doc.coe().revision, 3);
        QCOMPARE(saver.base()->summary, QStringLiteral("Their summary"));
        QVERIFY(saver.saveNow());
        QCOMPARE(saver.base()->revision, 4);
        QCOMPARE(saver.base()->title, QStringLiteral("Mine, conflicting"));
        // A document never stored has no base.
        CoeDocument fresh(makeNewCoe(QStringLiteral("New")));
        AutoSaver freshSaver(&fresh, m_repository.get());
        QVERIFY(!freshSaver.base());
    }

    void readOnlyArchiveFails()
    {
        const QString path = m_archive->path();
        m_repository.reset();
        m_archive.reset();
        QString error;
        auto readOnly = Archive::open(path, Archive::Access::ReadOnly, &error);
        QVERIFY2(readOnly, qPrintable(error));
        CoeRepository repository(*readOnly);
        CoeDocument doc(*repository.load(m_stored.uuid));
        AutoSaver saver(&doc, &repository);
        doc.setTitle(QStringLiteral("edited"));
        QVERIFY(!saver.saveNow());
        QCOMPARE(saver.state(), AutoSaver::State::Failed);
        QCOMPARE(saver.lastStatus(), SaveResult::Status::Error);
        QVERIFY(!saver.lastError().isEmpty());
        QCOMPARE(doc.coe().title, QStringLiteral("edited"));
    }
};

QTEST_GUILESS_MAIN(TestAutoSaver)
#include "TestAutoSaver.moc"
