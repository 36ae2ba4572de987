// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <QVariant>

namespace hindsight {

class CoeDocument;

// The mark beside an item that has unresolved review comments, shared by the
// timeline, why and action item models: the count under
// UnresolvedCommentsRole (every column), an icon (Qt::DecorationRole) and a
// line added to the tooltip of the item's first column.
namespace commentmarker {

constexpr int UnresolvedCommentsRole = Qt::UserRole + 64; // int

// The data of `role` for an item that has `count` unresolved comments: the
// count, the icon (first column only), or the tooltip `toolTip` with the
// comments' line (first column only); an invalid QVariant otherwise, and
// `toolTip` unchanged when there is none.
QVariant data(int count, int role, bool firstColumn, const QVariant& toolTip = {});

// Refreshes the markers of every row of `model` when the document's review
// record changes.
void refreshOnReviewChange(QAbstractItemModel* model, CoeDocument* document);

} // namespace commentmarker

} // namespace hindsight
