// SPDX-License-Identifier: MIT
#pragma once

// Small COEs for the archive browser tests (header only).

#include "domain/Coe.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QTest>

namespace hindsight::test {

struct CoeSpec
{
    QString title;
    int severity = 3;
    Status status = Status::Draft;
    QString owner;
    QStringList services;
    QStringList tags;
    QDateTime incident; // impact start, UTC
    QString summary;
    QList<ActionItem> actions;
    QDateTime updated = QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());
};

inline ActionItem action(const QString& title, ActionStatus status, const QDate& due,
                         Priority priority = Priority::Medium, const QString& owner = QStringLiteral("Sam Lee"))
{
    ActionItem a;
    a.id = QStringLiteral("a-") + title.left(8);
    a.title = title;
    a.status = status;
    a.due = due;
    a.priority = priority;
    a.owner = owner;
    return a;
}

inline Coe makeCoe(const CoeSpec& spec)
{
    Coe c = makeNewCoe(spec.title);
    c.severity = spec.severity;
    c.status = spec.status;
    c.owner = spec.owner;
    c.services = spec.services;
    c.tags = spec.tags;
    c.summary = spec.summary;
    c.updatedAt = spec.updated;
    if (spec.incident.isValid()) {
        TimelineEntry trigger;
        trigger.at = spec.incident.addSecs(-600);
        trigger.text = QStringLiteral("A change went out.");
        trigger.milestone = Milestone::Trigger;
        TimelineEntry impact;
        impact.at = spec.incident;
        impact.text = QStringLiteral("Errors began.");
        impact.milestone = Milestone::ImpactStart;
        c.timeline = {trigger, impact};
    }
    c.actionItems = spec.actions;
    for (int i = 0; i < c.actionItems.size(); ++i)
        c.actionItems[i].id = QStringLiteral("a%1").arg(i + 1);
    return c;
}

// Saves and returns the stored COE (revision set).
inline Coe store(Archive& archive, const CoeSpec& spec)
{
    Coe c = makeCoe(spec);
    const SaveResult r = CoeRepository(archive).save(c);
    if (!r.ok())
        qFatal("cannot save: %s", qPrintable(r.error));
    return c;
}

inline QDateTime utcAt(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

} // namespace hindsight::test
