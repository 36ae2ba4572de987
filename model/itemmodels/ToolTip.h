// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hindsight {

// Qt shows a tooltip as rich text when it looks like HTML (Qt::mightBeRichText),
// so a field holding `<img src="/home/me/key.png">` would load and show that
// file on hover. Every tooltip made of user text goes through this: text that
// could be taken for HTML comes back escaped (as one paragraph, line breaks
// kept); any other text is returned unchanged.
QString plainToolTip(const QString& text);

} // namespace hindsight
