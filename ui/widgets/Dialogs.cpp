// SPDX-License-Identifier: MIT
#include "widgets/Dialogs.h"

#include <QFileDialog>
#include <QHash>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <optional>
#include <utility>

namespace hindsight {
namespace {

std::optional<QStringList> g_nextFileNames;
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<int> g_nextChoice;
QString g_lastQuestion;
std::optional<std::optional<QString>> g_nextText; // set: the next getText() answers; nullopt inside: cancel
std::optional<std::optional<QString>> g_nextPassword; // set: the next ask() answers; nullopt inside: cancel
QStringList g_asked;
QHash<QString, QString> g_sessionPasswords;

template <typename T> std::optional<T> take(std::optional<T>& slot)
{
    std::optional<T> out = slot;
    slot.reset();
    return out;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto next = take(g_nextFileNames))
        return next->value(0);
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto next = take(g_nextFileNames))
        return *next;
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& filter,
                                    const QString& suggestedName)
{
    if (auto next = take(g_nextFileNames))
        return next->value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

void FileDialog::setNextFileNames(const QStringList& names)
{
    g_nextFileNames = names;
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    g_lastQuestion = title + QLatin1Char('\n') + text;
    if (auto next = take(g_nextAnswer))
        return *next;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text,
                       const QStringList& buttonTexts, int defaultIndex)
{
    g_lastQuestion = title + QLatin1Char('\n') + text;
    if (auto next = take(g_nextChoice))
        return *next;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QPushButton*> buttons;
    for (const QString& t : buttonTexts)
        buttons.append(box.addButton(t, QMessageBox::ActionRole));
    if (defaultIndex >= 0 && defaultIndex < buttons.size())
        box.setDefaultButton(buttons.at(defaultIndex));
    box.exec();
    return int(buttons.indexOf(static_cast<QPushButton*>(box.clickedButton())));
}

void MessageBox::showDetails(QWidget* parent, const QString& title, const QString& details)
{
    if (g_nextAnswer || g_nextChoice || g_nextFileNames) // under test: never block
        return;
    QMessageBox box(QMessageBox::Information, title, details.section(QLatin1Char('\n'), 0, 0),
                    QMessageBox::Close, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(details);
    box.exec();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setNextChoice(int index)
{
    g_nextChoice = index;
}

void MessageBox::clearNextAnswers()
{
    g_nextAnswer.reset();
    g_nextChoice.reset();
    g_nextText.reset();
}

QString MessageBox::takeLastQuestion()
{
    return std::exchange(g_lastQuestion, QString());
}

std::optional<QString> TextInput::getText(QWidget* parent, const QString& title, const QString& label,
                                          const QString& text)
{
    if (auto next = take(g_nextText))
        return *next;
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

void TextInput::setNextText(const QString& text)
{
    g_nextText = std::optional<QString>(text);
}

void TextInput::setNextCancel()
{
    g_nextText = std::optional<QString>();
}

std::optional<QString> PasswordDialog::ask(QWidget* parent, const QString& archive, const QString& user,
                                           const QString& problem)
{
    g_asked.append(archive);
    if (auto next = take(g_nextPassword))
        return *next;
    const QString who = user.isEmpty() ? tr("The server of %1 asks for a password.").arg(archive)
                                       : tr("The server of %1 asks for the password of %2.").arg(archive, user);
    QString text = problem.isEmpty() ? who : problem + QLatin1Char('\n') + who;
    text += QLatin1Char('\n') + tr("Hindsight keeps it only until it quits and never saves it.");
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Team Archive Password"), text,
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

void PasswordDialog::setNextPassword(const QString& password)
{
    g_nextPassword = std::optional<QString>(password);
}

void PasswordDialog::setNextCancel()
{
    g_nextPassword = std::optional<QString>();
}

QStringList PasswordDialog::takeAsked()
{
    return std::exchange(g_asked, QStringList());
}

QString PasswordDialog::sessionPassword(const QString& archive)
{
    return g_sessionPasswords.value(archive);
}

void PasswordDialog::rememberForSession(const QString& archive, const QString& password)
{
    g_sessionPasswords.insert(archive, password);
}

void PasswordDialog::forgetSessionPasswords()
{
    g_sessionPasswords.clear();
}

} // namespace hindsight
