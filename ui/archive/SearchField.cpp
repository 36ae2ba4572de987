// SPDX-License-Identifier: MIT
#include "archive/SearchField.h"

#include <QShortcut>

namespace hindsight {

SearchField::SearchField(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchLineEdit"));
    setAccessibleName(tr("Search COEs"));
    setPlaceholderText(tr("Search COEs…  (e.g. deploy \"connection pool\")"));
    setToolTip(tr("Every word must occur; the last also as the start of a word; \"quoted words\" as a phrase. "
                  "Case and accents are ignored. Esc clears."));
    setClearButtonEnabled(true);
    setMinimumWidth(320);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, &QLineEdit::clear);
}

} // namespace hindsight
