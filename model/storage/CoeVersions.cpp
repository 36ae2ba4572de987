// SPDX-License-Identifier: MIT
#include "CoeVersions.h"

#include "Archive.h"
#include "ArchiveChanges.h"
#include "Backend.h"
#include "CoeTables.h"
#include "SqlUtil.h"
#include "VersionDelta.h"
#include "VersionRows.h"
#include "analysis/CoeDiff.h"
#include "exchange/CoeJson.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <deque>

namespace hindsight {

using namespace versionrows;

namespace {

struct ReasonName
{
    VersionReason reason;
    const char* name;
};
constexpr ReasonName kReasons[] = {
    {VersionReason::Close, "close"},     {VersionReason::Status, "status"},   {VersionReason::Import, "import"},
    {VersionReason::Periodic, "periodic"}, {VersionReason::Restore, "restore"}, {VersionReason::Manual, "manual"},
};

// Every statement is written in SQLite's exact-text idiom; the back end words it.
bool prepare(QSqlQuery& query, const QString& statement, QString* error)
{
    return sql::prepare(query, Backend::of(query.driver()).exactTextSql(statement), error);
}

bool coeRowId(const QSqlDatabase& db, const QUuid& uuid, std::optional<qint64>* rowId, QString* error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, QStringLiteral("SELECT id FROM coes WHERE uuid = ?"), error)
        || !sql::exec(q, {coetables::uuidText(uuid)}, error))
        return false;
    rowId->reset();
    if (q.next())
        *rowId = q.value(0).toLongLong();
    return true;
}

const QString kInfoColumns = QStringLiteral(
    "number, at, CAST(author AS BLOB), reason, status, approved, CAST(summary AS BLOB)");

CoeVersionInfo infoFrom(const Backend& b, const QSqlQuery& q)
{
    CoeVersionInfo info;
    info.number = q.value(0).toInt();
    info.at = sql::instantFrom(q.value(1));
    info.author = b.fromExact(q.value(2));
    info.reason = versionReasonFromString(q.value(3).toString()).value_or(VersionReason::Manual);
    info.status = enumFromString<Status>(q.value(4).toString()).value_or(Status::Draft);
    info.approved = q.value(5).toLongLong() != 0;
    info.summary = b.fromExact(q.value(6));
    return info;
}

// Storage (schema 8): the newest version of a COE holds its whole document
// (compressed interchange JSON, base NULL); an older one holds, compressed,
// the line delta (VersionDelta.h) that makes its JSON from the JSON of the
// version `base`, the next newer one. So that a load never applies more than
// kMaxChain - 1 deltas, a version stays whole when the kMaxChain - 1 versions
// before it are all deltas.
} // namespace

QString toString(VersionReason reason)
{
    for (const ReasonName& r : kReasons) {
        if (r.reason == reason)
            return QLatin1String(r.name);
    }
    return QStringLiteral("manual");
}

std::optional<VersionReason> versionReasonFromString(const QString& text)
{
    for (const ReasonName& r : kReasons) {
        if (text == QLatin1String(r.name))
            return r.reason;
    }
    return std::nullopt;
}

CoeVersions::CoeVersions(Archive& archive) : m_archive(archive) {}

QByteArray CoeVersions::pack(const Coe& coe)
{
    return qCompress(exchange::CoeJson::write(coe), kLevel);
}

std::optional<Coe> CoeVersions::unpack(const QByteArray& stored, QString* error)
{
    const QByteArray json = qUncompress(stored);
    if (json.isEmpty()) {
        if (error)
            *error = tr("the stored version is not a compressed document");
        return std::nullopt;
    }
    exchange::JsonReadResult r = exchange::CoeJson::readDraft(json);
    if (!r.ok()) {
        if (error)
            *error = r.errors.first().toString();
        return std::nullopt;
    }
    return r.coe;
}

QString CoeVersions::author() const
{
    QString name = m_archive.changes()->saver().name;
    if (name.isEmpty() && Backend::of(m_archive.database()).kind() == Backend::Kind::Postgres) {
        QVariant user;
        QString ignored;
        if (sql::scalar(m_archive.database(), QStringLiteral("SELECT current_user"), &user, &ignored))
            name = user.toString();
    }
    return name;
}

std::optional<int> CoeVersions::add(const Coe& coe, VersionReason reason, const QString& summary, QString* error,
                                    const QDateTime& atUtc)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    const QString id = coetables::uuidText(coe.uuid);
    auto fail = [&](const QString& why) -> std::optional<int> {
        if (error)
            *error = tr("No version of the COE %1 was recorded in %2: %3").arg(id, file, why);
        return std::nullopt;
    };
    if (m_archive.isReadOnly() && !m_archive.isDamaged())
        return fail(tr("the archive is open read-only"));
    if (QString why; !m_archive.prepareWrite(&why))
        return fail(why);
    const QSqlDatabase db = m_archive.database();
    const Backend& b = Backend::of(db);
    const QByteArray json = exchange::CoeJson::write(coe);
    const QByteArray document = qCompress(json, kLevel);
    const QString who = author();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(&err))
        return fail(err);
    std::optional<qint64> rowId;
    if (!coeRowId(db, coe.uuid, &rowId, &err))
        return fail(err);
    if (!rowId)
        return fail(tr("the archive holds no such COE"));
    QVariant next;
    {
        QSqlQuery q(db);
        if (!sql::prepare(q, QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM coe_versions WHERE coe_id = ?"),
                          &err)
            || !sql::exec(q, {*rowId}, &err) || !q.next())
            return fail(err);
        next = q.value(0);
    }
    const int number = next.toInt();
    // The newest version so far becomes the delta from this one, unless the
    // kMaxChain - 1 versions before it are deltas already (or it cannot be
    // read: then it stays as it is).
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          QStringLiteral("SELECT id, base FROM coe_versions WHERE coe_id = ? "
                                         "ORDER BY number DESC LIMIT %1")
                              .arg(kMaxChain),
                          &err)
            || !sql::exec(q, {*rowId}, &err))
            return fail(err);
        std::optional<qint64> previous;
        bool whole = false;
        bool inRun = true;
        int deltasBefore = 0; // the deltas right before it
        while (q.next()) {
            if (!previous) {
                previous = q.value(0).toLongLong();
                whole = q.value(1).isNull();
            } else if (inRun && !q.value(1).isNull()) {
                ++deltasBefore;
            } else {
                inRun = false;
            }
        }
        if (!sql::finished(q, &err))
            return fail(err);
        if (previous && whole && deltasBefore < kMaxChain - 1) {
            QByteArray stored;
            if (!storedDocument(db, *previous, &stored, &err))
                return fail(err);
            if (const std::optional<QByteArray> text = inflate(stored)) {
                if (!rewrite(db, *previous, number, qCompress(versiondelta::encode(json, *text), kLevel), &err))
                    return fail(err);
            }
        }
    }
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO coe_versions (coe_id, number, at, author, reason, status, approved, "
                                "summary, document, base) VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, CAST(? AS TEXT), ?, ?)"),
                 &err)
        || !sql::exec(q,
                      {*rowId, number, sql::instant(atUtc.isValid() ? atUtc.toUTC() : QDateTime::currentDateTimeUtc()),
                       b.exactText(who), toString(reason), toString(coe.status),
                       coe.status == Status::Approved ? 1 : 0, b.exactText(summary), document, noBase()},
                      &err)
        || !tx.commit(&err))
        return fail(err);
    if (error)
        error->clear();
    return number;
}

std::optional<int> CoeVersions::record(const Coe& coe, VersionReason reason, QString* error, const QDateTime& atUtc,
                                       const QString& note)
{
    const std::optional<CoeVersionInfo> last = latest(coe.uuid, error);
    if (!last && error && !error->isEmpty())
        return std::nullopt;
    QString summary = tr("first version");
    if (last) {
        const std::optional<Coe> previous = load(coe.uuid, last->number, error);
        if (!previous)
            return std::nullopt;
        if (previous->sameContent(coe) && note.isEmpty())
            return last->number;
        summary = analysis::compareCoes(*previous, coe).summaryLine();
    }
    if (!note.isEmpty())
        summary = note + QStringLiteral("; ") + summary;
    return add(coe, reason, summary, error, atUtc);
}

std::optional<int> CoeVersions::nextNumber(const QUuid& uuid, QString* error) const
{
    QString err;
    const std::optional<CoeVersionInfo> last = latest(uuid, &err);
    if (error)
        *error = err;
    if (!last && !err.isEmpty())
        return std::nullopt;
    return last ? last->number + 1 : 1;
}

QList<CoeVersionInfo> CoeVersions::list(const QUuid& uuid, QString* error) const
{
    const QSqlDatabase db = m_archive.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString err;
    QList<CoeVersionInfo> out;
    if (!prepare(q,
                 QStringLiteral("SELECT %1 FROM coe_versions WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) "
                                "ORDER BY number")
                     .arg(kInfoColumns),
                 &err)
        || !sql::exec(q, {coetables::uuidText(uuid)}, &err)) {
        if (error)
            *error = tr("Cannot read the versions of the COE %1 in %2: %3")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    const Backend& b = Backend::of(db);
    while (q.next())
        out.append(infoFrom(b, q));
    if (!sql::finished(q, &err)) {
        if (error)
            *error = tr("Cannot read the versions of the COE %1 in %2: %3")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    }
    if (error)
        error->clear();
    return out;
}

std::optional<CoeVersionInfo> CoeVersions::latest(const QUuid& uuid, QString* error) const
{
    const QSqlDatabase db = m_archive.database();
    QSqlQuery q(db);
    QString err;
    if (!prepare(q,
                 QStringLiteral("SELECT %1 FROM coe_versions WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) "
                                "ORDER BY number DESC LIMIT 1")
                     .arg(kInfoColumns),
                 &err)
        || !sql::exec(q, {coetables::uuidText(uuid)}, &err)) {
        if (error)
            *error = tr("Cannot read the versions of the COE %1 in %2: %3")
                         .arg(coetables::uuidText(uuid), QDir::toNativeSeparators(m_archive.path()), err);
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (!q.next())
        return std::nullopt;
    return infoFrom(Backend::of(db), q);
}

std::optional<Coe> CoeVersions::load(const QUuid& uuid, int number, QString* error) const
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    const QString id = coetables::uuidText(uuid);
    auto fail = [&](const QString& why) -> std::optional<Coe> {
        if (error)
            *error = tr("Cannot load version %1 of the COE %2 from %3: %4").arg(number).arg(id, file, why);
        return std::nullopt;
    };
    const QSqlDatabase db = m_archive.database();
    QString err;
    // Which rows it takes (no documents read): the version, then each base
    // up to a whole document.
    QHash<int, std::optional<int>> baseOf;
    qint64 coeId = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          QStringLiteral("SELECT coe_id, number, base FROM coe_versions "
                                         "WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) AND number >= ?"),
                          &err)
            || !sql::exec(q, {id, number}, &err))
            return fail(err);
        while (q.next()) {
            coeId = q.value(0).toLongLong();
            baseOf.insert(q.value(1).toInt(), baseFrom(q.value(2)));
        }
        if (!sql::finished(q, &err))
            return fail(err);
    }
    if (!baseOf.contains(number)) {
        if (error)
            *error = tr("The archive %3 holds no version %1 of the COE %2.").arg(number).arg(id, file);
        return std::nullopt;
    }
    QList<int> chain{number}; // oldest first
    while (const std::optional<int> base = baseOf.value(chain.last())) {
        if (*base <= chain.last() || !baseOf.contains(*base))
            return fail(tr("version %1 is stored as the difference from version %2, which the archive does not hold")
                            .arg(chain.last())
                            .arg(*base));
        chain.append(*base);
    }
    QHash<int, QByteArray> stored;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          QStringLiteral("SELECT number, document FROM coe_versions "
                                         "WHERE coe_id = ? AND number >= ? AND number <= ?"),
                          &err)
            || !sql::exec(q, {coeId, chain.first(), chain.last()}, &err))
            return fail(err);
        while (q.next())
            stored.insert(q.value(0).toInt(), q.value(1).toByteArray());
        if (!sql::finished(q, &err))
            return fail(err);
    }
    // The whole document, then each delta back to the version asked for.
    std::optional<QByteArray> whole = inflate(stored.value(chain.last()));
    if (!whole)
        return fail(tr("the stored version %1 is not a compressed document").arg(chain.last()));
    std::deque<QByteArray> arena;
    std::vector<QByteArrayView> lines = versiondelta::splitLines(*whole);
    std::vector<QByteArrayView> next;
    for (qsizetype i = chain.size() - 2; i >= 0; --i) {
        const std::optional<QByteArray> delta = inflate(stored.value(chain.at(i)));
        if (!delta)
            return fail(tr("the stored version %1 is not compressed data").arg(chain.at(i)));
        const QByteArray& kept = arena.emplace_back(*delta);
        if (!versiondelta::apply(lines, kept, &next, &arena, &err))
            return fail(tr("version %1: %2").arg(chain.at(i)).arg(err));
        lines.swap(next);
    }
    exchange::JsonReadResult r = exchange::CoeJson::readDraft(versiondelta::join(lines));
    if (!r.ok())
        return fail(tr("the stored document is damaged: %1").arg(r.errors.first().toString()));
    if (error)
        error->clear();
    return r.coe;
}

bool CoeVersions::coesWithVersions(QSet<QUuid>* uuids, QString* error) const
{
    uuids->clear();
    if (m_archive.schemaVersion() < 6)
        return true;
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT DISTINCT c.uuid FROM coe_versions v JOIN coes c ON c.id = v.coe_id"), error)
        || !sql::exec(q, error))
        return false;
    while (q.next())
        uuids->insert(QUuid::fromString(q.value(0).toString()));
    return sql::finished(q, error);
}

bool CoeVersions::copyFrom(Archive& source, const QUuid& sourceUuid, const QUuid& targetUuid, QString* error)
{
    if (source.schemaVersion() < 6) // written before versions existed (schema 6)
        return true;
    struct Row
    {
        CoeVersionInfo info;
        QString reason;
        QByteArray document;
        std::optional<int> base; // stored as a delta from that version (schema 8)
    };
    QList<Row> rows;
    QString err;
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("The versions of the COE %1 were not copied: %2").arg(coetables::uuidText(sourceUuid), why);
        return false;
    };
    {
        const QSqlDatabase db = source.database();
        const Backend& b = Backend::of(db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!prepare(q,
                     QStringLiteral("SELECT %1, document, %2 FROM coe_versions "
                                    "WHERE coe_id = (SELECT id FROM coes WHERE uuid = ?) ORDER BY number")
                         .arg(kInfoColumns, source.schemaVersion() < 8 ? QStringLiteral("NULL") : QStringLiteral("base")),
                     &err)
            || !sql::exec(q, {coetables::uuidText(sourceUuid)}, &err))
            return fail(err);
        while (q.next())
            rows.append({infoFrom(b, q), q.value(3).toString(), q.value(7).toByteArray(), baseFrom(q.value(8))});
        if (!sql::finished(q, &err))
            return fail(err);
    }
    if (rows.isEmpty())
        return true;
    const QSqlDatabase db = m_archive.database();
    const Backend& b = Backend::of(db);
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    std::optional<qint64> rowId;
    if (!tx.begin(&err) || !coeRowId(db, targetUuid, &rowId, &err))
        return fail(err);
    if (!rowId)
        return fail(tr("the archive holds no such COE"));
    QVariant base;
    {
        QSqlQuery q(db);
        if (!sql::prepare(q, QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM coe_versions WHERE coe_id = ?"), &err)
            || !sql::exec(q, {*rowId}, &err) || !q.next())
            return fail(err);
        base = q.value(0);
    }
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO coe_versions (coe_id, number, at, author, reason, status, approved, "
                                "summary, document, base) VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, CAST(? AS TEXT), ?, ?)"),
                 &err))
        return fail(err);
    // The stored forms are copied as they are: a delta's base is renumbered
    // with it, and the newest copied version is whole, as it was.
    for (const Row& r : std::as_const(rows)) {
        if (!sql::exec(q,
                       {*rowId, base.toInt() + r.info.number, sql::instant(r.info.at), b.exactText(r.info.author),
                        r.reason, toString(r.info.status), r.info.approved ? 1 : 0, b.exactText(r.info.summary),
                        r.document, r.base ? QVariant(base.toInt() + *r.base) : noBase()},
                       &err))
            return fail(err);
    }
    if (!tx.commit(&err))
        return fail(err);
    return true;
}

int CoeVersions::prune(const QDateTime& nowUtc, int keepDays, QString* error)
{
    const QString file = QDir::toNativeSeparators(m_archive.path());
    QString err;
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("The old versions in %1 were not thinned: %2").arg(file, why);
        return -1;
    };
    if (m_archive.isReadOnly() && !m_archive.isDamaged())
        return fail(tr("the archive is open read-only"));
    if (QString why; !m_archive.prepareWrite(&why))
        return fail(why);
    const QSqlDatabase db = m_archive.database();
    const QDateTime cutoff = nowUtc.toUTC().addDays(-keepDays);
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(&err))
        return fail(err);
    // The last version of each COE and UTC day before the cutoff stays; so do approved ones.
    QHash<qint64, QSet<int>> doomed; // per COE, the numbers that go
    int count = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q,
                          QStringLiteral("SELECT number, coe_id, at, approved FROM coe_versions WHERE at < ? "
                                         "ORDER BY coe_id, number DESC"),
                          &err)
            || !sql::exec(q, {sql::instant(cutoff)}, &err))
            return fail(err);
        QHash<qint64, QSet<QDate>> kept; // per COE, the days whose last version was seen
        while (q.next()) {
            const qint64 coeId = q.value(1).toLongLong();
            const QDate day = sql::instantFrom(q.value(2)).toUTC().date();
            const bool approved = q.value(3).toLongLong() != 0;
            QSet<QDate>& days = kept[coeId];
            if (!days.contains(day)) {
                days.insert(day);
            } else if (!approved) {
                doomed[coeId].insert(q.value(0).toInt());
                ++count;
            }
        }
        if (!sql::finished(q, &err))
            return fail(err);
    }
    // Each COE's versions from the newest down: a kept delta whose base goes
    // is made again from the next newer kept version (so every version left
    // loads). A version that cannot be read stays as it is.
    QSqlQuery d(db);
    if (!sql::prepare(d, QStringLiteral("DELETE FROM coe_versions WHERE id = ?"), &err))
        return fail(err);
    for (auto it = doomed.cbegin(); it != doomed.cend(); ++it) {
        QList<StoredRow> rows;
        if (!rowsOf(db, it.key(), &rows, &err))
            return fail(err);
        const int oldestDoomed = *std::min_element(it.value().cbegin(), it.value().cend());
        std::optional<int> previousNumber;
        std::optional<QByteArray> previousText;
        std::optional<int> keptNumber;
        std::optional<QByteArray> keptText;
        for (const StoredRow& r : std::as_const(rows)) {
            QByteArray stored;
            if (!storedDocument(db, r.id, &stored, &err))
                return fail(err);
            QString ignored;
            std::optional<QByteArray> text;
            if (!r.base)
                text = inflate(stored);
            else if (r.base == previousNumber && previousText)
                text = older(*previousText, stored, &ignored);
            if (it.value().contains(r.number)) {
                if (!sql::exec(d, {r.id}, &err))
                    return fail(err);
            } else {
                if (r.base && r.base != keptNumber && text) {
                    const bool ok = keptText
                        ? rewrite(db, r.id, keptNumber, qCompress(versiondelta::encode(*keptText, *text), kLevel), &err)
                        : rewrite(db, r.id, std::nullopt, qCompress(*text, kLevel), &err);
                    if (!ok)
                        return fail(err);
                }
                keptNumber = r.number;
                keptText = text;
                if (r.number < oldestDoomed)
                    break; // the older ones keep their bases
            }
            previousNumber = r.number;
            previousText = text;
        }
    }
    if (!tx.commit(&err))
        return fail(err);
    if (error)
        error->clear();
    return count;
}

} // namespace hindsight

namespace hindsight {

namespace {
const QString kThinChore = QStringLiteral("thin-versions");
}

bool CoeVersions::pruneDue(const QDate& today, int keepDays) const
{
    if (keepDays <= 0 || m_archive.isReadOnly() || m_archive.schemaVersion() < 8)
        return false;
    QVariant done;
    QString err;
    QSqlQuery q(m_archive.database());
    if (!sql::prepare(q, QStringLiteral("SELECT done_on FROM archive_chores WHERE name = ?"), &err)
        || !sql::exec(q, {kThinChore}, &err))
        return false;
    return !q.next() || q.value(0).toString() < today.toString(Qt::ISODate);
}

int CoeVersions::pruneOncePerDay(const QDateTime& nowUtc, const QDate& today, int keepDays, QString* error)
{
    if (error)
        error->clear();
    if (!pruneDue(today, keepDays))
        return 0;
    const int pruned = prune(nowUtc, keepDays, error);
    if (pruned < 0)
        return pruned;
    const QSqlDatabase db = m_archive.database();
    QString err;
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery d(db), i(db);
    if (!tx.begin(&err) || !sql::prepare(d, QStringLiteral("DELETE FROM archive_chores WHERE name = ?"), &err)
        || !sql::exec(d, {kThinChore}, &err)
        || !sql::prepare(i, QStringLiteral("INSERT INTO archive_chores (name, done_on) VALUES (?, ?)"), &err)
        || !sql::exec(i, {kThinChore, today.toString(Qt::ISODate)}, &err) || !tx.commit(&err)) {
        if (error)
            *error = tr("The day old versions were thinned was not recorded in %1: %2")
                         .arg(QDir::toNativeSeparators(m_archive.path()), err);
        return -1;
    }
    return pruned;
}

} // namespace hindsight

namespace hindsight {

BackgroundThinning::~BackgroundThinning()
{
    wait();
}

bool BackgroundThinning::start(Archive& archive, const QDateTime& nowUtc, const QDate& today, int keepDays)
{
    wait();
    if (!CoeVersions(archive).pruneDue(today, keepDays))
        return false;
    const QString location = archive.location();
    m_result = std::async(std::launch::async, [location, nowUtc, today, keepDays] {
        QString error;
        // No backup policy here: the window's own connection makes the day's
        // backup at its first write; two connections making it at once would
        // race for the same file.
        std::unique_ptr<Archive> own = Archive::open(location, Archive::Access::ReadWrite, &error);
        if (!own)
            return std::pair<int, QString>(-1, error);
        const int pruned = CoeVersions(*own).pruneOncePerDay(nowUtc, today, keepDays, &error);
        return std::pair<int, QString>(pruned, error);
    });
    return true;
}

int BackgroundThinning::wait(QString* error)
{
    if (!m_result.valid())
        return 0;
    const auto [pruned, why] = m_result.get();
    if (error)
        *error = why;
    return pruned;
}

} // namespace hindsight
