// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

namespace hindsight {

// Puts every why step after its parent, keeping the order of the list
// otherwise (siblings stay in their order; a list already in order is left as
// it is). A file may list a child before its parent, but CoeDocument's
// removeWhy and WhyTreeModel need parents first. Steps whose parent is
// unknown, or that sit in a cycle, keep their relative order at the end.
void orderWhys(QList<WhyStep>& whys);

} // namespace hindsight
