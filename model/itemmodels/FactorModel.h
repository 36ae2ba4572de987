// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentTableModel.h"

#include <QHash>

namespace hindsight {

// The contributing factors of a document (format 1.1) as a table: the
// category (shown by its name in the archive's taxonomy), what the factor is,
// and the whys it comes from (by their labels in the why tree, "1.2").
class FactorModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, DescriptionColumn, WhysColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        WhyIdsRole,                // QStringList
    };

    explicit FactorModel(CoeDocument* document, QObject* parent = nullptr);

    // The taxonomy's names for categories (category name -> shown name); a
    // category without one shows as it is written.
    void setCategoryNames(const QHash<QString, QString>& names);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int listSize() const override;

private:
    QString whyLabels(const QStringList& ids) const;
    QHash<QString, QString> m_categoryNames;
};

} // namespace hindsight
