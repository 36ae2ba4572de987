// SPDX-License-Identifier: MIT
// File › Copy Archive To…: the open archive copied (Trash included) on a
// worker thread, a banner with the counts, a merge asked for first when the
// chosen file already holds COEs.
#include "DamagedArchive.h"
#include "TestSupport.h"
#include "archive/MainWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestCopyArchiveFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_source;

    static QAction* fileMenuAction(MainWindow& w, const QString& name)
    {
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->objectName() == name)
                        return a;
        return nullptr;
    }

    static QString title(const QString& path, int n)
    {
        auto archive = Archive::open(path, Archive::Access::ReadOnly, nullptr);
        const std::optional<Coe> coe = archive ? CoeRepository(*archive).load(numberedUuid(n)) : std::nullopt;
        return coe ? coe->title : QString();
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
        QVERIFY(makeArchiveWithCoes(m_source, 5));
        auto archive = Archive::open(m_source, Archive::Access::ReadWrite, nullptr);
        QVERIFY(archive);
        QVERIFY(CoeCatalog(*archive).moveToTrash(numberedUuid(5)));
    }
    void cleanup() { MessageBox::clearNextAnswers(); }

    void copiesTheOpenArchiveAndOffersToOpenTheCopy()
    {
        const QString target = m_dir.filePath(QStringLiteral("copy.sqlite"));
        MainWindow w;
        QVERIFY(w.openArchive(m_source));
        QAction* copy = fileMenuAction(w, QStringLiteral("actionCopyArchive"));
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        auto* banner = w.findChild<Banner*>();
        FileDialog::setNextFileName(target);
        copy->trigger();
        QVERIFY2(banner->text().contains(QStringLiteral("Copied 5 COE")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("(1 in the Trash)")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("Verified 5 COE")), qPrintable(banner->text()));
        QCOMPARE(title(target, 3), QStringLiteral("COE number 3"));
        emit banner->actionTriggered(); // "Open the copy"
        QCOMPARE(w.archive()->path(), target);
    }

    void aTargetHoldingCoesIsMergedOnlyWhenAsked()
    {
        const QString target = m_dir.filePath(QStringLiteral("theirs.sqlite"));
        {
            auto archive = Archive::open(target, Archive::Access::ReadWrite, nullptr);
            QVERIFY(archive);
            Coe theirs = exampleCoe();
            theirs.uuid = numberedUuid(2);
            theirs.title = QStringLiteral("Their number 2");
            QVERIFY(CoeRepository(*archive).save(theirs).ok());
        }
        MainWindow w;
        QVERIFY(w.openArchive(m_source));
        QAction* copy = fileMenuAction(w, QStringLiteral("actionCopyArchive"));
        auto* banner = w.findChild<Banner*>();
        const QByteArray before = fileChecksum(target);

        // Cancel: nothing written.
        FileDialog::setNextFileName(target);
        MessageBox::setNextChoice(3);
        copy->trigger();
        const QString question = MessageBox::takeLastQuestion();
        QVERIFY2(question.contains(QStringLiteral("already holds 1 COE")), qPrintable(question));
        QCOMPARE(fileChecksum(target), before);

        // Keep theirs: the others copied, the conflict left and reported.
        FileDialog::setNextFileName(target);
        MessageBox::setNextChoice(0);
        copy->trigger();
        QVERIFY2(banner->text().contains(QStringLiteral("1 conflict")), qPrintable(banner->text()));
        QCOMPARE(title(target, 2), QStringLiteral("Their number 2"));
        QCOMPARE(title(target, 4), QStringLiteral("COE number 4"));

        // Replace theirs.
        FileDialog::setNextFileName(target);
        MessageBox::setNextChoice(1);
        copy->trigger();
        QVERIFY2(banner->text().contains(QStringLiteral("1 replaced")), qPrintable(banner->text()));
        QCOMPARE(title(target, 2), QStringLiteral("COE number 2"));
    }
};

QTEST_MAIN(TestCopyArchiveFlow)
#include "TestCopyArchiveFlow.moc"
