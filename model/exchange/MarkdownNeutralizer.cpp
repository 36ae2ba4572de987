// SPDX-License-Identifier: MIT
// CoeMarkdown::neutralizeMarkdown: a user's Markdown made safe to place inside
// one section of the export (CoeMarkdown.h says what is kept and what is made
// literal).
#include "CoeMarkdown.h"

#include <QRegularExpression>
#include <QStringList>
#include <QStringView>

namespace hindsight::exchange {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// The run of c at position i of s.
int runAt(const QString& s, int i, QChar c)
{
    int n = 0;
    while (i + n < s.size() && s[i + n] == c)
        ++n;
    return n;
}

// A line that opens fenced code once leading blanks are ignored: three or
// more backticks or tildes. (Wider than CommonMark on purpose: the export
// writes every fence it finds again in a form CommonMark reads the same way.)
int fenceOpening(const QString& line, QChar* fenceChar)
{
    int i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    for (QChar c : {QLatin1Char('`'), QLatin1Char('~')}) {
        const int run = runAt(line, i, c);
        // After backticks, a backtick makes the line text with code spans.
        if (run >= 3 && !(c == QLatin1Char('`') && line.indexOf(c, i + run) >= 0)) {
            *fenceChar = c;
            return run;
        }
    }
    return 0;
}

bool closesFence(const QString& line, QChar fenceChar, int fenceLength)
{
    const QString trimmed = line.trimmed();
    const int run = runAt(trimmed, 0, fenceChar);
    return run >= fenceLength && run == trimmed.size();
}

// Only "=" or only "-" (a setext underline, or a lone "-" under a paragraph).
bool setextUnderline(QStringView rest)
{
    int end = int(rest.size());
    while (end > 0 && isBlank(rest[end - 1]))
        --end;
    if (end == 0 || (rest[0] != QLatin1Char('=') && rest[0] != QLatin1Char('-')))
        return false;
    for (int i = 0; i < end; ++i) {
        if (rest[i] != rest[0])
            return false;
    }
    return true;
}

// "* * *", "- - -", "___": a thematic break.
bool thematicBreak(QStringView rest)
{
    const QChar c = rest[0];
    if (c != QLatin1Char('-') && c != QLatin1Char('*') && c != QLatin1Char('_'))
        return false;
    int count = 0;
    for (QChar x : rest) {
        if (x == c)
            ++count;
        else if (!isBlank(x))
            return false;
    }
    return count >= 3;
}

// Escapes what would make a block heading at the start of a line's content,
// after any block quote markers and list markers: "#", setext underlines.
QString blockStartEscaped(const QString& line)
{
    int i = 0;
    for (;;) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i >= line.size())
            return line;
        const QStringView rest = QStringView(line).mid(i);
        if (setextUnderline(rest)) {
            // "---" under a paragraph would make it a heading: a rule instead.
            if (rest[0] == QLatin1Char('-') && rest.trimmed().size() >= 3)
                return line.left(i) + QStringLiteral("***");
            return line.left(i) + QLatin1Char('\\') + line.mid(i);
        }
        if (line[i] == QLatin1Char('#'))
            return line.left(i) + QLatin1Char('\\') + line.mid(i);
        if (thematicBreak(rest))
            return line; // "- - -", "* * *": a rule, never a heading or list
        const QChar c = line[i];
        if (c == QLatin1Char('>')) {
            ++i;
            continue;
        }
        int j = i;
        if (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('*')) {
            j = i + 1;
        } else {
            while (j < line.size() && j - i < 9 && line[j].isDigit() && line[j].unicode() < 128)
                ++j;
            if (j == i || j >= line.size() || (line[j] != QLatin1Char('.') && line[j] != QLatin1Char(')')))
                return line;
            ++j;
        }
        if (j < line.size() && !isBlank(line[j]))
            return line;
        i = j;
    }
}

// After "](" at position open of line: an inline link's destination (and
// optional title) up to its ")". Returns the position after ")" and the
// destination when the destination is a plain web or mail address on this
// line, else -1.
int webLinkTail(const QString& line, int open, QString* destination)
{
    static const QRegularExpression plain(QStringLiteral("^(https?://|mailto:)[^\\s<>()`\\\\&\"']+"),
                                          QRegularExpression::CaseInsensitiveOption);
    int i = open;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    const bool pointy = i < line.size() && line[i] == QLatin1Char('<');
    if (pointy)
        ++i;
    const QRegularExpressionMatch m = plain.match(QStringView(line).mid(i));
    if (!m.hasMatch())
        return -1;
    *destination = m.captured(0);
    i += int(m.capturedLength(0));
    if (pointy) {
        if (i >= line.size() || line[i] != QLatin1Char('>'))
            return -1;
        ++i;
    }
    const int afterDestination = i;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i > afterDestination && i < line.size()
        && (line[i] == QLatin1Char('"') || line[i] == QLatin1Char('\'') || line[i] == QLatin1Char('('))) {
        const QChar close = line[i] == QLatin1Char('(') ? QLatin1Char(')') : line[i];
        int j = i + 1;
        while (j < line.size() && line[j] != close) {
            if (line[j] == QLatin1Char('\\') || line[j] == QLatin1Char('(') || line[j] == QLatin1Char('"')
                || line[j] == QLatin1Char('\''))
                return -1; // a title kept simple, or no link
            ++j;
        }
        if (j >= line.size())
            return -1;
        i = j + 1;
        while (i < line.size() && isBlank(line[i]))
            ++i;
    }
    if (i >= line.size() || line[i] != QLatin1Char(')'))
        return -1;
    return i + 1;
}

// One line of a user's Markdown outside fenced code, inline constructs made
// safe. Code spans stay as typed only when they close on the same line (an
// opening run of backticks that does not is escaped, so that no code span can
// reach over lines and hide text from this scan).
QString neutralizeInline(const QString& l)
{
    static const QRegularExpression autolink(QStringLiteral("^<(https?|mailto):[^\\s<>`]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"));
    QString out;
    out.reserve(l.size() + 8);
    for (int i = 0; i < l.size(); ++i) {
        const QChar c = l[i];
        if (c == QLatin1Char('\\') && i + 1 < l.size()) {
            out.append(c).append(l[i + 1]);
            ++i;
        } else if (c == QLatin1Char('`')) {
            const int run = runAt(l, i, c);
            int close = i + run;
            while (close < l.size()) {
                if (l[close] != QLatin1Char('`')) {
                    ++close;
                    continue;
                }
                const int closeRun = runAt(l, close, c);
                if (closeRun == run)
                    break;
                close += closeRun;
            }
            if (close < l.size()) {
                out.append(QStringView(l).mid(i, close + run - i)); // a code span: literal already
                i = close + run - 1;
            } else {
                for (int k = 0; k < run; ++k)
                    out.append(QStringLiteral("\\`"));
                i += run - 1;
            }
        } else if (c == QLatin1Char('<')) {
            const QRegularExpressionMatch m = autolink.match(QStringView(l).mid(i));
            if (m.hasMatch()) {
                out.append(m.captured(0));
                i += int(m.capturedLength(0)) - 1;
            } else {
                out.append(QStringLiteral("\\<"));
            }
        } else if (c == QLatin1Char('&') && entity.match(QStringView(l).mid(i)).hasMatch()) {
            out.append(QStringLiteral("\\&"));
        } else if (c == QLatin1Char('!') && i + 1 < l.size() && l[i + 1] == QLatin1Char('[')) {
            out.append(QStringLiteral("\\!"));
        } else if (c == QLatin1Char(']') && i + 1 < l.size() && l[i + 1] == QLatin1Char(':')) {
            out.append(QStringLiteral("\\]")); // never a link reference definition
        } else if (c == QLatin1Char(']') && i + 1 < l.size() && l[i + 1] == QLatin1Char('(')) {
            QString destination;
            const int end = webLinkTail(l, i + 2, &destination);
            if (end < 0) {
                out.append(QStringLiteral("\\]")); // not a link to a web or mail address: text
            } else {
                out.append(QStringLiteral("](<%1>)").arg(destination));
                i = end - 1;
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QString CoeMarkdown::neutralizeMarkdown(const QString& markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size() + 2);
    for (int n = 0; n < lines.size(); ++n) {
        QString l = lines[n];
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        QChar fenceChar;
        const int fenceLength = fenceOpening(l, &fenceChar);
        if (fenceLength == 0) {
            out.append(neutralizeInline(blockStartEscaped(l)));
            continue;
        }
        // Fenced code: written again at the left margin with a fence longer
        // than any run of backticks inside, and always closed, so that it
        // ends where it ends here and not in a later section.
        QString info = l.trimmed().mid(fenceLength).trimmed().section(QLatin1Char(' '), 0, 0);
        info.removeIf([](QChar c) { return !(c.isLetterOrNumber() || QStringLiteral("+-._#").contains(c)); });
        QStringList code;
        int longest = 0;
        for (++n; n < lines.size(); ++n) {
            QString codeLine = lines[n];
            if (codeLine.endsWith(QLatin1Char('\r')))
                codeLine.chop(1);
            if (closesFence(codeLine, fenceChar, fenceLength))
                break;
            for (int i = 0; i < codeLine.size(); ++i) {
                if (codeLine[i] == QLatin1Char('`')) {
                    const int run = runAt(codeLine, i, codeLine[i]);
                    longest = qMax(longest, run);
                    i += run - 1;
                }
            }
            code.append(codeLine);
        }
        const QString fence(qMax(3, longest + 1), QLatin1Char('`'));
        out.append(fence + info);
        out.append(code);
        out.append(fence);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace hindsight::exchange
