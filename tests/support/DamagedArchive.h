// SPDX-License-Identifier: MIT
#pragma once

// Archives with COEs, and deterministically damaged copies of them, for the
// storage and command-line tests of damage, recovery and backups (header only).

#include "ExampleCoe.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace hindsight::test {

// The uuid of the n-th COE makeArchiveWithCoes() writes.
inline QUuid numberedUuid(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

// An archive at `path` holding `count` COEs (the example COE, numbered, with a
// long summary so the coes table spans many pages). Closed on return, so the
// whole archive is in the main file (no -wal). False when it could not be made.
inline bool makeArchiveWithCoes(const QString& path, int count)
{
    QString error;
    auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!archive) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    CoeRepository repository(*archive);
    for (int i = 1; i <= count; ++i) {
        Coe c = exampleCoe();
        c.uuid = numberedUuid(i);
        c.title = QStringLiteral("COE number %1").arg(i);
        c.summary = QString(1500, QLatin1Char('a' + char(i % 26)));
        c.revision = 0;
        const SaveResult saved = repository.save(c);
        if (!saved.ok()) {
            qWarning("%s", qPrintable(saved.error));
            return false;
        }
    }
    return true;
}

namespace detail {
inline quint32 be(const QByteArray& b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}
// Read-only and immutable: nothing is created beside the file.
inline void openImmutable(QSqlDatabase& db, const QString& path)
{
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}
} // namespace detail

// A table's root page, read from sqlite_master on a read-only connection.
inline quint32 rootPage(const QString& path, const QString& table)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("test-root-%1").arg(counter.fetchAndAddRelaxed(1));
    quint32 root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        detail::openImmutable(db, path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                root = q.value(0).toUInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return root;
}

// The child pages of a table b-tree's interior root page, left to right
// (empty when the root is itself a leaf).
inline QList<quint32> leafPagesUnderRoot(const QByteArray& file, quint32 root)
{
    const int pageSize = int(detail::be(file, 16, 2)) == 1 ? 65536 : int(detail::be(file, 16, 2));
    const qsizetype page = qsizetype(root - 1) * pageSize;
    const qsizetype header = page + (root == 1 ? 100 : 0);
    QList<quint32> children;
    if (quint8(file.at(header)) != 0x05) // interior table page
        return children;
    const int cells = int(detail::be(file, header + 3, 2));
    for (int i = 0; i < cells; ++i) {
        const qsizetype cell = page + detail::be(file, header + 12 + 2 * i, 2);
        children << detail::be(file, cell, 4);
    }
    children << detail::be(file, header + 8, 4); // the right-most child
    return children;
}

// Ways to damage one b-tree page.
enum class Damage
{
    PageType,   // the page-type byte becomes 0: not a b-tree page
    CellCount,  // the cell count becomes 0xffff: more cells than fit
    CellPointer // the first cell pointer points past the end of the page
};

// Damages page `pageNumber` of the file in place. False when it cannot.
inline bool damagePage(const QString& path, quint32 pageNumber, Damage how)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QByteArray head = f.read(100);
    const int pageSize = int(detail::be(head, 16, 2)) == 1 ? 65536 : int(detail::be(head, 16, 2));
    const qint64 at = qint64(pageNumber - 1) * pageSize;
    QByteArray bytes;
    qint64 offset = at;
    switch (how) {
    case Damage::PageType:
        bytes = QByteArray(1, '\0');
        break;
    case Damage::CellCount:
        offset = at + 3;
        bytes = QByteArray(2, char(0xff));
        break;
    case Damage::CellPointer:
        offset = at + 8; // the first cell pointer of a leaf page
        bytes = QByteArray(2, char(0xff));
        break;
    }
    return f.seek(offset) && f.write(bytes) == bytes.size();
}

// PRAGMA quick_check on a raw read-only connection: true when "ok".
inline bool quickCheckPasses(const QString& path)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("test-check-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        detail::openImmutable(db, path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() &&
                 q.value(0).toString() == QLatin1String("ok") && !q.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A copy of `source` at `target` with one leaf page of `table` damaged
// `how`: leaf `leaf` counted from the left (never the right-most one, where
// new rows go). Empty on failure.
inline bool makeDamagedCopy(const QString& source, const QString& target, Damage how, int leaf = 0,
                            const QString& table = QStringLiteral("coes"))
{
    QFile::remove(target);
    if (!QFile::copy(source, target))
        return false;
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(target);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    f.close();
    const QList<quint32> leaves = leafPagesUnderRoot(bytes, rootPage(target, table));
    if (leaves.size() < leaf + 2)
        return false;
    return damagePage(target, leaves.at(leaf), how);
}

} // namespace hindsight::test
