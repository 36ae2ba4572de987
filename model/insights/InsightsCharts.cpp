// SPDX-License-Identifier: MIT
#include "InsightsCharts.h"

#include "domain/DisplayNames.h"
#include "report/DisplayNames.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace hindsight::insights {

namespace {

QStringList periodLabels(const Insights& insights)
{
    QStringList labels;
    for (const Period& period : insights.periods)
        labels.append(period.label);
    return labels;
}

// report::formatMinutes and "%1 d", with the translated patterns looked up
// once per call of the figures rather than once per point (10,000 points).
class ValueFormat
{
public:
    ValueFormat()
        : m_days(InsightsCharts::tr("%1 d")),
          m_dhm(QCoreApplication::translate("DisplayNames", "%1 d %2 h %3 min")),
          m_hm(QCoreApplication::translate("DisplayNames", "%1 h %2 min")),
          m_m(QCoreApplication::translate("DisplayNames", "%1 min"))
    {
    }
    QString operator()(double value, bool days) const
    {
        if (days)
            return m_days.arg(m_locale.toString(value, 'f', value < 10 ? 1 : 0));
        qint64 m = qint64(std::floor(std::abs(value)));
        const qint64 d = m / (24 * 60);
        m -= d * 24 * 60;
        const qint64 h = m / 60;
        m -= h * 60;
        const QString text = d > 0   ? m_dhm.arg(d).arg(h).arg(m, 2, 10, QLatin1Char('0'))
                             : h > 0 ? m_hm.arg(h).arg(m, 2, 10, QLatin1Char('0'))
                                     : m_m.arg(m);
        return value < 0 ? QStringLiteral("−") + text : text;
    }

private:
    QLocale m_locale;
    QString m_days, m_dhm, m_hm, m_m;
};

QString formatValue(double value, bool days)
{
    return ValueFormat()(value, days);
}

// Unique uuids in first-seen order.
QList<QUuid> unique(const QList<QUuid>& uuids)
{
    QList<QUuid> out;
    QSet<QUuid> seen;
    for (const QUuid& uuid : uuids) {
        if (!seen.contains(uuid)) {
            seen.insert(uuid);
            out.append(uuid);
        }
    }
    return out;
}


// A strip chart of duration groups (one category each); points coloured by
// severity when `bySeverity`, else one series. Values in minutes (shown in
// hours when large) or days.
charts::ChartSpec stripOf(const QList<DurationGroup>& groups, bool days, bool bySeverity)
{
    charts::ChartSpec spec;
    spec.kind = charts::ChartKind::Strip;
    double maxValue = 0;
    for (const DurationGroup& group : groups) {
        spec.categories.append(group.label.isEmpty() ? group.key : group.label);
        for (const DurationPoint& point : group.points)
            maxValue = std::max(maxValue, point.value);
    }
    const bool hours = !days && maxValue > 6 * 60;
    const double scale = hours ? 1.0 / 60.0 : 1.0;
    spec.unit = days ? InsightsCharts::tr("days") : hours ? InsightsCharts::tr("hours") : InsightsCharts::tr("minutes");

    QList<std::optional<int>> keys;
    if (bySeverity) {
        for (int s = 1; s <= 5; ++s)
            keys.append(s);
        keys.append(std::nullopt);
    } else {
        keys.append(std::nullopt);
    }
    const ValueFormat format;
    for (const std::optional<int>& key : keys) {
        charts::StripSeries series;
        series.name = bySeverity ? InsightsCharts::severityLabel(key) : InsightsCharts::tr("COEs");
        bool any = false;
        for (const DurationGroup& group : groups) {
            charts::StripGroup strip;
            for (const DurationPoint& point : group.points) {
                if (bySeverity && point.severity != key)
                    continue;
                charts::Datum datum;
                datum.value = point.value * scale;
                datum.label = point.title + QStringLiteral(" · ") + format(point.value, days);
                datum.uuids = {point.uuid};
                strip.points.append(datum);
            }
            if (!bySeverity) {
                // The group's own figures, exactly as Statistics.h computed them.
                if (group.summary.median)
                    strip.median = *group.summary.median * scale;
                if (group.summary.p90)
                    strip.p90 = *group.summary.p90 * scale;
            }
            any = any || !strip.points.isEmpty();
            series.groups.append(strip);
        }
        if (any || !bySeverity)
            spec.strips.append(series);
    }
    spec.yMin = 0;
    return spec;
}

QString outliersText(const QList<DurationGroup>& groups, bool days)
{
    QStringList parts;
    int total = 0;
    for (const DurationGroup& group : groups) {
        for (const DurationPoint& point : group.outliers) {
            ++total;
            if (parts.size() < 5)
                parts.append(QStringLiteral("%1 (%2)").arg(point.title, formatValue(point.value, days)));
        }
    }
    if (parts.isEmpty())
        return {};
    QString text = InsightsCharts::tr("Outliers: %1").arg(parts.join(QStringLiteral("; ")));
    if (total > parts.size())
        text += InsightsCharts::tr(" and %n more", nullptr, int(total - parts.size()));
    return text;
}

charts::BarSeries countSeries(const CountSeries& source, const QStringList& periods)
{
    charts::BarSeries series;
    series.name = source.label;
    for (int i = 0; i < source.perPeriod.size(); ++i) {
        charts::Datum datum;
        datum.value = source.perPeriod.at(i).count;
        datum.uuids = source.perPeriod.at(i).uuids;
        datum.label = InsightsCharts::tr("%1 · %2: %n COE(s)", nullptr, source.perPeriod.at(i).count)
                          .arg(periods.value(i), source.label);
        series.values.append(datum);
    }
    return series;
}

} // namespace

QString InsightsCharts::severityLabel(const std::optional<int>& severity)
{
    return severity ? tr("Sev %1").arg(*severity) : tr("No severity");
}

QString InsightsCharts::percent(double share)
{
    return tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QString InsightsCharts::summaryText(const Summary& summary, int unknown, bool days)
{
    QString text;
    if (summary.n == 0 || !summary.median || !summary.p90)
        text = tr("no values");
    else
        text = tr("median %1 · p90 %2 · N %3")
                   .arg(formatValue(*summary.median, days), formatValue(*summary.p90, days))
                   .arg(summary.n);
    if (unknown > 0)
        text += tr("; %n unknown", nullptr, unknown);
    return text;
}

FigureChart InsightsCharts::duration(const Insights& insights, Phase phase)
{
    const DurationFigure& figure = insights.duration(phase);
    FigureChart chart;
    chart.id = QStringLiteral("time_to_") + phaseKey(phase);
    chart.spec = stripOf(figure.byPeriod, false, true);
    chart.spec.title = phaseDisplayName(phase);
    chart.spec.yTitle = phaseDisplayName(phase);
    chart.caption = tr("All periods: %1.").arg(summaryText(figure.overall.summary, figure.overall.unknown.size(), false));
    const QString outliers = outliersText(figure.byPeriod, false);
    if (!outliers.isEmpty())
        chart.caption += QLatin1Char(' ') + outliers + QLatin1Char('.');
    return chart;
}

FigureChart InsightsCharts::incidentsBySeverity(const Insights& insights)
{
    FigureChart chart;
    chart.id = QStringLiteral("incidents_by_severity");
    chart.spec.kind = charts::ChartKind::Bars;
    chart.spec.barMode = charts::BarMode::Stacked;
    chart.spec.title = tr("Incidents by severity");
    chart.spec.yTitle = tr("COEs");
    chart.spec.categories = periodLabels(insights);
    for (const CountSeries& series : insights.incidents.bySeverity)
        chart.spec.bars.append(countSeries(series, chart.spec.categories));
    int total = 0;
    for (const Count& count : insights.incidents.total)
        total += count.count;
    chart.caption = tr("%n COE(s) in these periods", nullptr, total);
    if (!insights.incidents.undated.isEmpty())
        chart.caption += tr("; %n without an incident date", nullptr, int(insights.incidents.undated.size()));
    chart.caption += QLatin1Char('.');
    return chart;
}

FigureChart InsightsCharts::incidentsByService(const Insights& insights, int maxServices)
{
    FigureChart chart;
    chart.id = QStringLiteral("incidents_by_service");
    chart.spec.kind = charts::ChartKind::Bars;
    chart.spec.barMode = charts::BarMode::Stacked;
    chart.spec.title = tr("Incidents by service");
    chart.spec.yTitle = tr("COEs");
    chart.spec.categories = periodLabels(insights);
    const QList<CountSeries>& services = insights.incidents.byService;
    CountSeries rest;
    rest.key = QStringLiteral("other");
    rest.label = tr("Other services");
    for (int p = 0; p < chart.spec.categories.size(); ++p)
        rest.perPeriod.append(Count{});
    for (int i = 0; i < services.size(); ++i) {
        if (i < maxServices) {
            chart.spec.bars.append(countSeries(services.at(i), chart.spec.categories));
            continue;
        }
        for (int p = 0; p < rest.perPeriod.size() && p < services.at(i).perPeriod.size(); ++p) {
            rest.perPeriod[p].uuids = unique(rest.perPeriod[p].uuids + services.at(i).perPeriod.at(p).uuids);
            rest.perPeriod[p].count = int(rest.perPeriod[p].uuids.size());
        }
        rest.total += services.at(i).total;
    }
    if (rest.total > 0)
        chart.spec.bars.append(countSeries(rest, chart.spec.categories));
    chart.caption = tr("A COE with several services counts once in each.");
    return chart;
}

FigureChart InsightsCharts::factorPareto(const Insights& insights)
{
    FigureChart chart;
    chart.id = QStringLiteral("factor_pareto");
    chart.spec.kind = charts::ChartKind::Pareto;
    chart.spec.title = tr("Contributing factors");
    chart.spec.yTitle = tr("COEs");
    charts::BarSeries series;
    series.name = tr("COEs with the category");
    for (const ParetoBar& bar : insights.factors.pareto) {
        chart.spec.categories.append(bar.category);
        charts::Datum datum;
        datum.value = bar.count;
        datum.uuids = bar.uuids;
        datum.label = tr("%1: %n COE(s), %2 cumulative", nullptr, bar.count).arg(bar.category, percent(bar.cumulativeShare));
        series.values.append(datum);
    }
    chart.spec.bars.append(series);
    chart.caption = insights.factors.pareto.isEmpty()
                        ? tr("No COE here names a contributing factor.")
                        : tr("%n COE(s) without a categorised factor.", nullptr,
                             int(insights.factors.withoutFactors.size()));
    return chart;
}

FigureChart InsightsCharts::factorPairs(const Insights& insights, int maxCategories)
{
    FigureChart chart;
    chart.id = QStringLiteral("factor_pairs");
    chart.spec.kind = charts::ChartKind::Matrix;
    chart.spec.title = tr("Factors that occur together");
    QStringList names;
    QHash<QString, const ParetoBar*> bars;
    for (const ParetoBar& bar : insights.factors.pareto) {
        bars.insert(bar.category, &bar);
        if (names.size() < maxCategories)
            names.append(bar.category);
    }
    chart.spec.matrix.rows = names;
    chart.spec.matrix.columns = names;
    QHash<QString, const CategoryPair*> pairs;
    for (const CategoryPair& pair : insights.factors.pairs)
        pairs.insert(pair.a + QChar(0x1f) + pair.b, &pair);
    for (const QString& row : names) {
        QList<charts::Datum> cells;
        for (const QString& column : names) {
            charts::Datum datum;
            if (row == column) {
                const ParetoBar* bar = bars.value(row);
                datum.value = bar ? bar->count : 0;
                datum.uuids = bar ? bar->uuids : QList<QUuid>();
                datum.label = tr("%1: %n COE(s)", nullptr, int(datum.value)).arg(row);
            } else {
                const QString a = std::min(row, column), b = std::max(row, column);
                const CategoryPair* pair = pairs.value(a + QChar(0x1f) + b);
                datum.value = pair ? pair->count : 0;
                datum.uuids = pair ? pair->uuids : QList<QUuid>();
                datum.label = tr("%1 with %2: %n COE(s)", nullptr, int(datum.value)).arg(a, b);
            }
            cells.append(datum);
        }
        chart.spec.matrix.cells.append(cells);
    }
    int shown = 0;
    for (const CategoryPair& pair : insights.factors.pairs)
        shown += pair.count > 0 ? 1 : 0;
    chart.caption = tr("%n pair(s) of categories named in the same COE; the diagonal counts each category.", nullptr,
                       shown);
    return chart;
}

FigureChart InsightsCharts::detection(const Insights& insights)
{
    FigureChart chart;
    chart.id = QStringLiteral("detection");
    chart.spec.kind = charts::ChartKind::Bars;
    chart.spec.barMode = charts::BarMode::Stacked;
    chart.spec.title = tr("How incidents were detected");
    chart.spec.yTitle = tr("Share of COEs");
    chart.spec.unit = QStringLiteral("%");
    chart.spec.categories = periodLabels(insights);
    chart.spec.yMin = 0;
    chart.spec.yMax = 100;
    for (int b = 0; b < kDetectionBucketCount; ++b) {
        charts::BarSeries series;
        series.name = detectionBucketDisplayName(DetectionBucket(b));
        for (const DetectionRow& row : insights.detection.perPeriod) {
            charts::Datum datum;
            const Count& count = row.counts.at(b);
            const std::optional<double> share = row.shares.at(b);
            datum.value = share ? *share * 100.0 : 0.0;
            datum.uuids = count.uuids;
            datum.label = tr("%1 · %2: %3 of %4 (%5)")
                              .arg(row.key, series.name)
                              .arg(count.count)
                              .arg(row.n)
                              .arg(share ? percent(*share) : tr("no COEs"));
            series.values.append(datum);
        }
        chart.spec.bars.append(series);
    }
    const DetectionRow& all = insights.detection.overall;
    const auto share = [&](DetectionBucket b) {
        const std::optional<double> s = all.shares.at(int(b));
        return s ? percent(*s) : tr("–");
    };
    chart.caption = tr("All periods, N %1: by alarm %2, by customers %3, otherwise %4, not recorded %5.")
                        .arg(all.n)
                        .arg(share(DetectionBucket::Alarm), share(DetectionBucket::Customer),
                             share(DetectionBucket::Other), share(DetectionBucket::Unknown));
    return chart;
}

FigureChart InsightsCharts::actionsDue(const Insights& insights)
{
    const DueFigure& due = insights.followThrough.due;
    FigureChart chart;
    chart.id = QStringLiteral("action_due");
    chart.spec.kind = charts::ChartKind::Bars;
    chart.spec.barMode = charts::BarMode::Stacked;
    chart.spec.title = tr("Action items past their due date");
    chart.spec.yTitle = tr("Action items");
    const QList<Priority> priorities = {Priority::High, Priority::Medium, Priority::Low, Priority::None};
    for (Priority priority : priorities)
        chart.spec.categories.append(priority == Priority::None ? tr("No priority") : displayName(priority));
    const auto series = [&](const QString& name, const QList<ActionRef>& actions) {
        charts::BarSeries bars;
        bars.name = name;
        // One pass, no copies: tens of thousands of items on a large archive.
        QList<int> counts(priorities.size(), 0);
        QList<QList<QUuid>> uuids(priorities.size());
        QList<QSet<QUuid>> seen(priorities.size());
        for (const ActionRef& action : actions) {
            const int i = int(priorities.indexOf(action.priority));
            if (i < 0)
                continue;
            ++counts[i];
            if (!seen[i].contains(action.coe)) {
                seen[i].insert(action.coe);
                uuids[i].append(action.coe);
            }
        }
        for (int i = 0; i < priorities.size(); ++i) {
            charts::Datum datum;
            datum.value = counts.at(i);
            datum.uuids = uuids.at(i);
            datum.label = tr("%1 · %2: %n item(s)", nullptr, counts.at(i)).arg(chart.spec.categories.at(i), name);
            bars.values.append(datum);
        }
        return bars;
    };
    chart.spec.bars.append(series(tr("Done"), due.done));
    chart.spec.bars.append(series(tr("Still open"), due.overdue));
    chart.spec.bars.append(series(tr("Won't do"), due.wontDo));
    const int measured = int(due.done.size() + due.overdue.size());
    chart.caption = due.doneShare
                        ? tr("Done by now of the items past their due date: %1 (%2 of %3). The format records no "
                             "completion date, so this is what is done today, not what was done in time.")
                              .arg(percent(*due.doneShare))
                              .arg(due.done.size())
                              .arg(measured)
                        : tr("No action item is past its due date.");
    return chart;
}

FigureChart InsightsCharts::backlog(const Insights& insights)
{
    FigureChart chart;
    chart.id = QStringLiteral("backlog");
    chart.spec.kind = charts::ChartKind::Bars;
    chart.spec.barMode = charts::BarMode::Grouped;
    chart.spec.title = tr("Open action items at the end of each period");
    chart.spec.yTitle = tr("Action items");
    charts::BarSeries now;
    now.name = tr("Still open today");
    charts::BarSeries assumed;
    assumed.name = tr("Estimated open then");
    for (const BacklogPoint& point : insights.followThrough.backlog) {
        chart.spec.categories.append(point.period);
        now.values.append({double(point.openNow.count),
                           tr("%1: %n item(s) still open today", nullptr, point.openNow.count).arg(point.period),
                           point.openNow.uuids});
        assumed.values.append({double(point.assumedOpen.count),
                               tr("%1: about %n item(s) open then", nullptr, point.assumedOpen.count).arg(point.period),
                               point.assumedOpen.uuids});
    }
    chart.spec.bars = {now, assumed};
    chart.caption = tr("Items are counted from their COE's incident date; closed items are assumed closed by "
                       "their due date.");
    return chart;
}

FigureChart InsightsCharts::openActionAge(const Insights& insights)
{
    FigureChart chart;
    chart.id = QStringLiteral("open_action_age");
    const QList<DurationGroup>& groups = insights.followThrough.openAgeByPriority;
    chart.spec = stripOf(groups, true, false);
    chart.spec.title = tr("Age of open action items by priority");
    chart.spec.yTitle = tr("Age");
    QStringList parts;
    for (const DurationGroup& group : groups)
        parts.append(QStringLiteral("%1: %2").arg(group.label, summaryText(group.summary, int(group.unknown.size()), true)));
    chart.caption = parts.join(QStringLiteral(". ")) + QLatin1Char('.');
    return chart;
}

FigureChart InsightsCharts::timeliness(const Insights& insights)
{
    FigureChart chart;
    chart.id = QStringLiteral("coe_timeliness");
    const DurationGroup& group = insights.followThrough.timeliness;
    DurationGroup shown = group;
    shown.label = tr("All COEs");
    chart.spec = stripOf({shown}, true, false);
    chart.spec.title = tr("Days from resolution to approval");
    chart.spec.yTitle = tr("Days");
    chart.caption = summaryText(group.summary, int(group.unknown.size()), true) + QLatin1Char('.');
    const QString outliers = outliersText({group}, true);
    if (!outliers.isEmpty())
        chart.caption += QLatin1Char(' ') + outliers + QLatin1Char('.');
    return chart;
}

namespace {

using Builder = FigureChart (*)(const Insights&);

// Every figure but the durations, in the order of all().
const std::pair<QLatin1String, Builder> kBuilders[] = {
    {QLatin1String("incidents_by_severity"), &InsightsCharts::incidentsBySeverity},
    {QLatin1String("incidents_by_service"), [](const Insights& i) { return InsightsCharts::incidentsByService(i); }},
    {QLatin1String("factor_pareto"), &InsightsCharts::factorPareto},
    {QLatin1String("factor_pairs"), [](const Insights& i) { return InsightsCharts::factorPairs(i); }},
    {QLatin1String("detection"), &InsightsCharts::detection},
    {QLatin1String("action_due"), &InsightsCharts::actionsDue},
    {QLatin1String("backlog"), &InsightsCharts::backlog},
    {QLatin1String("open_action_age"), &InsightsCharts::openActionAge},
    {QLatin1String("coe_timeliness"), &InsightsCharts::timeliness},
};

} // namespace

QList<FigureChart> InsightsCharts::all(const Insights& insights)
{
    QList<FigureChart> charts;
    for (int p = 0; p < kPhaseCount; ++p)
        charts.append(duration(insights, Phase(p)));
    for (const auto& [id, build] : kBuilders)
        charts.append(build(insights));
    return charts;
}

FigureChart InsightsCharts::byId(const Insights& insights, const QString& id)
{
    for (int p = 0; p < kPhaseCount; ++p)
        if (id == QStringLiteral("time_to_") + phaseKey(Phase(p)))
            return duration(insights, Phase(p));
    for (const auto& [key, build] : kBuilders)
        if (id == key)
            return build(insights);
    FigureChart none;
    none.id = id;
    return none;
}

} // namespace hindsight::insights
