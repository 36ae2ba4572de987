// SPDX-License-Identifier: MIT
#include "Review.h"

#include "Coe.h"

#include <algorithm>
#include <numeric>

namespace hindsight {

bool Review::isEmpty() const
{
    return !approvedAt.isValid() && approvedBy.isEmpty() && !approvedVersion && meetings.isEmpty() &&
           comments.isEmpty() && questions.isEmpty();
}

int Review::unresolvedComments() const
{
    return int(std::count_if(comments.cbegin(), comments.cend(),
                             [](const ReviewComment& c) { return !c.resolved; }));
}

const QStringList& CommentTarget::sectionNames()
{
    static const QStringList names{QStringLiteral("summary"),   QStringLiteral("impact"),
                                   QStringLiteral("timeline"),  QStringLiteral("metrics"),
                                   QStringLiteral("questions"), QStringLiteral("whys"),
                                   QStringLiteral("actions"),   QStringLiteral("related")};
    return names;
}

CommentTarget CommentTarget::parse(const QString& target)
{
    CommentTarget t;
    if (target.isEmpty())
        return t;
    if (sectionNames().contains(target)) {
        t.kind = Kind::Section;
        t.section = target;
        return t;
    }
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    const QString kind = target.left(colon);
    const QString rest = colon < 0 ? QString() : target.mid(colon + 1);
    t.kind = Kind::Invalid;
    if (colon < 0 || rest.isEmpty())
        return t;
    if (kind == QLatin1String("timeline")) {
        // Digits only, no sign and no leading zero: one spelling per entry.
        const bool digits = std::all_of(rest.cbegin(), rest.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
        bool ok = false;
        const int n = rest.toInt(&ok);
        if (digits && ok && (rest.size() == 1 || rest.front() != QLatin1Char('0'))) {
            t.kind = Kind::TimelineEntry;
            t.section = kind;
            t.index = n;
        }
    } else if (kind == QLatin1String("why")) {
        t.kind = Kind::Why;
        t.section = QStringLiteral("whys");
        t.id = rest;
    } else if (kind == QLatin1String("action")) {
        t.kind = Kind::Action;
        t.section = QStringLiteral("actions");
        t.id = rest;
    }
    return t;
}

bool resolveCommentTarget(const Coe& coe, const QString& target, QString* section, int* row)
{
    const CommentTarget t = CommentTarget::parse(target);
    *section = t.section;
    *row = -1;
    switch (t.kind) {
    case CommentTarget::Kind::None:
    case CommentTarget::Kind::Section:
        return true;
    case CommentTarget::Kind::TimelineEntry: {
        // N counts in time order; the row is the entry's index in coe.timeline,
        // the same unless the list is not sorted (an editor's state may not be).
        const QList<TimelineEntry>& timeline = coe.timeline;
        if (t.index >= timeline.size())
            return false;
        const auto earlier = [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; };
        if (std::is_sorted(timeline.cbegin(), timeline.cend(), earlier)) {
            *row = t.index;
            return true;
        }
        QList<int> order(timeline.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return timeline.at(a).at < timeline.at(b).at; });
        *row = order.at(t.index);
        return true;
    }
    case CommentTarget::Kind::Why:
        for (int i = 0; i < coe.whys.size(); ++i)
            if (coe.whys.at(i).id == t.id) {
                *row = i;
                return true;
            }
        return false;
    case CommentTarget::Kind::Action:
        for (int i = 0; i < coe.actionItems.size(); ++i)
            if (coe.actionItems.at(i).id == t.id) {
                *row = i;
                return true;
            }
        return false;
    case CommentTarget::Kind::Invalid:
        break;
    }
    return false;
}

} // namespace hindsight
