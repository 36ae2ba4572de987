// SPDX-License-Identifier: MIT
#include "itemmodels/ToolTip.h"

#include <QTextDocument>

namespace hindsight {

QString plainToolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace hindsight
