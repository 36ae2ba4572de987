// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"

namespace hindsight {

// How far a section of a COE is filled in, for the editor's step marks.
enum class Completeness { Empty, InProgress, Complete };

Completeness completeness(const Coe& coe, analysis::Section section);

// A new draft with the standard questions, ready for the editor.
Coe makeNewCoeForEditing(const QString& title = {});

} // namespace hindsight
