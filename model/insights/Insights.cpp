// SPDX-License-Identifier: MIT
#include "Insights.h"

#include "InsightsPrivate.h"

#include <algorithm>

namespace hindsight::insights {

using namespace detail;

bool InsightsFilter::matches(const CoeFact& coe) const
{
    if (from.isValid() || to.isValid()) {
        const QDate d = coe.incidentDate();
        if (!d.isValid() || (from.isValid() && d < from) || (to.isValid() && d > to))
            return false;
    }
    if (severity && coe.severity != severity)
        return false;
    if (!service.isEmpty() && !coe.services.contains(service))
        return false;
    if (!tag.isEmpty() && !coe.tags.contains(tag))
        return false;
    if (!category.isEmpty() && !coe.categories.contains(category))
        return false;
    return true;
}

QString phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Detect:
        return QStringLiteral("detect");
    case Phase::Diagnose:
        return QStringLiteral("diagnose");
    case Phase::Mitigate:
        return QStringLiteral("mitigate");
    case Phase::Resolve:
        return QStringLiteral("resolve");
    }
    return {};
}

QString phaseDisplayName(Phase phase)
{
    switch (phase) {
    case Phase::Detect:
        return QCoreApplication::translate("Insights", "Time to detect");
    case Phase::Diagnose:
        return QCoreApplication::translate("Insights", "Time to diagnose");
    case Phase::Mitigate:
        return QCoreApplication::translate("Insights", "Time to mitigate");
    case Phase::Resolve:
        return QCoreApplication::translate("Insights", "Time to resolve");
    }
    return {};
}

QString detectionBucketKey(DetectionBucket bucket)
{
    switch (bucket) {
    case DetectionBucket::Alarm:
        return QStringLiteral("alarm");
    case DetectionBucket::Customer:
        return QStringLiteral("customer");
    case DetectionBucket::Other:
        return QStringLiteral("other");
    case DetectionBucket::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString detectionBucketDisplayName(DetectionBucket bucket)
{
    switch (bucket) {
    case DetectionBucket::Alarm:
        return QCoreApplication::translate("Insights", "Alarm");
    case DetectionBucket::Customer:
        return QCoreApplication::translate("Insights", "Customer report");
    case DetectionBucket::Other:
        return QCoreApplication::translate("Insights", "Other");
    case DetectionBucket::Unknown:
        return QCoreApplication::translate("Insights", "Not recorded");
    }
    return {};
}

DetectionBucket detectionBucket(DetectionSource source)
{
    switch (source) {
    case DetectionSource::Alarm:
        return DetectionBucket::Alarm;
    case DetectionSource::CustomerReport:
        return DetectionBucket::Customer;
    case DetectionSource::InternalReport:
    case DetectionSource::Audit:
    case DetectionSource::Other:
        return DetectionBucket::Other;
    case DetectionSource::None:
        break;
    }
    return DetectionBucket::Unknown;
}

namespace {

// Quarter or month number counted from year 0, so that periods are consecutive integers.
int periodNumber(const QDate& date, Granularity g)
{
    return g == Granularity::Quarter ? date.year() * 4 + (date.month() - 1) / 3 : date.year() * 12 + date.month() - 1;
}

Period periodFromNumber(int number, Granularity g)
{
    Period p;
    if (g == Granularity::Quarter) {
        const int year = number / 4;
        const int q = number % 4;
        p.start = QDate(year, q * 3 + 1, 1);
        p.end = p.start.addMonths(3).addDays(-1);
        p.label = QStringLiteral("%1-Q%2").arg(year).arg(q + 1);
    } else {
        const int year = number / 12;
        const int m = number % 12;
        p.start = QDate(year, m + 1, 1);
        p.end = p.start.addMonths(1).addDays(-1);
        p.label = QStringLiteral("%1-%2").arg(year).arg(m + 1, 2, 10, QLatin1Char('0'));
    }
    return p;
}

} // namespace

Period periodOf(const QDate& date, Granularity granularity)
{
    return periodFromNumber(periodNumber(date, granularity), granularity);
}

QList<Period> periodsBetween(const QDate& first, const QDate& last, Granularity granularity)
{
    QList<Period> out;
    if (!first.isValid() || !last.isValid() || last < first)
        return out;
    const int a = periodNumber(first, granularity);
    const int b = periodNumber(last, granularity);
    for (int n = a; n <= b; ++n)
        out << periodFromNumber(n, granularity);
    return out;
}

namespace detail {

QString severityKey(const std::optional<int>& severity)
{
    return severity ? QString::number(*severity) : QStringLiteral("none");
}

QString severityLabel(const std::optional<int>& severity)
{
    return severity ? QCoreApplication::translate("Insights", "Severity %1").arg(*severity)
                    : QCoreApplication::translate("Insights", "No severity");
}

void finish(DurationGroup& group)
{
    std::sort(group.points.begin(), group.points.end(), [](const DurationPoint& a, const DurationPoint& b) {
        return a.value != b.value ? a.value < b.value : a.title < b.title;
    });
    QList<double> values;
    values.reserve(group.points.size());
    for (const DurationPoint& p : std::as_const(group.points))
        values << p.value;
    group.summary = summarizeSorted(values);
    group.outliers.clear();
    const std::optional<Fences> fences = tukeyFencesSorted(values);
    for (DurationPoint& p : group.points) {
        p.outlier = fences && fences->isOutlier(p.value);
        if (p.outlier)
            group.outliers << p;
    }
}

} // namespace detail

namespace {

// The matching COEs, each one's period and instant; sets out's periods,
// coes and undatedCount (from out.filter).
Selection selectCoes(const InsightsFacts& facts, Insights& out)
{
    const InsightsFilter& filter = out.filter;
    Selection s;
    QDate first = filter.from;
    QDate last = filter.to;
    QDate minDate;
    QDate maxDate;
    for (const CoeFact& coe : facts.coes) {
        if (!filter.matches(coe))
            continue;
        s.coes << &coe;
        out.coes << coe.uuid;
        const QDate d = coe.incidentDate();
        if (!d.isValid()) {
            ++out.undatedCount;
            continue;
        }
        if (!minDate.isValid() || d < minDate)
            minDate = d;
        if (!maxDate.isValid() || d > maxDate)
            maxDate = d;
    }
    if (!first.isValid())
        first = minDate;
    if (!last.isValid())
        last = maxDate;
    s.periods = periodsBetween(first, last, filter.granularity);
    out.periods = s.periods;
    const int firstNumber = s.periods.isEmpty() ? 0 : periodNumber(s.periods.first().start, filter.granularity);
    s.period.reserve(s.coes.size());
    s.at.reserve(s.coes.size());
    for (const CoeFact* coe : std::as_const(s.coes)) {
        const QDate d = coe->incidentDate();
        int index = -1;
        if (d.isValid() && !s.periods.isEmpty()) {
            index = periodNumber(d, filter.granularity) - firstNumber;
            if (index < 0 || index >= s.periods.size())
                index = -1;
        }
        s.period << index;
        s.at << (coe->incidentAt.isValid() ? coe->incidentAt.toMSecsSinceEpoch() : 0);
    }
    return s;
}

void computeParts(const Selection& s, unsigned parts, Insights& out)
{
    if (parts & DurationsPart)
        computeDurations(s, out);
    if (parts & IncidentsPart)
        computeIncidents(s, out);
    if (parts & DetectionPart)
        computeDetection(s, out);
    if (parts & FactorsPart)
        computeFactors(s, out);
    if (parts & RepeatsPart)
        computeRepeats(s, out.filter.repeatWindowDays, out);
    if (parts & FollowThroughPart)
        computeFollowThrough(s, out.today, out);
    out.parts |= parts;
}

} // namespace

Insights computeInsights(const InsightsFacts& facts, const InsightsFilter& filter, const QDate& today, unsigned parts)
{
    Insights out;
    out.filter = filter;
    out.today = today;
    const Selection s = selectCoes(facts, out);
    computeParts(s, parts & kAllParts, out);
    return out;
}

void completeInsights(const InsightsFacts& facts, Insights& insights, unsigned parts)
{
    parts &= kAllParts & ~insights.parts;
    if (!parts)
        return;
    Insights scratch; // the same selection again; its periods and counts are those of `insights`
    scratch.filter = insights.filter;
    scratch.today = insights.today;
    computeParts(selectCoes(facts, scratch), parts, insights);
}

} // namespace hindsight::insights
