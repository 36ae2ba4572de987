// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Series.h"

#include <QByteArray>
#include <QList>
#include <optional>

// The points of one series as the bytes of one column (table metric_series,
// schema 11; internal to model/storage/).
//
// Byte 0 says the encoding: 1 = plain, 2 = the plain bytes compressed with
// qCompress (zlib, fast level), used when that saves at least a fifth. The
// plain bytes: the point count as an unsigned LEB128 varint; each time as
// milliseconds since the epoch, the first as a zigzag varint and the others as
// zigzag varint differences from the one before (a regular series costs one
// to three bytes a time); then each value as an IEEE 754 double, little-endian,
// a gap as a quiet NaN (the format has no NaN: a value is a number or null).
namespace hindsight::seriesblob {

QByteArray encode(const QList<metrics::SeriesPoint>& points);
// Empty optional for bytes that are not an encoding above (damaged, or written
// by a newer version).
std::optional<QList<metrics::SeriesPoint>> decode(const QByteArray& bytes);

} // namespace hindsight::seriesblob
