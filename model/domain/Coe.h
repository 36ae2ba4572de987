// SPDX-License-Identifier: MIT
#pragma once

#include "Enums.h"
#include "Review.h"
#include "metrics/Series.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>
#include <optional>

namespace hindsight {

// Plain value types for one COE, field for field the interchange format
// (../shared/spec/coe-format.md). No QObject, no storage concerns beyond the
// revision counter. Instants are QDateTime in UTC; due dates are QDate.
// Empty strings stand for absent optional text.

struct FinancialImpact
{
    double amount = 0;
    QString currency; // ISO 4217, three capital letters
    bool operator==(const FinancialImpact&) const = default;
};

struct Impact
{
    std::optional<qint64> customersAffected; // nullopt: unknown
    QString description;                     // Markdown
    std::optional<FinancialImpact> financialImpact;
    std::optional<bool> slaBreached; // nullopt: unknown
    QList<Pillar> pillars;           // unique, in the author's order
    QString consequences;            // Markdown
    QString secondOrder;             // Markdown
    QString customerSentiment;       // Markdown
    bool operator==(const Impact&) const = default;
};

struct TimelineEntry
{
    QDateTime at; // UTC
    QString text;
    Milestone milestone = Milestone::None;
    bool approximate = false;
    QString source;
    QString gapExplanation; // explains the gap before this entry
    bool highlight = false; // format 1.1: a key moment
    bool operator==(const TimelineEntry&) const = default;
};

struct MetricImage
{
    QString fileName;
    QString mediaType; // image/png, image/jpeg, image/svg+xml
    QByteArray data;   // the decoded bytes
    QString caption;
    bool operator==(const MetricImage&) const = default;
};

// Format 1.1 `metrics[].window`: the chart's visible range. Either end may be
// absent (an invalid QDateTime); the window is absent when both are.
struct MetricWindow
{
    QDateTime from; // UTC
    QDateTime to;   // UTC
    bool isEmpty() const { return !from.isValid() && !to.isValid(); }
    bool operator==(const MetricWindow&) const = default;
};

struct Metric
{
    QString name;
    MetricRole role = MetricRole::None;
    QString description; // Markdown
    QString sourceUrl;
    QList<MetricImage> images;
    QList<metrics::MetricSeries> series; // format 1.1: measured values, at most metrics::kMaxSeries
    std::optional<double> threshold;     // format 1.1: the alarm level drawn on the chart
    MetricWindow window;                 // format 1.1: the chart's visible range
    bool operator==(const Metric&) const = default;
};

struct Question
{
    QuestionArea area = QuestionArea::Detection;
    QString question;
    QString answer; // Markdown
    bool operator==(const Question&) const = default;
};

struct WhyStep
{
    QString id;       // unique in the document
    QString parentId; // empty: asks why the problem happened
    QString why;
    QString because;
    bool rootCause = false;
    bool humanError = false;
    bool operator==(const WhyStep&) const = default;
};

struct ActionItem
{
    QString id; // unique in the document
    QString title;
    QString description; // Markdown
    Priority priority = Priority::None;
    QString owner;
    QDate due; // invalid: none
    ActionStatus status = ActionStatus::Open;
    ActionKind kind = ActionKind::None;
    QStringList whys; // ids of WhyStep
    QString link;
    bool operator==(const ActionItem&) const = default;
};

// Format 1.1: how the incident was detected.
struct Detection
{
    DetectionSource source = DetectionSource::None;
    QString description;
    bool isEmpty() const { return source == DetectionSource::None && description.isEmpty(); }
    bool operator==(const Detection&) const = default;
};

// Format 1.1: one contributing factor, the unit of learning across COEs.
struct ContributingFactor
{
    QString id;       // unique among the factors
    QString category; // a name of the archive's taxonomy, e.g. "change/configuration"
    QString description;
    QStringList whys; // ids of the WhyStep it comes from
    bool operator==(const ContributingFactor&) const = default;
};

struct RelatedItem
{
    RelatedKind kind = RelatedKind::Link;
    QString title;
    QString uuid; // for kind Coe
    QString url;  // for kind Link
    bool operator==(const RelatedItem&) const = default;
};

struct Coe
{
    QUuid uuid;
    QString title;
    Status status = Status::Draft;
    std::optional<int> severity; // 1 (most severe) .. 5
    QString owner;
    QStringList reviewers;
    QStringList services;
    QStringList tags;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QTimeZone displayTimeZone = QTimeZone::utc();
    QString summary; // Markdown
    Impact impact;
    QList<TimelineEntry> timeline; // sorted by `at`, ties in input order
    QList<Metric> metrics;
    QList<Question> questions;
    QString problem;
    QList<WhyStep> whys;
    QList<ActionItem> actionItems;
    QList<RelatedItem> related;
    Review review; // format 1.1: the review record
    QString templateName;              // format 1.1 `template`: the template it was started from
    Detection detection;               // format 1.1
    QList<ContributingFactor> factors; // format 1.1 `contributing_factors`

    // Storage bookkeeping, not part of the interchange format: the archive's
    // revision of this COE when it was loaded (0 for a COE never saved).
    qint64 revision = 0;

    // Equal in every field of the interchange format (revision ignored).
    bool sameContent(const Coe& other) const;
};

// Creates an empty draft with a fresh uuid and created/updated set to now.
Coe makeNewCoe(const QString& title = {});

// Sorts the timeline by instant, keeping ties in their current order.
void sortTimeline(QList<TimelineEntry>& timeline);

} // namespace hindsight
