// SPDX-License-Identifier: MIT
// View ▸ History in the editor: the list of versions, the section-by-section
// difference, Restore as one undoable edit recorded as a version, and the
// banner when a version cannot be recorded. Every test runs on both back ends.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "archive/LiveRefresh.h"
#include "domain/DisplayNames.h"
#include "editor/EditorWindow.h"
#include "editor/HistoryDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hindsight;
using hindsight::test::exampleCoe;

namespace {

const QString kOldSummaryWord = QStringLiteral("quickly");
const QString kNewSummaryWord = QStringLiteral("eventually");
const QString kNewEntry = QStringLiteral("Rollback of the config push finished");
const QString kMarkupTitle = QStringLiteral("<img src=\"file:///tmp/history-test.png\"> <b>Bold</b> title");

// The character format of the first fragment of `doc` that holds `text`.
std::optional<QTextCharFormat> formatOf(const QTextDocument* doc, const QString& text)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.text().contains(text))
                return f.charFormat();
        }
    }
    return std::nullopt;
}

bool hasImage(const QTextDocument* doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

} // namespace

class TestHistoryDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Archive> m_archive;
    QUuid m_uuid;
    Coe m_v1, m_v2;

    // Three versions of the example COE: 1 as it is; 2 with one more timeline
    // entry and a word of the summary changed; 3 with markup in the title.
    // The stored COE is version 3's.
    void makeVersions()
    {
        QString error;
        QFETCH_GLOBAL(QString, backend);
        m_location = test::freshArchiveLocation(
            backend,
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction(), backend)),
            &error);
        QVERIFY2(!m_location.isEmpty(), qPrintable(error));
        m_archive = Archive::open(m_location, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        m_archive->changes()->setSaver(LiveRefresh::saverFromSettings()); // as the archive window does
        CoeRepository repository(*m_archive);
        CoeVersions versions(*m_archive);
        Coe coe = exampleCoe();
        coe.summary = QStringLiteral("The deploy was %1 rolled back after the alarms.").arg(kOldSummaryWord);
        QVERIFY(repository.save(coe).ok());
        m_uuid = coe.uuid;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QCOMPARE(versions.record(coe, VersionReason::Manual, &error, t0), std::optional<int>(1));
        m_v1 = coe;

        coe.summary = QStringLiteral("The deploy was %1 rolled back after the alarms.").arg(kNewSummaryWord);
        TimelineEntry entry;
        entry.at = coe.timeline.last().at.addSecs(60);
        entry.text = kNewEntry;
        coe.timeline.append(entry);
        QVERIFY(repository.save(coe).ok());
        QCOMPARE(versions.record(coe, VersionReason::Periodic, &error, t0.addSecs(900)),
                 std::optional<int>(2));
        m_v2 = coe;

        coe.title = kMarkupTitle;
        QVERIFY(repository.save(coe).ok());
        QCOMPARE(versions.record(coe, VersionReason::Close, &error, t0.addSecs(1800)), std::optional<int>(3));
    }

    EditorWindow* openEditor()
    {
        QString error;
        EditorWindow* w = EditorWindow::openCoe(*m_archive, m_uuid, nullptr, &error);
        if (!w)
            qFatal("cannot open the editor: %s", qPrintable(error));
        w->autoSaver()->setDelay(30);
        w->show();
        return w;
    }

    static QTextBrowser* diffView(HistoryDialog* d)
    {
        return d->findChild<QTextBrowser*>(QStringLiteral("historyDiffView"));
    }

private slots:
    void initTestCase_data() { test::addArchiveBackendRows(); }
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        Settings::instance()->setAuthorName(QStringLiteral("<i>Ann</i> & Bo"));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
    }
    void cleanup()
    {
        MessageBox::clearNextAnswers();
        MessageBox::takeLastQuestion();
        for (EditorWindow* w : EditorWindow::openWindows()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            w->close();
        }
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
        m_archive.reset();
    }

    void historyIsInTheViewMenu()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        auto* action = w->findChild<QAction*>(QStringLiteral("actionHistory"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        // No other action of the window has the same key.
        for (QAction* other : w->findChildren<QAction*>()) {
            if (other != action)
                QVERIFY2(!other->shortcuts().contains(action->shortcut()), qPrintable(other->objectName()));
        }
        // Ctrl+H in a text field opens it too (no field takes the key).
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
        auto* summary = w->findChild<QWidget*>(QStringLiteral("summaryEdit"))->findChild<QPlainTextEdit*>();
        QVERIFY(summary);
        summary->setFocus();
        QTRY_VERIFY(summary->hasFocus());
        const QString typed = summary->toPlainText();
        QTest::keyClick(summary, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(summary->toPlainText(), typed);
        auto* dialog = w->findChild<HistoryDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
    }

    void listShowsTheVersionsNewestFirst()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        HistoryDialog* d = w->showHistory();
        QCOMPARE(d->listedVersions(), (QList<int>{3, 2, 1}));
        auto* list = d->findChild<QTreeWidget*>(QStringLiteral("historyVersionList"));
        QVERIFY(list);
        QTreeWidgetItem* v2 = list->topLevelItem(1);
        QCOMPARE(v2->text(0), QStringLiteral("2"));
        QCOMPARE(v2->text(2), QStringLiteral("<i>Ann</i> & Bo")); // the author as typed
        QCOMPARE(v2->text(3), HistoryDialog::reasonName(VersionReason::Periodic));
        QCOMPARE(v2->text(4), displayName(Status::InReview));
        QVERIFY2(v2->text(5).contains(QStringLiteral("timeline +1")), qPrintable(v2->text(5)));
        // Local time with its zone (the Preferences' display zone, UTC by default).
        QVERIFY2(v2->text(1).endsWith(QStringLiteral("UTC")), qPrintable(v2->text(1)));
        // A tooltip of user text never renders markup.
        QVERIFY2(test::shownToolTip(v2->toolTip(2)).contains(QStringLiteral("<i>Ann</i> & Bo")),
                 qPrintable(test::shownToolTip(v2->toolTip(2))));
    }

    // A COE without versions says so, also after an empty selection (the
    // packaging screenshot selects the two newest, of none).
    void noVersionsSaysSo()
    {
        makeVersions();
        Coe other = exampleCoe();
        other.uuid = QUuid::createUuid();
        QVERIFY(CoeRepository(*m_archive).save(other).ok());
        m_uuid = other.uuid;
        EditorWindow* w = openEditor();
        HistoryDialog* d = w->showHistory();
        QVERIFY(d->listedVersions().isEmpty());
        auto* status = d->findChild<QLabel*>(QStringLiteral("historyDiffTitle"));
        QVERIFY(status->text().contains(QStringLiteral("No versions yet")));
        d->selectVersions({});
        QVERIFY2(status->text().contains(QStringLiteral("No versions yet")), qPrintable(status->text()));
    }

    void twoVersionsShowTheAddedEntryAndTheChangedWord()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        HistoryDialog* d = w->showHistory();
        d->selectVersions({1, 2});
        QCOMPARE(d->selectedVersions(), (QList<int>{1, 2}));
        const QString text = d->diffText();
        QVERIFY2(text.contains(QStringLiteral("Timeline")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Added: ") + kNewEntry), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Summary")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Bold")),
                 qPrintable(text)); // the title changed only in version 3
        // The removed word is struck through, the added one underlined: not by colour alone.
        const std::optional<QTextCharFormat> gone = formatOf(diffView(d)->document(), kOldSummaryWord);
        const std::optional<QTextCharFormat> come = formatOf(diffView(d)->document(), kNewSummaryWord);
        QVERIFY(gone && come);
        QVERIFY(gone->fontStrikeOut());
        QVERIFY(!gone->fontUnderline());
        QVERIFY(come->fontUnderline());
        QVERIFY(!come->fontStrikeOut());
        // The words around them are unmarked.
        const std::optional<QTextCharFormat> same =
            formatOf(diffView(d)->document(), QStringLiteral("rolled back"));
        QVERIFY(same && !same->fontStrikeOut() && !same->fontUnderline());
        auto* restore = d->findChild<QPushButton*>(QStringLiteral("historyRestoreButton"));
        QVERIFY(!restore->isEnabled()); // restore takes one version

        // One version: what changed from it to the current document (version 3's).
        d->selectVersions({2});
        QVERIFY(restore->isEnabled());
        const QString one = d->diffText();
        QVERIFY2(one.contains(QStringLiteral("Title")), qPrintable(one));
        QVERIFY2(!one.contains(kNewEntry), qPrintable(one));
        const QString title = d->findChild<QLabel*>(QStringLiteral("historyDiffTitle"))->text();
        QVERIFY2(title.contains(QStringLiteral("version 2")) &&
                     title.contains(QStringLiteral("current document")),
                 qPrintable(title));
    }

    void anEditInTheWindowIsCompared()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        HistoryDialog* d = w->showHistory();
        d->selectVersions({3});
        QVERIFY2(d->diffText().contains(QStringLiteral("No differences")), qPrintable(d->diffText()));
        w->document()->setProblem(QStringLiteral("A problem statement typed while History is open."));
        QTRY_VERIFY2(d->diffText().contains(QStringLiteral("typed while History")), qPrintable(d->diffText()));
    }

    void markupInAFieldShowsAsText()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        HistoryDialog* d = w->showHistory();
        d->selectVersions({2, 3});
        const QString text = d->diffText();
        QVERIFY2(text.contains(kMarkupTitle), qPrintable(text));
        QVERIFY(!hasImage(diffView(d)->document()));
        const std::optional<QTextCharFormat> bold = formatOf(diffView(d)->document(), QStringLiteral("Bold"));
        QVERIFY(bold);
        QVERIFY(bold->fontWeight() <= QFont::Normal); // <b> was not taken for markup
    }

    void aTitleEditedInAFewWordsShowsTheWords()
    {
        Coe a = exampleCoe();
        Coe b = a;
        a.title = QStringLiteral("Checkout API returned 503 after a rollout");
        b.title = QStringLiteral("Checkout API returned HTTP 503 after a config rollout");
        QTextDocument doc;
        doc.setHtml(
            HistoryDialog::diffToHtml(analysis::compareCoes(a, b), QStringLiteral("a"), QStringLiteral("b")));
        const std::optional<QTextCharFormat> http = formatOf(&doc, QStringLiteral("HTTP"));
        const std::optional<QTextCharFormat> checkout = formatOf(&doc, QStringLiteral("Checkout"));
        QVERIFY(http && checkout);
        QVERIFY(http->fontUnderline());
        QVERIFY(!checkout->fontUnderline() && !checkout->fontStrikeOut());
        QVERIFY2(!doc.toPlainText().contains(QStringLiteral("→")), qPrintable(doc.toPlainText()));
    }

    // Field names are translated: their QT_TRANSLATE_NOOP context must be
    // the one HistoryDialog::tr asks for ("hindsight::HistoryDialog").
    void fieldNamesAreTranslated()
    {
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral("hindsight_es.qm"), QStringLiteral(HINDSIGHT_QM_DIR)));
        QCoreApplication::installTranslator(&spanish);
        Coe a = exampleCoe();
        Coe b = a;
        b.title = QStringLiteral("A new title");
        b.owner = QStringLiteral("Someone Else");
        QTextDocument doc;
        doc.setHtml(HistoryDialog::diffToHtml(analysis::compareCoes(a, b), QStringLiteral("a"), QStringLiteral("b")));
        QCoreApplication::removeTranslator(&spanish);
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Título")) && text.contains(QStringLiteral("Responsable")), qPrintable(text));
    }

    void metricSeriesThresholdAndWindowAreNamed()
    {
        // The 1.1 metric fields (issue #15) are named in words, not by their JSON keys.
        Coe a = exampleCoe();
        a.metrics.clear();
        Metric m;
        m.name = QStringLiteral("Error rate");
        a.metrics = {m};
        Coe b = a;
        b.metrics[0].threshold = 5.0;
        b.metrics[0].window.from = QDateTime(QDate(2024, 3, 8), QTime(14, 0), QTimeZone::utc());
        b.metrics[0].series = {metrics::MetricSeries{QStringLiteral("5xx"), QStringLiteral("%"), {}}};
        QTextDocument doc;
        doc.setHtml(HistoryDialog::diffToHtml(analysis::compareCoes(a, b), QStringLiteral("a"),
                                              QStringLiteral("b"), &a, &b));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Changed: Error rate — data series, alarm threshold, chart window")),
                 qPrintable(text));
    }

    void reviewRecordChangesAreShown()
    {
        Coe a = exampleCoe();
        ReviewComment c;
        c.id = QStringLiteral("c1");
        c.author = QStringLiteral("Rita");
        c.text = QStringLiteral("Is <b>Bold</b> the pool?");
        a.review.comments = {c};
        Coe b = a;
        b.review.comments[0].resolved = true;
        c.id = QStringLiteral("c2");
        c.text = QStringLiteral("A second thought");
        b.review.comments.append(c);
        b.review.approvedBy = QStringLiteral("Dana");
        QTextDocument doc;
        doc.setHtml(HistoryDialog::diffToHtml(analysis::compareCoes(a, b), QStringLiteral("a"),
                                              QStringLiteral("b"), &a, &b));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Review record")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Approved by: (none) → Dana")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Comments (1 added, 0 removed, 1 changed)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Added: Rita: A second thought")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Changed: Rita: Is <b>Bold</b> the pool? — resolved")), qPrintable(text));
        const std::optional<QTextCharFormat> bold = formatOf(&doc, QStringLiteral("Bold"));
        QVERIFY(bold && bold->fontWeight() <= QFont::Normal); // user text is data
    }

    void sectionsShowMovedItemsAndReplacedImages()
    {
        Coe a = exampleCoe();
        a.metrics.clear();
        Metric m;
        m.name = QStringLiteral("Error rate");
        m.images = {
            MetricImage{QStringLiteral("errors.png"), QStringLiteral("image/png"), QByteArray("old"), {}}};
        a.metrics = {m};
        Coe b = a;
        b.metrics[0].images[0].data = QByteArray("new");
        QVERIFY(a.actionItems.size() >= 2);
        std::swap(b.actionItems[0], b.actionItems[1]);
        b.actionItems.removeLast();
        const QString removedTitle = a.actionItems.last().title;
        // A changed item shows what changed in it: a value before → after, a text as words.
        QVERIFY(b.actionItems[0].status != ActionStatus::Done);
        const QString statusBefore = displayName(b.actionItems[0].status);
        b.actionItems[0].status = ActionStatus::Done;
        b.timeline[0].text += QStringLiteral(" meanwhile");
        QVERIFY(a.timeline.size() >= 2);
        b.timeline[1].text = QStringLiteral("Written anew: nothing in common");
        QTextDocument doc;
        doc.setHtml(HistoryDialog::diffToHtml(analysis::compareCoes(a, b), QStringLiteral("a"),
                                              QStringLiteral("b"), &a, &b));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Metrics")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Changed: Error rate — images replaced")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Images replaced: 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Action items")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Moved: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Removed: ")), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("status: %1 → %2").arg(statusBefore, displayName(ActionStatus::Done))),
                 qPrintable(text));
        // A text written anew: the old one, then the new one, not words interleaved.
        QVERIFY2(text.contains(
                     QStringLiteral("text: %1 → Written anew: nothing in common").arg(a.timeline[1].text)),
                 qPrintable(text));
        const std::optional<QTextCharFormat> word = formatOf(&doc, QStringLiteral("meanwhile"));
        QVERIFY(word && word->fontUnderline());
        const std::optional<QTextCharFormat> gone = formatOf(&doc, removedTitle.left(20));
        QVERIFY(gone && gone->fontStrikeOut());
    }

    void restoreIsOneUndoableEditAndRecordsAVersion()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        HistoryDialog* d = w->showHistory();
        d->selectVersions({1});
        auto* restore = d->findChild<QPushButton*>(QStringLiteral("historyRestoreButton"));

        // Cancelled: nothing changes.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        restore->click();
        QVERIFY(MessageBox::takeLastQuestion().contains(QStringLiteral("version 1")));
        QCOMPARE(w->document()->coe().title, kMarkupTitle);
        QCOMPARE(d->listedVersions().size(), 3);

        const int undoBefore = w->document()->undoStack()->count();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        restore->click();
        const QString asked = MessageBox::takeLastQuestion();
        QVERIFY2(asked.contains(QStringLiteral("Make version 1")), qPrintable(asked));
        QCOMPARE(w->document()->coe().summary, m_v1.summary);
        QCOMPARE(w->document()->coe().title, m_v1.title);
        QCOMPARE(w->document()->coe().timeline.size(), m_v1.timeline.size());
        QCOMPARE(w->document()->undoStack()->count(), undoBefore + 1);
        QCOMPARE(w->autoSaver()->state(), AutoSaver::State::Saved);

        // Saved, and recorded as version 4 (reason Restore), listed in the dialog.
        const std::optional<Coe> stored = CoeRepository(*m_archive).load(m_uuid);
        QVERIFY(stored);
        QCOMPARE(stored->summary, m_v1.summary);
        const QList<CoeVersionInfo> list = CoeVersions(*m_archive).list(m_uuid);
        QCOMPARE(list.size(), 4);
        QVERIFY(list.last().reason == VersionReason::Restore);
        QVERIFY2(list.last().summary.startsWith(QStringLiteral("restored version 1")),
                 qPrintable(list.last().summary));
        QCOMPARE(d->listedVersions().first(), 4);
        const std::optional<Coe> v4 = CoeVersions(*m_archive).load(m_uuid, 4);
        QVERIFY(v4 && v4->summary == m_v1.summary && v4->title == m_v1.title);

        // One undo brings back what was there.
        w->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(w->document()->coe().title, kMarkupTitle);
        QCOMPARE(w->document()->coe().summary, m_v2.summary);
        QCOMPARE(w->document()->coe().timeline.size(), m_v2.timeline.size());
        QVERIFY(w->autoSaver()->saveNow());
        QCOMPARE(CoeRepository(*m_archive).load(m_uuid)->title, kMarkupTitle);
    }

    // The document was edited since the newest version (no version yet):
    // restoring that version is still recorded, as a Restore.
    void restoringTheNewestVersionIsRecordedToo()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        w->autoSaver()->setVersionInterval(24 * 3600);
        w->document()->setTitle(QStringLiteral("A title typed after version 3"));
        QVERIFY(w->autoSaver()->saveNow());
        QCOMPARE(CoeVersions(*m_archive).list(m_uuid).size(), 3);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(w->restoreVersion(3));
        QVERIFY(MessageBox::takeLastQuestion().contains(QStringLiteral("Make version 3")));
        QCOMPARE(w->document()->coe().title, kMarkupTitle);
        const QList<CoeVersionInfo> list = CoeVersions(*m_archive).list(m_uuid);
        QCOMPARE(list.size(), 4);
        QVERIFY(list.last().reason == VersionReason::Restore);
        QVERIFY2(list.last().summary.startsWith(QStringLiteral("restored version 3; ")),
                 qPrintable(list.last().summary));
        QVERIFY(w->autoSaver()->lastVersionError().isEmpty());
    }

    void restoringTheSameContentAsksNothing()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        HistoryDialog* d = w->showHistory();
        d->selectVersions({3});
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!w->restoreVersion(3));
        QVERIFY(MessageBox::takeLastQuestion().isEmpty());
        MessageBox::clearNextAnswers();
        QCOMPARE(CoeVersions(*m_archive).list(m_uuid).size(), 3);
        QVERIFY(w->findChild<QWidget*>(QStringLiteral("saveBanner"))->isVisible());
    }

    void aVersionThatCannotBeRecordedIsSaid()
    {
        makeVersions();
        EditorWindow* w = openEditor();
        // Another client damages the versions table: the saves still work.
        {
            QSqlQuery q(m_archive->database());
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE coe_versions")), qPrintable(q.lastError().text()));
        }
        w->autoSaver()->setVersionInterval(0); // every save records a version
        auto* banner = w->findChild<Banner*>(QStringLiteral("saveBanner"));
        QVERIFY(!banner->isVisible());
        w->document()->setSummary(QStringLiteral("A summary typed after the versions went."));
        QTRY_COMPARE(w->autoSaver()->state(), AutoSaver::State::Saved);
        QVERIFY(!w->autoSaver()->lastVersionError().isEmpty());
        QTRY_VERIFY(banner->isVisible());
        const QString text = static_cast<Banner*>(banner)->text();
        QVERIFY2(text.contains(QStringLiteral("no version could be recorded")), qPrintable(text));
    }
};

QTEST_MAIN(TestHistoryDialog)
#include "TestHistoryDialog.moc"
