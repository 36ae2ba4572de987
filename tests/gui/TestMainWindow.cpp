// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "archive/MainWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance(); // the window remembers columns and geometry
    }

    void emptyArchiveShowsEmptyState()
    {
        MainWindow w;
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("coeStack"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("empty.sqlite")));
    }

    void importShowsTheCoe()
    {
        MainWindow w;
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("import.sqlite"))));
        FileDialog::setNextFileNames({test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        w.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        auto* table = w.findChild<QTableView*>(QStringLiteral("coeTableView"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QStringLiteral("Checkout API returned HTTP 503 after a configuration rollout"));
        QCOMPARE(w.findChild<QStackedWidget*>(QStringLiteral("coeStack"))->currentWidget(), table);

        // Importing the same file again asks; "Skip" (index 2) leaves one row.
        MessageBox::setNextChoice(2);
        FileDialog::setNextFileNames({test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        w.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        QCOMPARE(table->model()->rowCount(), 1);
        // "Keep both" (index 1) adds a copy.
        MessageBox::setNextChoice(1);
        FileDialog::setNextFileNames({test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))});
        w.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void refusedArchiveKeepsWindowUsable()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain text, not an archive\n");
        f.close();
        const QByteArray before = test::fileChecksum(path);
        MainWindow w;
        QVERIFY(!w.openArchive(path));
        auto* banner = w.findChild<Banner*>();
        QVERIFY(banner->text().contains(path));
        QCOMPARE(test::fileChecksum(path), before);
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionNewCoe"))->isEnabled());
    }

    void newCoeIsStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
        MainWindow w;
        QVERIFY(w.openArchive(path));
        const QUuid uuid = w.newCoe();
        QVERIFY(!uuid.isNull());
        QVERIFY(w.repository()->exists(uuid));
        QCOMPARE(w.findChild<QTableView*>(QStringLiteral("coeTableView"))->model()->rowCount(), 1);
    }

    void userTextIsNotMarkup()
    {
        const QString path = m_dir.filePath(QStringLiteral("markup.sqlite"));
        MainWindow w;
        QVERIFY(w.openArchive(path));
        Coe coe = makeNewCoe(QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\">"));
        QVERIFY(w.repository()->save(coe).ok());
        w.reload();
        auto* table = w.findChild<QTableView*>(QStringLiteral("coeTableView"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), coe.title);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
