// SPDX-License-Identifier: MIT
#pragma once

#include "document/CoeDocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hindsight {

// Base of the table models over one of the document's flat lists: turns the
// document's row signals into the model's begin/end calls. Subclasses give
// columns, data and setData; edits go through the document.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    DocumentTableModel(CoeDocument* document, CoeDocument::List list, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    CoeDocument* document() const { return m_doc; }

protected:
    virtual int listSize() const = 0;
    // Called after a row of the list changed (the default marks the whole row).
    virtual void onRowChanged(int row);
    // Called after any change of the list (insert, remove, move, change, reset).
    virtual void onListChanged() {}

    QPointer<CoeDocument> m_doc;
    CoeDocument::List m_list;
};

} // namespace hindsight
