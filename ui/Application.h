// SPDX-License-Identifier: MIT
#pragma once

class QApplication;
class QCoreApplication;

namespace hindsight {
class MainWindow;
}

namespace hindsight {

// Start-up shared by the window and the command line.
class Application
{
public:
    // Names, version and translators for every kind of application object;
    // the display name, desktop file and window icon only for a
    // QGuiApplication or QApplication (the command line runs on a
    // QCoreApplication unless it prints).
    static void setUp(QCoreApplication& app);
    // Opens the archive named on the command line (or the default one) in the
    // archive window and runs the event loop.
    static int runWindow(QApplication& app);

private:
    // For packaging/screenshots.sh: opens the window HINDSIGHT_SCREENSHOT_PAGE names.
    static void showScreenshotPage(MainWindow* window);
};

} // namespace hindsight
