// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "templates/TemplateStore.h"

namespace hindsight {
class Settings;
}

namespace hindsight::templates {

// The review check's required-by-severity options as the program uses them:
// the user's table (Settings::requirements()) and the templates' own, from
// `store` (by default the user's template folder).
void applyRequirements(analysis::CheckOptions& options, const Settings& settings,
                       const TemplateStore& store = TemplateStore());

} // namespace hindsight::templates
