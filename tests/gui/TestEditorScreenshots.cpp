// SPDX-License-Identifier: MIT
// Opens the example COE in an editor window and grabs every page. The images
// go to $HINDSIGHT_SCREENSHOT_DIR when set (to look at them), else to a
// temporary folder; the test checks that each page renders and that no label
// of a form is cut off.
#include "TestSupport.h"
#include "editor/EditorPage.h"
#include "editor/EditorWindow.h"
#include "exchange/CoeJson.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

class TestEditorScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance(); // never the user's preferences
    }
    void grabEveryPage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        auto archive = Archive::open(dir.filePath(QStringLiteral("a.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        auto read = exchange::CoeJson::readFile(test::dataPath(QStringLiteral("checkout-config-rollout.coe.json")));
        QVERIFY(read.ok());
        CoeRepository repository(*archive);
        QVERIFY(repository.save(read.coe).ok());
        EditorWindow* window = EditorWindow::openCoe(*archive, read.coe.uuid, nullptr, &error);
        QVERIFY2(window, qPrintable(error));
        window->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString out = qEnvironmentVariableIsSet("HINDSIGHT_SCREENSHOT_DIR")
                                ? qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR")
                                : dir.path();
        for (int i = 0; i < EditorWindow::PageCount; ++i) {
            window->setCurrentPage(i);
            QTest::qWait(50);
            const QImage image = window->grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(QStringLiteral("%1/editor-page-%2.png").arg(out).arg(i + 1)));
            // Every label's text fits its width.
            for (QLabel* label : window->page(i)->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                    continue;
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("page %1: label \"%2\" is cut").arg(i + 1).arg(label->text())));
            }
        }
        window->close();

        // A new COE: the empty states and the review findings.
        EditorWindow* fresh = EditorWindow::createCoe(*archive, QString(), nullptr, &error);
        QVERIFY2(fresh, qPrintable(error));
        fresh->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(fresh));
        for (int i : {0, 2, 6}) {
            fresh->setCurrentPage(i);
            QTest::qWait(50);
            QVERIFY(fresh->grab().toImage().save(QStringLiteral("%1/new-page-%2.png").arg(out).arg(i + 1)));
        }
        fresh->close();
    }
};

QTEST_MAIN(TestEditorScreenshots)
#include "TestEditorScreenshots.moc"
