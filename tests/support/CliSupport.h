// SPDX-License-Identifier: MIT
// Running the built `hindsight` as a command-line user would, for the
// tests in tests/cli: one place for the isolated environment and the run.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hindsight::test {

struct CliRun
{
    int exitCode = -1; // -1 when the process crashed or did not finish
    QString out;
    QString err;
};

// A terminal without a desktop session: XDG_DATA_HOME (the default archive)
// is `home`/xdg and XDG_CONFIG_HOME (Preferences) `home`/config, so nothing
// of the user's own is read or written; no display, no QT_QPA_PLATFORM.
QProcessEnvironment cliEnvironment(const QString& home);

// Runs hindsight with `args` in `env`, in `workingFolder` when given, and
// waits for it (`timeoutMs` at most, with a warning).
CliRun runCli(const QStringList& args, const QProcessEnvironment& env, const QString& workingFolder = {},
              int timeoutMs = 60000);

} // namespace hindsight::test
