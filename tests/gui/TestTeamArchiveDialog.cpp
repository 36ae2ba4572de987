// SPDX-License-Identifier: MIT
// File › Open Team Archive…: the dialog builds the URI; the window opens a URI
// as a team archive (never as a file name), refuses a file in a missing
// folder, remembers team archives without password, and asks for a password
// through the PasswordDialog seam.
#include "TestSupport.h"
#include "archive/MainWindow.h"
#include "archive/RecentArchivesMenu.h"
#include "archive/TeamArchiveDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hindsight;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

QPushButton* openButton(QWidget* dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Open);
}

bool isEmptyFolder(const QString& path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestTeamArchiveDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cwd;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Settings::installTemporaryInstance();
        // A URI taken as a file name would show up here as a folder "postgresql:".
        m_cwd = m_dir.filePath(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(m_cwd));
        QVERIFY(QDir::setCurrent(m_cwd));
    }

    void cleanup()
    {
        PasswordDialog::takeAsked();
        PasswordDialog::forgetSessionPasswords();
    }

    void buildsServerUri()
    {
        TeamArchiveDialog dialog;
        QVERIFY(!openButton(&dialog)->isEnabled()); // no database yet
        child<QLineEdit>(&dialog, "hostLineEdit")->setText(QStringLiteral("db.example.com"));
        child<QSpinBox>(&dialog, "portSpinBox")->setValue(5433);
        child<QLineEdit>(&dialog, "userLineEdit")->setText(QStringLiteral("ann@team"));
        auto* ssl = child<QComboBox>(&dialog, "sslModeComboBox");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        QVERIFY(!openButton(&dialog)->isEnabled());
        child<QLineEdit>(&dialog, "databaseLineEdit")->setText(QStringLiteral("team coes"));
        QVERIFY(openButton(&dialog)->isEnabled());
        const QString expected =
            QStringLiteral("postgresql://ann%40team@db.example.com:5433/team%20coes?sslmode=verify-full");
        QCOMPARE(dialog.uri(), expected);
        QVERIFY(child<QLabel>(&dialog, "uriLabel")->text().contains(expected));
    }

    void sslModesOffered()
    {
        TeamArchiveDialog dialog;
        auto* ssl = child<QComboBox>(&dialog, "sslModeComboBox");
        QStringList modes;
        for (int i = 0; i < ssl->count(); ++i)
            modes << ssl->itemData(i).toString();
        QCOMPARE(modes, QStringList({QString(), QStringLiteral("disable"), QStringLiteral("prefer"),
                                     QStringLiteral("require"), QStringLiteral("verify-ca"),
                                     QStringLiteral("verify-full")}));
    }

    void buildsServiceUri()
    {
        TeamArchiveDialog dialog;
        child<QLineEdit>(&dialog, "hostLineEdit")->setText(QStringLiteral("ignored"));
        child<QRadioButton>(&dialog, "serviceRadioButton")->setChecked(true);
        QVERIFY(!child<QLineEdit>(&dialog, "hostLineEdit")->isEnabled());
        QVERIFY(!child<QSpinBox>(&dialog, "portSpinBox")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "sslModeComboBox")->isEnabled());
        QVERIFY(!openButton(&dialog)->isEnabled());
        child<QLineEdit>(&dialog, "serviceLineEdit")->setText(QStringLiteral("coes"));
        QVERIFY(openButton(&dialog)->isEnabled());
        QCOMPARE(dialog.uri(), QStringLiteral("postgresql://?service=coes"));
    }

    void filledFromUri()
    {
        TeamArchiveDialog dialog;
        dialog.setParameters(
            ArchiveLocation::parse(QStringLiteral("postgresql://?service=coes")).parameters());
        QVERIFY(child<QRadioButton>(&dialog, "serviceRadioButton")->isChecked());
        QCOMPARE(dialog.uri(), QStringLiteral("postgresql://?service=coes"));
        const QString server =
            QStringLiteral("postgresql://ann@db:5433/coes?sslmode=require&connect_timeout=5");
        dialog.setParameters(ArchiveLocation::parse(server).parameters());
        QVERIFY(child<QRadioButton>(&dialog, "serverRadioButton")->isChecked());
        QCOMPARE(dialog.uri(), server);
    }

    void hasNoPasswordField()
    {
        TeamArchiveDialog dialog;
        for (QLineEdit* edit : dialog.findChildren<QLineEdit*>())
            QVERIFY2(edit->echoMode() == QLineEdit::Normal, qPrintable(edit->objectName()));
        // A password given in a URI is not kept by the dialog either.
        dialog.setParameters(
            ArchiveLocation::parse(QStringLiteral("postgresql://ann:secret@db/coes")).parameters());
        QVERIFY(!dialog.uri().contains(QLatin1String("secret")));
    }

    void windowOpensTeamArchiveFromTheMenu()
    {
        MainWindow w;
        const QString file = m_dir.filePath(QStringLiteral("local.sqlite"));
        QVERIFY(w.openArchive(file));
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto* dialog = qobject_cast<TeamArchiveDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            child<QLineEdit>(dialog, "hostLineEdit")->setText(QStringLiteral("db.example.com"));
            child<QLineEdit>(dialog, "databaseLineEdit")->setText(QStringLiteral("coes"));
            child<QLineEdit>(dialog, "userLineEdit")->setText(QStringLiteral("ann"));
            filled = true;
            openButton(dialog)->click();
        });
        child<QAction>(&w, "actionOpenTeamArchive")->trigger();
        QVERIFY(filled);
        // No such server: the PostgreSQL back end says it cannot connect, the
        // window keeps its archive, nothing made in the working folder.
        auto* banner = w.findChild<Banner*>();
        QVERIFY2(banner->text().contains(QLatin1String("postgresql://ann@db.example.com/coes")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("PostgreSQL")), qPrintable(banner->text()));
        QVERIFY(w.archive());
        QCOMPARE(w.archive()->path(), file);
        QVERIFY(isEmptyFolder(m_cwd));
        QVERIFY(PasswordDialog::takeAsked().isEmpty()); // not a password problem: nobody asked
    }

    void windowNeverTakesUriAsPath()
    {
        MainWindow w;
        QVERIFY(!w.openArchive(QStringLiteral("postgresql://x@localhost/db")));
        QVERIFY(!w.archive());
        QVERIFY2(w.findChild<Banner*>()->text().contains(QLatin1String("postgresql://x@localhost/db")),
                 qPrintable(w.findChild<Banner*>()->text()));
        QVERIFY(isEmptyFolder(m_cwd));
    }

    void windowRefusesMissingFolder()
    {
        MainWindow w;
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/archive.sqlite"));
        QVERIFY(!w.openArchive(path));
        const QString text = w.findChild<Banner*>()->text();
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)) &&
                     text.contains(QLatin1String("does not exist")),
                 qPrintable(text));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
    }

    void recentMenuOffersTeamArchivesWithoutPassword()
    {
        const QString file = m_dir.filePath(QStringLiteral("recent.sqlite"));
        QVERIFY(Settings::instance()->setRecentArchives(
            {QStringLiteral("postgresql://ann:secret@db/coes"), file}));
        RecentArchivesMenu menu;
        emit menu.aboutToShow();
        const QList<QAction*> actions = menu.actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("postgresql://ann@db/coes"));
        QVERIFY(!actions.at(0)->statusTip().contains(QLatin1String("secret")));
        QSignalSpy opened(&menu, &RecentArchivesMenu::openRequested);
        QSignalSpy missing(&menu, &RecentArchivesMenu::missing);
        actions.at(0)->trigger(); // a URI is not a missing file
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("postgresql://ann@db/coes"));
        QCOMPARE(missing.size(), 0);
        actions.at(1)->trigger(); // the file does not exist: dropped
        QCOMPARE(missing.size(), 1);
        QCOMPARE(Settings::instance()->recentArchives(),
                 QStringList({QStringLiteral("postgresql://ann@db/coes")}));
    }

    void passwordSeam()
    {
        PasswordDialog::setNextPassword(QStringLiteral("pw"));
        QCOMPARE(
            PasswordDialog::ask(nullptr, QStringLiteral("postgresql://ann@db/coes"), QStringLiteral("ann")),
            std::optional<QString>(QStringLiteral("pw")));
        PasswordDialog::setNextCancel();
        QCOMPARE(
            PasswordDialog::ask(nullptr, QStringLiteral("postgresql://ann@db/coes"), QStringLiteral("ann")),
            std::optional<QString>());
        QCOMPARE(PasswordDialog::takeAsked(), QStringList({QStringLiteral("postgresql://ann@db/coes"),
                                                           QStringLiteral("postgresql://ann@db/coes")}));
        // For this session only: in memory, and not in the settings.
        PasswordDialog::rememberForSession(QStringLiteral("postgresql://ann@db/coes"), QStringLiteral("pw"));
        QCOMPARE(PasswordDialog::sessionPassword(QStringLiteral("postgresql://ann@db/coes")),
                 QStringLiteral("pw"));
        for (const QString& recent : Settings::instance()->recentArchives())
            QVERIFY(!recent.contains(QLatin1String("pw@")));
        PasswordDialog::forgetSessionPasswords();
        QCOMPARE(PasswordDialog::sessionPassword(QStringLiteral("postgresql://ann@db/coes")), QString());
    }
};

QTEST_MAIN(TestTeamArchiveDialog)
#include "TestTeamArchiveDialog.moc"
