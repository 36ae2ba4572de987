// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace hindsight {

// The enumerations of the interchange format (../shared/spec/coe-format.md).
// Each converts to and from its JSON spelling; fromString gives nullopt for an
// unknown spelling. "None" values stand for an absent optional key.

enum class Status { Draft, InReview, Approved, Closed };
enum class Milestone { None, Trigger, ImpactStart, Detected, Diagnosed, Mitigated, Resolved };
enum class MetricRole { None, Impact, Detection, Monitoring };
enum class QuestionArea { Detection, Diagnosis, Mitigation, Prevention };
enum class Priority { None, High, Medium, Low };
enum class ActionStatus { Open, InProgress, Done, WontDo };
enum class ActionKind { None, Prevent, Detect, Diagnose, Mitigate, Other };
enum class RelatedKind { Coe, Link };
// How the incident was detected (format 1.1 `detection.source`).
enum class DetectionSource { None, Alarm, CustomerReport, InternalReport, Audit, Other };
enum class Pillar {
    SecurityConfidentiality,
    SecurityIntegrity,
    SecurityAvailability,
    Reliability,
    PerformanceEfficiency,
    CostOptimization,
    Operations
};

QString toString(Status v);
QString toString(Milestone v); // empty for None
QString toString(MetricRole v); // empty for None
QString toString(QuestionArea v);
QString toString(Priority v); // empty for None
QString toString(ActionStatus v);
QString toString(ActionKind v); // empty for None
QString toString(RelatedKind v);
QString toString(Pillar v);
QString toString(DetectionSource v); // empty for None

template <typename E> std::optional<E> enumFromString(const QString& s);
template <> std::optional<Status> enumFromString<Status>(const QString& s);
template <> std::optional<Milestone> enumFromString<Milestone>(const QString& s);
template <> std::optional<MetricRole> enumFromString<MetricRole>(const QString& s);
template <> std::optional<QuestionArea> enumFromString<QuestionArea>(const QString& s);
template <> std::optional<Priority> enumFromString<Priority>(const QString& s);
template <> std::optional<ActionStatus> enumFromString<ActionStatus>(const QString& s);
template <> std::optional<ActionKind> enumFromString<ActionKind>(const QString& s);
template <> std::optional<RelatedKind> enumFromString<RelatedKind>(const QString& s);
template <> std::optional<Pillar> enumFromString<Pillar>(const QString& s);
template <> std::optional<DetectionSource> enumFromString<DetectionSource>(const QString& s);

// Every value of an enumeration, in declaration order (None excluded).
template <typename E> QList<E> allValues();
template <> QList<Status> allValues<Status>();
template <> QList<Milestone> allValues<Milestone>();
template <> QList<MetricRole> allValues<MetricRole>();
template <> QList<QuestionArea> allValues<QuestionArea>();
template <> QList<Priority> allValues<Priority>();
template <> QList<ActionStatus> allValues<ActionStatus>();
template <> QList<ActionKind> allValues<ActionKind>();
template <> QList<RelatedKind> allValues<RelatedKind>();
template <> QList<Pillar> allValues<Pillar>();
template <> QList<DetectionSource> allValues<DetectionSource>();

} // namespace hindsight
