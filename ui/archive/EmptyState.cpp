// SPDX-License-Identifier: MIT
#include "archive/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight {

EmptyState::EmptyState(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto* heading = new QLabel(tr("No COEs in this archive yet"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("A Correction of Error (COE) turns an incident into lessons and corrective "
                               "actions: what happened, its impact, how it was found and fixed, why it "
                               "happened, and what we will change so it cannot happen again."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    auto* newButton = new QPushButton(tr("New COE"));
    newButton->setObjectName(QStringLiteral("emptyNewButton"));
    newButton->setDefault(true);
    auto* importButton = new QPushButton(tr("Import…"));
    importButton->setObjectName(QStringLiteral("emptyImportButton"));
    connect(newButton, &QPushButton::clicked, this, &EmptyState::newRequested);
    connect(importButton, &QPushButton::clicked, this, &EmptyState::importRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(importButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    // A word-wrapped label needs a width range, not an alignment, or the layout squeezes it.
    text->setMinimumWidth(360);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text, 1);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
}

} // namespace hindsight
