// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QByteArray>
#include <QJsonObject>

namespace hindsight::exchange {

// Writes a Coe in the interchange format (../shared/spec/coe-format.md).
// Absent optional values are left out rather than written empty: severity
// when unset, unknown customers_affected / sla_breached / financial_impact,
// milestone none, approximate false, root_cause and human_error false, and
// empty optional strings and lists inside list items. Required keys and the
// document's own lists and texts are always written. The 1.1 `review` is
// written only when it holds something.
class CoeJsonWriter
{
public:
    static QJsonObject toJson(const Coe& coe);
    // Two-space indent, keys in the format's order, final newline.
    static QByteArray serialize(const QJsonObject& document);
};

} // namespace hindsight::exchange
