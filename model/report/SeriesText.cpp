// SPDX-License-Identifier: MIT
#include "report/SeriesText.h"

#include "metrics/SeriesSummary.h"

namespace hindsight::report {

namespace {

QString milestoneInSentence(Milestone m)
{
    switch (m) {
    case Milestone::Trigger:
        return SeriesText::tr("the trigger");
    case Milestone::ImpactStart:
        return SeriesText::tr("the start of the impact");
    case Milestone::Detected:
        return SeriesText::tr("detection");
    case Milestone::Diagnosed:
        return SeriesText::tr("diagnosis");
    case Milestone::Mitigated:
        return SeriesText::tr("mitigation");
    case Milestone::Resolved:
        return SeriesText::tr("resolution");
    case Milestone::None:
        break;
    }
    return {};
}

QString unitOf(const Metric& metric)
{
    for (const metrics::MetricSeries& s : metric.series)
        if (!s.unit.isEmpty())
            return s.unit;
    return {};
}

} // namespace

QList<metrics::SummaryMilestone> SeriesText::milestones(const Coe& coe)
{
    QList<metrics::SummaryMilestone> out;
    for (const TimelineEntry& e : coe.timeline)
        if (e.milestone != Milestone::None && e.at.isValid())
            out.append({milestoneInSentence(e.milestone), e.at});
    return out;
}

SeriesText::Line SeriesText::line(const Coe& coe, const Metric& metric, const metrics::MetricSeries& series,
                                  const QLocale& locale)
{
    Line l;
    const QString name = series.name.trimmed().isEmpty() ? tr("Unnamed series") : series.name;
    l.heading = series.unit.isEmpty() ? name : tr("%1 (%2)").arg(name, series.unit);
    const QTimeZone zone = coe.displayTimeZone.isValid() ? coe.displayTimeZone : QTimeZone::utc();
    if (series.points.isEmpty()) {
        l.extent = tr("no points");
        return l;
    }
    const QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    const QString from = locale.toString(series.points.constFirst().at.toTimeZone(zone), format);
    const QString to = locale.toString(series.points.constLast().at.toTimeZone(zone), format);
    l.extent = tr("%n point(s), %1 – %2 (%3)", nullptr, int(series.points.size()))
                   .arg(from, to, QString::fromUtf8(zone.id()));
    l.summary = metrics::SeriesSummary::text(series, metric.threshold, milestones(coe), zone, locale);
    return l;
}

QList<SeriesText::Line> SeriesText::lines(const Coe& coe, const Metric& metric, const QLocale& locale)
{
    QList<Line> out;
    for (const metrics::MetricSeries& s : metric.series)
        out.append(line(coe, metric, s, locale));
    return out;
}

QString SeriesText::threshold(const Metric& metric, const QLocale& locale)
{
    if (!metric.threshold)
        return {};
    const QString unit = unitOf(metric);
    const QString value = locale.toString(*metric.threshold, 'g', QLocale::FloatingPointShortest);
    if (unit.isEmpty())
        return tr("Threshold: %1").arg(value);
    if (unit == QLatin1String("%") || unit.compare(QLatin1String("percent"), Qt::CaseInsensitive) == 0)
        return tr("Threshold: %1%").arg(value); // as SeriesSummary writes percentages
    return tr("Threshold: %1 %2").arg(value, unit);
}

} // namespace hindsight::report
