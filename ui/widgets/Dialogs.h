// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <optional>

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

// One line of text (QInputDialog::getText), with a test seam.
class TextInput
{
public:
    // nullopt when the user cancels.
    static std::optional<QString> getText(QWidget* parent, const QString& title, const QString& label,
                                          const QString& text);
    // Test seams: the next getText() returns this text, or is cancelled.
    static void setNextText(const QString& text);
    static void setNextCancel();
};

// The password a PostgreSQL server asks for when none of ~/.pgpass,
// PGPASSWORD or the service file gives one. It is for this session only:
// kept in memory until the program quits, never written anywhere.
class PasswordDialog
{
    Q_DECLARE_TR_FUNCTIONS(PasswordDialog)
public:
    // Asks for the password of `user` on the archive `archive` (shown as
    // given: pass it without password); `problem` says why (a wrong one
    // before, say). nullopt when the user cancels.
    static std::optional<QString> ask(QWidget* parent, const QString& archive, const QString& user,
                                      const QString& problem = {});
    // Test seams: the next ask() returns this password, or is cancelled.
    static void setNextPassword(const QString& password);
    static void setNextCancel();
    // The archive text of each ask() since the last call (then forgets them).
    static QStringList takeAsked();

    // Passwords given in this session, by archive (its text without password).
    static QString sessionPassword(const QString& archive);
    static void rememberForSession(const QString& archive, const QString& password);
    static void forgetSessionPasswords();
};

} // namespace hindsight
