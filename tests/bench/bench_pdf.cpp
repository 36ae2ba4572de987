// SPDX-License-Identifier: MIT
// Exports the example COE and a large one to PDF and prints wall time, pages
// and peak resident memory, then COEs with 1,000, 10,000 and 100,000
// timeline entries (time per 1,000 entries shows whether the cost grows
// linearly). Usage: bench_pdf [--sizes=1000,10000] [output folder] (default:
// a temporary folder, removed at the end); --sizes runs only those sizes.
#include "ExampleCoe.h"
#include "report/PdfExporter.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace hindsight;

namespace {

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray chartPng(int seed)
{
    QImage img(1600, 600, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(40, 90, 160), 3));
    QPointF last(0, 300);
    for (int x = 0; x < 1600; x += 8) {
        const QPointF pt(x, 300 + 200 * std::sin((x + seed * 37) / 90.0) * std::cos(x / 400.0));
        p.drawLine(last, pt);
        last = pt;
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

// The example COE with `count` timeline entries: an entry every seven
// minutes, a longer gap every 13th entry (explained, so the table gets gap
// rows), a source link every 50th.
Coe timelineCoe(int count)
{
    Coe c = test::exampleCoe();
    c.title = QStringLiteral("COE with %1 timeline entries").arg(count);
    const QDateTime start = QDateTime(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
    c.timeline.clear();
    c.timeline.reserve(count);
    qint64 secs = 0;
    for (int i = 0; i < count; ++i) {
        secs += 7 * 60 + (i % 13 == 0 ? 30 * 60 : 0);
        TimelineEntry e;
        e.at = start.addSecs(secs);
        e.text = QStringLiteral("Entry %1: operator checks replica set %2 and restarts the compaction worker.")
                     .arg(i + 1)
                     .arg(i % 17);
        if (i % 50 == 0)
            e.source = QStringLiteral("https://tickets.example.com/OPS-%1").arg(1000 + i);
        if (i % 13 == 0 && i > 0)
            e.gapExplanation = QStringLiteral("Waiting for the vendor.");
        c.timeline.append(e);
    }
    c.timeline[0].milestone = Milestone::Trigger;
    c.timeline[count / 4].milestone = Milestone::Detected;
    c.timeline[count / 2].milestone = Milestone::Mitigated;
    c.timeline[count - 1].milestone = Milestone::Resolved;
    return c;
}

Coe largeCoe()
{
    Coe c = test::exampleCoe();
    c.title = QStringLiteral("Large COE: regional storage outage with a long tail of recovery work");
    const QDateTime start = QDateTime(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
    c.timeline.clear();
    for (int i = 0; i < 1000; ++i) {
        TimelineEntry e;
        e.at = start.addSecs(qint64(i) * 7 * 60 + (i % 13 == 0 ? 30 * 60 : 0));
        e.text = QStringLiteral("Entry %1: operator checks replica set %2, notes lag of %3 s and restarts the "
                                "compaction worker on host group %4.")
                     .arg(i + 1)
                     .arg(i % 17)
                     .arg(i % 90)
                     .arg(i % 5);
        if (i % 50 == 0)
            e.source = QStringLiteral("https://tickets.example.com/OPS-%1").arg(1000 + i);
        if (i % 13 == 0 && i > 0)
            e.gapExplanation = QStringLiteral("Waiting for the vendor to confirm the firmware fix.");
        e.approximate = i % 97 == 0;
        c.timeline.append(e);
    }
    c.timeline[2].milestone = Milestone::Trigger;
    c.timeline[5].milestone = Milestone::ImpactStart;
    c.timeline[40].milestone = Milestone::Detected;
    c.timeline[300].milestone = Milestone::Diagnosed;
    c.timeline[700].milestone = Milestone::Mitigated;
    c.timeline[990].milestone = Milestone::Resolved;
    sortTimeline(c.timeline);

    c.whys.clear();
    for (int i = 0; i < 60; ++i) {
        WhyStep w;
        w.id = QStringLiteral("w%1").arg(i + 1);
        w.parentId = i == 0 ? QString() : QStringLiteral("w%1").arg(i % 5 == 0 ? 1 : i);
        w.why = QStringLiteral("Why did step %1 happen?").arg(i + 1);
        w.because = QStringLiteral("Because the condition described in step %1 was not guarded against.").arg(i + 1);
        w.rootCause = i % 5 == 4;
        c.whys.append(w);
    }
    c.actionItems.clear();
    for (int i = 0; i < 120; ++i) {
        ActionItem a;
        a.id = QStringLiteral("a%1").arg(i + 1);
        a.title = QStringLiteral("Action %1: add a guard and an alarm for condition %2").arg(i + 1).arg(i % 60 + 1);
        a.priority = QList<Priority>{Priority::High, Priority::Medium, Priority::Low}[i % 3];
        a.owner = i % 11 == 0 ? QString() : QStringLiteral("Owner %1").arg(i % 7);
        a.due = i % 9 == 0 ? QDate() : QDate(2024, 6, 1).addDays(i);
        a.kind = ActionKind::Prevent;
        a.whys = {QStringLiteral("w%1").arg(i % 60 + 1)};
        c.actionItems.append(a);
    }
    c.metrics.clear();
    for (int i = 0; i < 10; ++i) {
        Metric m;
        m.name = QStringLiteral("Metric %1").arg(i + 1);
        m.role = MetricRole::Impact;
        m.description = QStringLiteral("Replica lag, **one-minute** resolution.");
        m.images.append(MetricImage{QStringLiteral("chart-%1.png").arg(i + 1), QStringLiteral("image/png"),
                                    chartPng(i), QStringLiteral("Chart %1").arg(i + 1)});
        c.metrics.append(m);
    }
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir temp;
    QString dir = temp.path();
    QList<int> sizes = {1000, 10000, 100000};
    bool onlySizes = false; // --sizes given: skip the example and the large COE
    const QStringList args = app.arguments().mid(1);
    for (const QString& arg : args) {
        if (arg.startsWith(QLatin1String("--sizes="))) {
            sizes.clear();
            onlySizes = true;
            for (const QString& n : arg.mid(8).split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes.append(n.toInt());
        } else {
            dir = arg;
        }
    }
    QTextStream out(stdout);

    const auto run = [&](const char* name, const Coe& coe) {
        QElapsedTimer timer;
        timer.start();
        const QString path = dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".pdf");
        const report::PdfExportResult r = report::PdfExporter::exportCoe(coe, path);
        const qint64 ms = timer.elapsed();
        out << name << ": " << (r.ok ? QStringLiteral("ok") : r.error) << ", " << ms << " ms, " << r.pages
            << " pages, " << QFileInfo(path).size() / 1024 << " KiB, peak RSS so far " << peakRssKiB() / 1024
            << " MiB\n";
        out.flush();
        return r.ok;
    };
    bool ok = true;
    if (!onlySizes) {
        ok = run("example", test::exampleCoe());
        ok = run("large", largeCoe()) && ok;
    }
    for (int n : sizes) {
        if (n < 4)
            continue;
        const Coe coe = timelineCoe(n);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const QString path = dir + QStringLiteral("/timeline-%1.pdf").arg(n);
        const report::PdfExportResult r = report::PdfExporter::exportCoe(coe, path);
        const qint64 ms = timer.elapsed();
        // CPU time too: on a shared, loaded machine it is the steadier figure.
        const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        out << "timeline " << n << " entries: " << (r.ok ? QStringLiteral("ok") : r.error) << ", " << ms
            << " ms (" << QString::number(double(ms) * 1000.0 / n, 'f', 1) << " ms per 1,000 entries), CPU "
            << QString::number(cpuMs, 'f', 0) << " ms (" << QString::number(cpuMs * 1000.0 / n, 'f', 1)
            << " ms per 1,000 entries), " << r.pages << " pages, peak RSS so far " << peakRssKiB() / 1024
            << " MiB\n";
        out.flush();
        ok = r.ok && ok;
    }
    return ok ? 0 : 1;
}
