// SPDX-License-Identifier: MIT
#include "SeriesBlob.h"

#include <QtEndian>
#include <cmath>
#include <cstring>
#include <limits>

namespace hindsight::seriesblob {
namespace {

constexpr char kPlain = 1;
constexpr char kCompressed = 2;

void putVarint(QByteArray& out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

bool getVarint(const char*& p, const char* end, quint64* v)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const auto byte = static_cast<unsigned char>(*p++);
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *v = result;
            return true;
        }
    }
    return false;
}

QByteArray plain(const QList<metrics::SeriesPoint>& points)
{
    QByteArray out;
    out.reserve(1 + 10 + points.size() * 11);
    out.append(kPlain);
    putVarint(out, quint64(points.size()));
    qint64 previous = 0;
    for (const metrics::SeriesPoint& p : points) {
        const qint64 ms = p.at.toMSecsSinceEpoch();
        putVarint(out, zigzag(ms - previous));
        previous = ms;
    }
    const qsizetype valuesAt = out.size();
    out.resize(valuesAt + points.size() * 8);
    char* v = out.data() + valuesAt;
    for (const metrics::SeriesPoint& p : points) {
        const double d = p.value ? *p.value : std::numeric_limits<double>::quiet_NaN();
        quint64 bits;
        std::memcpy(&bits, &d, 8);
        qToLittleEndian(bits, v);
        v += 8;
    }
    return out;
}

} // namespace

QByteArray encode(const QList<metrics::SeriesPoint>& points)
{
    QByteArray bytes = plain(points);
    if (bytes.size() < 256)
        return bytes;
    const QByteArray packed = qCompress(reinterpret_cast<const uchar*>(bytes.constData()) + 1,
                                        bytes.size() - 1, 1);
    if (packed.size() * 5 > (bytes.size() - 1) * 4)
        return bytes;
    return char(kCompressed) + packed;
}

std::optional<QList<metrics::SeriesPoint>> decode(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    QByteArray body;
    if (bytes.front() == kCompressed) {
        body = qUncompress(reinterpret_cast<const uchar*>(bytes.constData()) + 1, bytes.size() - 1);
        if (body.isEmpty())
            return std::nullopt;
    } else if (bytes.front() == kPlain) {
        body = bytes.mid(1);
    } else {
        return std::nullopt;
    }
    const char* p = body.constData();
    const char* end = p + body.size();
    quint64 count = 0;
    if (!getVarint(p, end, &count) || count > quint64(end - p)) // every point takes at least a byte
        return std::nullopt;
    QList<metrics::SeriesPoint> points(static_cast<qsizetype>(count));
    qint64 ms = 0;
    for (metrics::SeriesPoint& point : points) {
        quint64 delta = 0;
        if (!getVarint(p, end, &delta))
            return std::nullopt;
        ms += unzigzag(delta);
        point.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    if (quint64(end - p) != count * 8)
        return std::nullopt;
    for (metrics::SeriesPoint& point : points) {
        const quint64 bits = qFromLittleEndian<quint64>(p);
        p += 8;
        double d;
        std::memcpy(&d, &bits, 8);
        if (!std::isnan(d))
            point.value = d;
    }
    return points;
}

} // namespace hindsight::seriesblob
