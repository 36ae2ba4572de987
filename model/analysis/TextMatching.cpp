// SPDX-License-Identifier: MIT
#include "TextMatching.h"

#include <QRegularExpression>

namespace hindsight::analysis {
namespace {

const QRegularExpression::PatternOptions kTextRx =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// The sentence around [start, end): from the previous sentence end to the next.
QString sentenceAround(const QString& text, qsizetype start, qsizetype end)
{
    static const QString stops = QStringLiteral(".!?\n");
    qsizetype from = start;
    while (from > 0 && !stops.contains(text.at(from - 1)))
        --from;
    qsizetype to = end;
    while (to < text.size() && !stops.contains(text.at(to)))
        ++to;
    if (to < text.size())
        ++to; // keep the stop: "?" tells a question
    return text.mid(from, to - from).trimmed();
}

} // namespace

int wordCount(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\S*\\w\\S*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

// A date ("2024-03-07", "3/7", "March 7", "7 Mar"), a clock time ("14:02",
// "2 pm") or a duration ("69 minutes", "an hour", "17 min", "2h"). English.
bool mentionsTime(const QString& text)
{
    static const QString month =
        QStringLiteral("(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                       "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    static const QString unit =
        QStringLiteral("(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)");
    static const QRegularExpression rx(
        QStringLiteral("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"
                       "|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b"
                       "|\\b%1\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+%1\\b"
                       "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                       "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)"
                       "|\\b\\d+(?:[.,]\\d+)?\\s*-?\\s*(?:%2|s|m|h|d)\\b"
                       "|\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                       "|half an?|several|few)\\s+%2\\b")
            .arg(month, unit),
        kTextRx);
    return rx.match(text).hasMatch();
}

// Blaming words. "human error" / "operator error" inside a question that asks
// why or how it was possible is the method itself, not blame, and is skipped.
QStringList blamingWordsIn(const QString& text)
{
    static const QRegularExpression words(
        QStringLiteral(
            "(?<!\\w)(human\\s+error|operator\\s+error|fault\\s+of|blam(?:e|ed|es|ing))(?!\\w)(?!-free)"),
        kTextRx);
    static const QRegularExpression askingWhy(QStringLiteral("^\\W*(?:why|how)\\b.*\\?$"), kTextRx);
    QStringList found;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString phrase = m.captured(1).simplified().toLower();
        const bool isErrorPhrase = phrase.endsWith(QLatin1String("error"));
        if (isErrorPhrase &&
            askingWhy.match(sentenceAround(text, m.capturedStart(), m.capturedEnd())).hasMatch())
            continue;
        if (!found.contains(phrase))
            found.append(phrase);
    }
    return found;
}

} // namespace hindsight::analysis
