// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hindsight::analysis {

// Finds people's names in text, for the blameless.name rule (README.md says
// why it matches what it matches):
// - a name of several words matches as whole words, any case, any whitespace
//   between the words ("Dana Ortiz", "DANA\nortiz"; not "Danaher");
// - its first word alone matches too, with a capital initial ("Dana", not
//   "dana"), unless it is part of a full name found in the same text;
// - a one-word name of letters is a first name; a handle ("dortiz42") matches
//   in any case.
class NameMatcher
{
public:
    // Blank names and repeats (ignoring case) are dropped; order is kept.
    explicit NameMatcher(const QStringList& names);

    // The names (simplified) that the text mentions: those found in full first,
    // then those found by first name alone, each group in the order given.
    QStringList namesIn(const QString& text) const;

    bool isEmpty() const { return m_people.isEmpty(); }

private:
    struct Person
    {
        QString name;
        QRegularExpression full;      // the whole name
        QRegularExpression firstName; // the first word alone; empty pattern if not used
    };
    QList<Person> m_people;
    // Any person's first word, whole word, any case: every match of `full` or
    // `firstName` contains one, so a text without it names nobody (fast path).
    QRegularExpression m_any;
};

} // namespace hindsight::analysis
