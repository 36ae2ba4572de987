// SPDX-License-Identifier: MIT
#include "NameMatcher.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace hindsight::analysis {
namespace {

const QRegularExpression::PatternOptions kRx =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Capital initial required, the rest in any case: "Dana", "DANA", not "dana".
QRegularExpression capitalised(const QString& word)
{
    return QRegularExpression(
        QStringLiteral("(?<!\\w)%1(?i:%2)(?!\\w)")
            .arg(QRegularExpression::escape(word.left(1).toUpper()), QRegularExpression::escape(word.mid(1))),
        QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

NameMatcher::NameMatcher(const QStringList& names)
{
    QSet<QString> seen;
    for (const QString& raw : std::as_const(names)) {
        const QString name = raw.simplified();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        const QStringList parts = name.split(QLatin1Char(' '));
        QStringList escaped;
        for (const QString& p : parts)
            escaped.append(QRegularExpression::escape(p));
        Person person;
        person.name = name;
        const QString first = parts.first();
        const bool wordLike = first.size() >= 2 && std::all_of(first.cbegin(), first.cend(), [](QChar c) {
                                  return c.isLetter() || c == u'-' || c == u'\'';
                              });
        if (parts.size() == 1 && wordLike) {
            // A one-word name ("Dana") is a first name: the same care applies.
            person.full = capitalised(first);
        } else {
            // Several words, or a handle ("dortiz42", "d.ortiz"): any case.
            person.full = QRegularExpression(
                QStringLiteral("(?<!\\w)%1(?!\\w)").arg(escaped.join(QStringLiteral("\\s+"))), kRx);
            if (parts.size() >= 2 && wordLike)
                person.firstName = capitalised(first);
        }
        m_people.append(person);
    }
    QStringList firsts;
    for (const Person& p : std::as_const(m_people))
        firsts.append(QRegularExpression::escape(p.name.section(QLatin1Char(' '), 0, 0)));
    if (!firsts.isEmpty())
        m_any = QRegularExpression(QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(firsts.join(QLatin1Char('|'))),
                                   kRx);
}

// Full names first; a first name alone counts only where it is not part of a
// full name already found ("Lee" in "Sam Lee" is not Lee Wong).
QStringList NameMatcher::namesIn(const QString& text) const
{
    if (m_people.isEmpty() || !m_any.match(text).hasMatch())
        return {};
    QList<std::pair<qsizetype, qsizetype>> spans;
    QStringList found;
    for (const Person& p : m_people) {
        for (auto it = p.full.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            spans.append({m.capturedStart(), m.capturedEnd()});
            if (!found.contains(p.name))
                found.append(p.name);
        }
    }
    for (const Person& p : m_people) {
        if (p.firstName.pattern().isEmpty() || found.contains(p.name))
            continue;
        for (auto it = p.firstName.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const bool inFullName = std::any_of(spans.cbegin(), spans.cend(), [&](const auto& s) {
                return m.capturedStart() < s.second && s.first < m.capturedEnd();
            });
            if (!inFullName) {
                found.append(p.name);
                break;
            }
        }
    }
    return found;
}

} // namespace hindsight::analysis
