// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "templates/TemplateStore.h"

namespace hindsight {
class Settings;
}

namespace hindsight::templates {

// The review check's options as the program uses them everywhere (editor,
// archive window, `check`, `status`): the user's gap threshold, action SLA
// and team names, and the required-by-severity tables: the user's
// (Settings::requirements()) and the templates' own, from `store` (by
// default the user's template folder).
analysis::CheckOptions checkOptions(const Settings& settings, const TemplateStore& store = TemplateStore());

} // namespace hindsight::templates
