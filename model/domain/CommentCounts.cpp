// SPDX-License-Identifier: MIT
#include "CommentCounts.h"

#include "Coe.h"
#include "Review.h"

namespace hindsight {

int unresolvedCommentsOn(const Review& review, const QString& target)
{
    int n = 0;
    for (const ReviewComment& c : review.comments)
        n += !c.resolved && c.target == target;
    return n;
}

QHash<QString, int> unresolvedCommentsBySection(const Coe& coe)
{
    QHash<QString, int> counts;
    for (const ReviewComment& c : coe.review.comments) {
        if (c.resolved)
            continue;
        QString section;
        int row = -1;
        if (!resolveCommentTarget(coe, c.target, &section, &row))
            section.clear();
        ++counts[section];
    }
    return counts;
}

} // namespace hindsight
