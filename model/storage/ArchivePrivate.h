// SPDX-License-Identifier: MIT
// Private to model/storage/Archive*.cpp: what opening a file (Archive.cpp),
// a server (ArchiveServer.cpp) and the backups (ArchiveBackups.cpp) share.
#pragma once

#include "Archive.h"
#include "ArchiveChanges.h"

#include <QAtomicInteger>
#include <QDate>
#include <QDir>
#include <QSqlDatabase>
#include <QString>
#include <future>
#include <memory>
#include <utility>

namespace hindsight::archive_detail {

inline const QString kSqliteDriver = QStringLiteral("QSQLITE");

inline QString uniqueConnectionName(const char* prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hindsight-%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

inline QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// What the file says it is, read without writing anything.
struct Identity
{
    qint64 applicationId = 0;
    int userVersion = 0;
    qint64 schemaObjects = 0;
    bool isBlank() const { return applicationId == 0 && userVersion == 0 && schemaObjects == 0; }
};

// Empty when the file may be opened as an archive, else why not.
QString refusalFor(const Identity& id, const QString& path);

// A QSqlDatabase connection under a unique name, removed when it goes.
class Connection
{
public:
    Connection(const char* prefix, const QString& databaseName, const QString& options)
        : m_name(uniqueConnectionName(prefix))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqliteDriver, m_name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
    }
    // An unconfigured connection of `driver`.
    Connection(const char* prefix, const QString& driver) : m_name(uniqueConnectionName(prefix))
    {
        QSqlDatabase::addDatabase(driver, m_name);
    }
    ~Connection()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString name() const { return m_name; }
    // Hands the name over; the caller removes the connection.
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

// PRAGMA quick_check: the b-tree structure of every page, without the
// slower cross-check of indexes against tables that integrity_check adds.
struct CheckOutcome
{
    enum Result { Ok, Damaged, Inconclusive };
    Result result = Inconclusive;
    QString report; // SQLite's words
};

} // namespace hindsight::archive_detail

namespace hindsight {

struct Archive::Private
{
    QString path;
    QString location; // as given to open()
    QString connectionName;
    bool readOnly = false;
    bool fallback = false;
    QString readOnlyMessage;
    int schemaVersion = 0;

    bool checked = false;        // quick_check has run (or the archive was created by this open)
    QString damageReport;        // quick_check's findings when it failed
    std::future<archive_detail::CheckOutcome> background; // a running background check
    BackupPolicy backupPolicy;
    QDate lastBackupDay;         // the day a backup was last made or found
    QString lastBackupProblem;
    bool server = false; // a PostgreSQL archive: no file, no quick_check, no file backups
    std::unique_ptr<ArchiveChanges> changes; // made by changes(); goes before the connection
};

} // namespace hindsight
