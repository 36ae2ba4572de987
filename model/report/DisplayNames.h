// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "domain/Enums.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace hindsight::report {

// The words a reader sees for each enumeration value (translated, context
// "DisplayNames"). "None" values give an empty string.
QString displayName(Status v);
QString displayName(Milestone v);
QString displayName(MetricRole v);
QString displayName(QuestionArea v);
QString displayName(Priority v);
QString displayName(ActionStatus v);
QString displayName(ActionKind v);
QString displayName(Pillar v);

// "45 min", "1 h 09 min", "2 d 3 h 05 min" (translated).
QString formatMinutes(qint64 minutes);

// "183,000 USD" (cents only when there are any); empty for nullopt.
QString formatFinancialImpact(const std::optional<FinancialImpact>& impact, const QLocale& locale);

} // namespace hindsight::report
