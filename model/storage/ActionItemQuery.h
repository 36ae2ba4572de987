// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>
#include <optional>

namespace hindsight {

class Archive;

// The user's date now: the calendar date in their zone at the instant `now`.
// Due dates are plain dates in that zone, so "overdue" compares with this.
QDate localToday(const QTimeZone& zone, const QDateTime& now = QDateTime::currentDateTimeUtc());

// Every action item of every live COE (Trash excluded), filtered and sorted
// in SQL, a page at a time.
struct ActionItemQuery
{
    enum class Sort { Due, Title, Coe, Priority, Owner, Status, DaysOverdue };

    std::optional<ActionStatus> status;
    bool openOnly = false; // open or in progress
    QString owner;         // exact; empty: any
    std::optional<Priority> priority;
    bool overdueOnly = false;  // open or in progress, due before today
    int dueWithinDays = -1;    // >= 0: due on or before today + N (overdue included); -1: any
    Sort sort = Sort::Due;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const ActionItemQuery&) const = default;
};

struct ActionItemRow
{
    QUuid coeUuid;
    QString coeTitle;
    int position = 0; // index of the item in its COE's action items
    QString title;
    QString description;
    Priority priority = Priority::None;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    int daysOverdue = 0; // > 0 when open or in progress and due before today
};

// Days the item is overdue on `today`: 0 unless open or in progress and due
// before today.
int daysOverdue(const QDate& due, ActionStatus status, const QDate& today);

class ActionItemCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ActionItemCatalog)
public:
    explicit ActionItemCatalog(Archive& archive);
    QList<ActionItemRow> rows(const ActionItemQuery& query, const QDate& today, int offset, int limit,
                              QString* error = nullptr) const;
    int count(const ActionItemQuery& query, const QDate& today, QString* error = nullptr) const;
    QStringList owners() const;

private:
    Archive& m_archive;
};

} // namespace hindsight
