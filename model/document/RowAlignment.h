// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// How the rows of two versions of one list pair up (internal to
// model/document/, used by CoeMerge).
namespace hindsight::rowalign {

// Rows of two lists that belong together; -1: the side does not have it.
struct Pair
{
    qsizetype t = -1;
    qsizetype m = -1;
};

// --- alignment ------------------------------------------------------------------

// Lists without ids: equal rows are aligned (longest common subsequence after
// the common prefix and suffix); between two aligned rows, a row of theirs is
// paired with the first unpaired row of mine that `similar` accepts (an edited
// row); the others stay one-sided.
template <typename T, typename Similar>
QList<Pair> alignRows(const QList<T>& a, const QList<T>& b, Similar similar)
{
    QList<Pair> out;
    qsizetype pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
        ++pre;
    qsizetype suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    for (qsizetype i = 0; i < pre; ++i)
        out.append({i, i});

    const qsizetype n = a.size() - pre - suf;
    const qsizetype m = b.size() - pre - suf;
    // Anchors inside the middle, as (index in a, index in b).
    QList<Pair> anchors;
    constexpr qsizetype kMaxCells = 2'000'000;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= kMaxCells) {
        QList<quint32> lcs((n + 1) * (m + 1), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[at(i, j)] = a[pre + i] == b[pre + j] ? lcs[at(i + 1, j + 1)] + 1
                                                        : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        for (qsizetype i = 0, j = 0; i < n && j < m;) {
            if (a[pre + i] == b[pre + j]) {
                anchors.append({pre + i, pre + j});
                ++i;
                ++j;
            } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    anchors.append({a.size() - suf, b.size() - suf}); // the end of the middle

    qsizetype ti = pre, mi = pre;
    for (const Pair& anchor : anchors) {
        // The gap [ti, anchor.t) of theirs against [mi, anchor.m) of mine.
        const qsizetype gapT = anchor.t - ti;
        const qsizetype gapM = anchor.m - mi;
        QList<qsizetype> partnerOfMine(gapM, -1);
        QList<bool> theirsPaired(gapT, false);
        const bool small = gapT * gapM <= kMaxCells;
        for (qsizetype i = 0; i < gapT; ++i) {
            for (qsizetype j = small ? 0 : i; j < (small ? gapM : std::min(gapM, i + 1)); ++j) {
                if (partnerOfMine[j] < 0 && similar(a[ti + i], b[mi + j])) {
                    partnerOfMine[j] = ti + i;
                    theirsPaired[i] = true;
                    break;
                }
            }
        }
        for (qsizetype j = 0; j < gapM; ++j)
            out.append({partnerOfMine[j], mi + j});
        for (qsizetype i = 0; i < gapT; ++i)
            if (!theirsPaired[i])
                out.append({ti + i, -1});
        if (anchor.t < a.size() - suf || anchor.m < b.size() - suf)
            out.append(anchor);
        ti = anchor.t + 1;
        mi = anchor.m + 1;
    }
    for (qsizetype k = 0; k < suf; ++k)
        out.append({a.size() - suf + k, b.size() - suf + k});
    return out;
}

// Lists with ids: rows with the same id belong together. Mine's order, with
// each row only theirs has placed after the row it follows in theirs.
template <typename T> QList<Pair> alignById(const QList<T>& a, const QList<T>& b)
{
    QHash<QString, qsizetype> inMine;
    for (qsizetype j = b.size() - 1; j >= 0; --j)
        inMine.insert(b[j].id, j);
    QHash<QString, qsizetype> inTheirs;
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        inTheirs.insert(a[i].id, i);
    QHash<qsizetype, QList<qsizetype>> after; // mine's row (-1: the start) -> theirs-only rows
    qsizetype previous = -1;
    QSet<QString> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto it = inMine.constFind(a[i].id);
        if (it == inMine.constEnd() || seen.contains(a[i].id))
            after[previous].append(i);
        else
            previous = *it;
        seen.insert(a[i].id);
    }
    QList<Pair> out;
    for (qsizetype i : after.value(-1))
        out.append({i, -1});
    QSet<QString> used;
    for (qsizetype j = 0; j < b.size(); ++j) {
        const auto it = inTheirs.constFind(b[j].id);
        const bool first = !used.contains(b[j].id); // a duplicated id pairs once
        used.insert(b[j].id);
        out.append({it != inTheirs.constEnd() && first ? *it : -1, j});
        for (qsizetype i : after.value(j))
            out.append({i, -1});
    }
    return out;
}

} // namespace hindsight::rowalign
