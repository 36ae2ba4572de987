// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hindsight {

// An inline message above a view, with an optional action button and a close
// button: for problems that need no answer (habit: no cascade of message boxes).
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };
    explicit Banner(QWidget* parent = nullptr);

    // `text` is plain text: it is never interpreted as markup.
    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel* m_label;
    QPushButton* m_action;
};

} // namespace hindsight
