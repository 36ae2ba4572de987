// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentTableModel.h"

#include <QDate>

namespace hindsight {

// The action items of a document as a table. An item is overdue when it has
// a due date before today and is neither done nor dropped (OverdueRole).
class ActionItemModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        PriorityColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        KindColumn,
        WhysColumn,
        LinkColumn,
        ColumnCount
    };
    enum Role {
        OverdueRole = Qt::UserRole + 1, // bool
        IdRole,                         // QString
        SortRole,                       // a value that sorts sensibly (priority High first, dates)
    };

    explicit ActionItemModel(CoeDocument* document, QObject* parent = nullptr);

    // Today, for the overdue flag: DayClock's unless pinned here (an invalid
    // date follows the clock again). A new day refreshes the flags.
    void setToday(const QDate& today);
    QDate today() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isOverdue(int row) const;

protected:
    int listSize() const override;

private:
    // data() without the marks of unresolved review comments (CommentMarker).
    QVariant itemData(const QModelIndex& index, int role) const;
    QDate m_today;
};

} // namespace hindsight
