// SPDX-License-Identifier: MIT
#include "WhyTree.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace hindsight::report {

QList<WhyNode> whyTree(const QList<WhyStep>& whys)
{
    QHash<QString, int> byId;
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
    QSet<int> seen;
    const std::function<void(int, int, const QString&)> visit = [&](int index, int depth, const QString& label) {
        if (seen.contains(index))
            return;
        seen.insert(index);
        out.append({index, depth, label});
        const QList<int> kids = children.value(whys[index].id);
        for (int k = 0; k < kids.size(); ++k)
            visit(kids[k], depth + 1, QStringLiteral("%1.%2").arg(label).arg(k + 1));
    };
    for (int r = 0; r < roots.size(); ++r)
        visit(roots[r], 0, QString::number(r + 1));
    int next = int(roots.size());
    for (int i = 0; i < whys.size(); ++i) {
        if (!seen.contains(i))
            visit(i, 0, QString::number(++next));
    }
    return out;
}

} // namespace hindsight::report
