// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "analysis/CheckReport.h"
#include "analysis/ReviewCheck.h"
#include "editor/EditorWindow.h"
#include "editor/pages/SummaryPage.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hindsight;

namespace {

// What a user's pick in the status combo box does.
void chooseStatus(EditorWindow* w, Status status)
{
    auto* combo = w->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    QVERIFY(combo);
    const int index = combo->findData(int(status));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

Status shownStatus(EditorWindow* w)
{
    auto* combo = w->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    return Status(combo->currentData().toInt());
}

analysis::Finding error(const QString& message)
{
    analysis::Finding f;
    f.id = QStringLiteral("x.error");
    f.level = analysis::Level::Error;
    f.message = message;
    return f;
}

} // namespace

class TestStatusConfirmation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    EditorWindow* emptyCoe()
    {
        QString error;
        EditorWindow* w = EditorWindow::createCoe(*m_archive, QStringLiteral("Empty"), nullptr, &error);
        if (!w)
            qWarning("%s", qPrintable(error));
        return w;
    }

    static QString summaryEmptyMessage()
    {
        Coe c;
        for (const auto& f : analysis::reviewCheck(c))
            if (f.id == QLatin1String("summary.empty"))
                return f.message;
        return {};
    }

private slots:
    void initTestCase() { Settings::installTemporaryInstance(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())),
                                  Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        MessageBox::takeLastQuestion();
    }
    void cleanup()
    {
        for (EditorWindow* w : EditorWindow::openWindows()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            w->close();
        }
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
        MessageBox::clearNextAnswers();
        MessageBox::takeLastQuestion();
        m_archive.reset();
    }

    void answeringNoKeepsTheStatus()
    {
        EditorWindow* w = emptyCoe();
        QVERIFY(w);
        QVERIFY(analysis::hasErrors(analysis::reviewCheck(w->document()->coe())));
        const int steps = w->document()->undoStack()->count();

        MessageBox::setNextAnswer(QMessageBox::No);
        chooseStatus(w, Status::InReview);
        const QString question = MessageBox::takeLastQuestion();
        QVERIFY(!question.isEmpty());
        const QString message = summaryEmptyMessage();
        QVERIFY(!message.isEmpty());
        QVERIFY2(question.contains(message), qPrintable(question));
        QCOMPARE(int(w->document()->coe().status), int(Status::Draft));
        QCOMPARE(int(shownStatus(w)), int(Status::Draft));
        QCOMPARE(w->document()->undoStack()->count(), steps);

        // Cancel (Escape) is a no as well.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        TextInput::setNextText(QStringLiteral("Ana Ruiz"));
        chooseStatus(w, Status::Approved);
        QVERIFY(MessageBox::takeLastQuestion().contains(message));
        QCOMPARE(int(w->document()->coe().status), int(Status::Draft));
        QCOMPARE(int(shownStatus(w)), int(Status::Draft));
        QCOMPARE(w->document()->undoStack()->count(), steps);
    }

    void answeringYesChangesIt()
    {
        EditorWindow* w = emptyCoe();
        QVERIFY(w);
        const int steps = w->document()->undoStack()->count();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        TextInput::setNextText(QStringLiteral("Ana Ruiz"));
        chooseStatus(w, Status::Approved);
        QVERIFY(MessageBox::takeLastQuestion().contains(summaryEmptyMessage()));
        QCOMPARE(int(w->document()->coe().status), int(Status::Approved));
        QCOMPARE(int(shownStatus(w)), int(Status::Approved));
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        w->document()->undoStack()->undo();
        QCOMPARE(int(w->document()->coe().status), int(Status::Draft));
        QCOMPARE(int(shownStatus(w)), int(Status::Draft));
    }

    void backToDraftOrClosedDoesNotAsk()
    {
        EditorWindow* w = emptyCoe();
        QVERIFY(w);
        chooseStatus(w, Status::Closed);
        QCOMPARE(MessageBox::takeLastQuestion(), QString());
        QCOMPARE(int(w->document()->coe().status), int(Status::Closed));
        chooseStatus(w, Status::Draft);
        QCOMPARE(MessageBox::takeLastQuestion(), QString());
        QCOMPARE(int(w->document()->coe().status), int(Status::Draft));
    }

    void noErrorsNoQuestion()
    {
        Coe c = test::exampleCoe();
        QVERIFY(analysis::reviewCheck(c).isEmpty());
        c.status = Status::Draft;
        CoeRepository repository(*m_archive);
        QVERIFY(repository.save(c).ok());
        QString error;
        EditorWindow* w = EditorWindow::openCoe(*m_archive, c.uuid, nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        const int steps = w->document()->undoStack()->count();
        // Were a question asked, this answer would keep the status as it was.
        MessageBox::setNextAnswer(QMessageBox::No);
        chooseStatus(w, Status::InReview);
        QCOMPARE(MessageBox::takeLastQuestion(), QString());
        QCOMPARE(int(w->document()->coe().status), int(Status::InReview));
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        MessageBox::clearNextAnswers();
    }

    // Issue #13: an approval asks for the approver's name (prefilled with the
    // one given last), is saved at once, and its version says who approved
    // and that errors were confirmed. Cancelling the name keeps the status.
    void approvalNamesTheApproverInItsVersion()
    {
        EditorWindow* w = emptyCoe();
        QVERIFY(w);
        const int steps = w->document()->undoStack()->count();
        TextInput::setNextCancel();
        chooseStatus(w, Status::Approved);
        QCOMPARE(int(w->document()->coe().status), int(Status::Draft));
        QCOMPARE(int(shownStatus(w)), int(Status::Draft));
        QCOMPARE(w->document()->undoStack()->count(), steps);
        QCOMPARE(MessageBox::takeLastQuestion(), QString()); // the check's question comes after the name

        TextInput::setNextText(QStringLiteral("  Bo Chen "));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        chooseStatus(w, Status::Approved);
        QVERIFY(MessageBox::takeLastQuestion().contains(summaryEmptyMessage()));
        QCOMPARE(int(w->document()->coe().status), int(Status::Approved));
        QCOMPARE(Settings::instance()->approverName(), QStringLiteral("Bo Chen"));
        // Saved at once, with a version naming the approver.
        QCOMPARE(int(CoeRepository(*m_archive).load(w->document()->coe().uuid)->status), int(Status::Approved));
        const std::optional<CoeVersionInfo> version = CoeVersions(*m_archive).latest(w->document()->coe().uuid);
        QVERIFY(version);
        QCOMPARE(int(version->reason), int(VersionReason::Status));
        QVERIFY(version->approved);
        QVERIFY2(version->summary.startsWith(QStringLiteral("approved by Bo Chen despite 5 review-check error"))
                     && version->summary.contains(QStringLiteral("confirmed")),
                 qPrintable(version->summary));
        // The review record names the approval and its version.
        const Review& review = w->document()->coe().review;
        QCOMPARE(review.approvedBy, QStringLiteral("Bo Chen"));
        QVERIFY(review.approvedAt.isValid());
        QCOMPARE(review.approvedVersion, std::optional<int>(version->number));
        QCOMPARE(CoeRepository(*m_archive).load(w->document()->coe().uuid)->review.approvedBy, QStringLiteral("Bo Chen"));
        // One undo takes the whole approval back.
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        w->document()->undoStack()->undo();
        QCOMPARE(int(w->document()->coe().status), int(Status::Draft));
        QCOMPARE(int(shownStatus(w)), int(Status::Draft));
        QVERIFY(w->document()->coe().review.approvedBy.isEmpty());
    }

    void theTextListsTenErrorsThenHowManyMore()
    {
        QList<analysis::Finding> findings;
        for (int i = 1; i <= 13; ++i)
            findings << error(QStringLiteral("Problem %1").arg(i));
        analysis::Finding warning;
        warning.level = analysis::Level::Warning;
        warning.message = QStringLiteral("Just a warning");
        findings << warning;

        const QString text = SummaryPage::statusConfirmationText(Status::InReview, findings);
        for (int i = 1; i <= 10; ++i)
            QVERIFY2(text.contains(QStringLiteral("Problem %1\n").arg(i)), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Problem 11")));
        QVERIFY(!text.contains(QStringLiteral("Just a warning")));
        QVERIFY2(text.contains(QStringLiteral("and 3 more")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("13 errors")));

        QCOMPARE(SummaryPage::statusConfirmationText(Status::InReview, {warning}), QString());
        QCOMPARE(SummaryPage::statusConfirmationText(Status::Draft, findings), QString());
        QCOMPARE(SummaryPage::statusConfirmationText(Status::Closed, findings), QString());
        const QString one = SummaryPage::statusConfirmationText(Status::Approved, {error(QStringLiteral("Only"))});
        QVERIFY(one.contains(QStringLiteral("Only")));
        QVERIFY(!one.contains(QStringLiteral("more")));
    }
};

QTEST_MAIN(TestStatusConfirmation)
#include "TestStatusConfirmation.moc"
