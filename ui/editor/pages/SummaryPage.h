// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QComboBox;

namespace hindsight {

class TimeZoneComboBox;

// Title, severity, status, people, services, tags, display zone and the summary.
class SummaryPage : public EditorPage
{
    Q_OBJECT
public:
    explicit SummaryPage(CoeDocument* document, QWidget* parent = nullptr);

private:
    void refresh();
    QComboBox* m_severity;
    QComboBox* m_status;
    TimeZoneComboBox* m_zone;
};

} // namespace hindsight
