// SPDX-License-Identifier: MIT
#include "exchange/CoeJson.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

using namespace hindsight;
using namespace hindsight::exchange;

namespace {

using Members = QList<std::pair<QByteArray, QByteArray>>; // key, raw JSON value

// A valid document with some members replaced (same key) or added; a null
// value (QByteArray()) removes the key.
QByteArray doc(const Members& changes = {})
{
    Members members{{"format", R"("coe")"},
                    {"format_version", "1"},
                    {"uuid", R"("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11")"},
                    {"title", R"("A title")"}};
    for (const auto& [key, value] : changes) {
        auto it = std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.first == key; });
        if (it != members.end() && value.isNull())
            members.erase(it);
        else if (it != members.end())
            it->second = value;
        else
            members.append({key, value});
    }
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < members.size(); ++i)
        out +=
            "  \"" + members[i].first + "\": " + members[i].second + (i + 1 < members.size() ? ",\n" : "\n");
    return out + "}\n";
}

QByteArray quotedRepeat(char c, qsizetype n)
{
    return '"' + QByteArray(n, c) + '"';
}

QByteArray timelineOf(int entries)
{
    QByteArray out = "[";
    for (int i = 0; i < entries; ++i)
        out += QByteArray(i ? "," : "") + R"({"at":"2024-03-07T14:05:00Z","text":"e"})";
    return out + "]";
}

// One chain `depth` steps deep, then `flat` top-level steps.
QByteArray whysOf(int depth, int flat = 0)
{
    QByteArray out = "[";
    for (int i = 0; i < depth + flat; ++i) {
        const QByteArray parent = i == 0 || i >= depth ? "null" : "\"w" + QByteArray::number(i - 1) + '"';
        out += QByteArray(i ? "," : "") + R"({"id":"w)" + QByteArray::number(i) + R"(","parent":)" + parent +
               R"(,"why":"x"})";
    }
    return out + "]";
}

const QByteArray kWhysChain =
    R"([{"id": "w1", "parent": null, "why": "a"}, {"id": "w2", "parent": "w1", "why": "b"}])";

QString describe(const QList<JsonDiagnostic>& diagnostics)
{
    QStringList lines;
    for (const JsonDiagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace

class TestCoeJsonMalformed : public QObject
{
    Q_OBJECT
private slots:
    void baseDocumentIsValid()
    {
        const JsonReadResult r = CoeJson::read(doc());
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(r.warnings.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line"); // of the diagnostic at `path`; 0: not a syntax error

        // syntax, encoding, shape
        QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"coe\",\n  \"title\": \"Half a ti") << "$"
                                   << 3;
        QTest::newRow("truncated after a comma") << doc().left(doc().indexOf("\"uuid\"")) << "$" << 4;
        QTest::newRow("trailing garbage") << doc() + "}"
                                          << "$" << 7;
        QTest::newRow("missing comma") << QByteArray("{\"format\": \"coe\"\n\"title\": \"x\"}") << "$" << 2;
        QTest::newRow("empty file") << QByteArray() << "$" << 0;
        QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << "$" << 0;
        QTest::newRow("array, not object") << QByteArray("[{\"format\": \"coe\"}]") << "$" << 0;
        QTest::newRow("string, not object") << QByteArray("\"coe\"") << "$" << 0;
        QTest::newRow("number, not object") << QByteArray("  \n 1") << "$" << 0;
        QTest::newRow("invalid UTF-8") << doc({{"summary", "\"caf\xe9 au lait\""}}) << "$" << 6;
        QTest::newRow("UTF-8 surrogate") << doc({{"owner", "\"\xed\xa0\x80\""}}) << "$" << 6;
        QTest::newRow("truncated UTF-8 at end") << QByteArray("{\"title\": \"\xe2\x82") << "$" << 1;
        QTest::newRow("5000 nested arrays in an unknown key")
            << doc({{"deep", QByteArray(5000, '[') + QByteArray(5000, ']')}}) << "$" << 6;

        // what QJsonDocument lets through but JSON does not (the summary is on line 6)
        QTest::newRow("raw NUL in a string") << doc({{"summary", QByteArray("\"a\0b\"", 5)}}) << "$" << 6;
        QTest::newRow("raw tab in a string") << doc({{"summary", "\"a\tb\""}}) << "$" << 6;
        QTest::newRow("raw newline in a string") << doc({{"summary", "\"a\nb\""}}) << "$" << 6;
        QTest::newRow("raw CR in a key") << doc({{"a\rb", "1"}}) << "$" << 6;
        QTest::newRow("number 1.") << doc({{"severity", "1."}}) << "$" << 6;
        QTest::newRow("number .5") << doc({{"severity", ".5"}}) << "$" << 6;
        QTest::newRow("number +1") << doc({{"severity", "+1"}}) << "$" << 6;
        QTest::newRow("number 1.e3") << doc({{"severity", "1.e3"}}) << "$" << 6;
        QTest::newRow("number -.5") << doc({{"deep", "[-.5]"}}) << "$" << 6;
        QTest::newRow("form feed between tokens") << doc({{"severity", "\f1"}}) << "$" << 6;

        // header
        QTest::newRow("format missing") << doc({{"format", {}}}) << "$.format" << 0;
        QTest::newRow("format wrong") << doc({{"format", R"("markdown")"}}) << "$.format" << 0;
        QTest::newRow("format_version 2") << doc({{"format_version", "2"}}) << "$.format_version" << 0;
        QTest::newRow("format_version string")
            << doc({{"format_version", R"("1")"}}) << "$.format_version" << 0;
        QTest::newRow("format_version missing") << doc({{"format_version", {}}}) << "$.format_version" << 0;

        // top-level values
        QTest::newRow("title missing") << doc({{"title", {}}}) << "$.title" << 0;
        QTest::newRow("title wrong type") << doc({{"title", "42"}}) << "$.title" << 0;
        QTest::newRow("title null") << doc({{"title", "null"}}) << "$.title" << 0;
        QTest::newRow("title empty") << doc({{"title", R"("")"}}) << "$.title" << 0;
        QTest::newRow("title 301 chars") << doc({{"title", quotedRepeat('x', 301)}}) << "$.title" << 0;
        QTest::newRow("title 10 MB") << doc({{"title", quotedRepeat('x', 10 * 1024 * 1024)}}) << "$.title"
                                     << 0;
        QTest::newRow("bad uuid") << doc({{"uuid", R"("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c1")"}}) << "$.uuid"
                                  << 0;
        QTest::newRow("uuid with braces")
            << doc({{"uuid", R"("{3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11}")"}}) << "$.uuid" << 0;
        QTest::newRow("bad status") << doc({{"status", R"("done")"}}) << "$.status" << 0;
        QTest::newRow("severity 0") << doc({{"severity", "0"}}) << "$.severity" << 0;
        QTest::newRow("severity 6") << doc({{"severity", "6"}}) << "$.severity" << 0;
        QTest::newRow("severity \"2\"") << doc({{"severity", R"("2")"}}) << "$.severity" << 0;
        QTest::newRow("severity 2.5") << doc({{"severity", "2.5"}}) << "$.severity" << 0;
        QTest::newRow("severity null") << doc({{"severity", "null"}}) << "$.severity" << 0;
        QTest::newRow("reviewer not a string")
            << doc({{"reviewers", R"(["Sam", 7])"}}) << "$.reviewers[1]" << 0;
        QTest::newRow("tags not an array") << doc({{"tags", R"("a,b")"}}) << "$.tags" << 0;
        QTest::newRow("instant without offset")
            << doc({{"created_at", R"("2024-03-07T14:05:00")"}}) << "$.created_at" << 0;
        QTest::newRow("instant with space")
            << doc({{"updated_at", R"("2024-03-07 14:05:00Z")"}}) << "$.updated_at" << 0;
        QTest::newRow("instant not a date")
            << doc({{"created_at", R"("2024-02-30T10:00:00Z")"}}) << "$.created_at" << 0;
        QTest::newRow("instant with a final newline")
            << doc({{"created_at", R"("2024-03-07T14:05:00Z\n")"}}) << "$.created_at" << 0;
        QTest::newRow("instant with a final space")
            << doc({{"created_at", R"("2024-03-07T14:05:00Z ")"}}) << "$.created_at" << 0;
        QTest::newRow("instant in microseconds")
            << doc({{"updated_at", R"("2024-03-07T14:05:00.123456Z")"}}) << "$.updated_at" << 0;
        QTest::newRow("timeline instant in nanoseconds")
            << doc({{"timeline", R"([{"at": "2024-03-07T14:05:00.000000001Z", "text": "a"}])"}})
            << "$.timeline[0].at" << 0;
        QTest::newRow("uuid with a final newline")
            << doc({{"uuid", R"("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11\n")"}}) << "$.uuid" << 0;
        QTest::newRow("UTC offset as time zone")
            << doc({{"display_time_zone", R"("UTC-12:00")"}}) << "$.display_time_zone" << 0;
        QTest::newRow("UTC+05:00 as time zone")
            << doc({{"display_time_zone", R"("UTC+05:00")"}}) << "$.display_time_zone" << 0;
        QTest::newRow("POSIX rule as time zone")
            << doc({{"display_time_zone", R"("XYZ3")"}}) << "$.display_time_zone" << 0;
        QTest::newRow("unknown time zone")
            << doc({{"display_time_zone", R"("Mars/Olympus_Mons")"}}) << "$.display_time_zone" << 0;
        QTest::newRow("time zone empty")
            << doc({{"display_time_zone", R"("")"}}) << "$.display_time_zone" << 0;
        QTest::newRow("lone surrogate escape")
            << doc({{"summary", R"("broken \ud83d emoji")"}}) << "$.summary" << 0;
        QTest::newRow("lone surrogate in a tag")
            << doc({{"tags", R"(["ok", "\udc00"])"}}) << "$.tags[1]" << 0;
        QTest::newRow("summary not text") << doc({{"summary", R"({"md": "x"})"}}) << "$.summary" << 0;

        // impact
        QTest::newRow("impact not an object") << doc({{"impact", "[]"}}) << "$.impact" << 0;
        QTest::newRow("customers -1")
            << doc({{"impact", R"({"customers_affected": -1})"}}) << "$.impact.customers_affected" << 0;
        QTest::newRow("customers 1.5")
            << doc({{"impact", R"({"customers_affected": 1.5})"}}) << "$.impact.customers_affected" << 0;
        QTest::newRow("customers text")
            << doc({{"impact", R"({"customers_affected": "many"})"}}) << "$.impact.customers_affected" << 0;
        QTest::newRow("currency usd")
            << doc({{"impact", R"({"financial_impact": {"amount": 10, "currency": "usd"}})"}})
            << "$.impact.financial_impact.currency" << 0;
        QTest::newRow("currency missing") << doc({{"impact", R"({"financial_impact": {"amount": 10}})"}})
                                          << "$.impact.financial_impact.currency" << 0;
        QTest::newRow("amount negative")
            << doc({{"impact", R"({"financial_impact": {"amount": -5, "currency": "EUR"}})"}})
            << "$.impact.financial_impact.amount" << 0;
        QTest::newRow("currency with a final newline")
            << doc({{"impact", R"({"financial_impact": {"amount": 10, "currency": "USD\n"}})"}})
            << "$.impact.financial_impact.currency" << 0;
        QTest::newRow("amount 2^53+1")
            << doc({{"impact", R"({"financial_impact": {"amount": 9007199254740993, "currency": "EUR"}})"}})
            << "$.impact.financial_impact.amount" << 0;
        QTest::newRow("amount 10^15+1")
            << doc({{"impact", R"({"financial_impact": {"amount": 1000000000000001, "currency": "EUR"}})"}})
            << "$.impact.financial_impact.amount" << 0;
        QTest::newRow("amount 1e20")
            << doc({{"impact", R"({"financial_impact": {"amount": 1e20, "currency": "EUR"}})"}})
            << "$.impact.financial_impact.amount" << 0;
        QTest::newRow("financial impact a number")
            << doc({{"impact", R"({"financial_impact": 100})"}}) << "$.impact.financial_impact" << 0;
        QTest::newRow("sla_breached text")
            << doc({{"impact", R"({"sla_breached": "yes"})"}}) << "$.impact.sla_breached" << 0;
        QTest::newRow("bad pillar") << doc({{"impact", R"({"pillars": ["reliability", "speed"]})"}})
                                    << "$.impact.pillars[1]" << 0;
        QTest::newRow("duplicate pillar")
            << doc({{"impact", R"({"pillars": ["reliability", "operations", "reliability"]})"}})
            << "$.impact.pillars[2]" << 0;

        // timeline
        QTest::newRow("timeline not an array") << doc({{"timeline", "{}"}}) << "$.timeline" << 0;
        QTest::newRow("timeline entry not an object")
            << doc({{"timeline", R"(["14:05 it broke"])"}}) << "$.timeline[0]" << 0;
        QTest::newRow("missing at")
            << doc({{"timeline", R"([{"at": "2024-03-07T14:05:00Z", "text": "a"}, {"text": "b"}])"}})
            << "$.timeline[1].at" << 0;
        QTest::newRow("missing text")
            << doc({{"timeline", R"([{"at": "2024-03-07T14:05:00Z"}])"}}) << "$.timeline[0].text" << 0;
        QTest::newRow("empty text") << doc({{"timeline", R"([{"at": "2024-03-07T14:05:00Z", "text": ""}])"}})
                                    << "$.timeline[0].text" << 0;
        QTest::newRow("timeline instant without offset")
            << doc({{"timeline", R"([{"at": "2024-03-07T14:05", "text": "a"}])"}}) << "$.timeline[0].at" << 0;
        QTest::newRow("timeline instant garbage")
            << doc({{"timeline", R"([{"at": "yesterday at 3", "text": "a"}])"}}) << "$.timeline[0].at" << 0;
        QTest::newRow("timeline instant a number")
            << doc({{"timeline", R"([{"at": 1709820300, "text": "a"}])"}}) << "$.timeline[0].at" << 0;
        QTest::newRow("bad milestone")
            << doc({{"timeline", R"([{"at": "2024-03-07T14:05:00Z", "text": "a", "milestone": "started"}])"}})
            << "$.timeline[0].milestone" << 0;
        QTest::newRow("duplicate milestone")
            << doc({{"timeline", R"([{"at": "2024-03-07T14:05:00Z", "text": "a", "milestone": "detected"},
                                    {"at": "2024-03-07T14:06:00Z", "text": "b"},
                                    {"at": "2024-03-07T14:01:00Z", "text": "c", "milestone": "detected"}])"}})
            << "$.timeline[2].milestone" << 0;
        QTest::newRow("approximate as text")
            << doc({{"timeline", R"([{"at": "2024-03-07T14:05:00Z", "text": "a", "approximate": "yes"}])"}})
            << "$.timeline[0].approximate" << 0;
        QTest::newRow("100001 timeline entries")
            << doc({{"timeline", timelineOf(CoeJson::kMaxTimelineEntries + 1)}}) << "$.timeline" << 0;

        // metrics, questions, related
        QTest::newRow("metric without name")
            << doc({{"metrics", R"([{"role": "impact"}])"}}) << "$.metrics[0].name" << 0;
        QTest::newRow("bad metric role")
            << doc({{"metrics", R"([{"name": "m", "role": "vanity"}])"}}) << "$.metrics[0].role" << 0;
        QTest::newRow("bad base64")
            << doc({{"metrics",
                     R"([{"name": "m", "images": [{"media_type": "image/png", "data_base64": "iVBOR*w0K"}]}])"}})
            << "$.metrics[0].images[0].data_base64" << 0;
        QTest::newRow("base64 with non-Latin letters")
            << doc({{"metrics",
                     R"([{"name": "m", "images": [{"media_type": "image/png", "data_base64": "QUJDé"}]}])"}})
            << "$.metrics[0].images[0].data_base64" << 0;
        QTest::newRow("bad media_type")
            << doc({{"metrics",
                     R"([{"name": "m", "images": [{"media_type": "image/gif", "data_base64": "R0lG"}]}])"}})
            << "$.metrics[0].images[0].media_type" << 0;
        QTest::newRow("image without data")
            << doc({{"metrics", R"([{"name": "m", "images": [{"media_type": "image/png"}]}])"}})
            << "$.metrics[0].images[0].data_base64" << 0;
        QTest::newRow("bad question area")
            << doc({{"questions", R"([{"area": "blame", "question": "who?"}])"}}) << "$.questions[0].area"
            << 0;
        QTest::newRow("related without kind")
            << doc({{"related", R"([{"title": "x", "url": "https:\/\/e.com"}])"}}) << "$.related[0].kind"
            << 0;

        // whys and action items
        QTest::newRow("dangling why parent")
            << doc({{"whys", R"([{"id": "w1", "why": "a"}, {"id": "w2", "parent": "w9", "why": "b"}])"}})
            << "$.whys[1].parent" << 0;
        QTest::newRow("why parent empty")
            << doc({{"whys", R"([{"id": "w1", "parent": "", "why": "a"}])"}}) << "$.whys[0].parent" << 0;
        QTest::newRow("why parent a number")
            << doc({{"whys", R"([{"id": "w1", "parent": 0, "why": "a"}])"}}) << "$.whys[0].parent" << 0;
        QTest::newRow("duplicate why id")
            << doc({{"whys", R"([{"id": "w1", "why": "a"}, {"id": "w1", "parent": "w1", "why": "b"}])"}})
            << "$.whys[1].id" << 0;
        QTest::newRow("why without id") << doc({{"whys", R"([{"why": "a"}])"}}) << "$.whys[0].id" << 0;
        QTest::newRow("why cycle")
            << doc({{"whys", R"([{"id": "w0", "why": "root"}, {"id": "w1", "parent": "w3", "why": "a"},
                                {"id": "w2", "parent": "w1", "why": "b"}, {"id": "w3", "parent": "w2", "why": "c"}])"}})
            << "$.whys[1].parent" << 0;
        QTest::newRow("why is its own parent")
            << doc({{"whys", R"([{"id": "w1", "parent": "w1", "why": "a"}])"}}) << "$.whys[0].parent" << 0;
        QTest::newRow("2001 why steps") << doc({{"whys", whysOf(1, CoeJson::kMaxWhySteps)}}) << "$.whys" << 0;
        QTest::newRow("why chain 101 deep")
            << doc({{"whys", whysOf(CoeJson::kMaxWhyDepth + 1, 3)}}) << "$.whys[100]" << 0;
        QTest::newRow("dangling action why")
            << doc({{"whys", kWhysChain},
                    {"action_items", R"([{"id": "a1", "title": "t", "whys": ["w1", "w7"]}])"}})
            << "$.action_items[0].whys[1]" << 0;
        QTest::newRow("action why not a string")
            << doc({{"whys", kWhysChain}, {"action_items", R"([{"id": "a1", "title": "t", "whys": [1]}])"}})
            << "$.action_items[0].whys[0]" << 0;
        QTest::newRow("duplicate action id")
            << doc({{"action_items", R"([{"id": "a1", "title": "t"}, {"id": "a1", "title": "u"}])"}})
            << "$.action_items[1].id" << 0;
        QTest::newRow("action without title")
            << doc({{"action_items", R"([{"id": "a1"}])"}}) << "$.action_items[0].title" << 0;
        QTest::newRow("due 2024-02-30") << doc({{"action_items", R"([{"title": "t", "due": "2024-02-30"}])"}})
                                        << "$.action_items[0].due" << 0;
        QTest::newRow("due with time")
            << doc({{"action_items", R"([{"title": "t", "due": "2024-03-21T00:00:00Z"}])"}})
            << "$.action_items[0].due" << 0;
        QTest::newRow("due day first") << doc({{"action_items", R"([{"title": "t", "due": "21/03/2024"}])"}})
                                       << "$.action_items[0].due" << 0;
        QTest::newRow("bad action status")
            << doc({{"action_items", R"([{"title": "t", "status": "closed"}])"}})
            << "$.action_items[0].status" << 0;
        QTest::newRow("bad action priority")
            << doc({{"action_items", R"([{"title": "t", "priority": "urgent"}])"}})
            << "$.action_items[0].priority" << 0;
        QTest::newRow("bad action kind") << doc({{"action_items", R"([{"title": "t", "kind": "blame"}])"}})
                                         << "$.action_items[0].kind" << 0;
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        QFETCH(int, line);
        const JsonReadResult r = CoeJson::read(bytes);
        QVERIFY(!r.ok());
        const auto hit = std::find_if(r.errors.begin(), r.errors.end(),
                                      [&](const JsonDiagnostic& d) { return d.path == path; });
        QVERIFY2(hit != r.errors.end(),
                 qPrintable(QStringLiteral("no error at %1 among:\n%2").arg(path, describe(r.errors))));
        for (const JsonDiagnostic& d : r.errors) {
            QVERIFY(!d.message.isEmpty());
            QVERIFY2(d.message.size() < 400, qPrintable(d.message.left(400))); // never echoes a huge value
        }
        if (line > 0) {
            QCOMPARE(hit->line, line);
            QVERIFY(hit->column >= 1);
            QVERIFY(hit->toString(QStringLiteral("x.coe.json"))
                        .startsWith(QStringLiteral("x.coe.json:%1:").arg(line)));
        }
    }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("10 MB summary") << doc({{"summary", quotedRepeat('s', 10 * 1024 * 1024)}});
        QTest::newRow("title 300 chars") << doc({{"title", quotedRepeat('x', 300)}});
        QTest::newRow("byte order mark") << "\xef\xbb\xbf" + doc();
        QTest::newRow("much leading white space") << QByteArray(1000, ' ') + QByteArray(100, '\n') + doc();
        QTest::newRow("500 nested arrays in an unknown key")
            << doc({{"deep", QByteArray(500, '[') + QByteArray(500, ']')}});
        QTest::newRow("100000 timeline entries")
            << doc({{"timeline", timelineOf(CoeJson::kMaxTimelineEntries)}});
        QTest::newRow("instant without seconds, with offset")
            << doc({{"created_at", R"("2024-03-07T14:05+05:30")"}});
        QTest::newRow("severity 1.0") << doc({{"severity", "1.0"}});
        QTest::newRow("uuid in capitals") << doc({{"uuid", R"("3F0C6A9E-2B7D-4C1E-9A55-0D2F7B8E4C11")"}});
        QTest::newRow("escaped surrogate pair") << doc({{"summary", R"("\ud83d\ude00")"}});
        QTest::newRow("leap day") << doc({{"action_items", R"([{"title": "t", "due": "2024-02-29"}])"}});
        QTest::newRow("time zone EST5EDT") << doc({{"display_time_zone", R"("EST5EDT")"}});
        QTest::newRow("time zone Etc/GMT-14") << doc({{"display_time_zone", R"("Etc/GMT-14")"}});
        QTest::newRow("time zone America/Bogota") << doc({{"display_time_zone", R"("America/Bogota")"}});
        QTest::newRow("microseconds that are whole milliseconds")
            << doc({{"created_at", R"("2024-03-07T14:05:00.123000Z")"}});
        QTest::newRow("amount 10^15")
            << doc({{"impact", R"({"financial_impact": {"amount": 1000000000000000, "currency": "EUR"}})"}});
        QTest::newRow("numbers JSON allows") << doc({{"deep", "[0, -0, 0.5, -1.25e-3, 1E+2, 10]"}});
        QTest::newRow("escaped control characters")
            << doc({{"summary", "\"a\\u0000b\\tc\\nd\\\"\\\\\""}}); // moc trips on \u in a raw string
        QTest::newRow("DEL and brackets in a string") << doc({{"summary", "\"\x7f 1. .5 [ {\""}});
        QTest::newRow("2000 why steps, a chain 100 deep")
            << doc({{"whys", whysOf(CoeJson::kMaxWhyDepth, CoeJson::kMaxWhySteps - CoeJson::kMaxWhyDepth)}});
        QTest::newRow("branching whys") << doc(
            {{"whys", R"([{"id": "b", "parent": "a", "why": "2"}, {"id": "a", "parent": null, "why": "1"},
                                {"id": "c", "parent": "a", "why": "3"}])"}});
    }

    void accepted()
    {
        QFETCH(QByteArray, bytes);
        const JsonReadResult r = CoeJson::read(bytes);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
    }

    void everyErrorIsCollected()
    {
        const JsonReadResult r =
            CoeJson::read(doc({{"title", R"("")"},
                               {"severity", "9"},
                               {"status", R"("nope")"},
                               {"timeline", R"([{"text": "a"}, {"at": "x", "text": ""}])"}}));
        QStringList paths;
        for (const JsonDiagnostic& d : r.errors)
            paths << d.path;
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("$.title"), QStringLiteral("$.status"),
                              QStringLiteral("$.severity"), QStringLiteral("$.timeline[0].at"),
                              QStringLiteral("$.timeline[1].at"), QStringLiteral("$.timeline[1].text")}));
    }

    void clearMessages()
    {
        const JsonReadResult scalar = CoeJson::read("\"coe\"");
        QVERIFY(scalar.errors.first().message.contains(QStringLiteral("JSON object")));
        const JsonReadResult deep =
            CoeJson::read(doc({{"deep", QByteArray(5000, '[') + QByteArray(5000, ']')}}));
        QVERIFY(deep.errors.first().message.contains(QStringLiteral("nested")));
        const JsonReadResult utf8 = CoeJson::read(QByteArray("{\n\"title\": \"ab\xff\"}"));
        QCOMPARE(utf8.errors.first().line, 2);
        QCOMPARE(utf8.errors.first().column, 13);
        QVERIFY(utf8.errors.first().message.contains(QStringLiteral("UTF-8")));
        QVERIFY(utf8.errors.first().message.contains(QStringLiteral("byte offset 14")));
        const JsonReadResult noOffset = CoeJson::read(doc({{"created_at", R"("2024-03-07T14:05:00")"}}));
        QVERIFY(noOffset.errors.first().message.contains(QStringLiteral("offset")));
        const JsonReadResult version = CoeJson::read(doc({{"format_version", "2"}, {"title", "1"}}));
        QCOMPARE(version.errors.size(), 1); // another version: its fields are not judged by this one's rules
        QVERIFY(version.errors.first().message.contains(QStringLiteral("version 2")));
        // the column counts characters, not bytes (which would give 21); it is
        // where the parser noticed the problem: just after the stray x
        const JsonReadResult syntax = CoeJson::read(QByteArray("{\"title\": \"αβγ\" x}"));
        QCOMPARE(syntax.errors.first().line, 1);
        QCOMPARE(syntax.errors.first().column, 18);
    }

    void oversizedDocumentsAreRefusedUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.coe.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // Sparse: nothing written. Three times the limit, so the message
            // tells the size came from the file system: reading stops at the
            // limit and could never say 150 MiB.
            QVERIFY(f.resize(3 * CoeJson::kMaxDocumentBytes));
        }
        const JsonReadResult r = CoeJson::readFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].path, QStringLiteral("$"));
        QCOMPARE(r.errors[0].line, 0); // not a parse error: the parser never saw it
        QVERIFY2(r.errors[0].message.contains(QStringLiteral("50 MiB")), qPrintable(r.errors[0].message));
        QVERIFY2(r.errors[0].message.contains(QStringLiteral("150.0 MiB")), qPrintable(r.errors[0].message));

        // the same bytes handed over in memory
        const JsonReadResult inMemory = CoeJson::read(QByteArray(CoeJson::kMaxDocumentBytes + 1, ' '));
        QVERIFY(!inMemory.ok());
        QVERIFY(inMemory.errors[0].message.contains(QStringLiteral("50 MiB")));

        // a stream without end is read no further than the limit
        if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
            const JsonReadResult endless = CoeJson::readFile(QStringLiteral("/dev/zero"));
            QVERIFY(!endless.ok());
            QVERIFY(endless.errors[0].message.contains(QStringLiteral("50 MiB")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCoeJsonMalformed)
#include "TestCoeJsonMalformed.moc"
