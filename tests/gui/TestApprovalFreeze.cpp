// SPDX-License-Identifier: MIT
// Approval freezes a snapshot (issue #13): an editor showing a COE that
// differs from its approved version says "Changed since approved on DATE by
// NAME" with Show Changes (History, the approved version against the current
// document); the first edit of an Approved COE moves it to In review in the
// edit's own undo step and the banner says so once; the move is recorded as
// a Status version when saved; the PDF flows get the version stamp. Every
// test runs on both back ends.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "document/StatusChange.h"
#include "document/TimeParser.h"
#include "editor/EditorWindow.h"
#include "editor/HistoryDialog.h"
#include "report/CoeReport.h"
#include "report/ExportPdfDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace hindsight;
using hindsight::test::exampleCoe;

namespace {

const QString kApprover = QStringLiteral("<i>Bo</i> Chen");
const QString kChangedWord = QStringLiteral("afterwards-edited");

} // namespace

class TestApprovalFreeze : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    QUuid m_uuid;

    // The example COE, in review, then approved (version 1, by kApprover).
    void makeApproved()
    {
        QString error;
        QFETCH_GLOBAL(QString, backend);
        m_archive = test::openFreshArchive(backend, m_dir.path(), &error);
        QVERIFY2(m_archive, qPrintable(error));
        Coe coe = exampleCoe();
        coe.uuid = QUuid::createUuid();
        coe.status = Status::InReview;
        QVERIFY(CoeRepository(*m_archive).save(coe).ok());
        m_uuid = coe.uuid;
        StatusChangeRequest request;
        request.to = Status::Approved;
        request.approver = kApprover;
        request.confirmedDespiteErrors = true;
        const StatusChangeOutcome out = StatusChange::apply(*m_archive, m_uuid, request);
        QVERIFY2(out.result == StatusChangeOutcome::Result::Changed, qPrintable(out.message));
        QCOMPARE(out.version, 1);
    }

    // Changes the stored COE behind the versions' back (an autosave between
    // versions): still Approved, with other content.
    void changeStored()
    {
        CoeRepository repository(*m_archive);
        Coe coe = *repository.load(m_uuid);
        QCOMPARE(int(coe.status), int(Status::Approved));
        coe.summary += QStringLiteral(" ") + kChangedWord;
        QVERIFY(repository.save(coe).ok());
    }

    EditorWindow* openEditor()
    {
        QString error;
        EditorWindow* w = EditorWindow::openCoe(*m_archive, m_uuid, nullptr, &error);
        if (!w)
            qFatal("cannot open the editor: %s", qPrintable(error));
        w->autoSaver()->setDelay(60 * 60 * 1000); // saves only when told to
        w->show();
        return w;
    }

    QString approvedOn() const
    {
        const Coe stored = *CoeRepository(*m_archive).load(m_uuid);
        return TimeParser::format(stored.review.approvedAt, Settings::instance()->displayTimeZone());
    }

    static const QString& note()
    {
        static const QString text =
            EditorWindow::tr("This COE was approved; editing it moves it back to In review.");
        return text;
    }

private slots:
    void initTestCase_data() { test::addArchiveBackendRows(); }
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        Settings::instance()->setAuthorName(QStringLiteral("Ann Editor"));
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
        for (EditorWindow* w : EditorWindow::openWindows()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            w->close();
        }
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
        m_archive.reset();
    }

    void approvedAndUnchangedShowsNoBanner()
    {
        makeApproved();
        EditorWindow* w = openEditor();
        QVERIFY(w->approvalBanner());
        QVERIFY(!w->approvalBanner()->isVisible());
    }

    void openingAChangedApprovedCoeShowsTheBanner()
    {
        makeApproved();
        changeStored();
        EditorWindow* w = openEditor();
        Banner* banner = w->approvalBanner();
        QVERIFY(banner->isVisible());
        const QString expected =
            EditorWindow::tr("Changed since approved on %1 by %2.").arg(approvedOn(), kApprover);
        QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
        QVERIFY(approvedOn().contains(QLatin1Char(':'))); // with the time
        QVERIFY(!banner->text().contains(note()));        // nothing was edited here
        // Opening it changes nothing: still Approved.
        QCOMPARE(int(w->document()->coe().status), int(Status::Approved));
        QCOMPARE(w->document()->undoStack()->count(), 0);
    }

    void theApprovedVersionIsTheOneTheReviewRecordNames()
    {
        // Versions recorded while the COE stayed Approved (before this rule, or
        // by an import) are approved ones too; the approval is still version 1.
        makeApproved();
        changeStored();
        QString error;
        const Coe stored = *CoeRepository(*m_archive).load(m_uuid);
        QCOMPARE(CoeVersions(*m_archive).record(stored, VersionReason::Periodic, &error),
                 std::optional<int>(2));
        QVERIFY(CoeVersions(*m_archive).latest(m_uuid)->approved);
        EditorWindow* w = openEditor();
        QVERIFY(w->approvalBanner()->isVisible());
        QCOMPARE(w->showChangesSinceApproval()->selectedVersions(), QList<int>{1});
    }

    void showChangesOpensTheDiffAgainstTheApprovedVersion()
    {
        makeApproved();
        changeStored();
        EditorWindow* w = openEditor();
        auto* button = w->approvalBanner()->findChild<QPushButton*>(QStringLiteral("bannerActionButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), EditorWindow::tr("Show Changes…"));
        button->click();
        auto* history = w->findChild<HistoryDialog*>();
        QVERIFY(history);
        QTRY_VERIFY(history->isVisible());
        QCOMPARE(history->selectedVersions(), QList<int>{1});
        QVERIFY2(history->diffText().contains(kChangedWord), qPrintable(history->diffText()));
    }

    void firstEditMovesToInReviewInTheSameUndoStep()
    {
        makeApproved();
        EditorWindow* w = openEditor();
        CoeDocument* doc = w->document();
        Banner* banner = w->approvalBanner();
        QVERIFY(!banner->isVisible());
        // Typed into the title, as a user does.
        auto* title = w->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
        QVERIFY(title);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Renamed"));
        QTest::keyClick(title, Qt::Key_Tab);
        QTRY_COMPARE(doc->coe().title, QStringLiteral("Renamed"));
        QCOMPARE(int(doc->coe().status), int(Status::InReview));
        QCOMPARE(doc->undoStack()->count(), 1); // one step: the edit and the move
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(note()), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(
                     EditorWindow::tr("Changed since approved on %1 by %2.").arg(approvedOn(), kApprover)),
                 qPrintable(banner->text()));
        // Undo: the edit and the move go together.
        doc->undoStack()->undo();
        QCOMPARE(doc->coe().title, exampleCoe().title);
        QCOMPARE(int(doc->coe().status), int(Status::Approved));
        QVERIFY(!banner->isVisible());
        // Redo brings both back.
        doc->undoStack()->redo();
        QCOMPARE(int(doc->coe().status), int(Status::InReview));
        doc->undoStack()->undo();
        // The note is said once per window: the next edit moves the status again, quietly.
        doc->setOwner(QStringLiteral("Someone Else"));
        QCOMPARE(int(doc->coe().status), int(Status::InReview));
        QVERIFY(banner->isVisible());
        QVERIFY2(!banner->text().contains(note()), qPrintable(banner->text()));
        // Later edits of the In review COE change nothing more.
        doc->setSummary(QStringLiteral("Another summary"));
        QCOMPARE(int(doc->coe().status), int(Status::InReview));
        QVERIFY(MessageBox::takeLastQuestion().isEmpty()); // never a modal dialog
    }

    void theMoveIsRecordedAsAStatusVersion()
    {
        makeApproved();
        EditorWindow* w = openEditor();
        w->document()->setOwner(QStringLiteral("Someone Else"));
        QVERIFY(w->autoSaver()->saveNow());
        const std::optional<CoeVersionInfo> latest = CoeVersions(*m_archive).latest(m_uuid);
        QVERIFY(latest);
        QCOMPARE(latest->number, 2);
        QCOMPARE(toString(latest->reason), toString(VersionReason::Status));
        QCOMPARE(toString(latest->status), toString(Status::InReview));
        QVERIFY(!latest->approved);
        QCOMPARE(int(CoeRepository(*m_archive).load(m_uuid)->status), int(Status::InReview));
        // Still changed since the approval (version 1) after the save.
        QVERIFY(w->approvalBanner()->isVisible());
        QVERIFY(w->approvalBanner()->text().contains(approvedOn()));
    }

    void changingTheStatusItselfDoesNotMoveIt()
    {
        makeApproved();
        EditorWindow* w = openEditor();
        w->document()->setStatus(Status::Closed);
        QCOMPARE(int(w->document()->coe().status), int(Status::Closed));
        QVERIFY(!w->approvalBanner()->isVisible()); // closing changes no content
    }

    void anApprovalInTheEditorIsTheNewSnapshot()
    {
        makeApproved();
        changeStored();
        EditorWindow* w = openEditor();
        QVERIFY(w->approvalBanner()->isVisible());
        w->approve(QStringLiteral("Cy Dee"), StatusChange::approvalNote(QStringLiteral("Cy Dee"), 0));
        QCOMPARE(int(w->document()->coe().status), int(Status::Approved));
        QVERIFY(!w->approvalBanner()->isVisible()); // what is shown is what was approved
        w->document()->setOwner(QStringLiteral("Someone Else"));
        QVERIFY(w->approvalBanner()->isVisible());
        QVERIFY2(w->approvalBanner()->text().contains(QStringLiteral(" by Cy Dee.")),
                 qPrintable(w->approvalBanner()->text()));
        QCOMPARE(w->showChangesSinceApproval()->selectedVersions(), QList<int>{2});
    }

    void pdfStampOfTheEditor()
    {
        makeApproved();
        EditorWindow* w = openEditor();
        auto stamp = w->versionStamps().value(m_uuid);
        QCOMPARE(stamp.version, 1);
        QCOMPARE(stamp.approvedVersion, 1);
        QCOMPARE(stamp.approvedBy, kApprover);
        QVERIFY(!stamp.laterChanges);
        w->document()->setOwner(QStringLiteral("Someone Else"));
        stamp = w->versionStamps().value(m_uuid);
        QVERIFY(stamp.laterChanges); // unsaved here
        QVERIFY(w->autoSaver()->saveNow());
        stamp = w->versionStamps().value(m_uuid);
        QCOMPARE(stamp.version, 2);
        QCOMPARE(stamp.approvedVersion, 1);
        QVERIFY(!stamp.laterChanges);
        report::ReportOptions options;
        options.versionStamps = w->versionStamps();
        const QString text = report::CoeReport::build(w->document()->coe(), options)->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Approved version 1; this is version 2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("by %1 on ").arg(kApprover)));
    }

    void editorExportPdfHasTheHeader()
    {
        // File ▸ Export PDF… of the editor: the unsaved edit says so.
        HINDSIGHT_REQUIRE_TOOL("pdftotext");
        makeApproved();
        EditorWindow* w = openEditor();
        w->document()->setOwner(QStringLiteral("Someone Else"));
        const QString pdf =
            m_dir.filePath(QStringLiteral("editor-%1.pdf").arg(QUuid::createUuid().toString(QUuid::Id128)));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<report::ExportPdfDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setFileName(pdf);
            answered = true;
            dialog->accept();
        });
        auto* action = w->findChild<QAction*>(QStringLiteral("actionExportPdf"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(answered);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(content.contains(
                     QStringLiteral("Approved version 1; this is version 1 with changes made after it")),
                 qPrintable(content));
        QVERIFY2(content.contains(QStringLiteral("Approved by %1 on ").arg(kApprover)), qPrintable(content));
    }
};

QTEST_MAIN(TestApprovalFreeze)
#include "TestApprovalFreeze.moc"
