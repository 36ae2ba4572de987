// SPDX-License-Identifier: MIT
#pragma once

#include "document/CoeDocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace hindsight {

// The 5 whys of a document as a tree: top-level rows ask why the problem
// happened, children ask why their parent's "because" happened. Children are
// in document order. Each item's internal id is a number the model gives its
// why id for the model's lifetime, so persistent indexes survive edits.
class WhyTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { WhyColumn, BecauseColumn, RootCauseColumn, HumanErrorColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        LinkedActionsRole,         // QStringList: titles of the action items linked to this why
        DepthRole,                 // int: 1 for a first why
    };

    explicit WhyTreeModel(CoeDocument* document, QObject* parent = nullptr);

    QModelIndex indexOf(const QString& id, int column = 0) const;
    QString idOf(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // data() without the marks of unresolved review comments (CommentMarker).
    QVariant itemData(const QModelIndex& index, int role) const;
    // Rows (in the document's list) of the children of parentId, in order.
    QList<int> childRows(const QString& parentId) const;
    int siblingPosition(int docRow) const;
    quintptr keyOf(const QString& id) const;
    int docRowOf(const QModelIndex& index) const;

    QPointer<CoeDocument> m_doc;
    mutable QHash<QString, quintptr> m_keys;
    mutable QHash<quintptr, QString> m_ids;
    mutable quintptr m_nextKey = 1;
};

} // namespace hindsight
