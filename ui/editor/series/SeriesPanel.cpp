// SPDX-License-Identifier: MIT
#include "editor/series/SeriesPanel.h"

#include "charts/ChartView.h"
#include "report/MetricChart.h"

#include "document/CoeDocument.h"
#include "editor/series/SeriesMappingDialog.h"
#include "metrics/SeriesImport.h"
#include "report/SeriesText.h"

#include <QFile>
#include <QLocale>
#include <cmath>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hindsight {

namespace {

// A monitoring export is text; 100,000 lines of a wide CSV stay well under this.
constexpr qint64 kMaxSeriesFileBytes = 64 * 1024 * 1024;

} // namespace

SeriesPanel::SeriesPanel(CoeDocument* document, QWidget* parent) : QWidget(parent), m_doc(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("metricSeriesTree"));
    m_tree->setAccessibleName(tr("Series"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Name"), tr("Unit"), tr("Points"), tr("From"), tr("To")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(90);
    m_chart = new ChartView;
    m_chart->setObjectName(QStringLiteral("metricChart"));
    m_chart->setMinimumHeight(220);
    m_chart->setToolTip(tr("Drag across the chart to zoom in; double-click to show everything"));
    m_chart->setVisible(false);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_tree);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("metricSeriesSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    auto* row = new QHBoxLayout;
    auto* fromFile = new QPushButton(tr("Add Series from File…") /* no free letter on the Metrics step */, this);
    fromFile->setObjectName(QStringLiteral("addSeriesButton"));
    m_remove = new QPushButton(tr("Remove Series"), this);
    m_remove->setObjectName(QStringLiteral("removeSeriesButton"));
    auto* thresholdLabel = new QLabel(tr("Threshold:"), this);
    m_threshold = new QLineEdit(this);
    m_threshold->setObjectName(QStringLiteral("metricThresholdLineEdit"));
    m_threshold->setAccessibleName(tr("Threshold, the alarm level"));
    m_threshold->setPlaceholderText(tr("none"));
    m_threshold->setMaximumWidth(120);
    thresholdLabel->setBuddy(m_threshold);
    // The chart's points as a table (downsampled: time, then min and max per
    // series in each bucket), for screen readers and for copying.
    m_showTable = new QPushButton(tr("Show as Table"), this);
    m_showTable->setObjectName(QStringLiteral("metricChartTableButton"));
    m_showTable->setCheckable(true);
    m_showTable->setVisible(false);
    m_table = new ChartTableView(this);
    m_table->setObjectName(QStringLiteral("metricChartTable"));
    m_table->setVisible(false);
    layout->insertWidget(1, m_table, 2);
    connect(m_showTable, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_table->setSpec(m_chart->spec());
        m_table->setVisible(on);
        m_chart->setVisible(!on);
    });
    row->addWidget(fromFile);
    row->addWidget(m_remove);
    row->addWidget(m_showTable);
    row->addStretch(1);
    row->addWidget(thresholdLabel);
    row->addWidget(m_threshold);
    layout->addLayout(row);

    connect(fromFile, &QPushButton::clicked, this, &SeriesPanel::addFromFileRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_tree->currentIndex();
        if (index.isValid())
            m_doc->removeSeries(m_row, index.row());
    });
    connect(m_threshold, &QLineEdit::editingFinished, this, &SeriesPanel::commitThreshold);
    connect(m_doc, &CoeDocument::changed, this, &SeriesPanel::refresh);
    connect(m_chart, &ChartView::windowChanged, this, [this](qint64 from, qint64 to) {
        if (m_row < 0 || m_row >= m_doc->coe().metrics.size())
            return;
        // The whole extent again (double-click) stores no window.
        const auto [allFrom, allTo] = charts::lineExtent(m_chartSpec.line);
        MetricWindow window;
        if (from > allFrom || to < allTo) {
            window.from = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
            window.to = QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc());
        }
        if (window != m_doc->coe().metrics.at(m_row).window)
            m_doc->setWindow(m_row, window);
    });
    refresh();
}

void SeriesPanel::setMetricRow(int row)
{
    m_row = row;
    refresh();
}

void SeriesPanel::commitThreshold()
{
    if (m_row < 0 || m_row >= m_doc->coe().metrics.size())
        return;
    const QString text = m_threshold->text().trimmed();
    std::optional<double> value;
    if (!text.isEmpty()) {
        bool ok = false;
        double v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(v)) {
            emit problem(tr("“%1” is not a number; the threshold stays as it was.").arg(text));
            refresh();
            return;
        }
        value = v;
    }
    m_doc->setThreshold(m_row, value);
}

bool SeriesPanel::importFile(int metricRow, const QString& path)
{
    const QFileInfo info(path);
    if (info.size() > kMaxSeriesFileBytes) {
        emit problem(tr("%1 is larger than 64 MB; export a shorter time range or fewer series.").arg(info.fileName()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit problem(tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
        return false;
    }
    return importBytes(metricRow, file.read(kMaxSeriesFileBytes + 1), info.fileName());
}

bool SeriesPanel::importBytes(int metricRow, const QByteArray& bytes, const QString& fileName)
{
    using namespace metrics;
    const SeriesFormat format = SeriesImport::detect(bytes, fileName);
    if (format == SeriesFormat::Unknown) {
        emit problem(tr("%1 is not a monitoring export or a table of times and values; nothing was imported.")
                         .arg(fileName));
        return false;
    }
    SeriesImportResult result;
    if (format != SeriesFormat::GenericCsv)
        result = SeriesImport::read(bytes, format, {});
    // Not certain: an unknown layout, or times without an offset. Never guessed.
    if (format == SeriesFormat::GenericCsv || result.needsZone) {
        SeriesMappingDialog dialog(bytes, fileName, format, m_doc->coe().displayTimeZone, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        result = dialog.result();
    }
    if (!result.ok() || result.series.isEmpty()) {
        emit problem(tr("Nothing was imported from %1: %2")
                         .arg(fileName, result.ok() ? tr("it holds no values") : result.error));
        return false;
    }
    QString error;
    if (!m_doc->addSeries(metricRow, result.series, &error)) {
        emit problem(error);
        return false;
    }
    QStringList lines;
    if (!result.refused.isEmpty()) {
        lines << tr("%n line(s) of %1 refused:", nullptr, int(result.refused.size())).arg(fileName);
        for (int i = 0; i < result.refused.size() && i < 20; ++i) {
            const Refusal& r = result.refused[i];
            lines << (r.line > 0 ? tr("line %1: %2").arg(r.line).arg(r.reason) : tr("%1: %2").arg(r.path, r.reason));
        }
        if (result.refused.size() > 20)
            lines << tr("and %n more", nullptr, int(result.refused.size() - 20));
    }
    emit problem(lines.join(QLatin1Char('\n')));
    return true;
}

void SeriesPanel::refresh()
{
    const bool valid = m_row >= 0 && m_row < m_doc->coe().metrics.size();
    setEnabled(valid);
    refreshChart();
    if (!valid) {
        m_tree->clear();
        m_summary->clear();
        m_threshold->clear();
        m_shown.reset();
        return;
    }
    const Coe& coe = m_doc->coe();
    const Metric& m = coe.metrics[m_row];
    if (!m_threshold->hasFocus())
        m_threshold->setText(m.threshold ? QLocale().toString(*m.threshold, 'g', QLocale::FloatingPointShortest)
                                         : QString());
    // The summaries read every point: rebuilt only when what they say of changed.
    Shown shown{m_row, m.series, m.threshold, report::SeriesText::milestones(coe), coe.displayTimeZone};
    if (m_shown && *m_shown == shown)
        return;
    m_shown = std::move(shown);
    const int current = m_tree->currentIndex().row();
    m_tree->clear();
    const QTimeZone zone = coe.displayTimeZone.isValid() ? coe.displayTimeZone : QTimeZone::utc();
    const QLocale locale;
    QStringList summaries;
    for (const metrics::MetricSeries& s : m.series) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, s.name);
        item->setText(1, s.unit);
        item->setText(2, locale.toString(s.points.size()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!s.points.isEmpty()) {
            item->setText(3, locale.toString(s.points.constFirst().at.toTimeZone(zone), QLocale::ShortFormat));
            item->setText(4, locale.toString(s.points.constLast().at.toTimeZone(zone), QLocale::ShortFormat));
        }
        const report::SeriesText::Line line = report::SeriesText::line(coe, m, s, locale);
        item->setToolTip(0, line.summary);
        if (!line.summary.isEmpty())
            summaries << tr("%1: %2").arg(s.name, line.summary);
    }
    if (current >= 0 && current < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(current));
    m_summary->setText(summaries.join(QLatin1Char('\n')));
    m_summary->setVisible(!summaries.isEmpty());
    m_remove->setEnabled(!m.series.isEmpty());
}

void SeriesPanel::refreshChart()
{
    const bool valid = m_row >= 0 && m_row < m_doc->coe().metrics.size();
    if (!valid || !report::MetricChart::hasChart(m_doc->coe().metrics.at(m_row))) {
        m_chart->setVisible(false);
        m_table->setVisible(false);
        m_showTable->setChecked(false);
        m_showTable->setVisible(false);
        m_chartSpec = {};
        return;
    }
    const Metric& metric = m_doc->coe().metrics.at(m_row);
    charts::ChartSpec spec = report::MetricChart::spec(m_doc->coe(), metric);
    // Shown with the whole extent as its own (so a double-click shows all),
    // then the stored window.
    const qint64 from = spec.line.windowFromMs;
    const qint64 to = spec.line.windowToMs;
    spec.line.windowFromMs = spec.line.windowToMs = 0;
    if (!(spec == m_chartSpec)) {
        m_chartSpec = spec;
        m_chart->setSpec(spec);
    }
    if (from < to) {
        m_chart->setWindow(from, to);
    } else {
        const auto [allFrom, allTo] = charts::lineExtent(spec.line);
        m_chart->setWindow(allFrom, allTo);
    }
    m_showTable->setVisible(true);
    if (m_showTable->isChecked())
        m_table->setSpec(m_chart->spec());
    else
        m_chart->setVisible(true);
}

} // namespace hindsight
