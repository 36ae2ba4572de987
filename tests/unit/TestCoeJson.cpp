// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "exchange/CoeJson.h"
#include "report/DisplayNames.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// QCOMPARE cannot print the domain enums: argument-dependent lookup picks
// hindsight::toString (a QString) over QTest::toString. Compare spellings.
#define COMPARE_ENUM(actual, expected) QCOMPARE(hindsight::toString(actual), hindsight::toString(expected))

using namespace hindsight;
using namespace hindsight::exchange;

namespace {

QByteArray minimal(const QByteArray& extraMembers = {})
{
    QByteArray doc = R"({"format": "coe", "format_version": 1, "title": "Minimal")";
    if (!extraMembers.isEmpty())
        doc += ", " + extraMembers;
    return doc + "}";
}

QString utc(const QString& instant)
{
    return CoeJson::formatInstant(CoeJson::parseInstant(instant));
}

// Rewrites every instant of a parsed document in its UTC form, so documents
// that differ only in the offset an instant was written with compare equal.
QJsonObject normalised(QJsonObject doc)
{
    for (const char* key : {"created_at", "updated_at"})
        if (doc.contains(QLatin1String(key)))
            doc[QLatin1String(key)] = utc(doc[QLatin1String(key)].toString());
    QJsonArray timeline = doc[QLatin1String("timeline")].toArray();
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        QJsonObject entry = timeline[i].toObject();
        entry[QLatin1String("at")] = utc(entry[QLatin1String("at")].toString());
        timeline[i] = entry;
    }
    if (doc.contains(QLatin1String("timeline")))
        doc[QLatin1String("timeline")] = timeline;
    return doc;
}

QJsonObject parsed(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QString describe(const QList<JsonDiagnostic>& diagnostics)
{
    QStringList lines;
    for (const JsonDiagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QStringList paths(const QList<JsonDiagnostic>& diagnostics)
{
    QStringList out;
    for (const JsonDiagnostic& d : diagnostics)
        out << d.path;
    return out;
}

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestCoeJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripExamples_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(test::dataPath(QString()))
                                      .entryList({QStringLiteral("*.coe.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void roundTripExamples()
    {
        QFETCH(QString, file);
        const QByteArray input = test::readData(file);
        const JsonReadResult first = CoeJson::read(input);
        QVERIFY2(first.ok(), qPrintable(describe(first.errors)));
        QVERIFY2(first.warnings.isEmpty(), qPrintable(describe(first.warnings)));
        QVERIFY(!first.uuidGenerated);

        const QByteArray output = CoeJson::write(first.coe);
        QCOMPARE(QJsonDocument(normalised(parsed(output))), QJsonDocument(normalised(parsed(input))));
        QCOMPARE(QJsonDocument(CoeJson::toJson(first.coe)), QJsonDocument(parsed(output)));

        const JsonReadResult second = CoeJson::read(output);
        QVERIFY2(second.ok(), qPrintable(describe(second.errors)));
        QVERIFY(second.coe.sameContent(first.coe));
        QCOMPARE(CoeJson::write(second.coe), output); // stable bytes
    }

    void writtenBytesMatchTheExample()
    {
        // The example is written in the format's key order with two-space
        // indentation: what we write is the same file, byte for byte.
        const QByteArray input = test::readData(QStringLiteral("checkout-config-rollout.coe.json"));
        const JsonReadResult r = CoeJson::read(input);
        QVERIFY(r.ok());
        const QByteArray output = CoeJson::write(r.coe);
        QVERIFY(output.startsWith("{\n  \"format\": \"coe\",\n  \"format_version\": 1,\n  \"uuid\": "));
        QCOMPARE(output.trimmed(), input.trimmed());
    }

    void readsEveryField()
    {
        const JsonReadResult r =
            CoeJson::read(test::readData(QStringLiteral("checkout-config-rollout.coe.json")));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        const Coe& c = r.coe;
        QCOMPARE(c.uuid, QUuid(QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11")));
        QCOMPARE(c.title, QStringLiteral("Checkout API returned HTTP 503 after a configuration rollout"));
        COMPARE_ENUM(c.status, Status::InReview);
        QCOMPARE(c.severity, std::optional<int>(2));
        QCOMPARE(c.owner, QStringLiteral("Dana Ortiz"));
        QCOMPARE(c.reviewers, (QStringList{QStringLiteral("Sam Lee"), QStringLiteral("Priya Natarajan")}));
        QCOMPARE(c.services.size(), 2);
        QCOMPARE(c.tags.last(), QStringLiteral("payments"));
        QCOMPARE(c.createdAt, at(2024, 3, 8, 16, 0));
        QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(c.updatedAt, at(2024, 3, 11, 9, 30));
        QCOMPARE(c.displayTimeZone.id(), QByteArray("America/Bogota"));
        QVERIFY(c.summary.contains(QStringLiteral("*\"Something went wrong\"*")));

        QCOMPARE(c.impact.customersAffected, std::optional<qint64>(41200));
        QVERIFY(c.impact.financialImpact.has_value());
        QCOMPARE(c.impact.financialImpact->amount, 183000.0);
        QCOMPARE(c.impact.financialImpact->currency, QStringLiteral("USD"));
        QCOMPARE(c.impact.slaBreached, std::optional<bool>(true));
        QVERIFY(c.impact.pillars ==
                (QList<Pillar>{Pillar::Reliability, Pillar::PerformanceEfficiency, Pillar::Operations}));
        QVERIFY(c.impact.secondOrder.startsWith(QStringLiteral("Payment retries")));
        QVERIFY(c.impact.customerSentiment.contains(QStringLiteral("410/hour")));

        QCOMPARE(c.timeline.size(), 12);
        QCOMPARE(c.timeline[0].at, at(2024, 3, 7, 13, 55));
        COMPARE_ENUM(c.timeline[0].milestone, Milestone::Trigger);
        QCOMPARE(c.timeline[0].source, QStringLiteral("https://tickets.example.com/CR-4471"));
        COMPARE_ENUM(c.timeline[1].milestone, Milestone::None);
        QVERIFY(!c.timeline[1].approximate);
        COMPARE_ENUM(c.timeline[3].milestone, Milestone::Detected);
        QVERIFY(c.timeline[3].gapExplanation.startsWith(QStringLiteral("The error-rate alarm")));
        COMPARE_ENUM(c.timeline[10].milestone, Milestone::Resolved);

        QCOMPARE(c.metrics.size(), 3);
        COMPARE_ENUM(c.metrics[0].role, MetricRole::Impact);
        QCOMPARE(c.metrics[0].sourceUrl, QStringLiteral("https://dashboards.example.com/d/checkout-errors"));
        QCOMPARE(c.metrics[0].images.size(), 1);
        const MetricImage& image = c.metrics[0].images[0];
        QCOMPARE(image.fileName, QStringLiteral("error-rate.png"));
        QCOMPARE(image.mediaType, QStringLiteral("image/png"));
        QCOMPARE(image.caption, QStringLiteral("5xx rate, 13:30-16:00 UTC"));
        QVERIFY(image.data.startsWith("\x89PNG\r\n\x1a\n")); // decoded bytes, not base64
        QCOMPARE(image.data.right(8), QByteArray("IEND\xae\x42\x60\x82"));
        COMPARE_ENUM(c.metrics[1].role, MetricRole::Detection);
        QVERIFY(c.metrics[1].images.isEmpty());
        COMPARE_ENUM(c.metrics[2].role, MetricRole::Monitoring);

        QCOMPARE(c.questions.size(), 10);
        COMPARE_ENUM(c.questions[3].area, QuestionArea::Diagnosis);
        COMPARE_ENUM(c.questions[9].area, QuestionArea::Prevention);
        QCOMPARE(c.questions[6].answer, QStringLiteral("15:11 UTC."));

        QVERIFY(c.problem.startsWith(QStringLiteral("Checkout requests in the EU")));
        QCOMPARE(c.whys.size(), 6);
        QCOMPARE(c.whys[0].id, QStringLiteral("w1"));
        QVERIFY(c.whys[0].parentId.isEmpty());
        QCOMPARE(c.whys[5].parentId, QStringLiteral("w1"));
        QVERIFY(c.whys[2].humanError);
        QVERIFY(!c.whys[2].rootCause);
        QVERIFY(c.whys[4].rootCause);
        QVERIFY(!c.whys[4].humanError);
        QVERIFY(c.whys[5].rootCause);

        QCOMPARE(c.actionItems.size(), 6);
        const ActionItem& a1 = c.actionItems[0];
        QCOMPARE(a1.id, QStringLiteral("a1"));
        COMPARE_ENUM(a1.priority, Priority::High);
        QCOMPARE(a1.due, QDate(2024, 3, 21));
        COMPARE_ENUM(a1.status, ActionStatus::InProgress);
        COMPARE_ENUM(a1.kind, ActionKind::Prevent);
        QCOMPARE(a1.whys, QStringList{QStringLiteral("w4")});
        QCOMPARE(a1.link, QStringLiteral("https://tickets.example.com/CHK-1201"));
        QCOMPARE(c.actionItems[2].whys, (QStringList{QStringLiteral("w2"), QStringLiteral("w3")}));
        COMPARE_ENUM(c.actionItems[2].status, ActionStatus::Done);
        QCOMPARE(c.actionItems[2].due, QDate(2024, 3, 15));
        COMPARE_ENUM(c.actionItems[3].kind, ActionKind::Detect);
        QVERIFY(c.actionItems[4].whys.isEmpty());
        QVERIFY(c.actionItems[4].link.isEmpty());
        COMPARE_ENUM(c.actionItems[5].priority, Priority::Low);
        COMPARE_ENUM(c.actionItems[5].kind, ActionKind::Mitigate);

        QCOMPARE(c.related.size(), 2);
        COMPARE_ENUM(c.related[0].kind, RelatedKind::Link);
        QCOMPARE(c.related[0].url, QStringLiteral("https://tickets.example.com/CR-4471"));
        QVERIFY(c.related[0].uuid.isEmpty());
    }

    void defaultsForAbsentKeys()
    {
        const JsonReadResult r = CoeJson::read(minimal());
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        COMPARE_ENUM(r.coe.status, Status::Draft);
        QCOMPARE(r.coe.displayTimeZone, QTimeZone::utc());
        QVERIFY(!r.coe.severity);
        QVERIFY(!r.coe.impact.customersAffected);
        QVERIFY(!r.coe.impact.slaBreached);
        QVERIFY(!r.coe.impact.financialImpact);
        QVERIFY(!r.coe.createdAt.isValid());
        QVERIFY(r.coe.timeline.isEmpty());
    }

    void missingUuidGeneratesOne()
    {
        const JsonReadResult r = CoeJson::read(minimal());
        QVERIFY(r.ok());
        QVERIFY(r.uuidGenerated);
        QVERIFY(!r.coe.uuid.isNull());
        QCOMPARE(r.coe.uuid.version(), QUuid::Random);
        QVERIFY(paths(r.warnings).contains(QStringLiteral("$.uuid")));
        const JsonReadResult again = CoeJson::read(minimal());
        QVERIFY(again.coe.uuid != r.coe.uuid);

        const JsonReadResult given =
            CoeJson::read(minimal(R"("uuid": "3F0C6A9E-2B7D-4C1E-9A55-0D2F7B8E4C11")"));
        QVERIFY(given.ok());
        QVERIFY(!given.uuidGenerated);
        QCOMPARE(given.coe.uuid, QUuid(QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11")));
    }

    void unknownKeysAreWarningsWithPaths()
    {
        const JsonReadResult r = CoeJson::read(minimal(
            R"("colour": "red", "impact": {"pillars": [], "mood": 3, "financial_impact": {"amount": 1,
               "currency": "EUR", "fx": 1.1}},
               "timeline": [{"at": "2024-03-07T14:05:00Z", "text": "x"},
                            {"at": "2024-03-07T14:06:00Z", "text": "y", "who": "me"}],
               "metrics": [{"name": "m", "images": [{"media_type": "image/png", "data_base64": "", "dpi": 2}]}],
               "whys": [{"id": "w1", "why": "?", "odd key": true}],
               "action_items": [{"title": "t", "extra": null}],
               "related": [{"kind": "coe", "title": "r", "uuid": "x", "z": 0}],
               "questions": [{"area": "detection", "question": "q", "hint": ""}])"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        const QStringList warned = paths(r.warnings);
        for (const char* expected :
             {"$.colour", "$.impact.mood", "$.impact.financial_impact.fx", "$.timeline[1].who",
              "$.metrics[0].images[0].dpi", "$.whys[0]['odd key']", "$.action_items[0].extra",
              "$.related[0].z", "$.questions[0].hint"})
            QVERIFY2(warned.contains(QLatin1String(expected)), expected);
        QCOMPARE(r.warnings.size(), 10); // the nine above and the generated uuid
        QCOMPARE(r.coe.impact.financialImpact->currency, QStringLiteral("EUR"));
        QCOMPARE(r.coe.actionItems[0].id, QStringLiteral("a1")); // a missing action id is made
    }

    void unicodeRoundTrips()
    {
        const QString title = QStringLiteral("Café — Ελληνικά 🚒 العربية עברית");
        const QString summary = QStringLiteral(
            "naïve résumé 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍💻🏳️‍🌈 \"quoted\" \\ tab\t"
            "nl\n ctrl\x01 <script>&amp;</script>");
        Coe coe = makeNewCoe(title);
        coe.summary = summary;
        coe.owner = QStringLiteral("Zoë Ångström");
        coe.tags = {QStringLiteral("שלום"), QStringLiteral("مرحبا"), QStringLiteral("😀")};
        TimelineEntry e;
        e.at = at(2024, 3, 7, 14, 5);
        e.text = QStringLiteral("Ο χρήστης είδε σφάλμα ⚠️");
        coe.timeline << e;

        const QByteArray bytes = CoeJson::write(coe);
        QVERIFY(bytes.contains(title.toUtf8())); // written as UTF-8, not \u escapes
        QVERIFY(bytes.contains("\\u0001"));
        const JsonReadResult r = CoeJson::read(bytes);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.coe.title, title);
        QCOMPARE(r.coe.summary, summary);
        QCOMPARE(r.coe.owner, coe.owner);
        QCOMPARE(r.coe.tags, coe.tags);
        QCOMPARE(r.coe.timeline[0].text, e.text);
        QVERIFY(r.coe.sameContent(coe));

        // 300 characters is measured in characters: 300 emoji are allowed
        QString emoji;
        for (int i = 0; i < 300; ++i)
            emoji += QStringLiteral("🔥");
        const JsonReadResult long300 =
            CoeJson::read(minimal().replace("\"Minimal\"", '"' + emoji.toUtf8() + '"'));
        QVERIFY2(long300.ok(), qPrintable(describe(long300.errors)));
        QCOMPARE(long300.coe.title, emoji);
    }

    void offsetInstantsAreStoredInUtc()
    {
        const JsonReadResult r = CoeJson::read(minimal(
            R"("created_at": "2024-03-07T06:05:00-08:00", "updated_at": "2024-03-07T15:35+01:30",
               "timeline": [{"at": "2024-03-07T06:05:00-08:00", "text": "a"},
                            {"at": "2024-03-07T14:05:00.250Z", "text": "b"},
                            {"at": "2024-03-07T14:05:00.1230+00:00", "text": "c"}])"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.coe.createdAt, at(2024, 3, 7, 14, 5));
        QCOMPARE(r.coe.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(r.coe.createdAt.time(), QTime(14, 5));
        QCOMPARE(r.coe.updatedAt, at(2024, 3, 7, 14, 5));
        QCOMPARE(r.coe.timeline[0].at.time(), QTime(14, 5));
        QCOMPARE(r.coe.timeline[0].at.timeSpec(), Qt::UTC);
        QCOMPARE(r.coe.timeline[1].at.time(), QTime(14, 5, 0, 123));
        QCOMPARE(r.coe.timeline[2].at.time(), QTime(14, 5, 0, 250));

        const QJsonObject written = CoeJson::toJson(r.coe);
        QCOMPARE(written[QLatin1String("created_at")].toString(), QStringLiteral("2024-03-07T14:05:00Z"));
        const QJsonArray timeline = written[QLatin1String("timeline")].toArray();
        QCOMPARE(timeline[1].toObject()[QLatin1String("at")].toString(),
                 QStringLiteral("2024-03-07T14:05:00.123Z"));

        QCOMPARE(CoeJson::formatInstant(QDateTime(QDate(2024, 1, 1), QTime(0, 30), QTimeZone(3600))),
                 QStringLiteral("2023-12-31T23:30:00Z"));
        QString why;
        QVERIFY(!CoeJson::parseInstant(u"2024-03-07T14:05:00", &why).isValid());
        QVERIFY(why.contains(QStringLiteral("offset")));
        QVERIFY(!CoeJson::parseInstant(u"2024-03-07 14:05:00Z").isValid());
        QVERIFY(!CoeJson::parseInstant(u"2024-03-07T24:00:00Z").isValid());
        QVERIFY(!CoeJson::parseInstant(u"2024-03-07T14:05:00+24:00").isValid());
        QVERIFY(!CoeJson::parseInstant(u"2024-03-07t14:05:00z").isValid());
        QCOMPARE(CoeJson::parseInstant(u"2024-12-31T23:30:00-01:00"), at(2025, 1, 1, 0, 30));
    }

    void timelineIsSortedWithStableTies()
    {
        const JsonReadResult r = CoeJson::read(minimal(
            R"("timeline": [{"at": "2024-03-07T15:00:00Z", "text": "late"},
                            {"at": "2024-03-07T14:00:00Z", "text": "tie 1"},
                            {"at": "2024-03-07T16:00:00+02:00", "text": "tie 2 at 14:00Z"},
                            {"at": "2024-03-07T13:00:00Z", "text": "early", "milestone": "trigger"},
                            {"at": "2024-03-07T14:00Z", "text": "tie 3"}])"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QStringList order;
        for (const TimelineEntry& e : r.coe.timeline)
            order << e.text;
        QCOMPARE(order, (QStringList{QStringLiteral("early"), QStringLiteral("tie 1"),
                                     QStringLiteral("tie 2 at 14:00Z"), QStringLiteral("tie 3"),
                                     QStringLiteral("late")}));
        COMPARE_ENUM(r.coe.timeline[0].milestone, Milestone::Trigger);
    }

    void writerOmitsAbsentOptionalValues()
    {
        Coe coe = makeNewCoe(QStringLiteral("t"));
        TimelineEntry e;
        e.at = at(2024, 3, 7, 14, 5);
        e.text = QStringLiteral("x");
        coe.timeline << e;
        WhyStep w;
        w.id = QStringLiteral("w1");
        w.why = QStringLiteral("why?");
        coe.whys << w;
        ActionItem a;
        a.id = QStringLiteral("a1");
        a.title = QStringLiteral("do");
        coe.actionItems << a;
        RelatedItem rel;
        rel.title = QStringLiteral("l");
        rel.url = QStringLiteral("https://example.com");
        coe.related << rel;
        Metric m;
        m.name = QStringLiteral("m");
        m.images << MetricImage{QString(), QStringLiteral("image/png"), QByteArray("\0\1\2", 3), QString()};
        coe.metrics << m;

        const QJsonObject o = CoeJson::toJson(coe);
        for (const char* key : {"severity"})
            QVERIFY2(!o.contains(QLatin1String(key)), key);
        for (const char* key :
             {"format",    "format_version", "uuid",     "title",      "status",     "owner",
              "reviewers", "services",       "tags",     "created_at", "updated_at", "display_time_zone",
              "summary",   "impact",         "timeline", "metrics",    "questions",  "problem",
              "whys",      "action_items",   "related"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QLatin1String("display_time_zone")].toString(), QStringLiteral("UTC"));
        const QJsonObject impact = o[QLatin1String("impact")].toObject();
        QVERIFY(!impact.contains(QLatin1String("customers_affected")));
        QVERIFY(!impact.contains(QLatin1String("financial_impact")));
        QVERIFY(!impact.contains(QLatin1String("sla_breached")));
        QVERIFY(impact[QLatin1String("pillars")].isArray());
        const QJsonObject entry = o[QLatin1String("timeline")].toArray()[0].toObject();
        QCOMPARE(entry.keys(), (QStringList{QStringLiteral("at"), QStringLiteral("text")}));
        const QJsonObject why = o[QLatin1String("whys")].toArray()[0].toObject();
        QVERIFY(why[QLatin1String("parent")].isNull());
        QVERIFY(!why.contains(QLatin1String("root_cause")));
        const QJsonObject action = o[QLatin1String("action_items")].toArray()[0].toObject();
        QCOMPARE(action.keys(),
                 (QStringList{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("title")}));
        const QJsonObject related = o[QLatin1String("related")].toArray()[0].toObject();
        QVERIFY(!related.contains(QLatin1String("uuid")));
        const QJsonObject image = o[QLatin1String("metrics")]
                                      .toArray()[0]
                                      .toObject()[QLatin1String("images")]
                                      .toArray()[0]
                                      .toObject();
        QCOMPARE(image[QLatin1String("data_base64")].toString(), QStringLiteral("AAEC"));
        QVERIFY(!image.contains(QLatin1String("file_name")));
        QVERIFY(!image.contains(QLatin1String("caption")));

        // and what is written reads back as the same COE
        const JsonReadResult back = CoeJson::read(CoeJson::write(coe));
        QVERIFY2(back.ok(), qPrintable(describe(back.errors)));
        QCOMPARE(back.coe.metrics, coe.metrics);
        QCOMPARE(back.coe.whys, coe.whys);
        QCOMPARE(back.coe.actionItems, coe.actionItems);
        QCOMPARE(back.coe.related, coe.related);
        QCOMPARE(back.coe.timeline, coe.timeline);
        QCOMPARE(back.coe.createdAt, coe.createdAt);
    }

    void explicitNullsAreUnknown()
    {
        const JsonReadResult r = CoeJson::read(
            minimal(R"("impact": {"customers_affected": null, "financial_impact": null, "sla_breached": null},
                       "whys": [{"id": "w1", "parent": null, "why": "?"}])"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(!r.coe.impact.customersAffected);
        QVERIFY(!r.coe.impact.financialImpact);
        QVERIFY(!r.coe.impact.slaBreached);
        const JsonReadResult zero =
            CoeJson::read(minimal(R"("impact": {"customers_affected": 0, "sla_breached": false,
                                  "financial_impact": {"amount": 0.5, "currency": "EUR"}}, "severity": 5)"));
        QVERIFY2(zero.ok(), qPrintable(describe(zero.errors)));
        QCOMPARE(zero.coe.impact.customersAffected, std::optional<qint64>(0));
        QCOMPARE(zero.coe.impact.slaBreached, std::optional<bool>(false));
        QCOMPARE(zero.coe.severity, std::optional<int>(5));
        const QJsonObject impact = CoeJson::toJson(zero.coe)[QLatin1String("impact")].toObject();
        QCOMPARE(impact[QLatin1String("customers_affected")].toInteger(-1), 0);
        QCOMPARE(impact[QLatin1String("sla_breached")], QJsonValue(false));
        QCOMPARE(impact[QLatin1String("financial_impact")].toObject()[QLatin1String("amount")].toDouble(),
                 0.5);
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const JsonReadResult r =
            CoeJson::readFile(test::dataPath(QStringLiteral("checkout-config-rollout.coe.json")));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        const QString path = dir.filePath(QStringLiteral("out.coe.json"));
        QString error;
        QVERIFY2(CoeJson::writeFile(r.coe, path, &error), qPrintable(error));
        const JsonReadResult back = CoeJson::readFile(path);
        QVERIFY2(back.ok(), qPrintable(describe(back.errors)));
        QVERIFY(back.coe.sameContent(r.coe));

        QVERIFY(!CoeJson::writeFile(r.coe, dir.filePath(QStringLiteral("no/such/dir/x.coe.json")), &error));
        QVERIFY(!error.isEmpty());
        const JsonReadResult missing = CoeJson::readFile(dir.filePath(QStringLiteral("absent.coe.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errors[0].path, QStringLiteral("$"));
    }

    void diagnosticText()
    {
        const JsonDiagnostic onPath{QStringLiteral("$.timeline[3].at"), 0, 0, QStringLiteral("bad")};
        QCOMPARE(onPath.toString(QStringLiteral("f.coe.json")),
                 QStringLiteral("f.coe.json: $.timeline[3].at: bad"));
        const JsonDiagnostic onLine{QStringLiteral("$"), 12, 5, QStringLiteral("bad")};
        QCOMPARE(onLine.toString(QStringLiteral("f.coe.json")), QStringLiteral("f.coe.json:12:5: bad"));
        QCOMPARE(onLine.toString(), QStringLiteral("12:5: bad"));
    }

    // A nil uuid identifies nothing: it is treated like a missing one.
    void nilUuidIsReplaced()
    {
        const JsonReadResult r = CoeJson::read(minimal(R"("uuid": "00000000-0000-0000-0000-000000000000")"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(!r.coe.uuid.isNull());
        QVERIFY(r.uuidGenerated);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().path, QStringLiteral("$.uuid"));
    }

    // Noncharacters are characters: JSON read and write keep them.
    void noncharactersSurviveJson()
    {
        const QString text = QStringLiteral("a") + QChar(0xFFFE) + QChar(0xFFFF) + QStringLiteral("b");
        const JsonReadResult r =
            CoeJson::read(minimal(R"("summary": "a)" + text.mid(1).toUtf8() + R"(", "owner": "\ufffe")"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.coe.summary, text);
        QCOMPARE(r.coe.owner, QString(QChar(0xFFFE)));
        const JsonReadResult back = CoeJson::read(CoeJson::write(r.coe));
        QCOMPARE(back.coe.summary, text);
        QCOMPARE(back.coe.owner, r.coe.owner);
    }

    // Every amount the reader accepts formats without a cast out of range;
    // and amounts beyond it (made in code, not read) do too.
    void financialAmountsFormat_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << 0.0 << QStringLiteral("0 EUR");
        QTest::newRow("fraction") << 12.5 << QStringLiteral("12.50 EUR");
        QTest::newRow("10^15") << 1e15 << QStringLiteral("1,000,000,000,000,000 EUR");
        QTest::newRow("-10^15") << -1e15 << QStringLiteral("-1,000,000,000,000,000 EUR");
        QTest::newRow("1e20") << 1e20 << QStringLiteral("100,000,000,000,000,000,000 EUR");
        QTest::newRow("-1e20") << -1e20 << QStringLiteral("-100,000,000,000,000,000,000 EUR");
    }
    void financialAmountsFormat()
    {
        QFETCH(double, amount);
        QFETCH(QString, expected);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(report::formatFinancialImpact(FinancialImpact{amount, QStringLiteral("EUR")}, english),
                 expected);
        if (amount >= 0 && amount <= CoeJson::kMaxAmount) {
            const JsonReadResult r =
                CoeJson::read(minimal(R"("impact": {"financial_impact": {"amount": )" +
                                      QByteArray::number(amount, 'f', 2) + R"(, "currency": "EUR"}})"));
            QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
            QCOMPARE(report::formatFinancialImpact(r.coe.impact.financialImpact, english), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCoeJson)
#include "TestCoeJson.moc"
