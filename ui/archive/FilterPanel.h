// SPDX-License-Identifier: MIT
#pragma once

#include "storage/CoeQuery.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace hindsight {

class DateLineEdit;

// The filters beside the search: severity, status, service, tag, owner,
// incident date range, "has overdue actions" and "has unresolved comments".
// It edits the filter part of a CoeQuery; dates are calendar days in the user's display zone.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget* parent = nullptr);

    // Fills the lists of services, tags and owners, keeping current choices.
    void setChoices(const QStringList& services, const QStringList& tags, const QStringList& owners);
    // Writes the filters into `query` (text, sort and trash are left alone).
    void applyTo(CoeQuery* query, const QTimeZone& zone) const;
    bool isActive() const;
    void clear();

signals:
    void changed();

private:
    QComboBox* m_severity;
    QComboBox* m_status;
    QComboBox* m_service;
    QComboBox* m_tag;
    QComboBox* m_owner;
    QCheckBox* m_dateRange;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QCheckBox* m_overdue;
    QCheckBox* m_unresolved;
    QPushButton* m_clear;
};

} // namespace hindsight
