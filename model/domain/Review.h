// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hindsight {

struct Coe;

// The record of a COE's review (interchange format 1.1, `review`): who approved
// it and when, the meetings, the comments reviewers anchored to a place, and the
// questions asked in review. Not the editing history: versions are the
// archive's business. Empty strings stand for absent optional text.

struct ReviewMeeting
{
    QDateTime at; // UTC
    QString facilitator;
    QStringList attendees;
    QString notes;     // Markdown
    QString decisions; // Markdown
    bool operator==(const ReviewMeeting&) const = default;
};

struct ReviewComment
{
    QString id;   // unique among the comments
    QDateTime at; // UTC
    QString author;
    QString target;  // see CommentTarget; empty: the COE as a whole
    QString text;    // Markdown
    QString replyTo; // id of the comment this answers; empty: none
    bool resolved = false;
    bool operator==(const ReviewComment&) const = default;
};

struct ReviewQuestion
{
    QString question;
    QString answer;   // Markdown
    QString actionId; // id of the ActionItem it became; empty: none
    bool operator==(const ReviewQuestion&) const = default;
};

struct Review
{
    QDateTime approvedAt; // UTC; invalid: not recorded
    QString approvedBy;
    std::optional<int> approvedVersion; // the archive's version number at approval (>= 1)
    QList<ReviewMeeting> meetings;
    QList<ReviewComment> comments;
    QList<ReviewQuestion> questions;

    // Holds nothing: a 1.1 writer leaves `review` out.
    bool isEmpty() const;
    int unresolvedComments() const;
    bool operator==(const Review&) const = default;
};

// What a comment's `target` names: nothing (the COE as a whole), a section
// ("summary", "impact", "timeline", "metrics", "questions", "whys", "actions",
// "related"), or an item: "timeline:N" (N from 0 in time order), "why:ID",
// "action:ID".
struct CommentTarget
{
    enum class Kind
    {
        None,
        Section,
        TimelineEntry,
        Why,
        Action,
        Invalid // none of the forms above
    };
    Kind kind = Kind::None;
    QString section; // Kind::Section: the section's name; for items "timeline", "whys", "actions"
    int index = -1;  // Kind::TimelineEntry: N
    QString id;      // Kind::Why, Kind::Action: the item's id

    static CommentTarget parse(const QString& target);
    static const QStringList& sectionNames();
};

// Where a target points in the COE: the section's name and the row of the item
// (its index in coe.timeline, coe.whys or coe.actionItems; -1 for a section or
// nothing). False when the target names an item that does not exist or is not
// of a known form. timeline:N counts in time order, ties in list order; the row
// is the entry's index in coe.timeline (the same when it is sorted, as Coe keeps it).
bool resolveCommentTarget(const Coe& coe, const QString& target, QString* section, int* row);

} // namespace hindsight
