// SPDX-License-Identifier: MIT
// CoeDiff, format 1.1: a metric's series compared per series (matched by
// name), never point by point.
#include "analysis/CoeDiff.h"

#include <QCryptographicHash>

namespace hindsight::analysis {

namespace {

// The points as bytes: milliseconds and the value's bits (a gap as no bits).
void addPoints(QCryptographicHash& hash, const QList<metrics::SeriesPoint>& points)
{
    QByteArray bytes;
    bytes.reserve(points.size() * 17);
    for (const metrics::SeriesPoint& p : points) {
        const qint64 ms = p.at.toMSecsSinceEpoch();
        bytes.append(reinterpret_cast<const char*>(&ms), sizeof ms);
        bytes.append(p.value ? '1' : '0');
        if (p.value)
            bytes.append(reinterpret_cast<const char*>(&*p.value), sizeof(double));
    }
    hash.addData(bytes);
}

QByteArray seriesHash(const metrics::MetricSeries& s)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(s.unit.toUtf8());
    hash.addData(QByteArrayView("\x1e", 1));
    addPoints(hash, s.points);
    return hash.result();
}

} // namespace

QString seriesKey(const QList<metrics::MetricSeries>& series)
{
    if (series.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const metrics::MetricSeries& s : series) {
        hash.addData(s.name.toUtf8());
        hash.addData(QByteArrayView("\x1d", 1));
        hash.addData(seriesHash(s));
    }
    return QString::number(series.size()) + QLatin1Char(':') + QString::fromLatin1(hash.result().toHex());
}

SeriesChange compareSeries(const Metric& before, const Metric& after)
{
    SeriesChange c;
    c.metricName = after.name;
    QList<bool> matched(after.series.size(), false);
    for (const metrics::MetricSeries& a : before.series) {
        qsizetype found = -1;
        for (qsizetype j = 0; j < after.series.size(); ++j)
            if (!matched[j] && after.series[j].name == a.name) {
                found = j;
                break;
            }
        if (found < 0) {
            c.removed << a.name;
            continue;
        }
        matched[found] = true;
        if (seriesHash(a) != seriesHash(after.series[found]))
            c.changed << a.name;
    }
    for (qsizetype j = 0; j < after.series.size(); ++j)
        if (!matched[j])
            c.added << after.series[j].name;
    return c;
}

} // namespace hindsight::analysis
