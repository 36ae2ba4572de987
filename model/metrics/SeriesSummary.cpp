// SPDX-License-Identifier: MIT
#include "metrics/SeriesSummary.h"

#include <cmath>

namespace hindsight::metrics {

namespace {

QString formatValue(double v, const QString& unit, const QLocale& locale)
{
    const double rounded = std::fabs(v) >= 1e6 ? v : std::round(v * 100.0) / 100.0;
    QString text = std::fabs(v) >= 1e6 ? locale.toString(v, 'g', 4)
                                       : locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
    if (unit.isEmpty())
        return text;
    if (unit == QLatin1String("%") || unit.compare(QLatin1String("percent"), Qt::CaseInsensitive) == 0)
        return text + u'%';
    return text + u' ' + unit;
}

QString formatDistance(qint64 seconds)
{
    if (seconds < 60)
        return SeriesSummary::tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return SeriesSummary::tr("%n minute(s)", nullptr, int(minutes));
    return SeriesSummary::tr("%n hour(s)", nullptr, int(minutes / 60));
}

} // namespace

QString SeriesSummary::text(const MetricSeries& series, std::optional<double> threshold,
                            const QList<SummaryMilestone>& milestones, const QTimeZone& displayZone,
                            const QLocale& locale)
{
    qsizetype peak = -1;
    for (qsizetype i = 0; i < series.points.size(); ++i)
        if (series.points[i].value && (peak < 0 || *series.points[i].value > *series.points[peak].value))
            peak = i;
    if (peak < 0)
        return tr("%1 has no measurements.").arg(series.name);

    const QTimeZone zone = displayZone.isValid() ? displayZone : QTimeZone::utc();
    const QDate firstDay = series.points.front().at.toTimeZone(zone).date();
    const QDate lastDay = series.points.back().at.toTimeZone(zone).date();
    const QString timeFormat =
        firstDay == lastDay ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm");
    auto when = [&](const QDateTime& at) { return at.toTimeZone(zone).toString(timeFormat); };

    const SeriesPoint& top = series.points[peak];
    QString sentence =
        tr("Peaks at %1 at %2").arg(formatValue(*top.value, series.unit, locale), when(top.at));

    // The latest milestone at or before the peak, else the earliest after it.
    const SummaryMilestone* before = nullptr;
    const SummaryMilestone* after = nullptr;
    for (const SummaryMilestone& m : milestones) {
        if (!m.at.isValid())
            continue;
        if (m.at <= top.at && (!before || m.at >= before->at))
            before = &m;
        if (m.at > top.at && (!after || m.at < after->at))
            after = &m;
    }
    if (before && before->at.secsTo(top.at) == 0)
        sentence += tr(", at %1").arg(before->name);
    else if (before)
        sentence += tr(", %1 after %2").arg(formatDistance(before->at.secsTo(top.at)), before->name);
    else if (after)
        sentence += tr(", %1 before %2").arg(formatDistance(top.at.secsTo(after->at)), after->name);

    if (threshold) {
        const QString level = formatValue(*threshold, series.unit, locale);
        if (*top.value <= *threshold) {
            sentence += tr("; never above the threshold of %1").arg(level);
        } else {
            qsizetype back = -1;
            for (qsizetype i = peak + 1; i < series.points.size() && back < 0; ++i)
                if (series.points[i].value && *series.points[i].value <= *threshold)
                    back = i;
            sentence += back >= 0 ? tr("; back under the threshold at %1").arg(when(series.points[back].at))
                                  : tr("; still above the threshold of %1 when the data ends at %2")
                                        .arg(level, when(series.points.back().at));
        }
    }
    return sentence + tr(".", "ends the summary sentence");
}

} // namespace hindsight::metrics
