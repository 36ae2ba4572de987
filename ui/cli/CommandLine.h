// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hindsight::cli {

// Exit statuses of every command.
enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2, Unreadable = 3 };

// True when the arguments (argv, program name first) ask for a headless
// command, --help or --version rather than the window.
bool isCommandInvocation(const QStringList& arguments);

// The value of --archive, or empty for the default archive.
QString archiveArgument(const QStringList& arguments);

// A .coe.json file named on the command line without a command (to offer import).
QStringList documentArguments(const QStringList& arguments);

// True when the headless command prints (export-pdf, review packets): it lays
// out text and needs fonts, so it runs on a QGuiApplication (offscreen). Every
// other command, --help and --version run on a QCoreApplication: no platform
// plugin, fonts or icons are loaded.
bool needsGuiApplication(const QStringList& arguments);

// Runs a headless command and returns its exit status. Needs a
// QGuiApplication when needsGuiApplication(arguments) is true.
// True for --help, --version and the commands the light `hindsight`
// program runs itself (search, list, insights), without the GUI libraries that cost
// every other command a third of its start-up; app/main.cpp hands the rest
// to hindsight-gui.
bool runsInLightProgram(const QStringList& arguments);

// Names, version, language and translations: the same for the window and
// every command.
void setUpApplication(QCoreApplication& app);

int run(const QStringList& arguments);

} // namespace hindsight::cli
