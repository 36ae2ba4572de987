// SPDX-License-Identifier: MIT
// A team archive opened by a login role granted only hindsight_reader: the
// archive window and the editor show the same read-only banners as for a file
// that cannot be written, and nothing can be created. On the HINDSIGHT_TEST_PG server.
#include "ExampleCoe.h"
#include "PgServer.h"
#include "TestSupport.h"
#include "archive/MainWindow.h"
#include "editor/EditorWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"
#include "storage/CoeRepository.h"
#include "storage/TeamArchive.h"
#include "widgets/Banner.h"

#include <QAction>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace hindsight;

class TestTeamReadOnlyBanner : public QObject
{
    Q_OBJECT
    QString m_role;

    static bool adminExec(const QString& uri, const QString& statement)
    {
        const QString name = QStringLiteral("team-banner-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            ArchiveLocation::parse(uri).configure(db);
            QSqlQuery q(db);
            ok = db.open() && q.exec(statement);
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text() + db.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    static Banner* visibleBanner(QWidget* w)
    {
        for (Banner* b : w->findChildren<Banner*>())
            if (b->isVisibleTo(w))
                return b;
        return nullptr;
    }

private slots:
    void initTestCase() { Settings::installTemporaryInstance(); }

    void cleanupTestCase()
    {
        if (!m_role.isEmpty())
            adminExec(test::postgresUri(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
    }

    void readerSeesTheReadOnlyBanners()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const TeamArchive::Result init = TeamArchive::initialize(database.uri());
        QVERIFY2(init.ok, qPrintable(init.message));
        QString error;
        Coe coe = test::exampleCoe();
        {
            auto admin = Archive::open(database.uri(), Archive::Access::ReadWrite, &error);
            QVERIFY2(admin, qPrintable(error));
            const SaveResult saved = CoeRepository(*admin).save(coe);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
        }
        m_role = QStringLiteral("reader_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QVERIFY(adminExec(server, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-reader'").arg(m_role)));
        QVERIFY(adminExec(server, QStringLiteral("GRANT hindsight_reader TO %1").arg(m_role)));
        PostgresParameters p = ArchiveLocation::parse(database.uri()).parameters();
        p.user = m_role;
        p.password = QStringLiteral("pw-reader");
        const QString readerUri = ArchiveLocation::buildUri(p);

        MainWindow w;
        QVERIFY(w.openArchive(readerUri));
        QVERIFY(w.archive()->isReadOnly());
        Banner* banner = visibleBanner(&w);
        QVERIFY(banner);
        // The words of a file that cannot be written, with the archive's name.
        QVERIFY2(banner->text().contains(QStringLiteral("cannot be written, so it was opened read-only")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(ArchiveLocation::parse(readerUri).displayText()),
                 qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QStringLiteral("pw-reader")), qPrintable(banner->text()));
        QVERIFY(w.newCoe().isNull());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionNewCoe"))->isEnabled());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());

        EditorWindow* editor = EditorWindow::openCoe(*w.archive(), coe.uuid, nullptr, &error);
        QVERIFY2(editor, qPrintable(error));
        Banner* editorBanner = visibleBanner(editor);
        QVERIFY(editorBanner);
        QVERIFY2(editorBanner->text().contains(QStringLiteral("open read-only")),
                 qPrintable(editorBanner->text()));
        delete editor;
    }
};

QTEST_MAIN(TestTeamReadOnlyBanner)
#include "TestTeamReadOnlyBanner.moc"
