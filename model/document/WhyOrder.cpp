// SPDX-License-Identifier: MIT
#include "WhyOrder.h"

#include <QSet>

namespace hindsight {

void orderWhys(QList<WhyStep>& whys)
{
    QSet<QString> ids;
    for (const WhyStep& w : whys)
        ids.insert(w.id);
    QList<WhyStep> ordered;
    ordered.reserve(whys.size());
    QSet<QString> placed;
    QList<bool> done(whys.size(), false);
    // Each pass places the steps whose parent is already placed (or is no
    // step at all); a list in order is placed in one pass.
    for (bool progress = true; progress && ordered.size() < whys.size();) {
        progress = false;
        for (qsizetype i = 0; i < whys.size(); ++i) {
            if (done[i])
                continue;
            const QString& parent = whys[i].parentId;
            if (parent.isEmpty() || placed.contains(parent) || !ids.contains(parent)) {
                ordered.append(whys[i]);
                placed.insert(whys[i].id);
                done[i] = true;
                progress = true;
            }
        }
    }
    for (qsizetype i = 0; i < whys.size(); ++i)
        if (!done[i])
            ordered.append(whys[i]); // a cycle: nothing can go first
    whys = std::move(ordered);
}

} // namespace hindsight
