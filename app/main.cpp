// SPDX-License-Identifier: MIT
// `hindsight`: the program users start. It runs --help, --version and the
// commands that only read the archive's tables (search, list) itself, linked
// against Qt Core and Sql only: loading Qt Gui, Widgets and PrintSupport (and
// the forty libraries they bring) cost 4 of the 16 ms of a search. For the
// window and every other command it becomes hindsight-gui (main_gui.cpp) with
// the same arguments, environment and process id.
#include "cli/CommandLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

// hindsight-gui beside this program (the build tree), else where the
// package installs it (../libexec/hindsight/ from bin/).
std::string fullProgram()
{
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return "hindsight-gui";
    self[n] = '\0';
    std::string folder(self);
    folder.erase(folder.rfind('/') + 1);
    const std::string beside = folder + "hindsight-gui";
    if (access(beside.c_str(), X_OK) == 0)
        return beside;
    return folder + "../libexec/hindsight/hindsight-gui";
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (hindsight::cli::runsInLightProgram(arguments)) {
        QCoreApplication app(argc, argv);
        hindsight::cli::setUpApplication(app);
        return hindsight::cli::run(app.arguments());
    }
    const std::string program = fullProgram();
    execv(program.c_str(), argv);
    const int error = errno;
    QCoreApplication app(argc, argv);
    hindsight::cli::setUpApplication(app);
    const QString message = QCoreApplication::translate("CommandLine", "hindsight: cannot start %1: %2\n")
                                .arg(QString::fromLocal8Bit(program.c_str()), QString::fromLocal8Bit(std::strerror(error)));
    std::fputs(message.toLocal8Bit().constData(), stderr);
    return 1;
}
