// SPDX-License-Identifier: MIT
#include "templates/CheckRequirements.h"

#include "settings/Settings.h"

namespace hindsight::templates {

analysis::CheckOptions checkOptions(const Settings& settings, const TemplateStore& store)
{
    analysis::CheckOptions options;
    options.gapMinutes = settings.gapThresholdMinutes();
    options.actionSlaDays = settings.actionItemSlaDays();
    options.teamNames = settings.teamNames();
    store.applyRequirements(options, settings.requirements());
    return options;
}

} // namespace hindsight::templates
