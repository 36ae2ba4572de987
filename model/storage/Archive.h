// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace hindsight {

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

    // Opens `path`, creating it (and its folder) when it does not exist and
    // access is ReadWrite. Refuses, with a message naming the file and the
    // reason and leaving the file byte-for-byte unchanged: a file that is not
    // SQLite, an SQLite file that is not a Hindsight archive, a Hindsight
    // archive of a newer schema version. A file that cannot be written is
    // opened read-only instead (see openedReadOnlyFallback()).
    static std::unique_ptr<Archive> open(const QString& path, Access access, QString* error);

    // QStandardPaths::AppDataLocation/archive.sqlite
    static QString defaultPath();

    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    QString path() const;
    bool isReadOnly() const;
    // True when ReadWrite was asked for but the file was not writable.
    bool openedReadOnlyFallback() const;
    // Why the archive is read-only, for the user; empty when it is writable.
    QString readOnlyMessage() const;
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

    // The schema version this build writes.
    static int currentSchemaVersion();
    // PRAGMA application_id of every Hindsight archive: 0x48534754 'HSGT'.
    static qint32 applicationId();

private:
    Archive() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hindsight
