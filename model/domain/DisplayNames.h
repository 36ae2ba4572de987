// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace hindsight {

// The one place that names the enumerations and the written fields as the user
// reads them ("Impact start", "In progress"): the editor, the archive, the PDF,
// Markdown and the command line all call these, so they always agree. None
// gives an empty string unless noted. Translation context "DisplayNames".
QString displayName(Status v);
QString displayName(Milestone v);
QString displayName(MetricRole v);
QString displayName(QuestionArea v);
QString displayName(Priority v);
QString displayName(ActionStatus v);
QString displayName(ActionKind v);
QString displayName(RelatedKind v);
QString displayName(Pillar v);
QString displayName(DetectionSource v);
// The written impact fields, as headings and labels (without mnemonic or colon).
enum class TextField { ImpactDescription, Consequences, SecondOrder, CustomerSentiment };
QString fieldName(TextField f);
// What a severity means, "1 – Critical: ..." for 1..5.
QString severityName(int severity);

} // namespace hindsight
