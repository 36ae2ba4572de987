// SPDX-License-Identifier: MIT
#include "DisplayNames.h"

#include <QCoreApplication>

namespace hindsight {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct DisplayNamesText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
};
} // namespace

QString displayName(Status v)
{
    switch (v) {
    case Status::Draft: return DisplayNamesText::tr("Draft");
    case Status::InReview: return DisplayNamesText::tr("In review");
    case Status::Approved: return DisplayNamesText::tr("Approved");
    case Status::Closed: return DisplayNamesText::tr("Closed");
    }
    return {};
}

QString displayName(Milestone v)
{
    switch (v) {
    case Milestone::None: return {};
    case Milestone::Trigger: return DisplayNamesText::tr("Trigger");
    case Milestone::ImpactStart: return DisplayNamesText::tr("Impact start");
    case Milestone::Detected: return DisplayNamesText::tr("Detected");
    case Milestone::Diagnosed: return DisplayNamesText::tr("Diagnosed");
    case Milestone::Mitigated: return DisplayNamesText::tr("Mitigated");
    case Milestone::Resolved: return DisplayNamesText::tr("Resolved");
    }
    return {};
}

QString displayName(MetricRole v)
{
    switch (v) {
    case MetricRole::None: return {};
    case MetricRole::Impact: return DisplayNamesText::tr("Impact");
    case MetricRole::Detection: return DisplayNamesText::tr("Detection");
    case MetricRole::Monitoring: return DisplayNamesText::tr("Monitoring");
    }
    return {};
}

QString displayName(QuestionArea v)
{
    switch (v) {
    case QuestionArea::Detection: return DisplayNamesText::tr("Detection");
    case QuestionArea::Diagnosis: return DisplayNamesText::tr("Diagnosis");
    case QuestionArea::Mitigation: return DisplayNamesText::tr("Mitigation");
    case QuestionArea::Prevention: return DisplayNamesText::tr("Prevention");
    }
    return {};
}

QString displayName(Priority v)
{
    switch (v) {
    case Priority::None: return {};
    case Priority::High: return DisplayNamesText::tr("High");
    case Priority::Medium: return DisplayNamesText::tr("Medium");
    case Priority::Low: return DisplayNamesText::tr("Low");
    }
    return {};
}

QString displayName(ActionStatus v)
{
    switch (v) {
    case ActionStatus::Open: return DisplayNamesText::tr("Open");
    case ActionStatus::InProgress: return DisplayNamesText::tr("In progress");
    case ActionStatus::Done: return DisplayNamesText::tr("Done");
    case ActionStatus::WontDo: return DisplayNamesText::tr("Won't do");
    }
    return {};
}

QString displayName(ActionKind v)
{
    switch (v) {
    case ActionKind::None: return {};
    case ActionKind::Prevent: return DisplayNamesText::tr("Prevent");
    case ActionKind::Detect: return DisplayNamesText::tr("Detect");
    case ActionKind::Diagnose: return DisplayNamesText::tr("Diagnose");
    case ActionKind::Mitigate: return DisplayNamesText::tr("Mitigate");
    case ActionKind::Other: return DisplayNamesText::tr("Other");
    }
    return {};
}

QString displayName(DetectionSource v)
{
    switch (v) {
    case DetectionSource::None: return {};
    case DetectionSource::Alarm: return DisplayNamesText::tr("Alarm");
    case DetectionSource::CustomerReport: return DisplayNamesText::tr("Customer report");
    case DetectionSource::InternalReport: return DisplayNamesText::tr("Internal report");
    case DetectionSource::Audit: return DisplayNamesText::tr("Audit");
    case DetectionSource::Other: return DisplayNamesText::tr("Other");
    }
    return {};
}

QString displayName(RelatedKind v)
{
    switch (v) {
    case RelatedKind::Coe: return DisplayNamesText::tr("COE");
    case RelatedKind::Link: return DisplayNamesText::tr("Link");
    }
    return {};
}

QString displayName(Pillar v)
{
    switch (v) {
    case Pillar::SecurityConfidentiality: return DisplayNamesText::tr("Security (confidentiality)");
    case Pillar::SecurityIntegrity: return DisplayNamesText::tr("Security (integrity)");
    case Pillar::SecurityAvailability: return DisplayNamesText::tr("Security (availability)");
    case Pillar::Reliability: return DisplayNamesText::tr("Reliability");
    case Pillar::PerformanceEfficiency: return DisplayNamesText::tr("Performance efficiency");
    case Pillar::CostOptimization: return DisplayNamesText::tr("Cost optimization");
    case Pillar::Operations: return DisplayNamesText::tr("Operational excellence");
    }
    return {};
}

QString fieldName(TextField f)
{
    switch (f) {
    case TextField::ImpactDescription: return DisplayNamesText::tr("Description");
    case TextField::Consequences: return DisplayNamesText::tr("Consequences");
    case TextField::SecondOrder: return DisplayNamesText::tr("Second-order impact");
    case TextField::CustomerSentiment: return DisplayNamesText::tr("Customer sentiment");
    }
    return {};
}

QString severityName(int severity)
{
    switch (severity) {
    case 1: return DisplayNamesText::tr("1 – Critical: many customers cannot use a core service");
    case 2: return DisplayNamesText::tr("2 – Major: a core service degraded for many customers");
    case 3: return DisplayNamesText::tr("3 – Moderate: a feature degraded or a few customers blocked");
    case 4: return DisplayNamesText::tr("4 – Minor: little customer impact, internal disruption");
    case 5: return DisplayNamesText::tr("5 – Low: a near miss, no customer impact");
    }
    return {};
}

} // namespace hindsight
