// SPDX-License-Identifier: MIT
#pragma once

#include "exchange/CoeJson.h"
#include "exchange/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hindsight::exchange {

// Turns a parsed interchange document into a Coe, checking every rule of
// ../shared/spec/coe-format.md on the way. Syntax, size and encoding are
// CoeJson::read's business; this class sees a JSON object only.
// Every problem is collected with its JSON path; reading goes on after an
// error so that one import shows all of them.
class CoeJsonReader : private JsonFieldReader
{
public:
    JsonReadResult read(const QJsonObject& root);
    // Reads a document in progress (CoeJson::readDraft): empty required texts and
    // references to steps not (yet) written are allowed.
    void setDraft(bool draft) { m_draft = draft; }

private:
    bool readHeader(const QJsonObject& root);
    void readTopLevel(const QJsonObject& root);
    void readImpact(const QJsonObject& root);
    void readFinancialImpact(const QJsonValue& value);
    void readPillars(const QJsonObject& impact);
    void readTimeline(const QJsonObject& root);
    void readMetrics(const QJsonObject& root);
    void readImages(const QJsonObject& metric, const QString& path, QList<MetricImage>* images);
    void readSeries(const QJsonObject& object, const QString& path, Metric* metric); // 1.1
    void readPoints(const QJsonArray& points, const QString& path, metrics::MetricSeries* series);
    void sanitizeSvg(const QString& imagePath, MetricImage* image);
    void readQuestions(const QJsonObject& root);
    void readWhys(const QJsonObject& root);
    void readActionItems(const QJsonObject& root);
    void readRelated(const QJsonObject& root);
    void readLearning(const QJsonObject& root); // 1.1: template, detection, contributing_factors
    void readReview(const QJsonObject& root);
    void readReviewInstant(const QJsonObject& object, const QString& path, QDateTime* out);
    void checkWhyReferences();
    void checkActionReferences();
    void checkReviewReferences();
    void checkFactorReferences();
    void fillMissingActionIds();

    Coe m_coe;
    bool m_uuidGenerated = false;
    QList<bool> m_actionHasId; // per action item, in file order
};

} // namespace hindsight::exchange
