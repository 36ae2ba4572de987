// SPDX-License-Identifier: MIT
#include "SqlUtil.h"

#include "Backend.h"
#include "ServerConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <atomic>
#include <future>
#include <vector>
#include <unordered_map>
#include <QSqlDriver>
#include <QSqlError>

namespace hindsight::sql {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("hindsight::sql", text);
}

// Dynamic properties on the connection's driver object (one per connection).
constexpr char kDamageProperty[] = "hindsightDamage";
constexpr char kDepthProperty[] = "hindsightTransactionDepth"; // open Transactions

int depth(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(kDepthProperty).toInt() : 0;
}

void setDepth(const QSqlDatabase& db, int value)
{
    if (db.driver())
        db.driver()->setProperty(kDepthProperty, value);
}

// A lost server connection is made again before a statement that runs
// outside any transaction (ServerConnection.h); inside one it never is.
bool reconnectOutsideTransaction(const QSqlDriver* driver, QString* error)
{
    return !driver || driver->property(kDepthProperty).toInt() > 0 || reconnectIfLost(driver, error);
}

// After a failed statement outside any transaction: whether the server
// connection was found gone and has been made again, so that the statement
// may run once more (only reads run outside a transaction).
bool retryAfterReconnecting(const QSqlQuery& query)
{
    const QSqlDriver* driver = query.driver();
    if (!driver || driver->property(kDepthProperty).toInt() > 0 || !connectionLost(driver))
        return false;
    QString ignored;
    return reconnectIfLost(driver, &ignored);
}

QString savepointName(int level)
{
    return QStringLiteral("hindsight_%1").arg(level);
}

void noteFailure(const QSqlDriver* driver, const QSqlError& error)
{
    noteConnectionLoss(driver, error);
    if (!driver || !Backend::of(driver).isDamage(error))
        return;
    auto* d = const_cast<QSqlDriver*>(driver); // the driver object itself is not const
    if (!d->property(kDamageProperty).isValid())
        d->setProperty(kDamageProperty, QStringLiteral("%1 (SQLite error %2)")
                                             .arg(error.text().trimmed(), error.nativeErrorCode()));
}

} // namespace

int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

Failure classify(int code)
{
    if (code == 0)
        return Failure::None;
    constexpr int kIoErrShmSize = 10 | (19 << 8); // SQLITE_IOERR_SHMSIZE: the -shm file cannot grow
    if (code == kIoErrShmSize)
        return Failure::Full;
    switch (code & 0xff) {
    case 13: // SQLITE_FULL
        return Failure::Full;
    case 10: // SQLITE_IOERR
        return Failure::Io;
    case 11: // SQLITE_CORRUPT
        return Failure::Corrupt;
    case 26: // SQLITE_NOTADB
        return Failure::NotADatabase;
    case 8: // SQLITE_READONLY
        return Failure::ReadOnly;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Failure::Busy;
    case 14: // SQLITE_CANTOPEN
        return Failure::CannotOpen;
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Failure::Permission;
    default:
        return Failure::Other;
    }
}

QString explain(Failure failure)
{
    switch (failure) {
    case Failure::Full:
        return translate("The disk is full, or the archive has reached its size limit: free some space, "
                         "then try again");
    case Failure::Io:
        return translate("The disk could not be read or written (an input/output error): check the disk or "
                         "network drive, then try again");
    case Failure::Corrupt:
        return translate("The archive file is damaged");
    case Failure::NotADatabase:
        return translate("The file is damaged or is not an SQLite database");
    case Failure::ReadOnly:
        return translate("The archive cannot be written to: the file or its folder is read-only");
    case Failure::Busy:
        return translate("The archive is locked by another program or window: try again in a moment");
    case Failure::CannotOpen:
        return translate("The archive file cannot be opened: check that it and its folder exist and can be "
                         "read");
    case Failure::Permission:
        return translate("Access to the archive file was denied");
    case Failure::None:
    case Failure::Other:
        break;
    }
    return {};
}

QString sqliteErrorText(const QSqlError& e)
{
    const QString raw = e.text().trimmed();
    const QString sentence = explain(classify(sqliteCode(e)));
    if (sentence.isEmpty()) {
        if (e.nativeErrorCode().isEmpty())
            return raw;
        return raw + translate(" (SQLite error %1)").arg(e.nativeErrorCode());
    }
    // The sentence first; SQLite's own words are detail for whoever digs further.
    return translate("%1 (detail: %2, SQLite error %3)").arg(sentence, raw, e.nativeErrorCode());
}

QString errorText(const QSqlQuery& query)
{
    return Backend::of(query.driver()).errorText(query.lastError());
}

QString errorText(const QSqlDatabase& db)
{
    return Backend::of(db.driver()).errorText(db.lastError());
}

void noteFailure(const QSqlDatabase& db, const QSqlError& error)
{
    noteFailure(db.driver(), error);
}

bool damageSeen(const QSqlDatabase& db)
{
    return db.driver() && db.driver()->property(kDamageProperty).isValid();
}

QString damageDetail(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(kDamageProperty).toString() : QString();
}

bool finished(const QSqlQuery& query, QString* error)
{
    if (!query.lastError().isValid())
        return true;
    noteFailure(query.driver(), query.lastError());
    if (error)
        *error = errorText(query);
    return false;
}

bool prepare(QSqlQuery& query, const QString& statement, QString* error)
{
    if (!reconnectOutsideTransaction(query.driver(), error))
        return false;
    if (query.prepare(statement))
        return true;
    noteFailure(query.driver(), query.lastError());
    if (error)
        *error = errorText(query);
    return false;
}

bool exec(QSqlQuery& query, QString* error)
{
    Backend::of(query.driver()).beforeExec(query);
    if (query.exec())
        return true;
    noteFailure(query.driver(), query.lastError());
    if (retryAfterReconnecting(query)) {
        // Outside a transaction (reads): once more on a new connection.
        const QString statement = query.lastQuery();
        const QVariantList values = query.boundValues();
        Backend::of(query.driver()).beforeExec(query);
        if (query.prepare(statement)) {
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(int(i), values.at(i));
            if (query.exec())
                return true;
        }
        noteFailure(query.driver(), query.lastError());
    }
    if (error)
        *error = errorText(query);
    return false;
}

bool exec(QSqlQuery& query, std::initializer_list<QVariant> values, QString* error)
{
    int i = 0;
    for (const QVariant& v : values)
        query.bindValue(i++, v);
    return exec(query, error);
}

bool run(QSqlQuery& query, const QString& statement, const QVariantList& values, QString* error)
{
    if (!prepare(query, statement, error))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return exec(query, error);
}

// Run directly rather than prepared: a PostgreSQL server prepares only
// SELECT, INSERT, UPDATE, DELETE and VALUES, and these run DDL, BEGIN, SET.
static bool execDirect(QSqlQuery& q, const QString& statement, QString* error)
{
    if (!reconnectOutsideTransaction(q.driver(), error))
        return false;
    Backend::of(q.driver()).beforeExec(q);
    if (q.exec(statement))
        return true;
    noteFailure(q.driver(), q.lastError());
    if (retryAfterReconnecting(q)) {
        Backend::of(q.driver()).beforeExec(q);
        if (q.exec(statement))
            return true;
        noteFailure(q.driver(), q.lastError());
    }
    if (error)
        *error = errorText(q);
    return false;
}

bool execOnce(const QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery q(db);
    return execDirect(q, statement, error);
}

bool execInParallel(const QString& connectionName, const QList<QStringList>& groups, QString* error)
{
    static std::atomic<quint64> clones{0};
    auto run = [&connectionName](const QStringList& statements) -> QString {
        const QString name = QStringLiteral("%1-parallel-%2").arg(connectionName).arg(++clones);
        QString why;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, name);
            if (!db.open()) {
                why = errorText(db);
            } else {
                for (const QString& statement : statements)
                    if (!execOnce(db, statement, &why))
                        break;
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return why;
    };
    std::vector<std::future<QString>> running;
    for (qsizetype i = 1; i < groups.size(); ++i)
        running.push_back(std::async(std::launch::async, run, groups.at(i)));
    QString first = groups.isEmpty() ? QString() : run(groups.first());
    for (std::future<QString>& r : running) {
        const QString why = r.get();
        if (first.isEmpty())
            first = why;
    }
    if (error)
        *error = first;
    return first.isEmpty();
}

bool scalar(const QSqlDatabase& db, const QString& statement, QVariant* value, QString* error)
{
    QSqlQuery q(db);
    if (!execDirect(q, statement, error))
        return false;
    if (!q.next()) {
        noteFailure(q.driver(), q.lastError());
        if (error)
            *error = q.lastError().isValid()
                         ? errorText(q)
                         : QCoreApplication::translate("hindsight::sql", "the database returned no value");
        return false;
    }
    *value = q.value(0);
    return true;
}

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant instant(const QDateTime& utc)
{
    if (!utc.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime instantFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

namespace {

constexpr qsizetype kMaxKeptStatements = 400;
std::atomic<quint64> g_statementsPrepared{0};

// The kept statements of one connection: a child of its driver object, so
// that they go with it. A QSqlResult holds its driver through a QPointer,
// which is cleared before the driver's children are deleted: the queries are
// then discarded without a word to the server (no DEALLOCATE on a closed or
// new session).
class StatementCache : public QObject
{
public:
    struct Entry
    {
        QSqlQuery query;
        bool busy = false;
    };
    explicit StatementCache(QSqlDriver* driver) : QObject(driver) { setObjectName(name()); }
    static QString name() { return QStringLiteral("hindsightStatements"); }
    static StatementCache* of(QSqlDriver* driver, bool create)
    {
        if (!driver)
            return nullptr;
        auto* cache = driver->findChild<StatementCache*>(name(), Qt::FindDirectChildrenOnly);
        if (!cache && create)
            cache = new StatementCache(driver);
        return cache;
    }
    std::unordered_map<QString, std::unique_ptr<Entry>> entries;
};

} // namespace

Statement::Statement(const QSqlDatabase& db, const QString& statement, QString* error)
{
    // A lost server connection is made again before a statement outside a
    // transaction: the kept statements of the old session are then forgotten.
    if (!reconnectOutsideTransaction(db.driver(), error))
        return;
    StatementCache* cache = StatementCache::of(db.driver(), true);
    if (cache) {
        const auto it = cache->entries.find(statement);
        if (it != cache->entries.end() && !it->second->busy) {
            m_query = &it->second->query;
            m_busy = &it->second->busy;
            *m_busy = true;
            return;
        }
    }
    ++g_statementsPrepared;
    if (cache && cache->entries.size() < size_t(kMaxKeptStatements) && !cache->entries.count(statement)) {
        auto entry = std::make_unique<StatementCache::Entry>(StatementCache::Entry{QSqlQuery(db), false});
        if (!prepare(entry->query, statement, error))
            return;
        m_query = &entry->query;
        m_busy = &entry->busy;
        *m_busy = true;
        cache->entries.emplace(statement, std::move(entry));
        return;
    }
    // Too many kept, or the kept one is in use further up: one of its own.
    m_own = std::make_unique<QSqlQuery>(db);
    if (!prepare(*m_own, statement, error))
        return;
    m_query = m_own.get();
}

Statement::~Statement()
{
    if (m_busy) {
        m_query->finish(); // no result (nor SQLite read lock) kept past its use
        *m_busy = false;
    }
}

void forgetStatements(const QSqlDatabase& db)
{
    if (StatementCache* cache = StatementCache::of(db.driver(), false))
        cache->setObjectName(QString()); // kept, unfound, until the driver goes
}

quint64 statementsPrepared()
{
    return g_statementsPrepared.load();
}

Transaction::Transaction(const QSqlDatabase& db, Kind kind) : m_db(db), m_kind(kind) {}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString* error)
{
    const int level = depth(m_db);
    if (level > 0) {
        // Nested: a savepoint inside the open transaction (the same words on both back ends).
        if (!execOnce(m_db, QStringLiteral("SAVEPOINT ") + savepointName(level), error))
            return false;
    } else {
        const Backend& backend = Backend::of(m_db);
        const QStringList statements = m_kind == Kind::Write ? backend.beginWrite() : backend.beginRead();
        // A server connection found gone at BEGIN is made again once:
        // nothing of this transaction has run yet (ServerConnection.h).
        for (int attempt = 0;; ++attempt) {
            if (!reconnectIfLost(m_db, error))
                return false;
            bool begun = true;
            setDepth(m_db, 1); // no statement of the BEGIN is retried on its own
            for (qsizetype i = 0; i < statements.size(); ++i) {
                if (!execOnce(m_db, statements.at(i), error)) {
                    if (i > 0) {
                        QString ignored;
                        execOnce(m_db, QStringLiteral("ROLLBACK"), &ignored);
                    }
                    begun = false;
                    break;
                }
            }
            setDepth(m_db, 0);
            if (begun)
                break;
            if (attempt > 0 || !connectionLost(m_db))
                return false;
        }
    }
    m_open = true;
    m_savepoint = level;
    setDepth(m_db, level + 1);
    return true;
}

bool Transaction::commit(QString* error)
{
    if (!m_open)
        return false;
    const QString statement =
        m_savepoint > 0 ? QStringLiteral("RELEASE ") + savepointName(m_savepoint) : QStringLiteral("COMMIT");
    if (!execOnce(m_db, statement, error))
        return false; // still open: the destructor rolls back
    m_open = false;
    setDepth(m_db, m_savepoint);
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QString ignored;
    if (m_savepoint > 0) {
        execOnce(m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_savepoint), &ignored);
        execOnce(m_db, QStringLiteral("RELEASE ") + savepointName(m_savepoint), &ignored);
    } else {
        execOnce(m_db, QStringLiteral("ROLLBACK"), &ignored);
    }
    setDepth(m_db, m_savepoint);
}

} // namespace hindsight::sql
