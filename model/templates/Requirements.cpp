// SPDX-License-Identifier: MIT
#include "templates/Requirements.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace hindsight::templates {

namespace {

struct ItemName
{
    RequiredItem item;
    const char* name;
};

constexpr std::array<ItemName, 12> kItems{{
    {RequiredItem::Summary, "summary"},
    {RequiredItem::Impact, "impact"},
    {RequiredItem::Timeline, "timeline"},
    {RequiredItem::Milestones, "milestones"},
    {RequiredItem::Metrics, "metrics"},
    {RequiredItem::Questions, "questions"},
    {RequiredItem::Whys, "whys"},
    {RequiredItem::RootCause, "root-cause"},
    {RequiredItem::Actions, "actions"},
    {RequiredItem::ActionOwner, "action-owner"},
    {RequiredItem::ActionDue, "action-due"},
    {RequiredItem::ActionDueTarget, "action-due-target"},
}};

void readCount(const QJsonObject& o, const char* key, const QString& path, int* out, QStringList* errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return;
    const double d = v.toDouble(-1);
    // The range first: converting a double beyond int is undefined.
    if (!v.isDouble() || !(d >= 0 && d <= 1000) || d != std::floor(d)) {
        errors->append(QStringLiteral("%1.%2: %3").arg(path, QLatin1String(key),
                                                      QCoreApplication::translate("Requirements", "expected a whole number from 0 to 1000")));
        return;
    }
    *out = int(d);
}

} // namespace

QString toString(RequiredItem item)
{
    for (const ItemName& n : kItems)
        if (n.item == item)
            return QString::fromLatin1(n.name);
    return {};
}

std::optional<RequiredItem> requiredItemFromString(const QString& s)
{
    for (const ItemName& n : kItems)
        if (s == QLatin1String(n.name))
            return n.item;
    return std::nullopt;
}

QList<RequiredItem> allRequiredItems()
{
    QList<RequiredItem> items;
    for (const ItemName& n : kItems)
        items.append(n.item);
    return items;
}

QString displayName(RequiredItem item)
{
    switch (item) {
    case RequiredItem::Summary: return QCoreApplication::translate("Requirements", "Summary written");
    case RequiredItem::Impact: return QCoreApplication::translate("Requirements", "Impact described");
    case RequiredItem::Timeline: return QCoreApplication::translate("Requirements", "Timeline");
    case RequiredItem::Milestones: return QCoreApplication::translate("Requirements", "Every milestone marked");
    case RequiredItem::Metrics: return QCoreApplication::translate("Requirements", "At least one metric");
    case RequiredItem::Questions: return QCoreApplication::translate("Requirements", "Every question area answered");
    case RequiredItem::Whys: return QCoreApplication::translate("Requirements", "Minimum number of whys");
    case RequiredItem::RootCause: return QCoreApplication::translate("Requirements", "A root cause marked");
    case RequiredItem::Actions: return QCoreApplication::translate("Requirements", "Minimum number of action items");
    case RequiredItem::ActionOwner: return QCoreApplication::translate("Requirements", "Every action item has an owner");
    case RequiredItem::ActionDue: return QCoreApplication::translate("Requirements", "Every action item has a due date");
    case RequiredItem::ActionDueTarget: return QCoreApplication::translate("Requirements", "Action items due within the target");
    }
    return {};
}

void SeverityRequirement::setRequired(RequiredItem item, bool on)
{
    if (on == has(item))
        return;
    if (!on) {
        items.removeAll(item);
        return;
    }
    QList<RequiredItem> ordered;
    for (RequiredItem i : allRequiredItems())
        if (i == item || items.contains(i))
            ordered.append(i);
    items = ordered;
}

DueTarget Requirements::dueTarget(Priority priority) const
{
    switch (priority) {
    case Priority::High: return high;
    case Priority::Medium: return medium;
    case Priority::Low:
    case Priority::None: break;
    }
    return low;
}

void Requirements::setDueTarget(Priority priority, DueTarget target)
{
    if (priority == Priority::High)
        high = target;
    else if (priority == Priority::Medium)
        medium = target;
    else
        low = target;
}

Requirements Requirements::methodDefaults()
{
    using R = RequiredItem;
    Requirements r;
    const QList<R> all = allRequiredItems();
    r.severities[0] = {all, 3, 1};
    r.severities[1] = {all, 3, 1};
    r.severities[2] = {{R::Summary, R::Impact, R::Timeline, R::Metrics, R::Whys, R::Actions, R::ActionOwner}, 1, 1};
    r.severities[3] = {{R::Summary, R::Timeline, R::Actions}, 1, 1};
    r.severities[4] = {{R::Summary}, 1, 1};
    return r;
}

QDate dueLimit(const QDate& from, DueTarget target)
{
    if (!from.isValid())
        return {};
    const int days = std::max(target.days, 0);
    if (!target.businessDays)
        return from.addDays(days);
    QDate d = from;
    for (int left = days; left > 0;) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --left;
    }
    return d;
}

QJsonObject toJson(const Requirements& requirements)
{
    QJsonObject out;
    for (int s = 1; s <= 5; ++s) {
        const SeverityRequirement& r = requirements.forSeverity(s);
        QJsonArray items;
        for (RequiredItem i : r.items)
            items.append(toString(i));
        out.insert(QString::number(s),
                   QJsonObject{{QStringLiteral("items"), items},
                               {QStringLiteral("min_whys"), r.minWhys},
                               {QStringLiteral("min_actions"), r.minActions}});
    }
    QJsonObject targets;
    for (Priority p : {Priority::High, Priority::Medium, Priority::Low}) {
        const DueTarget t = requirements.dueTarget(p);
        targets.insert(hindsight::toString(p), QJsonObject{{QStringLiteral("days"), t.days},
                                                          {QStringLiteral("business_days"), t.businessDays}});
    }
    out.insert(QStringLiteral("due_targets"), targets);
    return out;
}

Requirements requirementsFromJson(const QJsonObject& object, const QString& path, QStringList* errors)
{
    Requirements r = Requirements::methodDefaults();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString at = path + QLatin1Char('.') + key;
        if (key == QLatin1String("due_targets")) {
            if (!it.value().isObject()) {
                errors->append(QStringLiteral("%1: %2").arg(at, QCoreApplication::translate("Requirements", "expected an object")));
                continue;
            }
            const QJsonObject targets = it.value().toObject();
            for (auto t = targets.begin(); t != targets.end(); ++t) {
                const QString tAt = at + QLatin1Char('.') + t.key();
                const auto priority = enumFromString<Priority>(t.key());
                if (!priority || *priority == Priority::None) {
                    errors->append(QStringLiteral("%1: %2").arg(tAt, QCoreApplication::translate("Requirements", "unknown priority (high, medium or low)")));
                    continue;
                }
                if (!t.value().isObject()) {
                    errors->append(QStringLiteral("%1: %2").arg(tAt, QCoreApplication::translate("Requirements", "expected an object")));
                    continue;
                }
                DueTarget target = r.dueTarget(*priority);
                const QJsonObject o = t.value().toObject();
                readCount(o, "days", tAt, &target.days, errors);
                const QJsonValue b = o.value(QLatin1String("business_days"));
                if (b.isBool())
                    target.businessDays = b.toBool();
                else if (!b.isUndefined())
                    errors->append(QStringLiteral("%1.business_days: %2").arg(tAt, QCoreApplication::translate("Requirements", "expected true or false")));
                r.setDueTarget(*priority, target);
            }
            continue;
        }
        bool ok = false;
        const int severity = key.toInt(&ok);
        if (!ok || severity < 1 || severity > 5) {
            errors->append(QStringLiteral("%1: %2").arg(at, QCoreApplication::translate("Requirements", "expected a severity from 1 to 5 or due_targets")));
            continue;
        }
        if (!it.value().isObject()) {
            errors->append(QStringLiteral("%1: %2").arg(at, QCoreApplication::translate("Requirements", "expected an object")));
            continue;
        }
        const QJsonObject o = it.value().toObject();
        SeverityRequirement& s = r.forSeverity(severity);
        const QJsonValue items = o.value(QLatin1String("items"));
        if (items.isArray()) {
            s.items.clear();
            const QJsonArray a = items.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const auto item = requiredItemFromString(a.at(i).toString());
                if (!item)
                    errors->append(QStringLiteral("%1.items[%2]: %3")
                                       .arg(at)
                                       .arg(i)
                                       .arg(QCoreApplication::translate("Requirements", "unknown item \"%1\"").arg(a.at(i).toVariant().toString())));
                else
                    s.setRequired(*item, true);
            }
        } else if (!items.isUndefined()) {
            errors->append(QStringLiteral("%1.items: %2").arg(at, QCoreApplication::translate("Requirements", "expected an array of item names")));
        }
        readCount(o, "min_whys", at, &s.minWhys, errors);
        readCount(o, "min_actions", at, &s.minActions, errors);
    }
    return r;
}

} // namespace hindsight::templates
