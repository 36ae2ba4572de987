// SPDX-License-Identifier: MIT
#include "CoeJsonReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <climits>
#include <cmath>

namespace hindsight::exchange {
namespace {

const QLatin1String kImagePng("image/png");
const QLatin1String kImageJpeg("image/jpeg");
const QLatin1String kImageSvg("image/svg+xml");

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QCoreApplication::translate("CoeJson", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("CoeJson", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("CoeJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("CoeJson", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("CoeJson", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("CoeJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("CoeJson", "nothing");
}

QString wrongType(QJsonValue::Type expected, QJsonValue::Type found)
{
    return QCoreApplication::translate("CoeJson", "expected %1, found %2")
        .arg(typeName(expected), typeName(found));
}

// A value from the file, quoted and cut short enough for a message.
QString quoted(const QString& text)
{
    constexpr int kShown = 60;
    if (text.size() <= kShown)
        return u'"' + text + u'"';
    return u'"' + text.left(kShown) + QStringLiteral("…\"");
}

// Length as JSON Schema counts it: in code points, not UTF-16 units.
qsizetype codePoints(const QString& text)
{
    qsizetype n = text.size();
    for (const QChar c : text)
        if (c.isLowSurrogate())
            --n;
    return n;
}

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::trunc(value) == value;
}

template <typename E> QString allowedValues()
{
    QStringList names;
    for (const E v : allValues<E>())
        names << toString(v);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString CoeJsonReader::member(const QString& path, const QString& key)
{
    const auto isWordChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    const bool identifier = !key.isEmpty() && !key.front().isDigit()
        && std::all_of(key.begin(), key.end(), isWordChar);
    if (identifier)
        return path + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return path + QStringLiteral("['") + escaped + QStringLiteral("']");
}

QString CoeJsonReader::element(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void CoeJsonReader::error(const QString& path, const QString& message)
{
    m_result.errors.append({path, 0, 0, message});
}

void CoeJsonReader::warning(const QString& path, const QString& message)
{
    m_result.warnings.append({path, 0, 0, message});
}

void CoeJsonReader::warnUnknownKeys(const QJsonObject& object, const QString& path, Keys known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(known.begin(), known.end(), key) == known.end())
            warning(member(path, key), QCoreApplication::translate("CoeJson", "unknown key, ignored"));
    }
}

std::optional<QJsonValue> CoeJsonReader::take(const QJsonObject& object, QLatin1String key,
                                               const QString& path, QJsonValue::Type type, Need need)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        if (need == Need::Required)
            error(member(path, key), QCoreApplication::translate("CoeJson", "required key is missing"));
        return std::nullopt;
    }
    const QJsonValue value = it.value();
    if (value.type() != type) {
        error(member(path, key), wrongType(type, value.type()));
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonObject> CoeJsonReader::takeObject(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        error(path, wrongType(QJsonValue::Object, value.type()));
        return std::nullopt;
    }
    return value.toObject();
}

bool CoeJsonReader::readString(const QJsonObject& object, QLatin1String key, const QString& path,
                               QString* out, Need need, int minLength, int maxLength)
{
    const auto value = take(object, key, path, QJsonValue::String, need);
    if (!value)
        return false;
    const QString text = value->toString();
    const qsizetype length = codePoints(text);
    if (length < minLength) {
        error(member(path, key), QCoreApplication::translate("CoeJson", "must not be empty"));
        return false;
    }
    if (maxLength >= 0 && length > maxLength) {
        error(member(path, key),
              QCoreApplication::translate("CoeJson", "too long: %n characters, at most %1", nullptr,
                                          int(std::min<qsizetype>(length, INT_MAX)))
                  .arg(maxLength));
        return false;
    }
    *out = text;
    return true;
}

bool CoeJsonReader::readBool(const QJsonObject& object, QLatin1String key, const QString& path, bool* out)
{
    const auto value = take(object, key, path, QJsonValue::Bool, Need::Optional);
    if (!value)
        return false;
    *out = value->toBool();
    return true;
}

bool CoeJsonReader::readStringList(const QJsonObject& object, QLatin1String key, const QString& path,
                                   QStringList* out)
{
    const auto value = take(object, key, path, QJsonValue::Array, Need::Optional);
    if (!value)
        return false;
    const QJsonArray array = value->toArray();
    const QString arrayPath = member(path, key);
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            error(element(arrayPath, i), wrongType(QJsonValue::String, item.type()));
            ok = false;
            continue;
        }
        list << item.toString();
    }
    *out = list;
    return ok;
}

bool CoeJsonReader::readInstant(const QJsonObject& object, QLatin1String key, const QString& path,
                                QDateTime* out, Need need)
{
    QString text;
    if (!readString(object, key, path, &text, need))
        return false;
    QString why;
    const QDateTime instant = CoeJson::parseInstant(text, &why);
    if (!instant.isValid()) {
        error(member(path, key), why);
        return false;
    }
    *out = instant;
    return true;
}

template <typename E>
bool CoeJsonReader::readEnum(const QJsonObject& object, QLatin1String key, const QString& path, E* out,
                             Need need)
{
    QString text;
    if (!readString(object, key, path, &text, need))
        return false;
    const std::optional<E> value = enumFromString<E>(text);
    if (!value) {
        error(member(path, key), QCoreApplication::translate("CoeJson", "unknown value %1; expected one of: %2")
                                     .arg(quoted(text), allowedValues<E>()));
        return false;
    }
    *out = *value;
    return true;
}

JsonReadResult CoeJsonReader::read(const QJsonObject& root)
{
    m_result = {};
    m_actionHasId.clear();
    if (!readHeader(root))
        return std::move(m_result);
    readTopLevel(root);
    readImpact(root);
    readTimeline(root);
    readMetrics(root);
    readQuestions(root);
    readWhys(root);
    readActionItems(root);
    readRelated(root);
    checkWhyReferences();
    checkActionReferences();
    fillMissingActionIds();
    return std::move(m_result);
}

// format and format_version decide whether the rest can be read at all: a
// document of another kind or version is refused with just those errors.
bool CoeJsonReader::readHeader(const QJsonObject& root)
{
    const QString path = QStringLiteral("$");
    bool ok = true;
    QString format;
    if (readString(root, QLatin1String("format"), path, &format, Need::Required)) {
        if (format != QLatin1String("coe")) {
            error(QStringLiteral("$.format"),
                  QCoreApplication::translate("CoeJson", "not a COE document: format is %1, expected \"coe\"")
                      .arg(quoted(format)));
            ok = false;
        }
    } else {
        ok = false;
    }
    if (const auto version = take(root, QLatin1String("format_version"), path, QJsonValue::Double,
                                  Need::Required)) {
        if (version->toDouble() != 1) {
            error(QStringLiteral("$.format_version"),
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
    const QString path = QStringLiteral("$");
    Coe& coe = m_result.coe;
    warnUnknownKeys(root, path,
                    {QLatin1String("$schema"), QLatin1String("format"), QLatin1String("format_version"),
                     QLatin1String("uuid"), QLatin1String("title"), QLatin1String("status"),
                     QLatin1String("severity"), QLatin1String("owner"), QLatin1String("reviewers"),
                     QLatin1String("services"), QLatin1String("tags"), QLatin1String("created_at"),
                     QLatin1String("updated_at"), QLatin1String("display_time_zone"),
                     QLatin1String("summary"), QLatin1String("impact"), QLatin1String("timeline"),
                     QLatin1String("metrics"), QLatin1String("questions"), QLatin1String("problem"),
                     QLatin1String("whys"), QLatin1String("action_items"), QLatin1String("related")});

    QString uuid;
    if (readString(root, QLatin1String("uuid"), path, &uuid, Need::Optional)) {
        static const QRegularExpression pattern(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (pattern.match(uuid).hasMatch())
            coe.uuid = QUuid::fromString(uuid);
        else
            error(QStringLiteral("$.uuid"),
                  QCoreApplication::translate("CoeJson", "not a UUID: %1 (expected the form "
                                                         "3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11)")
                      .arg(quoted(uuid)));
    } else if (!root.contains(QLatin1String("uuid"))) {
        coe.uuid = QUuid::createUuid();
        m_result.uuidGenerated = true;
        warning(QStringLiteral("$.uuid"),
                QCoreApplication::translate("CoeJson", "no uuid in the file; a new one was made"));
    }

    readString(root, QLatin1String("title"), path, &coe.title, Need::Required, 1, 300);
    readEnum(root, QLatin1String("status"), path, &coe.status, Need::Optional);
    if (const auto severity = take(root, QLatin1String("severity"), path, QJsonValue::Double, Need::Optional)) {
        const double value = severity->toDouble();
        if (isWholeNumber(value) && value >= 1 && value <= 5)
            coe.severity = int(value);
        else
            error(QStringLiteral("$.severity"),
                  QCoreApplication::translate("CoeJson", "must be a whole number from 1 to 5, found %1")
                      .arg(value));
    }
    readString(root, QLatin1String("owner"), path, &coe.owner, Need::Optional);
    readStringList(root, QLatin1String("reviewers"), path, &coe.reviewers);
    readStringList(root, QLatin1String("services"), path, &coe.services);
    readStringList(root, QLatin1String("tags"), path, &coe.tags);
    readInstant(root, QLatin1String("created_at"), path, &coe.createdAt, Need::Optional);
    readInstant(root, QLatin1String("updated_at"), path, &coe.updatedAt, Need::Optional);

    QString zone;
    if (readString(root, QLatin1String("display_time_zone"), path, &zone, Need::Optional)) {
        if (zone == QLatin1String("UTC"))
            coe.displayTimeZone = QTimeZone::utc();
        else if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            coe.displayTimeZone = QTimeZone(zone.toUtf8());
        else
            error(QStringLiteral("$.display_time_zone"),
                  QCoreApplication::translate("CoeJson", "unknown time zone %1; expected an IANA name such "
                                                         "as UTC, Europe/Dublin or America/Bogota")
                      .arg(quoted(zone)));
    }
    readString(root, QLatin1String("summary"), path, &coe.summary, Need::Optional);
    readString(root, QLatin1String("problem"), path, &coe.problem, Need::Optional);
}

void CoeJsonReader::readImpact(const QJsonObject& root)
{
    const auto value = take(root, QLatin1String("impact"), QStringLiteral("$"), QJsonValue::Object,
                            Need::Optional);
    if (!value)
        return;
    const QString path = QStringLiteral("$.impact");
    const QJsonObject object = value->toObject();
    Impact& impact = m_result.coe.impact;
    warnUnknownKeys(object, path,
                    {QLatin1String("customers_affected"), QLatin1String("description"),
                     QLatin1String("financial_impact"), QLatin1String("sla_breached"),
                     QLatin1String("pillars"), QLatin1String("consequences"), QLatin1String("second_order"),
                     QLatin1String("customer_sentiment")});

    const QJsonValue customers = object.value(QLatin1String("customers_affected"));
    const QString customersPath = QStringLiteral("$.impact.customers_affected");
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
        error(customersPath, QCoreApplication::translate("CoeJson", "expected a whole number or null, found %1")
                                 .arg(typeName(customers.type())));
    }

    const QJsonValue sla = object.value(QLatin1String("sla_breached"));
    if (sla.isBool())
        impact.slaBreached = sla.toBool();
    else if (!sla.isNull() && !sla.isUndefined())
        error(QStringLiteral("$.impact.sla_breached"),
              QCoreApplication::translate("CoeJson", "expected true, false or null, found %1")
                  .arg(typeName(sla.type())));

    const QJsonValue money = object.value(QLatin1String("financial_impact"));
    const QString moneyPath = QStringLiteral("$.impact.financial_impact");
    if (money.isObject()) {
        const QJsonObject m = money.toObject();
        warnUnknownKeys(m, moneyPath, {QLatin1String("amount"), QLatin1String("currency")});
        FinancialImpact fi;
        bool ok = true;
        if (const auto amount = take(m, QLatin1String("amount"), moneyPath, QJsonValue::Double,
                                     Need::Required)) {
            fi.amount = amount->toDouble();
            if (!std::isfinite(fi.amount) || fi.amount < 0) {
                error(moneyPath + QStringLiteral(".amount"),
                      QCoreApplication::translate("CoeJson", "must be a number of at least 0"));
                ok = false;
            }
        } else {
            ok = false;
        }
        if (readString(m, QLatin1String("currency"), moneyPath, &fi.currency, Need::Required)) {
            static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
            if (!pattern.match(fi.currency).hasMatch()) {
                error(moneyPath + QStringLiteral(".currency"),
                      QCoreApplication::translate("CoeJson", "not an ISO 4217 currency code: %1 (expected "
                                                             "three capital letters such as USD or EUR)")
                          .arg(quoted(fi.currency)));
                ok = false;
            }
        } else {
            ok = false;
        }
        if (ok)
            impact.financialImpact = fi;
    } else if (!money.isNull() && !money.isUndefined()) {
        error(moneyPath, QCoreApplication::translate("CoeJson", "expected an object or null, found %1")
                             .arg(typeName(money.type())));
    }

    if (const auto pillars = take(object, QLatin1String("pillars"), path, QJsonValue::Array, Need::Optional)) {
        const QJsonArray array = pillars->toArray();
        const QString pillarsPath = QStringLiteral("$.impact.pillars");
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const QString itemPath = element(pillarsPath, i);
            const std::optional<Pillar> pillar
                = item.isString() ? enumFromString<Pillar>(item.toString()) : std::nullopt;
            if (!item.isString())
                error(itemPath, wrongType(QJsonValue::String, item.type()));
            else if (!pillar)
                error(itemPath, QCoreApplication::translate("CoeJson", "unknown value %1; expected one of: %2")
                                    .arg(quoted(item.toString()), allowedValues<Pillar>()));
            else if (impact.pillars.contains(*pillar))
                error(itemPath, QCoreApplication::translate("CoeJson", "pillar %1 is listed twice")
                                    .arg(quoted(item.toString())));
            else
                impact.pillars.append(*pillar);
        }
    }
    readString(object, QLatin1String("description"), path, &impact.description, Need::Optional);
    readString(object, QLatin1String("consequences"), path, &impact.consequences, Need::Optional);
    readString(object, QLatin1String("second_order"), path, &impact.secondOrder, Need::Optional);
    readString(object, QLatin1String("customer_sentiment"), path, &impact.customerSentiment, Need::Optional);
}

void CoeJsonReader::readTimeline(const QJsonObject& root)
{
    const auto value = take(root, QLatin1String("timeline"), QStringLiteral("$"), QJsonValue::Array,
                            Need::Optional);
    if (!value)
        return;
    const QString path = QStringLiteral("$.timeline");
    const QJsonArray array = value->toArray();
    if (array.size() > CoeJson::kMaxTimelineEntries) {
        error(path, QCoreApplication::translate("CoeJson", "the timeline has %1 entries; at most %2 can be "
                                                           "imported")
                        .arg(array.size())
                        .arg(CoeJson::kMaxTimelineEntries));
        return;
    }
    QHash<Milestone, qsizetype> milestoneAt;
    QList<TimelineEntry>& timeline = m_result.coe.timeline;
    timeline.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath,
                        {QLatin1String("at"), QLatin1String("text"), QLatin1String("milestone"),
                         QLatin1String("approximate"), QLatin1String("source"),
                         QLatin1String("gap_explanation")});
        TimelineEntry entry;
        readInstant(*object, QLatin1String("at"), itemPath, &entry.at, Need::Required);
        readString(*object, QLatin1String("text"), itemPath, &entry.text, Need::Required, 1);
        if (readEnum(*object, QLatin1String("milestone"), itemPath, &entry.milestone, Need::Optional)) {
            const auto seen = milestoneAt.constFind(entry.milestone);
            if (seen != milestoneAt.constEnd())
                error(itemPath + QStringLiteral(".milestone"),
                      QCoreApplication::translate("CoeJson", "milestone %1 appears more than once (first at %2)")
                          .arg(quoted(toString(entry.milestone)), element(path, *seen)));
            else
                milestoneAt.insert(entry.milestone, i);
        }
        readBool(*object, QLatin1String("approximate"), itemPath, &entry.approximate);
        readString(*object, QLatin1String("source"), itemPath, &entry.source, Need::Optional);
        readString(*object, QLatin1String("gap_explanation"), itemPath, &entry.gapExplanation, Need::Optional);
        timeline.append(entry);
    }
    sortTimeline(timeline);
}

void CoeJsonReader::readMetrics(const QJsonObject& root)
{
    const auto value = take(root, QLatin1String("metrics"), QStringLiteral("$"), QJsonValue::Array,
                            Need::Optional);
    if (!value)
        return;
    const QString path = QStringLiteral("$.metrics");
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath,
                        {QLatin1String("name"), QLatin1String("role"), QLatin1String("description"),
                         QLatin1String("source_url"), QLatin1String("images")});
        Metric metric;
        readString(*object, QLatin1String("name"), itemPath, &metric.name, Need::Required, 1);
        readEnum(*object, QLatin1String("role"), itemPath, &metric.role, Need::Optional);
        readString(*object, QLatin1String("description"), itemPath, &metric.description, Need::Optional);
        readString(*object, QLatin1String("source_url"), itemPath, &metric.sourceUrl, Need::Optional);
        const auto images = take(*object, QLatin1String("images"), itemPath, QJsonValue::Array, Need::Optional);
        const QJsonArray imageArray = images ? images->toArray() : QJsonArray();
        for (qsizetype j = 0; j < imageArray.size(); ++j) {
            const QString imagePath = element(itemPath + QStringLiteral(".images"), j);
            const auto imageObject = takeObject(imageArray.at(j), imagePath);
            if (!imageObject)
                continue;
            warnUnknownKeys(*imageObject, imagePath,
                            {QLatin1String("file_name"), QLatin1String("media_type"),
                             QLatin1String("data_base64"), QLatin1String("caption")});
            MetricImage image;
            readString(*imageObject, QLatin1String("file_name"), imagePath, &image.fileName, Need::Optional);
            readString(*imageObject, QLatin1String("caption"), imagePath, &image.caption, Need::Optional);
            if (readString(*imageObject, QLatin1String("media_type"), imagePath, &image.mediaType,
                           Need::Required)
                && image.mediaType != kImagePng && image.mediaType != kImageJpeg
                && image.mediaType != kImageSvg) {
                error(imagePath + QStringLiteral(".media_type"),
                      QCoreApplication::translate("CoeJson", "unknown value %1; expected one of: %2")
                          .arg(quoted(image.mediaType),
                               QStringList{kImagePng, kImageJpeg, kImageSvg}.join(QStringLiteral(", "))));
            }
            QString base64;
            if (readString(*imageObject, QLatin1String("data_base64"), imagePath, &base64, Need::Required)) {
                const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (decoded)
                    image.data = decoded.decoded;
                else
                    error(imagePath + QStringLiteral(".data_base64"),
                          QCoreApplication::translate("CoeJson", "not valid base64"));
            }
            metric.images.append(image);
        }
        m_result.coe.metrics.append(metric);
    }
}

void CoeJsonReader::readQuestions(const QJsonObject& root)
{
    const auto value = take(root, QLatin1String("questions"), QStringLiteral("$"), QJsonValue::Array,
                            Need::Optional);
    if (!value)
        return;
    const QString path = QStringLiteral("$.questions");
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath,
                        {QLatin1String("area"), QLatin1String("question"), QLatin1String("answer")});
        Question question;
        readEnum(*object, QLatin1String("area"), itemPath, &question.area, Need::Required);
        readString(*object, QLatin1String("question"), itemPath, &question.question, Need::Required, 1);
        readString(*object, QLatin1String("answer"), itemPath, &question.answer, Need::Optional);
        m_result.coe.questions.append(question);
    }
}

void CoeJsonReader::readWhys(const QJsonObject& root)
{
    const auto value = take(root, QLatin1String("whys"), QStringLiteral("$"), QJsonValue::Array,
                            Need::Optional);
    if (!value)
        return;
    const QString path = QStringLiteral("$.whys");
    const QJsonArray array = value->toArray();
    QHash<QString, qsizetype> firstWithId;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        WhyStep step; // appended even when broken, so indexes stay the file's
        if (const auto object = takeObject(array.at(i), itemPath)) {
            warnUnknownKeys(*object, itemPath,
                            {QLatin1String("id"), QLatin1String("parent"), QLatin1String("why"),
                             QLatin1String("because"), QLatin1String("root_cause"),
                             QLatin1String("human_error")});
            if (readString(*object, QLatin1String("id"), itemPath, &step.id, Need::Required, 1)) {
                if (firstWithId.contains(step.id))
                    error(itemPath + QStringLiteral(".id"),
                          QCoreApplication::translate("CoeJson", "id %1 is already used by %2")
                              .arg(quoted(step.id), element(path, firstWithId.value(step.id))));
                else
                    firstWithId.insert(step.id, i);
            }
            const QJsonValue parent = object->value(QLatin1String("parent"));
            if (parent.isString()) {
                step.parentId = parent.toString();
                if (step.parentId.isEmpty())
                    error(itemPath + QStringLiteral(".parent"),
                          QCoreApplication::translate("CoeJson", "must not be empty; use null for a step "
                                                                 "that asks why the problem happened"));
            } else if (!parent.isNull() && !parent.isUndefined()) {
                error(itemPath + QStringLiteral(".parent"),
                      QCoreApplication::translate("CoeJson", "expected a string or null, found %1")
                          .arg(typeName(parent.type())));
            }
            readString(*object, QLatin1String("why"), itemPath, &step.why, Need::Required, 1);
            readString(*object, QLatin1String("because"), itemPath, &step.because, Need::Optional);
            readBool(*object, QLatin1String("root_cause"), itemPath, &step.rootCause);
            readBool(*object, QLatin1String("human_error"), itemPath, &step.humanError);
        }
        m_result.coe.whys.append(step);
    }
}

void CoeJsonReader::readActionItems(const QJsonObject& root)
{
    const auto value = take(root, QLatin1String("action_items"), QStringLiteral("$"), QJsonValue::Array,
                            Need::Optional);
    if (!value)
        return;
    const QString path = QStringLiteral("$.action_items");
    const QJsonArray array = value->toArray();
    QHash<QString, qsizetype> firstWithId;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        ActionItem action; // appended even when broken, so indexes stay the file's
        bool hasId = false;
        if (const auto object = takeObject(array.at(i), itemPath)) {
            warnUnknownKeys(*object, itemPath,
                            {QLatin1String("id"), QLatin1String("title"), QLatin1String("description"),
                             QLatin1String("priority"), QLatin1String("owner"), QLatin1String("due"),
                             QLatin1String("status"), QLatin1String("kind"), QLatin1String("whys"),
                             QLatin1String("link")});
            hasId = object->contains(QLatin1String("id"));
            if (readString(*object, QLatin1String("id"), itemPath, &action.id, Need::Optional, 1)) {
                if (firstWithId.contains(action.id))
                    error(itemPath + QStringLiteral(".id"),
                          QCoreApplication::translate("CoeJson", "id %1 is already used by %2")
                              .arg(quoted(action.id), element(path, firstWithId.value(action.id))));
                else
                    firstWithId.insert(action.id, i);
            }
            readString(*object, QLatin1String("title"), itemPath, &action.title, Need::Required, 1);
            readString(*object, QLatin1String("description"), itemPath, &action.description, Need::Optional);
            readEnum(*object, QLatin1String("priority"), itemPath, &action.priority, Need::Optional);
            readString(*object, QLatin1String("owner"), itemPath, &action.owner, Need::Optional);
            QString due;
            if (readString(*object, QLatin1String("due"), itemPath, &due, Need::Optional)) {
                static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
                const QDate date = pattern.match(due).hasMatch() ? QDate::fromString(due, Qt::ISODate) : QDate();
                if (date.isValid())
                    action.due = date;
                else
                    error(itemPath + QStringLiteral(".due"),
                          QCoreApplication::translate("CoeJson", "not a real date in the form YYYY-MM-DD: %1")
                              .arg(quoted(due)));
            }
            readEnum(*object, QLatin1String("status"), itemPath, &action.status, Need::Optional);
            readEnum(*object, QLatin1String("kind"), itemPath, &action.kind, Need::Optional);
            readStringList(*object, QLatin1String("whys"), itemPath, &action.whys);
            readString(*object, QLatin1String("link"), itemPath, &action.link, Need::Optional);
        }
        m_result.coe.actionItems.append(action);
        m_actionHasId.append(hasId);
    }
}

void CoeJsonReader::readRelated(const QJsonObject& root)
{
    const auto value = take(root, QLatin1String("related"), QStringLiteral("$"), QJsonValue::Array,
                            Need::Optional);
    if (!value)
        return;
    const QString path = QStringLiteral("$.related");
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        const auto object = takeObject(array.at(i), itemPath);
        if (!object)
            continue;
        warnUnknownKeys(*object, itemPath,
                        {QLatin1String("kind"), QLatin1String("title"), QLatin1String("uuid"),
                         QLatin1String("url")});
        RelatedItem item;
        readEnum(*object, QLatin1String("kind"), itemPath, &item.kind, Need::Required);
        readString(*object, QLatin1String("title"), itemPath, &item.title, Need::Required, 1);
        readString(*object, QLatin1String("uuid"), itemPath, &item.uuid, Need::Optional);
        readString(*object, QLatin1String("url"), itemPath, &item.url, Need::Optional);
        m_result.coe.related.append(item);
    }
}

// Every parent names an existing step, and following parents always ends at
// a top-level step: no step is its own ancestor.
void CoeJsonReader::checkWhyReferences()
{
    const QList<WhyStep>& whys = m_result.coe.whys;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = whys.size() - 1; i >= 0; --i)
        if (!whys[i].id.isEmpty())
            indexOf.insert(whys[i].id, i); // the first step wins a duplicated id
    QList<qsizetype> parentOf(whys.size(), -1);
    for (qsizetype i = 0; i < whys.size(); ++i) {
        const QString& parent = whys[i].parentId;
        if (parent.isEmpty())
            continue;
        const auto it = indexOf.constFind(parent);
        if (it == indexOf.constEnd())
            error(element(QStringLiteral("$.whys"), i) + QStringLiteral(".parent"),
                  QCoreApplication::translate("CoeJson", "refers to why id %1, which does not exist")
                      .arg(quoted(parent)));
        else
            parentOf[i] = *it;
    }

    enum State : char { Unvisited, OnPath, Done };
    QList<State> state(whys.size(), Unvisited);
    for (qsizetype start = 0; start < whys.size(); ++start) {
        QList<qsizetype> chain;
        qsizetype at = start;
        while (at >= 0 && state[at] == Unvisited) {
            state[at] = OnPath;
            chain.append(at);
            at = parentOf[at];
        }
        if (at >= 0 && state[at] == OnPath) {
            const QList<qsizetype> cycle = chain.mid(chain.indexOf(at));
            QStringList ids;
            for (const qsizetype k : cycle)
                ids << quoted(whys[k].id);
            ids << quoted(whys[at].id);
            const qsizetype first = *std::min_element(cycle.begin(), cycle.end());
            error(element(QStringLiteral("$.whys"), first) + QStringLiteral(".parent"),
                  QCoreApplication::translate("CoeJson", "the parent chain goes round in a cycle: %1")
                      .arg(ids.join(QStringLiteral(" → "))));
        }
        for (const qsizetype k : chain)
            state[k] = Done;
    }
}

void CoeJsonReader::checkActionReferences()
{
    QSet<QString> ids;
    for (const WhyStep& step : m_result.coe.whys)
        ids.insert(step.id);
    const QList<ActionItem>& actions = m_result.coe.actionItems;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        for (qsizetype j = 0; j < actions[i].whys.size(); ++j) {
            const QString& ref = actions[i].whys[j];
            if (ref.isEmpty() || !ids.contains(ref))
                error(element(element(QStringLiteral("$.action_items"), i) + QStringLiteral(".whys"), j),
                      QCoreApplication::translate("CoeJson", "refers to why id %1, which does not exist")
                          .arg(quoted(ref)));
        }
    }
}

// An action item without an id gets the first free "a<n>".
void CoeJsonReader::fillMissingActionIds()
{
    QList<ActionItem>& actions = m_result.coe.actionItems;
    QSet<QString> used;
    for (const ActionItem& action : actions)
        used.insert(action.id);
    int next = 1;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (m_actionHasId[i])
            continue;
        QString id;
        do
            id = QStringLiteral("a%1").arg(next++);
        while (used.contains(id));
        used.insert(id);
        actions[i].id = id;
    }
}

} // namespace hindsight::exchange
