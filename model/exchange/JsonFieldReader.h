// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Enums.h"
#include "exchange/CoeJson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hindsight::exchange {

// Typed access to the members of a JSON object that reports every problem
// with its JSON path ("$.timeline[3].at") instead of stopping at the first.
// Knows nothing about COE documents; CoeJsonReader builds on it.
class JsonFieldReader
{
public:
    enum class Need
    {
        Optional,
        Required
    };

    // "$.timeline" + 3 -> "$.timeline[3]"; "$" + "title" -> "$.title";
    // keys that are not identifiers are bracketed: "$['odd key']".
    static QString member(const QString& path, const QString& key);
    static QString element(const QString& path, qsizetype index);

    const QList<JsonDiagnostic>& errors() const { return m_errors; }
    const QList<JsonDiagnostic>& warnings() const { return m_warnings; }

protected:
    // A document in progress (an archive's stored version): required texts may be empty.
    bool m_draft = false;
    void error(const QString& path, const QString& message);
    void warning(const QString& path, const QString& message);
    void clearDiagnostics();
    // Reports text with a lone surrogate (JSON allows "\ud800" alone).
    bool wellFormed(const QString& text, const QString& path);
    // known: the keys of this kind of object, separated by spaces
    void warnUnknownKeys(const QJsonObject& object, const QString& path, const char* known);

    // The value at object[key] when present and of the wanted type, else
    // nullopt; a missing required key and a wrong type are reported.
    std::optional<QJsonValue> take(const QJsonObject& object, QLatin1String key, const QString& path,
                                   QJsonValue::Type type, Need need);
    std::optional<QJsonObject> takeObject(const QJsonValue& value, const QString& path);

    // Each reads object[key] into *out and gives true when a valid value was
    // there; an absent optional key gives false and leaves *out alone.
    // Lengths count characters (code points), as JSON Schema does.
    bool readString(const QJsonObject& object, QLatin1String key, const QString& path, QString* out,
                    Need need, int minLength = 0, int maxLength = -1);
    bool readBool(const QJsonObject& object, QLatin1String key, const QString& path, bool* out);
    bool readStringList(const QJsonObject& object, QLatin1String key, const QString& path, QStringList* out);
    bool readInstant(const QJsonObject& object, QLatin1String key, const QString& path, QDateTime* out,
                     Need need);
    template <typename E>
    bool readEnum(const QJsonObject& object, QLatin1String key, const QString& path, E* out, Need need);

    // Pieces of messages.
    static QString typeName(QJsonValue::Type type);                              // "a string"
    static QString wrongType(QJsonValue::Type expected, QJsonValue::Type found); // "expected .., found .."
    static QString quoted(const QString& text); // "\"value\"", cut short when long
    static QString unknownValue(const QString& value, const QStringList& allowed);
    template <typename E> static QStringList spellings();
    static bool isWholeNumber(double value);

private:
    QList<JsonDiagnostic> m_errors;
    QList<JsonDiagnostic> m_warnings;
};

template <typename E> QStringList JsonFieldReader::spellings()
{
    QStringList names;
    for (const E v : allValues<E>())
        names << toString(v);
    return names;
}

template <typename E>
bool JsonFieldReader::readEnum(const QJsonObject& object, QLatin1String key, const QString& path, E* out,
                               Need need)
{
    QString text;
    if (!readString(object, key, path, &text, need))
        return false;
    const std::optional<E> value = enumFromString<E>(text);
    if (!value) {
        error(member(path, key), unknownValue(text, spellings<E>()));
        return false;
    }
    *out = *value;
    return true;
}

} // namespace hindsight::exchange
