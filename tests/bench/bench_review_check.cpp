// SPDX-License-Identifier: MIT
// Times the timeline analysis and the review check on the largest timeline
// the format allows (100,000 entries), built from the example COE.
#include "ExampleCoe.h"
#include "analysis/CheckReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace hindsight;
using namespace hindsight::analysis;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    {
        // A COE of normal size: the example, checked many times.
        const Coe example = test::exampleCoe();
        const int runs = 2000;
        QElapsedTimer t;
        t.start();
        qsizetype findings = 0;
        for (int i = 0; i < runs; ++i)
            findings += reviewCheck(example).size() + findGaps(example.timeline).size();
        std::printf("example: reviewCheck + findGaps  %8.1f us per run  (%lld)\n",
                    double(t.nsecsElapsed()) / 1000.0 / runs, static_cast<long long>(findings));
    }

    Coe coe = test::exampleCoe();
    const QList<TimelineEntry> base = coe.timeline;
    const int n = 100000;
    coe.timeline.clear();
    coe.timeline.reserve(n);
    QDateTime at = base.first().at;
    for (int i = 0; i < n; ++i) {
        TimelineEntry e = base.at(i % base.size());
        if (i >= base.size())
            e.milestone = Milestone::None;
        at = at.addSecs(i % 5 == 0 ? 20 * 60 : 7 * 60); // every fifth step is a 20-minute gap
        e.at = at;
        e.gapExplanation.clear();
        e.text = QStringLiteral("Step %1: the on-call engineer checks host group %2 and the error rate.")
                     .arg(i)
                     .arg(i % 17);
        coe.timeline.append(e);
    }
    sortTimeline(coe.timeline);

    auto time = [](const char* what, auto&& f) {
        QElapsedTimer t;
        t.start();
        const auto result = f();
        std::printf("%-32s %8lld ms  (%lld items)\n", what, static_cast<long long>(t.elapsed()),
                    static_cast<long long>(result));
        return result;
    };
    std::printf("timeline entries: %d\n", n);
    time("findGaps", [&] { return qint64(findGaps(coe.timeline).size()); });
    time("computeDurations",
         [&] { return qint64(computeDurations(coe.timeline).detect.minutes.value_or(-1)); });
    time("reviewCheck", [&] { return qint64(reviewCheck(coe).size()); });
    time("checkJson (whole report)", [&] { return qint64(checkJson(coe).size()); });
    return 0;
}
