// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>

namespace hindsight {

// The search box of the archive window: live, Esc clears it, with a
// placeholder that shows what the search understands.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget* parent = nullptr);
};

} // namespace hindsight
