// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace hindsight {

// The libpq connection parameters a PostgreSQL archive URI names. Those the
// Open Team Archive dialog sets have a field; every other URI parameter
// (connect_timeout, application_name, sslrootcert...) is kept in `options`.
struct PostgresParameters
{
    QString host; // a name, an address, or a socket folder (starts with '/'); libpq's comma list allowed
    QString port; // libpq's comma list allowed
    QString database;
    QString user;
    QString password; // only ever in memory: never stored, never shown
    QString service;  // a section of pg_service.conf
    QString sslMode;  // disable, allow, prefer, require, verify-ca, verify-full, or empty (libpq's default)
    QList<QPair<QString, QString>> options;

    bool operator==(const PostgresParameters&) const = default;
};

// Where an archive is, as --archive, the recent-archives menu and the Open
// dialogs give it: a file path or a PostgreSQL connection URI as libpq reads
// it (postgresql:// or postgres://, e.g. postgresql://user@host:5432/coes?sslmode=verify-full,
// postgresql:///coes?host=/var/run/postgresql, postgresql://?service=coes).
// A URI is never taken as a path; text with another scheme (mysql://...) is
// neither and is refused. Text meant for the user (displayText(), error
// messages) and text meant to be stored (storageText()) never hold a password.
class ArchiveLocation
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveLocation)
public:
    enum class Kind
    {
        Invalid,
        File,
        Postgres
    };

    ArchiveLocation() = default;
    static ArchiveLocation parse(const QString& text);
    static ArchiveLocation fromParameters(const PostgresParameters& parameters);
    // Whether `text` starts like a PostgreSQL URI (whatever follows).
    static bool isPostgresUri(const QString& text);
    // The URI for `parameters`, every value percent-encoded as needed.
    static QString buildUri(const PostgresParameters& parameters);
    // `text` for a message: a path as it is, a URI without its password.
    static QString displayTextOf(const QString& text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // Invalid: why, naming the text (without a password).
    QString error() const { return m_error; }

    // File: the absolute, clean path.
    QString filePath() const { return m_path; }
    // Postgres: the URI to connect with (with the password when one was given).
    QString uri() const;
    const PostgresParameters& parameters() const { return m_parameters; }
    bool hasPassword() const { return !m_parameters.password.isEmpty(); }
    ArchiveLocation withPassword(const QString& password) const;
    ArchiveLocation withoutPassword() const;

    // Postgres: sets a QPSQL connection's host, port, database, user,
    // password and connect options (sslmode, service, the other parameters)
    // to this URI's. QPSQL does not read a URI itself: libpq would take the
    // whole URI as a database name.
    void configure(QSqlDatabase& db) const;

    // For the user: the path in native separators, or the URI without password.
    QString displayText() const;
    // For a window title: the file's name, or "DATABASE on HOST".
    QString shortName() const;
    // What may be stored (recent archives, settings): the path, or the URI
    // without password. Empty when invalid.
    QString storageText() const;

    // Empty, or why this location is refused before anything is opened: the
    // text is neither a path nor a URI, or a file's folder does not exist
    // (an archive file is created, never its folder; only the default
    // archive's folder is made on first use).
    QString refusalBeforeOpening() const;

    // Whether an error from the server means it wants a password that
    // neither ~/.pgpass, PGPASSWORD nor the service file gave.
    static bool isPasswordRequest(const QString& errorText);

private:
    static QString withoutPasswordText(const QString& text);
    Kind m_kind = Kind::Invalid;
    QString m_error;
    QString m_path;
    PostgresParameters m_parameters;
};

} // namespace hindsight
