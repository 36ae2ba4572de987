// SPDX-License-Identifier: MIT
// CoeJsonReader, format 1.1: what the COE gives for learning across incidents
// (template, detection, contributing_factors). Timeline highlights are read
// with the timeline.
#include "CoeJsonReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hindsight::exchange {

void CoeJsonReader::readLearning(const QJsonObject& root)
{
    const QString path = u"$"_s;
    readString(root, "template"_L1, path, &m_coe.templateName, Need::Optional, 0, 100);

    if (const auto value = take(root, "detection"_L1, path, QJsonValue::Object, Need::Optional)) {
        const QString detectionPath = u"$.detection"_s;
        const QJsonObject detection = value->toObject();
        warnUnknownKeys(detection, detectionPath, "source description");
        readEnum(detection, "source"_L1, detectionPath, &m_coe.detection.source, Need::Optional);
        readString(detection, "description"_L1, detectionPath, &m_coe.detection.description, Need::Optional);
    }

    const auto value = take(root, "contributing_factors"_L1, path, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString factorsPath = u"$.contributing_factors"_s;
    const QJsonArray array = value->toArray();
    QHash<QString, qsizetype> firstWithId;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(factorsPath, i);
        ContributingFactor f; // appended even when broken, so indexes stay the file's
        if (const auto object = takeObject(array.at(i), itemPath)) {
            warnUnknownKeys(*object, itemPath, "id category description whys");
            if (readString(*object, "id"_L1, itemPath, &f.id, Need::Required, 1)) {
                if (firstWithId.contains(f.id))
                    error(itemPath + u".id"_s, QCoreApplication::translate("CoeJson", "id %1 is already used by %2")
                                                   .arg(quoted(f.id), element(factorsPath, firstWithId.value(f.id))));
                else
                    firstWithId.insert(f.id, i);
            }
            readString(*object, "category"_L1, itemPath, &f.category, Need::Required, 1, 100);
            readString(*object, "description"_L1, itemPath, &f.description, Need::Optional);
            readStringList(*object, "whys"_L1, itemPath, &f.whys);
        }
        m_coe.factors.append(f);
    }
}

// A factor's whys name steps that exist (as action_items[].whys).
void CoeJsonReader::checkFactorReferences()
{
    QSet<QString> ids;
    for (const WhyStep& step : m_coe.whys)
        ids.insert(step.id);
    for (qsizetype i = 0; i < m_coe.factors.size(); ++i) {
        const QStringList& whys = m_coe.factors.at(i).whys;
        for (qsizetype j = 0; j < whys.size(); ++j)
            if (whys.at(j).isEmpty() || !ids.contains(whys.at(j)))
                error(element(element(u"$.contributing_factors"_s, i) + u".whys"_s, j),
                      QCoreApplication::translate("CoeJson", "refers to why id %1, which does not exist")
                          .arg(quoted(whys.at(j))));
    }
}

} // namespace hindsight::exchange
