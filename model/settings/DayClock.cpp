// SPDX-License-Identifier: MIT
#include "DayClock.h"

#include "Settings.h"

#include <QCoreApplication>

namespace hindsight {

namespace {
constexpr qint64 kLongestNapMs = 60 * 1000;
constexpr qint64 kPastMidnightMs = 50; // wake just after midnight, not just before
} // namespace

DayClock::DayClock(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DayClock::check);
    m_today = currentTimeUtc().toTimeZone(m_zone).date();
    schedule();
}

DayClock* DayClock::instance()
{
    static QPointer<DayClock> clock;
    if (!clock)
        clock = new DayClock(QCoreApplication::instance());
    // Tests may replace the Settings instance: follow the current one.
    if (clock->m_settings != Settings::instance())
        clock->followSettings(Settings::instance());
    return clock;
}

void DayClock::followSettings(Settings* settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::DisplayTimeZone && m_settings)
            setTimeZone(m_settings->displayTimeZone());
    });
    setTimeZone(settings->displayTimeZone());
}

QDateTime DayClock::currentTimeUtc() const
{
    return m_frozen.isValid() ? m_frozen : QDateTime::currentDateTimeUtc();
}

void DayClock::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    check();
}

void DayClock::setCurrentTime(const QDateTime& utc)
{
    m_frozen = utc.isValid() ? utc.toUTC() : QDateTime();
    check();
}

void DayClock::check()
{
    const QDate today = currentTimeUtc().toTimeZone(m_zone).date();
    schedule();
    if (today == m_today)
        return;
    m_today = today;
    emit dayChanged(today);
}

void DayClock::schedule()
{
    if (m_frozen.isValid()) {
        m_timer.stop(); // time stands still: nothing to wait for
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate date = now.toTimeZone(m_zone).date();
    const QDateTime midnight = date.addDays(1).startOfDay(m_zone);
    const qint64 untilMidnight = now.msecsTo(midnight) + kPastMidnightMs;
    m_timer.start(int(qBound<qint64>(kPastMidnightMs, untilMidnight, kLongestNapMs)));
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_DayClock.cpp"
