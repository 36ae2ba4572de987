// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ChartSpec.h"
#include "metrics/SeriesSummary.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>
#include <algorithm>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hindsight {

class ChartTableView;
class ChartView;
class CoeDocument;

// The measured series of one metric (issue #15, format 1.1): a list with each
// series' name, unit, point count and time range, the one-sentence summary
// of each, the threshold, and the import of monitoring exports (a file, a
// dropped file, pasted CSV text). Imports whose reading is not certain go
// through SeriesMappingDialog. Every change is one undo step of the document.
class SeriesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesPanel(CoeDocument* document, QWidget* parent = nullptr);

    void setMetricRow(int row); // -1: none
    // The metric's chart (hidden without series): milestones, impact window,
    // threshold; drag to zoom stores the window with the metric (one undo
    // step) so the PDF shows the same; double-click shows everything again.
    ChartView* chart() const { return m_chart; }
    // Reads an export into the metric `metricRow`; false (and problem()) when
    // nothing was imported.
    bool importBytes(int metricRow, const QByteArray& bytes, const QString& fileName);
    bool importFile(int metricRow, const QString& path);

signals:
    // A message for the page ("" clears it): what was refused, or why nothing was imported.
    void problem(const QString& text);
    void addFromFileRequested();

private:
    void refresh();
    void refreshChart();
    void commitThreshold();

    struct Shown
    {
        int row = -1;
        QList<metrics::MetricSeries> series;
        std::optional<double> threshold;
        QList<metrics::SummaryMilestone> milestones;
        QTimeZone zone;
        bool operator==(const Shown& o) const
        {
            return row == o.row && series == o.series && threshold == o.threshold && zone == o.zone
                && milestones.size() == o.milestones.size()
                && std::equal(milestones.cbegin(), milestones.cend(), o.milestones.cbegin(),
                              [](const auto& a, const auto& b) { return a.name == b.name && a.at == b.at; });
        }
    };
    std::optional<Shown> m_shown;

    CoeDocument* m_doc;
    int m_row = -1;
    ChartView* m_chart;
    ChartTableView* m_table;
    QPushButton* m_showTable;
    charts::ChartSpec m_chartSpec; // as last shown, window aside
    QTreeWidget* m_tree;
    QLabel* m_summary;
    QLineEdit* m_threshold;
    QPushButton* m_remove;
};

} // namespace hindsight
