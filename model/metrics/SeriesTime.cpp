// SPDX-License-Identifier: MIT
// The times and numbers of a monitoring export (SeriesTime.h); the tables and
// JSON they are read from are SeriesImport.cpp's.
#include "metrics/SeriesTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace hindsight::metrics {

bool fastToDouble(QStringView t, double* out)
{
    char buf[64];
    if (t.isEmpty() || t.size() >= qsizetype(sizeof buf))
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (!((c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'e' || c == u'E' || c == u'+'))
            return false;
        buf[i] = char(c);
    }
    const char* end = buf + t.size();
    const auto [ptr, ec] = std::from_chars(buf, end, *out);
    return ec == std::errc() && ptr == end && std::isfinite(*out);
}

QDateTime fromUnix(double number)
{
    const double ms = std::fabs(number) >= kMillisecondsFrom ? number : number * 1000.0;
    if (!std::isfinite(ms) || std::fabs(ms) > 8.0e15)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(ms)), Qt::UTC);
}

namespace {

bool isUnixNumber(QStringView t)
{
    if (t.isEmpty())
        return false;
    int i = (t.front() == u'-' || t.front() == u'+') ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < t.size(); ++i) {
        if (t[i].isDigit())
            digits = true;
        else if (t[i] == u'.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}

int digits(QStringView t, qsizetype at, int count)
{
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = t[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

// The common shape "2024-03-07T14:05:00[.fff]Z" or "...+01:00" without the
// regular expression (a third of a 100,000-line import). False: not that shape.
bool fastIsoTime(QStringView t, ParsedTime* r)
{
    if (t.size() < 20 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':')
        return false;
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
    const int h = digits(t, 11, 2), mi = digits(t, 14, 2), sec = digits(t, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0)
        return false;
    qsizetype i = 19;
    int ms = 0;
    if (t[i] == u'.') {
        int n = 0;
        for (++i; i < t.size() && t[i].isDigit(); ++i, ++n)
            if (n < 3)
                ms = ms * 10 + (t[i].unicode() - u'0');
        if (n == 0 || n > 9)
            return false;
        for (; n < 3; ++n)
            ms *= 10;
    }
    int offset = 0;
    if (i + 1 == t.size() && (t[i] == u'Z' || t[i] == u'z')) {
        offset = 0;
    } else if (i + 6 == t.size() && (t[i] == u'+' || t[i] == u'-') && t[i + 3] == u':') {
        const int oh = digits(t, i + 1, 2), om = digits(t, i + 4, 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59)
            return false;
        offset = (t[i] == u'+' ? 1 : -1) * (oh * 3600 + om * 60);
    } else {
        return false;
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid())
        return false; // the general parser refuses it too
    r->kind = ParsedTime::Kind::Instant;
    r->utc = QDateTime(date, time, Qt::UTC).addSecs(-offset);
    return true;
}

} // namespace

ParsedTime parseSeriesTime(QStringView text)
{
    ParsedTime r;
    const QStringView t = text.trimmed();
    if (isUnixNumber(t)) {
        double n = 0;
        if (fastToDouble(t, &n)) {
            r.utc = fromUnix(n);
            if (r.utc.isValid())
                r.kind = ParsedTime::Kind::Instant;
        }
        return r;
    }
    if (fastIsoTime(t, &r))
        return r;
    // date, 'T' or blanks, time with optional seconds and fraction, optional offset.
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-?(\d{2})-?(\d{2})(?:[Tt]|\s+)(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)"
        R"(\s*(Z|z|UTC|GMT|[+\-\x{2212}]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = re.match(t.toString());
    if (!m.hasMatch())
        return r;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7)) {
        QString frac = m.captured(7).left(3);
        while (frac.size() < 3)
            frac += u'0';
        ms = frac.toInt();
    }
    const int second = m.hasCaptured(6) ? m.capturedView(6).toInt() : 0;
    // 24:00 and leap seconds are refused rather than moved to another minute.
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), second, ms);
    if (!date.isValid() || !time.isValid())
        return r;
    const QDateTime wall(date, time, Qt::UTC);
    if (!m.hasCaptured(8)) {
        r.kind = ParsedTime::Kind::LocalOnly;
        r.local = wall;
        return r;
    }
    const QString off = m.captured(8);
    int offsetSecs = 0;
    if (off.front().isDigit() || off.front() == u'+' || off.front() == u'-' || off.front() == QChar(0x2212)) {
        const int sign = off.front() == u'+' ? 1 : -1;
        QString digits = off.mid(1);
        digits.remove(u':');
        const int hh = digits.left(2).toInt();
        const int mm = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        if (hh > 23 || mm > 59)
            return r;
        offsetSecs = sign * (hh * 3600 + mm * 60);
    }
    r.kind = ParsedTime::Kind::Instant;
    r.utc = wall.addSecs(-offsetSecs);
    return r;
}

std::optional<QDateTime> wallTimeToUtc(const QDateTime& wallAsUtc, const QTimeZone& zone, QString* reason)
{
    // Every UTC instant u with u + offset(u) == wall. The offsets a day either
    // side cover any transition near the wall time.
    const QList<int> offsets{zone.offsetFromUtc(wallAsUtc.addDays(-1)), zone.offsetFromUtc(wallAsUtc),
                             zone.offsetFromUtc(wallAsUtc.addDays(1))};
    QList<QDateTime> found;
    for (int off : offsets) {
        const QDateTime u = wallAsUtc.addSecs(-off);
        if (zone.offsetFromUtc(u) == off && !found.contains(u))
            found.append(u);
    }
    if (found.size() == 1)
        return found.front();
    if (reason) {
        const QString wall = wallAsUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString name = QString::fromUtf8(zone.id());
        *reason = found.isEmpty()
                      ? QCoreApplication::translate("SeriesImport",
                                                    "%1 does not exist in %2: the clocks were put forward "
                                                    "over it (daylight saving time starts)")
                            .arg(wall, name)
                      : QCoreApplication::translate("SeriesImport",
                                                    "%1 happens twice in %2: the clocks were put back over "
                                                    "it (daylight saving time ends), so the instant is "
                                                    "ambiguous")
                            .arg(wall, name);
    }
    return std::nullopt;
}

} // namespace hindsight::metrics
