// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace hindsight {

// What an empty archive shows instead of a bare grey table.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

signals:
    void newRequested();
    void importRequested();
};

} // namespace hindsight
