// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace hindsight {

// Every IANA zone the system knows, searchable by any part of its name
// ("bogo" finds America/Bogota).
class TimeZoneComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZoneComboBox(QWidget* parent = nullptr);
    QTimeZone zone() const;
    void setZone(const QTimeZone& zone); // no zoneChosen signal

signals:
    void zoneChosen(const QTimeZone& zone);

private:
    bool m_updating = false;
    QTimeZone m_lastValid = QTimeZone::utc(); // what invalid text reverts to when the focus leaves
};

} // namespace hindsight
