// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <optional>

// The times and numbers of a monitoring export (SeriesImport reads the tables
// and JSON around them).
namespace hindsight::metrics {

// A plain C-locale number ("-12.5", "1e-3") without QLocale's per-call cost
// (which dominated a 100,000-line import). False for anything else.
bool fastToDouble(QStringView t, double* out);

// A Unix time of at least this magnitude is in milliseconds, below it in
// seconds (see ParsedTime).
constexpr double kMillisecondsFrom = 1e11;
// A Unix time in seconds or milliseconds (kMillisecondsFrom) as a UTC
// QDateTime; invalid past what QDateTime holds.
QDateTime fromUnix(double number);

// A time as written in an export. Unix numbers: below 1e11 seconds, from 1e11
// on milliseconds (1e11 s is the year 5138, 1e11 ms is March 1973). Text: RFC
// 3339 / ISO 8601, extended or basic, 'T' or a space, fractions of a second,
// an offset Z/UTC/+hh/+hhmm/+hh:mm or none.
struct ParsedTime
{
    enum class Kind
    {
        Invalid,
        Instant,   // utc is set
        LocalOnly, // no offset: local holds the wall time, a zone is needed
    };
    Kind kind = Kind::Invalid;
    QDateTime utc;   // Qt::UTC
    QDateTime local; // the wall clock, held in a Qt::UTC QDateTime
};
ParsedTime parseSeriesTime(QStringView text);

// A wall time in zone to UTC. Empty optional with reason set when the wall
// time does not exist (DST gap) or exists twice (DST overlap) in the zone.
std::optional<QDateTime> wallTimeToUtc(const QDateTime& wallAsUtc, const QTimeZone& zone, QString* reason);

} // namespace hindsight::metrics
