// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "document/CoeDocument.h"
#include "domain/Coe.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hindsight {

// Resolving a save conflict section by section: "theirs" is the version stored
// in the archive (someone else's save), "mine" is the one being edited.
//
// compareCoes() lists the sections that differ: each single field (title,
// status, severity, owner, reviewers, services, tags, time zone, summary, each
// impact field, the problem statement), each timeline entry, metric, question,
// why step, action item and related item. Why steps and action items are
// matched by id; the other lists have no ids, so their rows are aligned on a
// key (a timeline entry's instant, a metric's name, a question's area and
// wording, a related item's target) and rows left over between two aligned
// rows are paired in order.
//
// Three-way: given the base (the stored revision both versions started from:
// the one the editor loaded or last saved), each section also says who changed
// it since then (change) and suggests a choice: Theirs when only they changed
// it (their edit, a row they added, a row they deleted and I left alone), Mine
// when only I did, Mine when both did (flagged Both for the user to check).
// Rows of lists without ids are matched to the base as to each other; rows
// with ids by id. Without a base every section is Unknown and suggests Mine.
//
// mergeCoes() builds the result from one choice per section (a section without
// a choice takes its suggested choice: Mine without a base). A row only one
// side has is kept when that side is chosen and left out otherwise. The
// result stays a valid COE: the timeline is sorted; a milestone carried by two kept entries stays on the one taken from
// mine (else the earliest); a kept why step brings its missing ancestors
// along (nothing a person chose is dropped); a parent link that would close a
// cycle is cut (the step becomes top-level); an action item's links to why
// steps that are not kept are dropped. The result carries theirs' revision
// (it is saved as the next revision over theirs) and mine's uuid and createdAt.
//
// The review record is one section (key "review", "Review record"), and two
// reviewers commenting at the same time lose nothing: comments are matched by
// id, meetings and review questions aligned like the lists without ids; a row
// only one side has is kept whichever side is chosen (unless the base shows
// the other side deleted it: the base has it and the side that has it left it
// alone); a row both have and that differs is taken from the chosen side, and
// a comment stays resolved when either side resolved it. Replies to a comment
// that is not kept answer nothing. The approval is taken from the side that
// changed it since the base (with both or no base: the chosen side, or the
// other when the chosen one has none).
enum class MergeChoice { Theirs, Mine };

struct MergeSection
{
    enum class Part { Field, Timeline, Metric, Question, Why, Action, Related, Review };
    QString key;               // unique within one comparison, e.g. "field/Title", "why/W3"
    Part part = Part::Field;
    CoeDocument::Field field = CoeDocument::Field::Title; // for Part::Field
    analysis::Section section = analysis::Section::Summary; // the editor step it belongs to (Review: none, Summary)
    QString label;             // what it is, e.g. "Title", "Action item A2" (plain text)
    QString theirs;            // readable plain text of each version (user text: plain data)
    QString mine;
    bool inTheirs = true;      // false: only mine has this row
    bool inMine = true;        // false: only theirs has this row
    // Who changed this section since the base (Unknown: no base was given).
    enum class Change { Unknown, Theirs, Mine, Both };
    Change change = Change::Unknown;
    MergeChoice suggested = MergeChoice::Mine; // the default choice
    QString base;              // readable text of the base's version (when inBase)
    bool inBase = false;       // the base has this section's row (fields: always, with a base)
};

using MergeChoices = QHash<QString, MergeChoice>;

// `base`: the version both started from; nullptr when unknown (two-way, Mine by default).
QList<MergeSection> compareCoes(const Coe& theirs, const Coe& mine, const Coe* base = nullptr);
Coe mergeCoes(const Coe& theirs, const Coe& mine, const MergeChoices& choices, const Coe* base = nullptr);
// Each section's suggested choice.
MergeChoices suggestedChoices(const QList<MergeSection>& sections);

} // namespace hindsight
