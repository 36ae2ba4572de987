// SPDX-License-Identifier: MIT
#include "CoeJsonWriter.h"

#include "exchange/CoeJson.h"

#include <QJsonArray>
#include <QLocale>
#include <array>
#include <cmath>

namespace hindsight::exchange {
namespace {

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

void putIfNotEmpty(QJsonObject& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

QJsonObject impactJson(const Impact& impact)
{
    QJsonObject o;
    if (impact.customersAffected)
        o.insert(QLatin1String("customers_affected"), *impact.customersAffected);
    o.insert(QLatin1String("description"), impact.description);
    if (impact.financialImpact)
        o.insert(QLatin1String("financial_impact"),
                 QJsonObject{{QLatin1String("amount"), impact.financialImpact->amount},
                             {QLatin1String("currency"), impact.financialImpact->currency}});
    if (impact.slaBreached)
        o.insert(QLatin1String("sla_breached"), *impact.slaBreached);
    QJsonArray pillars;
    for (const Pillar p : impact.pillars)
        pillars.append(toString(p));
    o.insert(QLatin1String("pillars"), pillars);
    o.insert(QLatin1String("consequences"), impact.consequences);
    o.insert(QLatin1String("second_order"), impact.secondOrder);
    o.insert(QLatin1String("customer_sentiment"), impact.customerSentiment);
    return o;
}

QJsonObject timelineJson(const TimelineEntry& entry)
{
    QJsonObject o;
    o.insert(QLatin1String("at"), CoeJson::formatInstant(entry.at));
    o.insert(QLatin1String("text"), entry.text);
    putIfNotEmpty(o, "milestone", toString(entry.milestone));
    if (entry.approximate)
        o.insert(QLatin1String("approximate"), true);
    putIfNotEmpty(o, "source", entry.source);
    putIfNotEmpty(o, "gap_explanation", entry.gapExplanation);
    if (entry.highlight)
        o.insert(QLatin1String("highlight"), true);
    return o;
}

QJsonObject metricJson(const Metric& metric)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), metric.name);
    putIfNotEmpty(o, "role", toString(metric.role));
    o.insert(QLatin1String("description"), metric.description);
    putIfNotEmpty(o, "source_url", metric.sourceUrl);
    if (!metric.images.isEmpty()) {
        QJsonArray images;
        for (const MetricImage& image : metric.images) {
            QJsonObject i;
            putIfNotEmpty(i, "file_name", image.fileName);
            i.insert(QLatin1String("media_type"), image.mediaType);
            i.insert(QLatin1String("data_base64"), QString::fromLatin1(image.data.toBase64()));
            putIfNotEmpty(i, "caption", image.caption);
            images.append(i);
        }
        o.insert(QLatin1String("images"), images);
    }
    if (!metric.series.isEmpty()) { // format 1.1
        QJsonArray series;
        for (const metrics::MetricSeries& s : metric.series) {
            QJsonObject j;
            j.insert(QLatin1String("name"), s.name);
            putIfNotEmpty(j, "unit", s.unit);
            QJsonArray points;
            for (const metrics::SeriesPoint& p : s.points)
                points.append(QJsonArray{CoeJson::formatInstant(p.at), p.value ? QJsonValue(*p.value) : QJsonValue()});
            j.insert(QLatin1String("points"), points);
            series.append(j);
        }
        o.insert(QLatin1String("series"), series);
    }
    if (metric.threshold)
        o.insert(QLatin1String("threshold"), *metric.threshold);
    if (!metric.window.isEmpty()) {
        QJsonObject w;
        if (metric.window.from.isValid())
            w.insert(QLatin1String("from"), CoeJson::formatInstant(metric.window.from));
        if (metric.window.to.isValid())
            w.insert(QLatin1String("to"), CoeJson::formatInstant(metric.window.to));
        o.insert(QLatin1String("window"), w);
    }
    return o;
}

QJsonObject whyJson(const WhyStep& step)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), step.id);
    o.insert(QLatin1String("parent"), step.parentId.isEmpty() ? QJsonValue() : QJsonValue(step.parentId));
    o.insert(QLatin1String("why"), step.why);
    o.insert(QLatin1String("because"), step.because);
    if (step.rootCause)
        o.insert(QLatin1String("root_cause"), true);
    if (step.humanError)
        o.insert(QLatin1String("human_error"), true);
    return o;
}

QJsonObject actionJson(const ActionItem& action)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), action.id);
    o.insert(QLatin1String("title"), action.title);
    putIfNotEmpty(o, "description", action.description);
    putIfNotEmpty(o, "priority", toString(action.priority));
    putIfNotEmpty(o, "owner", action.owner);
    if (action.due.isValid())
        o.insert(QLatin1String("due"), action.due.toString(Qt::ISODate));
    o.insert(QLatin1String("status"), toString(action.status));
    putIfNotEmpty(o, "kind", toString(action.kind));
    if (!action.whys.isEmpty())
        o.insert(QLatin1String("whys"), stringArray(action.whys));
    putIfNotEmpty(o, "link", action.link);
    return o;
}

QJsonObject relatedJson(const RelatedItem& item)
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), toString(item.kind));
    o.insert(QLatin1String("title"), item.title);
    putIfNotEmpty(o, "uuid", item.uuid);
    putIfNotEmpty(o, "url", item.url);
    return o;
}

// Format 1.1: written only when it holds something (CoeJsonWriter::toJson), and
// inside it only what holds something; `resolved` always, as it is the comment's state.
QJsonObject reviewJson(const Review& review)
{
    QJsonObject o;
    if (review.approvedAt.isValid())
        o.insert(QLatin1String("approved_at"), CoeJson::formatInstant(review.approvedAt));
    putIfNotEmpty(o, "approved_by", review.approvedBy);
    if (review.approvedVersion)
        o.insert(QLatin1String("approved_version"), *review.approvedVersion);
    QJsonArray meetings;
    for (const ReviewMeeting& m : review.meetings) {
        QJsonObject j;
        j.insert(QLatin1String("at"), CoeJson::formatInstant(m.at));
        putIfNotEmpty(j, "facilitator", m.facilitator);
        if (!m.attendees.isEmpty())
            j.insert(QLatin1String("attendees"), stringArray(m.attendees));
        putIfNotEmpty(j, "notes", m.notes);
        putIfNotEmpty(j, "decisions", m.decisions);
        meetings.append(j);
    }
    if (!meetings.isEmpty())
        o.insert(QLatin1String("meetings"), meetings);
    QJsonArray comments;
    for (const ReviewComment& c : review.comments) {
        QJsonObject j;
        j.insert(QLatin1String("id"), c.id);
        j.insert(QLatin1String("at"), CoeJson::formatInstant(c.at));
        putIfNotEmpty(j, "author", c.author);
        putIfNotEmpty(j, "target", c.target);
        j.insert(QLatin1String("text"), c.text);
        putIfNotEmpty(j, "reply_to", c.replyTo);
        j.insert(QLatin1String("resolved"), c.resolved);
        comments.append(j);
    }
    if (!comments.isEmpty())
        o.insert(QLatin1String("comments"), comments);
    QJsonArray questions;
    for (const ReviewQuestion& q : review.questions) {
        QJsonObject j;
        j.insert(QLatin1String("question"), q.question);
        putIfNotEmpty(j, "answer", q.answer);
        putIfNotEmpty(j, "action", q.actionId);
        questions.append(j);
    }
    if (!questions.isEmpty())
        o.insert(QLatin1String("questions"), questions);
    return o;
}

// ---- serialisation with the format's key order ----

// The keys of each kind of object in the order of the spec. Keys not listed
// (unknown ones, in a hand-made object) follow in alphabetical order.
enum class Shape
{
    Document,
    Impact,
    Money,
    Timeline,
    Metric,
    Image,
    Series,
    Window,
    Question,
    Why,
    Action,
    Related,
    Detection,
    Factor,
    Review,
    ReviewMeeting,
    ReviewComment,
    ReviewQuestion,
    Other
};

QStringList keyOrder(Shape shape)
{
    const auto keys = [](const char* spaced) { return QString::fromLatin1(spaced).split(u' '); };
    switch (shape) {
    case Shape::Document: {
        static const QStringList order =
            keys("format format_version uuid title status severity owner reviewers "
                 "services tags created_at updated_at display_time_zone summary "
                 "impact timeline metrics questions problem whys action_items related template detection "
                 "contributing_factors review");
        return order;
    }
    case Shape::Impact: {
        static const QStringList order = keys("customers_affected description financial_impact sla_breached "
                                              "pillars consequences second_order customer_sentiment");
        return order;
    }
    case Shape::Money: {
        static const QStringList order = keys("amount currency");
        return order;
    }
    case Shape::Timeline: {
        static const QStringList order = keys("at text milestone approximate source gap_explanation highlight");
        return order;
    }
    case Shape::Metric: {
        static const QStringList order = keys("name role description source_url images series threshold window");
        return order;
    }
    case Shape::Series: {
        static const QStringList order = keys("name unit points");
        return order;
    }
    case Shape::Window: {
        static const QStringList order = keys("from to");
        return order;
    }
    case Shape::Image: {
        static const QStringList order = keys("file_name media_type data_base64 caption");
        return order;
    }
    case Shape::Question: {
        static const QStringList order = keys("area question answer");
        return order;
    }
    case Shape::Why: {
        static const QStringList order = keys("id parent why because root_cause human_error");
        return order;
    }
    case Shape::Action: {
        static const QStringList order =
            keys("id title description priority owner due status kind whys link");
        return order;
    }
    case Shape::Related: {
        static const QStringList order = keys("kind title uuid url");
        return order;
    }
    case Shape::Detection: {
        static const QStringList order = keys("source description");
        return order;
    }
    case Shape::Factor: {
        static const QStringList order = keys("id category description whys");
        return order;
    }
    case Shape::Review: {
        static const QStringList order =
            keys("approved_at approved_by approved_version meetings comments questions");
        return order;
    }
    case Shape::ReviewMeeting: {
        static const QStringList order = keys("at facilitator attendees notes decisions");
        return order;
    }
    case Shape::ReviewComment: {
        static const QStringList order = keys("id at author target text reply_to resolved");
        return order;
    }
    case Shape::ReviewQuestion: {
        static const QStringList order = keys("question answer action");
        return order;
    }
    case Shape::Other:
        break;
    }
    return {};
}

// The shape of the value at `key` inside an object of shape `parent`
// (for arrays: the shape of their elements).
Shape childShape(Shape parent, const QString& key)
{
    if (parent == Shape::Document) {
        static const std::array<std::pair<const char*, Shape>, 10> children{{{"impact", Shape::Impact},
                                                                            {"timeline", Shape::Timeline},
                                                                            {"metrics", Shape::Metric},
                                                                            {"questions", Shape::Question},
                                                                            {"whys", Shape::Why},
                                                                            {"action_items", Shape::Action},
                                                                            {"related", Shape::Related},
                                                                            {"detection", Shape::Detection},
                                                                            {"contributing_factors", Shape::Factor},
                                                                            {"review", Shape::Review}}};
        for (const auto& [name, shape] : children)
            if (key == QLatin1String(name))
                return shape;
    }
    if (parent == Shape::Impact && key == QLatin1String("financial_impact"))
        return Shape::Money;
    if (parent == Shape::Metric && key == QLatin1String("images"))
        return Shape::Image;
    if (parent == Shape::Metric && key == QLatin1String("series"))
        return Shape::Series;
    if (parent == Shape::Metric && key == QLatin1String("window"))
        return Shape::Window;
    if (parent == Shape::Review) {
        if (key == QLatin1String("meetings"))
            return Shape::ReviewMeeting;
        if (key == QLatin1String("comments"))
            return Shape::ReviewComment;
        if (key == QLatin1String("questions"))
            return Shape::ReviewQuestion;
    }
    return Shape::Other;
}

void appendString(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    qsizetype plain = 0; // start of the bytes not yet copied
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out.append('"');
}

void appendNumber(QByteArray& out, double value)
{
    if (std::isfinite(value))
        out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null"); // JSON has no infinity; as QJsonDocument does
}

void appendValue(QByteArray& out, const QJsonValue& value, Shape shape, int depth);

void newline(QByteArray& out, int depth)
{
    out.append('\n');
    out.append(QByteArray(depth * 2, ' '));
}

void appendObject(QByteArray& out, const QJsonObject& object, Shape shape, int depth)
{
    if (object.isEmpty()) {
        out.append("{}");
        return;
    }
    QStringList keys;
    for (const QString& key : keyOrder(shape))
        if (object.contains(key))
            keys << key;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) // alphabetical
        if (!keys.contains(it.key()))
            keys << it.key();
    out.append('{');
    for (qsizetype i = 0; i < keys.size(); ++i) {
        newline(out, depth + 1);
        appendString(out, keys[i]);
        out.append(": ");
        appendValue(out, object.value(keys[i]), childShape(shape, keys[i]), depth + 1);
        if (i + 1 < keys.size())
            out.append(',');
    }
    newline(out, depth);
    out.append('}');
}

void appendArray(QByteArray& out, const QJsonArray& array, Shape elementShape, int depth)
{
    if (array.isEmpty()) {
        out.append("[]");
        return;
    }
    out.append('[');
    for (qsizetype i = 0; i < array.size(); ++i) {
        newline(out, depth + 1);
        appendValue(out, array.at(i), elementShape, depth + 1);
        if (i + 1 < array.size())
            out.append(',');
    }
    newline(out, depth);
    out.append(']');
}

void appendValue(QByteArray& out, const QJsonValue& value, Shape shape, int depth)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        // toInteger() gives its default unless the value is a whole number
        if (const qint64 n = value.toInteger(0); n == value.toInteger(1))
            out.append(QByteArray::number(n));
        else
            appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), shape, depth);
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject(), shape, depth);
        break;
    }
}

} // namespace

QJsonObject CoeJsonWriter::toJson(const Coe& coe)
{
    QJsonObject o;
    o.insert(QLatin1String("format"), QStringLiteral("coe"));
    o.insert(QLatin1String("format_version"), 1);
    if (!coe.uuid.isNull())
        o.insert(QLatin1String("uuid"), coe.uuid.toString(QUuid::WithoutBraces));
    o.insert(QLatin1String("title"), coe.title);
    o.insert(QLatin1String("status"), toString(coe.status));
    if (coe.severity)
        o.insert(QLatin1String("severity"), *coe.severity);
    o.insert(QLatin1String("owner"), coe.owner);
    o.insert(QLatin1String("reviewers"), stringArray(coe.reviewers));
    o.insert(QLatin1String("services"), stringArray(coe.services));
    o.insert(QLatin1String("tags"), stringArray(coe.tags));
    if (coe.createdAt.isValid())
        o.insert(QLatin1String("created_at"), CoeJson::formatInstant(coe.createdAt));
    if (coe.updatedAt.isValid())
        o.insert(QLatin1String("updated_at"), CoeJson::formatInstant(coe.updatedAt));
    const QByteArray zone = coe.displayTimeZone.isValid() ? coe.displayTimeZone.id() : QByteArray("UTC");
    o.insert(QLatin1String("display_time_zone"), QString::fromUtf8(zone));
    o.insert(QLatin1String("summary"), coe.summary);
    o.insert(QLatin1String("impact"), impactJson(coe.impact));

    QJsonArray timeline;
    for (const TimelineEntry& entry : coe.timeline)
        timeline.append(timelineJson(entry));
    o.insert(QLatin1String("timeline"), timeline);
    QJsonArray metrics;
    for (const Metric& metric : coe.metrics)
        metrics.append(metricJson(metric));
    o.insert(QLatin1String("metrics"), metrics);
    QJsonArray questions;
    for (const Question& q : coe.questions)
        questions.append(QJsonObject{{QLatin1String("area"), toString(q.area)},
                                     {QLatin1String("question"), q.question},
                                     {QLatin1String("answer"), q.answer}});
    o.insert(QLatin1String("questions"), questions);
    o.insert(QLatin1String("problem"), coe.problem);
    QJsonArray whys;
    for (const WhyStep& step : coe.whys)
        whys.append(whyJson(step));
    o.insert(QLatin1String("whys"), whys);
    QJsonArray actions;
    for (const ActionItem& action : coe.actionItems)
        actions.append(actionJson(action));
    o.insert(QLatin1String("action_items"), actions);
    QJsonArray related;
    for (const RelatedItem& item : coe.related)
        related.append(relatedJson(item));
    o.insert(QLatin1String("related"), related);
    // Format 1.1: written only when they hold something.
    putIfNotEmpty(o, "template", coe.templateName);
    if (!coe.detection.isEmpty()) {
        QJsonObject detection;
        putIfNotEmpty(detection, "source", toString(coe.detection.source));
        putIfNotEmpty(detection, "description", coe.detection.description);
        o.insert(QLatin1String("detection"), detection);
    }
    if (!coe.factors.isEmpty()) {
        QJsonArray factors;
        for (const ContributingFactor& f : coe.factors) {
            QJsonObject factor{{QLatin1String("id"), f.id}, {QLatin1String("category"), f.category}};
            putIfNotEmpty(factor, "description", f.description);
            factor.insert(QLatin1String("whys"), stringArray(f.whys));
            factors.append(factor);
        }
        o.insert(QLatin1String("contributing_factors"), factors);
    }
    if (!coe.review.isEmpty())
        o.insert(QLatin1String("review"), reviewJson(coe.review));
    return o;
}

QByteArray CoeJsonWriter::serialize(const QJsonObject& document)
{
    QByteArray out;
    appendObject(out, document, Shape::Document, 0);
    out.append('\n');
    return out;
}

} // namespace hindsight::exchange
