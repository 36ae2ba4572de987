// SPDX-License-Identifier: MIT
// The chart of a metric's series (issue #15): with the COE's milestones, in
// the PDF as vectors (no pixel image) with the milestone labels in its text,
// in Markdown as an SVG file beside the .md, and in the editor, where a zoom
// is stored with the metric as one undo step.
#include "TestSupport.h"
#include "charts/ChartView.h"
#include "document/CoeDocument.h"
#include "editor/series/SeriesPanel.h"
#include "exchange/CoeJson.h"
#include "exchange/CoeMarkdown.h"
#include "report/MetricChart.h"
#include "report/PdfExporter.h"

#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hindsight;
using namespace hindsight::exchange;

namespace {

// The 1.1 example without its metric images: what is left in the PDF is the chart.
Coe exampleWithSeries()
{
    const JsonReadResult r = CoeJson::read(test::readData(QStringLiteral("format-1.1/checkout-config-rollout-1.1.coe.json")));
    Coe coe = r.coe;
    for (Metric& m : coe.metrics)
        m.images.clear();
    return coe;
}

int metricWithSeries(const Coe& coe)
{
    for (int i = 0; i < coe.metrics.size(); ++i)
        if (report::MetricChart::hasChart(coe.metrics.at(i)))
            return i;
    return -1;
}

} // namespace

class TestMetricChart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void specHasMilestonesWindowAndThreshold()
    {
        const Coe coe = exampleWithSeries();
        const int row = metricWithSeries(coe);
        QVERIFY(row >= 0);
        const charts::ChartSpec spec = report::MetricChart::spec(coe, coe.metrics.at(row));
        QCOMPARE(spec.kind, charts::ChartKind::Line);
        QCOMPARE(spec.line.series.size(), coe.metrics.at(row).series.size());
        QStringList labels;
        for (const charts::TimeMarker& m : spec.line.markers)
            labels.append(m.label);
        QVERIFY2(labels.contains(QStringLiteral("Detected")), qPrintable(labels.join(QLatin1Char(','))));
        QVERIFY(spec.line.band.has_value());
        QCOMPARE(spec.line.zone, coe.displayTimeZone);
        QCOMPARE(spec.line.threshold.has_value(), coe.metrics.at(row).threshold.has_value());
    }

    void pdfHasTheChartAsVectorsWithMilestoneLabels()
    {
        HINDSIGHT_REQUIRE_TOOL("pdftotext");
        const Coe coe = exampleWithSeries();
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        const report::PdfExportResult r = report::PdfExporter::exportCoe(coe, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Chart 1:")));
        QVERIFY(text.contains(QStringLiteral("Detected")));
        QVERIFY(text.contains(QStringLiteral("Mitigated")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("/Subtype /Image") && !bytes.contains("/Subtype/Image"),
                 "the chart must be vectors, not an image");
    }

    void markdownLinksAnSvgBesideIt()
    {
        const Coe coe = exampleWithSeries();
        const exchange::MarkdownDocument md = exchange::CoeMarkdown::render(coe, QStringLiteral("x-images"));
        const exchange::MarkdownImage* svg = nullptr;
        for (const exchange::MarkdownImage& image : md.images)
            if (image.relativePath.endsWith(QLatin1String(".svg")))
                svg = &image;
        QVERIFY(svg);
        QCOMPARE(svg->relativePath, QStringLiteral("x-images/chart-1.svg"));
        QVERIFY(svg->data.startsWith("<?xml") || svg->data.contains("<svg"));
        QVERIFY(svg->data.contains("Detected"));
        QVERIFY(md.text.contains(QStringLiteral("(<x-images/chart-1.svg>)")));
    }

    void editorChartHasATableView()
    {
        const Coe coe = exampleWithSeries();
        const int row = metricWithSeries(coe);
        CoeDocument document(coe);
        SeriesPanel panel(&document);
        panel.setMetricRow(row);
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("metricChartTableButton"));
        auto* table = panel.findChild<ChartTableView*>(QStringLiteral("metricChartTable"));
        QVERIFY(button && table);
        QVERIFY(!button->isHidden());
        button->setChecked(true);
        QVERIFY(!table->isHidden());
        QVERIFY(panel.chart()->isHidden());
        QVERIFY(table->table()->model()->rowCount() > 0);
        // time, then min and max of each series
        QVERIFY(table->table()->model()->columnCount() >= 1 + 2 * int(coe.metrics.at(row).series.size()));
        button->setChecked(false);
        QVERIFY(!panel.chart()->isHidden());
    }

    void zoomInTheEditorIsStoredAndUndone()
    {
        const Coe coe = exampleWithSeries();
        const int row = metricWithSeries(coe);
        CoeDocument document(coe);
        SeriesPanel panel(&document);
        panel.setMetricRow(row);
        QVERIFY(!panel.chart()->isHidden());
        const auto [from, to] = panel.chart()->window();
        const qint64 mid = from + (to - from) / 2;
        emit panel.chart()->windowChanged(from, mid);
        QCOMPARE(document.coe().metrics.at(row).window.to.toMSecsSinceEpoch(), mid);
        QCOMPARE(panel.chart()->window().second, mid);
        // The PDF's chart shows the same window.
        const charts::ChartSpec spec = report::MetricChart::spec(document.coe(), document.coe().metrics.at(row));
        QCOMPARE(spec.line.windowToMs, mid);
        // Back to everything (a double-click) stores no window: one more undo step.
        charts::LineData whole = report::MetricChart::spec(coe, coe.metrics.at(row)).line;
        whole.windowFromMs = whole.windowToMs = 0;
        const auto [allFrom, allTo] = charts::lineWindow(whole);
        panel.chart()->resetWindow();
        QCOMPARE(panel.chart()->window(), std::make_pair(allFrom, allTo));
        QVERIFY(document.coe().metrics.at(row).window.isEmpty());
        document.undoStack()->undo();
        QCOMPARE(document.coe().metrics.at(row).window.to.toMSecsSinceEpoch(), mid);
        document.undoStack()->undo();
        QCOMPARE(document.coe().metrics.at(row).window, coe.metrics.at(row).window);
    }
};

QTEST_MAIN(TestMetricChart)
#include "TestMetricChart.moc"
