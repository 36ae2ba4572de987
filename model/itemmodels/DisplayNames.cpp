// SPDX-License-Identifier: MIT
#include "DisplayNames.h"

#include <QCoreApplication>

namespace hindsight {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DisplayNames", text);
}
} // namespace

QString displayName(Status v)
{
    switch (v) {
    case Status::Draft: return tr("Draft");
    case Status::InReview: return tr("In review");
    case Status::Approved: return tr("Approved");
    case Status::Closed: return tr("Closed");
    }
    return {};
}

QString displayName(Milestone v)
{
    switch (v) {
    case Milestone::None: return {};
    case Milestone::Trigger: return tr("Trigger");
    case Milestone::ImpactStart: return tr("Impact start");
    case Milestone::Detected: return tr("Detected");
    case Milestone::Diagnosed: return tr("Diagnosed");
    case Milestone::Mitigated: return tr("Mitigated");
    case Milestone::Resolved: return tr("Resolved");
    }
    return {};
}

QString displayName(MetricRole v)
{
    switch (v) {
    case MetricRole::None: return {};
    case MetricRole::Impact: return tr("Shows the impact");
    case MetricRole::Detection: return tr("Detects the problem");
    case MetricRole::Monitoring: return tr("Monitors from now on");
    }
    return {};
}

QString displayName(QuestionArea v)
{
    switch (v) {
    case QuestionArea::Detection: return tr("Detection");
    case QuestionArea::Diagnosis: return tr("Diagnosis");
    case QuestionArea::Mitigation: return tr("Mitigation");
    case QuestionArea::Prevention: return tr("Prevention");
    }
    return {};
}

QString displayName(Priority v)
{
    switch (v) {
    case Priority::None: return {};
    case Priority::High: return tr("High");
    case Priority::Medium: return tr("Medium");
    case Priority::Low: return tr("Low");
    }
    return {};
}

QString displayName(ActionStatus v)
{
    switch (v) {
    case ActionStatus::Open: return tr("Open");
    case ActionStatus::InProgress: return tr("In progress");
    case ActionStatus::Done: return tr("Done");
    case ActionStatus::WontDo: return tr("Won't do");
    }
    return {};
}

QString displayName(ActionKind v)
{
    switch (v) {
    case ActionKind::None: return {};
    case ActionKind::Prevent: return tr("Prevent");
    case ActionKind::Detect: return tr("Detect");
    case ActionKind::Diagnose: return tr("Diagnose");
    case ActionKind::Mitigate: return tr("Mitigate");
    case ActionKind::Other: return tr("Other");
    }
    return {};
}

QString displayName(RelatedKind v)
{
    switch (v) {
    case RelatedKind::Coe: return tr("COE");
    case RelatedKind::Link: return tr("Link");
    }
    return {};
}

QString displayName(Pillar v)
{
    switch (v) {
    case Pillar::SecurityConfidentiality: return tr("Security: confidentiality");
    case Pillar::SecurityIntegrity: return tr("Security: integrity");
    case Pillar::SecurityAvailability: return tr("Security: availability");
    case Pillar::Reliability: return tr("Reliability");
    case Pillar::PerformanceEfficiency: return tr("Performance efficiency");
    case Pillar::CostOptimization: return tr("Cost optimization");
    case Pillar::Operations: return tr("Operations");
    }
    return {};
}

QString severityName(int severity)
{
    switch (severity) {
    case 1: return tr("1 – Critical: many customers cannot use a core service");
    case 2: return tr("2 – Major: a core service degraded for many customers");
    case 3: return tr("3 – Moderate: a feature degraded or a few customers blocked");
    case 4: return tr("4 – Minor: little customer impact, internal disruption");
    case 5: return tr("5 – Low: a near miss, no customer impact");
    }
    return {};
}

} // namespace hindsight
