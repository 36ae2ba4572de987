// SPDX-License-Identifier: MIT
#include "widgets/DateLineEdit.h"

#include "document/DateParser.h"
#include "itemmodels/ToolTip.h"

#include <QKeyEvent>

namespace hindsight {

DateLineEdit::DateLineEdit(QWidget* parent) : DateLineEdit(QDate(), parent) {}

DateLineEdit::DateLineEdit(const QDate& date, QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(QStringLiteral("2017-03-15"));
    m_toolTip = tr("Type a date: 2017-03-15, 20170315 or %1")
                    .arg(locale().toString(QDate(2017, 3, 15), QLocale::ShortFormat));
    setToolTip(m_toolTip);
    setDate(date);
}

void DateLineEdit::setDate(const QDate& date)
{
    setRefused(QString());
    const QString text = date.isValid() ? DateParser::format(date) : QString();
    if (this->text() != text)
        setText(text);
    if (date == m_date)
        return;
    m_date = date;
    emit dateChanged(m_date);
}

bool DateLineEdit::commitText()
{
    const DateParser::Result r = DateParser::parse(text(), locale());
    if (!r.ok()) {
        setRefused(r.error);
        return false;
    }
    setDate(r.date);
    return true;
}

void DateLineEdit::setRefused(const QString& error)
{
    m_refused = !error.isEmpty();
    setStyleSheet(m_refused ? QStringLiteral("QLineEdit { border: 2px solid #c0392b; }") : QString());
    setToolTip(plainToolTip(m_refused ? error : m_toolTip));
    setAccessibleDescription(error);
}

void DateLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (!commitText()) {
            event->accept(); // refused: the field stays open and says why
            return;
        }
    } else if (m_refused && !event->text().isEmpty()) {
        setRefused(QString());
    }
    QLineEdit::keyPressEvent(event);
}

void DateLineEdit::focusOutEvent(QFocusEvent* event)
{
    if (text() != (m_date.isValid() ? DateParser::format(m_date) : QString()))
        commitText();
    QLineEdit::focusOutEvent(event);
}

} // namespace hindsight
