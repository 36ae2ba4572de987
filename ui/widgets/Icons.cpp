// SPDX-License-Identifier: MIT
#include "widgets/Icons.h"

namespace hindsight::icons {

QIcon themed(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace hindsight::icons
