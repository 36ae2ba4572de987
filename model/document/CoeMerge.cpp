// SPDX-License-Identifier: MIT
#include "CoeMerge.h"

#include "document/CoeMergeTexts.h"
#include "document/RowAlignment.h"
#include "document/WhyOrder.h"
#include "domain/DisplayNames.h"

#include <QMetaEnum>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <optional>

namespace hindsight {

namespace {

using mergetext::actionText;
using mergetext::CoeMergeText;
using mergetext::copyField;
using mergetext::entryText;
using mergetext::fieldText;
using mergetext::instant;
using mergetext::joined;
using mergetext::line;
using mergetext::lines;
using mergetext::metricText;
using mergetext::questionText;
using mergetext::relatedText;
using mergetext::sameField;
using mergetext::whyText;
using rowalign::alignById;
using rowalign::alignRows;
using rowalign::Pair;

using F = CoeDocument::Field;
using S = analysis::Section;

// --- the sections, in the order of the editor's steps ----------------------------

struct FieldInfo
{
    F field;
    S section;
};
const FieldInfo kFields[] = {
    {F::Title, S::Summary},           {F::Status, S::Summary},         {F::Severity, S::Summary},
    {F::Owner, S::Summary},           {F::Reviewers, S::Summary},      {F::Services, S::Summary},
    {F::Tags, S::Summary},            {F::DisplayTimeZone, S::Summary}, {F::Summary, S::Summary},
    {F::CustomersAffected, S::Impact}, {F::ImpactDescription, S::Impact}, {F::FinancialImpact, S::Impact},
    {F::SlaBreached, S::Impact},      {F::Pillars, S::Impact},         {F::Consequences, S::Impact},
    {F::SecondOrder, S::Impact},      {F::CustomerSentiment, S::Impact}, {F::Problem, S::Whys},
    {F::Template, S::Summary},        {F::DetectionSource, S::Impact}, {F::DetectionDescription, S::Impact},
};

QString fieldKey(F field)
{
    return QStringLiteral("field/") + QString::fromLatin1(QMetaEnum::fromType<F>().valueToKey(int(field)));
}

QString pairKey(const char* list, const Pair& p)
{
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(list)).arg(p.t).arg(p.m);
}

bool similarEntry(const TimelineEntry& a, const TimelineEntry& b)
{
    return a.at == b.at || a.text == b.text;
}
bool similarMetric(const Metric& a, const Metric& b)
{
    return a.name == b.name || (!a.sourceUrl.isEmpty() && a.sourceUrl == b.sourceUrl);
}
bool similarQuestion(const Question& a, const Question& b)
{
    return (a.area == b.area && a.question == b.question) || (!a.answer.isEmpty() && a.answer == b.answer);
}
bool similarRelated(const RelatedItem& a, const RelatedItem& b)
{
    const bool sameTarget = a.kind == b.kind && (a.kind == RelatedKind::Coe ? a.uuid == b.uuid : a.url == b.url);
    return sameTarget || a.title == b.title;
}

// Everything both functions need: the alignments of every list.
struct Alignment
{
    QList<Pair> timeline, metrics, questions, whys, actions, related;
    Alignment(const Coe& t, const Coe& m)
        : timeline(alignRows(t.timeline, m.timeline, similarEntry)),
          metrics(alignRows(t.metrics, m.metrics, similarMetric)),
          questions(alignRows(t.questions, m.questions, similarQuestion)), whys(alignById(t.whys, m.whys)),
          actions(alignById(t.actionItems, m.actionItems)), related(alignRows(t.related, m.related, similarRelated))
    {
    }
};

// For each row of the other version, its row in the base (-1: none), from an
// alignment of the base ("theirs" side of the pairs) with that version.
QList<qsizetype> basePartners(const QList<Pair>& baseToOther, qsizetype otherSize)
{
    QList<qsizetype> out(otherSize, -1);
    for (const Pair& p : baseToOther)
        if (p.m >= 0 && p.t >= 0)
            out[p.m] = p.t;
    return out;
}

// Who changed a row: t, m are the two versions' rows (nullptr: that side lacks
// it), bt, bm the base rows they come from (nullptr: none).
template <typename T>
MergeSection::Change classify(const T* t, const T* m, const T* bt, const T* bm)
{
    using C = MergeSection::Change;
    if (t && m) {
        const bool mineKept = bm && *bm == *m;
        const bool theirsKept = bt && *bt == *t;
        if (mineKept && !theirsKept)
            return C::Theirs;
        if (theirsKept && !mineKept)
            return C::Mine;
        return C::Both;
    }
    if (t) // only theirs has it: they added it, or I deleted it (after they edited it: both)
        return !bt ? C::Theirs : *bt == *t ? C::Mine : C::Both;
    // only mine has it: I added it, or they deleted it (after I edited it: both)
    return !bm ? C::Mine : *bm == *m ? C::Theirs : C::Both;
}

// The base's rows of one list and how they align with each version.
template <typename T> struct BaseRows
{
    const QList<T>* rows = nullptr; // nullptr: no base
    QList<qsizetype> ofTheirs, ofMine;
};

template <typename T>
BaseRows<T> baseRows(const Coe* base, QList<T> Coe::*list, const QList<Pair>* toTheirs,
                     const QList<Pair>* toMine, const Coe& theirs, const Coe& mine)
{
    BaseRows<T> out;
    if (!base)
        return out;
    out.rows = &(base->*list);
    out.ofTheirs = basePartners(*toTheirs, (theirs.*list).size());
    out.ofMine = basePartners(*toMine, (mine.*list).size());
    return out;
}

template <typename T, typename Text, typename Label>
void addListSections(QList<MergeSection>& out, const QList<Pair>& pairs, const QList<T>& t, const QList<T>& m,
                     const BaseRows<T>& b, MergeSection::Part part, S section, const char* keyName, Text text,
                     Label label)
{
    for (const Pair& p : pairs) {
        if (p.t >= 0 && p.m >= 0 && t[p.t] == m[p.m])
            continue;
        MergeSection s;
        s.part = part;
        s.section = section;
        s.key = pairKey(keyName, p);
        s.inTheirs = p.t >= 0;
        s.inMine = p.m >= 0;
        if (s.inTheirs)
            s.theirs = text(t[p.t]);
        if (s.inMine)
            s.mine = text(m[p.m]);
        s.label = label(s.inMine ? m[p.m] : t[p.t]);
        if (b.rows) {
            const qsizetype bt = s.inTheirs ? b.ofTheirs[p.t] : -1;
            const qsizetype bm = s.inMine ? b.ofMine[p.m] : -1;
            const T* baseT = bt >= 0 ? &(*b.rows)[bt] : nullptr;
            const T* baseM = bm >= 0 ? &(*b.rows)[bm] : nullptr;
            s.change = classify(s.inTheirs ? &t[p.t] : nullptr, s.inMine ? &m[p.m] : nullptr, baseT, baseM);
            if (const T* shown = baseM ? baseM : baseT) {
                s.inBase = true;
                s.base = text(*shown);
            }
        }
        out.append(s);
    }
}

// The chosen rows of one list, in the alignment's order.
template <typename T>
QList<T> mergeList(const QList<Pair>& pairs, const QList<T>& t, const QList<T>& m, const char* keyName,
                   const MergeChoices& choices, QList<bool>* fromMine = nullptr)
{
    QList<T> out;
    for (const Pair& p : pairs) {
        const bool mine = choices.value(pairKey(keyName, p), MergeChoice::Mine) == MergeChoice::Mine;
        const qsizetype from = mine ? p.m : p.t;
        if (from < 0)
            continue;
        out.append(mine ? m[from] : t[from]);
        if (fromMine)
            fromMine->append(mine);
    }
    return out;
}

// Each milestone on one entry: the one taken from mine keeps it, else the earliest.
void keepMilestonesUnique(QList<TimelineEntry>& timeline, QList<bool> fromMine)
{
    QHash<Milestone, qsizetype> holder;
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const Milestone ms = timeline[i].milestone;
        if (ms == Milestone::None)
            continue;
        const auto it = holder.constFind(ms);
        if (it == holder.constEnd()) {
            holder.insert(ms, i);
        } else if (fromMine[i] && !fromMine[*it]) {
            timeline[*it].milestone = Milestone::None;
            holder.insert(ms, i);
        } else {
            timeline[i].milestone = Milestone::None;
        }
    }
}

// Ancestors of kept steps come along (mine's version first); links that would
// close a cycle are cut; action items lose links to steps that are not kept.
void repairWhys(Coe& result, const Coe& theirs, const Coe& mine)
{
    QSet<QString> ids;
    for (const WhyStep& w : result.whys)
        ids.insert(w.id);
    const auto find = [](const QList<WhyStep>& list, const QString& id) -> const WhyStep* {
        for (const WhyStep& w : list)
            if (w.id == id)
                return &w;
        return nullptr;
    };
    for (qsizetype i = 0; i < result.whys.size(); ++i) { // grows while it runs
        const QString parent = result.whys[i].parentId;
        if (parent.isEmpty() || ids.contains(parent))
            continue;
        const WhyStep* p = find(mine.whys, parent);
        if (!p)
            p = find(theirs.whys, parent);
        if (p) {
            result.whys.append(*p);
            ids.insert(p->id);
        }
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < result.whys.size(); ++i)
        index.insert(result.whys[i].id, i);
    for (qsizetype i = 0; i < result.whys.size(); ++i) {
        QSet<QString> path{result.whys[i].id};
        for (QString at = result.whys[i].parentId; !at.isEmpty();) {
            if (path.contains(at)) {
                result.whys[i].parentId.clear();
                break;
            }
            path.insert(at);
            const auto it = index.constFind(at);
            at = it == index.constEnd() ? QString() : result.whys[*it].parentId;
        }
    }
    for (ActionItem& a : result.actionItems)
        a.whys.erase(std::remove_if(a.whys.begin(), a.whys.end(), [&](const QString& id) { return !ids.contains(id); }),
                     a.whys.end());
}

// --- the review record -----------------------------------------------------------

bool similarMeeting(const ReviewMeeting& a, const ReviewMeeting& b)
{
    return a.at == b.at || (!a.notes.isEmpty() && a.notes == b.notes);
}
bool similarReviewQuestion(const ReviewQuestion& a, const ReviewQuestion& b)
{
    return a.question == b.question || (!a.actionId.isEmpty() && a.actionId == b.actionId);
}

bool hasApproval(const Review& r)
{
    return !r.approvedBy.isEmpty() || r.approvedAt.isValid() || r.approvedVersion.has_value();
}
bool sameApproval(const Review& a, const Review& b)
{
    return a.approvedBy == b.approvedBy && a.approvedAt == b.approvedAt && a.approvedVersion == b.approvedVersion;
}
void copyApproval(Review& to, const Review& from)
{
    to.approvedBy = from.approvedBy;
    to.approvedAt = from.approvedAt;
    to.approvedVersion = from.approvedVersion;
}

QString reviewText(const Review& r, const QTimeZone& zone)
{
    QStringList out;
    if (hasApproval(r)) {
        QString approved = CoeMergeText::tr("Approved by %1 on %2")
                               .arg(r.approvedBy.isEmpty() ? CoeMergeText::tr("(no name)") : r.approvedBy,
                                    instant(r.approvedAt, zone));
        if (r.approvedVersion)
            approved += QLatin1Char(' ') + CoeMergeText::tr("(version %1)").arg(*r.approvedVersion);
        out << approved;
    }
    for (const ReviewMeeting& m : r.meetings)
        out << lines({CoeMergeText::tr("Meeting on %1").arg(instant(m.at, zone)),
                      line(CoeMergeText::tr("Facilitator"), m.facilitator),
                      line(CoeMergeText::tr("Attendees"), joined(m.attendees)),
                      line(CoeMergeText::tr("Notes"), m.notes),
                      line(CoeMergeText::tr("Decisions"), m.decisions)});
    for (const ReviewComment& c : r.comments) {
        QString text = CoeMergeText::tr("Comment by %1: %2").arg(c.author, c.text);
        if (c.resolved)
            text += QLatin1Char(' ') + CoeMergeText::tr("(resolved)");
        out << text;
    }
    for (const ReviewQuestion& q : r.questions)
        out << lines({CoeMergeText::tr("Question: %1").arg(q.question), line(CoeMergeText::tr("Answer"), q.answer)});
    return out.isEmpty() ? CoeMergeText::tr("(empty)") : out.join(QLatin1Char('\n'));
}

// One list of the review record: rows both have take the chosen side's version
// (`combine` may blend in the other's), rows one side has are kept unless the
// base shows the other side deleted them.
template <typename T, typename Align, typename Combine>
QList<T> mergeReviewRows(const QList<T>& t, const QList<T>& m, const QList<T>* base, bool chooseMine, Align align,
                         Combine combine)
{
    const QList<Pair> pairs = align(t, m);
    QList<qsizetype> baseOfTheirs, baseOfMine;
    if (base) {
        baseOfTheirs = basePartners(align(*base, t), t.size());
        baseOfMine = basePartners(align(*base, m), m.size());
    }
    QList<T> out;
    for (const Pair& p : pairs) {
        if (p.t >= 0 && p.m >= 0) {
            out.append(chooseMine ? combine(m[p.m], t[p.t]) : combine(t[p.t], m[p.m]));
            continue;
        }
        const bool theirsOnly = p.t >= 0;
        const T& row = theirsOnly ? t[p.t] : m[p.m];
        const qsizetype b = !base ? -1 : theirsOnly ? baseOfTheirs[p.t] : baseOfMine[p.m];
        if (b >= 0 && (*base)[b] == row)
            continue; // unchanged since the base, and the other side deleted it
        out.append(row);
    }
    return out;
}

Review mergeReviews(const Review& theirs, const Review& mine, MergeChoice choice, const Review* base)
{
    const bool chooseMine = choice == MergeChoice::Mine;
    Review out = chooseMine ? mine : theirs;
    const Review& other = chooseMine ? theirs : mine;
    if (base && sameApproval(mine, *base))
        copyApproval(out, theirs);
    else if (base && sameApproval(theirs, *base))
        copyApproval(out, mine);
    else if (!hasApproval(out) && !base)
        copyApproval(out, other);
    const auto byId = [](const QList<ReviewComment>& a, const QList<ReviewComment>& b) { return alignById(a, b); };
    out.comments = mergeReviewRows(
        theirs.comments, mine.comments, base ? &base->comments : nullptr, chooseMine, byId,
        [](ReviewComment chosen, const ReviewComment& second) {
            chosen.resolved = chosen.resolved || second.resolved;
            return chosen;
        });
    QSet<QString> ids;
    for (const ReviewComment& c : std::as_const(out.comments))
        ids.insert(c.id);
    for (ReviewComment& c : out.comments)
        if (!c.replyTo.isEmpty() && !ids.contains(c.replyTo))
            c.replyTo.clear();
    const auto keepChosen = [](const auto& chosen, const auto&) { return chosen; };
    out.meetings = mergeReviewRows(
        theirs.meetings, mine.meetings, base ? &base->meetings : nullptr, chooseMine,
        [](const QList<ReviewMeeting>& a, const QList<ReviewMeeting>& b) { return alignRows(a, b, similarMeeting); },
        keepChosen);
    out.questions = mergeReviewRows(
        theirs.questions, mine.questions, base ? &base->questions : nullptr, chooseMine,
        [](const QList<ReviewQuestion>& a, const QList<ReviewQuestion>& b) {
            return alignRows(a, b, similarReviewQuestion);
        },
        keepChosen);
    return out;
}

const QString& reviewKey()
{
    static const QString key = QStringLiteral("review");
    return key;
}

} // namespace

QList<MergeSection> compareCoes(const Coe& theirs, const Coe& mine, const Coe* base)
{
    QList<MergeSection> out;
    const Alignment al(theirs, mine);
    // The base against each version (the base on the "theirs" side of the pairs).
    const std::optional<Alignment> bt = base ? std::optional<Alignment>(std::in_place, *base, theirs) : std::nullopt;
    const std::optional<Alignment> bm = base ? std::optional<Alignment>(std::in_place, *base, mine) : std::nullopt;
    const auto rowsOf = [&](auto list, auto alignmentList) {
        return baseRows(base, list, bt ? &((*bt).*alignmentList) : nullptr, bm ? &((*bm).*alignmentList) : nullptr,
                        theirs, mine);
    };
    const QTimeZone zone = mine.displayTimeZone;
    const auto addFields = [&](S section) {
        for (const FieldInfo& info : kFields) {
            if (info.section != section || sameField(theirs, mine, info.field))
                continue;
            MergeSection s;
            s.part = MergeSection::Part::Field;
            s.field = info.field;
            s.section = info.section;
            s.key = fieldKey(info.field);
            s.label = toDisplayString(info.field);
            s.theirs = fieldText(theirs, info.field);
            s.mine = fieldText(mine, info.field);
            if (base) {
                s.inBase = true;
                s.base = fieldText(*base, info.field);
                using C = MergeSection::Change;
                s.change = sameField(*base, mine, info.field)     ? C::Theirs
                           : sameField(*base, theirs, info.field) ? C::Mine
                                                                   : C::Both;
            }
            out.append(s);
        }
    };
    using P = MergeSection::Part;
    addFields(S::Summary);
    addFields(S::Impact);
    addListSections(out, al.timeline, theirs.timeline, mine.timeline, rowsOf(&Coe::timeline, &Alignment::timeline),
                    P::Timeline, S::Timeline, "timeline", [&](const TimelineEntry& e) { return entryText(e, zone); },
                    [&](const TimelineEntry& e) {
                        return CoeMergeText::tr("Timeline entry at %1").arg(instant(e.at, zone));
                    });
    addListSections(out, al.metrics, theirs.metrics, mine.metrics, rowsOf(&Coe::metrics, &Alignment::metrics),
                    P::Metric, S::Metrics, "metric", metricText,
                    [](const Metric& m) { return CoeMergeText::tr("Metric: %1").arg(m.name); });
    addListSections(out, al.questions, theirs.questions, mine.questions,
                    rowsOf(&Coe::questions, &Alignment::questions), P::Question, S::Questions, "question",
                    questionText, [](const Question& q) {
                        return CoeMergeText::tr("Question (%1): %2").arg(displayName(q.area), q.question);
                    });
    addFields(S::Whys);
    addListSections(out, al.whys, theirs.whys, mine.whys, rowsOf(&Coe::whys, &Alignment::whys), P::Why, S::Whys,
                    "why", whyText, [](const WhyStep& w) { return CoeMergeText::tr("Why step %1").arg(w.id); });
    addListSections(out, al.actions, theirs.actionItems, mine.actionItems,
                    rowsOf(&Coe::actionItems, &Alignment::actions), P::Action, S::Actions, "action", actionText,
                    [](const ActionItem& a) { return CoeMergeText::tr("Action item %1").arg(a.id); });
    addListSections(out, al.related, theirs.related, mine.related, rowsOf(&Coe::related, &Alignment::related),
                    P::Related, S::Related, "related", relatedText,
                    [](const RelatedItem& r) { return CoeMergeText::tr("Related: %1").arg(r.title); });
    if (theirs.review != mine.review) {
        MergeSection s;
        s.part = P::Review;
        s.key = reviewKey();
        s.label = CoeMergeText::tr("Review record");
        s.theirs = reviewText(theirs.review, zone);
        s.mine = reviewText(mine.review, zone);
        if (base) {
            s.inBase = true;
            s.base = reviewText(base->review, zone);
            using C = MergeSection::Change;
            s.change = base->review == mine.review ? C::Theirs : base->review == theirs.review ? C::Mine : C::Both;
        }
        out.append(s);
    }
    for (MergeSection& s : out)
        s.suggested = s.change == MergeSection::Change::Theirs ? MergeChoice::Theirs : MergeChoice::Mine;
    return out;
}

MergeChoices suggestedChoices(const QList<MergeSection>& sections)
{
    MergeChoices out;
    for (const MergeSection& s : sections)
        out.insert(s.key, s.suggested);
    return out;
}

Coe mergeCoes(const Coe& theirs, const Coe& mine, const MergeChoices& given, const Coe* base)
{
    // A section without a choice takes its suggestion (Mine without a base).
    MergeChoices choices = given;
    if (base)
        for (const MergeSection& s : compareCoes(theirs, mine, base))
            if (!choices.contains(s.key))
                choices.insert(s.key, s.suggested);
    Coe result = mine;
    result.revision = theirs.revision;
    result.updatedAt = std::max(theirs.updatedAt, mine.updatedAt);
    for (const FieldInfo& info : kFields)
        if (choices.value(fieldKey(info.field), MergeChoice::Mine) == MergeChoice::Theirs)
            copyField(result, theirs, info.field);
    const Alignment al(theirs, mine);
    QList<bool> timelineFromMine;
    result.timeline = mergeList(al.timeline, theirs.timeline, mine.timeline, "timeline", choices, &timelineFromMine);
    // Sort with the origin alongside, then give each milestone one entry.
    QList<qsizetype> order(result.timeline.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return result.timeline[a].at < result.timeline[b].at; });
    QList<TimelineEntry> sorted;
    QList<bool> sortedFromMine;
    for (qsizetype i : order) {
        sorted.append(result.timeline[i]);
        sortedFromMine.append(timelineFromMine[i]);
    }
    keepMilestonesUnique(sorted, sortedFromMine);
    result.timeline = std::move(sorted);
    result.metrics = mergeList(al.metrics, theirs.metrics, mine.metrics, "metric", choices);
    result.questions = mergeList(al.questions, theirs.questions, mine.questions, "question", choices);
    result.whys = mergeList(al.whys, theirs.whys, mine.whys, "why", choices);
    result.actionItems = mergeList(al.actions, theirs.actionItems, mine.actionItems, "action", choices);
    result.related = mergeList(al.related, theirs.related, mine.related, "related", choices);
    repairWhys(result, theirs, mine);
    orderWhys(result.whys);
    result.review = mergeReviews(theirs.review, mine.review, choices.value(reviewKey(), MergeChoice::Mine),
                                 base ? &base->review : nullptr);
    return result;
}

} // namespace hindsight
