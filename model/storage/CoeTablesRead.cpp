// SPDX-License-Identifier: MIT
// Reading a COE's rows (CoeTables.h: readCoe, readCoes); writing them is
// CoeTables.cpp's.
#include "CoeTables.h"

#include "CoeTablesCommon.h"
#include "CoeTablesSeries.h"

#include <QHash>
#include <functional>
#include <optional>

namespace hindsight::coetables {

using detail::enumFrom;
using detail::exactText;
using detail::kCoeColumns;
using detail::Kept;

namespace {

using sql::exec;

// "?, ?, ..." for n values.
QString marks(qsizetype n)
{
    QString out;
    out.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

// Runs `statement` (its one "%1" becomes the placeholders of `ids`) with `ids` bound.
bool execIn(Kept& k, const QList<QVariant>& ids, QString* error)
{
    if (!k.isValid())
        return false;
    for (qsizetype i = 0; i < ids.size(); ++i)
        k.q().bindValue(int(i), ids.at(i));
    return exec(k.q(), error);
}

bool hasLearning(Parts parts)
{
    return parts == Parts::All || parts == Parts::BeforeSeries;
}

// Format 1.1 (schema 9): template, detection, contributing factors and their whys.
template <typename ReadTable> bool readLearning(ReadTable& readTable, const Backend& b, QString* error)
{
    if (!readTable(QStringLiteral("SELECT coe_id, CAST(template AS BLOB), detection_source, "
                                  "CAST(detection_description AS BLOB) FROM coe_learning WHERE coe_id IN (%1)"),
                   [&](Coe& c, QSqlQuery& q) {
                       c.templateName = b.fromExact(q.value(1));
                       c.detection.description = b.fromExact(q.value(3));
                       return enumFrom(q.value(2), DetectionSource::None, &c.detection.source, "detection source",
                                       error);
                   }))
        return false;
    if (!readTable(QStringLiteral("SELECT coe_id, CAST(factor_id AS BLOB), CAST(category AS BLOB), "
                                  "CAST(description AS BLOB) FROM contributing_factors WHERE coe_id IN (%1) "
                                  "ORDER BY coe_id, position"),
                   [&](Coe& c, QSqlQuery& q) {
                       c.factors << ContributingFactor{b.fromExact(q.value(1)), b.fromExact(q.value(2)),
                                                       b.fromExact(q.value(3)), {}};
                       return true;
                   }))
        return false;
    return readTable(QStringLiteral("SELECT coe_id, factor, CAST(why_id AS BLOB) FROM contributing_factor_whys "
                                    "WHERE coe_id IN (%1) ORDER BY coe_id, factor, position"),
                     [&](Coe& c, QSqlQuery& q) {
                         const qsizetype factor = q.value(1).toLongLong();
                         if (factor >= 0 && factor < c.factors.size())
                             c.factors[factor].whys << b.fromExact(q.value(2));
                         return true;
                     });
}

} // namespace

bool readCoes(const QSqlDatabase& db, const QList<QUuid>& uuids, QList<std::optional<Coe>>* out, QString* error,
              Parts parts)
{
    const Backend& b = Backend::of(db);
    out->clear();
    out->resize(uuids.size());
    if (uuids.isEmpty())
        return true;
    QHash<QUuid, QList<qsizetype>> wanted; // uuid -> its indexes in uuids
    QList<QVariant> uuidValues;
    for (qsizetype i = 0; i < uuids.size(); ++i) {
        QList<qsizetype>& at = wanted[uuids.at(i)];
        if (at.isEmpty())
            uuidValues << uuidText(uuids.at(i));
        at << i;
    }
    QList<Coe> coes;
    QHash<qint64, qsizetype> coeAt; // coes.id -> index in coes
    QList<QVariant> rowIds;
    QList<QList<qsizetype>> places; // indexes in uuids of each of coes
    {
        Kept k(db,
               QStringLiteral("SELECT id, %1 FROM coes WHERE uuid IN (%2)")
                   .arg(exactText(kCoeColumns), marks(uuidValues.size())),
               error);
        if (!execIn(k, uuidValues, error))
            return false;
        QSqlQuery& q = k.q();
        while (q.next()) {
            Coe c;
            const qint64 rowId = q.value(0).toLongLong();
            c.uuid = QUuid::fromString(b.fromExact(q.value(1)));
            c.title = b.fromExact(q.value(2));
            if (!enumFrom(q.value(3), Status::Draft, &c.status, "status", error))
                return false;
            if (!q.value(4).isNull())
                c.severity = q.value(4).toInt();
            c.owner = b.fromExact(q.value(5));
            c.createdAt = sql::instantFrom(q.value(6));
            c.updatedAt = sql::instantFrom(q.value(7));
            const QByteArray zone = b.fromExact(q.value(8)).toUtf8();
            c.displayTimeZone = zone == QByteArrayLiteral("UTC") ? QTimeZone::utc() : QTimeZone(zone);
            if (!c.displayTimeZone.isValid())
                c.displayTimeZone = QTimeZone::utc(); // a zone this system does not know
            c.summary = b.fromExact(q.value(9));
            c.problem = b.fromExact(q.value(10));
            Impact& im = c.impact;
            if (!q.value(11).isNull())
                im.customersAffected = q.value(11).toLongLong();
            im.description = b.fromExact(q.value(12));
            if (!q.value(13).isNull())
                im.financialImpact = FinancialImpact{q.value(13).toDouble(), b.fromExact(q.value(14))};
            if (!q.value(15).isNull())
                im.slaBreached = q.value(15).toInt() != 0;
            im.consequences = b.fromExact(q.value(16));
            im.secondOrder = b.fromExact(q.value(17));
            im.customerSentiment = b.fromExact(q.value(18));
            c.revision = q.value(19).toLongLong();
            const auto slot = wanted.constFind(c.uuid);
            if (slot == wanted.cend() || coeAt.contains(rowId))
                continue;
            coeAt.insert(rowId, coes.size());
            rowIds << rowId;
            places << *slot;
            coes << c;
        }
        if (!sql::finished(q, error))
            return false;
    }
    if (coes.isEmpty())
        return true;
    const QString in = marks(rowIds.size());

    // Each table in one query for all the COEs, its rows in position order.
    auto readTable = [&](const QString& statement, const std::function<bool(Coe&, QSqlQuery&)>& row) {
        Kept k(db, statement.arg(in), error);
        if (!execIn(k, rowIds, error))
            return false;
        QSqlQuery& q = k.q();
        while (q.next()) {
            const auto at = coeAt.constFind(q.value(0).toLongLong());
            if (at != coeAt.cend() && !row(coes[*at], q))
                return false;
        }
        return sql::finished(q, error); // a damaged page ends the loop early: an error, not a shorter list
    };
    auto list = [&](const QString& table, const QString& column, QStringList Coe::* member) {
        return readTable(QStringLiteral("SELECT coe_id, CAST(%1 AS BLOB) FROM %2 WHERE coe_id IN (%3) "
                                        "ORDER BY coe_id, position")
                             .arg(column, table, QStringLiteral("%1")),
                         [&](Coe& c, QSqlQuery& q) {
                             (c.*member).append(b.fromExact(q.value(1)));
                             return true;
                         });
    };
    if (!list(QStringLiteral("coe_reviewers"), QStringLiteral("name"), &Coe::reviewers)
        || !list(QStringLiteral("coe_services"), QStringLiteral("name"), &Coe::services)
        || !list(QStringLiteral("coe_tags"), QStringLiteral("tag"), &Coe::tags))
        return false;
    if (!readTable(QStringLiteral("SELECT coe_id, CAST(pillar AS BLOB) FROM impact_pillars WHERE coe_id IN (%1) "
                                  "ORDER BY coe_id, position"),
                   [&](Coe& c, QSqlQuery& q) {
                       Pillar pillar{};
                       if (!enumFrom(QVariant(b.fromExact(q.value(1))), Pillar::Reliability, &pillar, "pillar", error))
                           return false;
                       c.impact.pillars << pillar;
                       return true;
                   }))
        return false;

    if (!readTable(QStringLiteral("SELECT coe_id, at, CAST(text AS BLOB), milestone, approximate, CAST(source AS BLOB), "
                                  "CAST(gap_explanation AS BLOB), %1 FROM timeline_entries WHERE coe_id IN (%2) "
                                  "ORDER BY coe_id, position")
                       .arg(hasLearning(parts) ? QStringLiteral("highlight") : QStringLiteral("0"),
                            QStringLiteral("%1")),
                   [&](Coe& c, QSqlQuery& q) {
                       TimelineEntry e;
                       e.at = sql::instantFrom(q.value(1));
                       e.text = b.fromExact(q.value(2));
                       if (!enumFrom(q.value(3), Milestone::None, &e.milestone, "milestone", error))
                           return false;
                       e.approximate = q.value(4).toInt() != 0;
                       e.source = b.fromExact(q.value(5));
                       e.gapExplanation = b.fromExact(q.value(6));
                       e.highlight = q.value(7).toInt() != 0;
                       c.timeline << e;
                       return true;
                   }))
        return false;

    // The images of all the metrics in one query, each to its metric by id.
    QHash<qint64, std::pair<qsizetype, qsizetype>> metricAt; // metrics.id -> (index in coes, in its metrics)
    if (!readTable(QStringLiteral("SELECT coe_id, id, CAST(name AS BLOB), role, CAST(description AS BLOB), "
                                  "CAST(source_url AS BLOB) FROM metrics WHERE coe_id IN (%1) ORDER BY coe_id, position"),
                   [&](Coe& c, QSqlQuery& q) {
                       Metric m;
                       m.name = b.fromExact(q.value(2));
                       if (!enumFrom(q.value(3), MetricRole::None, &m.role, "metric role", error))
                           return false;
                       m.description = b.fromExact(q.value(4));
                       m.sourceUrl = b.fromExact(q.value(5));
                       metricAt.insert(q.value(1).toLongLong(), {coeAt.value(q.value(0).toLongLong()), c.metrics.size()});
                       c.metrics << m;
                       return true;
                   }))
        return false;
    if (!metricAt.isEmpty()) {
        Kept k(db,
               QStringLiteral("SELECT metric_id, CAST(file_name AS BLOB), media_type, data, CAST(caption AS BLOB) "
                              "FROM metric_images WHERE metric_id IN (SELECT id FROM metrics WHERE coe_id IN (%1)) "
                              "ORDER BY metric_id, position")
                   .arg(in),
               error);
        if (!execIn(k, rowIds, error))
            return false;
        QSqlQuery& q = k.q();
        while (q.next()) {
            const auto at = metricAt.constFind(q.value(0).toLongLong());
            if (at == metricAt.cend())
                continue;
            coes[at->first].metrics[at->second].images
                << MetricImage{b.fromExact(q.value(1)), b.fromExact(q.value(2)), q.value(3).toByteArray(),
                               b.fromExact(q.value(4))};
        }
        if (!sql::finished(q, error))
            return false;
    }

    if (!readTable(QStringLiteral("SELECT coe_id, area, CAST(question AS BLOB), CAST(answer AS BLOB) FROM questions "
                                  "WHERE coe_id IN (%1) ORDER BY coe_id, position"),
                   [&](Coe& c, QSqlQuery& q) {
                       Question x;
                       if (!enumFrom(q.value(1), QuestionArea::Detection, &x.area, "question area", error))
                           return false;
                       x.question = b.fromExact(q.value(2));
                       x.answer = b.fromExact(q.value(3));
                       c.questions << x;
                       return true;
                   }))
        return false;

    if (!readTable(QStringLiteral("SELECT coe_id, CAST(why_id AS BLOB), CAST(parent_why_id AS BLOB), CAST(why AS BLOB), "
                                  "CAST(because AS BLOB), root_cause, human_error FROM whys "
                                  "WHERE coe_id IN (%1) ORDER BY coe_id, position"),
                   [&](Coe& c, QSqlQuery& q) {
                       c.whys << WhyStep{b.fromExact(q.value(1)), b.fromExact(q.value(2)), b.fromExact(q.value(3)),
                                         b.fromExact(q.value(4)), q.value(5).toInt() != 0, q.value(6).toInt() != 0};
                       return true;
                   }))
        return false;

    QHash<qint64, std::pair<qsizetype, qsizetype>> actionAt; // action_items.id -> (index in coes, in its items)
    if (!readTable(QStringLiteral("SELECT coe_id, id, CAST(item_id AS BLOB), CAST(title AS BLOB), "
                                  "CAST(description AS BLOB), priority, CAST(owner AS BLOB), due, status, kind, "
                                  "CAST(link AS BLOB) FROM action_items WHERE coe_id IN (%1) ORDER BY coe_id, position"),
                   [&](Coe& c, QSqlQuery& q) {
                       ActionItem a;
                       a.id = b.fromExact(q.value(2));
                       a.title = b.fromExact(q.value(3));
                       a.description = b.fromExact(q.value(4));
                       if (!enumFrom(q.value(5), Priority::None, &a.priority, "priority", error))
                           return false;
                       a.owner = b.fromExact(q.value(6));
                       if (!q.value(7).isNull())
                           a.due = QDate::fromString(b.fromExact(q.value(7)), Qt::ISODate);
                       if (!enumFrom(q.value(8), ActionStatus::Open, &a.status, "action status", error)
                           || !enumFrom(q.value(9), ActionKind::None, &a.kind, "action kind", error))
                           return false;
                       a.link = b.fromExact(q.value(10));
                       actionAt.insert(q.value(1).toLongLong(),
                                       {coeAt.value(q.value(0).toLongLong()), c.actionItems.size()});
                       c.actionItems << a;
                       return true;
                   }))
        return false;
    if (!actionAt.isEmpty()) {
        Kept k(db,
               QStringLiteral("SELECT action_item_id, CAST(why_id AS BLOB) FROM action_item_whys "
                              "WHERE action_item_id IN (SELECT id FROM action_items WHERE coe_id IN (%1)) "
                              "ORDER BY action_item_id, position")
                   .arg(in),
               error);
        if (!execIn(k, rowIds, error))
            return false;
        QSqlQuery& q = k.q();
        while (q.next()) {
            const auto at = actionAt.constFind(q.value(0).toLongLong());
            if (at != actionAt.cend())
                coes[at->first].actionItems[at->second].whys << b.fromExact(q.value(1));
        }
        if (!sql::finished(q, error))
            return false;
    }

    if (!readTable(QStringLiteral("SELECT coe_id, kind, CAST(title AS BLOB), CAST(coe_uuid AS BLOB), CAST(url AS BLOB) "
                                  "FROM related_items WHERE coe_id IN (%1) ORDER BY coe_id, position"),
                   [&](Coe& c, QSqlQuery& q) {
                       RelatedItem r;
                       if (!enumFrom(q.value(1), RelatedKind::Link, &r.kind, "related kind", error))
                           return false;
                       r.title = b.fromExact(q.value(2));
                       r.uuid = b.fromExact(q.value(3));
                       r.url = b.fromExact(q.value(4));
                       c.related << r;
                       return true;
                   }))
        return false;

    if (hasLearning(parts) && !readLearning(readTable, b, error))
        return false;
    if (parts == Parts::All && !readSeries(db, rowIds, in, coeAt, &coes, error))
        return false;

    if (parts != Parts::BeforeReview) {
        if (!readTable(QStringLiteral("SELECT coe_id, approved_at, CAST(approved_by AS BLOB), approved_version "
                                      "FROM coe_reviews WHERE coe_id IN (%1)"),
                       [&](Coe& c, QSqlQuery& q) {
                           c.review.approvedAt = sql::instantFrom(q.value(1));
                           c.review.approvedBy = b.fromExact(q.value(2));
                           if (!q.value(3).isNull())
                               c.review.approvedVersion = q.value(3).toInt();
                           return true;
                       }))
            return false;
        bool anyMeeting = false;
        if (!readTable(QStringLiteral("SELECT coe_id, at, CAST(facilitator AS BLOB), CAST(notes AS BLOB), "
                                      "CAST(decisions AS BLOB) FROM review_meetings WHERE coe_id IN (%1) "
                                      "ORDER BY coe_id, position"),
                       [&](Coe& c, QSqlQuery& q) {
                           ReviewMeeting m;
                           m.at = sql::instantFrom(q.value(1));
                           m.facilitator = b.fromExact(q.value(2));
                           m.notes = b.fromExact(q.value(3));
                           m.decisions = b.fromExact(q.value(4));
                           c.review.meetings << m;
                           anyMeeting = true;
                           return true;
                       }))
            return false;
        if (anyMeeting
            && !readTable(QStringLiteral("SELECT coe_id, meeting, CAST(name AS BLOB) FROM review_meeting_attendees "
                                         "WHERE coe_id IN (%1) ORDER BY coe_id, meeting, position"),
                          [&](Coe& c, QSqlQuery& q) {
                              const qsizetype meeting = q.value(1).toLongLong();
                              if (meeting >= 0 && meeting < c.review.meetings.size())
                                  c.review.meetings[meeting].attendees << b.fromExact(q.value(2));
                              return true;
                          }))
            return false;
        if (!readTable(QStringLiteral("SELECT coe_id, CAST(comment_id AS BLOB), at, CAST(author AS BLOB), "
                                      "CAST(target AS BLOB), CAST(text AS BLOB), CAST(reply_to AS BLOB), resolved "
                                      "FROM review_comments WHERE coe_id IN (%1) ORDER BY coe_id, position"),
                       [&](Coe& c, QSqlQuery& q) {
                           c.review.comments << ReviewComment{b.fromExact(q.value(1)), sql::instantFrom(q.value(2)),
                                                              b.fromExact(q.value(3)), b.fromExact(q.value(4)),
                                                              b.fromExact(q.value(5)), b.fromExact(q.value(6)),
                                                              q.value(7).toInt() != 0};
                           return true;
                       }))
            return false;
        if (!readTable(QStringLiteral("SELECT coe_id, CAST(question AS BLOB), CAST(answer AS BLOB), "
                                      "CAST(action_id AS BLOB) FROM review_questions WHERE coe_id IN (%1) "
                                      "ORDER BY coe_id, position"),
                       [&](Coe& c, QSqlQuery& q) {
                           c.review.questions << ReviewQuestion{b.fromExact(q.value(1)), b.fromExact(q.value(2)),
                                                                b.fromExact(q.value(3))};
                           return true;
                       }))
            return false;
    }

    for (qsizetype i = 0; i < coes.size(); ++i)
        for (const qsizetype at : places.at(i))
            (*out)[at] = coes.at(i);
    return true;
}

Parts partsAtSchema(int version)
{
    return version < 7    ? Parts::BeforeReview
           : version < 9  ? Parts::BeforeLearning
           : version < 11 ? Parts::BeforeSeries
                          : Parts::All;
}

bool readCoe(const QSqlDatabase& db, const QUuid& uuid, Coe* coe, bool* found, QString* error, Parts parts)
{
    QList<std::optional<Coe>> read;
    *found = false;
    if (!readCoes(db, {uuid}, &read, error, parts))
        return false;
    if (read.isEmpty() || !read.first())
        return true;
    *found = true;
    *coe = std::move(*read.first());
    return true;
}

} // namespace hindsight::coetables
