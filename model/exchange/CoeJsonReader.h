// SPDX-License-Identifier: MIT
#pragma once

#include "exchange/CoeJson.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QSet>
#include <initializer_list>
#include <optional>

namespace hindsight::exchange {

// Turns a parsed interchange document into a Coe, checking every rule of
// ../shared/spec/coe-format.md on the way. Syntax, size and encoding are
// CoeJson::read's business; this class sees a JSON object only.
// Every problem is collected with its JSON path; reading goes on after an
// error so that one import shows all of them.
class CoeJsonReader
{
public:
    JsonReadResult read(const QJsonObject& root);

    // "$.timeline" + 3 -> "$.timeline[3]"; "$" + "title" -> "$.title";
    // keys that are not identifiers are bracketed: "$['odd key']".
    static QString member(const QString& path, const QString& key);
    static QString element(const QString& path, qsizetype index);

private:
    enum class Need { Optional, Required };
    using Keys = std::initializer_list<QLatin1String>;

    void error(const QString& path, const QString& message);
    void warning(const QString& path, const QString& message);
    void warnUnknownKeys(const QJsonObject& object, const QString& path, Keys known);

    // Each reads object[key] into *out and gives true when a valid value was
    // there; an absent optional key gives false and leaves *out alone.
    bool readString(const QJsonObject& object, QLatin1String key, const QString& path, QString* out,
                    Need need, int minLength = 0, int maxLength = -1);
    bool readBool(const QJsonObject& object, QLatin1String key, const QString& path, bool* out);
    bool readStringList(const QJsonObject& object, QLatin1String key, const QString& path,
                        QStringList* out);
    bool readInstant(const QJsonObject& object, QLatin1String key, const QString& path, QDateTime* out,
                     Need need);
    template <typename E>
    bool readEnum(const QJsonObject& object, QLatin1String key, const QString& path, E* out, Need need);
    // The value at object[key] when present and of the wanted kind, else nullopt
    // (a missing required key and a wrong type are reported).
    std::optional<QJsonValue> take(const QJsonObject& object, QLatin1String key, const QString& path,
                                   QJsonValue::Type type, Need need);
    std::optional<QJsonObject> takeObject(const QJsonValue& value, const QString& path);

    bool readHeader(const QJsonObject& root);
    void readTopLevel(const QJsonObject& root);
    void readImpact(const QJsonObject& root);
    void readTimeline(const QJsonObject& root);
    void readMetrics(const QJsonObject& root);
    void readQuestions(const QJsonObject& root);
    void readWhys(const QJsonObject& root);
    void readActionItems(const QJsonObject& root);
    void readRelated(const QJsonObject& root);
    void checkWhyReferences();
    void checkActionReferences();
    void fillMissingActionIds();

    JsonReadResult m_result;
    QList<bool> m_actionHasId; // per action item, in file order
};

} // namespace hindsight::exchange
