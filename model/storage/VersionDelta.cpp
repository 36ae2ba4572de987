// SPDX-License-Identifier: MIT
#include "VersionDelta.h"

#include <QCoreApplication>

#include <dtl/dtl.hpp>
#include <string_view>
#include <unordered_map>

namespace hindsight::versiondelta {

namespace {

// The layout: "HVD1", the older text's length (varint), then operations, each
// a letter and varints (LEB128), and 'E' at the end:
//   C n        copy the next n lines of the newer text
//   S n        skip the next n lines of the newer text
//   I n        n lines follow, each its length and bytes
//   M p s len  the next newer line's first p and last s bytes around `len` bytes that follow
constexpr char kMagic[] = "HVD1";

void putNumber(QByteArray& out, quint64 n)
{
    do {
        char byte = char(n & 0x7f);
        n >>= 7;
        if (n)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (n);
}

void putOp(QByteArray& out, char op, quint64 n)
{
    if (n == 0)
        return;
    out.append(op);
    putNumber(out, n);
}

// `what` is marked with QT_TRANSLATE_NOOP in the context below.
QString damaged(const char* what)
{
    return QCoreApplication::translate("hindsight::VersionDelta", "the stored difference is damaged (%1)")
        .arg(QCoreApplication::translate("hindsight::VersionDelta", what));
}

class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool byte(char* c)
    {
        if (atEnd())
            return false;
        *c = m_data[m_pos++];
        return true;
    }
    bool number(quint64* n)
    {
        *n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            char c = 0;
            if (!byte(&c))
                return false;
            *n |= quint64(uchar(c) & 0x7f) << shift;
            if (!(uchar(c) & 0x80))
                return true;
        }
        return false;
    }
    bool bytes(quint64 n, QByteArrayView* out)
    {
        if (n > quint64(m_data.size() - m_pos))
            return false;
        *out = m_data.sliced(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return true;
    }
    bool magic()
    {
        QByteArrayView m;
        return bytes(4, &m) && m == QByteArrayView(kMagic, 4);
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

std::string_view view(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
}

} // namespace

std::vector<QByteArrayView> splitLines(QByteArrayView text)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines.push_back(text.sliced(start, end - start));
        start = end;
    }
    return lines;
}

QByteArray join(const std::vector<QByteArrayView>& lines)
{
    qsizetype size = 0;
    for (QByteArrayView l : lines)
        size += l.size();
    QByteArray out;
    out.reserve(size);
    for (QByteArrayView l : lines)
        out.append(l);
    return out;
}

QByteArray encode(QByteArrayView newerText, QByteArrayView olderText)
{
    const std::vector<QByteArrayView> a = splitLines(newerText); // newer
    const std::vector<QByteArrayView> b = splitLines(olderText); // older
    QByteArray out(kMagic, 4);
    putNumber(out, quint64(olderText.size()));

    // The lines both texts begin and end with need no diff.
    size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;

    // The middle lines as numbers (equal lines, equal numbers) for dtl.
    std::unordered_map<std::string_view, int> ids;
    auto idsOf = [&](const std::vector<QByteArrayView>& lines, size_t from, size_t to) {
        std::vector<int> out;
        out.reserve(to - from);
        for (size_t i = from; i < to; ++i)
            out.push_back(ids.try_emplace(view(lines[i]), int(ids.size())).first->second);
        return out;
    };
    const std::vector<int> ma = idsOf(a, head, a.size() - tail);
    const std::vector<int> mb = idsOf(b, head, b.size() - tail);

    // Each line of the middle: common to both, or only in the newer
    // (deleted) or the older (added) text, in order.
    struct Step
    {
        int type;     // dtl::SES_COMMON, SES_DELETE, SES_ADD
        size_t index; // in a (common, delete) or b (add)
    };
    std::vector<Step> steps;
    if (ma.empty() || mb.empty()) {
        for (size_t i = 0; i < ma.size(); ++i)
            steps.push_back({dtl::SES_DELETE, head + i});
        for (size_t i = 0; i < mb.size(); ++i)
            steps.push_back({dtl::SES_ADD, head + i});
    } else {
        dtl::Diff<int, std::vector<int>> d(ma, mb);
        if (ma.size() + mb.size() > 20000)
            d.onHuge();
        d.compose();
        for (const auto& [elem, info] : d.getSes().getSequence()) {
            if (info.type == dtl::SES_ADD)
                steps.push_back({dtl::SES_ADD, head + size_t(info.afterIdx - 1)});
            else
                steps.push_back({int(info.type), head + size_t(info.beforeIdx - 1)});
        }
    }

    quint64 copy = head;
    std::vector<size_t> deleted, added;
    auto flushHunk = [&] {
        if (deleted.empty() && added.empty())
            return;
        putOp(out, 'C', copy);
        copy = 0;
        // A line replaced by another becomes a change in place.
        const size_t changed = std::min(deleted.size(), added.size());
        for (size_t k = 0; k < changed; ++k) {
            const QByteArrayView n = a[deleted[k]];
            const QByteArrayView o = b[added[k]];
            const qsizetype most = std::min(n.size(), o.size());
            qsizetype p = 0;
            while (p < most && n[p] == o[p])
                ++p;
            qsizetype s = 0;
            while (s < most - p && n[n.size() - 1 - s] == o[o.size() - 1 - s])
                ++s;
            out.append('M');
            putNumber(out, quint64(p));
            putNumber(out, quint64(s));
            putNumber(out, quint64(o.size() - p - s));
            out.append(o.sliced(p, o.size() - p - s));
        }
        putOp(out, 'S', deleted.size() - changed);
        if (added.size() > changed) {
            out.append('I');
            putNumber(out, added.size() - changed);
            for (size_t k = changed; k < added.size(); ++k) {
                putNumber(out, quint64(b[added[k]].size()));
                out.append(b[added[k]]);
            }
        }
        deleted.clear();
        added.clear();
    };
    for (const Step& s : steps) {
        if (s.type == dtl::SES_COMMON) {
            flushHunk();
            ++copy;
        } else if (s.type == dtl::SES_DELETE) {
            deleted.push_back(s.index);
        } else {
            added.push_back(s.index);
        }
    }
    flushHunk();
    putOp(out, 'C', copy + tail);
    out.append('E');
    return out;
}

bool apply(const std::vector<QByteArrayView>& newer, QByteArrayView delta, std::vector<QByteArrayView>* older,
           std::deque<QByteArray>* arena, QString* error)
{
    older->clear();
    older->reserve(newer.size() + 16);
    Reader in(delta);
    quint64 expected = 0;
    if (!in.magic() || !in.number(&expected)) {
        *error = damaged(QT_TRANSLATE_NOOP("hindsight::VersionDelta", "no header"));
        return false;
    }
    size_t at = 0; // the next line of `newer`
    quint64 produced = 0;
    for (;;) {
        char op = 0;
        if (!in.byte(&op)) {
            *error = damaged(QT_TRANSLATE_NOOP("hindsight::VersionDelta", "it ends early"));
            return false;
        }
        if (op == 'E')
            break;
        quint64 n = 0;
        switch (op) {
        case 'C':
        case 'S':
            if (!in.number(&n) || n > newer.size() - at) {
                *error = damaged(QT_TRANSLATE_NOOP("hindsight::VersionDelta",
                                                   "a run of lines goes past the newer version"));
                return false;
            }
            if (op == 'C') {
                older->insert(older->end(), newer.begin() + qsizetype(at), newer.begin() + qsizetype(at + n));
                for (size_t i = at; i < at + n; ++i)
                    produced += quint64(newer[i].size());
            }
            at += n;
            break;
        case 'I':
            if (!in.number(&n)) {
                *error = damaged(QT_TRANSLATE_NOOP("hindsight::VersionDelta", "an insertion has no count"));
                return false;
            }
            for (quint64 k = 0; k < n; ++k) {
                quint64 length = 0;
                QByteArrayView line;
                if (!in.number(&length) || !in.bytes(length, &line)) {
                    *error = damaged(
                        QT_TRANSLATE_NOOP("hindsight::VersionDelta", "an inserted line goes past its end"));
                    return false;
                }
                older->push_back(line);
                produced += length;
            }
            break;
        case 'M': {
            quint64 p = 0, s = 0, length = 0;
            QByteArrayView middle;
            if (at >= newer.size() || !in.number(&p) || !in.number(&s) || !in.number(&length) ||
                !in.bytes(length, &middle) || p > quint64(newer[at].size()) ||
                s > quint64(newer[at].size()) - p) {
                *error = damaged(QT_TRANSLATE_NOOP("hindsight::VersionDelta",
                                                   "a changed line does not fit the newer version"));
                return false;
            }
            const QByteArrayView line = newer[at++];
            QByteArray& made = arena->emplace_back();
            made.reserve(qsizetype(p + length + s));
            made.append(line.first(qsizetype(p)));
            made.append(middle);
            made.append(line.last(qsizetype(s)));
            older->push_back(made);
            produced += quint64(made.size());
            break;
        }
        default:
            *error = damaged(QT_TRANSLATE_NOOP("hindsight::VersionDelta", "an unknown operation"));
            return false;
        }
    }
    if (at != newer.size() || produced != expected || !in.atEnd()) {
        *error = damaged(QT_TRANSLATE_NOOP("hindsight::VersionDelta", "its result has the wrong length"));
        return false;
    }
    return true;
}

} // namespace hindsight::versiondelta
