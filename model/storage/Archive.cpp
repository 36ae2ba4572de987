// SPDX-License-Identifier: MIT
#include "Archive.h"

#include "ArchiveChanges.h"
#include "ArchiveLocation.h"
#include "ArchivePrivate.h"
#include "Schema.h"
#include "SqlUtil.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace hindsight {

using namespace archive_detail;

namespace {

const QString kDriver = kSqliteDriver;
constexpr int kBusyTimeoutMs = 5000;

// Write access as the user means it: the system says we may write AND the
// file (or folder) carries a write bit. The second half matters for root,
// whom the system lets write a file marked read-only (chmod a-w); we honour
// the mark instead.
bool canWrite(const QString& path)
{
    const QFileInfo fi(path);
    constexpr auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return fi.isWritable() && (fi.permissions() & writeBits);
}

// The first 16 bytes of every SQLite 3 database file.
constexpr char kSqliteMagic[] = "SQLite format 3"; // with its terminating NUL: 16 bytes

enum class Sniff
{
    Sqlite,
    Empty,
    NotSqlite,
    Unreadable
};

Sniff sniffHeader(const QString& path, QByteArray* header, QString* why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return Sniff::Unreadable;
    }
    *header = f.read(100); // the database header
    if (header->isEmpty() && f.size() == 0)
        return Sniff::Empty;
    if (header->size() < 16 || header->left(16) != QByteArray(kSqliteMagic, 16))
        return Sniff::NotSqlite;
    return Sniff::Sqlite;
}

// Bytes 18 and 19 of the header are 2 in a WAL-mode database.
bool isWalHeader(const QByteArray& header)
{
    return header.size() >= 20 && header.at(18) == 2 && header.at(19) == 2;
}

bool readIdentity(const QSqlDatabase& db, Identity* id, QString* error)
{
    QVariant v;
    if (!sql::scalar(db, QStringLiteral("PRAGMA application_id"), &v, error))
        return false;
    id->applicationId = v.toLongLong();
    if (!sql::scalar(db, QStringLiteral("PRAGMA user_version"), &v, error))
        return false;
    id->userVersion = v.toInt();
    if (!sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &v, error))
        return false;
    id->schemaObjects = v.toLongLong();
    return true;
}

} // namespace

namespace archive_detail {

// Empty when the file may be opened as an archive, else why not.
QString refusalFor(const Identity& id, const QString& path)
{
    if (id.isBlank())
        return {}; // a brand new empty database: it becomes an archive
    if (id.applicationId != schema::kApplicationId)
        return Archive::tr("%1 is not a Hindsight archive: it is an SQLite database of another application.")
            .arg(shown(path));
    if (id.userVersion > schema::currentVersion())
        return Archive::tr(
                   "%1 was made by a newer version of Hindsight (schema %2; this version reads up to %3). "
                   "Open it with a newer Hindsight.")
            // One arg() call: a '%' in the path or URI is not taken for a placeholder.
            .arg(shown(path), QString::number(id.userVersion), QString::number(schema::currentVersion()));
    if (id.userVersion < 0)
        return Archive::tr("%1 has an invalid schema version (%2).").arg(shown(path), QString::number(id.userVersion));
    return {};
}

} // namespace archive_detail

namespace {

// Connect options and database name for opening without writing. A WAL
// archive whose -wal file is absent holds all its data in the main file; it
// is then opened "immutable" where SQLite could not otherwise read it (its
// folder is not writable, so no -shm file can be made) and for the short
// identity check, so that refusing a file leaves no -shm/-wal beside it.
void readOnlyTarget(const QString& path, const QByteArray& header, bool forSniff, QString* name,
                    QString* options)
{
    *options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    *name = path;
    const bool walFilePresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool folderWritable = canWrite(QFileInfo(path).absolutePath());
    if (isWalHeader(header) && !walFilePresent && (forSniff || !folderWritable)) {
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("immutable=1"));
        *name = url.toString(QUrl::FullyEncoded);
        *options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
}

CheckOutcome failedCheck(const QSqlQuery& q)
{
    const QSqlError e = q.lastError();
    CheckOutcome out;
    out.result = sql::isDamage(sql::classify(sql::sqliteCode(e))) ? CheckOutcome::Damaged
                                                                    : CheckOutcome::Inconclusive;
    out.report = QStringLiteral("%1 (SQLite error %2)").arg(e.text().trimmed(), e.nativeErrorCode());
    return out;
}

QAtomicInteger<quint64> g_quickChecks = 0;

CheckOutcome quickCheck(const QSqlDatabase& db)
{
    g_quickChecks.fetchAndAddRelaxed(1);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString err;
    if (!sql::prepare(q, QStringLiteral("PRAGMA quick_check"), &err) || !sql::exec(q, &err))
        return failedCheck(q);
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (!sql::finished(q, &err))
        return failedCheck(q);
    CheckOutcome out;
    out.result = lines == QStringList{QStringLiteral("ok")} ? CheckOutcome::Ok : CheckOutcome::Damaged;
    out.report = lines.join(QStringLiteral("; "));
    return out;
}

// The check on a connection of its own, for a worker thread.
CheckOutcome quickCheckFile(const QString& path)
{
    Connection connection("check", path,
                          QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    QSqlDatabase db = connection.database();
    if (!db.open())
        return {};
    return quickCheck(db);
}

QAtomicInteger<qint64> g_backgroundCheckThreshold = 16 * 1024 * 1024;

} // namespace

std::unique_ptr<Archive> Archive::open(const QString& path, Access access, QString* error)
{
    auto fail = [error](const QString& message) -> std::unique_ptr<Archive> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (path.isEmpty())
        return fail(tr("No archive file was given."));
    // A URI is never a path (it would make a folder "postgresql:"): a
    // postgresql:// or postgres:// URI goes to the PostgreSQL back end, one
    // that libpq would not read is refused as it is.
    if (ArchiveLocation::isPostgresUri(path)) {
        const ArchiveLocation location = ArchiveLocation::parse(path);
        if (!location.isPostgres())
            return fail(location.error());
        return openServer(location, access, error);
    }
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return fail(tr("Cannot open %1: the Qt SQLite driver (QSQLITE) is not available.").arg(shown(path)));

    const QString abs = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(abs);
    const QString folder = info.absolutePath();
    QByteArray header;
    Identity identity;
    const bool exists = info.exists();

    if (exists) {
        if (!info.isFile())
            return fail(tr("%1 is not a file.").arg(shown(abs)));
        QString why;
        switch (sniffHeader(abs, &header, &why)) {
        case Sniff::Unreadable:
            return fail(tr("Cannot read %1: %2").arg(shown(abs), why));
        case Sniff::NotSqlite:
            return fail(
                tr("%1 is not an SQLite database, so it cannot be a Hindsight archive.").arg(shown(abs)));
        case Sniff::Empty:
            break; // SQLite reads an empty file as an empty database
        case Sniff::Sqlite: {
            // Identity check on a read-only connection: nothing is written
            // to the file (no WAL switch, no migration) before it passes.
            QString name, options;
            readOnlyTarget(abs, header, true, &name, &options);
            Connection sniff("sniff", name, options);
            QSqlDatabase db = sniff.database();
            if (!db.open())
                return fail(
                    tr("Cannot open %1 as an SQLite database: %2").arg(shown(abs), sql::errorText(db)));
            QString err;
            if (!readIdentity(db, &identity, &err)) {
                if (!sql::damageSeen(db)) // a full disk, an I/O error, a lock: not damage
                    return fail(tr("Cannot read %1: %2").arg(shown(abs), err));
                return fail(
                    tr("Cannot read %1: it is damaged or not an SQLite database (%2).").arg(shown(abs), err));
            }
            const QString refusal = refusalFor(identity, abs);
            if (!refusal.isEmpty())
                return fail(refusal);
            break;
        }
        }
    }

    // Decide how to open it.
    bool readOnly = access == Access::ReadOnly;
    bool fallback = false;
    QString readOnlyMessage;
    if (!exists) {
        if (access == Access::ReadOnly)
            return fail(tr("%1 does not exist.").arg(shown(abs)));
        if (!QDir().mkpath(folder))
            return fail(tr("Cannot create the folder %1 for the archive.").arg(shown(folder)));
        if (!canWrite(folder))
            return fail(tr("Cannot create %1: its folder cannot be written to.").arg(shown(abs)));
    } else if (access == Access::ReadWrite) {
        // SQLite writes beside the file too (the -wal and -shm files), so
        // the folder must be writable as well as the file.
        if (!canWrite(abs)) {
            readOnly = fallback = true;
            readOnlyMessage =
                tr("%1 cannot be written to, so it was opened read-only: you can read and export "
                   "its COEs but not save changes.")
                    .arg(shown(abs));
        } else if (!canWrite(folder)) {
            readOnly = fallback = true;
            readOnlyMessage =
                tr("The folder of %1 cannot be written to, so the archive was opened read-only: you "
                   "can read and export its COEs but not save changes.")
                    .arg(shown(abs));
        }
    }
    if (readOnly && readOnlyMessage.isEmpty())
        readOnlyMessage = tr("%1 was opened read-only.").arg(shown(abs));
    if (readOnly && identity.isBlank())
        return fail(tr("%1 is an empty database, not yet a Hindsight archive, and it is opened read-only.")
                        .arg(shown(abs)));
    if (readOnly && identity.userVersion < schema::currentVersion())
        return fail(tr("%1 was made by an older version of Hindsight (schema %2) and must be upgraded to "
                       "schema %3, which cannot be done read-only.")
                        .arg(shown(abs))
                        .arg(identity.userVersion)
                        .arg(schema::currentVersion()));

    // The connection the archive keeps.
    QString name = abs, options;
    if (readOnly)
        readOnlyTarget(abs, header, false, &name, &options);
    else
        options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    Connection connection("archive", name, options);
    QSqlDatabase db = connection.database();
    if (!db.open())
        return fail(tr("Cannot open %1: %2").arg(shown(abs), sql::errorText(db)));

    QString err;
    auto failSql = [&](const QString& what) {
        return fail(tr("Cannot open %1: %2: %3").arg(shown(abs), what, err));
    };
    // Check again on this connection (the file may have changed since the
    // sniff); still nothing has been written.
    if (exists) {
        if (!readIdentity(db, &identity, &err))
            return failSql(tr("cannot read its header"));
        const QString refusal = refusalFor(identity, abs);
        if (!refusal.isEmpty())
            return fail(refusal);
    }

    bool checkedOnOpen = !exists || identity.isBlank(); // nothing to check in a new archive
    const QString busy = QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs);
    if (!sql::execOnce(db, busy, &err) ||
        !sql::execOnce(db, QStringLiteral("PRAGMA foreign_keys = ON"), &err))
        return failSql(tr("cannot configure the connection"));
    if (readOnly) {
        if (!sql::execOnce(db, QStringLiteral("PRAGMA query_only = ON"), &err))
            return failSql(tr("cannot configure the connection"));
    } else {
        // WAL: readers never block the writer, and a commit is one append.
        // synchronous=NORMAL with WAL keeps every committed transaction when
        // the process is killed (it is in the -wal file); only a power cut or
        // OS crash can lose the last commits, never corrupt the archive.
        QVariant mode;
        if (!sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), &mode, &err))
            return failSql(tr("cannot switch to write-ahead logging"));
        if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            err = tr("journal mode is %1").arg(mode.toString());
            return failSql(tr("cannot switch to write-ahead logging"));
        }
        if (!sql::execOnce(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &err))
            return failSql(tr("cannot configure the connection"));
        // Upgrading the schema is a write: a damaged archive is refused before it.
        if (exists && !identity.isBlank() && identity.userVersion < schema::currentVersion()) {
            const CheckOutcome check = quickCheck(db);
            if (check.result == CheckOutcome::Damaged)
                return fail(tr("%1 is damaged (%2) and was not upgraded to the current schema: nothing was "
                               "written to it. Use File › Recover Archive… (or hindsight recover) to copy "
                               "every COE that can still be read into a new archive.")
                                .arg(shown(abs), check.report));
            checkedOnOpen = check.result == CheckOutcome::Ok;
        }
        if (!schema::migrate(db, &err))
            return fail(tr("Cannot open %1: %2").arg(shown(abs), err));
    }
    QVariant version;
    if (!sql::scalar(db, QStringLiteral("PRAGMA user_version"), &version, &err))
        return failSql(tr("cannot read its schema version"));

    std::unique_ptr<Archive> archive(new Archive);
    archive->d = std::make_unique<Private>();
    archive->d->path = abs;
    archive->d->readOnly = readOnly;
    archive->d->fallback = fallback;
    archive->d->readOnlyMessage = readOnly ? readOnlyMessage : QString();
    archive->d->schemaVersion = version.toInt();
    archive->d->connectionName = connection.release();
    archive->d->checked = readOnly || checkedOnOpen;
    if (error)
        error->clear();
    return archive;
}

std::unique_ptr<Archive> Archive::openUpgradedCopy(const QString& path, const QString& folder, QString* error)
{
    auto fail = [error](const QString& message) -> std::unique_ptr<Archive> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString abs = QFileInfo(path).absoluteFilePath();
    QByteArray header;
    QString why;
    if (ArchiveLocation::isPostgresUri(path) || sniffHeader(abs, &header, &why) != Sniff::Sqlite)
        return fail(tr("%1 is not an archive file.").arg(shown(path)));
    const QString copy = QDir(folder).filePath(QFileInfo(abs).completeBaseName() + QStringLiteral("-upgraded.sqlite"));
    {
        QString name, options;
        readOnlyTarget(abs, header, true, &name, &options);
        Connection source("upgrade", name, options);
        QSqlDatabase db = source.database();
        if (!db.open())
            return fail(tr("Cannot open %1 as an SQLite database: %2").arg(shown(abs), sql::errorText(db)));
        Identity identity;
        QString err;
        if (!readIdentity(db, &identity, &err))
            return fail(tr("Cannot read %1: %2").arg(shown(abs), err));
        if (identity.isBlank() || !refusalFor(identity, abs).isEmpty()
            || identity.userVersion >= schema::currentVersion())
            return fail(tr("%1 is not an archive of an older schema.").arg(shown(abs)));
        QSqlQuery q(db);
        if (!sql::prepare(q, QStringLiteral("VACUUM INTO ?"), &err) || !sql::exec(q, {copy}, &err))
            return fail(tr("Cannot copy %1 to %2: %3").arg(shown(abs), shown(copy), err));
    }
    return open(copy, Access::ReadWrite, error);
}

QString Archive::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/archive.sqlite");
}

Archive::~Archive()
{
    if (d)
        d->changes.reset();
    if (!d || d->connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
}

QString Archive::path() const
{
    return d->path;
}

QString Archive::location() const
{
    return d->location.isEmpty() ? d->path : d->location;
}

bool Archive::isReadOnly() const
{
    return d->readOnly || isDamaged();
}

bool Archive::openedReadOnlyFallback() const
{
    return d->fallback;
}

QString Archive::readOnlyMessage() const
{
    if (isDamaged())
        return damageMessage();
    return d->readOnlyMessage;
}

bool Archive::isDamaged() const
{
    return !d->damageReport.isEmpty() || sql::damageSeen(database());
}

QString Archive::damageMessage() const
{
    if (!isDamaged())
        return {};
    const QString detail = d->damageReport.isEmpty() ? sql::damageDetail(database()) : d->damageReport;
    return tr("%1 is damaged, so it was switched to read-only: nothing more is written to it. You can still "
              "read and export the COEs that can be read. Use File › Recover Archive… (or hindsight recover "
              "%1 NEW.sqlite) to copy every COE that can still be read into a new archive. (SQLite found: %2)")
        .arg(shown(d->path), detail);
}

bool Archive::runCheck(QString* error)
{
    if (!d->checked) {
        // A background check already running is waited for; otherwise check now.
        CheckOutcome outcome = d->background.valid() ? d->background.get() : CheckOutcome{};
        if (outcome.result == CheckOutcome::Inconclusive)
            outcome = quickCheck(database());
        if (outcome.result == CheckOutcome::Damaged)
            d->damageReport = outcome.report.isEmpty() ? tr("quick_check failed") : outcome.report;
        else if (outcome.result == CheckOutcome::Inconclusive) {
            // Could not run (busy, disk): no write until it can.
            if (error)
                *error = tr("%1 was not written to: its check for damage could not run: %2")
                             .arg(shown(d->path), outcome.report);
            return false;
        }
        d->checked = true;
    }
    if (isDamaged()) {
        if (error)
            *error = damageMessage();
        return false;
    }
    return true;
}

bool Archive::prepareWrite(QString* error)
{
    if (d->readOnly) {
        if (error)
            *error = d->readOnlyMessage;
        return false;
    }
    if (d->server)
        return true; // no file to check or back up
    if (!runCheck(error))
        return false;
    backupIfDue();
    return true;
}

void Archive::startBackgroundCheck()
{
    if (d->server || d->checked || d->background.valid() || QFileInfo(d->path).size() < backgroundCheckThreshold())
        return;
    d->background = std::async(std::launch::async, quickCheckFile, d->path);
}

quint64 Archive::quickCheckCount()
{
    return g_quickChecks.loadRelaxed();
}

void Archive::setBackgroundCheckThreshold(qint64 bytes)
{
    g_backgroundCheckThreshold.storeRelaxed(bytes);
}

qint64 Archive::backgroundCheckThreshold()
{
    return g_backgroundCheckThreshold.loadRelaxed();
}

int Archive::schemaVersion() const
{
    return d->schemaVersion;
}

QSqlDatabase Archive::database() const
{
    return QSqlDatabase::database(d->connectionName, false);
}

int Archive::currentSchemaVersion()
{
    return schema::currentVersion();
}

qint32 Archive::applicationId()
{
    return schema::kApplicationId;
}

Archive::Settings Archive::settings() const
{
    Settings s;
    if (d->server) {
        s.applicationId = schema::kApplicationId;
        s.userVersion = d->schemaVersion;
        s.foreignKeys = true;
        return s;
    }
    const QSqlDatabase db = database();
    QVariant v;
    QString err;
    if (sql::scalar(db, QStringLiteral("PRAGMA application_id"), &v, &err))
        s.applicationId = v.toLongLong();
    if (sql::scalar(db, QStringLiteral("PRAGMA user_version"), &v, &err))
        s.userVersion = v.toInt();
    if (sql::scalar(db, QStringLiteral("PRAGMA journal_mode"), &v, &err))
        s.journalMode = v.toString().toLower();
    if (sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"), &v, &err))
        s.foreignKeys = v.toInt() == 1;
    if (sql::scalar(db, QStringLiteral("PRAGMA synchronous"), &v, &err))
        s.synchronous = v.toInt();
    if (sql::scalar(db, QStringLiteral("PRAGMA busy_timeout"), &v, &err))
        s.busyTimeoutMs = v.toInt();
    return s;
}

bool Archive::checkIntegrity(QString* report) const
{
    if (d->server) {
        if (report)
            *report = QStringLiteral("ok");
        return true;
    }
    QSqlQuery q(database());
    QString err;
    if (!sql::prepare(q, QStringLiteral("PRAGMA integrity_check"), &err) || !sql::exec(q, &err)) {
        if (report)
            *report = err;
        return false;
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

ArchiveChanges* Archive::changes()
{
    if (!d->changes)
        d->changes = std::make_unique<ArchiveChanges>(*this);
    return d->changes.get();
}

} // namespace hindsight

