// SPDX-License-Identifier: MIT
#pragma once

#include "storage/CoeRepository.h"

#include <QAbstractTableModel>

namespace hindsight {

// The archive's COEs, one row each: title, status, severity, last updated.
class CoeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, SeverityColumn, UpdatedColumn, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1 };

    explicit CoeListModel(QObject* parent = nullptr);

    void setHeaders(QList<CoeHeader> headers);
    const CoeHeader& header(int row) const { return m_headers.at(row); }
    int rowOf(const QUuid& uuid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(Status status);

private:
    QList<CoeHeader> m_headers;
};

} // namespace hindsight
