// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace hindsight::test {

QString dataPath(const QString& fileName)
{
    return QDir(QStringLiteral(HINDSIGHT_TEST_DATA)).filePath(fileName);
}

QByteArray readData(const QString& fileName)
{
    QFile f(dataPath(fileName));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString binaryPath()
{
    return QStringLiteral(HINDSIGHT_BINARY);
}

QByteArray fileChecksum(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool isCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString missingToolMessage(const QString& program)
{
    if (!QStandardPaths::findExecutable(program).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed (not found on PATH)").arg(program);
}

namespace {

const QString kPostgres = QStringLiteral("postgresql");
const QString kAdminConnection = QStringLiteral("hindsight-test-admin");

QString serverUri()
{
    return qEnvironmentVariable("HINDSIGHT_TEST_PG");
}

// Libpq keywords for QPSQL from the URI (host, port, dbname, user, password, options...).
void configure(QSqlDatabase& db, const QString& uri)
{
    const QUrl url(uri);
    QStringList options;
    auto add = [&options](const QString& key, const QString& value) {
        QString v = value;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char('\''), QLatin1String("\\'"));
        options << key + QStringLiteral("='") + v + QLatin1Char('\'');
    };
    if (!url.host().isEmpty())
        add(QStringLiteral("host"), url.host(QUrl::FullyDecoded));
    if (url.port() != -1)
        add(QStringLiteral("port"), QString::number(url.port()));
    const QString dbname = url.path(QUrl::FullyDecoded).mid(1);
    if (!dbname.isEmpty())
        add(QStringLiteral("dbname"), dbname);
    if (!url.userName().isEmpty())
        add(QStringLiteral("user"), url.userName(QUrl::FullyDecoded));
    if (!url.password().isEmpty())
        db.setPassword(url.password(QUrl::FullyDecoded));
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        add(key, value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

QSqlDatabase admin(QString* error)
{
    if (QSqlDatabase::contains(kAdminConnection)) {
        QSqlDatabase db = QSqlDatabase::database(kAdminConnection, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(kAdminConnection)
        ? QSqlDatabase::database(kAdminConnection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    configure(db, serverUri());
    if (!db.open()) {
        if (error)
            *error = db.lastError().text().trimmed();
        return db;
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

QStringList g_schemas;
QStringList g_roles;

void dropAll()
{
    if (!QSqlDatabase::contains(kAdminConnection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(kAdminConnection, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            for (const QString& schema : std::as_const(g_schemas))
                q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
            for (const QString& role : std::as_const(g_roles))
                q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
}

QString withQueryItem(const QString& uri, const QString& key, const QString& value)
{
    QUrl url(uri);
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

} // namespace

QStringList archiveBackends()
{
    return {QStringLiteral("sqlite"), kPostgres};
}

void addArchiveBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString& backend : archiveBackends())
        QTest::newRow(qPrintable(backend)) << backend;
}

QString archiveBackendProblem(const QString& backend)
{
    if (backend != kPostgres)
        return {};
    if (serverUri().isEmpty())
        return QStringLiteral("HINDSIGHT_TEST_PG is not set: the PostgreSQL back end is not tested (set it to a "
                              "server's URI, e.g. postgresql:///postgres?host=/tmp/pg&port=55432&user=postgres)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("the Qt PostgreSQL driver QPSQL is not installed (libqt6sql6-psql)");
    QString error;
    if (!admin(&error).isOpen())
        return QStringLiteral("cannot connect to HINDSIGHT_TEST_PG (%1): %2").arg(serverUri(), error);
    return {};
}

QString freshArchiveLocation(const QString& backend, const QString& sqlitePath, QString* error)
{
    if (backend != kPostgres)
        return sqlitePath;
    QString err;
    QSqlDatabase db = admin(&err);
    if (!db.isOpen()) {
        if (error)
            *error = err;
        return {};
    }
    static QAtomicInteger<int> counter;
    static bool registered = false;
    if (!registered) {
        qAddPostRoutine(dropAll);
        registered = true;
    }
    const QString schema = QStringLiteral("hindsight_test_%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema))
        || !q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema))) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    g_schemas << schema;
    return withQueryItem(serverUri(), QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
}

namespace {
QString schemaOf(const QString& location)
{
    const QString options = QUrlQuery(QUrl(location)).queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded);
    return options.section(QLatin1Char('='), 1);
}
} // namespace

bool archiveIsWhereItShouldBe(const QString& location)
{
    if (!location.startsWith(QLatin1String("postgres")))
        return true;
    QString err;
    QSqlDatabase db = admin(&err);
    QSqlQuery q(db);
    return db.isOpen()
        && q.exec(QStringLiteral("SELECT to_regclass('%1.coes') IS NOT NULL AND to_regclass('%1.schema_version') IS NOT NULL")
                      .arg(schemaOf(location)))
        && q.next() && q.value(0).toBool();
}

bool execInArchive(const QString& location, const QString& statement, QString* error)
{
    QString err;
    QSqlDatabase db = admin(&err);
    QSqlQuery q(db);
    if (!db.isOpen() || !q.exec(QStringLiteral("SET search_path = %1").arg(schemaOf(location))) || !q.exec(statement)
        || !q.exec(QStringLiteral("RESET search_path"))) {
        if (error)
            *error = db.isOpen() ? q.lastError().text() : err;
        return false;
    }
    return true;
}

QString readerLocation(const QString& location, QString* error)
{
    QString err;
    QSqlDatabase db = admin(&err);
    if (!db.isOpen()) {
        if (error)
            *error = err;
        return {};
    }
    const QString schema = schemaOf(location);
    const QString role = schema + QStringLiteral("_reader");
    QSqlQuery q(db);
    for (const QString& statement :
         {QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), QStringLiteral("CREATE ROLE %1 LOGIN").arg(role),
          QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role),
          QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, role)}) {
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
    }
    g_roles.prepend(role); // dropped after the schemas that name it
    QUrl url(location);
    url.setUserName(role);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("user"));
    url.setQuery(query);
    return url.toString();
}

} // namespace hindsight::test
