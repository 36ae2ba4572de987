// SPDX-License-Identifier: MIT
// ArchiveLocation: a file path or a PostgreSQL URI as libpq reads it, URIs
// built with percent-encoding, and never a password shown or stored.
#include "TestSupport.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

Q_DECLARE_METATYPE(hindsight::PostgresParameters)

namespace {

PostgresParameters params(const QString& host, const QString& port, const QString& database,
                          const QString& user, const QString& password = {}, const QString& service = {},
                          const QString& sslMode = {})
{
    PostgresParameters p;
    p.host = host;
    p.port = port;
    p.database = database;
    p.user = user;
    p.password = password;
    p.service = service;
    p.sslMode = sslMode;
    return p;
}

} // namespace

class TestArchiveLocation : public QObject
{
    Q_OBJECT

private slots:
    void libpqForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PostgresParameters>("expected");
        QTest::newRow("user, host, port, database, sslmode")
            << QStringLiteral("postgresql://user@host:5432/coes?sslmode=verify-full")
            << params(QStringLiteral("host"), QStringLiteral("5432"), QStringLiteral("coes"),
                      QStringLiteral("user"), {}, {}, QStringLiteral("verify-full"));
        QTest::newRow("socket folder as parameter")
            << QStringLiteral("postgresql:///coes?host=/var/run/postgresql")
            << params(QStringLiteral("/var/run/postgresql"), {}, QStringLiteral("coes"), {});
        QTest::newRow("socket folder percent-encoded as host")
            << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/coes")
            << params(QStringLiteral("/var/run/postgresql"), {}, QStringLiteral("coes"), {});
        QTest::newRow("service only") << QStringLiteral("postgresql://?service=coes")
                                      << params({}, {}, {}, {}, {}, QStringLiteral("coes"));
        QTest::newRow("postgres:// and a password")
            << QStringLiteral("postgres://ann:s%40cret@db.example.com/team%20coes")
            << params(QStringLiteral("db.example.com"), {}, QStringLiteral("team coes"),
                      QStringLiteral("ann"), QStringLiteral("s@cret"));
        QTest::newRow("IPv6") << QStringLiteral("postgresql://[::1]:5433/coes")
                              << params(QStringLiteral("::1"), QStringLiteral("5433"), QStringLiteral("coes"),
                                        {});
        QTest::newRow("host list") << QStringLiteral("postgresql://a:1,b:2/coes")
                                   << params(QStringLiteral("a,b"), QStringLiteral("1,2"),
                                             QStringLiteral("coes"), {});
        QTest::newRow("parameter wins")
            << QStringLiteral("postgresql://u@h/db?user=v&dbname=other&password=pw")
            << params(QStringLiteral("h"), {}, QStringLiteral("other"), QStringLiteral("v"),
                      QStringLiteral("pw"));
        QTest::newRow("nothing") << QStringLiteral("postgresql://") << PostgresParameters{};
    }

    void libpqForms()
    {
        QFETCH(QString, text);
        QFETCH(PostgresParameters, expected);
        const ArchiveLocation location = ArchiveLocation::parse(text);
        QVERIFY2(location.isPostgres(), qPrintable(location.error()));
        QCOMPARE(location.parameters().host, expected.host);
        QCOMPARE(location.parameters().port, expected.port);
        QCOMPARE(location.parameters().database, expected.database);
        QCOMPARE(location.parameters().user, expected.user);
        QCOMPARE(location.parameters().password, expected.password);
        QCOMPARE(location.parameters().service, expected.service);
        QCOMPARE(location.parameters().sslMode, expected.sslMode);
        // The URI built back reads the same.
        QCOMPARE(ArchiveLocation::parse(location.uri()).parameters(), location.parameters());
        QVERIFY(location.refusalBeforeOpening().isEmpty());
    }

    void otherParametersKept()
    {
        const ArchiveLocation location = ArchiveLocation::parse(
            QStringLiteral("postgresql://h/db?connect_timeout=10&application_name=my%20app"));
        QVERIFY(location.isPostgres());
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("connect_timeout"), QStringLiteral("10")},
            {QStringLiteral("application_name"), QStringLiteral("my app")}};
        QCOMPARE(location.parameters().options, expected);
        QCOMPARE(location.uri(),
                 QStringLiteral("postgresql://h/db?connect_timeout=10&application_name=my%20app"));
    }

    void invalidUris_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bad percent") << QStringLiteral("postgresql://h/db%zz");
        QTest::newRow("bad port") << QStringLiteral("postgresql://h:port/db");
        QTest::newRow("port out of range") << QStringLiteral("postgresql://h:70000/db");
        QTest::newRow("open IPv6") << QStringLiteral("postgresql://[::1/db");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://h/db?sslmode=sometimes");
        QTest::newRow("parameter without value") << QStringLiteral("postgresql://h/db?sslmode");
        QTest::newRow("injected keyword") << QStringLiteral("postgresql://h/db?a%20b=1");
        QTest::newRow("other scheme") << QStringLiteral("mysql://h/db");
        QTest::newRow("empty") << QString();
    }

    void invalidUris()
    {
        QFETCH(QString, text);
        const ArchiveLocation location = ArchiveLocation::parse(text);
        QCOMPARE(location.kind(), ArchiveLocation::Kind::Invalid);
        QVERIFY(!location.error().isEmpty());
        QCOMPARE(location.refusalBeforeOpening(), location.error());
        QVERIFY(location.storageText().isEmpty());
    }

    void passwordNeverShownNorStored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("in the user part") << QStringLiteral("postgresql://user:secret@host/coes");
        QTest::newRow("as a parameter") << QStringLiteral("postgresql://user@host/coes?password=secret");
        QTest::newRow("invalid URI") << QStringLiteral(
            "postgresql://user:secret@host:x/coes?password=secret");
    }

    void passwordNeverShownNorStored()
    {
        QFETCH(QString, text);
        const ArchiveLocation location = ArchiveLocation::parse(text);
        const QString shown = location.isValid() ? location.displayText() : location.error();
        QVERIFY2(!shown.contains(QLatin1String("secret")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("user")) && shown.contains(QLatin1String("host")),
                 qPrintable(shown));
        QVERIFY(!ArchiveLocation::displayTextOf(text).contains(QLatin1String("secret")));
        QVERIFY(!location.storageText().contains(QLatin1String("secret")));
        QVERIFY(!location.shortName().contains(QLatin1String("secret")));
        if (location.isValid()) {
            QCOMPARE(location.displayText(), QStringLiteral("postgresql://user@host/coes"));
            QCOMPARE(location.parameters().password, QStringLiteral("secret")); // still there to connect with
        }
    }

    void buildsUriWithPercentEncoding_data()
    {
        QTest::addColumn<PostgresParameters>("parameters");
        QTest::addColumn<QString>("uri");
        QTest::newRow("server") << params(QStringLiteral("db.example.com"), QStringLiteral("5433"),
                                          QStringLiteral("coes"), QStringLiteral("ann"), {}, {},
                                          QStringLiteral("verify-full"))
                                << QStringLiteral(
                                       "postgresql://ann@db.example.com:5433/coes?sslmode=verify-full");
        QTest::newRow("awkward values")
            << params(QStringLiteral("h"), {}, QStringLiteral("team/coes ñ?"), QStringLiteral("a@b:c"))
            << QStringLiteral("postgresql://a%40b%3Ac@h/team%2Fcoes%20%C3%B1%3F");
        QTest::newRow("socket folder")
            << params(QStringLiteral("/var/run/postgresql"), QStringLiteral("5432"), QStringLiteral("coes"),
                      {})
            << QStringLiteral("postgresql:///coes?host=/var/run/postgresql&port=5432");
        QTest::newRow("service") << params({}, {}, {}, {}, {}, QStringLiteral("team coes&more"))
                                 << QStringLiteral("postgresql://?service=team%20coes%26more");
        QTest::newRow("IPv6") << params(QStringLiteral("::1"), {}, QStringLiteral("coes"), {})
                              << QStringLiteral("postgresql://[::1]/coes");
        QTest::newRow("password in memory") << params(QStringLiteral("h"), {}, QStringLiteral("d"),
                                                      QStringLiteral("u"), QStringLiteral("p:w@/"))
                                            << QStringLiteral("postgresql://u:p%3Aw%40%2F@h/d");
    }

    void buildsUriWithPercentEncoding()
    {
        QFETCH(PostgresParameters, parameters);
        QFETCH(QString, uri);
        QCOMPARE(ArchiveLocation::buildUri(parameters), uri);
        QCOMPARE(ArchiveLocation::parse(uri).parameters(), parameters);
    }

    void configuresQpsqlConnection()
    {
        const ArchiveLocation location = ArchiveLocation::parse(
            QStringLiteral("postgresql://ann:pw@db:5433/coes?sslmode=require&service=s&connect_timeout=5"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("configure"));
        location.configure(db);
        QCOMPARE(db.hostName(), QStringLiteral("db"));
        QCOMPARE(db.port(), 5433);
        QCOMPARE(db.databaseName(), QStringLiteral("coes"));
        QCOMPARE(db.userName(), QStringLiteral("ann"));
        QCOMPARE(db.password(), QStringLiteral("pw"));
        QCOMPARE(db.connectOptions(), QStringLiteral("service='s';sslmode='require';connect_timeout='5'"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("configure"));
    }

    void filePaths()
    {
        QTemporaryDir dir;
        const ArchiveLocation relative = ArchiveLocation::parse(QStringLiteral("archive.sqlite"));
        QVERIFY(relative.isFile());
        QCOMPARE(relative.filePath(), QDir::current().absoluteFilePath(QStringLiteral("archive.sqlite")));
        const QString inDir = dir.filePath(QStringLiteral("a.sqlite"));
        QCOMPARE(ArchiveLocation::parse(inDir).refusalBeforeOpening(), QString());
        QCOMPARE(ArchiveLocation::parse(QUrl::fromLocalFile(inDir).toString()).filePath(), inDir);
        QCOMPARE(ArchiveLocation::parse(inDir).shortName(), QStringLiteral("a.sqlite"));
        QCOMPARE(ArchiveLocation::parse(inDir).storageText(), inDir);

        const QString missing = dir.filePath(QStringLiteral("missing/a.sqlite"));
        const QString refusal = ArchiveLocation::parse(missing).refusalBeforeOpening();
        QVERIFY2(refusal.contains(QDir::toNativeSeparators(missing)), qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("does not exist")), qPrintable(refusal));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));

        // The default archive's folder is made on first use.
        QCOMPARE(ArchiveLocation::parse(Archive::defaultPath()).refusalBeforeOpening(), QString());
    }

    void uriIsNeverOpenedAsFile()
    {
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        QString error;
        auto archive =
            Archive::open(QStringLiteral("postgresql://x@localhost/db"), Archive::Access::ReadWrite, &error);
        QDir::setCurrent(before);
        QVERIFY(!archive);
        QVERIFY2(error.contains(QLatin1String("PostgreSQL")), qPrintable(error));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void recentArchivesKeepUrisWithoutPassword()
    {
        Settings::installTemporaryInstance();
        Settings* s = Settings::instance();
        s->setRecentArchives({});
        s->addRecentArchive(QStringLiteral("/data/a.sqlite"));
        s->addRecentArchive(QStringLiteral("postgresql://ann:secret@db/coes"));
        s->addRecentArchive(QStringLiteral("postgresql://ann@db/coes")); // the same archive: one entry
        s->addRecentArchive(QStringLiteral("mysql://x/y"));              // neither: not kept
        QCOMPARE(s->recentArchives(),
                 QStringList({QStringLiteral("postgresql://ann@db/coes"), QStringLiteral("/data/a.sqlite")}));
        s->removeRecentArchive(QStringLiteral("postgresql://ann:other@db/coes"));
        QCOMPARE(s->recentArchives(), QStringList({QStringLiteral("/data/a.sqlite")}));
        // Written by hand with a password: read back without it.
        QVERIFY(s->setRecentArchives({QStringLiteral("postgresql://ann:secret@db/coes?password=x")}));
        QCOMPARE(s->recentArchives(), QStringList({QStringLiteral("postgresql://ann@db/coes")}));
    }

    void passwordRequestsRecognised()
    {
        QVERIFY(ArchiveLocation::isPasswordRequest(
            QStringLiteral("connection to server at \"db\" (10.0.0.1), port 5432 failed: fe_sendauth: no "
                           "password supplied")));
        QVERIFY(ArchiveLocation::isPasswordRequest(
            QStringLiteral("FATAL:  password authentication failed for user \"ann\"")));
        QVERIFY(!ArchiveLocation::isPasswordRequest(
            QStringLiteral("could not connect to server: Connection refused")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveLocation)
#include "TestArchiveLocation.moc"
