// SPDX-License-Identifier: MIT
// A team archive set up by init-team-archive (TeamArchive::initialize): a
// login role granted only hindsight_reader opens it read-only and every write
// through the storage API is refused, changing nothing; one granted
// hindsight_writer saves. On the HINDSIGHT_TEST_PG server.
#include "ExampleCoe.h"
#include "PgServer.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"
#include "storage/CoeRepository.h"
#include "storage/TeamArchive.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace hindsight;

class TestTeamRoles : public QObject
{
    Q_OBJECT
    QStringList m_roles;

    // Runs `statement` as the server's superuser in `uri`'s database.
    static bool adminExec(const QString& uri, const QString& statement, QString* error = nullptr)
    {
        const QString name = QStringLiteral("team-roles-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            ArchiveLocation::parse(uri).configure(db);
            QSqlQuery q(db);
            ok = db.open() && q.exec(statement);
            if (!ok && error)
                *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A login role with a password, granted `group`; its URI for `uri`'s database.
    QString person(const QString& uri, const QString& group)
    {
        const QString role = QStringLiteral("person_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QString error;
        if (!adminExec(uri, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'").arg(role), &error) ||
            !adminExec(uri, QStringLiteral("GRANT %1 TO %2").arg(group, role), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        m_roles << role;
        PostgresParameters p = ArchiveLocation::parse(uri).parameters();
        p.user = role;
        p.password = QStringLiteral("pw-") + role;
        return ArchiveLocation::buildUri(p);
    }

private slots:
    void cleanupTestCase()
    {
        for (const QString& role : std::as_const(m_roles))
            adminExec(test::postgresUri(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    void readerIsRefusedWriterSaves()
    {
        HINDSIGHT_REQUIRE_POSTGRES(server);
        test::PostgresTestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const TeamArchive::Result init = TeamArchive::initialize(database.uri());
        QVERIFY2(init.ok, qPrintable(init.message));
        const QString readerUri = person(database.uri(), TeamArchive::readerRole());
        const QString writerUri = person(database.uri(), TeamArchive::writerRole());
        QVERIFY(!readerUri.isEmpty() && !writerUri.isEmpty());

        QString error;
        Coe stored = test::exampleCoe();
        {
            auto writer = Archive::open(writerUri, Archive::Access::ReadWrite, &error);
            QVERIFY2(writer, qPrintable(error));
            QVERIFY(!writer->isReadOnly());
            QVERIFY(writer->readOnlyMessage().isEmpty());
            const SaveResult saved = CoeRepository(*writer).save(stored);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            // And saves again (the revision check and the live-count trigger as this role).
            stored.title += QStringLiteral(" (edited)");
            const SaveResult again = CoeRepository(*writer).save(stored);
            QVERIFY2(again.ok(), qPrintable(again.error));
        }

        auto reader = Archive::open(readerUri, Archive::Access::ReadWrite, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(reader->isReadOnly());
        QVERIFY(reader->openedReadOnlyFallback()); // the same state as a file that cannot be written
        QVERIFY2(reader->readOnlyMessage().contains(QStringLiteral("may not write")),
                 qPrintable(reader->readOnlyMessage()));
        CoeRepository repository(*reader);
        const std::optional<Coe> read = repository.load(stored.uuid, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->title, stored.title);

        Coe changed = *read;
        changed.title = QStringLiteral("A reader's change");
        const SaveResult refused = repository.save(changed);
        QCOMPARE(refused.status, SaveResult::Status::Error);
        QVERIFY2(refused.error.contains(QStringLiteral("read-only")), qPrintable(refused.error));
        Coe fresh = test::exampleCoe();
        fresh.uuid = QUuid::createUuid();
        QVERIFY(!repository.save(fresh).ok());
        QString removeError;
        QVERIFY(!repository.remove(stored.uuid, &removeError));
        QVERIFY2(!removeError.isEmpty(), "a refused remove says why");

        // Nothing changed: the writer still sees exactly what it saved, and one COE.
        auto check = Archive::open(writerUri, Archive::Access::ReadOnly, &error);
        QVERIFY2(check, qPrintable(error));
        const std::optional<Coe> after = CoeRepository(*check).load(stored.uuid, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->title, stored.title);
        QCOMPARE(after->revision, stored.revision);
        QCOMPARE(CoeRepository(*check).list(&error).size(), 1);
        QVERIFY(!CoeRepository(*check).exists(fresh.uuid));
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "TestTeamRoles.moc"
