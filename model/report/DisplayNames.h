// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "domain/DisplayNames.h"
#include "domain/Enums.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace hindsight::report {

// The names of the enumerations come from the one place, domain/DisplayNames.h.
using hindsight::displayName;

// "45 min", "1 h 09 min", "2 d 3 h 05 min" (translated).
QString formatMinutes(qint64 minutes);

// "183,000 USD" (cents only when there are any); empty for nullopt.
QString formatFinancialImpact(const std::optional<FinancialImpact>& impact, const QLocale& locale);

} // namespace hindsight::report
