// SPDX-License-Identifier: MIT
#include "templates/CheckRequirements.h"

#include "settings/Settings.h"

namespace hindsight::templates {

void applyRequirements(analysis::CheckOptions& options, const Settings& settings, const TemplateStore& store)
{
    store.applyRequirements(options, settings.requirements());
}

} // namespace hindsight::templates
