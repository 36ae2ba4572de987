// SPDX-License-Identifier: MIT
// Daily backups of an archive file (VACUUM INTO), and backups on request.
#include "Archive.h"

#include "ActionItemQuery.h"
#include "ArchivePrivate.h"
#include "SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hindsight {

using namespace archive_detail;

namespace {

const QString kBackupFolder = QStringLiteral("backups");

} // namespace

void Archive::setBackupPolicy(const BackupPolicy& policy)
{
    d->backupPolicy = policy;
}

Archive::BackupPolicy Archive::backupPolicy() const
{
    return d->backupPolicy;
}

QString Archive::backupFolder() const
{
    if (d->server)
        return {};
    return QFileInfo(d->path).absolutePath() + QLatin1Char('/') + kBackupFolder;
}

QString Archive::backupPath(const QDate& day) const
{
    return backupFolder() + QLatin1Char('/') + QFileInfo(d->path).completeBaseName() + QLatin1Char('-') +
           day.toString(Qt::ISODate) + QStringLiteral(".sqlite");
}

QStringList Archive::backups() const
{
    if (d->server)
        return {};
    const QString base = QFileInfo(d->path).completeBaseName();
    const QRegularExpression pattern(QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$")
                                         .arg(QRegularExpression::escape(base)));
    QStringList out;
    const QDir folder(backupFolder());
    const QStringList names = folder.entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        if (pattern.match(name).hasMatch())
            out << folder.absoluteFilePath(name);
    return out; // ISO dates: the names sort oldest first
}

QString Archive::lastBackupProblem() const
{
    return d->lastBackupProblem;
}

void Archive::backupIfDue()
{
    const BackupPolicy& policy = d->backupPolicy;
    if (policy.keep <= 0)
        return;
    const QDate today = localToday(policy.zone.isValid() ? policy.zone : QTimeZone::systemTimeZone());
    if (d->lastBackupDay == today)
        return;
    d->lastBackupDay = today; // one attempt a day: a failed backup is not retried before every write
    d->lastBackupProblem.clear();
    QVariant count;
    QString err;
    if (!sql::scalar(database(), QStringLiteral("SELECT count(*) FROM coes"), &count, &err)) {
        d->lastBackupProblem = err;
        return;
    }
    if (count.toLongLong() == 0)
        return; // nothing to keep
    const QString target = backupPath(today);
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(backupFolder())) {
            d->lastBackupProblem = tr("Cannot create the folder %1 for backups.").arg(shown(backupFolder()));
            return;
        }
        if (!backupTo(target, &err)) {
            d->lastBackupProblem = err;
            return;
        }
    }
    const QStringList all = backups();
    for (qsizetype i = 0; i + policy.keep < all.size(); ++i)
        QFile::remove(all.at(i));
}

bool Archive::backupTo(const QString& out, QString* error) const
{
    const QString abs = QFileInfo(out).absoluteFilePath();
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (d->server)
        return fail(tr("%1 is a PostgreSQL archive: back it up on the server (pg_dump).").arg(d->path));
    if (QFileInfo::exists(abs))
        return fail(tr("%1 already exists: a backup never overwrites a file.").arg(shown(abs)));
    if (!QFileInfo(QFileInfo(abs).absolutePath()).isDir())
        return fail(tr("Cannot write the backup %1: its folder does not exist.").arg(shown(abs)));
    // Written under a temporary name and renamed when complete, so a file
    // with the backup's name is always a whole archive.
    const QString part = abs + QStringLiteral(".part");
    QFile::remove(part);
    QString err;
    // A read-only archive's connection is opened read-only by SQLite, which
    // still allows VACUUM INTO; query_only (our second guard) would not.
    if (d->readOnly)
        sql::execOnce(database(), QStringLiteral("PRAGMA query_only = OFF"), &err);
    bool ok = false;
    {
        QSqlQuery q(database());
        ok = sql::prepare(q, QStringLiteral("VACUUM INTO ?"), &err) && sql::exec(q, {part}, &err);
    }
    if (d->readOnly) {
        QString ignored;
        sql::execOnce(database(), QStringLiteral("PRAGMA query_only = ON"), &ignored);
    }
    if (!ok) {
        QFile::remove(part);
        return fail(tr("Cannot back up %1 to %2: %3").arg(shown(d->path), shown(abs), err));
    }
    if (!QFile::rename(part, abs)) {
        QFile::remove(part);
        return fail(tr("Cannot back up %1 to %2: the finished copy could not be renamed.")
                        .arg(shown(d->path), shown(abs)));
    }
    if (error)
        error->clear();
    return true;
}

} // namespace hindsight
