// SPDX-License-Identifier: MIT
// CoeJsonReader, format 1.1: a metric's measured series, its threshold and the
// chart's window (coe-format.md, "Additions in 1.1": metrics[].series).
#include "CoeJsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hindsight::exchange {
namespace {

int digit(QChar c)
{
    return c >= u'0' && c <= u'9' ? c.unicode() - u'0' : -1;
}

// The form every writer uses, "2024-03-07T14:05:00Z", read without the
// general parser (a series holds up to 100,000 of them). Anything else:
// invalid, and the caller asks CoeJson::parseInstant.
QDateTime fastInstant(const QString& text)
{
    if (text.size() != 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || text[19] != u'Z')
        return {};
    int n[14];
    static constexpr int at[14] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    for (int i = 0; i < 14; ++i)
        if ((n[i] = digit(text[at[i]])) < 0)
            return {};
    const QDate date(n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3], n[4] * 10 + n[5], n[6] * 10 + n[7]);
    const QTime time(n[8] * 10 + n[9], n[10] * 10 + n[11], n[12] * 10 + n[13]);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC); // Qt::UTC: a QTimeZone-spec QDateTime is several times slower
}

} // namespace

void CoeJsonReader::readSeries(const QJsonObject& object, const QString& path, Metric* metric)
{
    if (const auto value = take(object, "threshold"_L1, path, QJsonValue::Double, Need::Optional))
        metric->threshold = value->toDouble();

    if (const auto value = take(object, "window"_L1, path, QJsonValue::Object, Need::Optional)) {
        const QString windowPath = path + u".window"_s;
        const QJsonObject window = value->toObject();
        warnUnknownKeys(window, windowPath, "from to");
        readInstant(window, "from"_L1, windowPath, &metric->window.from, Need::Optional);
        readInstant(window, "to"_L1, windowPath, &metric->window.to, Need::Optional);
        if (metric->window.from.isValid() && metric->window.to.isValid() &&
            metric->window.to <= metric->window.from)
            error(windowPath + u".to"_s,
                  QCoreApplication::translate("CoeJson", "the window ends before it starts"));
    }

    const auto value = take(object, "series"_L1, path, QJsonValue::Array, Need::Optional);
    if (!value)
        return;
    const QString seriesPath = path + u".series"_s;
    const QJsonArray array = value->toArray();
    if (array.size() > metrics::kMaxSeries) {
        error(seriesPath, QCoreApplication::translate("CoeJson", "%1 series; a metric holds at most %2")
                              .arg(array.size())
                              .arg(metrics::kMaxSeries));
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(seriesPath, i);
        metrics::MetricSeries series; // appended even when broken, so indexes stay the file's
        if (const auto item = takeObject(array.at(i), itemPath)) {
            warnUnknownKeys(*item, itemPath, "name unit points");
            readString(*item, "name"_L1, itemPath, &series.name, Need::Required, 1);
            readString(*item, "unit"_L1, itemPath, &series.unit, Need::Optional);
            if (const auto points = take(*item, "points"_L1, itemPath, QJsonValue::Array, Need::Required))
                readPoints(points->toArray(), itemPath + u".points"_s, &series);
        }
        metric->series.append(series);
    }
}

void CoeJsonReader::readPoints(const QJsonArray& points, const QString& path, metrics::MetricSeries* series)
{
    if (points.size() > metrics::kMaxPoints) {
        error(path, QCoreApplication::translate("CoeJson", "%1 points; a series holds at most %2")
                        .arg(points.size())
                        .arg(metrics::kMaxPoints));
        return;
    }
    series->points.reserve(points.size());
    int reported = 0; // a broken series says what is wrong a few times, not 100,000
    const auto fail = [&](qsizetype j, const QString& message) {
        if (++reported <= 5)
            error(element(path, j), message);
    };
    for (qsizetype j = 0; j < points.size(); ++j) {
        const QJsonValue point = points.at(j);
        if (!point.isArray() || point.toArray().size() != 2) {
            fail(j, QCoreApplication::translate("CoeJson", "expected a point [time, value or null]"));
            continue;
        }
        const QJsonArray pair = point.toArray();
        const QJsonValue time = pair.at(0);
        const QJsonValue number = pair.at(1);
        metrics::SeriesPoint p;
        if (!time.isString()) {
            fail(j, QCoreApplication::translate("CoeJson", "the time: %1").arg(wrongType(QJsonValue::String, time.type())));
            continue;
        }
        const QString text = time.toString();
        p.at = fastInstant(text);
        if (!p.at.isValid()) {
            QString why;
            p.at = CoeJson::parseInstant(text, &why);
            if (!p.at.isValid()) {
                fail(j, why);
                continue;
            }
        }
        if (number.isDouble())
            p.value = number.toDouble();
        else if (!number.isNull()) {
            fail(j, QCoreApplication::translate("CoeJson", "the value: expected a number or null, found %1")
                        .arg(typeName(number.type())));
            continue;
        }
        if (!series->points.isEmpty() && p.at < series->points.constLast().at)
            fail(j, QCoreApplication::translate("CoeJson", "earlier than the point before it; points are in time order"));
        series->points.append(p);
    }
    if (reported > 5)
        error(path, QCoreApplication::translate("CoeJson", "%1 more points are wrong").arg(reported - 5));
}

} // namespace hindsight::exchange
