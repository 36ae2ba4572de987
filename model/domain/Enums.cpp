// SPDX-License-Identifier: MIT
#include "Enums.h"

#include <array>
#include <utility>

namespace hindsight {
namespace {

template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char*>, N>;

const Table<Status, 4> kStatus{{{Status::Draft, "draft"},
                                {Status::InReview, "in_review"},
                                {Status::Approved, "approved"},
                                {Status::Closed, "closed"}}};
const Table<Milestone, 6> kMilestone{{{Milestone::Trigger, "trigger"},
                                      {Milestone::ImpactStart, "impact_start"},
                                      {Milestone::Detected, "detected"},
                                      {Milestone::Diagnosed, "diagnosed"},
                                      {Milestone::Mitigated, "mitigated"},
                                      {Milestone::Resolved, "resolved"}}};
const Table<MetricRole, 3> kRole{{{MetricRole::Impact, "impact"},
                                  {MetricRole::Detection, "detection"},
                                  {MetricRole::Monitoring, "monitoring"}}};
const Table<QuestionArea, 4> kArea{{{QuestionArea::Detection, "detection"},
                                    {QuestionArea::Diagnosis, "diagnosis"},
                                    {QuestionArea::Mitigation, "mitigation"},
                                    {QuestionArea::Prevention, "prevention"}}};
const Table<Priority, 3> kPriority{
    {{Priority::High, "high"}, {Priority::Medium, "medium"}, {Priority::Low, "low"}}};
const Table<ActionStatus, 4> kActionStatus{{{ActionStatus::Open, "open"},
                                            {ActionStatus::InProgress, "in_progress"},
                                            {ActionStatus::Done, "done"},
                                            {ActionStatus::WontDo, "wont_do"}}};
const Table<ActionKind, 5> kKind{{{ActionKind::Prevent, "prevent"},
                                  {ActionKind::Detect, "detect"},
                                  {ActionKind::Diagnose, "diagnose"},
                                  {ActionKind::Mitigate, "mitigate"},
                                  {ActionKind::Other, "other"}}};
const Table<RelatedKind, 2> kRelated{{{RelatedKind::Coe, "coe"}, {RelatedKind::Link, "link"}}};
const Table<Pillar, 7> kPillar{{{Pillar::SecurityConfidentiality, "security_confidentiality"},
                                {Pillar::SecurityIntegrity, "security_integrity"},
                                {Pillar::SecurityAvailability, "security_availability"},
                                {Pillar::Reliability, "reliability"},
                                {Pillar::PerformanceEfficiency, "performance_efficiency"},
                                {Pillar::CostOptimization, "cost_optimization"},
                                {Pillar::Operations, "operations"}}};
const Table<DetectionSource, 5> kDetection{{{DetectionSource::Alarm, "alarm"},
                                            {DetectionSource::CustomerReport, "customer_report"},
                                            {DetectionSource::InternalReport, "internal_report"},
                                            {DetectionSource::Audit, "audit"},
                                            {DetectionSource::Other, "other"}}};

template <typename E, std::size_t N> QString name(const Table<E, N>& t, E v)
{
    for (const auto& [value, text] : t)
        if (value == v)
            return QString::fromLatin1(text);
    return {};
}

template <typename E, std::size_t N> std::optional<E> parse(const Table<E, N>& t, const QString& s)
{
    for (const auto& [value, text] : t)
        if (s == QLatin1String(text))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> values(const Table<E, N>& t)
{
    QList<E> out;
    for (const auto& entry : t)
        out.append(entry.first);
    return out;
}

} // namespace

QString toString(Status v) { return name(kStatus, v); }
QString toString(Milestone v) { return name(kMilestone, v); }
QString toString(MetricRole v) { return name(kRole, v); }
QString toString(QuestionArea v) { return name(kArea, v); }
QString toString(Priority v) { return name(kPriority, v); }
QString toString(ActionStatus v) { return name(kActionStatus, v); }
QString toString(ActionKind v) { return name(kKind, v); }
QString toString(RelatedKind v) { return name(kRelated, v); }
QString toString(Pillar v) { return name(kPillar, v); }
QString toString(DetectionSource v) { return name(kDetection, v); }

#define HINDSIGHT_ENUM_TABLE(E, T)                                                                          \
    template <> std::optional<E> enumFromString<E>(const QString& s) { return parse(T, s); }               \
    template <> QList<E> allValues<E>() { return values(T); }

HINDSIGHT_ENUM_TABLE(Status, kStatus)
HINDSIGHT_ENUM_TABLE(Milestone, kMilestone)
HINDSIGHT_ENUM_TABLE(MetricRole, kRole)
HINDSIGHT_ENUM_TABLE(QuestionArea, kArea)
HINDSIGHT_ENUM_TABLE(Priority, kPriority)
HINDSIGHT_ENUM_TABLE(ActionStatus, kActionStatus)
HINDSIGHT_ENUM_TABLE(ActionKind, kKind)
HINDSIGHT_ENUM_TABLE(RelatedKind, kRelated)
HINDSIGHT_ENUM_TABLE(Pillar, kPillar)
HINDSIGHT_ENUM_TABLE(DetectionSource, kDetection)

#undef HINDSIGHT_ENUM_TABLE

} // namespace hindsight
