// SPDX-License-Identifier: MIT
// Contributing factors, repeat incidents and follow-through (Insights.h).
#include "InsightsPrivate.h"

#include "domain/DisplayNames.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace hindsight::insights::detail {

void computeFactors(const Selection& s, Insights& out)
{
    FactorsFigure& fig = out.factors;
    QHash<QString, int> barIndex;
    QList<ParetoBar> bars;
    QHash<QString, int> pairIndex;
    QList<CategoryPair> pairs;
    for (const CoeFact* coe : s.coes) {
        if (coe->categories.isEmpty()) {
            fig.withoutFactors << coe->uuid;
            continue;
        }
        QStringList categories = coe->categories; // distinct already
        std::sort(categories.begin(), categories.end());
        for (int i = 0; i < categories.size(); ++i) {
            const QString& a = categories.at(i);
            auto it = barIndex.constFind(a);
            if (it == barIndex.constEnd()) {
                it = barIndex.insert(a, int(bars.size()));
                bars << ParetoBar{a, 0, 0, 0, {}};
            }
            ++bars[*it].count;
            bars[*it].uuids << coe->uuid;
            for (int j = i + 1; j < categories.size(); ++j) {
                const QString key = a + QChar(0x1f) + categories.at(j);
                auto pt = pairIndex.constFind(key);
                if (pt == pairIndex.constEnd()) {
                    pt = pairIndex.insert(key, int(pairs.size()));
                    pairs << CategoryPair{a, categories.at(j), 0, {}};
                }
                ++pairs[*pt].count;
                pairs[*pt].uuids << coe->uuid;
            }
        }
    }
    std::sort(bars.begin(), bars.end(), [](const ParetoBar& a, const ParetoBar& b) {
        return a.count != b.count ? a.count > b.count : a.category < b.category;
    });
    int total = 0;
    for (const ParetoBar& bar : std::as_const(bars))
        total += bar.count;
    int running = 0;
    for (ParetoBar& bar : bars) {
        running += bar.count;
        bar.share = double(bar.count) / total;
        bar.cumulativeShare = double(running) / total;
    }
    std::sort(pairs.begin(), pairs.end(), [](const CategoryPair& a, const CategoryPair& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.a != b.a ? a.a < b.a : a.b < b.b;
    });
    fig.pareto = bars;
    fig.pairs = pairs;
}

namespace {

QStringList shared(const QStringList& a, const QStringList& b)
{
    QStringList out;
    for (const QString& x : a) {
        if (b.contains(x) && !out.contains(x))
            out << x;
    }
    return out;
}

} // namespace

void computeRepeats(const Selection& s, int windowDays, Insights& out)
{
    if (windowDays < 0)
        return;
    const qint64 windowMs = (qint64(windowDays) + 1) * 86400000; // daysApart (rounded down) <= windowDays
    // COEs by (service, category), in incident order (the selection is).
    QHash<QString, QList<int>> byKey;
    for (int c = 0; c < s.coes.size(); ++c) {
        const CoeFact& coe = *s.coes.at(c);
        if (!coe.incidentAt.isValid())
            continue;
        for (const QString& service : coe.services) {
            for (const QString& category : coe.categories)
                byKey[service + QChar(0x1f) + category] << c;
        }
    }
    QSet<quint64> seen;
    QList<std::pair<int, int>> found;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        QList<int> list = it.value();
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) { return s.at.at(a) < s.at.at(b); });
        for (int i = 0; i < list.size(); ++i) {
            const qint64 at = s.at.at(list.at(i));
            for (int j = i + 1; j < list.size(); ++j) {
                if (s.at.at(list.at(j)) - at >= windowMs)
                    break;
                const int a = list.at(i);
                const int b = list.at(j);
                if (a == b)
                    continue;
                const quint64 key = (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                found << std::pair<int, int>(a, b); // a's instant <= b's
            }
        }
    }
    // Newest first: by the later COE's instant, then the earlier's, both
    // descending (ties by position in the facts).
    std::sort(found.begin(), found.end(), [&](const std::pair<int, int>& p, const std::pair<int, int>& q) {
        if (s.at.at(p.second) != s.at.at(q.second))
            return s.at.at(p.second) > s.at.at(q.second);
        if (s.at.at(p.first) != s.at.at(q.first))
            return s.at.at(p.first) > s.at.at(q.first);
        return p.second != q.second ? p.second > q.second : p.first > q.first;
    });
    out.repeats.reserve(found.size());
    for (const auto& [a, b] : std::as_const(found)) {
        const CoeFact& x = *s.coes.at(a);
        const CoeFact& y = *s.coes.at(b);
        RepeatPair p;
        p.earlier = x.uuid;
        p.earlierTitle = x.title;
        p.later = y.uuid;
        p.laterTitle = y.title;
        p.services = shared(x.services, y.services);
        p.categories = shared(x.categories, y.categories);
        p.daysApart = int((s.at.at(b) - s.at.at(a)) / 86400000);
        out.repeats << p;
    }
}

namespace {

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

int priorityIndex(Priority p)
{
    switch (p) {
    case Priority::High:
        return 0;
    case Priority::Medium:
        return 1;
    case Priority::Low:
        return 2;
    case Priority::None:
        break;
    }
    return 3;
}

} // namespace

void computeFollowThrough(const Selection& s, const QDate& today, Insights& out)
{
    FollowThroughFigure& fig = out.followThrough;
    const int periods = int(s.periods.size());
    fig.backlog.resize(periods);
    for (int i = 0; i < periods; ++i) {
        fig.backlog[i].period = s.periods.at(i).label;
        fig.backlog[i].end = s.periods.at(i).end;
    }
    fig.openAgeByPriority.resize(4);
    const Priority priorities[] = {Priority::High, Priority::Medium, Priority::Low, Priority::None};
    for (int i = 0; i < 4; ++i) {
        fig.openAgeByPriority[i].key = i < 3 ? toString(priorities[i]) : QStringLiteral("none");
        fig.openAgeByPriority[i].label =
            i < 3 ? displayName(priorities[i]) : QCoreApplication::translate("Insights", "No priority");
    }
    fig.timeliness.key = QStringLiteral("all");
    fig.timeliness.label = QCoreApplication::translate("Insights", "Days from resolved to approved");

    for (int c = 0; c < s.coes.size(); ++c) {
        const CoeFact& coe = *s.coes.at(c);
        const QDate dated = coe.incidentDate();
        int open = 0;
        QList<QDate> closedDue; // due dates of the items closed now
        for (int i = 0; i < coe.actions.size(); ++i) {
            const ActionFact& a = coe.actions.at(i);
            const ActionRef ref{coe.uuid, coe.title, i, a.title, a.owner, a.priority, a.due, a.status};
            if (!a.due.isValid())
                fig.due.noDueDate << ref;
            else if (a.due >= today)
                fig.due.notDueYet << ref;
            else if (a.status == ActionStatus::Done)
                fig.due.done << ref;
            else if (a.status == ActionStatus::WontDo)
                fig.due.wontDo << ref;
            else
                fig.due.overdue << ref;

            if (isOpen(a.status)) {
                ++open;
                fig.openItems << ref;
                DurationGroup& g = fig.openAgeByPriority[priorityIndex(a.priority)];
                if (dated.isValid())
                    g.points << DurationPoint{coe.uuid, coe.title, double(dated.daysTo(today)), coe.severity,
                                              s.period.at(c), false};
                else
                    g.unknown << coe.uuid;
            } else if (a.due.isValid()) {
                closedDue << a.due;
            }
        }
        // Backlog: from the COE's period to the last.
        const int from = s.period.at(c);
        if (from >= 0) {
            for (int p = from; p < periods; ++p) {
                BacklogPoint& point = fig.backlog[p];
                int assumed = open;
                for (const QDate& due : std::as_const(closedDue))
                    assumed += due > point.end ? 1 : 0;
                if (open > 0) {
                    point.openNow.count += open;
                    point.openNow.uuids << coe.uuid;
                }
                if (assumed > 0) {
                    point.assumedOpen.count += assumed;
                    point.assumedOpen.uuids << coe.uuid;
                }
            }
        }
        // Timeliness.
        const QDateTime resolved = coe.resolvedAt();
        if (resolved.isValid() && coe.approvedAt.isValid() && coe.approvedAt >= resolved)
            fig.timeliness.points << DurationPoint{coe.uuid, coe.title, double(resolved.secsTo(coe.approvedAt)) / 86400.0,
                                                   coe.severity, s.period.at(c), false};
        else
            fig.timeliness.unknown << coe.uuid;
    }
    const int measured = int(fig.due.done.size() + fig.due.overdue.size());
    if (measured > 0)
        fig.due.doneShare = double(fig.due.done.size()) / measured;
    for (DurationGroup& g : fig.openAgeByPriority)
        finish(g);
    finish(fig.timeliness);
}

} // namespace hindsight::insights::detail
