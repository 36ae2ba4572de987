// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "PgServer.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUuid>

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

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    if (n < 0 || !sourceText)
        return {}; // not a numerus message: the next translator or the source
    QString text = QString::fromUtf8(sourceText);
    text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
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
    return postgresUri();
}

// QPSQL's libpq keywords from the URI, as the archive itself sets them.
void configure(QSqlDatabase& db, const QString& uri)
{
    ArchiveLocation::parse(uri).configure(db);
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

// The URI `uri` with one more libpq parameter (key=value).
QString withParameter(const QString& uri, const QString& key, const QString& value)
{
    PostgresParameters p = ArchiveLocation::parse(uri).parameters();
    p.options.removeIf([&key](const QPair<QString, QString>& option) { return option.first == key; });
    p.options.append({key, value});
    return ArchiveLocation::buildUri(p);
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
    if (const QString missing = postgresMissingMessage(); !missing.isEmpty())
        return missing;
    QString error;
    if (!admin(&error).isOpen())
        return QStringLiteral("cannot connect to HINDSIGHT_TEST_PG (%1): %2").arg(serverUri(), error);
    return {};
}

std::unique_ptr<Archive> openFreshArchive(const QString& backend, const QString& folder, QString* error)
{
    const QString path = freshArchiveLocation(
        backend, QDir(folder).filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), error);
    if (path.isEmpty())
        return nullptr;
    return Archive::open(path, Archive::Access::ReadWrite, error);
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
    return withParameter(serverUri(), QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
}

namespace {
QString schemaOf(const QString& location)
{
    const ArchiveLocation parsed = ArchiveLocation::parse(location);
    for (const auto& [key, value] : parsed.parameters().options) {
        if (key == QLatin1String("options"))
            return value.section(QLatin1Char('='), 1);
    }
    return {};
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

namespace {

// A login role of its own for the archive at `location`: SELECT only, or
// every write the archive makes as well. The URI names it (its password kept
// out when `inUri` is false).
QString roleLocation(const QString& location, const QString& suffix, bool mayWrite, const QString& password,
                     bool inUri, QString* error)
{
    QString err;
    QSqlDatabase db = admin(&err);
    if (!db.isOpen()) {
        if (error)
            *error = err;
        return {};
    }
    const QString schema = schemaOf(location);
    const QString role = schema + suffix;
    QStringList statements{
        QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
        // A password: the test server wants one over TCP (tests/with-postgres.sh).
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, QString(password).replace('\'', QStringLiteral("''"))),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, role)};
    if (mayWrite)
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, role)
                   << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, role);
    QSqlQuery q(db);
    for (const QString& statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
    }
    g_roles.prepend(role); // dropped after the schemas that name it
    PostgresParameters p = ArchiveLocation::parse(location).parameters();
    p.user = role;
    p.password = inUri ? password : QString();
    return ArchiveLocation::buildUri(p);
}

} // namespace

QString readerLocation(const QString& location, QString* error)
{
    return roleLocation(location, QStringLiteral("_reader"), false, QUuid::createUuid().toString(QUuid::Id128), true,
                        error);
}

QString writerLocation(const QString& location, const QString& password, QString* error)
{
    return roleLocation(location, QStringLiteral("_writer"), true, password, false, error);
}

QString shownToolTip(const QString& toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText().replace(QChar::LineSeparator, u'\n'); // <br>
}

} // namespace hindsight::test
