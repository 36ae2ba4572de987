// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hindsight {

// Help menu contents shared by the archive and editor windows.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
public:
    // Version, licence and the archive file in use.
    static void showAbout(QWidget* parent, const QString& archivePath);
    // A short guide to writing a COE: the guidance of every step, in order.
    static void showGuide(QWidget* parent);
    // Every action of `window` that has a shortcut, with its key.
    static void showShortcuts(QWidget* window);
    // The guide's text (Markdown), for tests.
    static QString guideMarkdown();
};

} // namespace hindsight
