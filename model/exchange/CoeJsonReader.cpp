// SPDX-License-Identifier: MIT
#include "CoeJsonReader.h"

#include "exchange/SvgSanitizer.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace hindsight::exchange {
namespace {

const QLatin1String kImagePng("image/png");
const QLatin1String kImageJpeg("image/jpeg");
const QLatin1String kImageSvg("image/svg+xml");

// A name from the tz database (Europe/Dublin, EST5EDT, Etc/GMT-14), not one
// of the offset forms QTimeZone also takes ("UTC-12:00", "UTC+05:00") nor a
// POSIX TZ rule: IANA names hold no ':' or ',' and start with a letter.
bool isIanaZoneName(const QString& zone)
{
    static const QRegularExpression ianaShape(u"^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*\\z"_s);
    if (!ianaShape.match(zone).hasMatch())
        return false;
    const QByteArray id = zone.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    // Qt lists only the zones of zone1970.tab; the links and legacy names of
    // the database (EST5EDT, Etc/GMT-14, US/Eastern) are files beside them.
    const QTimeZone tz(id);
    if (!tz.isValid())
        return false;
    const QString file = u"/usr/share/zoneinfo/"_s + zone;
    return QFileInfo(file).isFile();
}

} // namespace

JsonReadResult CoeJsonReader::read(const QJsonObject& root)
{
    const bool draft = m_draft;
    *this = CoeJsonReader();
    m_draft = draft;
    JsonReadResult result;
    if (readHeader(root)) {
        readTopLevel(root);
        readImpact(root);
        readTimeline(root);
        readMetrics(root);
        readQuestions(root);
        readWhys(root);
        readActionItems(root);
        readRelated(root);
        readLearning(root);
        readReview(root);
        if (!m_draft) { // a document in progress may point at a step not written yet
            checkWhyReferences();
            checkActionReferences();
            checkFactorReferences();
            checkReviewReferences();
        }
        fillMissingActionIds();
        result.coe = std::move(m_coe);
        result.uuidGenerated = m_uuidGenerated;
    }
    result.errors = errors();
    result.warnings = warnings();
    return result;
}

// format and format_version decide whether the rest can be read at all: a
// document of another kind or version is refused with just those errors.
bool CoeJsonReader::readHeader(const QJsonObject& root)
{
    const QString path = u"$"_s;
    bool ok = true;
    QString format;
    if (readString(root, "format"_L1, path, &format, Need::Required)) {
        if (format != "coe"_L1) {
            error(u"$.format"_s,
                  QCoreApplication::translate("CoeJson", "not a COE document: format is %1, expected \"coe\"")
                      .arg(quoted(format)));
            ok = false;
        }
    } else {
        ok = false;
    }
    if (const auto version = take(root, "format_version"_L1, path, QJsonValue::Double, Need::Required)) {
        if (version->toDouble() != 1) {
            error(u"$.format_version"_s,
                  QCoreApplication::translate("CoeJson", "format version %1 is not supported; this version "
                                                         "of Hindsight reads version 1")
                      .arg(version->toDouble()));
            ok = false;
        }
    } else {
        ok = false;
    }
    return ok;
}

void CoeJsonReader::readTopLevel(const QJsonObject& root)
{
    const QString path = u"$"_s;
    Coe& coe = m_coe;
    warnUnknownKeys(root, path,
                    "$schema format format_version uuid title status severity owner reviewers services tags "
                    "created_at updated_at display_time_zone summary impact timeline metrics questions "
                    "problem whys action_items related template detection contributing_factors review");

    QString uuid;
    bool nilUuid = false;
    if (readString(root, "uuid"_L1, path, &uuid, Need::Optional)) {
        static const QRegularExpression pattern(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"_s);
        if (pattern.match(uuid).hasMatch())
            coe.uuid = QUuid::fromString(uuid);
        else
            error(u"$.uuid"_s, QCoreApplication::translate("CoeJson", "not a UUID: %1 (expected the form "
                                                                      "3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11)")
                                   .arg(quoted(uuid)));
        nilUuid = pattern.match(uuid).hasMatch() && coe.uuid.isNull();
    }
    if (nilUuid || !root.contains("uuid"_L1)) { // the nil uuid identifies nothing: like a missing one
        coe.uuid = QUuid::createUuid();
        m_uuidGenerated = true;
        warning(u"$.uuid"_s,
                nilUuid ? QCoreApplication::translate("CoeJson", "the nil uuid identifies no document; a "
                                                                 "new one was made")
                        : QCoreApplication::translate("CoeJson", "no uuid in the file; a new one was made"));
    }

    readString(root, "title"_L1, path, &coe.title, Need::Required, 1, 300);
    readEnum(root, "status"_L1, path, &coe.status, Need::Optional);
    if (const auto severity = take(root, "severity"_L1, path, QJsonValue::Double, Need::Optional)) {
        const double value = severity->toDouble();
        if (isWholeNumber(value) && value >= 1 && value <= 5)
            coe.severity = int(value);
        else
            error(u"$.severity"_s,
                  QCoreApplication::translate("CoeJson", "must be a whole number from 1 to 5, found %1")
                      .arg(value));
    }
    readString(root, "owner"_L1, path, &coe.owner, Need::Optional);
    readStringList(root, "reviewers"_L1, path, &coe.reviewers);
    readStringList(root, "services"_L1, path, &coe.services);
    readStringList(root, "tags"_L1, path, &coe.tags);
    readInstant(root, "created_at"_L1, path, &coe.createdAt, Need::Optional);
    readInstant(root, "updated_at"_L1, path, &coe.updatedAt, Need::Optional);

    QString zone;
    if (readString(root, "display_time_zone"_L1, path, &zone, Need::Optional)) {
        if (zone == "UTC"_L1)
            coe.displayTimeZone = QTimeZone::utc();
        else if (isIanaZoneName(zone))
            coe.displayTimeZone = QTimeZone(zone.toUtf8());
        else
            error(u"$.display_time_zone"_s,
                  QCoreApplication::translate("CoeJson", "unknown time zone %1; expected an IANA name such "
                                                         "as UTC, Europe/Dublin or America/Bogota")
                      .arg(quoted(zone)));
    }
    readString(root, "summary"_L1, path, &coe.summary, Need::Optional);
    readString(root, "problem"_L1, path, &coe.problem, Need::Optional);
}

void CoeJsonReader::readImpact(const QJsonObject& root)
{
    const auto value = take(root, "impact"_L1, u"$"_s, QJsonValue::Object, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.impact"_s;
    const QJsonObject object = value->toObject();
    Impact& impact = m_coe.impact;
    warnUnknownKeys(object, path,
                    "customers_affected description financial_impact sla_breached pillars consequences "
                    "second_order customer_sentiment");

    const QJsonValue customers = object.value("customers_affected"_L1);
    const QString customersPath = u"$.impact.customers_affected"_s;
    if (customers.isDouble()) {
        const double n = customers.toDouble();
        if (!isWholeNumber(n) || n < 0)
            error(customersPath,
                  QCoreApplication::translate("CoeJson", "must be a whole number of at least 0, found %1")
                      .arg(n));
        else if (n >= 9.2e18)
            error(customersPath, QCoreApplication::translate("CoeJson", "number too large"));
        else
            impact.customersAffected = customers.toInteger();
    } else if (!customers.isNull() && !customers.isUndefined()) {
        error(customersPath,
              QCoreApplication::translate("CoeJson", "expected a whole number or null, found %1")
                  .arg(typeName(customers.type())));
    }

    const QJsonValue sla = object.value("sla_breached"_L1);
    if (sla.isBool())
        impact.slaBreached = sla.toBool();
    else if (!sla.isNull() && !sla.isUndefined())
        error(u"$.impact.sla_breached"_s,
              QCoreApplication::translate("CoeJson", "expected true, false or null, found %1")
                  .arg(typeName(sla.type())));

    readFinancialImpact(object.value("financial_impact"_L1));
    readPillars(object);
    readString(object, "description"_L1, path, &impact.description, Need::Optional);
    readString(object, "consequences"_L1, path, &impact.consequences, Need::Optional);
    readString(object, "second_order"_L1, path, &impact.secondOrder, Need::Optional);
    readString(object, "customer_sentiment"_L1, path, &impact.customerSentiment, Need::Optional);
}

// null: unknown
void CoeJsonReader::readFinancialImpact(const QJsonValue& money)
{
    const QString moneyPath = u"$.impact.financial_impact"_s;
    if (money.isObject()) {
        const QJsonObject m = money.toObject();
        warnUnknownKeys(m, moneyPath, "amount currency");
        FinancialImpact fi;
        bool ok = true;
        if (const auto amount = take(m, "amount"_L1, moneyPath, QJsonValue::Double, Need::Required)) {
            fi.amount = amount->toDouble();
            if (!std::isfinite(fi.amount) || fi.amount < 0) {
                error(moneyPath + u".amount"_s,
                      QCoreApplication::translate("CoeJson", "must be a number of at least 0"));
                ok = false;
            } else if (fi.amount > CoeJson::kMaxAmount) {
                error(moneyPath + u".amount"_s,
                      QCoreApplication::translate("CoeJson", "must be at most 10^15 (1000000000000000); "
                                                             "larger amounts cannot be kept exactly"));
                ok = false;
            }
        } else {
            ok = false;
        }
        if (readString(m, "currency"_L1, moneyPath, &fi.currency, Need::Required)) {
            static const QRegularExpression pattern(u"^[A-Z]{3}\\z"_s);
            if (!pattern.match(fi.currency).hasMatch()) {
                error(moneyPath + u".currency"_s,
                      QCoreApplication::translate("CoeJson", "not an ISO 4217 currency code: %1 (expected "
                                                             "three capital letters such as USD or EUR)")
                          .arg(quoted(fi.currency)));
                ok = false;
            }
        } else {
            ok = false;
        }
        if (ok)
            m_coe.impact.financialImpact = fi;
    } else if (!money.isNull() && !money.isUndefined()) {
        error(moneyPath, QCoreApplication::translate("CoeJson", "expected an object or null, found %1")
                             .arg(typeName(money.type())));
    }
}

// Known values, each at most once, in the author's order.
void CoeJsonReader::readPillars(const QJsonObject& impact)
{
    if (const auto pillars = take(impact, "pillars"_L1, u"$.impact"_s, QJsonValue::Array, Need::Optional)) {
        const QJsonArray array = pillars->toArray();
        const QString pillarsPath = u"$.impact.pillars"_s;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const QString itemPath = element(pillarsPath, i);
            if (!item.isString()) {
                error(itemPath, wrongType(QJsonValue::String, item.type()));
                continue;
            }
            const std::optional<Pillar> pillar = enumFromString<Pillar>(item.toString());
            if (!pillar)
                error(itemPath, unknownValue(item.toString(), spellings<Pillar>()));
            else if (m_coe.impact.pillars.contains(*pillar))
                error(itemPath, QCoreApplication::translate("CoeJson", "pillar %1 is listed twice")
                                    .arg(quoted(item.toString())));
            else
                m_coe.impact.pillars.append(*pillar);
        }
    }
}

void CoeJsonReader::readTimeline(const QJsonObject& root)
{
    const auto value = take(root, "timeline"_L1, u"$"_s, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.timeline"_s;
    const QJsonArray array = value->toArray();
    if (array.size() > CoeJson::kMaxTimelineEntries) {
        error(path, QCoreApplication::translate("CoeJson", "the timeline has %1 entries; at most %2 can be "
                                                           "imported")
                        .arg(array.size())
                        .arg(CoeJson::kMaxTimelineEntries));
        return;
    }
    QHash<Milestone, qsizetype> milestoneAt;
    QList<TimelineEntry>& timeline = m_coe.timeline;
    timeline.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath, "at text milestone approximate source gap_explanation highlight");
        TimelineEntry entry;
        readInstant(*object, "at"_L1, itemPath, &entry.at, Need::Required);
        readString(*object, "text"_L1, itemPath, &entry.text, Need::Required, 1);
        if (readEnum(*object, "milestone"_L1, itemPath, &entry.milestone, Need::Optional)) {
            const auto seen = milestoneAt.constFind(entry.milestone);
            if (seen != milestoneAt.constEnd())
                error(itemPath + u".milestone"_s,
                      QCoreApplication::translate("CoeJson",
                                                  "milestone %1 appears more than once (first at %2)")
                          .arg(quoted(toString(entry.milestone)), element(path, *seen)));
            else
                milestoneAt.insert(entry.milestone, i);
        }
        readBool(*object, "approximate"_L1, itemPath, &entry.approximate);
        readString(*object, "source"_L1, itemPath, &entry.source, Need::Optional);
        readString(*object, "gap_explanation"_L1, itemPath, &entry.gapExplanation, Need::Optional);
        readBool(*object, "highlight"_L1, itemPath, &entry.highlight);
        timeline.append(entry);
    }
    sortTimeline(timeline);
}

void CoeJsonReader::readMetrics(const QJsonObject& root)
{
    const auto value = take(root, "metrics"_L1, u"$"_s, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.metrics"_s;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath, "name role description source_url images series threshold window");
        Metric metric;
        readString(*object, "name"_L1, itemPath, &metric.name, Need::Required, 1);
        readEnum(*object, "role"_L1, itemPath, &metric.role, Need::Optional);
        readString(*object, "description"_L1, itemPath, &metric.description, Need::Optional);
        readString(*object, "source_url"_L1, itemPath, &metric.sourceUrl, Need::Optional);
        readImages(*object, itemPath, &metric.images);
        readSeries(*object, itemPath, &metric);
        m_coe.metrics.append(metric);
    }
}

void CoeJsonReader::readImages(const QJsonObject& metric, const QString& path, QList<MetricImage>* images)
{
    const auto value = take(metric, "images"_L1, path, QJsonValue::Array, Need::Optional);
    const QJsonArray imageArray = value ? value->toArray() : QJsonArray();
    for (qsizetype j = 0; j < imageArray.size(); ++j) {
        const QString imagePath = element(path + u".images"_s, j);
        const auto imageObject = takeObject(imageArray.at(j), imagePath);
        if (!imageObject)
            continue;
        warnUnknownKeys(*imageObject, imagePath, "file_name media_type data_base64 caption");
        MetricImage image;
        readString(*imageObject, "file_name"_L1, imagePath, &image.fileName, Need::Optional);
        readString(*imageObject, "caption"_L1, imagePath, &image.caption, Need::Optional);
        if (readString(*imageObject, "media_type"_L1, imagePath, &image.mediaType, Need::Required) &&
            image.mediaType != kImagePng && image.mediaType != kImageJpeg && image.mediaType != kImageSvg) {
            error(imagePath + u".media_type"_s,
                  unknownValue(image.mediaType, {kImagePng, kImageJpeg, kImageSvg}));
        }
        QString base64;
        if (readString(*imageObject, "data_base64"_L1, imagePath, &base64, Need::Required)) {
            const auto decoded =
                QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                image.data = decoded.decoded;
            else
                error(imagePath + u".data_base64"_s,
                      QCoreApplication::translate("CoeJson", "not valid base64"));
        }
        if (image.mediaType == kImageSvg && !image.data.isEmpty())
            sanitizeSvg(imagePath, &image);
        images->append(image);
    }
}

// An image is its bytes and nothing else: references outside it go, with a
// warning. An SVG that cannot be checked is kept as it is (nothing is lost)
// and never rendered (every renderer sanitizes again).
void CoeJsonReader::sanitizeSvg(const QString& imagePath, MetricImage* image)
{
    const SvgSanitized clean = SvgSanitizer::sanitize(image->data);
    if (!clean.ok()) {
        warning(imagePath,
                QCoreApplication::translate("CoeJson", "the SVG cannot be checked (%1); it is kept but never shown")
                    .arg(clean.error));
        return;
    }
    if (clean.removed.isEmpty())
        return;
    image->data = clean.svg;
    warning(imagePath, QCoreApplication::translate("CoeJson", "removed what the SVG refers to outside itself: %1")
                           .arg(SvgSanitizer::describe(clean.removed)));
}

void CoeJsonReader::readQuestions(const QJsonObject& root)
{
    const auto value = take(root, "questions"_L1, u"$"_s, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.questions"_s;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath, "area question answer");
        Question question;
        readEnum(*object, "area"_L1, itemPath, &question.area, Need::Required);
        readString(*object, "question"_L1, itemPath, &question.question, Need::Required, 1);
        readString(*object, "answer"_L1, itemPath, &question.answer, Need::Optional);
        m_coe.questions.append(question);
    }
}

void CoeJsonReader::readWhys(const QJsonObject& root)
{
    const auto value = take(root, "whys"_L1, u"$"_s, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.whys"_s;
    const QJsonArray array = value->toArray();
    if (array.size() > CoeJson::kMaxWhySteps) {
        error(path, QCoreApplication::translate("CoeJson", "there are %1 why steps; at most %2 can be "
                                                           "imported")
                        .arg(array.size())
                        .arg(CoeJson::kMaxWhySteps));
        return;
    }
    QHash<QString, qsizetype> firstWithId;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        WhyStep step; // appended even when broken, so indexes stay the file's
        if (const auto object = takeObject(array.at(i), itemPath)) {
            warnUnknownKeys(*object, itemPath, "id parent why because root_cause human_error");
            if (readString(*object, "id"_L1, itemPath, &step.id, Need::Required, 1)) {
                if (firstWithId.contains(step.id))
                    error(itemPath + u".id"_s,
                          QCoreApplication::translate("CoeJson", "id %1 is already used by %2")
                              .arg(quoted(step.id), element(path, firstWithId.value(step.id))));
                else
                    firstWithId.insert(step.id, i);
            }
            const QJsonValue parent = object->value("parent"_L1);
            if (parent.isString()) {
                step.parentId = parent.toString();
                if (step.parentId.isEmpty())
                    error(itemPath + u".parent"_s,
                          QCoreApplication::translate("CoeJson", "must not be empty; use null for a step "
                                                                 "that asks why the problem happened"));
            } else if (!parent.isNull() && !parent.isUndefined()) {
                error(itemPath + u".parent"_s,
                      QCoreApplication::translate("CoeJson", "expected a string or null, found %1")
                          .arg(typeName(parent.type())));
            }
            readString(*object, "why"_L1, itemPath, &step.why, Need::Required, 1);
            readString(*object, "because"_L1, itemPath, &step.because, Need::Optional);
            readBool(*object, "root_cause"_L1, itemPath, &step.rootCause);
            readBool(*object, "human_error"_L1, itemPath, &step.humanError);
        }
        m_coe.whys.append(step);
    }
}

void CoeJsonReader::readActionItems(const QJsonObject& root)
{
    const auto value = take(root, "action_items"_L1, u"$"_s, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.action_items"_s;
    const QJsonArray array = value->toArray();
    QHash<QString, qsizetype> firstWithId;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        ActionItem action; // appended even when broken, so indexes stay the file's
        bool hasId = false;
        if (const auto object = takeObject(array.at(i), itemPath)) {
            warnUnknownKeys(*object, itemPath,
                            "id title description priority owner due status kind whys link");
            hasId = object->contains("id"_L1);
            if (readString(*object, "id"_L1, itemPath, &action.id, Need::Optional, 1)) {
                if (firstWithId.contains(action.id))
                    error(itemPath + u".id"_s,
                          QCoreApplication::translate("CoeJson", "id %1 is already used by %2")
                              .arg(quoted(action.id), element(path, firstWithId.value(action.id))));
                else
                    firstWithId.insert(action.id, i);
            }
            readString(*object, "title"_L1, itemPath, &action.title, Need::Required, 1);
            readString(*object, "description"_L1, itemPath, &action.description, Need::Optional);
            readEnum(*object, "priority"_L1, itemPath, &action.priority, Need::Optional);
            readString(*object, "owner"_L1, itemPath, &action.owner, Need::Optional);
            QString due;
            if (readString(*object, "due"_L1, itemPath, &due, Need::Optional)) {
                static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"_s);
                const QDate date =
                    pattern.match(due).hasMatch() ? QDate::fromString(due, Qt::ISODate) : QDate();
                if (date.isValid())
                    action.due = date;
                else
                    error(itemPath + u".due"_s,
                          QCoreApplication::translate("CoeJson", "not a real date in the form YYYY-MM-DD: %1")
                              .arg(quoted(due)));
            }
            readEnum(*object, "status"_L1, itemPath, &action.status, Need::Optional);
            readEnum(*object, "kind"_L1, itemPath, &action.kind, Need::Optional);
            readStringList(*object, "whys"_L1, itemPath, &action.whys);
            readString(*object, "link"_L1, itemPath, &action.link, Need::Optional);
        }
        m_coe.actionItems.append(action);
        m_actionHasId.append(hasId);
    }
}

void CoeJsonReader::readRelated(const QJsonObject& root)
{
    const auto value = take(root, "related"_L1, u"$"_s, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.related"_s;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath, "kind title uuid url");
        RelatedItem item;
        readEnum(*object, "kind"_L1, itemPath, &item.kind, Need::Required);
        readString(*object, "title"_L1, itemPath, &item.title, Need::Required, 1);
        readString(*object, "uuid"_L1, itemPath, &item.uuid, Need::Optional);
        readString(*object, "url"_L1, itemPath, &item.url, Need::Optional);
        m_coe.related.append(item);
    }
}

// A meeting's or comment's `at`; in a document in progress (a stored version)
// an empty one is a time not given yet, as the editor holds it.
void CoeJsonReader::readReviewInstant(const QJsonObject& object, const QString& path, QDateTime* out)
{
    if (m_draft && object.value("at"_L1) == QJsonValue(QString()))
        return;
    readInstant(object, "at"_L1, path, out, Need::Required);
}

// Format 1.1: the review record. Its references (comment targets, reply_to,
// questions[].action) are checked with the others, after the whole document is read.
void CoeJsonReader::readReview(const QJsonObject& root)
{
    const auto value = take(root, "review"_L1, u"$"_s, QJsonValue::Object, Need::Optional);
    if (!value)
        return;
    const QString path = u"$.review"_s;
    const QJsonObject object = value->toObject();
    Review& review = m_coe.review;
    warnUnknownKeys(object, path, "approved_at approved_by approved_version meetings comments questions");
    readInstant(object, "approved_at"_L1, path, &review.approvedAt, Need::Optional);
    readString(object, "approved_by"_L1, path, &review.approvedBy, Need::Optional);
    if (const auto version = take(object, "approved_version"_L1, path, QJsonValue::Double, Need::Optional)) {
        const double n = version->toDouble();
        if (isWholeNumber(n) && n >= 1 && n <= INT_MAX)
            review.approvedVersion = int(n);
        else
            error(path + u".approved_version"_s,
                  QCoreApplication::translate("CoeJson", "must be a whole number of at least 1, found %1").arg(n));
    }

    if (const auto meetings = take(object, "meetings"_L1, path, QJsonValue::Array, Need::Optional)) {
        const QJsonArray array = meetings->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = element(path + u".meetings"_s, i);
            const auto meeting = takeObject(array.at(i), itemPath);
            if (!meeting)
                continue;
            warnUnknownKeys(*meeting, itemPath, "at facilitator attendees notes decisions");
            ReviewMeeting m;
            readReviewInstant(*meeting, itemPath, &m.at);
            readString(*meeting, "facilitator"_L1, itemPath, &m.facilitator, Need::Optional);
            readStringList(*meeting, "attendees"_L1, itemPath, &m.attendees);
            readString(*meeting, "notes"_L1, itemPath, &m.notes, Need::Optional);
            readString(*meeting, "decisions"_L1, itemPath, &m.decisions, Need::Optional);
            review.meetings.append(m);
        }
    }

    if (const auto comments = take(object, "comments"_L1, path, QJsonValue::Array, Need::Optional)) {
        const QString commentsPath = path + u".comments"_s;
        const QJsonArray array = comments->toArray();
        QHash<QString, qsizetype> firstWithId;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = element(commentsPath, i);
            ReviewComment c; // appended even when broken, so indexes stay the file's
            if (const auto comment = takeObject(array.at(i), itemPath)) {
                warnUnknownKeys(*comment, itemPath, "id at author target text reply_to resolved");
                if (readString(*comment, "id"_L1, itemPath, &c.id, Need::Required, 1)) {
                    if (firstWithId.contains(c.id))
                        error(itemPath + u".id"_s,
                              QCoreApplication::translate("CoeJson", "id %1 is already used by %2")
                                  .arg(quoted(c.id), element(commentsPath, firstWithId.value(c.id))));
                    else
                        firstWithId.insert(c.id, i);
                }
                readReviewInstant(*comment, itemPath, &c.at);
                readString(*comment, "author"_L1, itemPath, &c.author, Need::Optional);
                readString(*comment, "target"_L1, itemPath, &c.target, Need::Optional);
                readString(*comment, "text"_L1, itemPath, &c.text, Need::Required);
                readString(*comment, "reply_to"_L1, itemPath, &c.replyTo, Need::Optional);
                readBool(*comment, "resolved"_L1, itemPath, &c.resolved);
            }
            review.comments.append(c);
        }
    }

    if (const auto questions = take(object, "questions"_L1, path, QJsonValue::Array, Need::Optional)) {
        const QJsonArray array = questions->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = element(path + u".questions"_s, i);
            ReviewQuestion q; // appended even when broken, so indexes stay the file's
            if (const auto question = takeObject(array.at(i), itemPath)) {
                warnUnknownKeys(*question, itemPath, "question answer action");
                readString(*question, "question"_L1, itemPath, &q.question, Need::Required, 1);
                readString(*question, "answer"_L1, itemPath, &q.answer, Need::Optional);
                readString(*question, "action"_L1, itemPath, &q.actionId, Need::Optional);
            }
            review.questions.append(q);
        }
    }
}

} // namespace hindsight::exchange
