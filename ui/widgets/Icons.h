// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace hindsight::icons {

// The icon theme's icon `name`, or the bundled :/icons/<name>.svg when the theme has none (a
// machine without an icon theme, the offscreen platform). Every name passed here must have a
// bundled file in resources/icons (TestIcons checks the sources for it).
QIcon themed(const QString& name);

} // namespace hindsight::icons
