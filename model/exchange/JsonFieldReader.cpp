// SPDX-License-Identifier: MIT
#include "JsonFieldReader.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hindsight::exchange {
namespace {

// Length as JSON Schema counts it: in code points, not UTF-16 units.
qsizetype codePoints(const QString& text)
{
    qsizetype n = text.size();
    for (const QChar c : text)
        if (c.isLowSurrogate())
            --n;
    return n;
}

} // namespace

QString JsonFieldReader::typeName(QJsonValue::Type type)
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

QString JsonFieldReader::wrongType(QJsonValue::Type expected, QJsonValue::Type found)
{
    return QCoreApplication::translate("CoeJson", "expected %1, found %2")
        .arg(typeName(expected), typeName(found));
}

// A value from the file, quoted and cut short enough for a message.
QString JsonFieldReader::quoted(const QString& text)
{
    constexpr int kShown = 60;
    if (text.size() <= kShown)
        return u'"' + text + u'"';
    const qsizetype cut = text.at(kShown - 1).isHighSurrogate() ? kShown - 1 : kShown; // keep pairs whole
    return u'"' + text.left(cut) + u"…\""_s;
}

bool JsonFieldReader::isWholeNumber(double value)
{
    return std::isfinite(value) && std::trunc(value) == value;
}

QString JsonFieldReader::unknownValue(const QString& value, const QStringList& allowed)
{
    return QCoreApplication::translate("CoeJson", "unknown value %1; expected one of: %2")
        .arg(quoted(value), allowed.join(u", "_s));
}

QString JsonFieldReader::member(const QString& path, const QString& key)
{
    const auto isWordChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    const bool identifier =
        !key.isEmpty() && !key.front().isDigit() && std::all_of(key.begin(), key.end(), isWordChar);
    if (identifier)
        return path + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return path + u"['"_s + escaped + u"']"_s;
}

QString JsonFieldReader::element(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void JsonFieldReader::error(const QString& path, const QString& message)
{
    m_errors.append({path, 0, 0, message});
}

void JsonFieldReader::clearDiagnostics()
{
    m_errors.clear();
    m_warnings.clear();
}

void JsonFieldReader::warning(const QString& path, const QString& message)
{
    m_warnings.append({path, 0, 0, message});
}

// JSON lets "\ud800" stand alone; such text cannot be stored or written as UTF-8.
bool JsonFieldReader::wellFormed(const QString& text, const QString& path)
{
    if (QStringView(text).isValidUtf16())
        return true;
    error(path, QCoreApplication::translate("CoeJson", "contains an unpaired surrogate escape (\\ud800 to "
                                                       "\\udfff without its partner)"));
    return false;
}

void JsonFieldReader::warnUnknownKeys(const QJsonObject& object, const QString& path, const char* known)
{
    const QByteArray spaced = ' ' + QByteArray(known) + ' ';
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key.contains(u' ') || !spaced.contains(' ' + key.toUtf8() + ' '))
            warning(member(path, key), QCoreApplication::translate("CoeJson", "unknown key, ignored"));
    }
}

std::optional<QJsonValue> JsonFieldReader::take(const QJsonObject& object, QLatin1String key,
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

std::optional<QJsonObject> JsonFieldReader::takeObject(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        error(path, wrongType(QJsonValue::Object, value.type()));
        return std::nullopt;
    }
    return value.toObject();
}

bool JsonFieldReader::readString(const QJsonObject& object, QLatin1String key, const QString& path,
                                 QString* out, Need need, int minLength, int maxLength)
{
    const auto value = take(object, key, path, QJsonValue::String, need);
    if (!value)
        return false;
    const QString text = value->toString();
    if (!wellFormed(text, member(path, key)))
        return false;
    const qsizetype length = codePoints(text);
    if (length < minLength && !m_draft) {
        error(member(path, key), QCoreApplication::translate("CoeJson", "must not be empty"));
        return false;
    }
    if (maxLength >= 0 && length > maxLength) {
        // Computed apart: lupdate cannot parse a template argument list inside translate().
        const int shownLength = int(std::min(length, qsizetype(INT_MAX)));
        error(member(path, key),
              QCoreApplication::translate("CoeJson", "too long: %n characters, at most %1", nullptr,
                                          shownLength)
                  .arg(maxLength));
        return false;
    }
    *out = text;
    return true;
}

bool JsonFieldReader::readBool(const QJsonObject& object, QLatin1String key, const QString& path, bool* out)
{
    const auto value = take(object, key, path, QJsonValue::Bool, Need::Optional);
    if (!value)
        return false;
    *out = value->toBool();
    return true;
}

bool JsonFieldReader::readStringList(const QJsonObject& object, QLatin1String key, const QString& path,
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
        if (!wellFormed(item.toString(), element(arrayPath, i))) {
            ok = false;
            continue;
        }
        list << item.toString();
    }
    *out = list;
    return ok;
}

bool JsonFieldReader::readInstant(const QJsonObject& object, QLatin1String key, const QString& path,
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

} // namespace hindsight::exchange
