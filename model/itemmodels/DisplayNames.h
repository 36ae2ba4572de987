// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace hindsight {

// Translated names of the enumerations as the user reads them ("Impact
// start", "In progress"). None gives an empty string unless noted.
QString displayName(Status v);
QString displayName(Milestone v);
QString displayName(MetricRole v);
QString displayName(QuestionArea v);
QString displayName(Priority v);
QString displayName(ActionStatus v);
QString displayName(ActionKind v);
QString displayName(RelatedKind v);
QString displayName(Pillar v);
// What a severity means, "1 – Critical: ..." for 1..5.
QString severityName(int severity);

} // namespace hindsight
