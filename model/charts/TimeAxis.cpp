// SPDX-License-Identifier: MIT
#include "charts/TimeAxis.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace hindsight::charts {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, const QTimeZone& zoneIn, qreal width)
{
    QList<TimeTick> ticks;
    if (toMs <= fromMs)
        return ticks;
    const QTimeZone zone = zoneIn.isValid() ? zoneIn : QTimeZone::utc();
    const int maxTicks = std::max(2, int(width / 90));
    const qint64 span = toMs - fromMs;
    const QLocale locale;

    // Steps below a day: on round wall-clock times.
    static const qint64 subDay[] = {kSecond,      2 * kSecond,  5 * kSecond, 10 * kSecond, 15 * kSecond,
                                    30 * kSecond, kMinute,      2 * kMinute, 5 * kMinute,  10 * kMinute,
                                    15 * kMinute, 30 * kMinute, kHour,       2 * kHour,    3 * kHour,
                                    6 * kHour,    12 * kHour};
    for (const qint64 step : subDay) {
        if (span / step > maxTicks)
            continue;
        // Zone offsets are whole quarter hours: walking UTC instants on a grid
        // of min(step, 15 min) meets every round wall-clock time.
        const qint64 grid = std::min(step, 15 * kMinute);
        QDate previousDate;
        for (qint64 t = -floorDiv(-fromMs, grid) * grid; t <= toMs; t += grid) {
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            const qint64 local = t + qint64(zone.offsetFromUtc(utc)) * 1000;
            if (((local % step) + step) % step != 0)
                continue;
            const QDateTime dt = utc.toTimeZone(zone);
            TimeTick tick;
            tick.ms = t;
            tick.label = locale.toString(dt.time(), step < kMinute ? QStringLiteral("HH:mm:ss")
                                                                   : QStringLiteral("HH:mm"));
            if (dt.date() != previousDate)
                tick.second = locale.toString(dt.date(), previousDate.isValid() ? QStringLiteral("d MMM")
                                                                                : QStringLiteral("d MMM yyyy"));
            previousDate = dt.date();
            ticks.append(tick);
        }
        return ticks;
    }

    // Days, weeks, months, years: at local midnight.
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date();
    struct Step
    {
        int days;
        int months;
        int years;
    };
    static const Step steps[] = {{1, 0, 0},  {2, 0, 0},  {7, 0, 0},  {14, 0, 0}, {0, 1, 0},  {0, 2, 0},
                                 {0, 3, 0},  {0, 6, 0},  {0, 0, 1},  {0, 0, 2},  {0, 0, 5},  {0, 0, 10},
                                 {0, 0, 20}, {0, 0, 50}, {0, 0, 100}};
    const double spanDays = double(span) / double(kDay);
    for (const Step& st : steps) {
        const double approx = st.days ? st.days : st.months ? st.months * 30.44 : st.years * 365.25;
        if (spanDays / approx > maxTicks && st.years < 100)
            continue;
        int previousYear = 0;
        const auto add = [&](const QDate& date) {
            const QDateTime dt(date, QTime(0, 0), zone);
            const qint64 t = dt.toMSecsSinceEpoch();
            if (t < fromMs || t > toMs)
                return;
            TimeTick tick;
            tick.ms = t;
            if (st.years) {
                tick.label = QString::number(date.year());
            } else if (st.months) {
                tick.label = locale.toString(date, QStringLiteral("MMM"));
                if (date.year() != previousYear)
                    tick.second = QString::number(date.year());
            } else {
                tick.label = locale.toString(date, QStringLiteral("d MMM"));
                if (date.year() != previousYear)
                    tick.second = QString::number(date.year());
            }
            previousYear = date.year();
            ticks.append(tick);
        };
        if (st.days) {
            QDate d = first;
            if (st.days >= 7)
                d = d.addDays(-(d.dayOfWeek() - 1)); // Mondays
            else
                d = d.addDays(-(d.toJulianDay() % st.days));
            for (; d <= last.addDays(1); d = d.addDays(st.days))
                add(d);
        } else if (st.months) {
            QDate d(first.year(), 1, 1);
            d = d.addMonths(((first.month() - 1) / st.months) * st.months);
            for (; d <= last.addDays(1); d = d.addMonths(st.months))
                add(d);
        } else {
            QDate d(first.year() - first.year() % st.years, 1, 1);
            for (; d <= last.addDays(1); d = d.addYears(st.years))
                add(d);
        }
        return ticks;
    }
    return ticks;
}

QString lineTimeText(qint64 ms, const QTimeZone& zone)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    const bool seconds = dt.time().second() != 0 || dt.time().msec() != 0;
    return QLocale().toString(dt, seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm")) +
           QLatin1Char(' ') + dt.timeZoneAbbreviation();
}

} // namespace hindsight::charts
