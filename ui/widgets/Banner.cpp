// SPDX-License-Identifier: MIT
#include "widgets/Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace hindsight {

Banner::Banner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this)), m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("bannerLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerActionButton"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerCloseButton"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::showMessage(Kind kind, const QString& text, const QString& actionText)
{
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    QColor tint = kind == Kind::Error ? QColor(0xf8, 0xd7, 0xda)
                : kind == Kind::Warning ? QColor(0xff, 0xf3, 0xcd)
                                          : QColor(0xd1, 0xec, 0xf1);
    if (base.lightness() < 128) // dark palette: keep contrast
        tint = tint.darker(300);
    p.setColor(QPalette::Window, tint);
    setPalette(p);
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString Banner::text() const
{
    return m_label->text();
}

} // namespace hindsight
