// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace hindsight::test {

// tests/data/checkout-config-rollout.coe.json as a Coe, built by hand, every
// field set as the file has it (header-only: tests/support builds only TestSupport.cpp).
inline Coe exampleCoe()
{
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
    };
    Coe c;
    c.uuid = QUuid(QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11"));
    c.title = QStringLiteral("Checkout API returned HTTP 503 after a configuration rollout");
    c.status = Status::InReview;
    c.severity = 2;
    c.owner = QStringLiteral("Dana Ortiz");
    c.reviewers = QStringList{QStringLiteral("Sam Lee"), QStringLiteral("Priya Natarajan")};
    c.services = QStringList{QStringLiteral("checkout-api"), QStringLiteral("config-service")};
    c.tags = QStringList{QStringLiteral("deployment"), QStringLiteral("configuration"),
                         QStringLiteral("payments")};
    c.createdAt = utc(2024, 3, 8, 16, 0);
    c.updatedAt = utc(2024, 3, 11, 9, 30);
    c.displayTimeZone = QTimeZone(QByteArrayLiteral("America/Bogota"));
    c.summary = QStringLiteral(
        "On 2024-03-07 between 14:02 and 15:11 UTC, 38% of checkout requests in the EU region failed with "
        "HTTP 503. A configuration change that lowered the connection-pool size of `checkout-api` from 200 "
        "to 20 was rolled out to all hosts at once. Customers saw *\"Something went wrong\"* at payment. "
        "Monitoring paged the on-call engineer 17 minutes after impact began. We mitigated by rolling the "
        "configuration back at 15:04 and resolved once queues drained at 15:11. To prevent a recurrence we "
        "will validate pool settings before rollout and stage configuration changes by region.");

    c.impact.customersAffected = 41200;
    c.impact.description = QStringLiteral(
        "41,200 distinct customers received at least one 503 at checkout; 12,950 orders were abandoned "
        "(estimated from the abandoned-cart rate against the same hour one week before).");
    c.impact.financialImpact = FinancialImpact{183000, QStringLiteral("USD")};
    c.impact.slaBreached = true;
    c.impact.pillars = {Pillar::Reliability, Pillar::PerformanceEfficiency, Pillar::Operations};
    c.impact.consequences = QStringLiteral("Two marketplace sellers opened escalations. The monthly "
                                           "availability SLA for the EU region (99.95%) was missed.");
    c.impact.secondOrder = QStringLiteral(
        "Payment retries created 2,300 duplicate authorisation holds that were released within 7 days.");
    c.impact.customerSentiment = QStringLiteral(
        "Social mentions of checkout errors rose from a baseline of 15/hour to 410/hour during the event.");

    const auto entry = [&](QDateTime at, const QString& text, Milestone m = Milestone::None,
                           const QString& source = {}, const QString& gap = {}) {
        TimelineEntry e;
        e.at = at;
        e.text = text;
        e.milestone = m;
        e.source = source;
        e.gapExplanation = gap;
        c.timeline.append(e);
    };
    entry(utc(2024, 3, 7, 13, 55),
          QStringLiteral("Config change CR-4471 (pool size 200 -> 20) approved by peer review."),
          Milestone::Trigger, QStringLiteral("https://tickets.example.com/CR-4471"));
    entry(utc(2024, 3, 7, 14, 1),
          QStringLiteral("Config service pushes CR-4471 to all checkout-api hosts in all EU zones at once."));
    entry(utc(2024, 3, 7, 14, 2),
          QStringLiteral("p99 latency of checkout-api rises above 8 s; first 503 responses."),
          Milestone::ImpactStart);
    entry(utc(2024, 3, 7, 14, 19),
          QStringLiteral("Alarm CheckoutErrorRate > 5% fires and pages the on-call engineer."),
          Milestone::Detected, {},
          QStringLiteral("The error-rate alarm evaluates 15 one-minute datapoints before it fires; nobody "
                         "was watching the dashboard."));
    entry(utc(2024, 3, 7, 14, 24),
          QStringLiteral("On-call acknowledges the page and opens the incident channel."));
    entry(utc(2024, 3, 7, 14, 31),
          QStringLiteral("Database team rules out the payments database: CPU and connections are normal."));
    entry(utc(2024, 3, 7, 14, 38),
          QStringLiteral("Thread dumps show request threads blocked waiting for a pooled connection."));
    entry(utc(2024, 3, 7, 14, 52),
          QStringLiteral("Engineer correlates the start of errors with CR-4471 in the change calendar."),
          Milestone::Diagnosed);
    entry(utc(2024, 3, 7, 14, 58), QStringLiteral("Incident commander approves rollback of CR-4471."));
    entry(utc(2024, 3, 7, 15, 4),
          QStringLiteral("Rollback completes on all hosts; error rate falls below 1%."),
          Milestone::Mitigated);
    entry(utc(2024, 3, 7, 15, 11),
          QStringLiteral("Queued retries drain; latency and error rate at pre-incident levels."),
          Milestone::Resolved);
    entry(utc(2024, 3, 7, 15, 45),
          QStringLiteral("Status page updated to resolved; customer support briefed."), Milestone::None, {},
          QStringLiteral("The status page owner was in another incident bridge."));

    {
        Metric m;
        m.name = QStringLiteral("Checkout 5xx error rate (EU)");
        m.role = MetricRole::Impact;
        m.description = QStringLiteral("Share of checkout requests answered with 5xx, one-minute resolution. "
                                       "Peaked at 38% at 14:20 UTC.");
        m.sourceUrl = QStringLiteral("https://dashboards.example.com/d/checkout-errors");
        MetricImage image;
        image.fileName = QStringLiteral("error-rate.png");
        image.mediaType = QStringLiteral("image/png");
        image.data = QByteArray::fromBase64(
            QByteArrayLiteral("iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAIAAAC6iKlyAAAAiUlEQVR4nO3QQQ2AQAADwZODCIQhEU"
                              "P8McALkj0Is6mAZsahpDH7wF8CHQU6CnQU6CjQUaCjQEe9FHpfltub/"
                              "f060FGgo0BHgY4CHQU6CnQU6CjQUaCjQEeBjgIdBToKdBToKNBRoKNAR4GOAh011m1/4Z5ATz9/"
                              "OdCgQYMGDRr09AegQYP+IPQJMS6p1SA3zSIAAAAASUVORK5CYII="));
        image.caption = QStringLiteral("5xx rate, 13:30-16:00 UTC");
        m.images.append(image);
        c.metrics.append(m);
    }
    {
        Metric m;
        m.name = QStringLiteral("Connection pool wait time");
        m.role = MetricRole::Detection;
        m.description = QStringLiteral(
            "Not alarmed before the event: would have shown saturation within 1 minute of the rollout.");
        c.metrics.append(m);
    }
    {
        Metric m;
        m.name = QStringLiteral("Config rollout health");
        m.role = MetricRole::Monitoring;
        m.description = QStringLiteral(
            "New: error rate per host group during a staged rollout, used as the rollback trigger.");
        c.metrics.append(m);
    }

    const auto question = [&](QuestionArea area, const QString& text, const QString& answer) {
        c.questions.append(Question{area, text, answer});
    };
    question(QuestionArea::Detection, QStringLiteral("When did you learn there was customer impact?"),
             QStringLiteral("At 14:19 UTC, 17 minutes after impact began, from the error-rate alarm."));
    question(QuestionArea::Detection, QStringLiteral("How did you learn there was customer impact?"),
             QStringLiteral("Identified by monitoring (alarm); customer reports arrived at 14:26."));
    question(
        QuestionArea::Detection, QStringLiteral("How can we reduce the time-to-detect in half?"),
        QStringLiteral(
            "Alarm on pool wait time and evaluate the error-rate alarm over 3 datapoints instead of 15."));
    question(
        QuestionArea::Diagnosis, QStringLiteral("What was the underlying cause of the customer impact?"),
        QStringLiteral("The pool size was reduced tenfold below the concurrency the service needs at peak."));
    question(QuestionArea::Diagnosis,
             QStringLiteral("Was an internal activity (maintenance window) happening during the incident?"),
             QStringLiteral("No maintenance window; the change was a routine configuration update."));
    question(QuestionArea::Diagnosis, QStringLiteral("How can we reduce the time-to-diagnose in half?"),
             QStringLiteral(
                 "Show recent configuration changes on the service dashboard next to the error graph."));
    question(QuestionArea::Mitigation,
             QStringLiteral("When did customer impact return to pre-incident levels?"),
             QStringLiteral("15:11 UTC."));
    question(
        QuestionArea::Mitigation,
        QStringLiteral("How does the system owner know that the system is properly restored?"),
        QStringLiteral("Error rate and p99 latency back within the weekly baseline band for 30 minutes."));
    question(
        QuestionArea::Mitigation, QStringLiteral("How can we reduce the time-to-mitigate in half?"),
        QStringLiteral(
            "Automatic rollback of configuration when the staged host group breaches its error budget."));
    question(QuestionArea::Prevention, QStringLiteral("How do we prevent this from happening again?"),
             QStringLiteral("Validate pool settings against load-test minimums and stage configuration "
                            "rollouts one zone at a time."));

    c.problem = QStringLiteral("Checkout requests in the EU region failed with HTTP 503 for 69 minutes.");
    const auto why = [&](const char* id, const char* parent, const QString& question, const QString& because,
                         bool rootCause = false, bool humanError = false) {
        c.whys.append(WhyStep{QString::fromLatin1(id), QString::fromLatin1(parent), question, because,
                              rootCause, humanError});
    };
    why("w1", "", QStringLiteral("Why did checkout requests fail?"),
        QStringLiteral("Request threads timed out waiting for a database connection from a pool of 20."));
    why("w2", "w1", QStringLiteral("Why was the pool only 20 connections?"),
        QStringLiteral(
            "Change CR-4471 set pool size to 20; the author meant 200 for the new staging profile."));
    why("w3", "w2", QStringLiteral("Why did a staging value reach production?"),
        QStringLiteral("The config file mixes staging and production profiles and the reviewer approved the "
                       "wrong section."),
        false, true);
    why("w4", "w3", QStringLiteral("Why was that human error possible?"),
        QStringLiteral("Nothing validates pool sizes against the service's known concurrency needs."));
    why("w5", "w4", QStringLiteral("Why does the rollout not catch a bad value?"),
        QStringLiteral(
            "Configuration is pushed to every host at once, with no staged rollout or health check."),
        true);
    why("w6", "w1", QStringLiteral("Why did detection take 17 minutes?"),
        QStringLiteral("The error-rate alarm needs 15 consecutive breaching minutes."), true);

    {
        ActionItem a;
        a.id = QStringLiteral("a1");
        a.title =
            QStringLiteral("Validate connection-pool settings against load-test minimums before rollout");
        a.priority = Priority::High;
        a.owner = QStringLiteral("Dana Ortiz");
        a.due = QDate(2024, 3, 21);
        a.status = ActionStatus::InProgress;
        a.kind = ActionKind::Prevent;
        a.whys = QStringList{QStringLiteral("w4")};
        a.link = QStringLiteral("https://tickets.example.com/CHK-1201");
        c.actionItems.append(a);
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a2");
        a.title = QStringLiteral(
            "Stage configuration rollouts one availability zone at a time with automatic rollback");
        a.priority = Priority::High;
        a.owner = QStringLiteral("Lee Wong");
        a.due = QDate(2024, 3, 21);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Prevent;
        a.whys = QStringList{QStringLiteral("w5")};
        c.actionItems.append(a);
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a3");
        a.title = QStringLiteral("Split staging and production profiles into separate files");
        a.priority = Priority::Medium;
        a.owner = QStringLiteral("Dana Ortiz");
        a.due = QDate(2024, 3, 15);
        a.status = ActionStatus::Done;
        a.kind = ActionKind::Prevent;
        a.whys = QStringList{QStringLiteral("w2"), QStringLiteral("w3")};
        c.actionItems.append(a);
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a4");
        a.title =
            QStringLiteral("Alarm on connection-pool wait time; evaluate the error alarm over 3 datapoints");
        a.priority = Priority::High;
        a.owner = QStringLiteral("Priya Natarajan");
        a.due = QDate(2024, 3, 14);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Detect;
        a.whys = QStringList{QStringLiteral("w6")};
        c.actionItems.append(a);
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a5");
        a.title = QStringLiteral("Show recent configuration changes on the checkout dashboard");
        a.priority = Priority::Medium;
        a.owner = QStringLiteral("Sam Lee");
        a.due = QDate(2024, 3, 21);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Diagnose;
        c.actionItems.append(a);
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a6");
        a.title = QStringLiteral("Runbook: how to roll back a configuration change in under 5 minutes");
        a.priority = Priority::Low;
        a.owner = QStringLiteral("Lee Wong");
        a.due = QDate(2024, 3, 28);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Mitigate;
        c.actionItems.append(a);
    }

    c.related.append(RelatedItem{RelatedKind::Link,
                                 QStringLiteral("Change request CR-4471"),
                                 {},
                                 QStringLiteral("https://tickets.example.com/CR-4471")});
    c.related.append(RelatedItem{RelatedKind::Link,
                                 QStringLiteral("Checkout service runbook"),
                                 {},
                                 QStringLiteral("https://wiki.example.com/checkout/runbook")});
    return c;
}

// The review record of ../shared/examples/checkout-config-rollout-1.1.coe.json
// (tests/data/format-1.1/), field for field; its targets and action exist in exampleCoe().
inline Review exampleReview()
{
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
    };
    Review r;
    r.approvedAt = utc(2024, 3, 14, 16, 0);
    r.approvedBy = QStringLiteral("Priya Raman");
    r.approvedVersion = 3;
    r.meetings.append(ReviewMeeting{
        utc(2024, 3, 14, 15, 0), QStringLiteral("Priya Raman"),
        QStringList{QStringLiteral("Dana Ortiz"), QStringLiteral("Sam Lee"), QStringLiteral("Priya Raman")},
        QStringLiteral("Walked the timeline; the 17-minute detection gap dominated the discussion."),
        QStringLiteral("Lower the alarm to 3 datapoints; canary every configuration change.")});
    r.comments.append(ReviewComment{QStringLiteral("c1"), utc(2024, 3, 13, 10, 0), QStringLiteral("Sam Lee"),
                                    QStringLiteral("timeline:3"),
                                    QStringLiteral("What happened between 14:19 and 14:40? Please explain the gap."),
                                    QString(), true});
    r.comments.append(ReviewComment{
        QStringLiteral("c2"), utc(2024, 3, 13, 10, 30), QStringLiteral("Dana Ortiz"), QStringLiteral("timeline:3"),
        QStringLiteral("Added a gap explanation: the on-call engineer was rolling back the wrong service."),
        QStringLiteral("c1"), true});
    r.comments.append(ReviewComment{QStringLiteral("c3"), utc(2024, 3, 14, 15, 30), QStringLiteral("Priya Raman"),
                                    QStringLiteral("action:a1"), QStringLiteral("Is 14 days realistic for this one?"),
                                    QString(), false});
    r.questions.append(ReviewQuestion{QStringLiteral("Why did the canary stage not apply to configuration changes?"),
                                      QStringLiteral("Configuration had its own pipeline without a canary."),
                                      QStringLiteral("a1")});
    return r;
}

} // namespace hindsight::test
