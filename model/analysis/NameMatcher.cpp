// SPDX-License-Identifier: MIT
#include "NameMatcher.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace hindsight::analysis {
namespace {

const QRegularExpression::PatternOptions kRx =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// The review check runs at every save (the summary's review counts) and
// copy-archive saves thousands of COEs that name the same people and
// services: a pattern is compiled (and JIT-compiled) once per thread, and
// its copies share that (QRegularExpression is implicitly shared).
QRegularExpression compiled(const QString& pattern, QRegularExpression::PatternOptions options)
{
    thread_local QHash<QString, QRegularExpression> cache[2];
    QHash<QString, QRegularExpression>& m = cache[options == kRx ? 0 : 1];
    Q_ASSERT(options == kRx || options == QRegularExpression::UseUnicodePropertiesOption);
    auto it = m.constFind(pattern);
    if (it != m.cend())
        return *it;
    if (m.size() >= 4096)
        m.clear();
    QRegularExpression rx(pattern, options);
    rx.optimize();
    return *m.insert(pattern, rx);
}

// Capital initial required, the rest in any case: "Dana", "DANA", not "dana".
QRegularExpression capitalised(const QString& word)
{
    return compiled(
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
            // A one-word name ("Dana") is also an English word often enough
            // ("Will", "May"): a capital initial is required.
            person.full = capitalised(first);
        } else {
            // Several words, or a handle ("dortiz42", "d.ortiz"): any case.
            person.full =
                compiled(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(escaped.join(QStringLiteral("\\s+"))), kRx);
        }
        m_people.append(person);
    }
    QSet<QString> firsts;
    for (const Person& p : std::as_const(m_people)) {
        const QString first = p.name.section(QLatin1Char(' '), 0, 0);
        if (!firsts.contains(first.toCaseFolded())) {
            firsts.insert(first.toCaseFolded());
            m_firsts.append(first);
        }
    }
}

bool NameMatcher::mayName(const QString& text) const
{
    return std::any_of(m_firsts.cbegin(), m_firsts.cend(),
                       [&text](const QString& first) { return text.contains(first, Qt::CaseInsensitive); });
}

QStringList NameMatcher::namesIn(const QString& text) const
{
    if (!mayName(text))
        return {};
    QStringList found;
    for (const Person& p : m_people) {
        if (p.full.match(text).hasMatch())
            found.append(p.name);
    }
    return found;
}

QList<NameMatcher::Mention> NameMatcher::mentionsIn(const QString& text) const
{
    QList<Mention> found;
    if (!mayName(text))
        return found;
    for (const Person& p : m_people) {
        for (auto it = p.full.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            found.append({m.capturedStart(), m.capturedLength(), p.name});
        }
    }
    return found;
}

const QStringList& teamWords()
{
    static const QStringList words{
        QStringLiteral("team"),        QStringLiteral("teams"),      QStringLiteral("operations"),
        QStringLiteral("ops"),         QStringLiteral("devops"),     QStringLiteral("on-call"),
        QStringLiteral("oncall"),      QStringLiteral("service"),    QStringLiteral("services"),
        QStringLiteral("squad"),       QStringLiteral("group"),      QStringLiteral("sre"),
        QStringLiteral("support"),     QStringLiteral("engineering"), QStringLiteral("infrastructure"),
        QStringLiteral("platform"),    QStringLiteral("department"), QStringLiteral("rotation"),
        QStringLiteral("staff"),       QStringLiteral("crew"),
    };
    return words;
}

namespace {

// Whole words ("S3" in "S3 team", "sre" in "sre-oncall"; not "ops" in "Topsy").
bool containsWords(const QString& haystack, const QString& words)
{
    const QString w = words.simplified();
    if (w.isEmpty())
        return false;
    QStringList parts = w.split(QLatin1Char(' '));
    for (QString& p : parts)
        p = QRegularExpression::escape(p);
    const QRegularExpression rx = compiled(
        QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(parts.join(QStringLiteral("\\s+"))), kRx);
    return rx.match(haystack).hasMatch();
}

bool sameName(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace

bool isTeamName(const QString& name, const QStringList& services, const QStringList& markedTeams)
{
    static const QRegularExpression teamWord = [] {
        QStringList alternatives;
        for (const QString& w : teamWords())
            alternatives.append(QRegularExpression::escape(w));
        alternatives.append(QStringLiteral("on\\s+call"));
        return QRegularExpression(
            QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])").arg(alternatives.join(QLatin1Char('|'))),
            kRx);
    }();
    const QString n = name.simplified();
    if (n.isEmpty())
        return false;
    if (teamWord.match(n).hasMatch())
        return true;
    for (const QString& team : markedTeams) {
        if (sameName(n, team))
            return true;
    }
    for (const QString& service : services) {
        if (service.simplified().size() >= 2 && containsWords(n, service))
            return true;
    }
    return false;
}

} // namespace hindsight::analysis
