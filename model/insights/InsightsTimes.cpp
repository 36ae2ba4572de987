// SPDX-License-Identifier: MIT
// Durations, incidents over time and detection (Insights.h).
#include "InsightsPrivate.h"

#include <QHash>
#include <algorithm>

namespace hindsight::insights::detail {

namespace {

const analysis::Duration& durationOf(const CoeFact& coe, Phase phase)
{
    switch (phase) {
    case Phase::Detect:
        return coe.durations.detect;
    case Phase::Diagnose:
        return coe.durations.diagnose;
    case Phase::Mitigate:
        return coe.durations.mitigate;
    case Phase::Resolve:
        break;
    }
    return coe.durations.resolve;
}

// Severities 1..5 then "none": the index of a COE's group.
int severityIndex(const std::optional<int>& severity)
{
    return severity && *severity >= 1 && *severity <= 5 ? *severity - 1 : 5;
}

std::optional<int> severityOfIndex(int index)
{
    return index < 5 ? std::optional<int>(index + 1) : std::nullopt;
}

} // namespace

void computeDurations(const Selection& s, Insights& out)
{
    for (int ph = 0; ph < kPhaseCount; ++ph) {
        const auto phase = Phase(ph);
        DurationFigure& fig = out.durations[ph];
        fig.phase = phase;
        fig.overall.key = QStringLiteral("all");
        fig.overall.label = QCoreApplication::translate("Insights", "All");
        fig.byPeriod.resize(s.periods.size());
        for (int i = 0; i < s.periods.size(); ++i) {
            fig.byPeriod[i].key = s.periods.at(i).label;
            fig.byPeriod[i].label = s.periods.at(i).label;
        }
        fig.bySeverity.resize(6);
        for (int i = 0; i < 6; ++i) {
            fig.bySeverity[i].key = severityKey(severityOfIndex(i));
            fig.bySeverity[i].label = severityLabel(severityOfIndex(i));
        }
        for (int c = 0; c < s.coes.size(); ++c) {
            const CoeFact& coe = *s.coes.at(c);
            const int period = s.period.at(c);
            const analysis::Duration& d = durationOf(coe, phase);
            DurationGroup& bySeverity = fig.bySeverity[severityIndex(coe.severity)];
            if (!d.minutes) {
                fig.overall.unknown << coe.uuid;
                bySeverity.unknown << coe.uuid;
                if (period >= 0)
                    fig.byPeriod[period].unknown << coe.uuid;
                continue;
            }
            const DurationPoint p{coe.uuid, coe.title, double(*d.minutes), coe.severity, period, false};
            fig.overall.points << p;
            bySeverity.points << p;
            if (period >= 0)
                fig.byPeriod[period].points << p;
        }
        finish(fig.overall);
        for (DurationGroup& g : fig.byPeriod)
            finish(g);
        for (DurationGroup& g : fig.bySeverity)
            finish(g);
    }
}

void computeIncidents(const Selection& s, Insights& out)
{
    IncidentsFigure& fig = out.incidents;
    const int periods = int(s.periods.size());
    fig.total.resize(periods);
    QList<CountSeries> bySeverity(6);
    for (int i = 0; i < 6; ++i) {
        bySeverity[i].key = severityKey(severityOfIndex(i));
        bySeverity[i].label = severityLabel(severityOfIndex(i));
        bySeverity[i].perPeriod.resize(periods);
    }
    QHash<QString, int> serviceIndex;
    QList<CountSeries> byService;
    auto add = [](CountSeries& series, int period, const QUuid& uuid) {
        Count& c = series.perPeriod[period];
        ++c.count;
        c.uuids << uuid;
        ++series.total;
    };
    for (int c = 0; c < s.coes.size(); ++c) {
        const CoeFact& coe = *s.coes.at(c);
        const int period = s.period.at(c);
        if (period < 0) {
            if (!coe.incidentDate().isValid())
                fig.undated << coe.uuid;
            continue;
        }
        ++fig.total[period].count;
        fig.total[period].uuids << coe.uuid;
        add(bySeverity[severityIndex(coe.severity)], period, coe.uuid);
        QStringList services = coe.services;
        services.removeDuplicates();
        if (services.isEmpty())
            services << QString();
        for (const QString& service : std::as_const(services)) {
            auto it = serviceIndex.constFind(service);
            if (it == serviceIndex.constEnd()) {
                it = serviceIndex.insert(service, int(byService.size()));
                CountSeries series;
                series.key = service;
                series.label = service.isEmpty() ? QCoreApplication::translate("Insights", "(no service)") : service;
                series.perPeriod.resize(periods);
                byService << series;
            }
            add(byService[*it], period, coe.uuid);
        }
    }
    for (const CountSeries& series : std::as_const(bySeverity)) {
        if (series.total > 0)
            fig.bySeverity << series;
    }
    std::sort(byService.begin(), byService.end(), [](const CountSeries& a, const CountSeries& b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        return a.total != b.total ? a.total > b.total : a.key < b.key;
    });
    fig.byService = byService;
}

namespace {

void finishRow(DetectionRow& row)
{
    for (int b = 0; b < kDetectionBucketCount; ++b)
        row.shares[b] = row.n > 0 ? std::optional<double>(double(row.counts[b].count) / row.n) : std::nullopt;
}

void addTo(DetectionRow& row, DetectionBucket bucket, const QUuid& uuid)
{
    ++row.n;
    Count& c = row.counts[int(bucket)];
    ++c.count;
    c.uuids << uuid;
}

} // namespace

void computeDetection(const Selection& s, Insights& out)
{
    DetectionFigure& fig = out.detection;
    fig.perPeriod.resize(s.periods.size());
    for (int i = 0; i < s.periods.size(); ++i)
        fig.perPeriod[i].key = s.periods.at(i).label;
    fig.overall.key = QStringLiteral("all");
    for (int c = 0; c < s.coes.size(); ++c) {
        const CoeFact& coe = *s.coes.at(c);
        const DetectionBucket bucket = detectionBucket(coe.detection);
        addTo(fig.overall, bucket, coe.uuid);
        if (s.period.at(c) >= 0)
            addTo(fig.perPeriod[s.period.at(c)], bucket, coe.uuid);
    }
    finishRow(fig.overall);
    for (DetectionRow& row : fig.perPeriod)
        finishRow(row);
}

} // namespace hindsight::insights::detail
