// SPDX-License-Identifier: MIT
// A team archive whose server connection drops (pg_terminate_backend from a
// second connection, and a server that refuses connections for a while): an
// open editor keeps its text, shows the failed save with Retry, and Retry
// connects again and saves, the revision check still applying; the archive
// window's reads connect again. On the HINDSIGHT_TEST_PG server, and a real
// restart on a private server of its own.
#include "ExampleCoe.h"
#include "PgServer.h"
#include "TestSupport.h"
#include "document/AutoSaver.h"
#include "document/CoeDocument.h"
#include "editor/EditorWindow.h"
#include "itemmodels/CoeTableModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"
#include "storage/CoeRepository.h"
#include "widgets/Banner.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace hindsight;

namespace {

// A throw-away PostgreSQL server of its own (tests/with-postgres.sh), for as
// long as this lives: its socket URI (local connections need no password)
// and the shell command that restarts it.
struct PrivateServer
{
    QProcess process;
    QString uri, restart, error;

    bool start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("HINDSIGHT_TEST_PG")); // else the script would reuse the shared server
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("bash"),
                      {QStringLiteral(HINDSIGHT_SOURCE_DIR "/tests/with-postgres.sh"), QStringLiteral("bash"),
                       QStringLiteral("-c"),
                       QStringLiteral("printf '%s\\n%s\\n' \"$HINDSIGHT_TEST_PG_SOCKET\" \"$HINDSIGHT_TEST_PG_RESTART\"; "
                                      "read -r _")});
        QStringList lines;
        QDeadlineTimer deadline(180000);
        while (lines.size() < 2 && !deadline.hasExpired()) {
            if (process.canReadLine()) {
                lines << QString::fromUtf8(process.readLine()).trimmed();
                continue;
            }
            if (process.state() == QProcess::NotRunning)
                break;
            process.waitForReadyRead(1000);
        }
        if (lines.size() < 2 || lines.at(0).isEmpty() || lines.at(1).isEmpty()) {
            error = QStringLiteral("the private server did not start: ")
                + QString::fromUtf8(process.readAllStandardError());
            return false;
        }
        uri = lines.at(0);
        restart = lines.at(1);
        return true;
    }
    ~PrivateServer()
    {
        process.closeWriteChannel(); // `read` ends: the script stops the server and removes its folder
        if (!process.waitForFinished(60000))
            process.kill();
    }
};

} // namespace

class TestServerReconnect : public QObject
{
    Q_OBJECT

    // Runs `statement` as the superuser in the server's own database.
    static bool onServer(const QString& statement, QString* error = nullptr)
    {
        const QString name = QStringLiteral("reconnect-admin-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            ArchiveLocation::parse(test::postgresUri()).configure(db);
            QSqlQuery q(db);
            ok = db.open() && q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text() + db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // One value from the server's own database, as the superuser.
    static QVariant serverValue(const QString& statement, const QString& serverUri = test::postgresUri())
    {
        const QString name = QStringLiteral("reconnect-value-") + QUuid::createUuid().toString(QUuid::Id128);
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            ArchiveLocation::parse(serverUri).configure(db);
            QSqlQuery q(db);
            if (db.open() && q.exec(statement) && q.next())
                value = q.value(0);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    // Ends every connection to `database` (the archive's, here) and waits until they are gone.
    static bool dropConnections(const QString& database)
    {
        QString error;
        const bool ok =
            onServer(QStringLiteral("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                                    "WHERE datname = '%1'")
                         .arg(database),
                     &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    static bool allowConnections(const QString& database, bool allow)
    {
        return onServer(QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS %2")
                            .arg(database, allow ? QStringLiteral("true") : QStringLiteral("false")));
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

    void retryConnectsAgainAndSaves()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QString error;
        auto archive = Archive::open(database.uri(), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        Coe coe = test::exampleCoe();
        QVERIFY(CoeRepository(*archive).save(coe).ok());

        EditorWindow* w = EditorWindow::openCoe(*archive, coe.uuid, nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        w->show();
        // The server drops the connection and, for a while, takes no new one.
        QVERIFY(allowConnections(database.name(), false));
        QVERIFY(dropConnections(database.name()));
        const QString kept = QStringLiteral("Typed while the server was away");
        w->document()->setTitle(kept);
        QVERIFY(!w->autoSaver()->saveNow());
        QCOMPARE(w->autoSaver()->state(), AutoSaver::State::Failed);
        QCOMPARE(w->document()->coe().title, kept); // the text is kept in memory
        Banner* banner = visibleBanner(w);
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QStringLiteral("Not saved")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("connection")), qPrintable(banner->text()));
        auto* retry = banner->findChild<QPushButton*>();
        QVERIFY(retry && retry->isVisibleTo(banner));
        QCOMPARE(retry->text(), QStringLiteral("Retry"));
        // Retry while the server still refuses: still not saved, still kept.
        retry->click();
        QCOMPARE(w->autoSaver()->state(), AutoSaver::State::Failed);
        QCOMPARE(w->document()->coe().title, kept);

        // The server is back: Retry connects again and saves.
        QVERIFY(allowConnections(database.name(), true));
        retry->click();
        QCOMPARE(w->autoSaver()->state(), AutoSaver::State::Saved);
        QVERIFY(!banner->isVisibleTo(w));
        {
            auto other = Archive::open(database.uri(), Archive::Access::ReadOnly, &error);
            QVERIFY2(other, qPrintable(error));
            const std::optional<Coe> stored = CoeRepository(*other).load(coe.uuid, &error);
            QVERIFY2(stored, qPrintable(error));
            QCOMPARE(stored->title, kept);
        }
        delete w;
    }

    void revisionCheckStillAppliesAfterReconnecting()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QString error;
        auto archive = Archive::open(database.uri(), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        Coe coe = test::exampleCoe();
        QVERIFY(CoeRepository(*archive).save(coe).ok());
        EditorWindow* w = EditorWindow::openCoe(*archive, coe.uuid, nullptr, &error);
        QVERIFY2(w, qPrintable(error));

        QVERIFY(dropConnections(database.name()));
        // Someone else saves the COE meanwhile.
        {
            auto other = Archive::open(database.uri(), Archive::Access::ReadWrite, &error);
            QVERIFY2(other, qPrintable(error));
            Coe theirs = *CoeRepository(*other).load(coe.uuid, &error);
            theirs.title = QStringLiteral("Their title");
            QVERIFY(CoeRepository(*other).save(theirs).ok());
        }
        w->document()->setTitle(QStringLiteral("My title"));
        QVERIFY(!w->autoSaver()->saveNow());
        QCOMPARE(w->autoSaver()->lastStatus(), SaveResult::Status::Conflict);
        QCOMPARE(w->document()->coe().title, QStringLiteral("My title"));
        const std::optional<Coe> stored = CoeRepository(*archive).load(coe.uuid, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->title, QStringLiteral("Their title"));
        delete w;
    }

    // A real restart of a server: a private one, started for this test by
    // tests/with-postgres.sh (restarting the shared one would break the tests
    // running beside this one), reached over its unix socket.
    void survivesAServerRestart()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        PrivateServer own;
        QVERIFY2(own.start(), qPrintable(own.error));
        const QString restart = own.restart;
        test::PostgresTestDatabase database(own.uri);
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QString error;
        auto archive = Archive::open(database.uri(), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        Coe coe = test::exampleCoe();
        QVERIFY(CoeRepository(*archive).save(coe).ok());
        EditorWindow* w = EditorWindow::openCoe(*archive, coe.uuid, nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        CoeTableModel model;
        model.setArchive(archive.get());
        QCOMPARE(model.rowCount(), 1);

        const QString startedBefore =
            serverValue(QStringLiteral("SELECT pg_postmaster_start_time()::text"), own.uri).toString();
        QVERIFY(!startedBefore.isEmpty());
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), restart});
        QVERIFY(p.waitForFinished(90000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString startedAfter =
            serverValue(QStringLiteral("SELECT pg_postmaster_start_time()::text"), own.uri).toString();
        QVERIFY(!startedAfter.isEmpty());
        QVERIFY(startedAfter != startedBefore); // a new server process

        const QString kept = QStringLiteral("Typed across a restart");
        w->document()->setTitle(kept);
        w->autoSaver()->saveNow();
        if (w->autoSaver()->state() == AutoSaver::State::Failed) {
            // The banner's Retry connects again.
            QCOMPARE(w->document()->coe().title, kept);
            Banner* banner = visibleBanner(w);
            QVERIFY(banner);
            auto* retry = banner->findChild<QPushButton*>();
            QVERIFY(retry);
            retry->click();
        }
        QCOMPARE(w->autoSaver()->state(), AutoSaver::State::Saved);
        model.refresh();
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 1);
        const std::optional<Coe> stored = CoeRepository(*archive).load(coe.uuid, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->title, kept);
        delete w;
    }

    void archiveReadsConnectAgainOrSayWhy()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QString error;
        auto archive = Archive::open(database.uri(), Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        Coe coe = test::exampleCoe();
        QVERIFY(CoeRepository(*archive).save(coe).ok());
        CoeTableModel model;
        model.setArchive(archive.get());
        QCOMPARE(model.rowCount(), 1);

        // Dropped, the server still up: the next read connects again.
        QVERIFY(dropConnections(database.name()));
        model.refresh();
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(CoeRepository(*archive).load(coe.uuid, &error));

        // Dropped and refused: a clear error at once, and reads again once the server is back.
        QVERIFY(allowConnections(database.name(), false));
        QVERIFY(dropConnections(database.name()));
        model.refresh();
        QVERIFY2(model.lastError().contains(QStringLiteral("connection")), qPrintable(model.lastError()));
        QVERIFY(allowConnections(database.name(), true));
        model.refresh();
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestServerReconnect)
#include "TestServerReconnect.moc"
