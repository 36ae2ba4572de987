// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include "TestSupport.h"

#include <QDir>
#include <QProcess>

namespace hindsight::test {

QProcessEnvironment cliEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands must not need it
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

CliRun runCli(const QStringList& args, const QProcessEnvironment& env, const QString& workingFolder, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingFolder.isEmpty())
        p.setWorkingDirectory(workingFolder);
    p.start(binaryPath(), args);
    if (!p.waitForFinished(timeoutMs))
        qWarning("hindsight did not finish");
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace hindsight::test
