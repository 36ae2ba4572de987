// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QLineEdit>

namespace hindsight {

// A date field the user types into: reads what DateParser accepts (ISO
// 2017-03-15, 20170315, the locale's short format). Anything else is refused
// visibly (red frame, the reason in the tooltip) and the date stays as it
// was: a typed date is never turned into another one.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget* parent = nullptr);
    explicit DateLineEdit(const QDate& date, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate& date);

    // Reads the text: true and the new date when accepted; false, with the
    // field marked and the date unchanged, when refused.
    bool commitText();
    bool isRefused() const { return m_refused; }

signals:
    void dateChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void setRefused(const QString& error);
    QDate m_date;
    bool m_refused = false;
    QString m_toolTip;
};

} // namespace hindsight
