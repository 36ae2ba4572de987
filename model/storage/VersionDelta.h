// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <deque>
#include <vector>

// The line deltas between two versions of a COE's interchange JSON (written
// one value per line), for CoeVersions' reverse-delta storage (schema 8; see
// README.md). A delta turns the newer text into the older one: runs of lines
// copied from the newer text, lines skipped, lines inserted, and lines changed
// in place (the newer line's first and last bytes kept, the middle replaced),
// found with dtl's Myers diff over the lines. Deltas are stored compressed.
namespace hindsight::versiondelta {

// The lines of `text`, each with its '\n' (the last one may have none).
std::vector<QByteArrayView> splitLines(QByteArrayView text);
QByteArray join(const std::vector<QByteArrayView>& lines);

// The delta (uncompressed) that makes `older` from `newer`.
QByteArray encode(QByteArrayView newer, QByteArrayView older);

// Applies `delta` to the lines of the newer text, giving the older text's
// lines in `older`. The lines point into `newer`'s storage, `delta` and
// strings kept in `arena`, which must outlive them. False, with `error`
// saying what is wrong, when the delta is damaged (it never reads outside
// its input).
bool apply(const std::vector<QByteArrayView>& newer, QByteArrayView delta, std::vector<QByteArrayView>* older,
           std::deque<QByteArray>* arena, QString* error);

} // namespace hindsight::versiondelta
