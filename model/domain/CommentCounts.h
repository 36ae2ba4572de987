// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace hindsight {

struct Coe;
struct Review;

// The markers of unresolved review comments: how many point at one place.

// Unresolved comments whose target is exactly `target` ("timeline:3",
// "why:w2", "action:a1", "summary"; empty: the COE as a whole).
int unresolvedCommentsOn(const Review& review, const QString& target);

// Unresolved comments per section name ("timeline", "whys", ...) of the place
// they point at, items counted under their section; comments on the COE as a
// whole, or on an item that no longer exists, count under the empty name.
QHash<QString, int> unresolvedCommentsBySection(const Coe& coe);

} // namespace hindsight
