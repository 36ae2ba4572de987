// SPDX-License-Identifier: MIT
// hindsight-gui: the archive window and every command, with the GUI
// libraries. `hindsight` (main.cpp) starts it for all but the light
// commands. Everything else lives in hindsight_ui and hindsight_model.
#include "Application.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {

QtMessageHandler g_previousHandler = nullptr;

// QGuiApplication looks for a Wayland socket in XDG_RUNTIME_DIR even on the
// offscreen platform, and warns when a shell (ssh, cron, CI) has none. A
// printing command never uses that folder: its output stays only its output.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!hindsight::cli::isCommandInvocation(arguments)) {
        QApplication app(argc, argv);
        hindsight::Application::setUp(app);
        return hindsight::Application::runWindow(app);
    }
    // Commands never need a display. Only those that print lay out text (and
    // need fonts); the others start without a platform plugin at all.
    if (hindsight::cli::needsGuiApplication(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
        QGuiApplication app(argc, argv);
        qInstallMessageHandler(g_previousHandler);
        hindsight::Application::setUp(app);
        return hindsight::cli::run(app.arguments());
    }
    QCoreApplication app(argc, argv);
    hindsight::Application::setUp(app);
    return hindsight::cli::run(app.arguments());
}
