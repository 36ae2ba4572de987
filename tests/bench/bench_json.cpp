// SPDX-License-Identifier: MIT
// Times CoeJson::read and CoeJson::write on the largest documents the format
// accepts: 100,000 timeline entries, and ~48 MiB of attached image.
#include "exchange/CoeJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>

using namespace hindsight;
using namespace hindsight::exchange;

namespace {

void measure(const char* name, const Coe& coe)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = CoeJson::write(coe);
    const qint64 writeMs = timer.restart();
    const JsonReadResult result = CoeJson::read(bytes);
    const qint64 readMs = timer.elapsed();
    std::printf("%-28s %8.1f MiB  write %6lld ms  read %6lld ms  %s\n", name, bytes.size() / 1048576.0,
                static_cast<long long>(writeMs), static_cast<long long>(readMs),
                result.ok() ? "ok" : qPrintable(result.errors.first().toString()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);

    Coe timeline = makeNewCoe(QStringLiteral("Long timeline"));
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < CoeJson::kMaxTimelineEntries; ++i) {
        TimelineEntry e;
        e.at = start.addSecs(i * 7);
        e.text = QStringLiteral("Entry %1: something happened on host-%2").arg(i).arg(i % 97);
        e.source = i % 3 ? QString() : QStringLiteral("https://logs.example.com/%1").arg(i);
        timeline.timeline.append(e);
    }
    measure("100,000 timeline entries", timeline);

    Coe image = makeNewCoe(QStringLiteral("Big image"));
    Metric metric;
    metric.name = QStringLiteral("m");
    QByteArray data(36 * 1024 * 1024, Qt::Uninitialized); // base64 makes it 48 MiB
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    metric.images.append(MetricImage{QStringLiteral("big.png"), QStringLiteral("image/png"), data, {}});
    image.metrics.append(metric);
    measure("36 MiB image (48 MiB base64)", image);
    return 0;
}
