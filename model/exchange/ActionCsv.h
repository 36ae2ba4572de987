// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ActionItemQuery.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hindsight::exchange {

// Action items as CSV for a tracker's import: RFC 4180 (fields quoted when
// they hold a comma, quote or line break; quotes doubled; CRLF between
// records), UTF-8, a header row. Columns: Summary, Description, Priority,
// Assignee, Due date (yyyy-MM-dd), Status, COE, COE uuid.
//
// A field a spreadsheet would run as a formula (starting with = + - @, tab or
// carriage return) gets a leading apostrophe, so the text stays text.
QByteArray actionItemsCsv(const QList<ActionItemRow>& rows);

// One field, neutralised and quoted as needed.
QString csvField(const QString& value);

} // namespace hindsight::exchange
