// SPDX-License-Identifier: MIT
#include "widgets/Dialogs.h"

#include <QFileDialog>
#include <QPushButton>
#include <optional>
#include <utility>

namespace hindsight {
namespace {

std::optional<QStringList> g_nextFileNames;
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<int> g_nextChoice;
QString g_lastQuestion;

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
}

QString MessageBox::takeLastQuestion()
{
    return std::exchange(g_lastQuestion, QString());
}

} // namespace hindsight
