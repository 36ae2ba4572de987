// SPDX-License-Identifier: MIT
// What the command files share: the translation context of every command
// line message, and one field of tab-separated output.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace hindsight::cli {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// One field of tab-separated output: no tab or line break inside.
inline QString oneLine(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

} // namespace hindsight::cli
