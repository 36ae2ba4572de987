// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

namespace hindsight {

class Settings;

// The one "today" of the application: the date now in the display time zone
// (Settings' DisplayTimeZone unless setTimeZone() says otherwise). The editor
// (overdue action items, default due dates), the archive (overdue counts and
// filters) and the action item models all ask it, so they agree at any hour.
// A timer looks again just after each midnight of that zone (and at least
// once a minute, for suspends and clock changes) and emits dayChanged() when
// the date moved. setCurrentTime() is the test seam: it freezes "now".
class DayClock : public QObject
{
    Q_OBJECT
public:
    explicit DayClock(QObject* parent = nullptr);

    // The application's clock; follows Settings::instance()'s display zone.
    static DayClock* instance();

    QDate today() const { return m_today; }
    QDateTime currentTimeUtc() const;
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone& zone);

    // Test seam: "now" is `utc` from here on (invalid: the system clock again).
    // Emits dayChanged() at once when that moves the date.
    void setCurrentTime(const QDateTime& utc);

signals:
    void dayChanged(const QDate& today);

private:
    void check();
    void schedule();
    void followSettings(Settings* settings);

    QTimeZone m_zone = QTimeZone::utc();
    QDateTime m_frozen; // set by setCurrentTime()
    QDate m_today;
    QTimer m_timer;
    QPointer<Settings> m_settings;
};

} // namespace hindsight
