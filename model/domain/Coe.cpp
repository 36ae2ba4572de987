// SPDX-License-Identifier: MIT
#include "Coe.h"

#include <algorithm>

namespace hindsight {

bool Coe::sameContent(const Coe& o) const
{
    return uuid == o.uuid && title == o.title && status == o.status && severity == o.severity
        && owner == o.owner && reviewers == o.reviewers && services == o.services && tags == o.tags
        && createdAt == o.createdAt && updatedAt == o.updatedAt && displayTimeZone == o.displayTimeZone
        && summary == o.summary && impact == o.impact && timeline == o.timeline && metrics == o.metrics
        && questions == o.questions && problem == o.problem && whys == o.whys
        && actionItems == o.actionItems && related == o.related && review == o.review
        && templateName == o.templateName && detection == o.detection && factors == o.factors;
}

Coe makeNewCoe(const QString& title)
{
    Coe coe;
    coe.uuid = QUuid::createUuid();
    coe.title = title;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    coe.createdAt = now;
    coe.updatedAt = now;
    return coe;
}

void sortTimeline(QList<TimelineEntry>& timeline)
{
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
}

} // namespace hindsight
