// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <memory>

namespace hindsight {

class ArchiveChanges;
class ArchiveLocation;

// One open archive file: a named QSqlDatabase connection (never the default
// connection), its schema brought up to date on open. Everything SQLite-
// specific (pragmas, FTS5, application_id) stays inside model/storage/.
//
// A writable archive runs in WAL mode with synchronous=NORMAL: a commit that
// returned survives the process being killed; a power cut or OS crash may
// lose the last commits but never damages the file. Several Archive objects
// (windows, processes) may have one file open; CoeRepository's revision check
// keeps them from overwriting each other. Like any QSqlDatabase, an Archive
// is used only from the thread that opened it.
class Archive
{
    Q_DECLARE_TR_FUNCTIONS(Archive)
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens `path`: a file, or a PostgreSQL connection URI when it begins
    // postgresql:// or postgres:// (model/storage/README.md; its schema is
    // created or upgraded like a file's, and a role that may not write opens
    // it read-only). A file is created (with its folder) when it does not
    // exist and access is ReadWrite. Refuses, with a message naming the file and the
    // reason and leaving the file byte-for-byte unchanged: a file that is not
    // SQLite, an SQLite file that is not a Hindsight archive, a Hindsight
    // archive of a newer schema version. A file that cannot be written is
    // opened read-only instead (see openedReadOnlyFallback()).
    static std::unique_ptr<Archive> open(const QString& path, Access access, QString* error);

    // An archive file of an older schema, for reading without writing it:
    // an SQLite copy of it is made in `folder` (VACUUM INTO, from a read-only
    // connection), upgraded and opened. Null with *error set when `path` is
    // not a Hindsight archive file of an older schema, or the copy fails.
    static std::unique_ptr<Archive> openUpgradedCopy(const QString& path, const QString& folder, QString* error);

    // QStandardPaths::AppDataLocation/archive.sqlite
    static QString defaultPath();

    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    // The file, or the connection URI without its password: for showing and
    // for the recent-archives list.
    QString path() const;
    // What open() was given (a URI with its password, if it held one), for
    // opening the same archive again, say on another thread. Never shown.
    QString location() const;
    // True when opened read-only, and also once the archive is found damaged.
    bool isReadOnly() const;
    // True when ReadWrite was asked for but the file was not writable.
    bool openedReadOnlyFallback() const;
    // Why the archive is read-only, for the user; empty when it is writable.
    QString readOnlyMessage() const;

    // Damage. A damaged archive is never written to: PRAGMA quick_check runs
    // before the first write of a session (for a large file in the background
    // once startBackgroundCheck() is called, the first write waiting for it;
    // otherwise synchronously at the first write), and SQLITE_CORRUPT or SQLITE_NOTADB from that
    // check or from any later statement switches the archive to read-only.
    bool isDamaged() const;
    // What happened and what to do (File › Recover Archive…, hindsight
    // recover); empty when not damaged.
    QString damageMessage() const;

    // Every writer calls this before its write transaction. False, with the
    // reason, when the archive is read-only or damaged (running the check
    // first when it has not run yet). Otherwise makes the day's automatic
    // backup when one is due (see BackupPolicy) and returns true; a backup
    // that fails does not stop the write (lastBackupProblem() says why).
    bool prepareWrite(QString* error);

    // Automatic backups: before the first write of each day (the day in
    // `zone`), a copy made with VACUUM INTO goes to backups/<name>-<date>.sqlite
    // beside the archive; the newest `keep` are kept. 0 (the default of this
    // class; the application passes the user's setting) makes none. An archive
    // holding no COE is not backed up.
    struct BackupPolicy
    {
        int keep = 0;
        QTimeZone zone = QTimeZone::systemTimeZone();
    };
    void setBackupPolicy(const BackupPolicy& policy);
    BackupPolicy backupPolicy() const;
    // <archive folder>/backups
    QString backupFolder() const;
    // The automatic backups of this archive, oldest first (absolute paths).
    QStringList backups() const;
    // The path the backup for `day` gets.
    QString backupPath(const QDate& day) const;
    // Empty, or why the last automatic backup could not be made.
    QString lastBackupProblem() const;
    // A consistent copy of the archive in `out` (VACUUM INTO), which must not
    // exist yet. The copy is a complete archive: opening it is opening an archive.
    bool backupTo(const QString& out, QString* error) const;

    // Starts the check of a large file (see below) on a thread of its own,
    // so that the first write finds it done. The window calls it after
    // opening; commands that only read never do, so they never pay for a
    // check (closing waits for a running one).
    void startBackgroundCheck();
    // Test seam: how many times quick_check has run in this process.
    static quint64 quickCheckCount();
    // Files of at least this many bytes are checked in the background by
    // startBackgroundCheck(); smaller ones at the first write. For tests.
    static void setBackgroundCheckThreshold(qint64 bytes);
    static qint64 backgroundCheckThreshold();
    int schemaVersion() const;

    // The archive's settings as SQLite reports them (for an "about this
    // archive" view and for tests).
    struct Settings
    {
        qint64 applicationId = 0;
        int userVersion = 0;
        QString journalMode; // "wal" for a writable archive
        bool foreignKeys = false;
        int synchronous = -1; // 1 NORMAL (with WAL: durable against a killed process)
        int busyTimeoutMs = 0;
    };
    Settings settings() const;

    // PRAGMA integrity_check. True when SQLite answers "ok"; `report` gets its
    // answer either way.
    bool checkIntegrity(QString* report = nullptr) const;

    // For code in model/storage/ only.
    QSqlDatabase database() const;

    // The change feed: what other clients write (ArchiveChanges.h), and who
    // this archive's own writes are stamped with (ArchiveChanges::setSaver).
    ArchiveChanges* changes();

    // The schema version this build writes.
    static int currentSchemaVersion();
    // PRAGMA application_id of every Hindsight archive: 0x48534754 'HSGT'.
    static qint32 applicationId();

private:
    Archive() = default;
    // A postgresql:// or postgres:// URI (model/storage/README.md).
    static std::unique_ptr<Archive> openServer(const ArchiveLocation& location, Access access, QString* error);
    bool runCheck(QString* error);
    void backupIfDue();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hindsight
