// SPDX-License-Identifier: MIT
// The archive window and a damaged archive: a banner that says what happened
// and offers Recover, writes refused, File › Recover Archive… (issue #10).
#include "DamagedArchive.h"
#include "TestSupport.h"
#include "archive/MainWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestDamageBanner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_valid;

    static QAction* fileMenuAction(MainWindow& w, const QString& name)
    {
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->objectName() == name)
                        return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QVERIFY(m_dir.isValid());
        m_valid = m_dir.filePath(QStringLiteral("valid.sqlite"));
        QVERIFY(makeArchiveWithCoes(m_valid, 30));
    }

    void damageShowsBannerAndRecovers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedCopy(m_valid, path, Damage::CellCount, 1));
        const QByteArray before = fileChecksum(path);
        const QString target = dir.filePath(QStringLiteral("recovered.sqlite"));
        {
            MainWindow w;
            QVERIFY(w.openArchive(path));
            QVERIFY(w.newCoe().isNull()); // refused: never written
            auto* banner = w.findChild<Banner*>();
            QVERIFY(banner->isVisibleTo(&w));
            QVERIFY2(banner->text().contains(QStringLiteral("is damaged")), qPrintable(banner->text()));
            QVERIFY2(banner->text().contains(QStringLiteral("Recover Archive")), qPrintable(banner->text()));
            QVERIFY(w.archive()->isReadOnly());
            QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionNewCoe"))->isEnabled());
            QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
            QCOMPARE(fileChecksum(path), before);

            // The menu item recovers the open, damaged archive: only the new file is asked for.
            QAction* recover = fileMenuAction(w, QStringLiteral("actionRecoverArchive"));
            QVERIFY(recover);
            FileDialog::setNextFileName(target);
            recover->trigger();
            QVERIFY2(banner->text().contains(QStringLiteral("Recovered")), qPrintable(banner->text()));
            QVERIFY2(banner->text().contains(QStringLiteral("could not be read")),
                     qPrintable(banner->text()));
            QVERIFY(QFileInfo::exists(target));
            emit banner->actionTriggered(); // "Open the recovered archive"
            QCOMPARE(w.archive()->path(), target);
            QVERIFY(!w.archive()->isDamaged());
            QVERIFY(!w.archive()->isReadOnly());
        }
        QCOMPARE(fileChecksum(path), before);
    }
};

QTEST_MAIN(TestDamageBanner)
#include "TestDamageBanner.moc"
