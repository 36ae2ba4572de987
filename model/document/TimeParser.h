// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace hindsight {

// Reads the times people type into a timeline, and lines pasted from chat
// logs, log files and lists.
//
// Accepted: "2024-03-07 14:02", "2024-03-07T14:02:11Z", ISO 8601 with an
// offset ("2024-03-07T06:02-08:00"), "14:02" (on the reference day), seconds
// and fractions optional, "2:02 pm", and any of these followed by a zone: an
// abbreviation from a fixed table (UTC, GMT, Z, PST, PDT, PT, EST, EDT, ET,
// CST, CDT, CT, MST, MDT, MT, BST, CET, CEST, EET, EEST, JST, AEST, AEDT; IST
// is left out as ambiguous), an offset (+01:00, -0800) or an IANA zone name. A
// leading "~" or "≈" marks the time approximate.
//
// A time without a zone is in the display zone. A local time the clocks
// skipped (spring forward) is refused; a local time that happened twice (fall
// back) is the earlier of the two: type the abbreviation (PST/PDT) or an
// offset to say which.
class TimeParser
{
public:
    struct Result
    {
        std::optional<QDateTime> at; // UTC; nullopt: not understood (see error)
        bool approximate = false;
        bool hadDate = false;
        QString error; // translated
        bool ok() const { return at.has_value(); }
    };

    // `reference` gives the day for a bare time (the previous entry's instant,
    // seen in the display zone); when invalid, today in the display zone.
    static Result parse(const QString& text, const QTimeZone& displayZone, const QDateTime& reference = {});

    // The zone an abbreviation stands for (case-insensitive), if in the table.
    static std::optional<QTimeZone> zoneForAbbreviation(const QString& abbreviation);

    // The instant of a local date and time in `zone`, with the gap/overlap
    // rules above; nullopt in a gap.
    static std::optional<QDateTime> fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone);

    // Formats an instant the way tables show it: "2024-03-07 14:02 UTC".
    static QString format(const QDateTime& at, const QTimeZone& displayZone, bool approximate = false);
    // Formats for editing: "2024-03-07 14:02" (seconds when not zero).
    static QString formatForEdit(const QDateTime& at, const QTimeZone& displayZone);

    struct Line
    {
        QString source; // the line as pasted
        bool ok = false;
        TimelineEntry entry;
        QString error;
    };

    // Parses pasted text, one entry per line that starts with a time:
    // "[14:02] alice: text", "2024-03-07T14:02:11Z ERROR text", "- 14:02 text",
    // "14:02 - text". A bare time is on the day of the entry before it (or of
    // `reference`). A line without a time continues the entry before it;
    // without one, it is reported as not understood. Blank lines are skipped.
    static QList<Line> parseLines(const QString& text, const QTimeZone& displayZone,
                                  const QDateTime& reference = {});
};

} // namespace hindsight
