// SPDX-License-Identifier: MIT
#include "CoeTables.h"

#include "Backend.h"
#include "CoeTablesCommon.h"
#include "CoeTablesSeries.h"
#include "SqlUtil.h"

#include <QHash>
#include <functional>
#include <optional>
#include <QSqlQuery>

namespace hindsight::coetables {

using detail::kCoeColumns;
using detail::Kept;

namespace {

using sql::exec;
using sql::text;

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// An enumeration's interchange spelling, NULL for "none".
template <typename E> QVariant enumValue(E v)
{
    const QString s = toString(v);
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant boolValue(bool b)
{
    return b ? 1 : 0;
}

// Text is bound into CAST(? AS TEXT) and read as CAST(column AS BLOB), so that
// every character is kept: see SqliteBackend.cpp (Backend::exactText).
QVariant exact(const Backend& b, const QString& s)
{
    return b.exactText(s);
}

const QStringList kCoeTextColumns =
    QStringLiteral(
        "title owner display_time_zone summary problem impact_description impact_financial_currency "
        "impact_consequences impact_second_order impact_customer_sentiment")
        .split(u' ');

// The placeholder for a column of coes: text is bound as UTF-8 bytes.
QString placeholder(const QString& column)
{
    return kCoeTextColumns.contains(column) ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?");
}

void bindCoe(QSqlQuery& q, const Coe& coe, qint64 revision)
{
    const Backend& b = Backend::of(q.driver());
    const Impact& im = coe.impact;
    const QList<QVariant> values = {
        uuidText(coe.uuid),
        exact(b, coe.title),
        toString(coe.status),
        coe.severity ? QVariant(*coe.severity) : nullInt(),
        exact(b, coe.owner),
        sql::instant(coe.createdAt),
        sql::instant(coe.updatedAt),
        exact(b, QString::fromUtf8(coe.displayTimeZone.isValid() ? coe.displayTimeZone.id()
                                                              : QByteArrayLiteral("UTC"))),
        exact(b, coe.summary),
        exact(b, coe.problem),
        im.customersAffected ? QVariant(*im.customersAffected) : nullInt(),
        exact(b, im.description),
        im.financialImpact ? QVariant(im.financialImpact->amount) : QVariant(QMetaType(QMetaType::Double)),
        im.financialImpact ? exact(b, im.financialImpact->currency) : QVariant(QMetaType(QMetaType::QByteArray)),
        im.slaBreached ? boolValue(*im.slaBreached) : nullInt(),
        exact(b, im.consequences),
        exact(b, im.secondOrder),
        exact(b, im.customerSentiment),
        revision,
    };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

// Inserts `rows` into `table`, as many rows a statement as kRowsPerInsert
// allows: one round trip for a whole list on a server rather than one per row.
// `placeholders` gives each column's placeholder ("?" or "CAST(? AS TEXT)").
bool insertRows(const QSqlDatabase& db, const QString& table, const QString& columns, const QString& placeholders,
                const QList<QVariantList>& rows, QString* error)
{
    const QString row = QLatin1Char('(') + placeholders + QLatin1Char(')');
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerInsert) {
        const qsizetype count = qMin<qsizetype>(kRowsPerInsert, rows.size() - start);
        QStringList values;
        values.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            values << row;
        Kept k(db,
               QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns, values.join(QStringLiteral(", "))),
               error);
        if (!k.isValid())
            return false;
        int index = 0;
        for (qsizetype i = start; i < start + count; ++i)
            for (const QVariant& v : rows.at(i))
                k.q().bindValue(index++, v);
        if (!exec(k.q(), error))
            return false;
    }
    return true;
}

// Tables whose rows hang directly off coes.id (their own children cascade).
const QStringList kChildTables = {
    QStringLiteral("coe_reviewers"),    QStringLiteral("coe_services"),
    QStringLiteral("coe_tags"),         QStringLiteral("impact_pillars"),
    QStringLiteral("timeline_entries"), QStringLiteral("metrics"),
    QStringLiteral("questions"),        QStringLiteral("whys"),
    QStringLiteral("action_items"),     QStringLiteral("related_items"),
    QStringLiteral("coe_reviews"),      QStringLiteral("review_meetings"),
    QStringLiteral("review_meeting_attendees"), QStringLiteral("review_comments"),
    QStringLiteral("review_questions"), QStringLiteral("coe_learning"),
    QStringLiteral("contributing_factors"), QStringLiteral("contributing_factor_whys"),
    QStringLiteral("metric_series"),    QStringLiteral("metric_charts"),
};

// The review record (schema 7): the approval row only when one is recorded.
bool insertReview(const QSqlDatabase& db, qint64 rowId, const Review& review, QString* error)
{
    const Backend& b = Backend::of(db);
    QList<QVariantList> rows;
    if (review.approvedAt.isValid() || !review.approvedBy.isEmpty() || review.approvedVersion) {
        rows.append({rowId, sql::instant(review.approvedAt), exact(b, review.approvedBy),
                     review.approvedVersion ? QVariant(*review.approvedVersion) : nullInt()});
        if (!insertRows(db, QStringLiteral("coe_reviews"),
                        QStringLiteral("coe_id, approved_at, approved_by, approved_version"),
                        QStringLiteral("?, ?, CAST(? AS TEXT), ?"), rows, error))
            return false;
    }
    rows.clear();
    QList<QVariantList> attendees;
    for (int i = 0; i < review.meetings.size(); ++i) {
        const ReviewMeeting& m = review.meetings.at(i);
        rows.append({rowId, i, sql::instant(m.at), exact(b, m.facilitator), exact(b, m.notes), exact(b, m.decisions)});
        for (int j = 0; j < m.attendees.size(); ++j)
            attendees.append({rowId, i, j, exact(b, m.attendees.at(j))});
    }
    if (!insertRows(db, QStringLiteral("review_meetings"),
                    QStringLiteral("coe_id, position, at, facilitator, notes, decisions"),
                    QStringLiteral("?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)"), rows, error)
        || !insertRows(db, QStringLiteral("review_meeting_attendees"), QStringLiteral("coe_id, meeting, position, name"),
                       QStringLiteral("?, ?, ?, CAST(? AS TEXT)"), attendees, error))
        return false;
    rows.clear();
    for (int i = 0; i < review.comments.size(); ++i) {
        const ReviewComment& c = review.comments.at(i);
        rows.append({rowId, i, exact(b, c.id), sql::instant(c.at), exact(b, c.author), exact(b, c.target),
                     exact(b, c.text), exact(b, c.replyTo), boolValue(c.resolved)});
    }
    if (!insertRows(db, QStringLiteral("review_comments"),
                    QStringLiteral("coe_id, position, comment_id, at, author, target, text, reply_to, resolved"),
                    QStringLiteral("?, ?, CAST(? AS TEXT), ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                   "CAST(? AS TEXT), ?"),
                    rows, error))
        return false;
    rows.clear();
    for (int i = 0; i < review.questions.size(); ++i) {
        const ReviewQuestion& q = review.questions.at(i);
        rows.append({rowId, i, exact(b, q.question), exact(b, q.answer), exact(b, q.actionId)});
    }
    return insertRows(db, QStringLiteral("review_questions"), QStringLiteral("coe_id, position, question, answer, action_id"),
                      QStringLiteral("?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)"), rows, error);
}

// The categories of the COE's factors that the taxonomy does not hold yet join
// it at its end (an imported COE's categories are never dropped).
bool addCategories(const QSqlDatabase& db, const Coe& coe, QString* error)
{
    QStringList categories;
    for (const ContributingFactor& f : coe.factors)
        if (!f.category.isEmpty() && !categories.contains(f.category))
            categories << f.category;
    for (const QString& category : std::as_const(categories)) {
        Kept k(db,
               QStringLiteral("INSERT INTO factor_categories (name, position) "
                              "SELECT CAST(? AS TEXT), (SELECT COALESCE(MAX(position), -1) + 1 FROM factor_categories) "
                              "WHERE NOT EXISTS (SELECT 1 FROM factor_categories WHERE name = CAST(? AS TEXT))"),
               error);
        const Backend& b = Backend::of(db);
        if (!k.isValid() || !exec(k.q(), {exact(b, category), exact(b, category)}, error))
            return false;
    }
    return true;
}

} // namespace

namespace detail {

const QString kCoeColumns = QStringLiteral(
    "uuid, title, status, severity, owner, created_at, updated_at, display_time_zone, summary, problem, "
    "impact_customers_affected, impact_description, impact_financial_amount, impact_financial_currency, "
    "impact_sla_breached, impact_consequences, impact_second_order, impact_customer_sentiment, revision");

QString exactText(const QString& columns)
{
    QStringList out;
    for (const QString& column : columns.split(QStringLiteral(", ")))
        out << (kCoeTextColumns.contains(column) ? QStringLiteral("CAST(%1 AS BLOB)").arg(column) : column);
    return out.join(QStringLiteral(", "));
}

QString worded(const Backend& backend, const QString& statement)
{
    thread_local QHash<QString, QString> memo[2];
    QHash<QString, QString>& m = memo[backend.kind() == Backend::Kind::Sqlite ? 0 : 1];
    auto it = m.constFind(statement);
    if (it == m.cend()) {
        if (m.size() > 2000)
            m.clear();
        it = m.insert(statement, backend.exactTextSql(statement));
    }
    return *it;
}

} // namespace detail

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

bool insertCoe(const QSqlDatabase& db, const Coe& coe, qint64 revision, qint64* rowId, QString* error)
{
    QStringList placeholders;
    for (const QString& column : kCoeColumns.split(QStringLiteral(", ")))
        placeholders << placeholder(column);
    Kept k(db,
           QStringLiteral("INSERT INTO coes (%1) VALUES (%2)").arg(kCoeColumns, placeholders.join(u", "))
               + Backend::of(db).returningId(),
           error);
    if (!k.isValid())
        return false;
    bindCoe(k.q(), coe, revision);
    if (!exec(k.q(), error))
        return false;
    *rowId = Backend::of(db).insertedId(k.q());
    return true;
}

bool updateCoe(const QSqlDatabase& db, qint64 rowId, const Coe& coe, qint64 revision, QString* error,
               bool keepSeries)
{
    QStringList assignments;
    for (const QString& column : kCoeColumns.split(QStringLiteral(", ")))
        assignments << column + QStringLiteral(" = ") + placeholder(column);
    {
        Kept k(db, QStringLiteral("UPDATE coes SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
               error);
        if (!k.isValid())
            return false;
        bindCoe(k.q(), coe, revision);
        k.q().bindValue(int(assignments.size()), rowId);
        if (!exec(k.q(), error))
            return false;
    }
    // One statement on a server (Backend::deleteRows), one per table on SQLite.
    static const QStringList withoutSeries = [] {
        QStringList tables = kChildTables;
        tables.removeOne(QStringLiteral("metric_series"));
        return tables;
    }();
    static const QStringList deletes[2][2] = {
        {Backend::sqlite().deleteRows(kChildTables, QStringLiteral("coe_id")),
         Backend::postgres().deleteRows(kChildTables, QStringLiteral("coe_id"))},
        {Backend::sqlite().deleteRows(withoutSeries, QStringLiteral("coe_id")),
         Backend::postgres().deleteRows(withoutSeries, QStringLiteral("coe_id"))}};
    for (const QString& statement :
         deletes[keepSeries ? 1 : 0][Backend::of(db).kind() == Backend::Kind::Sqlite ? 0 : 1]) {
        Kept del(db, statement, error);
        if (!del.isValid())
            return false;
        for (int i = 0; i < statement.count(QLatin1Char('?')); ++i)
            del.q().bindValue(i, rowId);
        if (!exec(del.q(), error))
            return false;
    }
    return true;
}

// Every table is written with one multi-row INSERT per kRowsPerInsert rows
// (insertRows); the rows of metric_images and action_item_whys need their
// parent's id, read back in one SELECT for both when there are any. A back
// end that can (PostgreSQL: Backend::insertTables) writes every list but the
// images with one statement, which also gives the metrics' ids.
bool insertParts(const QSqlDatabase& db, qint64 rowId, const Coe& coe, QString* error, bool keepSeries)
{
    const Backend& b = Backend::of(db);
    if (!addCategories(db, coe, error))
        return false;
    struct Part
    {
        TableRows rows;
        QString placeholders; // of one row, for insertRows
    };
    QList<Part> parts;
    // `columns` and `types` ("bigint"/"text", the columns after the first) as
    // space-separated words; each row's first value is the parent's row id
    // (a COE's, or for a child of another part, that part's position).
    auto add = [&parts](const char* table, const char* columns, const char* types, const char* placeholders,
                        QList<QVariantList>&& rows, int parent = -1) {
        Part part;
        part.rows.table = QLatin1String(table);
        part.rows.columns = QString::fromLatin1(columns).split(QLatin1Char(' '));
        part.rows.types = QString::fromLatin1(types).split(QLatin1Char(' '));
        part.rows.rows = std::move(rows);
        part.rows.parent = parent;
        part.placeholders = QLatin1String(placeholders);
        parts.append(std::move(part));
        return int(parts.size() - 1);
    };
    auto list = [&](const QStringList& values) {
        QList<QVariantList> rows;
        rows.reserve(values.size());
        for (int i = 0; i < values.size(); ++i)
            rows.append({rowId, i, exact(b, values.at(i))});
        return rows;
    };
    add("coe_reviewers", "coe_id position name", "bigint text", "?, ?, CAST(? AS TEXT)", list(coe.reviewers));
    add("coe_services", "coe_id position name", "bigint text", "?, ?, CAST(? AS TEXT)", list(coe.services));
    add("coe_tags", "coe_id position tag", "bigint text", "?, ?, CAST(? AS TEXT)", list(coe.tags));
    QStringList pillars;
    for (Pillar p : coe.impact.pillars)
        pillars << toString(p);
    add("impact_pillars", "coe_id position pillar", "bigint text", "?, ?, CAST(? AS TEXT)", list(pillars));

    QList<QVariantList> rows;
    rows.reserve(coe.timeline.size());
    for (int i = 0; i < coe.timeline.size(); ++i) {
        const TimelineEntry& e = coe.timeline.at(i);
        rows.append({rowId, i, sql::instant(e.at), exact(b, e.text), enumValue(e.milestone), boolValue(e.approximate),
                     exact(b, e.source), exact(b, e.gapExplanation), boolValue(e.highlight)});
    }
    add("timeline_entries", "coe_id position at text milestone approximate source gap_explanation highlight",
        "bigint text text text bigint text text bigint",
        "?, ?, ?, CAST(? AS TEXT), ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?", std::move(rows));

    // Format 1.1 (schema 9): the template and detection, one row only when any
    // holds something; the contributing factors and the whys they come from.
    rows = {};
    if (!coe.templateName.isEmpty() || !coe.detection.isEmpty())
        rows.append({rowId, exact(b, coe.templateName), enumValue(coe.detection.source),
                     exact(b, coe.detection.description)});
    add("coe_learning", "coe_id template detection_source detection_description", "text text text",
        "?, CAST(? AS TEXT), ?, CAST(? AS TEXT)", std::move(rows));
    rows = {};
    QList<QVariantList> factorWhys;
    for (int i = 0; i < coe.factors.size(); ++i) {
        const ContributingFactor& f = coe.factors.at(i);
        rows.append({rowId, i, exact(b, f.id), exact(b, f.category), exact(b, f.description)});
        for (int j = 0; j < f.whys.size(); ++j)
            factorWhys.append({rowId, i, j, exact(b, f.whys.at(j))});
    }
    add("contributing_factors", "coe_id position factor_id category description", "bigint text text text",
        "?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)", std::move(rows));
    add("contributing_factor_whys", "coe_id factor position why_id", "bigint bigint text",
        "?, ?, ?, CAST(? AS TEXT)", std::move(factorWhys));

    rows = {};
    int imageCount = 0;
    for (int i = 0; i < coe.metrics.size(); ++i) {
        const Metric& m = coe.metrics.at(i);
        rows.append({rowId, i, exact(b, m.name), enumValue(m.role), exact(b, m.description), exact(b, m.sourceUrl)});
        imageCount += int(m.images.size());
    }
    const int metricsPart = add("metrics", "coe_id position name role description source_url",
                                "bigint text text text text", "?, ?, CAST(? AS TEXT), ?, CAST(? AS TEXT), CAST(? AS TEXT)",
                                std::move(rows));
    parts[metricsPart].rows.returnsIds = true;

    rows = {};
    for (int i = 0; i < coe.questions.size(); ++i) {
        const Question& x = coe.questions.at(i);
        rows.append({rowId, i, toString(x.area), exact(b, x.question), exact(b, x.answer)});
    }
    add("questions", "coe_id position area question answer", "bigint text text text",
        "?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT)", std::move(rows));

    rows = {};
    for (int i = 0; i < coe.whys.size(); ++i) {
        const WhyStep& w = coe.whys.at(i);
        rows.append({rowId, i, exact(b, w.id), exact(b, w.parentId), exact(b, w.why), exact(b, w.because),
                     boolValue(w.rootCause), boolValue(w.humanError)});
    }
    add("whys", "coe_id position why_id parent_why_id why because root_cause human_error",
        "bigint text text text text bigint bigint",
        "?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?", std::move(rows));

    rows = {};
    QList<QVariantList> actionWhys; // the first value: the action item's position
    for (int i = 0; i < coe.actionItems.size(); ++i) {
        const ActionItem& a = coe.actionItems.at(i);
        const QVariant due =
            a.due.isValid() ? QVariant(a.due.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
        rows.append({rowId, i, exact(b, a.id), exact(b, a.title), exact(b, a.description), enumValue(a.priority),
                     exact(b, a.owner), due, toString(a.status), enumValue(a.kind), exact(b, a.link)});
        for (int j = 0; j < a.whys.size(); ++j)
            actionWhys.append({i, j, exact(b, a.whys.at(j))});
    }
    const int actionsPart =
        add("action_items", "coe_id position item_id title description priority owner due status kind link",
            "bigint text text text text text text text text text",
            "?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, CAST(? AS TEXT), ?, ?, ?, CAST(? AS TEXT)",
            std::move(rows));
    rows = {};
    for (int i = 0; i < coe.related.size(); ++i) {
        const RelatedItem& r = coe.related.at(i);
        rows.append({rowId, i, toString(r.kind), exact(b, r.title), exact(b, r.uuid), exact(b, r.url)});
    }
    add("related_items", "coe_id position kind title coe_uuid url", "bigint text text text text",
        "?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)", std::move(rows));
    const int actionWhysPart = add("action_item_whys", "action_item_id position why_id", "bigint text",
                                   "?, ?, CAST(? AS TEXT)", std::move(actionWhys), actionsPart);

    QList<TableRows> tables;
    tables.reserve(parts.size());
    for (const Part& part : std::as_const(parts))
        tables << part.rows;
    QVariantList values;
    const QString together = b.insertTables(tables, rowId, &values);
    QList<qint64> metricIds, actionIds;
    if (!together.isEmpty()) {
        Kept k(db, together, error);
        if (!k.isValid())
            return false;
        for (qsizetype i = 0; i < values.size(); ++i)
            k.q().bindValue(int(i), values.at(i));
        if (!exec(k.q(), error))
            return false;
        while (k.q().next())
            if (k.q().value(0).toInt() == metricsPart)
                metricIds.append(k.q().value(2).toLongLong());
        if (!sql::finished(k.q(), error))
            return false;
    } else {
        for (qsizetype p = 0; p < parts.size(); ++p) {
            if (p == actionWhysPart)
                continue;
            const Part& part = parts.at(p);
            if (!insertRows(db, part.rows.table, part.rows.columns.join(QStringLiteral(", ")), part.placeholders,
                            part.rows.rows, error))
                return false;
        }
        // The rows that need their parent's id: the ids of both parents in one query.
        if (imageCount == 0 && parts.at(actionWhysPart).rows.rows.isEmpty())
            return insertReview(db, rowId, coe.review, error) && insertSeries(db, rowId, coe, error, !keepSeries);
        Kept k(db,
               QStringLiteral("SELECT 0, position, id FROM metrics WHERE coe_id = ? UNION ALL "
                              "SELECT 1, position, id FROM action_items WHERE coe_id = ? ORDER BY 1, 2"),
               error);
        if (!k.isValid() || !exec(k.q(), {rowId, rowId}, error))
            return false;
        while (k.q().next())
            (k.q().value(0).toInt() == 0 ? metricIds : actionIds).append(k.q().value(2).toLongLong());
        if (!sql::finished(k.q(), error))
            return false;
        rows = {};
        for (const QVariantList& row : std::as_const(parts.at(actionWhysPart).rows.rows)) {
            const int position = row.at(0).toInt();
            if (position < actionIds.size())
                rows.append({actionIds.at(position), row.at(1), row.at(2)});
        }
        if (!insertRows(db, QStringLiteral("action_item_whys"), QStringLiteral("action_item_id, position, why_id"),
                        parts.at(actionWhysPart).placeholders, rows, error))
            return false;
    }
    if (imageCount > 0) {
        rows = {};
        for (int i = 0; i < coe.metrics.size() && i < metricIds.size(); ++i) {
            const Metric& m = coe.metrics.at(i);
            for (int j = 0; j < m.images.size(); ++j) {
                const MetricImage& im = m.images.at(j);
                const QByteArray bytes = im.data.isNull() ? QByteArray("", 0) : im.data; // never NULL
                rows.append({metricIds.at(i), j, exact(b, im.fileName), text(im.mediaType), bytes,
                             exact(b, im.caption)});
            }
        }
        // Images are large: a few a statement.
        for (qsizetype start = 0; start < rows.size(); start += kImagesPerInsert) {
            if (!insertRows(db, QStringLiteral("metric_images"),
                            QStringLiteral("metric_id, position, file_name, media_type, data, caption"),
                            QStringLiteral("?, ?, CAST(? AS TEXT), ?, ?, CAST(? AS TEXT)"),
                            rows.mid(start, kImagesPerInsert), error))
                return false;
        }
    }
    return insertReview(db, rowId, coe.review, error) && insertSeries(db, rowId, coe, error, !keepSeries);
}

} // namespace hindsight::coetables
