// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"

namespace hindsight {

// The guidance shown beside each editor step (Markdown, our own words) and
// the questions a new COE starts with. Both are built in and translatable;
// a resource at :/guidance/<section>.md or :/questions/standard.json (that
// is, resources/guidance/... or resources/questions/standard.json) replaces
// the built-in text when the build ships one.
QString guidanceMarkdown(analysis::Section section);
QList<Question> standardQuestions();

} // namespace hindsight
