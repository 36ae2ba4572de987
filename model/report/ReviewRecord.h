// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Words shared by the PDF appendix and the Markdown section "Review record"
// (format 1.1 `review`), so both name things the same way (translated, context "Report").
namespace hindsight::report::reviewrecord {

QString title(); // "Review record"

// "2024-03-14 15:00 UTC": the instant in the COE's display zone; "—" when invalid.
QString instant(const QDateTime& at, const QTimeZone& zone);

// "2024-03-14 16:00 UTC by Priya Raman (version 3)", leaving out what is not recorded;
// empty when no approval is recorded.
QString approval(const Review& review, const QTimeZone& zone);

// What a comment's target names, as a reader says it: a section's title,
// "Timeline entry 4" (counting from 1), "Why step 1.2", "Action item “Fix it”";
// empty for no target; the target as written when it names nothing that exists.
QString targetName(const Coe& coe, const QString& target);

// The title of the action item with this id ("Fix it (a1)"); the id alone when there is none.
QString actionName(const Coe& coe, const QString& id);

} // namespace hindsight::report::reviewrecord
