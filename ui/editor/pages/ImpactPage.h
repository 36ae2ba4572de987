// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace hindsight {

// Customers, money, SLA, the quality pillars hit, the narrative fields, and
// how the incident was detected.
class ImpactPage : public EditorPage
{
    Q_OBJECT
public:
    explicit ImpactPage(CoeDocument* document, QWidget* parent = nullptr);

private:
    void refresh();
    void commitFinancial();

    QLineEdit* m_customers;
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QComboBox* m_sla;
    QList<QCheckBox*> m_pillars;
    QComboBox* m_detectionSource;
};

} // namespace hindsight
