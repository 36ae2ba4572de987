// SPDX-License-Identifier: MIT
#pragma once

// COEs and files shared by the storage tests (header only: one test class per
// executable, each includes what it needs).

#include "ExampleCoe.h"
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

// exampleCoe(): tests/support/ExampleCoe.h, shared with the other tests; it is also
// the content of the fixture tests/data/archive-v1.sqlite.

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
        QCOMPARE(a.timeline[i].highlight, b.timeline[i].highlight);
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
        QCOMPARE(a.metrics[i].series.size(), b.metrics[i].series.size()); // format 1.1
        for (int j = 0; j < a.metrics[i].series.size(); ++j) {
            QCOMPARE(a.metrics[i].series[j].name, b.metrics[i].series[j].name);
            QCOMPARE(a.metrics[i].series[j].unit, b.metrics[i].series[j].unit);
            QVERIFY(a.metrics[i].series[j].points == b.metrics[i].series[j].points);
        }
        QVERIFY(a.metrics[i].threshold == b.metrics[i].threshold);
        QCOMPARE(a.metrics[i].window.from, b.metrics[i].window.from);
        QCOMPARE(a.metrics[i].window.to, b.metrics[i].window.to);
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
    QCOMPARE(a.review.approvedAt, b.review.approvedAt);
    QCOMPARE(a.review.approvedBy, b.review.approvedBy);
    QCOMPARE(a.review.approvedVersion, b.review.approvedVersion);
    QVERIFY(a.review.meetings == b.review.meetings);
    QVERIFY(a.review.comments == b.review.comments);
    QVERIFY(a.review.questions == b.review.questions);
    QCOMPARE(a.templateName, b.templateName);
    QCOMPARE(toString(a.detection.source), toString(b.detection.source));
    QCOMPARE(a.detection.description, b.detection.description);
    QCOMPARE(a.factors.size(), b.factors.size());
    for (int i = 0; i < a.factors.size(); ++i) {
        QCOMPARE(a.factors[i].id, b.factors[i].id);
        QCOMPARE(a.factors[i].category, b.factors[i].category);
        QCOMPARE(a.factors[i].description, b.factors[i].description);
        QCOMPARE(a.factors[i].whys, b.factors[i].whys);
    }
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
