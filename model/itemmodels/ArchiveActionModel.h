// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ActionItemQuery.h"

#include <QAbstractTableModel>

namespace hindsight {

class Archive;

// Every action item of every live COE for an ActionItemQuery, loaded lazily
// like CoeTableModel. "Days overdue" is counted from the date given to
// DayClock's today (the user's date in the display zone), unless pinned with
// setToday(); a new day re-reads the rows.
class ArchiveActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        CoeColumn,
        PriorityColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        DaysOverdueColumn,
        ColumnCount
    };
    enum Role {
        CoeUuidRole = Qt::UserRole + 1,
        PositionRole, // index of the item in its COE
    };

    explicit ArchiveActionModel(QObject* parent = nullptr);

    void setArchive(Archive* archive);
    Archive* archive() const { return m_archive; }
    void setQuery(const ActionItemQuery& query);
    const ActionItemQuery& query() const { return m_query; }
    // Pins "today" (an invalid date follows DayClock again).
    void setToday(const QDate& today);
    QDate today() const;
    void refresh();

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }
    const ActionItemRow& rowAt(int row) const { return m_rows.at(row); }
    // Every row of the query (not only those loaded), for export.
    QList<ActionItemRow> allRows(QString* error = nullptr) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString priorityText(Priority priority);
    static QString statusText(ActionStatus status);

signals:
    void refreshed(const QString& error);

private:
    Archive* m_archive = nullptr;
    ActionItemQuery m_query;
    QDate m_today; // pinned; invalid: DayClock's
    QList<ActionItemRow> m_rows;
    int m_total = 0;
    int m_pageSize = 200;
    QString m_error;
    bool m_fetching = false; // fetchMore() is not re-entered from a view reacting to its signals
};

} // namespace hindsight
