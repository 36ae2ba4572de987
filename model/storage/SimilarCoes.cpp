// SPDX-License-Identifier: MIT
#include "SimilarCoes.h"

#include "Archive.h"
#include "Backend.h"
#include "CoeTables.h"
#include "Snippet.h"
#include "SqlUtil.h"

#include <QDir>
#include <QtAlgorithms>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

namespace hindsight {

namespace {

// Words that say nothing about an incident (English and Spanish), folded
// as the full-text index folds them (no diacritics).
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            "the and for with from that this these those was were are been being has have had not but "
            "all any can could did does doing done into onto out over under about after before again "
            "then than there their they them its our ours you your yours his her hers she him who whom "
            "which what when where why how while because also just only very more most some such own "
            "same other each few both too off once here would should will shall may might must upon "
            "via per one two three new old yes may incident incidents coe issue issues "
            "los las del con por para una uno unos unas que como pero sus sin sobre entre desde hasta "
            "fue fueron era eran ser esta este estos estas ese esa esos esas hay mas muy ya cuando donde "
            "porque tambien solo otro otra otros otras nos les lo le se su al incidente");
        const QStringList split = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

bool significant(const QString& word)
{
    if (word.size() < 3 || stopWords().contains(word))
        return false;
    for (const QChar c : word)
        if (!c.isDigit())
            return true;
    return false; // a number: ticket ids and counts are not what makes incidents alike
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QStringList distinctNonEmpty(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        const QString t = v.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

// Runs `statement` as a statement kept on the connection (sql::Statement:
// prepared once, then one round trip a runKept on a server; a lookup while
// typing runs the same few again and again).
QSqlQuery* runKept(std::optional<sql::Statement>& kept, const QSqlDatabase& db, const QString& statement,
               const QVariantList& values, QString* error)
{
    kept.reset();
    kept.emplace(db, statement, error);
    if (!kept->isValid())
        return nullptr;
    QSqlQuery& q = kept->query();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    return sql::exec(q, error) ? &q : nullptr;
}

struct SimilarCandidate
{
    qint64 rowId = 0;
    quint32 servicesMask = 0;   // bit i: services[i]
    quint32 categoriesMask = 0; // bit i: categories[i]
    quint32 wordMask = 0;       // bit i: words[i]
    double score = 0;
};

} // namespace

QString SimilarCoe::reason() const
{
    QStringList parts;
    if (!services.isEmpty())
        parts << (services.size() == 1 ? SimilarCoes::tr("same service %1") : SimilarCoes::tr("same services %1"))
                     .arg(services.join(QStringLiteral(", ")));
    if (!categories.isEmpty())
        parts << (categories.size() == 1 ? SimilarCoes::tr("same factor %1") : SimilarCoes::tr("same factors %1"))
                     .arg(categories.join(QStringLiteral(", ")));
    if (!words.isEmpty())
        parts << SimilarCoes::tr("words: %1").arg(words.mid(0, 5).join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

QStringList SimilarCoes::significantWords(const Coe& coe)
{
    QStringList out;
    auto addFrom = [&out](const QString& text, bool byFrequency) {
        const QList<fulltext::Token> tokens = fulltext::tokenize(text);
        QStringList order;
        QHash<QString, int> counts;
        for (const fulltext::Token& t : tokens) {
            if (!significant(t.folded) || out.contains(t.folded))
                continue;
            if (!counts.contains(t.folded))
                order << t.folded;
            ++counts[t.folded];
        }
        if (byFrequency)
            std::stable_sort(order.begin(), order.end(),
                             [&counts](const QString& a, const QString& b) { return counts[a] > counts[b]; });
        for (const QString& w : std::as_const(order)) {
            if (out.size() == kMaxWords)
                return;
            out << w;
        }
    };
    addFrom(coe.title, false);
    addFrom(coe.summary.left(4000), true); // a pasted log says no more in its rest
    return out;
}

QList<SimilarCoe> SimilarCoes::find(const Coe& coe, int limit, QString* error) const
{
    if (error)
        error->clear();
    if (limit <= 0)
        return {};
    const QSqlDatabase db = m_archive.database();
    const Backend& backend = Backend::of(db);
    QString err;
    auto fail = [&]() -> QList<SimilarCoe> {
        if (error)
            *error = tr("Cannot look for similar COEs in %1: %2").arg(QDir::toNativeSeparators(m_archive.path()), err);
        return {};
    };

    // Never offered: itself, what it relates already, what was marked not related.
    QSet<QString> excluded{coetables::uuidText(coe.uuid)};
    for (const RelatedItem& r : coe.related)
        if (r.kind == RelatedKind::Coe && !QUuid::fromString(r.uuid).isNull())
            excluded.insert(coetables::uuidText(QUuid::fromString(r.uuid)));
    const QList<QUuid> dismissed = notRelated(coe.uuid, &err);
    if (!err.isEmpty())
        return fail();
    for (const QUuid& u : dismissed)
        excluded.insert(coetables::uuidText(u));

    QHash<qint64, SimilarCandidate> candidates;
    auto candidate = [&candidates](qint64 rowId) -> SimilarCandidate& {
        SimilarCandidate& c = candidates[rowId];
        c.rowId = rowId;
        return c;
    };
    std::optional<sql::Statement> kept;
    QSqlQuery* q = nullptr;

    // Shared services and factor categories: their tables' indexes, each
    // row the COE and the place of the name in the COE's own list.
    const QStringList services = distinctNonEmpty(coe.services).mid(0, 32);
    QStringList categories;
    for (const ContributingFactor& f : coe.factors)
        categories << f.category;
    categories = distinctNonEmpty(categories).mid(0, 32);
    auto shared = [&](const QString& table, const QString& column, const QStringList& names,
                      quint32 SimilarCandidate::*mask) {
        if (names.isEmpty())
            return true;
        QVariantList values;
        QString cases;
        for (qsizetype i = 0; i < names.size(); ++i) {
            cases += QStringLiteral(" WHEN ? THEN %1").arg(i);
            values << sql::text(names.at(i));
        }
        for (const QString& name : names)
            values << sql::text(name);
        q = runKept(kept, db,
                QStringLiteral("SELECT coe_id, CASE %1%2 END FROM %3 WHERE %1 IN (%4)")
                    .arg(column, cases, table, placeholders(names.size())),
                values, &err);
        if (!q)
            return false;
        while (q->next())
            candidate(q->value(0).toLongLong()).*mask |= 1u << q->value(1).toInt();
        return sql::finished(*q, &err);
    };
    if (!shared(QStringLiteral("coe_services"), QStringLiteral("name"), services, &SimilarCandidate::servicesMask)
        || !shared(QStringLiteral("contributing_factors"), QStringLiteral("category"), categories,
                   &SimilarCandidate::categoriesMask))
        return fail();

    // Words: which live COEs hold which, from the full-text index (the back
    // end's query per word). First how many hold each, counted up to a
    // share of the archive (one statement): a word in more than that tells
    // few COEs apart (idf under ln 20) and costs the most to list, so it is
    // left out; then the COEs holding the others, one bit per word, summed per COE.
    const QStringList words = significantWords(coe);
    QList<double> idf(words.size(), 0.0);
    if (!words.isEmpty()) {
        QVariant live;
        if (!sql::scalar(db, QStringLiteral("SELECT live FROM coe_counts WHERE id = 1"), &live, &err))
            return fail();
        const double n = std::max(live.toDouble(), 1.0);
        const qint64 cap = std::max<qint64>(kCommonFloor, qint64(n * kCommonShare));
        QStringList fragments, counts;
        QVariantList values;
        for (qsizetype i = 0; i < words.size(); ++i) {
            QVariant value;
            fragments << backend.coesWithWord(words.at(i), &value);
            values << value;
            counts << QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM (%1) f LIMIT %2) c%3)")
                          .arg(fragments.last())
                          .arg(cap)
                          .arg(i);
        }
        QList<qint64> holding(words.size(), 0);
        const bool ok = sql::around(db, backend.beforeWordMatches(), backend.afterWordMatches(), &err, [&] {
            q = runKept(kept, db, QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")), values, &err);
            if (!q || !q->next())
                return false;
            for (qsizetype i = 0; i < words.size(); ++i)
                holding[i] = q->value(int(i)).toLongLong();
            QStringList parts;
            QVariantList keptValues;
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (holding.at(i) == 0 || holding.at(i) >= cap)
                    continue; // in no COE, or in too many
                parts << QStringLiteral("SELECT %1 AS bit, coe_id FROM (%2) w%3")
                             .arg(1u << i)
                             .arg(fragments.at(i))
                             .arg(i);
                keptValues << values.at(i);
            }
            if (parts.isEmpty())
                return true;
            q = runKept(kept, db,
                        QStringLiteral("SELECT coe_id, sum(bit) FROM (%1) m GROUP BY coe_id")
                            .arg(parts.join(QStringLiteral(" UNION ALL "))),
                        keptValues, &err);
            if (!q)
                return false;
            while (q->next())
                candidate(q->value(0).toLongLong()).wordMask = quint32(q->value(1).toLongLong());
            return sql::finished(*q, &err);
        });
        if (!ok)
            return fail();
        for (qsizetype i = 0; i < words.size(); ++i)
            if (holding.at(i) > 0 && holding.at(i) < cap)
                idf[i] = std::log(1.0 + (n - double(holding.at(i)) + 0.5) / (double(holding.at(i)) + 0.5));
    }
    double idfSum = 0;
    for (const double v : std::as_const(idf))
        idfSum += v;

    QList<SimilarCandidate> ranked;
    ranked.reserve(candidates.size());
    for (SimilarCandidate& c : candidates) {
        double text = 0;
        for (qsizetype i = 0; i < words.size(); ++i)
            if (c.wordMask & (1u << i))
                text += idf.at(i);
        c.score = kServiceWeight * double(qPopulationCount(c.servicesMask))
            + kCategoryWeight * double(qPopulationCount(c.categoriesMask))
            + (idfSum > 0 ? kTextWeight * text / idfSum : 0.0);
        if (c.score < kMinScore)
            continue;
        ranked << c;
    }
    std::sort(ranked.begin(), ranked.end(), [](const SimilarCandidate& a, const SimilarCandidate& b) {
        return a.score != b.score ? a.score > b.score : a.rowId > b.rowId;
    });

    // The best that are live and not excluded, read a few more at a time than needed.
    QList<SimilarCoe> out;
    const qsizetype chunk = limit + excluded.size() + 8;
    for (qsizetype from = 0; from < ranked.size() && out.size() < limit; from += chunk) {
        const QList<SimilarCandidate> part = ranked.mid(from, chunk);
        QVariantList ids;
        for (const SimilarCandidate& c : part)
            ids << c.rowId;
        q = runKept(kept, db,
                QStringLiteral("SELECT coe_id, uuid, title, severity, incident_at, display_time_zone FROM coe_summary "
                               "WHERE deleted_at IS NULL AND coe_id IN (%1)")
                    .arg(placeholders(ids.size())),
                ids, &err);
        if (!q)
            return fail();
        QHash<qint64, SimilarCoe> found;
        while (q->next()) {
            const QString uuid = q->value(1).toString();
            if (excluded.contains(uuid))
                continue;
            SimilarCoe s;
            s.uuid = QUuid::fromString(uuid);
            s.title = q->value(2).toString();
            if (!q->value(3).isNull())
                s.severity = q->value(3).toInt();
            s.incidentAt = sql::instantFrom(q->value(4));
            s.displayTimeZone = q->value(5).toString().toUtf8();
            found.insert(q->value(0).toLongLong(), s);
        }
        if (!sql::finished(*q, &err))
            return fail();
        for (const SimilarCandidate& c : part) {
            auto it = found.find(c.rowId);
            if (it == found.end())
                continue;
            SimilarCoe s = *it;
            s.score = c.score;
            for (qsizetype i = 0; i < services.size(); ++i)
                if (c.servicesMask & (1u << i))
                    s.services << services.at(i);
            for (qsizetype i = 0; i < categories.size(); ++i)
                if (c.categoriesMask & (1u << i))
                    s.categories << categories.at(i);
            QList<qsizetype> shared;
            for (qsizetype i = 0; i < words.size(); ++i)
                if (c.wordMask & (1u << i))
                    shared << i;
            std::stable_sort(shared.begin(), shared.end(),
                             [&idf](qsizetype a, qsizetype b) { return idf.at(a) > idf.at(b); });
            for (const qsizetype i : std::as_const(shared))
                s.words << words.at(i);
            out << s;
            if (out.size() == limit)
                break;
        }
    }
    return out;
}

QList<QUuid> SimilarCoes::notRelated(const QUuid& coe, QString* error) const
{
    if (error)
        error->clear();
    QSqlQuery q(m_archive.database());
    q.setForwardOnly(true);
    QList<QUuid> out;
    if (!sql::prepare(q,
                      QStringLiteral("SELECT other_uuid FROM coe_dismissed_similar WHERE coe_uuid = ? "
                                     "ORDER BY at, other_uuid"),
                      error)
        || !sql::exec(q, {coetables::uuidText(coe)}, error))
        return {};
    while (q.next())
        out << QUuid::fromString(q.value(0).toString());
    if (!sql::finished(q, error))
        return {};
    return out;
}

bool SimilarCoes::markNotRelated(const QUuid& coe, const QUuid& other, QString* error)
{
    QString err;
    const QSqlDatabase db = m_archive.database();
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery q(db);
    if (!m_archive.prepareWrite(&err) || !tx.begin(&err)
        || !sql::prepare(q,
                         QStringLiteral("INSERT INTO coe_dismissed_similar (coe_uuid, other_uuid, at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (coe_uuid, other_uuid) DO NOTHING"),
                         &err)
        || !sql::exec(q, {coetables::uuidText(coe), coetables::uuidText(other),
                          sql::instant(QDateTime::currentDateTimeUtc())},
                      &err)
        || !tx.commit(&err)) {
        if (error)
            *error = tr("Cannot mark the COE as not related: %1").arg(err);
        return false;
    }
    return true;
}

bool SimilarCoes::unmarkNotRelated(const QUuid& coe, const QUuid& other, QString* error)
{
    QString err;
    const QSqlDatabase db = m_archive.database();
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    QSqlQuery q(db);
    if (!m_archive.prepareWrite(&err) || !tx.begin(&err)
        || !sql::prepare(q, QStringLiteral("DELETE FROM coe_dismissed_similar WHERE coe_uuid = ? AND other_uuid = ?"),
                         &err)
        || !sql::exec(q, {coetables::uuidText(coe), coetables::uuidText(other)}, &err) || !tx.commit(&err)) {
        if (error)
            *error = tr("Cannot show the COE again: %1").arg(err);
        return false;
    }
    return true;
}

} // namespace hindsight
