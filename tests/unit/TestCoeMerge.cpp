// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "document/CoeDocument.h"
#include "document/CoeMerge.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace hindsight;
using hindsight::test::exampleCoe;

namespace {

const MergeSection* findSection(const QList<MergeSection>& sections, const QString& key)
{
    for (const MergeSection& s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

QStringList keys(const QList<MergeSection>& sections)
{
    QStringList out;
    for (const MergeSection& s : sections)
        out << s.key;
    return out;
}

MergeChoices all(const QList<MergeSection>& sections, MergeChoice choice)
{
    MergeChoices out;
    for (const MergeSection& s : sections)
        out.insert(s.key, choice);
    return out;
}

// The content both versions agree is the COE's own (uuid, created) aside.
void compareContent(Coe merged, const Coe& expected)
{
    merged.updatedAt = expected.updatedAt;
    merged.uuid = expected.uuid;
    merged.createdAt = expected.createdAt;
    QCOMPARE(merged.title, expected.title);
    QCOMPARE(merged.timeline, expected.timeline);
    QCOMPARE(merged.metrics, expected.metrics);
    QCOMPARE(merged.questions, expected.questions);
    QCOMPARE(merged.whys, expected.whys);
    QCOMPARE(merged.actionItems, expected.actionItems);
    QCOMPARE(merged.related, expected.related);
    QVERIFY(merged.impact == expected.impact);
    QVERIFY(merged.sameContent(expected));
}

TimelineEntry entry(const QDateTime& at, const QString& text, Milestone milestone = Milestone::None)
{
    TimelineEntry e;
    e.at = at;
    e.text = text;
    e.milestone = milestone;
    return e;
}

ReviewComment comment(const QString& id, const QString& author, const QString& text, bool resolved = false)
{
    ReviewComment c;
    c.id = id;
    c.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    c.author = author;
    c.text = text;
    c.resolved = resolved;
    return c;
}

const ReviewComment* commentById(const Review& r, const QString& id)
{
    for (const ReviewComment& c : r.comments)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestCoeMerge : public QObject
{
    Q_OBJECT

private slots:
    void identicalVersionsHaveNoSections()
    {
        const Coe c = exampleCoe();
        QVERIFY(compareCoes(c, c).isEmpty());
        Coe later = c;
        later.revision = 9;
        later.updatedAt = later.updatedAt.addDays(1); // bookkeeping, not a section
        QVERIFY(compareCoes(later, c).isEmpty());
    }

    void fieldsDifferOneSectionEach()
    {
        const Coe base = exampleCoe();
        Coe theirs = base;
        Coe mine = base;
        theirs.title = QStringLiteral("Their title");
        theirs.revision = 5;
        mine.impact.customersAffected = 50000;
        mine.impact.slaBreached = std::nullopt;
        theirs.impact.slaBreached = false;
        mine.severity = 1;
        mine.tags << QStringLiteral("eu");
        mine.problem = QStringLiteral("<b>Not markup</b> & more");

        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QCOMPARE(keys(sections), (QStringList{QStringLiteral("field/Title"), QStringLiteral("field/Severity"),
                                              QStringLiteral("field/Tags"), QStringLiteral("field/CustomersAffected"),
                                              QStringLiteral("field/SlaBreached"), QStringLiteral("field/Problem")}));
        const MergeSection* title = findSection(sections, QStringLiteral("field/Title"));
        QCOMPARE(title->label, QStringLiteral("Title"));
        QCOMPARE(title->theirs, QStringLiteral("Their title"));
        QCOMPARE(title->mine, base.title);
        QVERIFY(title->section == analysis::Section::Summary);
        const MergeSection* sla = findSection(sections, QStringLiteral("field/SlaBreached"));
        QVERIFY(sla->section == analysis::Section::Impact);
        QCOMPARE(sla->theirs, QStringLiteral("no"));
        QCOMPARE(sla->mine, QStringLiteral("unknown"));
        QVERIFY(findSection(sections, QStringLiteral("field/Tags"))->mine.endsWith(QStringLiteral("payments, eu")));
        // User text is data: given as it is, for a plain-text view.
        QCOMPARE(findSection(sections, QStringLiteral("field/Problem"))->mine, QStringLiteral("<b>Not markup</b> & more"));

        // Theirs for the title and the SLA, mine for the rest.
        const Coe merged = mergeCoes(theirs, mine,
                                     {{QStringLiteral("field/Title"), MergeChoice::Theirs},
                                      {QStringLiteral("field/SlaBreached"), MergeChoice::Theirs},
                                      {QStringLiteral("field/Severity"), MergeChoice::Mine}});
        QCOMPARE(merged.title, QStringLiteral("Their title"));
        QCOMPARE(merged.impact.slaBreached, std::optional<bool>(false));
        QCOMPARE(merged.severity, std::optional<int>(1));
        QCOMPARE(merged.impact.customersAffected, std::optional<qint64>(50000));
        QCOMPARE(merged.tags, mine.tags);
        QCOMPARE(merged.problem, mine.problem);
        QCOMPARE(merged.revision, 5); // saved as the next revision over theirs
        QCOMPARE(merged.uuid, base.uuid);
    }

    void timelineRowsAlignedWithoutIds()
    {
        Coe base = exampleCoe();
        Coe theirs = base;
        Coe mine = base;
        const QDateTime early = base.timeline[1].at.addSecs(60);
        const QDateTime late = base.timeline.last().at.addSecs(600);
        // Theirs edits the text of the third entry and adds one early;
        // mine adds one at the end and edits the first entry's source.
        theirs.timeline[2].text = QStringLiteral("Their wording");
        theirs.timeline.insert(2, entry(early, QStringLiteral("Their new entry")));
        mine.timeline[0].source = QStringLiteral("my source");
        mine.timeline.append(entry(late, QStringLiteral("My new entry")));

        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QCOMPARE(sections.size(), 4);
        int edited = 0, theirsOnly = 0, mineOnly = 0;
        for (const MergeSection& s : sections) {
            QCOMPARE(s.part, MergeSection::Part::Timeline);
            QVERIFY(s.section == analysis::Section::Timeline);
            QVERIFY(s.label.startsWith(QStringLiteral("Timeline entry at ")));
            edited += s.inTheirs && s.inMine;
            theirsOnly += s.inTheirs && !s.inMine;
            mineOnly += !s.inTheirs && s.inMine;
        }
        QCOMPARE(edited, 2);
        QCOMPARE(theirsOnly, 1);
        QCOMPARE(mineOnly, 1);

        // Nothing chosen: mine as it is. Everything theirs: theirs as it is.
        compareContent(mergeCoes(theirs, mine, {}), mine);
        compareContent(mergeCoes(theirs, mine, all(sections, MergeChoice::Theirs)), theirs);

        // Their new entry and their wording, my source and my new entry.
        MergeChoices choices;
        for (const MergeSection& s : sections)
            if (s.theirs.contains(QStringLiteral("Their")))
                choices.insert(s.key, MergeChoice::Theirs);
        QCOMPARE(choices.size(), 2);
        const Coe merged = mergeCoes(theirs, mine, choices);
        QCOMPARE(merged.timeline.size(), base.timeline.size() + 2);
        QCOMPARE(merged.timeline[0].source, QStringLiteral("my source"));
        QCOMPARE(merged.timeline[2].text, QStringLiteral("Their new entry"));
        QCOMPARE(merged.timeline[3].text, QStringLiteral("Their wording"));
        QCOMPARE(merged.timeline.last().text, QStringLiteral("My new entry"));
        for (int i = 1; i < merged.timeline.size(); ++i)
            QVERIFY(merged.timeline[i - 1].at <= merged.timeline[i].at);
    }

    void entryWithAMovedTimeIsOneSection()
    {
        Coe theirs = exampleCoe();
        Coe mine = theirs;
        mine.timeline[3].at = mine.timeline[3].at.addSecs(120); // same text, new time
        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QCOMPARE(sections.size(), 1);
        QVERIFY(sections[0].inTheirs && sections[0].inMine);
        compareContent(mergeCoes(theirs, mine, all(sections, MergeChoice::Theirs)), theirs);
    }

    void milestoneStaysOnOneEntry()
    {
        Coe theirs = exampleCoe();
        Coe mine = theirs;
        // Theirs moves "Detected" to a new entry; mine keeps it where it was.
        int detected = -1;
        for (int i = 0; i < theirs.timeline.size(); ++i)
            if (theirs.timeline[i].milestone == Milestone::Detected)
                detected = i;
        QVERIFY(detected > 0);
        theirs.timeline[detected].milestone = Milestone::None;
        theirs.timeline.append(entry(theirs.timeline.last().at.addSecs(60), QStringLiteral("Paged"), Milestone::Detected));
        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QCOMPARE(sections.size(), 2);
        // Take their new entry only: both would carry Detected; mine's keeps it.
        MergeChoices choices;
        for (const MergeSection& s : sections)
            if (!s.inMine)
                choices.insert(s.key, MergeChoice::Theirs);
        const Coe merged = mergeCoes(theirs, mine, choices);
        int carriers = 0;
        for (const TimelineEntry& e : merged.timeline)
            carriers += e.milestone == Milestone::Detected;
        QCOMPARE(carriers, 1);
        QVERIFY(merged.timeline[detected].milestone == Milestone::Detected);
        QCOMPARE(merged.timeline.last().text, QStringLiteral("Paged"));
    }

    void actionsAndWhysMatchedById()
    {
        Coe theirs = exampleCoe();
        Coe mine = theirs;
        // Reordering is no difference; edits of two items are one section each.
        std::reverse(mine.actionItems.begin(), mine.actionItems.end());
        theirs.actionItems[0].owner = QStringLiteral("Their owner");
        mine.actionItems[0].title = QStringLiteral("My title"); // the last of theirs
        const QString myEdited = mine.actionItems[0].id;
        theirs.whys[1].because = QStringLiteral("Their because");
        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QCOMPARE(keys(sections).size(), 3);
        const QString theirKey = QStringLiteral("action/0/%1").arg(mine.actionItems.size() - 1);
        const MergeSection* a1 = findSection(sections, theirKey);
        QVERIFY2(a1, qPrintable(keys(sections).join(u' ')));
        QCOMPARE(a1->label, QStringLiteral("Action item a1"));
        QVERIFY(a1->theirs.contains(QStringLiteral("Owner: Their owner")));
        const MergeSection* why = findSection(sections, QStringLiteral("why/1/1"));
        QVERIFY(why);
        QCOMPARE(why->label, QStringLiteral("Why step w2"));
        QVERIFY(why->theirs.contains(QStringLiteral("Because: Their because")));

        const Coe merged = mergeCoes(theirs, mine, {{theirKey, MergeChoice::Theirs}});
        QCOMPARE(merged.actionItems.size(), mine.actionItems.size());
        QCOMPARE(merged.actionItems[0].id, myEdited);
        QCOMPARE(merged.actionItems[0].title, QStringLiteral("My title"));
        QCOMPARE(merged.actionItems.last().owner, QStringLiteral("Their owner"));
        QCOMPARE(merged.whys[1].because, mine.whys[1].because);
    }

    void keptWhyBringsItsAncestorsAndLinksStayValid()
    {
        Coe theirs = exampleCoe();
        Coe mine = theirs;
        // Theirs adds w7 under w5; mine removed w4 and w5 (and a1's link to w4).
        theirs.whys.append(WhyStep{QStringLiteral("w7"), QStringLiteral("w5"), QStringLiteral("Why deeper?"),
                                   QStringLiteral("Because."), false, false});
        mine.whys.removeIf([](const WhyStep& w) { return w.id == u"w4" || w.id == u"w5"; });
        mine.actionItems[0].whys.clear();
        const QList<MergeSection> sections = compareCoes(theirs, mine);
        const MergeSection* w7 = nullptr;
        for (const MergeSection& s : sections)
            if (s.label == u"Why step w7")
                w7 = &s;
        QVERIFY(w7);
        QVERIFY(w7->inTheirs && !w7->inMine);
        QVERIFY(w7->mine.isEmpty());

        // Taking w7 alone brings w4 and w5 back (mine's view lacks them).
        const Coe merged = mergeCoes(theirs, mine, {{w7->key, MergeChoice::Theirs}});
        QStringList ids;
        for (const WhyStep& w : merged.whys)
            ids << w.id;
        QVERIFY(ids.contains(QStringLiteral("w4")));
        QVERIFY(ids.contains(QStringLiteral("w5")));
        QVERIFY(ids.indexOf(QStringLiteral("w5")) < ids.indexOf(QStringLiteral("w7"))); // parents first

        // Taking theirs for a1 (linked to w4) but mine for the whys drops the dangling link.
        MergeChoices choices;
        for (const MergeSection& s : sections)
            if (s.part == MergeSection::Part::Action)
                choices.insert(s.key, MergeChoice::Theirs);
        QCOMPARE(choices.size(), 1);
        const Coe linked = mergeCoes(theirs, mine, choices);
        QVERIFY(linked.actionItems[0].whys.isEmpty());
    }

    void rowsOnlyOneSideHas()
    {
        Coe theirs = exampleCoe();
        Coe mine = theirs;
        RelatedItem item;
        item.title = QStringLiteral("Runbook");
        item.url = QStringLiteral("https://runbooks.example.com/checkout");
        theirs.related.append(item);
        mine.questions.removeLast();
        mine.metrics[0].description = QStringLiteral("My description");
        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections[0].part, MergeSection::Part::Metric);
        QCOMPARE(sections[1].part, MergeSection::Part::Question);
        QVERIFY(sections[1].inTheirs && !sections[1].inMine);
        QCOMPARE(sections[2].part, MergeSection::Part::Related);
        QCOMPARE(sections[2].label, QStringLiteral("Related: Runbook"));
        QVERIFY(sections[2].theirs.contains(item.url));
        compareContent(mergeCoes(theirs, mine, {}), mine);
        compareContent(mergeCoes(theirs, mine, all(sections, MergeChoice::Theirs)), theirs);
    }

    void everythingDifferentStillMergesBothWays()
    {
        Coe theirs = exampleCoe();
        Coe mine = makeNewCoe(QStringLiteral("Other"));
        mine.uuid = theirs.uuid;
        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QVERIFY(sections.size() > 20);
        compareContent(mergeCoes(theirs, mine, {}), mine);
        compareContent(mergeCoes(theirs, mine, all(sections, MergeChoice::Theirs)), theirs);
        compareContent(mergeCoes(mine, theirs, {}), theirs);
    }

    void documentTakesTheMergeAsOneUndoStep()
    {
        const Coe theirs = exampleCoe();
        Coe mine = theirs;
        mine.title = QStringLiteral("Mine");
        mine.revision = 3;
        CoeDocument doc(mine);
        doc.setSummary(QStringLiteral("typed"));
        const int steps = doc.undoStack()->count();
        Coe merged = mergeCoes(theirs, doc.coe(), {{QStringLiteral("field/Title"), MergeChoice::Theirs}});
        QSignalSpy resets(&doc, &CoeDocument::reset);
        doc.replaceContent(merged, QStringLiteral("Resolve Conflict"));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Resolve Conflict"));
        QCOMPARE(doc.coe().title, theirs.title);
        QCOMPARE(doc.coe().summary, QStringLiteral("typed"));
        QCOMPARE(doc.coe().revision, 3); // bookkeeping stays
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().title, QStringLiteral("Mine"));
        QCOMPARE(doc.coe().summary, QStringLiteral("typed"));
        doc.undoStack()->redo();
        QCOMPARE(doc.coe().title, theirs.title);
        // The same content again is no step.
        doc.replaceContent(doc.coe(), QStringLiteral("Resolve Conflict"));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
    }

    // --- three-way: the base is the revision both versions started from ---------

    void editsToDifferentSectionsMergeWithoutAChoice()
    {
        const Coe base = exampleCoe();
        Coe theirs = base;
        theirs.revision = base.revision + 1;
        theirs.title = QStringLiteral("Their title");
        theirs.actionItems[0].owner = QStringLiteral("Their Owner");
        theirs.timeline[1].text = QStringLiteral("Their wording of the push.");
        Coe mine = base;
        mine.summary = QStringLiteral("My summary.");
        mine.whys[1].because = QStringLiteral("My reason.");
        mine.timeline[4].source = QStringLiteral("https://chat.example.com/incident");

        const QList<MergeSection> sections = compareCoes(theirs, mine, &base);
        QCOMPARE(sections.size(), 6); // every change is listed, theirs included
        for (const MergeSection& s : sections) {
            QVERIFY2(s.change != MergeSection::Change::Both, qPrintable(s.key));
            QVERIFY(s.inBase);
            // Their edit is suggested where only they changed it, mine where only I did.
            QCOMPARE(s.suggested, s.change == MergeSection::Change::Theirs ? MergeChoice::Theirs : MergeChoice::Mine);
        }
        QCOMPARE(findSection(sections, QStringLiteral("field/Title"))->change, MergeSection::Change::Theirs);
        QCOMPARE(findSection(sections, QStringLiteral("field/Title"))->base, base.title);
        QCOMPARE(findSection(sections, QStringLiteral("field/Summary"))->change, MergeSection::Change::Mine);

        // No choice made: both people's work is in the result.
        const Coe merged = mergeCoes(theirs, mine, {}, &base);
        QCOMPARE(merged.title, theirs.title);
        QCOMPARE(merged.actionItems[0].owner, QStringLiteral("Their Owner"));
        QCOMPARE(merged.timeline[1].text, theirs.timeline[1].text);
        QCOMPARE(merged.summary, mine.summary);
        QCOMPARE(merged.whys, mine.whys);
        QCOMPARE(merged.timeline[4].source, mine.timeline[4].source);
        QCOMPARE(merged.timeline.size(), base.timeline.size());
        QCOMPARE(merged.revision, theirs.revision);
        // The suggestions are the same choices, and a choice still wins over them.
        compareContent(mergeCoes(theirs, mine, suggestedChoices(sections)), merged);
        const MergeChoices keepMyTitle{{QStringLiteral("field/Title"), MergeChoice::Mine}};
        QCOMPARE(mergeCoes(theirs, mine, keepMyTitle, &base).title, base.title);
    }

    void sameSectionChangedByBothIsFlaggedAndKeepsMine()
    {
        const Coe base = exampleCoe();
        Coe theirs = base;
        theirs.title = QStringLiteral("Their title");
        theirs.whys[1].because = QStringLiteral("Their reason.");
        theirs.timeline[2].text = QStringLiteral("Their text.");
        Coe mine = base;
        mine.title = QStringLiteral("My title");
        mine.whys[1].because = QStringLiteral("My reason.");
        mine.timeline[2].source = QStringLiteral("My source"); // the same entry, another field

        const QList<MergeSection> sections = compareCoes(theirs, mine, &base);
        QCOMPARE(sections.size(), 3);
        for (const MergeSection& s : sections) {
            QCOMPARE(s.change, MergeSection::Change::Both);
            QCOMPARE(s.suggested, MergeChoice::Mine);
            QVERIFY(s.inBase);
        }
        QCOMPARE(findSection(sections, QStringLiteral("field/Title"))->base, base.title);
        const Coe merged = mergeCoes(theirs, mine, {}, &base);
        QCOMPARE(merged.title, mine.title);
        QCOMPARE(merged.whys, mine.whys);
        QCOMPARE(merged.timeline, mine.timeline);
        // The same change made by both is no conflict at all.
        mine.title = theirs.title;
        QVERIFY(!findSection(compareCoes(theirs, mine, &base), QStringLiteral("field/Title")));
    }

    void rowDeletedByThemAndUntouchedByMeStaysDeleted()
    {
        const Coe base = exampleCoe();
        Coe theirs = base;
        const TimelineEntry gone = theirs.timeline.takeAt(4);
        const ActionItem goneAction = theirs.actionItems.takeAt(2);
        theirs.related.clear();
        Coe mine = base;
        mine.summary = QStringLiteral("My summary.");
        mine.actionItems[3].owner = QStringLiteral("Edited by me"); // they deleted this one too: both
        theirs.actionItems.removeIf([&](const ActionItem& a) { return a.id == mine.actionItems[3].id; });

        const QList<MergeSection> sections = compareCoes(theirs, mine, &base);
        int deletedByThem = 0;
        for (const MergeSection& s : sections) {
            if (s.inTheirs)
                continue;
            if (s.part == MergeSection::Part::Action && s.label.endsWith(mine.actionItems[3].id)) {
                QCOMPARE(s.change, MergeSection::Change::Both); // deleted there, edited here
                QCOMPARE(s.suggested, MergeChoice::Mine);
                continue;
            }
            QCOMPARE(s.change, MergeSection::Change::Theirs);
            QCOMPARE(s.suggested, MergeChoice::Theirs);
            ++deletedByThem;
        }
        QCOMPARE(deletedByThem, 2 + base.related.size());

        const Coe merged = mergeCoes(theirs, mine, {}, &base);
        QCOMPARE(merged.timeline.size(), base.timeline.size() - 1);
        QVERIFY(!merged.timeline.contains(gone));
        QVERIFY(std::none_of(merged.actionItems.begin(), merged.actionItems.end(),
                             [&](const ActionItem& a) { return a.id == goneAction.id; }));
        QVERIFY(merged.related.isEmpty());
        QCOMPARE(merged.summary, mine.summary);
        QVERIFY(merged.actionItems.contains(mine.actionItems[3])); // mine, edited, kept
    }

    void rowAddedByMeStaysAndRowAddedByThemComesIn()
    {
        const Coe base = exampleCoe();
        Coe mine = base;
        TimelineEntry myEntry = entry(base.timeline[3].at.addSecs(120), QStringLiteral("My new entry."));
        mine.timeline.insert(4, myEntry);
        ActionItem myAction = base.actionItems[0];
        myAction.id = QStringLiteral("a99");
        myAction.title = QStringLiteral("My new action");
        mine.actionItems.append(myAction);
        const TimelineEntry deletedByMe = mine.timeline.takeAt(1);
        Coe theirs = base;
        TimelineEntry theirEntry = entry(base.timeline[5].at.addSecs(60), QStringLiteral("Their new entry."));
        theirs.timeline.insert(6, theirEntry);
        theirs.title = QStringLiteral("Their title");

        const QList<MergeSection> sections = compareCoes(theirs, mine, &base);
        for (const MergeSection& s : sections)
            QVERIFY2(s.change != MergeSection::Change::Both, qPrintable(s.key));
        const Coe merged = mergeCoes(theirs, mine, {}, &base);
        QVERIFY(merged.timeline.contains(myEntry));
        QVERIFY(merged.timeline.contains(theirEntry));
        QVERIFY(!merged.timeline.contains(deletedByMe)); // deleted by me, untouched by them
        QCOMPARE(merged.timeline.size(), base.timeline.size() + 1);
        QVERIFY(std::is_sorted(merged.timeline.begin(), merged.timeline.end(),
                               [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; }));
        QVERIFY(merged.actionItems.contains(myAction));
        QCOMPARE(merged.title, theirs.title);
    }

    void withoutABaseEverySectionKeepsMine()
    {
        const Coe base = exampleCoe();
        Coe theirs = base;
        theirs.title = QStringLiteral("Their title");
        const QList<MergeSection> sections = compareCoes(theirs, base);
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections[0].change, MergeSection::Change::Unknown);
        QCOMPARE(sections[0].suggested, MergeChoice::Mine);
        QVERIFY(!sections[0].inBase);
        QCOMPARE(mergeCoes(theirs, base, {}).title, base.title);
    }

    // Two reviewers commenting at the same time: neither loses a comment.
    void reviewCommentsFromBothSidesAreKept()
    {
        Coe base = exampleCoe();
        base.review.comments = {comment(QStringLiteral("c1"), QStringLiteral("Ann"), QStringLiteral("First"))};
        Coe theirs = base;
        Coe mine = base;
        theirs.review.comments.append(comment(QStringLiteral("c2"), QStringLiteral("Bo"), QStringLiteral("Theirs")));
        mine.review.comments.append(comment(QStringLiteral("c3"), QStringLiteral("Cy"), QStringLiteral("Mine")));
        ReviewMeeting meeting;
        meeting.at = QDateTime(QDate(2026, 3, 3), QTime(14, 0), QTimeZone::utc());
        meeting.facilitator = QStringLiteral("Dee");
        theirs.review.meetings.append(meeting);
        ReviewQuestion question;
        question.question = QStringLiteral("Who owns the pool size?");
        mine.review.questions.append(question);

        const QList<MergeSection> sections = compareCoes(theirs, mine);
        QCOMPARE(keys(sections), QStringList{QStringLiteral("review")});
        QCOMPARE(sections[0].part, MergeSection::Part::Review);
        QCOMPARE(sections[0].label, QStringLiteral("Review record"));
        QVERIFY2(sections[0].theirs.contains(QStringLiteral("Theirs")), qPrintable(sections[0].theirs));
        QVERIFY2(sections[0].mine.contains(QStringLiteral("Mine")), qPrintable(sections[0].mine));
        for (const MergeChoice choice : {MergeChoice::Mine, MergeChoice::Theirs}) {
            for (const Coe* b : {static_cast<const Coe*>(nullptr), static_cast<const Coe*>(&base)}) {
                const Coe merged = mergeCoes(theirs, mine, {{QStringLiteral("review"), choice}}, b);
                QStringList ids;
                for (const ReviewComment& c : merged.review.comments)
                    ids << c.id;
                ids.sort();
                QCOMPARE(ids, (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
                QCOMPARE(merged.review.meetings, QList<ReviewMeeting>{meeting});
                QCOMPARE(merged.review.questions, QList<ReviewQuestion>{question});
            }
        }
        // Without a choice: the same (Mine by default, nothing one-sided dropped).
        QCOMPARE(mergeCoes(theirs, mine, {}).review.comments.size(), 3);
    }

    void reviewCommentResolvedOnEitherSideStaysResolved()
    {
        Coe base = exampleCoe();
        base.review.comments = {comment(QStringLiteral("c1"), QStringLiteral("Ann"), QStringLiteral("Thin why")),
                                comment(QStringLiteral("c2"), QStringLiteral("Ann"), QStringLiteral("Pager log?"))};
        Coe theirs = base;
        Coe mine = base;
        theirs.review.comments[0].resolved = true; // they resolved c1
        mine.review.comments[1].resolved = true;   // I resolved c2
        mine.review.comments[0].text = QStringLiteral("Thin why, see W3");
        for (const MergeChoice choice : {MergeChoice::Mine, MergeChoice::Theirs}) {
            for (const Coe* b : {static_cast<const Coe*>(nullptr), static_cast<const Coe*>(&base)}) {
                const Coe merged = mergeCoes(theirs, mine, {{QStringLiteral("review"), choice}}, b);
                QCOMPARE(merged.review.comments.size(), 2);
                QVERIFY(commentById(merged.review, QStringLiteral("c1"))->resolved);
                QVERIFY(commentById(merged.review, QStringLiteral("c2"))->resolved);
                QCOMPARE(merged.review.unresolvedComments(), 0);
            }
        }
    }

    void reviewCommentEditedOnBothSidesFollowsTheChosenSide()
    {
        Coe base = exampleCoe();
        base.review.comments = {comment(QStringLiteral("c1"), QStringLiteral("Ann"), QStringLiteral("Original"))};
        Coe theirs = base;
        Coe mine = base;
        theirs.review.comments[0].text = QStringLiteral("Their wording");
        theirs.review.comments[0].resolved = true;
        mine.review.comments[0].text = QStringLiteral("My wording");
        const QList<MergeSection> sections = compareCoes(theirs, mine, &base);
        const MergeSection* review = findSection(sections, QStringLiteral("review"));
        QVERIFY(review);
        QCOMPARE(review->change, MergeSection::Change::Both);
        QCOMPARE(review->suggested, MergeChoice::Mine);
        QVERIFY(review->base.contains(QStringLiteral("Original")));
        // Default: mine's text.
        const Coe byDefault = mergeCoes(theirs, mine, {});
        QCOMPARE(byDefault.review.comments.size(), 1);
        QCOMPARE(byDefault.review.comments[0].text, QStringLiteral("My wording"));
        QVERIFY(byDefault.review.comments[0].resolved);
        QCOMPARE(mergeCoes(theirs, mine, {}, &base).review.comments[0].text, QStringLiteral("My wording"));
        // Theirs chosen for the review record: their text, still resolved.
        const Coe chosen = mergeCoes(theirs, mine, {{QStringLiteral("review"), MergeChoice::Theirs}}, &base);
        QCOMPARE(chosen.review.comments.size(), 1);
        QCOMPARE(chosen.review.comments[0].text, QStringLiteral("Their wording"));
        QVERIFY(chosen.review.comments[0].resolved);
        // Only they changed the record since the base: theirs is suggested.
        Coe untouched = base;
        const QList<MergeSection> theirSections = compareCoes(theirs, untouched, &base); // kept: findSection points into it
        const MergeSection* onlyTheirs = findSection(theirSections, QStringLiteral("review"));
        QVERIFY(onlyTheirs);
        QCOMPARE(onlyTheirs->suggested, MergeChoice::Theirs);
        QCOMPARE(mergeCoes(theirs, untouched, {}, &base).review, theirs.review);
    }

    void reviewRowDeletedOnOneSideSinceTheBaseStaysDeleted()
    {
        Coe base = exampleCoe();
        base.review.comments = {comment(QStringLiteral("c1"), QStringLiteral("Ann"), QStringLiteral("Old")),
                                comment(QStringLiteral("c2"), QStringLiteral("Ann"), QStringLiteral("Reply"))};
        base.review.comments[1].replyTo = QStringLiteral("c1");
        base.review.approvedBy = QStringLiteral("Ann");
        Coe theirs = base;
        Coe mine = base;
        mine.review.comments.removeFirst(); // I deleted c1
        theirs.review.comments.append(comment(QStringLiteral("c3"), QStringLiteral("Bo"), QStringLiteral("New")));
        theirs.review.approvedBy = QStringLiteral("Bo"); // only they changed the approval
        const Coe merged = mergeCoes(theirs, mine, {}, &base);
        QStringList ids;
        for (const ReviewComment& c : merged.review.comments)
            ids << c.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("c2"), QStringLiteral("c3")}));
        QVERIFY(merged.review.comments[0].replyTo.isEmpty()); // the comment it answered is gone
        QCOMPARE(merged.review.approvedBy, QStringLiteral("Bo"));
        // Without a base the deletion cannot be told from an addition: kept.
        QCOMPARE(mergeCoes(theirs, mine, {}).review.comments.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCoeMerge)
#include "TestCoeMerge.moc"
