// SPDX-License-Identifier: MIT
// The executable: an application object, translators, the command line, and
// the archive window. Everything else lives in hindsight_ui and hindsight_model.
#include "Application.h"
#include "cli/CommandLine.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const bool headless = hindsight::cli::isCommandInvocation(arguments);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // commands never need a display

    QApplication app(argc, argv);
    hindsight::Application::setUp(app);
    if (headless)
        return hindsight::cli::run(app.arguments());
    return hindsight::Application::runWindow(app);
}
