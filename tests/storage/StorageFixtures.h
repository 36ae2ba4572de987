// SPDX-License-Identifier: MIT
#pragma once

// COEs and files shared by the storage tests (header only: one test class per
// executable, each includes what it needs).

#include "domain/Coe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace hindsight::test {

inline QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

// tests/data/checkout-config-rollout.coe.json, built field by field (the
// storage tests do not depend on the JSON reader). Also the content of the
// fixture tests/data/archive-v1.sqlite.
inline Coe exampleCoe()
{
    Coe c;
    c.uuid = QUuid::fromString(QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11"));
    c.title = QStringLiteral("Checkout API returned HTTP 503 after a configuration rollout");
    c.status = Status::InReview;
    c.severity = 2;
    c.owner = QStringLiteral("Dana Ortiz");
    c.reviewers = QStringList{QStringLiteral("Sam Lee"), QStringLiteral("Priya Natarajan")};
    c.services = QStringList{QStringLiteral("checkout-api"), QStringLiteral("config-service")};
    c.tags = QStringList{QStringLiteral("deployment"), QStringLiteral("configuration"),
                         QStringLiteral("payments")};
    c.createdAt = utc(QStringLiteral("2024-03-08T16:00:00Z"));
    c.updatedAt = utc(QStringLiteral("2024-03-11T09:30:00Z"));
    c.displayTimeZone = QTimeZone("America/Bogota");
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
    c.impact.financialImpact = FinancialImpact{183000.0, QStringLiteral("USD")};
    c.impact.slaBreached = true;
    c.impact.pillars = {Pillar::Reliability, Pillar::PerformanceEfficiency, Pillar::Operations};
    c.impact.consequences = QStringLiteral("Two marketplace sellers opened escalations. The monthly "
                                           "availability SLA for the EU region (99.95%) was missed.");
    c.impact.secondOrder = QStringLiteral(
        "Payment retries created 2,300 duplicate authorisation holds that were released within 7 days.");
    c.impact.customerSentiment = QStringLiteral(
        "Social mentions of checkout errors rose from a baseline of 15/hour to 410/hour during the event.");
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T13:55:00Z"));
        e.text = QStringLiteral("Config change CR-4471 (pool size 200 -> 20) approved by peer review.");
        e.milestone = Milestone::Trigger;
        e.source = QStringLiteral("https://tickets.example.com/CR-4471");
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:01:00Z"));
        e.text = QStringLiteral(
            "Config service pushes CR-4471 to all checkout-api hosts in all EU zones at once.");
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:02:00Z"));
        e.text = QStringLiteral("p99 latency of checkout-api rises above 8 s; first 503 responses.");
        e.milestone = Milestone::ImpactStart;
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:19:00Z"));
        e.text = QStringLiteral("Alarm CheckoutErrorRate > 5% fires and pages the on-call engineer.");
        e.milestone = Milestone::Detected;
        e.gapExplanation = QStringLiteral("The error-rate alarm evaluates 15 one-minute datapoints before it "
                                          "fires; nobody was watching the dashboard.");
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:24:00Z"));
        e.text = QStringLiteral("On-call acknowledges the page and opens the incident channel.");
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:31:00Z"));
        e.text =
            QStringLiteral("Database team rules out the payments database: CPU and connections are normal.");
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:38:00Z"));
        e.text = QStringLiteral("Thread dumps show request threads blocked waiting for a pooled connection.");
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:52:00Z"));
        e.text =
            QStringLiteral("Engineer correlates the start of errors with CR-4471 in the change calendar.");
        e.milestone = Milestone::Diagnosed;
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T14:58:00Z"));
        e.text = QStringLiteral("Incident commander approves rollback of CR-4471.");
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T15:04:00Z"));
        e.text = QStringLiteral("Rollback completes on all hosts; error rate falls below 1%.");
        e.milestone = Milestone::Mitigated;
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T15:11:00Z"));
        e.text = QStringLiteral("Queued retries drain; latency and error rate at pre-incident levels.");
        e.milestone = Milestone::Resolved;
        c.timeline << e;
    }
    {
        TimelineEntry e;
        e.at = utc(QStringLiteral("2024-03-07T15:45:00Z"));
        e.text = QStringLiteral("Status page updated to resolved; customer support briefed.");
        e.gapExplanation = QStringLiteral("The status page owner was in another incident bridge.");
        c.timeline << e;
    }
    {
        Metric m;
        m.name = QStringLiteral("Checkout 5xx error rate (EU)");
        m.role = MetricRole::Impact;
        m.description = QStringLiteral("Share of checkout requests answered with 5xx, one-minute resolution. "
                                       "Peaked at 38% at 14:20 UTC.");
        m.sourceUrl = QStringLiteral("https://dashboards.example.com/d/checkout-errors");
        m.images << MetricImage{QStringLiteral("error-rate.png"), QStringLiteral("image/png"),
                                QByteArray::fromBase64(QByteArrayLiteral(
                                    "iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAIAAAC6iKlyAAAAiUlEQVR4nO3QQQ2AQAADwZOD"
                                    "CIQhEUP8McALkj0Is6mAZsahpDH7wF8CHQU6CnQU6CjQUaCjQEe9FHpfltub/"
                                    "f060FGgo0BHgY4CHQU6CnQU6CjQUaCjQEeBjgIdBToKdBToKNBRoKNAR4GOAh011m1/"
                                    "4Z5ATz9/OdCgQYMGDRr09AegQYP+IPQJMS6p1SA3zSIAAAAASUVORK5CYII=")),
                                QStringLiteral("5xx rate, 13:30-16:00 UTC")};
        c.metrics << m;
    }
    {
        Metric m;
        m.name = QStringLiteral("Connection pool wait time");
        m.role = MetricRole::Detection;
        m.description = QStringLiteral(
            "Not alarmed before the event: would have shown saturation within 1 minute of the rollout.");
        c.metrics << m;
    }
    {
        Metric m;
        m.name = QStringLiteral("Config rollout health");
        m.role = MetricRole::Monitoring;
        m.description = QStringLiteral(
            "New: error rate per host group during a staged rollout, used as the rollback trigger.");
        c.metrics << m;
    }
    c.questions << Question{
        QuestionArea::Detection, QStringLiteral("When did you learn there was customer impact?"),
        QStringLiteral("At 14:19 UTC, 17 minutes after impact began, from the error-rate alarm.")};
    c.questions << Question{
        QuestionArea::Detection, QStringLiteral("How did you learn there was customer impact?"),
        QStringLiteral("Identified by monitoring (alarm); customer reports arrived at 14:26.")};
    c.questions << Question{
        QuestionArea::Detection, QStringLiteral("How can we reduce the time-to-detect in half?"),
        QStringLiteral(
            "Alarm on pool wait time and evaluate the error-rate alarm over 3 datapoints instead of 15.")};
    c.questions << Question{
        QuestionArea::Diagnosis, QStringLiteral("What was the underlying cause of the customer impact?"),
        QStringLiteral("The pool size was reduced tenfold below the concurrency the service needs at peak.")};
    c.questions << Question{
        QuestionArea::Diagnosis,
        QStringLiteral("Was an internal activity (maintenance window) happening during the incident?"),
        QStringLiteral("No maintenance window; the change was a routine configuration update.")};
    c.questions << Question{
        QuestionArea::Diagnosis, QStringLiteral("How can we reduce the time-to-diagnose in half?"),
        QStringLiteral(
            "Show recent configuration changes on the service dashboard next to the error graph.")};
    c.questions << Question{QuestionArea::Mitigation,
                            QStringLiteral("When did customer impact return to pre-incident levels?"),
                            QStringLiteral("15:11 UTC.")};
    c.questions << Question{
        QuestionArea::Mitigation,
        QStringLiteral("How does the system owner know that the system is properly restored?"),
        QStringLiteral("Error rate and p99 latency back within the weekly baseline band for 30 minutes.")};
    c.questions << Question{
        QuestionArea::Mitigation, QStringLiteral("How can we reduce the time-to-mitigate in half?"),
        QStringLiteral(
            "Automatic rollback of configuration when the staged host group breaches its error budget.")};
    c.questions << Question{QuestionArea::Prevention,
                            QStringLiteral("How do we prevent this from happening again?"),
                            QStringLiteral("Validate pool settings against load-test minimums and stage "
                                           "configuration rollouts one zone at a time.")};
    c.problem = QStringLiteral("Checkout requests in the EU region failed with HTTP 503 for 69 minutes.");
    c.whys << WhyStep{
        QStringLiteral("w1"),
        QString(),
        QStringLiteral("Why did checkout requests fail?"),
        QStringLiteral("Request threads timed out waiting for a database connection from a pool of 20."),
        false,
        false};
    c.whys << WhyStep{
        QStringLiteral("w2"),
        QStringLiteral("w1"),
        QStringLiteral("Why was the pool only 20 connections?"),
        QStringLiteral(
            "Change CR-4471 set pool size to 20; the author meant 200 for the new staging profile."),
        false,
        false};
    c.whys << WhyStep{QStringLiteral("w3"),
                      QStringLiteral("w2"),
                      QStringLiteral("Why did a staging value reach production?"),
                      QStringLiteral("The config file mixes staging and production profiles and the reviewer "
                                     "approved the wrong section."),
                      false,
                      true};
    c.whys << WhyStep{
        QStringLiteral("w4"),
        QStringLiteral("w3"),
        QStringLiteral("Why was that human error possible?"),
        QStringLiteral("Nothing validates pool sizes against the service's known concurrency needs."),
        false,
        false};
    c.whys << WhyStep{
        QStringLiteral("w5"),
        QStringLiteral("w4"),
        QStringLiteral("Why does the rollout not catch a bad value?"),
        QStringLiteral(
            "Configuration is pushed to every host at once, with no staged rollout or health check."),
        true,
        false};
    c.whys << WhyStep{QStringLiteral("w6"),
                      QStringLiteral("w1"),
                      QStringLiteral("Why did detection take 17 minutes?"),
                      QStringLiteral("The error-rate alarm needs 15 consecutive breaching minutes."),
                      true,
                      false};
    {
        ActionItem a;
        a.id = QStringLiteral("a1");
        a.title =
            QStringLiteral("Validate connection-pool settings against load-test minimums before rollout");
        a.priority = Priority::High;
        a.owner = QStringLiteral("Dana Ortiz");
        a.due = QDate::fromString(QStringLiteral("2024-03-21"), Qt::ISODate);
        a.status = ActionStatus::InProgress;
        a.kind = ActionKind::Prevent;
        a.whys = QStringList{QStringLiteral("w4")};
        a.link = QStringLiteral("https://tickets.example.com/CHK-1201");
        c.actionItems << a;
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a2");
        a.title = QStringLiteral(
            "Stage configuration rollouts one availability zone at a time with automatic rollback");
        a.priority = Priority::High;
        a.owner = QStringLiteral("Lee Wong");
        a.due = QDate::fromString(QStringLiteral("2024-03-21"), Qt::ISODate);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Prevent;
        a.whys = QStringList{QStringLiteral("w5")};
        c.actionItems << a;
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a3");
        a.title = QStringLiteral("Split staging and production profiles into separate files");
        a.priority = Priority::Medium;
        a.owner = QStringLiteral("Dana Ortiz");
        a.due = QDate::fromString(QStringLiteral("2024-03-15"), Qt::ISODate);
        a.status = ActionStatus::Done;
        a.kind = ActionKind::Prevent;
        a.whys = QStringList{QStringLiteral("w2"), QStringLiteral("w3")};
        c.actionItems << a;
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a4");
        a.title =
            QStringLiteral("Alarm on connection-pool wait time; evaluate the error alarm over 3 datapoints");
        a.priority = Priority::High;
        a.owner = QStringLiteral("Priya Natarajan");
        a.due = QDate::fromString(QStringLiteral("2024-03-14"), Qt::ISODate);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Detect;
        a.whys = QStringList{QStringLiteral("w6")};
        c.actionItems << a;
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a5");
        a.title = QStringLiteral("Show recent configuration changes on the checkout dashboard");
        a.priority = Priority::Medium;
        a.owner = QStringLiteral("Sam Lee");
        a.due = QDate::fromString(QStringLiteral("2024-03-21"), Qt::ISODate);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Diagnose;
        c.actionItems << a;
    }
    {
        ActionItem a;
        a.id = QStringLiteral("a6");
        a.title = QStringLiteral("Runbook: how to roll back a configuration change in under 5 minutes");
        a.priority = Priority::Low;
        a.owner = QStringLiteral("Lee Wong");
        a.due = QDate::fromString(QStringLiteral("2024-03-28"), Qt::ISODate);
        a.status = ActionStatus::Open;
        a.kind = ActionKind::Mitigate;
        c.actionItems << a;
    }
    c.related << RelatedItem{RelatedKind::Link, QStringLiteral("Change request CR-4471"), QString(),
                             QStringLiteral("https://tickets.example.com/CR-4471")};
    c.related << RelatedItem{RelatedKind::Link, QStringLiteral("Checkout service runbook"), QString(),
                             QStringLiteral("https://wiki.example.com/checkout/runbook")};
    return c;
}

// Bytes that look like a PNG (signature, then every byte value).
inline QByteArray binaryImage(int size = 4096)
{
    QByteArray bytes = QByteArray::fromHex("89504e470d0a1a0a");
    for (int i = 0; bytes.size() < size; ++i)
        bytes.append(char((i * 37 + 11) & 0xff));
    bytes[20] = '\0';
    return bytes;
}

// Every field set, every kind of value: unset severity, unknown customers,
// approximate entries, ties in the timeline, text in many scripts.
inline Coe richCoe()
{
    Coe c;
    c.uuid = QUuid::fromString(QStringLiteral("a1b2c3d4-0000-4000-8000-00000000beef"));
    c.title = QStringLiteral("Café crème — Ελληνικά 🚀 العربية עברית");
    c.status = Status::Approved;
    c.severity = std::nullopt;
    c.owner = QStringLiteral("Zoë Ørsted");
    c.reviewers = {QStringLiteral("Ann"), QStringLiteral("Björn"), QStringLiteral("Ann")};
    c.services = {QStringLiteral("payments-api")};
    c.tags = {QStringLiteral("tag-ß"), QStringLiteral("🙂")};
    c.createdAt = utc(QStringLiteral("2025-01-02T03:04:05.678Z"));
    c.updatedAt = utc(QStringLiteral("2025-01-03T00:00:00.001Z"));
    c.displayTimeZone = QTimeZone("Asia/Kolkata");
    c.summary =
        QStringLiteral("Line one\nLine two with **Markdown** and a quote \" and a backslash \\ and <tags>.");
    c.impact.customersAffected = std::nullopt;
    c.impact.description = QStringLiteral("Unknown number of customers.");
    c.impact.financialImpact = FinancialImpact{1234.56, QStringLiteral("EUR")};
    c.impact.slaBreached = false;
    c.impact.pillars = {Pillar::Operations, Pillar::SecurityIntegrity, Pillar::CostOptimization};
    c.impact.consequences = QStringLiteral("مرحبا بالعالم");
    c.impact.secondOrder = QStringLiteral("שלום עולם");
    c.impact.customerSentiment = QStringLiteral("😀😡");
    const QDateTime t0 = utc(QStringLiteral("2025-01-01T10:00:00.000Z"));
    c.timeline = {
        TimelineEntry{t0, QStringLiteral("first"), Milestone::Trigger, false, QStringLiteral("pager"),
                      QString()},
        TimelineEntry{t0, QStringLiteral("tie, kept in input order"), Milestone::None, true, QString(),
                      QString()},
        TimelineEntry{t0.addMSecs(1), QStringLiteral("one millisecond later"), Milestone::ImpactStart, false,
                      QString(), QStringLiteral("gap")},
        TimelineEntry{t0.addSecs(3600), QStringLiteral("approximately an hour later"), Milestone::Detected,
                      true, QStringLiteral("https://example.com/x"), QStringLiteral("nobody looked")},
        TimelineEntry{t0.addSecs(7200), QStringLiteral("Διαγνώστηκε"), Milestone::Diagnosed, false, {}, {}},
        TimelineEntry{t0.addSecs(7300), QStringLiteral("mitigated"), Milestone::Mitigated, false, {}, {}},
        TimelineEntry{t0.addSecs(9000), QStringLiteral("resolved"), Milestone::Resolved, false, {}, {}},
    };
    Metric m1;
    m1.name = QStringLiteral("Errors");
    m1.role = MetricRole::Impact;
    m1.description = QStringLiteral("5xx per minute");
    m1.sourceUrl = QStringLiteral("https://dashboards.example.com/errors");
    m1.images = {MetricImage{QStringLiteral("a.png"), QStringLiteral("image/png"), binaryImage(5000),
                             QStringLiteral("first image")},
                 MetricImage{QStringLiteral("b.svg"), QStringLiteral("image/svg+xml"),
                             QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), QString()},
                 MetricImage{QStringLiteral("empty.jpg"), QStringLiteral("image/jpeg"), QByteArray(""),
                             QStringLiteral("no bytes")}};
    Metric m2;
    m2.name = QStringLiteral("No role, no images");
    c.metrics = {m1, m2};
    c.questions = {
        Question{QuestionArea::Prevention, QStringLiteral("How?"), QStringLiteral("Like **this**.")},
        Question{QuestionArea::Detection, QStringLiteral("When?"), QString()},
        Question{QuestionArea::Mitigation, QStringLiteral("Who?"), QStringLiteral("Us")},
        Question{QuestionArea::Diagnosis, QStringLiteral("Why?"), QStringLiteral("Because")}};
    c.problem = QStringLiteral("The problem, with a tab\tand a NUL-free ending.");
    c.whys = {
        WhyStep{QStringLiteral("w1"), QString(), QStringLiteral("Why 1?"), QStringLiteral("B1"), false,
                false},
        WhyStep{QStringLiteral("w2"), QStringLiteral("w1"), QStringLiteral("Why 2?"), QStringLiteral("B2"),
                true, true},
        WhyStep{QStringLiteral("w3"), QStringLiteral("missing-parent"), QString(), QString(), false, true}};
    ActionItem a1;
    a1.id = QStringLiteral("a1");
    a1.title = QStringLiteral("Fix it");
    a1.description = QStringLiteral("Do *the* thing");
    a1.priority = Priority::Low;
    a1.owner = QStringLiteral("Łukasz");
    a1.due = QDate(2025, 2, 28);
    a1.status = ActionStatus::WontDo;
    a1.kind = ActionKind::Other;
    a1.whys = {QStringLiteral("w2"), QStringLiteral("w1")};
    a1.link = QStringLiteral("https://tickets.example.com/1");
    ActionItem a2;
    a2.id = QStringLiteral("a2");
    a2.title = QStringLiteral("No due date, no priority, no kind");
    c.actionItems = {a1, a2};
    c.related = {RelatedItem{RelatedKind::Coe, QStringLiteral("Earlier COE"),
                             QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11"), QString()},
                 RelatedItem{RelatedKind::Link, QStringLiteral("Runbook"), QString(),
                             QStringLiteral("https://wiki.example.com/r?a=1&b=2")}};
    return c;
}

// Compares every field with QCOMPARE; the caller checks QTest::currentTestFailed().
inline void compareEveryField(const Coe& a, const Coe& b)
{
    QCOMPARE(a.uuid, b.uuid);
    QCOMPARE(a.title, b.title);
    QCOMPARE(toString(a.status), toString(b.status));
    QCOMPARE(a.severity, b.severity);
    QCOMPARE(a.owner, b.owner);
    QCOMPARE(a.reviewers, b.reviewers);
    QCOMPARE(a.services, b.services);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.displayTimeZone.id(), b.displayTimeZone.id());
    QCOMPARE(a.summary, b.summary);
    QCOMPARE(a.impact.customersAffected, b.impact.customersAffected);
    QCOMPARE(a.impact.description, b.impact.description);
    QVERIFY(a.impact.financialImpact == b.impact.financialImpact);
    QCOMPARE(a.impact.slaBreached, b.impact.slaBreached);
    QVERIFY(a.impact.pillars == b.impact.pillars);
    QCOMPARE(a.impact.consequences, b.impact.consequences);
    QCOMPARE(a.impact.secondOrder, b.impact.secondOrder);
    QCOMPARE(a.impact.customerSentiment, b.impact.customerSentiment);
    QCOMPARE(a.timeline.size(), b.timeline.size());
    for (int i = 0; i < a.timeline.size(); ++i) {
        QCOMPARE(a.timeline[i].at, b.timeline[i].at);
        QCOMPARE(a.timeline[i].text, b.timeline[i].text);
        QCOMPARE(toString(a.timeline[i].milestone), toString(b.timeline[i].milestone));
        QCOMPARE(a.timeline[i].approximate, b.timeline[i].approximate);
        QCOMPARE(a.timeline[i].source, b.timeline[i].source);
        QCOMPARE(a.timeline[i].gapExplanation, b.timeline[i].gapExplanation);
    }
    QCOMPARE(a.metrics.size(), b.metrics.size());
    for (int i = 0; i < a.metrics.size(); ++i) {
        QCOMPARE(a.metrics[i].name, b.metrics[i].name);
        QCOMPARE(toString(a.metrics[i].role), toString(b.metrics[i].role));
        QCOMPARE(a.metrics[i].description, b.metrics[i].description);
        QCOMPARE(a.metrics[i].sourceUrl, b.metrics[i].sourceUrl);
        QCOMPARE(a.metrics[i].images.size(), b.metrics[i].images.size());
        for (int j = 0; j < a.metrics[i].images.size(); ++j) {
            QCOMPARE(a.metrics[i].images[j].fileName, b.metrics[i].images[j].fileName);
            QCOMPARE(a.metrics[i].images[j].mediaType, b.metrics[i].images[j].mediaType);
            QCOMPARE(a.metrics[i].images[j].data, b.metrics[i].images[j].data);
            QCOMPARE(a.metrics[i].images[j].caption, b.metrics[i].images[j].caption);
        }
    }
    QVERIFY(a.questions == b.questions);
    QCOMPARE(a.problem, b.problem);
    QVERIFY(a.whys == b.whys);
    QCOMPARE(a.actionItems.size(), b.actionItems.size());
    for (int i = 0; i < a.actionItems.size(); ++i) {
        QCOMPARE(a.actionItems[i].due, b.actionItems[i].due);
        QCOMPARE(a.actionItems[i].whys, b.actionItems[i].whys);
        QVERIFY(a.actionItems[i] == b.actionItems[i]);
    }
    QVERIFY(a.related == b.related);
    QVERIFY(a.sameContent(b));
}

// A copy of a fixture in `dir`, writable, so a test never changes tests/data.
inline QString copyFixture(const QTemporaryDir& dir, const QString& fixture, const QString& sourcePath)
{
    const QString target = dir.filePath(fixture);
    QFile::remove(target);
    if (!QFile::copy(sourcePath, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return target;
}

} // namespace hindsight::test

// compareEveryField, returning from the test function at the first difference.
#define COMPARE_EVERY_FIELD(a, b)                                                                            \
    do {                                                                                                     \
        hindsight::test::compareEveryField(a, b);                                                            \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)
