// SPDX-License-Identifier: MIT
#include "charts/ChartTable.h"

#include "charts/ChartText.h"
#include "charts/TimeAxis.h"
#include "metrics/Downsample.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hindsight::charts {

namespace {

// Without group separators: the table is copied into spreadsheets and scripts.
QString number(double v)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return std::isfinite(v) ? locale.toString(v, 'g', 6) : QString();
}

void lineTable(const ChartSpec& spec, int maxRows, ChartTable& t)
{
    const LineData& d = spec.line;
    const auto [from, to] = lineWindow(d);
    const int buckets = std::max(1, maxRows);
    t.header << ChartText::tr("From") << ChartText::tr("To");
    for (const LineSeries& s : d.series)
        t.header << ChartText::tr("%1 min").arg(s.name) << ChartText::tr("%1 max").arg(s.name);
    // One row per bucket of the window; min and max of each series in it.
    struct MinMax
    {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
    };
    QList<QList<MinMax>> grid(buckets, QList<MinMax>(d.series.size()));
    QList<bool> used(buckets, false);
    const QDateTime f = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    const QDateTime e = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    for (int i = 0; i < d.series.size(); ++i) {
        // The downsampled points keep every bucket's extremes (buckets are
        // whole groups of columns).
        const QList<metrics::SeriesPoint> pts = metrics::downsample(d.series[i].points, f, e, buckets);
        for (const metrics::SeriesPoint& p : pts) {
            const int b = metrics::downsampleColumn(p.at.toMSecsSinceEpoch(), from, to, buckets);
            if (b < 0)
                continue;
            used[b] = true;
            if (p.value && std::isfinite(*p.value)) {
                grid[b][i].lo = std::min(grid[b][i].lo, *p.value);
                grid[b][i].hi = std::max(grid[b][i].hi, *p.value);
            }
        }
    }
    const double span = double(to - from);
    for (int b = 0; b < buckets; ++b) {
        if (!used[b])
            continue;
        const qint64 b0 = from + qint64(std::ceil(span * b / buckets));
        // Each bucket up to the next one's start (the last one: to the window's end).
        const qint64 b1 = b + 1 == buckets ? to : from + qint64(std::ceil(span * (b + 1) / buckets));
        QStringList row{lineTimeText(b0, d.zone), lineTimeText(b1, d.zone)};
        for (int i = 0; i < d.series.size(); ++i)
            row << number(grid[b][i].lo) << number(grid[b][i].hi);
        t.rows.append(row);
        t.uuids.append(QList<QUuid>());
    }
}

} // namespace

QString ChartTable::tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString ChartTable::toTsv() const
{
    QString out;
    QStringList cells;
    for (const QString& h : header)
        cells << tsvCell(h);
    out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QStringList& row : rows) {
        cells.clear();
        for (const QString& c : row)
            cells << tsvCell(c);
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

ChartTable chartTable(const ChartSpec& spec, int maxLineRows)
{
    ChartTable t;
    switch (spec.kind) {
    case ChartKind::Strip:
        t.header << ChartText::tr("Category") << ChartText::tr("Series") << ChartText::tr("N") << ChartText::tr("Median") << ChartText::tr("90th percentile")
                 << ChartText::tr("Points");
        for (int c = 0; c < spec.categories.size(); ++c) {
            for (const StripSeries& s : spec.strips) {
                if (c >= s.groups.size())
                    continue;
                const StripGroup& g = s.groups[c];
                QStringList points;
                QList<QUuid> uuids;
                int n = 0;
                for (const Datum& d : g.points) {
                    if (!std::isfinite(d.value))
                        continue;
                    ++n;
                    uuids += d.uuids;
                    points << (d.label.isEmpty() ? number(d.value) : d.label + QStringLiteral(": ") + number(d.value));
                }
                t.rows.append({spec.categories[c], s.name, QString::number(n), number(stripMedian(g)),
                               number(stripP90(g)), points.join(QStringLiteral("; "))});
                t.uuids.append(uuids);
            }
        }
        break;
    case ChartKind::Bars:
        t.header << ChartText::tr("Category");
        for (const BarSeries& s : spec.bars)
            t.header << (s.name.isEmpty() ? ChartText::tr("Value") : s.name);
        for (int c = 0; c < spec.categories.size(); ++c) {
            QStringList row{spec.categories[c]};
            QList<QUuid> uuids;
            for (const BarSeries& s : spec.bars) {
                row << (c < s.values.size() ? number(s.values[c].value) : QString());
                if (c < s.values.size())
                    uuids += s.values[c].uuids;
            }
            t.rows.append(row);
            t.uuids.append(uuids);
        }
        break;
    case ChartKind::Pareto: {
        t.header << ChartText::tr("Category") << ChartText::tr("Value") << ChartText::tr("Cumulative %");
        const QList<Datum> values = spec.bars.isEmpty() ? QList<Datum>() : spec.bars.first().values;
        double total = 0;
        const QList<int> order = paretoOrder(spec, &total);
        double acc = 0;
        for (const int c : order) {
            acc += values[c].value;
            t.rows.append({spec.categories[c], number(values[c].value),
                           QLocale().toString(total > 0 ? acc / total * 100 : 0, 'f', 1)});
            t.uuids.append(values[c].uuids);
        }
        break;
    }
    case ChartKind::Line:
        lineTable(spec, maxLineRows, t);
        break;
    case ChartKind::Matrix:
        t.header << QString();
        t.header += spec.matrix.columns;
        for (int r = 0; r < spec.matrix.rows.size(); ++r) {
            QStringList row{spec.matrix.rows[r]};
            QList<QUuid> uuids;
            for (int c = 0; c < spec.matrix.columns.size(); ++c) {
                const bool has = r < spec.matrix.cells.size() && c < spec.matrix.cells[r].size();
                row << (has ? number(spec.matrix.cells[r][c].value) : QString());
                if (has)
                    uuids += spec.matrix.cells[r][c].uuids;
            }
            t.rows.append(row);
            t.uuids.append(uuids);
        }
        break;
    }
    return t;
}

} // namespace hindsight::charts
