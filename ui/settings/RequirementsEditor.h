// SPDX-License-Identifier: MIT
#pragma once

#include "templates/Requirements.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;
class QTableWidget;

namespace hindsight {

// A required-by-severity table to edit: one row per required item and a
// column per severity (a check box in each cell), the minimum numbers of
// whys and action items per severity, and the due target per priority.
class RequirementsEditor : public QWidget
{
    Q_OBJECT
public:
    // `prefix` starts the object names of its inputs ("required", "templateRequired").
    explicit RequirementsEditor(const QString& prefix, QWidget* parent = nullptr);

    void setRequirements(const templates::Requirements& requirements);
    templates::Requirements requirements() const;
    QTableWidget* table() const { return m_table; }

signals:
    void edited();

private:
    QTableWidget* m_table = nullptr;
    struct Target
    {
        QSpinBox* days = nullptr;
        QCheckBox* business = nullptr;
    };
    Target m_targets[3]; // high, medium, low
    bool m_loading = false;
};

} // namespace hindsight
