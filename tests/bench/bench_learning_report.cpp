// SPDX-License-Identifier: MIT
// The quarterly learning report of 500 COEs (issue #14: ≤ 3 s): an SQLite
// archive holding 500 COEs of one quarter (services, factors, detection,
// milestones, action items varied), then, timed three times: the facts loaded,
// the figures computed, the report built with its charts and written as a
// PDF. Prints each step's median and the pages.
// Usage: bench_learning_report [COUNT] (default 500).
#include "ExampleCoe.h"
#include "insights/Insights.h"
#include "report/LearningReport.h"
#include "report/PdfExporter.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace hindsight;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString error;
    auto archive = Archive::open(dir.filePath(QStringLiteral("report.sqlite")), Archive::Access::ReadWrite, &error);
    if (!archive) {
        out << "cannot open: " << error << Qt::endl;
        return 1;
    }
    const QStringList services = {QStringLiteral("payments"), QStringLiteral("search"), QStringLiteral("checkout"),
                                  QStringLiteral("identity"), QStringLiteral("storage"), QStringLiteral("email")};
    const QStringList categories = {QStringLiteral("change/code"), QStringLiteral("change/configuration"),
                                    QStringLiteral("capacity"), QStringLiteral("dependency-failure"),
                                    QStringLiteral("detection-gap"), QStringLiteral("process-gap")};
    const Coe base = test::exampleCoe();
    const QDateTime quarter(QDate(2026, 7, 1), QTime(0, 0), QTimeZone::utc());
    {
        CoeRepository repository(*archive);
        for (int i = 0; i < count; ++i) {
            Coe coe = base;
            coe.uuid = QUuid::createUuid();
            coe.revision = 0;
            coe.title = QStringLiteral("Incident %1: %2 degraded").arg(i + 1).arg(services.at(i % services.size()));
            coe.severity = 1 + (i * 7) % 5;
            coe.services = {services.at(i % services.size())};
            // Shift the example's timeline into the quarter, one incident every ~4.4 hours.
            const qint64 shift = base.timeline.first().at.secsTo(quarter) + qint64(i) * 15840;
            for (TimelineEntry& entry : coe.timeline)
                entry.at = entry.at.addSecs(shift + (entry.milestone == Milestone::Detected ? (i % 17) * 60 : 0));
            ContributingFactor factor;
            factor.id = QStringLiteral("f1");
            factor.category = categories.at(i % categories.size());
            factor.description = QStringLiteral("factor");
            coe.factors = {factor};
            if (i % 3 == 0) {
                factor.id = QStringLiteral("f2");
                factor.category = categories.at((i + 2) % categories.size());
                coe.factors.append(factor);
            }
            coe.detection.source = i % 4 == 0 ? DetectionSource::CustomerReport : DetectionSource::Alarm;
            if (!repository.save(coe).ok()) {
                out << "cannot save" << Qt::endl;
                return 1;
            }
        }
    }
    insights::InsightsFilter filter;
    filter.from = QDate(2026, 7, 1);
    filter.to = QDate(2026, 9, 30);
    QList<double> load, compute, pdf;
    int pages = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        insights::InsightsFacts facts;
        if (!insights::loadInsightsFacts(*archive, &facts, &error)) {
            out << "cannot load: " << error << Qt::endl;
            return 1;
        }
        load.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const insights::Insights figures = insights::computeInsights(facts, filter, QDate(2026, 10, 15));
        compute.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const report::PdfExportResult result = report::PdfExporter::exportDocument(
            [&] { return report::LearningReport::build(facts, figures); }, dir.filePath(QStringLiteral("report.pdf")),
            QStringLiteral("Learning report"), report::PaperSize::A4);
        pdf.append(timer.nsecsElapsed() / 1e6);
        if (!result.ok) {
            out << "cannot write: " << result.error << Qt::endl;
            return 1;
        }
        pages = result.pages;
    }
    const double total = median(load) + median(compute) + median(pdf);
    out << "learning report of " << count << " COEs (" << pages << " pages), median of 3 runs:\n"
        << "  load facts " << median(load) << " ms, compute " << median(compute) << " ms, build and write PDF "
        << median(pdf) << " ms; total " << total << " ms (target <= 3000 ms)" << Qt::endl;
    return 0;
}
