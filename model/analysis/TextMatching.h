// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace hindsight::analysis {

// Word and phrase tests of the review check, on Markdown text taken as plain
// text. English only; see README.md for what each one accepts.

// Whitespace-separated tokens holding a letter or digit ("-" and "*" are not words).
int wordCount(const QString& text);

// A date ("2024-03-07", "3/7", "March 7", "7 Mar", a weekday), a clock time
// ("14:02", "2 pm") or a duration ("69 minutes", "17 min", "2h", "an hour").
bool mentionsTime(const QString& text);

// The blaming phrases in a text, lower case, each once, in order of first
// appearance: "human error", "operator error", "fault of", "blame" (and
// "blamed", "blames", "blaming"; not "blameless" or "blame-free"). "human
// error" and "operator error" inside a question asking why or how ("Why was
// that human error possible?") are the method, not blame, and are skipped.
QStringList blamingWordsIn(const QString& text);

} // namespace hindsight::analysis
