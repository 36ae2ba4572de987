// SPDX-License-Identifier: MIT
#include "WhyTree.h"

#include <QHash>
#include <vector>

namespace hindsight::report {

QList<WhyNode> whyTree(const QList<WhyStep>& whys)
{
    QHash<QString, int> byId;
    byId.reserve(whys.size());
    for (int i = 0; i < whys.size(); ++i)
        byId.insert(whys[i].id, i);
    QHash<QString, QList<int>> children;
    QList<int> roots;
    for (int i = 0; i < whys.size(); ++i) {
        const QString& parent = whys[i].parentId;
        if (parent.isEmpty() || !byId.contains(parent) || parent == whys[i].id)
            roots.append(i);
        else
            children[parent].append(i);
    }
    QList<WhyNode> out;
    out.reserve(whys.size());
    std::vector<bool> seen(size_t(whys.size()), false);
    // Depth first without recursion (a chain may be as long as the list):
    // each frame is a step in `out` and the next of its children to visit.
    struct Frame
    {
        const QList<int>* kids;
        qsizetype next;
        qsizetype node;
    };
    static const QList<int> noKids;
    std::vector<Frame> stack;
    const auto enter = [&](int index, int depth, QString label) {
        if (seen[size_t(index)])
            return;
        seen[size_t(index)] = true;
        out.append({index, depth, std::move(label)});
        const auto kids = children.constFind(whys[index].id);
        stack.push_back({kids == children.cend() ? &noKids : &kids.value(), 0, out.size() - 1});
    };
    const auto visit = [&](int index, const QString& label) {
        enter(index, 0, label);
        while (!stack.empty()) {
            Frame& frame = stack.back();
            if (frame.next >= frame.kids->size()) {
                stack.pop_back();
                continue;
            }
            const qsizetype k = frame.next++;
            const int kid = frame.kids->at(k);
            const int depth = out[frame.node].depth + 1;
            QString kidLabel = QStringLiteral("%1.%2").arg(out[frame.node].label).arg(k + 1);
            enter(kid, depth, std::move(kidLabel)); // may move `frame`: not used after this
        }
    };
    for (int r = 0; r < roots.size(); ++r)
        visit(roots[r], QString::number(r + 1));
    int next = int(roots.size());
    for (int i = 0; i < whys.size(); ++i) {
        if (!seen[size_t(i)])
            visit(i, QString::number(++next));
    }
    return out;
}

} // namespace hindsight::report
