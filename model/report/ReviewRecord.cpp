// SPDX-License-Identifier: MIT
#include "ReviewRecord.h"

#include "ReportOptions.h"
#include "ReportText.h"
#include "WhyTree.h"

#include <QCoreApplication>

namespace hindsight::report::reviewrecord {

QString title()
{
    return QCoreApplication::translate("Report", "Review record");
}

QString instant(const QDateTime& at, const QTimeZone& zone)
{
    if (!at.isValid())
        return QStringLiteral("—");
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    return at.toTimeZone(z).toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + z.abbreviation(at);
}

QString approval(const Review& review, const QTimeZone& zone)
{
    QString text;
    if (review.approvedAt.isValid())
        text = instant(review.approvedAt, zone);
    if (!review.approvedBy.trimmed().isEmpty())
        text =
            text.isEmpty()
                ? QCoreApplication::translate("Report", "by %1").arg(ReportText::oneLine(review.approvedBy))
                : QCoreApplication::translate("Report", "%1 by %2")
                      .arg(text, ReportText::oneLine(review.approvedBy));
    if (review.approvedVersion) {
        const QString version =
            QCoreApplication::translate("Report", "version %1").arg(*review.approvedVersion);
        text = text.isEmpty() ? version : QStringLiteral("%1 (%2)").arg(text, version);
    }
    return text;
}

QString targetName(const Coe& coe, const QString& target)
{
    QString section;
    int row = -1;
    if (target.isEmpty())
        return {};
    if (!resolveCommentTarget(coe, target, &section, &row))
        return ReportText::oneLine(target);
    const CommentTarget t = CommentTarget::parse(target);
    switch (t.kind) {
    case CommentTarget::Kind::Section: {
        const qsizetype index = CommentTarget::sectionNames().indexOf(section);
        return index >= 0 ? ReportOptions::sectionTitle(Section(index)) : ReportText::oneLine(target);
    }
    case CommentTarget::Kind::TimelineEntry:
        return QCoreApplication::translate("Report", "Timeline entry %1").arg(row + 1);
    case CommentTarget::Kind::Why:
        for (const WhyNode& node : whyTree(coe.whys))
            if (node.index == row)
                return QCoreApplication::translate("Report", "Why step %1").arg(node.label);
        return ReportText::oneLine(target);
    case CommentTarget::Kind::Action: {
        const ActionItem& a = coe.actionItems.at(row);
        return a.title.trimmed().isEmpty()
                   ? QCoreApplication::translate("Report", "Action item %1").arg(ReportText::oneLine(a.id))
                   : QCoreApplication::translate("Report", "Action item “%1”")
                         .arg(ReportText::oneLine(a.title));
    }
    case CommentTarget::Kind::None:
    case CommentTarget::Kind::Invalid:
        break;
    }
    return ReportText::oneLine(target);
}

QString actionName(const Coe& coe, const QString& id)
{
    for (const ActionItem& a : coe.actionItems)
        if (a.id == id && !a.title.trimmed().isEmpty())
            return QStringLiteral("%1 (%2)").arg(ReportText::oneLine(a.title), ReportText::oneLine(id));
    return ReportText::oneLine(id);
}

} // namespace hindsight::report::reviewrecord
