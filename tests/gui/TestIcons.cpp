// SPDX-License-Identifier: MIT
// Icons without an icon theme: every icon name the sources ask the theme for has a bundled
// fallback in resources/icons, and the toolbars of the archive and the editor show icons and text.
#include "TestSupport.h"
#include "archive/MainWindow.h"
#include "editor/EditorWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWidgetAction>

using namespace hindsight;

namespace {

// Whether the icon draws something at 24 px: not null, not fully transparent.
bool drawsSomething(const QIcon& icon)
{
    if (icon.isNull())
        return false;
    const QImage image = icon.pixmap(24, 24).toImage();
    if (image.isNull())
        return false;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

QStringList sourceFiles()
{
    QStringList files;
    for (const char* dir : {"ui", "app"}) {
        QDirIterator it(QStringLiteral(HINDSIGHT_SOURCE_DIR "/") + QLatin1String(dir), {"*.cpp", "*.h"},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

// Checks every visible action of a toolbar (widgets such as the search field aside).
void checkToolBar(QToolBar* bar, int minimumActions)
{
    QVERIFY(bar);
    QVERIFY2(bar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon
                 || bar->toolButtonStyle() == Qt::ToolButtonTextUnderIcon,
             "the toolbar shows icons and text");
    int count = 0;
    for (QAction* a : bar->actions()) {
        if (a->isSeparator() || qobject_cast<QWidgetAction*>(a))
            continue;
        ++count;
        QVERIFY2(drawsSomething(a->icon()), qPrintable(a->objectName() + QStringLiteral(" has no icon")));
        QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
    }
    QVERIFY2(count >= minimumActions, qPrintable(QString::number(count)));
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        // A machine without an icon theme.
        QIcon::setThemeName(QString());
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
        QVERIFY(m_dir.isValid());
    }

    // Every icon name in ui/ and app/ (QIcon::fromTheme, icons::themed, and the archive window's
    // action maker) has a bundled file that renders; no fromTheme call goes without a fallback.
    void everyThemeNameHasABundledIcon()
    {
        static const QRegularExpression named(
            QStringLiteral("(?:fromTheme|themed|make)\\(\\s*QStringLiteral\\(\"([A-Za-z0-9._-]+)\"\\)"));
        static const QRegularExpression bare(QStringLiteral("fromTheme\\(\\s*QStringLiteral\\(\"[^\"]+\"\\)\\s*\\)"));
        QSet<QString> names;
        for (const QString& path : sourceFiles()) {
            const QString text = readText(path);
            QVERIFY2(!bare.match(text).hasMatch(),
                     qPrintable(path + QStringLiteral(": QIcon::fromTheme without a fallback, use icons::themed")));
            for (auto it = named.globalMatch(text); it.hasNext();)
                names.insert(it.next().captured(1));
        }
        names.remove(QStringLiteral("io.github.hindsight.Hindsight")); // the app icon: its own fallback
        QVERIFY2(names.size() >= 20, qPrintable(QString::number(names.size()))); // the grep found them
        for (const QString& name : std::as_const(names)) {
            const QString file = QStringLiteral(":/icons/%1.svg").arg(name);
            QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing")));
            QVERIFY2(drawsSomething(QIcon(file)), qPrintable(file));
            QVERIFY2(drawsSomething(icons::themed(name)), qPrintable(name));
        }
    }

    void archiveToolBarHasIconsAndText()
    {
        MainWindow w;
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("icons.sqlite"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkToolBar(w.findChild<QToolBar*>(QStringLiteral("mainToolBar")), 4);
    }

    void editorToolBarHasIconsAndText()
    {
        QString error;
        auto archive = Archive::open(m_dir.filePath(QStringLiteral("editor.sqlite")), Archive::Access::ReadWrite,
                                     &error);
        QVERIFY2(archive, qPrintable(error));
        EditorWindow* w = EditorWindow::createCoe(*archive, QStringLiteral("Icons"), nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        checkToolBar(w->findChild<QToolBar*>(QStringLiteral("mainToolBar")), 6);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        w->close();
        QTRY_VERIFY(EditorWindow::openWindows().isEmpty());
    }
};

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"
