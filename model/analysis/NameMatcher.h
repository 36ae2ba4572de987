// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hindsight::analysis {

// Finds people's names in text, for the blameless.name rule (README.md says
// why it matches what it matches):
// - a name of several words matches as a whole name only: all its words, in
//   order, as whole words, any case, any whitespace between them ("Dana
//   Ortiz", "DANA\nortiz"; not "Danaher", and not "Dana" or "Ortiz" alone);
// - a one-word name of letters ("Dana") matches with a capital initial ("Dana",
//   not "dana"); a handle ("dortiz42") matches in any case.
// Teams and services are not people: filter them out first with isTeamName().
class NameMatcher
{
public:
    // Blank names and repeats (ignoring case) are dropped; order is kept.
    explicit NameMatcher(const QStringList& names);

    // The names (simplified) that the text mentions, in the order given.
    QStringList namesIn(const QString& text) const;

    // Every mention, by position (the export's redaction replaces them).
    struct Mention
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString name; // the name as given, simplified
    };
    QList<Mention> mentionsIn(const QString& text) const;

    bool isEmpty() const { return m_people.isEmpty(); }

private:
    struct Person
    {
        QString name;
        QRegularExpression full; // the whole name
    };
    QList<Person> m_people;
    // Each person's first word (repeats left out): every match of `full`
    // contains one in some case, so a text without any names nobody. A
    // plain search, not a pattern of them all: the review check runs at
    // every save, and a pattern compiled (and JIT-compiled) for each COE's
    // people was an eighth of the work of copy-archive's writing thread.
    QStringList m_firsts;
    bool mayName(const QString& text) const;
};

// True when a name in the owner, reviewers or action owners is a team or a
// service, not a person (README.md, "Blameless rules"): it contains a team
// word as a whole word in any case (team, operations, ops, on-call, oncall,
// service, squad, group, SRE, support, engineering, ...: teamWords()), or it
// is one of the COE's services (or holds one as whole words), or it is one of
// markedTeams (the user's list of team names). Comparisons ignore case and
// collapse whitespace.
bool isTeamName(const QString& name, const QStringList& services = {}, const QStringList& markedTeams = {});

// The words that make a name a team, lower case ("on-call" also matches "on call").
const QStringList& teamWords();

} // namespace hindsight::analysis
