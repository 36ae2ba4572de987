// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace hindsight {

// Test seams for modal flows (KeePassXC's MessageBox::setNextAnswer and
// FileDialog::setNextFileName): a test queues the answer, the next call
// returns it without showing anything.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& filter,
                                   const QString& suggestedName = {});
    static void setNextFileNames(const QStringList& names);
    static void setNextFileName(const QString& name) { setNextFileNames({name}); }
};

class MessageBox
{
public:
    // Asks with the given buttons; returns the one chosen.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A custom choice: returns the index of the chosen button text, or -1 on Escape.
    static int choose(QWidget* parent, const QString& title, const QString& text,
                      const QStringList& buttonTexts, int defaultIndex);
    static void showDetails(QWidget* parent, const QString& title, const QString& details);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int index);
    // Forgets queued answers and choices that no call took.
    static void clearNextAnswers();
    // The title and text ("title\ntext") of the last question() or choose(),
    // shown or answered from the queue; then forgets it. Empty when none came.
    static QString takeLastQuestion();
};

} // namespace hindsight
