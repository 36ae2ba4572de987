// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "analysis/ReviewCheck.h"
#include "exchange/CoeJson.h"
#include "exchange/CoeMarkdown.h"
#include "report/CoeReport.h"
#include "report/ExportProfile.h"
#include "report/ReportHtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace hindsight;
using namespace hindsight::exchange;

// The review meeting's record (format 1.1 `review`): the domain value, its JSON
// (read, written, refused with the JSON path), the review check's warning for
// unresolved comments, the Markdown section and the report's appendix.
namespace {

const QString kExample = QStringLiteral("format-1.1/checkout-config-rollout-1.1.coe.json");

QString describe(const QList<JsonDiagnostic>& diagnostics)
{
    QStringList lines;
    for (const JsonDiagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

Coe reviewedCoe()
{
    Coe c = test::exampleCoe();
    c.review = test::exampleReview();
    return c;
}

// The example COE as JSON with `review` replaced.
QByteArray withReview(const QJsonObject& review)
{
    QJsonObject doc = CoeJson::toJson(test::exampleCoe());
    doc.insert(QLatin1String("review"), review);
    return QJsonDocument(doc).toJson();
}

QJsonObject comment(const char* id, const QString& target = {}, const QString& replyTo = {})
{
    QJsonObject c{{QLatin1String("id"), QLatin1String(id)},
                  {QLatin1String("at"), QLatin1String("2024-03-13T10:00:00Z")},
                  {QLatin1String("text"), QLatin1String("Why?")}};
    if (!target.isNull())
        c.insert(QLatin1String("target"), target);
    if (!replyTo.isNull())
        c.insert(QLatin1String("reply_to"), replyTo);
    return c;
}

// Hostile text in every text of the review record.
const QString kEvil =
    QStringLiteral("<b>bold</b> &amp; <img src=x onerror=alert(1)> *star* | pipe\n# heading");

Coe hostileReview()
{
    Coe c = reviewedCoe();
    Review& r = c.review;
    r.approvedBy = kEvil;
    ReviewMeeting& m = r.meetings[0];
    m.facilitator = kEvil;
    m.attendees = {kEvil, QStringLiteral("Sam Lee")};
    m.notes = kEvil;
    m.decisions = kEvil;
    for (ReviewComment& x : r.comments) {
        x.author = kEvil;
        x.text = kEvil;
    }
    r.comments[0].id = QStringLiteral("c1 <i>x</i>");
    r.comments[1].replyTo = r.comments[0].id;
    r.questions[0].question = kEvil;
    r.questions[0].answer = kEvil;
    return c;
}

} // namespace

class TestReviewRecord : public QObject
{
    Q_OBJECT
private slots:
    void emptyReviewIsEmpty()
    {
        Review r;
        QVERIFY(r.isEmpty());
        r.approvedVersion = 1;
        QVERIFY(!r.isEmpty());
        QVERIFY(!test::exampleReview().isEmpty());
        QCOMPARE(test::exampleReview().unresolvedComments(), 1);
    }

    void targetsParse_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("id");
        using K = CommentTarget::Kind;
        QTest::newRow("none") << QString() << int(K::None) << QString() << -1 << QString();
        QTest::newRow("summary") << QStringLiteral("summary") << int(K::Section) << QStringLiteral("summary")
                                 << -1 << QString();
        QTest::newRow("related") << QStringLiteral("related") << int(K::Section) << QStringLiteral("related")
                                 << -1 << QString();
        QTest::newRow("timeline:0") << QStringLiteral("timeline:0") << int(K::TimelineEntry)
                                    << QStringLiteral("timeline") << 0 << QString();
        QTest::newRow("timeline:12") << QStringLiteral("timeline:12") << int(K::TimelineEntry)
                                     << QStringLiteral("timeline") << 12 << QString();
        QTest::newRow("why:w1") << QStringLiteral("why:w1") << int(K::Why) << QStringLiteral("whys") << -1
                                << QStringLiteral("w1");
        QTest::newRow("action:a:b") << QStringLiteral("action:a:b") << int(K::Action)
                                    << QStringLiteral("actions") << -1 << QStringLiteral("a:b");
        QTest::newRow("timeline:-1") << QStringLiteral("timeline:-1") << int(K::Invalid) << QString() << -1
                                     << QString();
        QTest::newRow("timeline:01") << QStringLiteral("timeline:01") << int(K::Invalid) << QString() << -1
                                     << QString();
        QTest::newRow("timeline:x") << QStringLiteral("timeline:x") << int(K::Invalid) << QString() << -1
                                    << QString();
        QTest::newRow("why:") << QStringLiteral("why:") << int(K::Invalid) << QString() << -1 << QString();
        QTest::newRow("Summary") << QStringLiteral("Summary") << int(K::Invalid) << QString() << -1
                                 << QString();
        QTest::newRow("action_items")
            << QStringLiteral("action_items") << int(K::Invalid) << QString() << -1 << QString();
    }
    void targetsParse()
    {
        QFETCH(QString, target);
        QFETCH(int, kind);
        QFETCH(QString, section);
        QFETCH(int, index);
        QFETCH(QString, id);
        const CommentTarget t = CommentTarget::parse(target);
        QCOMPARE(int(t.kind), kind);
        if (t.kind == CommentTarget::Kind::Invalid)
            return;
        QCOMPARE(t.section, section);
        QCOMPARE(t.index, index);
        QCOMPARE(t.id, id);
    }

    // The record of the 1.1 example reads into the value field for field and
    // is written back as it came (every key, every value).
    void exampleRoundTrip()
    {
        const QByteArray input = test::readData(kExample);
        const JsonReadResult r = CoeJson::read(input);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        for (const JsonDiagnostic& w : r.warnings) // other 1.1 keys may not be read (yet): never review's
            QVERIFY2(!w.path.startsWith(QLatin1String("$.review")), qPrintable(w.toString()));
        QVERIFY(r.coe.review == test::exampleReview());

        const QJsonObject original =
            QJsonDocument::fromJson(input).object().value(QLatin1String("review")).toObject();
        const QByteArray output = CoeJson::write(r.coe);
        const QJsonObject written =
            QJsonDocument::fromJson(output).object().value(QLatin1String("review")).toObject();
        QCOMPARE(QJsonDocument(written), QJsonDocument(original));

        const JsonReadResult again = CoeJson::read(output);
        QVERIFY2(again.ok(), qPrintable(describe(again.errors)));
        QVERIFY(again.coe.review == r.coe.review);
        QVERIFY(again.coe.sameContent(r.coe));
        QCOMPARE(CoeJson::write(again.coe), output);
        // In the format's key order, after related.
        QVERIFY(output.indexOf("\"related\"") < output.indexOf("\"review\": {\n    \"approved_at\""));
        QVERIFY(output.indexOf("\"approved_version\"") < output.indexOf("\"meetings\""));
        QVERIFY(output.indexOf("\"meetings\"") < output.indexOf("\"comments\""));
    }

    // 1.1: written only when it holds something, and then only what it holds.
    void writtenOnlyWhenItHoldsSomething()
    {
        Coe c = test::exampleCoe();
        QVERIFY(!CoeJson::toJson(c).contains(QLatin1String("review")));
        c.review.approvedBy = QStringLiteral("Priya Raman");
        const QJsonObject review = CoeJson::toJson(c).value(QLatin1String("review")).toObject();
        QCOMPARE(review.keys(), QStringList{QStringLiteral("approved_by")});

        c.review = {};
        c.review.comments.append(ReviewComment{QStringLiteral("c1"),
                                               test::exampleReview().comments[0].at,
                                               {},
                                               {},
                                               QStringLiteral("text"),
                                               {},
                                               false});
        const QJsonObject one = CoeJson::toJson(c).value(QLatin1String("review")).toObject();
        QCOMPARE(one.keys(), QStringList{QStringLiteral("comments")});
        QCOMPARE(one.value(QLatin1String("comments")).toArray().first().toObject().keys(),
                 (QStringList{QStringLiteral("at"), QStringLiteral("id"), QStringLiteral("resolved"),
                              QStringLiteral("text")}));
        const JsonReadResult back = CoeJson::read(CoeJson::write(c));
        QVERIFY2(back.ok(), qPrintable(describe(back.errors)));
        QVERIFY(back.coe.review == c.review);
    }

    void everyTargetFormReads()
    {
        QJsonArray comments;
        int n = 0;
        for (const QString& t : CommentTarget::sectionNames())
            comments.append(comment(QByteArray("s" + QByteArray::number(n++)).constData(), t));
        comments.append(comment("t", QStringLiteral("timeline:6")));
        comments.append(comment("w", QStringLiteral("why:w1")));
        comments.append(comment("a", QStringLiteral("action:a6"), QStringLiteral("t")));
        const JsonReadResult r = CoeJson::read(withReview({{QLatin1String("comments"), comments}}));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.coe.review.comments.size(), comments.size());
        QCOMPARE(r.coe.review.comments.last().replyTo, QStringLiteral("t"));
    }

    // A reference to something that is not there, and the other broken shapes,
    // refuse the document with the JSON path of the value.
    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("review");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        const auto comments = [](const QJsonArray& list) {
            return QJsonObject{{QLatin1String("comments"), list}};
        };
        QTest::newRow("target: why") << comments({comment("c1", QStringLiteral("why:w99"))})
                                     << QStringLiteral("$.review.comments[0].target")
                                     << QStringLiteral("\"w99\"");
        QTest::newRow("target: action")
            << comments({comment("c1"), comment("c2", QStringLiteral("action:a99"))})
            << QStringLiteral("$.review.comments[1].target") << QStringLiteral("action item id \"a99\"");
        QTest::newRow("target: timeline past the end")
            << comments({comment("c1", QStringLiteral("timeline:100"))})
            << QStringLiteral("$.review.comments[0].target") << QStringLiteral("timeline entry 100");
        QTest::newRow("target: no such place")
            << comments({comment("c1", QStringLiteral("impact:x"))})
            << QStringLiteral("$.review.comments[0].target") << QStringLiteral("\"impact:x\"");
        QTest::newRow("reply_to") << comments({comment("c1"), comment("c2", {}, QStringLiteral("c9"))})
                                  << QStringLiteral("$.review.comments[1].reply_to")
                                  << QStringLiteral("\"c9\"");
        QTest::newRow("reply_to itself")
            << comments({comment("c1", {}, QStringLiteral("c1"))})
            << QStringLiteral("$.review.comments[0].reply_to") << QStringLiteral("itself");
        QTest::newRow("duplicate id")
            << comments({comment("c1"), comment("c1")}) << QStringLiteral("$.review.comments[1].id")
            << QStringLiteral("$.review.comments[0]");
        QJsonObject noAt = comment("c1");
        noAt.remove(QLatin1String("at"));
        QTest::newRow("comment without at")
            << comments({noAt}) << QStringLiteral("$.review.comments[0].at") << QStringLiteral("missing");
        QJsonObject noText = comment("c1");
        noText.remove(QLatin1String("text"));
        QTest::newRow("comment without text")
            << comments({noText}) << QStringLiteral("$.review.comments[0].text") << QStringLiteral("missing");
        QTest::newRow("question's action")
            << QJsonObject{{QLatin1String("questions"),
                            QJsonArray{QJsonObject{{QLatin1String("question"), QLatin1String("Q?")},
                                                   {QLatin1String("action"), QLatin1String("a99")}}}}}
            << QStringLiteral("$.review.questions[0].action") << QStringLiteral("\"a99\"");
        QTest::newRow("empty question")
            << QJsonObject{{QLatin1String("questions"),
                            QJsonArray{QJsonObject{{QLatin1String("question"), QLatin1String("Q?")}},
                                       QJsonObject{{QLatin1String("question"), QLatin1String("")}}}}}
            << QStringLiteral("$.review.questions[1].question") << QStringLiteral("empty");
        QTest::newRow("approved_version 0")
            << QJsonObject{{QLatin1String("approved_version"), 0}}
            << QStringLiteral("$.review.approved_version") << QStringLiteral("at least 1");
        QTest::newRow("approved_at without offset")
            << QJsonObject{{QLatin1String("approved_at"), QLatin1String("2024-03-14T16:00:00")}}
            << QStringLiteral("$.review.approved_at") << QString();
        QTest::newRow("meeting without at")
            << QJsonObject{{QLatin1String("meetings"),
                            QJsonArray{QJsonObject{{QLatin1String("facilitator"), QLatin1String("P")}}}}}
            << QStringLiteral("$.review.meetings[0].at") << QStringLiteral("missing");
        QTest::newRow("attendee not a string")
            << QJsonObject{{QLatin1String("meetings"),
                            QJsonArray{QJsonObject{
                                {QLatin1String("at"), QLatin1String("2024-03-14T15:00:00Z")},
                                {QLatin1String("attendees"), QJsonArray{QLatin1String("A"), 3}}}}}}
            << QStringLiteral("$.review.meetings[0].attendees[1]") << QString();
        QJsonObject notBool = comment("c1");
        notBool.insert(QLatin1String("resolved"), QLatin1String("yes"));
        QTest::newRow("resolved not a boolean")
            << comments({notBool}) << QStringLiteral("$.review.comments[0].resolved") << QString();
    }
    void refusals()
    {
        QFETCH(QJsonObject, review);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const JsonReadResult r = CoeJson::read(withReview(review));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().path, path);
        QVERIFY2(r.errors.first().message.contains(words), qPrintable(r.errors.first().message));
    }

    // An action item without an id in the file gets one on import; a question or
    // comment cannot have meant that made-up id.
    void madeUpActionIdIsNotATarget()
    {
        QJsonObject doc = QJsonDocument::fromJson(exchange::CoeJson::write(test::exampleCoe())).object();
        QJsonArray actions = doc.value(QLatin1String("action_items")).toArray();
        QJsonObject first = actions.first().toObject();
        first.remove(QLatin1String("id")); // a1 is made up again on import
        actions[0] = first;
        doc.insert(QLatin1String("action_items"), actions);
        doc.insert(
            QLatin1String("review"),
            QJsonObject{{QLatin1String("comments"), QJsonArray{comment("c1", QStringLiteral("action:a1"))}}});
        const JsonReadResult r = CoeJson::read(QJsonDocument(doc).toJson());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().path, QStringLiteral("$.review.comments[0].target"));
    }

    // A stored version (a document in progress) keeps its dangling references, as for whys.
    void draftKeepsDanglingReferences()
    {
        const QByteArray doc =
            withReview({{QLatin1String("comments"),
                         QJsonArray{comment("c1", QStringLiteral("why:gone"), QStringLiteral("c0"))}},
                        {QLatin1String("questions"),
                         QJsonArray{QJsonObject{{QLatin1String("question"), QLatin1String("Q?")},
                                                {QLatin1String("action"), QLatin1String("gone")}}}}});
        QVERIFY(!CoeJson::read(doc).ok());
        const JsonReadResult draft = CoeJson::readDraft(doc);
        QVERIFY2(draft.ok(), qPrintable(describe(draft.errors)));
        QCOMPARE(draft.coe.review.comments.first().target, QStringLiteral("why:gone"));
        QCOMPARE(draft.coe.review.questions.first().actionId, QStringLiteral("gone"));
    }

    // The editor's copy of a document may hold a meeting or comment whose time
    // is not given yet: a stored version (a draft) keeps it; an import refuses it.
    void draftKeepsAnEmptyTime()
    {
        const QByteArray doc = withReview(
            {{QLatin1String("meetings"), QJsonArray{QJsonObject{{QLatin1String("at"), QLatin1String("")}}}},
             {QLatin1String("comments"),
              QJsonArray{QJsonObject{{QLatin1String("id"), QLatin1String("c1")},
                                     {QLatin1String("at"), QLatin1String("")},
                                     {QLatin1String("text"), QLatin1String("")}}}}});
        const JsonReadResult r = CoeJson::read(doc);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors[0].path, QStringLiteral("$.review.meetings[0].at"));
        QCOMPARE(r.errors[1].path, QStringLiteral("$.review.comments[0].at"));
        const JsonReadResult draft = CoeJson::readDraft(doc);
        QVERIFY2(draft.ok(), qPrintable(describe(draft.errors)));
        QVERIFY(!draft.coe.review.meetings.first().at.isValid());
        QVERIFY(!draft.coe.review.comments.first().at.isValid());
        QVERIFY(CoeJson::readDraft(CoeJson::write(draft.coe)).coe.review == draft.coe.review);
    }

    // timeline:N counts in time order, whatever order the list is in.
    void timelineTargetCountsInTimeOrder()
    {
        Coe c = test::exampleCoe();
        std::reverse(c.timeline.begin(), c.timeline.end()); // as an editor may hold it for a moment
        c.review.comments.append(ReviewComment{QStringLiteral("c1"),
                                               {},
                                               {},
                                               QStringLiteral("timeline:0"),
                                               QStringLiteral("The first entry"),
                                               {},
                                               false});
        QString section;
        int row = -1;
        QVERIFY(resolveCommentTarget(c, QStringLiteral("timeline:0"), &section, &row));
        QCOMPARE(section, QStringLiteral("timeline"));
        QCOMPARE(row, int(c.timeline.size()) - 1);
        QVERIFY(
            !resolveCommentTarget(c, QStringLiteral("timeline:%1").arg(c.timeline.size()), &section, &row));
        for (const analysis::Finding& f : analysis::reviewCheck(c))
            if (f.id == QLatin1String("review.comment-unresolved"))
                QCOMPARE(f.location.row, int(c.timeline.size()) - 1);
    }

    void unknownKeysInsideAreWarnings()
    {
        QJsonObject c = comment("c1");
        c.insert(QLatin1String("mood"), QLatin1String("grumpy"));
        const JsonReadResult r = CoeJson::read(
            withReview({{QLatin1String("comments"), QJsonArray{c}}, {QLatin1String("stars"), 5}}));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QStringList paths;
        for (const JsonDiagnostic& w : r.warnings)
            paths << w.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("$.review.stars"),
                                     QStringLiteral("$.review.comments[0].mood")}));
    }

    // One warning per unresolved comment, pointing where the comment points.
    void unresolvedCommentsAreWarnings()
    {
        Coe c = reviewedCoe();
        QList<analysis::Finding> found;
        const auto unresolved = [&] {
            found.clear();
            for (const analysis::Finding& f : analysis::reviewCheck(c))
                if (f.id == QLatin1String("review.comment-unresolved"))
                    found.append(f);
        };
        unresolved();
        QCOMPARE(found.size(), 1); // c3; c1 and c2 are resolved
        const analysis::Finding& f = found.first();
        QCOMPARE(int(f.level), int(analysis::Level::Warning));
        QCOMPARE(int(f.location.section), int(analysis::Section::Actions));
        QCOMPARE(f.location.row, 0); // action a1
        QCOMPARE(analysis::locationPath(f.location), QStringLiteral("$.action_items[0]"));
        QVERIFY2(f.message.contains(QStringLiteral("Priya Raman")), qPrintable(f.message));
        QVERIFY2(f.message.contains(QStringLiteral("Is 14 days realistic for this one?")),
                 qPrintable(f.message));

        c.review.comments[0].resolved = false; // timeline:3
        c.review.comments[1].resolved = false;
        c.review.comments[1].target = QStringLiteral("why:w2");
        c.review.comments[1].author.clear();
        c.review.comments.append(ReviewComment{QStringLiteral("c4"),
                                               {},
                                               {},
                                               QStringLiteral("impact"),
                                               QStringLiteral("Whole section"),
                                               {},
                                               false});
        c.review.comments.append(
            ReviewComment{QStringLiteral("c5"), {}, {}, {}, QStringLiteral("On the COE"), {}, false});
        c.review.comments.append(ReviewComment{QStringLiteral("c6"),
                                               {},
                                               {},
                                               QStringLiteral("action:gone"),
                                               QStringLiteral("On an item since deleted"),
                                               {},
                                               false});
        unresolved();
        QCOMPARE(found.size(), 6);
        QStringList where;
        for (const analysis::Finding& x : found)
            where << analysis::locationPath(x.location);
        // Section by section, as every finding.
        QCOMPARE(where, (QStringList{QStringLiteral("$.summary"), QStringLiteral("$.summary"),
                                     QStringLiteral("$.impact"), QStringLiteral("$.timeline[3]"),
                                     QStringLiteral("$.whys[1]"), QStringLiteral("$.action_items[0]")}));
        for (const analysis::Finding& x : found)
            if (x.location.section == analysis::Section::Whys)
                QVERIFY2(!x.message.contains(QLatin1String(" by ")), qPrintable(x.message));

        for (ReviewComment& x : c.review.comments)
            x.resolved = true;
        unresolved();
        QVERIFY(found.isEmpty());
    }

    // The Markdown export's "Review record": every part, user text escaped.
    void markdownSection()
    {
        const Coe c = reviewedCoe();
        const QString md = CoeMarkdown::render(c, QStringLiteral("img")).text;
        QVERIFY2(md.contains(QStringLiteral("\n## Review record\n")), qPrintable(md.right(3000)));
        QVERIFY(md.indexOf(QStringLiteral("## Review record")) > md.indexOf(QStringLiteral("Related items")));
        // Times in the COE's zone (America/Bogota).
        QVERIFY2(md.contains(QStringLiteral("**Approved:** 2024-03-14 11:00 -05 by Priya Raman (version 3)")),
                 qPrintable(md.right(3000)));
        QVERIFY(md.contains(QStringLiteral("### Meetings")));
        QVERIFY(md.contains(QStringLiteral("#### 2024-03-14 10:00 -05")));
        QVERIFY(md.contains(QStringLiteral("**Attendees:** Dana Ortiz, Sam Lee, Priya Raman")));
        QVERIFY(md.contains(QStringLiteral("the 17-minute detection gap dominated the discussion.")));
        QVERIFY(md.contains(QStringLiteral("### Comments")));
        QVERIFY2(md.contains(
                     QStringLiteral("**c2** — Dana Ortiz · 2024-03-13 05:30 -05 · on Timeline entry 4 · in "
                                    "reply to c1 · resolved")),
                 qPrintable(md.right(3000)));
        QVERIFY2(md.contains(
                     QStringLiteral("**c3** — Priya Raman · 2024-03-14 10:30 -05 · on Action item “Validate "
                                    "connection-pool settings against load-test minimums before rollout” · "
                                    "**not resolved**\n\nIs 14 days realistic for this one?\n")),
                 qPrintable(md.right(3000)));
        QVERIFY(md.contains(QStringLiteral("### Questions asked in review")));
        QVERIFY(md.contains(QStringLiteral("*Became action item:* Validate connection-pool settings against "
                                           "load-test minimums before rollout (a1)")));

        // Without a record, no section.
        QVERIFY(!CoeMarkdown::render(test::exampleCoe(), QStringLiteral("img"))
                     .text.contains(QStringLiteral("Review record")));
    }

    void markdownEscapesUserText()
    {
        const QString md = CoeMarkdown::render(hostileReview(), QStringLiteral("img")).text;
        const QString record = md.mid(md.indexOf(QStringLiteral("## Review record")));
        QVERIFY(!record.isEmpty());
        // Every "<" and "&" is escaped; no line starts a heading but the export's own.
        static const QRegularExpression bare(QStringLiteral("(?<!\\\\)[<&]"));
        QVERIFY2(!bare.match(record).hasMatch(), qPrintable(record));
        QVERIFY2(!record.contains(QStringLiteral("\n# heading")), qPrintable(record));
        QVERIFY(record.contains(QStringLiteral("\\<b\\>bold\\</b\\>"))); // names: escaped text
        QVERIFY(record.contains(QStringLiteral("c1 \\<i\\>x\\</i\\>")));
    }

    // The report's appendix "Review record" only when asked for, lettered after
    // the review check when both are printed; user text as typed.
    void reportAppendixOnlyWhenChosen()
    {
        const Coe c = reviewedCoe();
        const QString plain = report::CoeReport::build(c)->toPlainText();
        QVERIFY(!plain.contains(QStringLiteral("Review record")));
        QVERIFY(!plain.contains(QStringLiteral("Is 14 days realistic")));

        report::ReportOptions options;
        options.reviewRecord = true;
        const QString text = report::CoeReport::build(c, options)->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Appendix A  Review record")), qPrintable(text.right(2000)));
        QVERIFY(text.contains(QStringLiteral("2024-03-14 11:00 -05 by Priya Raman (version 3)")));
        QVERIFY(text.contains(QStringLiteral("Dana Ortiz, Sam Lee, Priya Raman")));
        QVERIFY(text.contains(QStringLiteral("Lower the alarm to 3 datapoints")));
        QVERIFY(text.contains(QStringLiteral("c3 — Priya Raman · 2024-03-14 10:30 -05 · on Action item")));
        QVERIFY(text.contains(QStringLiteral("not resolved")));
        QVERIFY(
            text.contains(QStringLiteral("Why did the canary stage not apply to configuration changes?")));
        QVERIFY(text.contains(QStringLiteral("Became action item: ")));

        options.reviewAppendix = true;
        const QString both = report::CoeReport::build(c, options)->toPlainText();
        QVERIFY(both.indexOf(QStringLiteral("Appendix A  Review check")) <
                both.indexOf(QStringLiteral("Appendix B  Review record")));

        // Chosen, but nothing recorded: no appendix.
        QVERIFY(!report::CoeReport::build(test::exampleCoe(), options)
                     ->toPlainText()
                     .contains(QStringLiteral("Review record")));
    }

    void reportShowsUserTextAsTyped()
    {
        report::ReportOptions options;
        options.reviewRecord = true;
        const auto doc = report::CoeReport::build(hostileReview(), options);
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b> &amp; <img src=x onerror=alert(1)>")),
                 qPrintable(text.right(3000)));
        const QString html = report::ReportHtml::render(*doc);
        QVERIFY(!html.contains(QStringLiteral("<b>bold")));
        QVERIFY(!html.contains(QStringLiteral("<img src=x")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    }

    // Review meeting and Internal profiles keep the record; Customer-facing
    // never does, in any format (the prepared COE holds none).
    void profilesChooseTheRecord()
    {
        const Coe c = reviewedCoe();
        using report::ExportProfile;
        for (const ExportProfile& p : {ExportProfile::reviewMeeting(), ExportProfile::internal()}) {
            const report::PreparedExport prepared = report::ExportPreparation::prepare(c, p, {});
            QVERIFY2(prepared.reviewRecord, qPrintable(p.key()));
            QVERIFY(prepared.coe.review == c.review);
        }
        const report::PreparedExport customer =
            report::ExportPreparation::prepare(c, ExportProfile::customerFacing(), {});
        QVERIFY(!customer.reviewRecord);
        QVERIFY(customer.coe.review.isEmpty());
        QVERIFY(!CoeMarkdown::render(customer.coe, QStringLiteral("img"), customer.sections)
                     .text.contains(QStringLiteral("Review record")));
        report::ReportOptions options;
        options.reviewRecord = true; // even when asked for
        const QString text = report::CoeReport::build(customer.coe, options)->toPlainText();
        QVERIFY(!text.contains(QStringLiteral("Review record")));
        QVERIFY(!text.contains(QStringLiteral("Priya Raman")));
    }
};

QTEST_MAIN(TestReviewRecord)
#include "TestReviewRecord.moc"
