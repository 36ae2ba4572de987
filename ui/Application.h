// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace hindsight {
class MainWindow;
}

namespace hindsight {

// Start-up shared by the window and the command line.
class Application
{
public:
    // Names, version, icon, translators.
    static void setUp(QApplication& app);
    // Opens the archive named on the command line (or the default one) in the
    // archive window and runs the event loop.
    static int runWindow(QApplication& app);

private:
    // For packaging/screenshots.sh: opens the window HINDSIGHT_SCREENSHOT_PAGE names.
    static void showScreenshotPage(MainWindow* window);
};

} // namespace hindsight
