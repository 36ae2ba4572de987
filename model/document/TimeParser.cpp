// SPDX-License-Identifier: MIT
#include "TimeParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace hindsight {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct TimeParserText
{
    Q_DECLARE_TR_FUNCTIONS(TimeParser)
};

struct Abbreviation
{
    const char* name;
    int offsetMinutes; // fixed offset, unless ianaId is set
    const char* ianaId;
};

// Daylight and standard spellings are fixed offsets (PDT is always -7); the
// two-letter forms follow the region's clocks.
const Abbreviation kAbbreviations[] = {
    {"UTC", 0, nullptr},       {"GMT", 0, nullptr},        {"Z", 0, nullptr},
    {"PST", -8 * 60, nullptr}, {"PDT", -7 * 60, nullptr},  {"PT", 0, "America/Los_Angeles"},
    {"MST", -7 * 60, nullptr}, {"MDT", -6 * 60, nullptr},  {"MT", 0, "America/Denver"},
    {"CST", -6 * 60, nullptr}, {"CDT", -5 * 60, nullptr},  {"CT", 0, "America/Chicago"},
    {"EST", -5 * 60, nullptr}, {"EDT", -4 * 60, nullptr},  {"ET", 0, "America/New_York"},
    {"BST", 60, nullptr},      {"CET", 60, nullptr},       {"CEST", 120, nullptr},
    {"EET", 120, nullptr},     {"EEST", 180, nullptr},     {"JST", 9 * 60, nullptr},
    {"AEST", 10 * 60, nullptr}, {"AEDT", 11 * 60, nullptr},
};

QString abbreviationPattern()
{
    QStringList names;
    for (const auto& a : kAbbreviations)
        names << QString::fromLatin1(a.name);
    // Longest first so that CEST is not read as CET + "S".
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return names.join(u'|');
}

// The time stamp, anchored by the callers.
QString stampPattern()
{
    return QStringLiteral(
               R"((?<approx>[~≈]\s*)?(?:(?<date>\d{4}-\d{2}-\d{2})(?:[T ]\s*|(?=\d)))?)"
               R"((?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)"
               R"((?:\s*(?<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)"
               R"((?:\s*(?<zone>[+-]\d{2}(?::?\d{2})?|[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|(?i:%1))(?![A-Za-z]))?)")
        .arg(abbreviationPattern());
}

const QRegularExpression& fullRe()
{
    static const QRegularExpression re(QStringLiteral("^\\s*") + stampPattern() + QStringLiteral("\\s*$"));
    return re;
}

const QRegularExpression& lineRe()
{
    // Optional list bullet, optional bracket around the stamp, then a
    // separator and the text.
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:[-*•+]\s+)?[\[(]?)") + stampPattern()
                                       + QStringLiteral(R"([\])]?(?:\s*[-–—:|,]\s*|\s+|$)(?<text>.*)$)"));
    return re;
}

std::optional<QTimeZone> zoneOf(const QString& token)
{
    if (token.isEmpty())
        return std::nullopt;
    if (token.startsWith(u'+') || token.startsWith(u'-')) {
        QString digits = token.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int secs = (hours * 3600 + minutes * 60) * (token.startsWith(u'-') ? -1 : 1);
        return secs == 0 ? QTimeZone::utc() : QTimeZone(secs);
    }
    if (token.contains(u'/')) {
        const QTimeZone zone(token.toUtf8());
        if (zone.isValid())
            return zone;
        return std::nullopt;
    }
    return TimeParser::zoneForAbbreviation(token);
}

TimeParser::Result fromMatch(const QRegularExpressionMatch& m, const QTimeZone& displayZone,
                             const QDateTime& reference)
{
    TimeParser::Result r;
    r.approximate = m.capturedLength(u"approx") > 0;
    int hour = m.captured(u"h").toInt();
    const int minute = m.captured(u"m").toInt();
    const int second = m.captured(u"s").toInt();
    int msec = 0;
    if (m.capturedLength(u"f") > 0)
        msec = (m.captured(u"f") + QStringLiteral("00")).left(3).toInt();
    const QString ampm = m.captured(u"ampm").toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12) {
            r.error = TimeParserText::tr("%1 is not an hour on a 12-hour clock.").arg(hour);
            return r;
        }
        const bool pm = ampm.startsWith(u'p');
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid()) {
        r.error = TimeParserText::tr("%1 is not a time of day.").arg(m.captured(0).trimmed());
        return r;
    }
    QTimeZone zone = displayZone.isValid() ? displayZone : QTimeZone::utc();
    const QString zoneToken = m.captured(u"zone");
    if (!zoneToken.isEmpty()) {
        const auto z = zoneOf(zoneToken);
        if (!z) {
            r.error = TimeParserText::tr("Unknown time zone \"%1\".").arg(zoneToken);
            return r;
        }
        zone = *z;
    }
    QDate date;
    if (m.capturedLength(u"date") > 0) {
        date = QDate::fromString(m.captured(u"date"), Qt::ISODate);
        r.hadDate = true;
        if (!date.isValid()) {
            r.error = TimeParserText::tr("%1 is not a date.").arg(m.captured(u"date"));
            return r;
        }
    } else {
        const QDateTime ref = reference.isValid() ? reference : QDateTime::currentDateTimeUtc();
        date = ref.toTimeZone(zone).date();
    }
    const auto at = TimeParser::fromLocal(date, time, zone);
    if (!at) {
        r.error = TimeParserText::tr("%1 %2 did not happen in %3: the clocks skipped it (daylight saving time).")
                      .arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")),
                           QString::fromUtf8(zone.id()));
        return r;
    }
    r.at = *at;
    return r;
}

} // namespace

std::optional<QTimeZone> TimeParser::zoneForAbbreviation(const QString& abbreviation)
{
    const QString upper = abbreviation.trimmed().toUpper();
    for (const auto& a : kAbbreviations) {
        if (upper == QLatin1String(a.name)) {
            if (a.ianaId)
                return QTimeZone(a.ianaId);
            return a.offsetMinutes == 0 ? QTimeZone::utc() : QTimeZone(a.offsetMinutes * 60);
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> TimeParser::fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // Try each offset the zone uses around that day; keep those that give the
    // local time back, and take the earliest instant.
    const QDateTime naive(date, time, Qt::UTC);
    std::optional<QDateTime> best;
    for (qint64 shift : {-86400LL, 0LL, 86400LL}) {
        const int offset = zone.offsetFromUtc(naive.addSecs(shift));
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) != offset)
            continue;
        if (!best || candidate < *best)
            best = candidate;
    }
    return best;
}

TimeParser::Result TimeParser::parse(const QString& text, const QTimeZone& displayZone, const QDateTime& reference)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        Result r;
        r.error = TimeParserText::tr("Type a time, for example 14:02 or 2024-03-07 14:02 UTC.");
        return r;
    }
    const auto m = fullRe().match(t);
    if (!m.hasMatch()) {
        Result r;
        r.error = TimeParserText::tr("\"%1\" is not a time this field understands; try 14:02 or 2024-03-07 14:02 UTC.").arg(t);
        return r;
    }
    return fromMatch(m, displayZone, reference);
}

QString TimeParser::format(const QDateTime& at, const QTimeZone& displayZone, bool approximate)
{
    if (!at.isValid())
        return {};
    const QTimeZone zone = displayZone.isValid() ? displayZone : QTimeZone::utc();
    const QDateTime local = at.toTimeZone(zone);
    QString abbreviation = zone.abbreviation(at);
    if (zone == QTimeZone::utc())
        abbreviation = QStringLiteral("UTC");
    else if (abbreviation.startsWith(u'+') || abbreviation.startsWith(u'-'))
        abbreviation.prepend(QStringLiteral("UTC")); // zones without a name: "-05" reads as "UTC-05"
    const QString s = local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u' ' + abbreviation;
    return approximate ? QStringLiteral("≈ ") + s : s;
}

QString TimeParser::formatForEdit(const QDateTime& at, const QTimeZone& displayZone)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(displayZone.isValid() ? displayZone : QTimeZone::utc());
    return local.toString(local.time().second() ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QList<TimeParser::Line> TimeParser::parseLines(const QString& text, const QTimeZone& displayZone,
                                               const QDateTime& reference)
{
    QList<Line> lines;
    QDateTime previous = reference;
    int lastOk = -1;
    const QStringList raw = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    for (const QString& source : raw) {
        if (source.trimmed().isEmpty())
            continue;
        const auto m = lineRe().match(source);
        if (!m.hasMatch()) {
            if (lastOk >= 0 && lastOk == lines.size() - 1) {
                // A continuation of the entry before it.
                lines[lastOk].source += u'\n' + source;
                lines[lastOk].entry.text += u' ' + source.trimmed();
                continue;
            }
            Line line;
            line.source = source;
            line.error = TimeParserText::tr("No time at the start of this line.");
            lines << line;
            continue;
        }
        Line line;
        line.source = source;
        const Result r = fromMatch(m, displayZone, previous);
        if (!r.ok()) {
            line.error = r.error;
        } else {
            line.ok = true;
            line.entry.at = *r.at;
            line.entry.approximate = r.approximate;
            line.entry.text = m.captured(u"text").trimmed();
            previous = *r.at;
            lastOk = int(lines.size());
        }
        lines << line;
    }
    return lines;
}

} // namespace hindsight
