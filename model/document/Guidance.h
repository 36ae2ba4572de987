// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"

namespace hindsight {

// The guidance shown beside each editor step (Markdown, our own words) and
// the questions a new COE starts with, from resources/guidance/<section>.md
// and resources/questions/standard.json. A translation sits beside them with
// the language in its name (guidance/timeline.es.md, questions/standard.es.json)
// and is used when the UI language matches.
QString guidanceMarkdown(analysis::Section section);
QList<Question> standardQuestions();

} // namespace hindsight
