// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QList>
#include <QString>

namespace hindsight::report {

// One why-step in tree order: its index in Coe::whys, its depth (0 for a
// step asking why the problem happened) and its number ("1", "1.2", ...).
struct WhyNode
{
    int index = -1;
    int depth = 0;
    QString label;
};

// The why-steps in depth-first order, children in list order. A step whose
// parent is missing counts as a top-level step; steps caught in a cycle are
// listed at the top level after the rest.
QList<WhyNode> whyTree(const QList<WhyStep>& whys);

} // namespace hindsight::report
