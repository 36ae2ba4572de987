// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "analysis/CoeDiff.h"
#include "domain/DisplayNames.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace hindsight;
using namespace hindsight::analysis;
using hindsight::test::exampleCoe;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(10, minute), QTimeZone::utc());
}

TimelineEntry entry(int minute, const QString& text)
{
    TimelineEntry e;
    e.at = at(minute);
    e.text = text;
    return e;
}

WhyStep why(const QString& id, const QString& text)
{
    WhyStep w;
    w.id = id;
    w.why = text;
    return w;
}

QString joined(const QList<WordRun>& runs, bool older)
{
    QString s;
    for (const WordRun& r : runs) {
        if (r.op == WordRun::Op::Same || r.op == (older ? WordRun::Op::Removed : WordRun::Op::Added))
            s += r.text;
    }
    return s;
}

ReviewComment comment(const QString& id, const QString& text, bool resolved = false)
{
    ReviewComment c;
    c.id = id;
    c.at = at(5);
    c.author = QStringLiteral("Rita");
    c.text = text;
    c.resolved = resolved;
    return c;
}

const SectionDiff* reviewSection(const CoeDiff& d, const QString& name)
{
    for (const SectionDiff& s : d.review.sections)
        if (s.section == name)
            return &s;
    return nullptr;
}

const SectionDiff* section(const CoeDiff& d, const QString& name)
{
    for (const SectionDiff& s : d.sections)
        if (s.section == name)
            return &s;
    return nullptr;
}

} // namespace

// The difference between two versions of a COE (analysis/CoeDiff).
class TestCoeDiff : public QObject
{
    Q_OBJECT

private slots:
    void sameDocumentHasNoChanges()
    {
        const Coe coe = exampleCoe();
        const CoeDiff d = compareCoes(coe, coe);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.summaryLine(), QStringLiteral("no changes"));
    }

    void wordDiffInsertsAWord()
    {
        const QString before = QStringLiteral("The pool was full.");
        const QString after = QStringLiteral("The pool was nearly full.");
        const QList<WordRun> runs = wordDiff(before, after);
        QCOMPARE(joined(runs, true), before);
        QCOMPARE(joined(runs, false), after);
        int added = 0;
        for (const WordRun& r : runs) {
            QVERIFY(r.op != WordRun::Op::Removed);
            if (r.op == WordRun::Op::Added) {
                ++added;
                QCOMPARE(r.text.trimmed(), QStringLiteral("nearly"));
            }
        }
        QCOMPARE(added, 1);
        // The older text longer than the newer (dtl swaps the sequences internally).
        const QString longer = QStringLiteral("one two three four five");
        const QString shorter = QStringLiteral("one five");
        const QList<WordRun> cut = wordDiff(longer, shorter);
        QCOMPARE(joined(cut, true), longer);
        QCOMPARE(joined(cut, false), shorter);
        QCOMPARE(cut, (QList<WordRun>{{WordRun::Op::Same, QStringLiteral("one ")},
                                      {WordRun::Op::Removed, QStringLiteral("two three four ")},
                                      {WordRun::Op::Same, QStringLiteral("five")}}));
    }

    void wordDiffReplacesWholeWords()
    {
        const QList<WordRun> runs = wordDiff(QStringLiteral("restart the api server"),
                                             QStringLiteral("restart the database server"));
        QCOMPARE(runs,
                 (QList<WordRun>{{WordRun::Op::Same, QStringLiteral("restart the ")},
                                 {WordRun::Op::Removed, QStringLiteral("api")},
                                 {WordRun::Op::Added, QStringLiteral("database")},
                                 {WordRun::Op::Same, QStringLiteral(" server")}}));
        QCOMPARE(wordDiff({}, QStringLiteral("new")), (QList<WordRun>{{WordRun::Op::Added, QStringLiteral("new")}}));
    }

    void longTextsAreWordDiffed()
    {
        Coe a = exampleCoe();
        Coe b = a;
        b.summary = a.summary + QStringLiteral(" Extra words.");
        const CoeDiff d = compareCoes(a, b);
        QCOMPARE(d.texts.size(), 1);
        QCOMPARE(d.texts[0].field, QStringLiteral("summary"));
        QVERIFY(d.texts[0].longText);
        QCOMPARE(joined(d.texts[0].words, false), b.summary);
        QCOMPARE(d.summaryLine(), QStringLiteral("summary edited"));
        QVERIFY(d.toText().contains(QStringLiteral("{+ Extra words.+}")));
    }

    void timelineItemsAddedRemovedChanged()
    {
        Coe a;
        a.timeline = {entry(1, QStringLiteral("Alarm fired")), entry(2, QStringLiteral("Paged on-call")),
                      entry(3, QStringLiteral("Rolled back"))};
        Coe b = a;
        b.timeline[1].text = QStringLiteral("Paged the on-call engineer");
        b.timeline.removeAt(2);
        b.timeline.append(entry(4, QStringLiteral("Error rate normal")));
        b.timeline.append(entry(5, QStringLiteral("Closed the incident")));
        const CoeDiff d = compareCoes(a, b);
        const SectionDiff* t = section(d, QStringLiteral("timeline"));
        QVERIFY(t);
        QCOMPARE(t->added, 2);
        QCOMPARE(t->removed, 1);
        QCOMPARE(t->changed, 1);
        QCOMPARE(t->moved, 0);
        QCOMPARE(t->items.size(), 4);
        const ItemChange& changed = t->items[0];
        QCOMPARE(changed.kind, ItemChange::Kind::Changed);
        QCOMPARE(changed.fromIndex, 1);
        QCOMPARE(changed.toIndex, 1);
        QCOMPARE(changed.fields, QStringList{QStringLiteral("text")});
        QCOMPARE(t->items[1].kind, ItemChange::Kind::Removed);
        QCOMPARE(t->items[1].label, QStringLiteral("Rolled back"));
        QCOMPARE(t->items[2].kind, ItemChange::Kind::Added);
        QCOMPARE(d.summaryLine(), QStringLiteral("timeline +2 −1 ~1"));
    }

    void whysMatchedByIdAndMoved()
    {
        Coe a;
        a.whys = {why(QStringLiteral("w1"), QStringLiteral("one")), why(QStringLiteral("w2"), QStringLiteral("two")),
                  why(QStringLiteral("w3"), QStringLiteral("three"))};
        Coe b;
        b.whys = {why(QStringLiteral("w3"), QStringLiteral("three")), why(QStringLiteral("w1"), QStringLiteral("one")),
                  why(QStringLiteral("w2"), QStringLiteral("two, edited"))};
        const CoeDiff d = compareCoes(a, b);
        const SectionDiff* w = section(d, QStringLiteral("whys"));
        QVERIFY(w);
        QCOMPARE(w->added, 0);
        QCOMPARE(w->removed, 0);
        QCOMPARE(w->changed, 1);
        QCOMPARE(w->moved, 1);
        QCOMPARE(w->items.size(), 2);
        QCOMPARE(w->items[0].kind, ItemChange::Kind::Moved);
        QCOMPARE(w->items[0].fromIndex, 2);
        QCOMPARE(w->items[0].toIndex, 0);
        QCOMPARE(w->items[1].kind, ItemChange::Kind::Changed);
        QVERIFY(!w->items[1].alsoMoved);
        QCOMPARE(w->items[1].fields, QStringList{QStringLiteral("why")});
        QCOMPARE(d.summaryLine(), QStringLiteral("whys +0 −0 ~1 ↕1"));
    }

    // Format 1.1: contributing factors matched by id, detection and template
    // as fields, a timeline entry's highlight as one of its fields.
    void learningDataIsCompared()
    {
        Coe a = exampleCoe();
        a.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("capacity"), QStringLiteral("Pool"),
                                        {QStringLiteral("w5")}},
                     ContributingFactor{QStringLiteral("f2"), QStringLiteral("detection-gap"), {}, {}}};
        Coe b = a;
        b.factors[0].category = QStringLiteral("change/configuration");
        b.factors.removeAt(1);
        b.factors.append(ContributingFactor{QStringLiteral("f3"), QStringLiteral("process-gap"), {}, {}});
        b.detection = Detection{DetectionSource::CustomerReport, QStringLiteral("A customer wrote in.")};
        b.templateName = QStringLiteral("outage");
        b.timeline[2].highlight = true;
        const CoeDiff d = compareCoes(a, b);
        const SectionDiff* f = section(d, QStringLiteral("contributing_factors"));
        QVERIFY(f);
        QCOMPARE(f->added, 1);
        QCOMPARE(f->removed, 1);
        QCOMPARE(f->changed, 1);
        const SectionDiff* t = section(d, QStringLiteral("timeline"));
        QVERIFY(t);
        QCOMPARE(t->items.size(), 1);
        QCOMPARE(t->items[0].fields, QStringList{QStringLiteral("highlight")});
        QStringList texts;
        for (const FieldChange& c : d.texts)
            texts << c.field;
        QCOMPARE(texts, (QStringList{QStringLiteral("detection.source"), QStringLiteral("detection.description")}));
        QStringList header;
        for (const FieldChange& c : d.header)
            header << c.field;
        QCOMPARE(header, QStringList{QStringLiteral("template")});
        const QString line = d.summaryLine();
        QVERIFY2(line.contains(QStringLiteral("contributing factors +1 −1 ~1")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("detection")), qPrintable(line));
        QVERIFY(compareCoes(b, b).isEmpty());
    }

    void actionDoneAndHeaderFields()
    {
        Coe a = exampleCoe();
        QVERIFY(!a.actionItems.isEmpty());
        a.actionItems[0].status = ActionStatus::Open;
        Coe b = a;
        b.actionItems[0].status = ActionStatus::Done;
        b.status = Status::Approved;
        b.tags << QStringLiteral("new-tag");
        const CoeDiff d = compareCoes(a, b);
        QCOMPARE(d.actionsDone, 1);
        const SectionDiff* s = section(d, QStringLiteral("action_items"));
        QVERIFY(s);
        QCOMPARE(s->items.size(), 1);
        QCOMPARE(s->items[0].fields, QStringList{QStringLiteral("status")});
        QStringList fields;
        for (const FieldChange& f : d.header)
            fields << f.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("status"), QStringLiteral("tags")}));
        const QString line = d.summaryLine();
        QVERIFY2(line.startsWith(QStringLiteral("actions +0 −0 ~1; 1 action")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("; status %1 → Approved; tags changed").arg(displayName(a.status))),
                 qPrintable(line));
        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(QStringLiteral("actions_done")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("sections")).toArray().size(), 1);
    }

    void metricImagesReplaced()
    {
        Coe a;
        Metric m;
        m.name = QStringLiteral("Errors");
        m.images = {MetricImage{QStringLiteral("a.png"), QStringLiteral("image/png"), QByteArray("one"), {}}};
        a.metrics = {m};
        Coe b = a;
        b.metrics[0].images[0].data = QByteArray("two");
        const CoeDiff d = compareCoes(a, b);
        QCOMPARE(d.imagesReplaced, 1);
        const SectionDiff* s = section(d, QStringLiteral("metrics"));
        QVERIFY(s);
        QCOMPARE(s->items[0].fields, QStringList{QStringLiteral("images")});
    }

    // The large benchmark's size: 1,000 timeline entries, a few changed and moved.
    void largeTimeline()
    {
        Coe a;
        for (int i = 0; i < 1000; ++i)
            a.timeline.append(
                {at(0).addSecs(i * 60), QStringLiteral("Entry %1 about the checkout service").arg(i), {}, false, {}, {}});
        Coe b = a;
        b.timeline[10].text += QStringLiteral(" (edited)");
        b.timeline.removeAt(500);
        b.timeline.append(entry(59, QStringLiteral("late")));
        const CoeDiff d = compareCoes(a, b);
        const SectionDiff* t = section(d, QStringLiteral("timeline"));
        QVERIFY(t);
        QCOMPARE(t->changed, 1);
        QCOMPARE(t->removed, 1);
        QCOMPARE(t->added, 1);
    }

    // The summary spelled statuses as stored ("status draft → in_review").
    void summarySpellsStatusesByTheirDisplayNames()
    {
        Coe a;
        a.status = Status::Draft;
        Coe b = a;
        b.status = Status::InReview;
        const QString line = compareCoes(a, b).summaryLine();
        QCOMPARE(line, QStringLiteral("status Draft → In review"));
        QVERIFY2(!line.contains(QStringLiteral("in_review")), qPrintable(line));
        // The section-by-section output keeps the interchange values.
        QCOMPARE(compareCoes(a, b).header.value(0).after, QStringLiteral("in_review"));
    }

    void summaryMentionsReviewChanges()
    {
        Coe a;
        a.review.comments = {comment(QStringLiteral("c1"), QStringLiteral("Why 3 is thin")),
                             comment(QStringLiteral("c2"), QStringLiteral("Add the pager log"))};
        Coe b = a;
        b.review.comments[0].resolved = true;
        b.review.comments.append(comment(QStringLiteral("c3"), QStringLiteral("Done?")));
        b.review.comments.append(comment(QStringLiteral("c4"), QStringLiteral("Yes")));
        ReviewMeeting m;
        m.at = at(30);
        m.facilitator = QStringLiteral("Sam");
        b.review.meetings.append(m);
        b.review.approvedBy = QStringLiteral("Dana Reviewer");
        b.review.approvedAt = at(40);
        b.review.approvedVersion = 3;
        const CoeDiff d = compareCoes(a, b);
        QVERIFY(!d.isEmpty());
        QCOMPARE(d.review.commentsResolved, 1);
        QCOMPARE(d.summaryLine(),
                 QStringLiteral("comments: 2 added, 1 resolved; meetings: 1 added; approved by Dana Reviewer"));
        // Nothing but the review changed: the summary says only that.
        Coe c = b;
        c.review.comments[1].text = QStringLiteral("Add the pager log and the chat");
        c.review.comments[2].resolved = true;
        c.review.comments.removeAt(3);
        c.review.approvedBy.clear();
        QCOMPARE(compareCoes(b, c).summaryLine(),
                 QStringLiteral("comments: 1 removed, 1 resolved, 1 edited; approval removed"));
    }

    void reviewSectionMatchesItems()
    {
        Coe a;
        a.review.comments = {comment(QStringLiteral("c1"), QStringLiteral("one")),
                             comment(QStringLiteral("c2"), QStringLiteral("two")),
                             comment(QStringLiteral("c3"), QStringLiteral("three"))};
        ReviewQuestion q;
        q.question = QStringLiteral("Why was the alarm silent?");
        a.review.questions.append(q);
        Coe b = a;
        b.review.comments.removeAt(1);                          // c2 removed
        b.review.comments[1].text = QStringLiteral("three, edited"); // c3 changed
        b.review.comments.append(comment(QStringLiteral("c9"), QStringLiteral("nine")));
        b.review.questions[0].answer = QStringLiteral("It was muted.");
        const CoeDiff d = compareCoes(a, b);
        QVERIFY(d.sections.isEmpty()); // the review is not one of the COE's own lists
        const SectionDiff* c = reviewSection(d, QStringLiteral("comments"));
        QVERIFY(c);
        QCOMPARE(c->added, 1);
        QCOMPARE(c->removed, 1);
        QCOMPARE(c->changed, 1);
        QCOMPARE(c->items.size(), 3);
        QCOMPARE(c->items[0].kind, ItemChange::Kind::Removed);
        QCOMPARE(c->items[0].fromIndex, 1);
        QCOMPARE(c->items[1].kind, ItemChange::Kind::Changed);
        QCOMPARE(c->items[1].fields, QStringList{QStringLiteral("text")});
        QCOMPARE(c->items[2].kind, ItemChange::Kind::Added);
        QCOMPARE(c->items[2].label, QStringLiteral("Rita: nine"));
        const SectionDiff* rq = reviewSection(d, QStringLiteral("questions"));
        QVERIFY(rq);
        QCOMPARE(rq->changed, 1);
        QCOMPARE(rq->items[0].fields, QStringList{QStringLiteral("answer")});
        QVERIFY(!reviewSection(d, QStringLiteral("meetings")));

        const QString text = d.toText();
        QVERIFY2(text.contains(QStringLiteral("review.comments[2] + Rita: nine")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("review.comments[1] - Rita: two")), qPrintable(text));
        const QJsonObject json = d.toJson();
        for (const char* key : {"summary", "header", "texts", "sections", "actions_done", "images_replaced", "review"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("sections")).toArray().size(), 0);
        const QJsonArray review = json.value(QStringLiteral("review")).toObject().value(QStringLiteral("sections")).toArray();
        QCOMPARE(review.size(), 2);
        QCOMPARE(review[0].toObject().value(QStringLiteral("section")).toString(), QStringLiteral("comments"));
        QCOMPARE(review[0].toObject().value(QStringLiteral("items")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCoeDiff)
#include "TestCoeDiff.moc"
