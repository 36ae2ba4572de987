// SPDX-License-Identifier: MIT
// The category charts (Strip, Bars, Pareto) and the Matrix.
#include "charts/ChartFrame.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hindsight::charts {

namespace {

// The plot rect of a category chart with a y axis over [lo, hi] (ticks given)
// inside area (below title and legend); rightAxis leaves room for Pareto's %.
QRectF categoryPlot(Frame& f, const QRectF& area, double lo, double hi, const QList<double>& ticks,
                    bool rightAxis)
{
    const qreal tickWidth = paintYAxis(f, QRectF(), lo, hi, ticks, false);
    qreal left = tickWidth + 8;
    if (!axisTitle(f.spec.yTitle, f.spec.unit).isEmpty())
        left += f.lineHeight(f.font) + 2;
    qreal bottom = f.lineHeight(f.small) + 6;
    if (!f.spec.xTitle.isEmpty())
        bottom += f.lineHeight(f.font) + 2;
    qreal right = 8;
    if (rightAxis)
        right = textWidth(f.small, QStringLiteral("100%")) + 10 + f.lineHeight(f.font) + 2;
    QRectF plot = area.adjusted(left, 4, -right, -bottom);
    if (plot.width() < 10)
        plot.setWidth(10);
    if (plot.height() < 10)
        plot.setHeight(10);
    return plot;
}

qreal yAt(const QRectF& plot, double lo, double hi, double v)
{
    return plot.bottom() - plot.height() * (v - lo) / (hi - lo);
}

// A stable jitter in [-1, 1] for point i of group (c, s): the same chart is
// the same picture on screen, in SVG and in PDF.
double jitter(int c, int s, int i)
{
    quint32 h = quint32(c) * 73856093u ^ quint32(s) * 19349663u ^ quint32(i) * 83492791u;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    return double(h % 2001u) / 1000.0 - 1.0;
}

QString countText(const QList<QUuid>& uuids)
{
    return ChartText::tr("N = %1").arg(uuids.size());
}

// 1 when every value is a whole number (counts): the axis then has no tick
// at 2.5; 0 otherwise.
double wholeStep(const QList<BarSeries>& bars)
{
    for (const BarSeries& b : bars)
        for (const Datum& d : b.values)
            if (std::isfinite(d.value) && d.value != std::floor(d.value))
                return 0;
    return 1;
}

} // namespace

// --- Strip --------------------------------------------------------------------

void paintStrip(Frame& f)
{
    const ChartSpec& s = f.spec;
    QList<LegendEntry> legend;
    if (s.strips.size() > 1)
        for (int i = 0; i < s.strips.size(); ++i)
            legend.append({s.strips[i].name, seriesColor(i), LegendEntry::Dot, i});
    legend.append({ChartText::tr("median"), f.text, LegendEntry::MedianMark, 0});
    legend.append({ChartText::tr("90th percentile"), f.text, LegendEntry::P90Mark, 0});
    const QRectF below = paintTitleAndLegend(f, legend);

    double lo = s.yMin.value_or(std::numeric_limits<double>::infinity());
    double hi = s.yMax.value_or(-std::numeric_limits<double>::infinity());
    for (const StripSeries& series : s.strips)
        for (const StripGroup& g : series.groups)
            for (const Datum& d : g.points)
                if (std::isfinite(d.value)) {
                    if (!s.yMin)
                        lo = std::min(lo, d.value);
                    if (!s.yMax)
                        hi = std::max(hi, d.value);
                }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (!s.yMin && lo > 0)
        lo = 0;
    const QList<double> ticks = niceTicks(lo, hi, 5);
    const QRectF plot = categoryPlot(f, below, lo, hi, ticks, false);
    f.hits.plot = plot;
    f.hits.yMin = lo;
    f.hits.yMax = hi;
    paintYAxis(f, plot, lo, hi, ticks, true);
    paintCategoryAxis(f, plot, s.categories);

    const int nc = std::max<int>(1, int(s.categories.size()));
    const int ns = std::max<int>(1, int(s.strips.size()));
    const qreal band = plot.width() / nc;
    const qreal sub = band * 0.84 / ns;
    const qreal r = std::clamp(sub * 0.06, 2.2, 3.5);
    for (int c = 0; c < s.categories.size(); ++c) {
        for (int si = 0; si < s.strips.size(); ++si) {
            const StripSeries& series = s.strips[si];
            if (c >= series.groups.size())
                continue;
            const StripGroup& g = series.groups[c];
            const qreal cx = plot.left() + band * c + band * 0.08 + sub * (si + 0.5);
            const QColor color = seriesColor(si);
            QColor fill = color;
            fill.setAlphaF(0.55f);
            // The group as a whole (under its points): its statistics and every COE.
            QList<QUuid> all;
            int n = 0;
            for (const Datum& d : g.points)
                if (std::isfinite(d.value)) {
                    ++n;
                    all += d.uuids;
                }
            const double med = stripMedian(g);
            const double p90 = stripP90(g);
            QString head = s.categories[c];
            if (!series.name.isEmpty())
                head += QStringLiteral(" · ") + series.name;
            const QString tip = n == 0 ? ChartText::tr("%1: no data").arg(head)
                                       : ChartText::tr("%1: median %2, 90th percentile %3, N = %4")
                                             .arg(head, valueText(med, s.unit), valueText(p90, s.unit))
                                             .arg(n);
            addRegion(f, HitKind::Bar, QRectF(cx - sub / 2, plot.top(), sub, plot.height()), si, c, -1, tip, all);
            for (int i = 0; i < g.points.size(); ++i) {
                const Datum& d = g.points[i];
                if (!std::isfinite(d.value))
                    continue;
                const QPointF at(cx + jitter(c, si, i) * sub * 0.3, yAt(plot, lo, hi, d.value));
                paintMarker(f.canvas, at, r, si, fill, color.darker(130));
                HitRegion& point = addRegion(f, HitKind::Point, QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), si,
                                             c, i, d.label.isEmpty() ? head : d.label, d.uuids);
                point.value = d.value; // the tip's second line, when asked for
                point.unit = s.unit;
            }
            if (n > 0) {
                const qreal half = std::min(sub * 0.42, 30.0);
                f.canvas.line(QLineF(cx - half, yAt(plot, lo, hi, med), cx + half, yAt(plot, lo, hi, med)), f.text, 3);
                f.canvas.line(QLineF(cx - half, yAt(plot, lo, hi, p90), cx + half, yAt(plot, lo, hi, p90)), f.text,
                              1.5, Qt::DashLine);
            }
        }
    }
}

// --- Bars ---------------------------------------------------------------------

void paintBars(Frame& f)
{
    const ChartSpec& s = f.spec;
    const bool stacked = s.barMode == BarMode::Stacked;
    QList<LegendEntry> legend;
    if (s.bars.size() > 1)
        for (int i = 0; i < s.bars.size(); ++i)
            legend.append({s.bars[i].name, seriesColor(i), LegendEntry::Box, i});
    const QRectF below = paintTitleAndLegend(f, legend);

    double lo = 0;
    double hi = 0;
    for (int c = 0; c < s.categories.size(); ++c) {
        double pos = 0;
        double neg = 0;
        for (const BarSeries& b : s.bars) {
            if (c >= b.values.size() || !std::isfinite(b.values[c].value))
                continue;
            const double v = b.values[c].value;
            if (stacked) {
                (v >= 0 ? pos : neg) += v;
                hi = std::max(hi, pos);
                lo = std::min(lo, neg);
            } else {
                hi = std::max(hi, v);
                lo = std::min(lo, v);
            }
        }
    }
    if (s.yMin)
        lo = *s.yMin;
    if (s.yMax)
        hi = *s.yMax;
    const QList<double> ticks = niceTicks(lo, hi, 5, wholeStep(s.bars));
    const QRectF plot = categoryPlot(f, below, lo, hi, ticks, false);
    f.hits.plot = plot;
    f.hits.yMin = lo;
    f.hits.yMax = hi;
    paintYAxis(f, plot, lo, hi, ticks, true);
    paintCategoryAxis(f, plot, s.categories);

    const int nc = std::max<int>(1, int(s.categories.size()));
    const int ns = std::max<int>(1, int(s.bars.size()));
    const qreal band = plot.width() / nc;
    const qreal inner = band * 0.76;
    const qreal barWidth = stacked ? inner : inner / ns;
    f.canvas.pushClip(plot.adjusted(0, -1, 1, 1));
    for (int c = 0; c < s.categories.size(); ++c) {
        double pos = 0;
        double neg = 0;
        for (int si = 0; si < s.bars.size(); ++si) {
            const BarSeries& b = s.bars[si];
            if (c >= b.values.size() || !std::isfinite(b.values[c].value))
                continue;
            const Datum& d = b.values[c];
            double from = 0;
            double to = d.value;
            if (stacked) {
                double& acc = d.value >= 0 ? pos : neg;
                from = acc;
                acc += d.value;
                to = acc;
            }
            const qreal x = plot.left() + band * c + (band - inner) / 2 + (stacked ? 0 : barWidth * si);
            const qreal y1 = yAt(plot, lo, hi, from);
            const qreal y2 = yAt(plot, lo, hi, to);
            const QRectF bar(x, std::min(y1, y2), barWidth, std::max(0.5, std::abs(y1 - y2)));
            f.canvas.rect(bar.adjusted(0.5, 0, -0.5, 0), seriesColor(si), f.background, 0.8);
            QString head = s.categories[c];
            if (!b.name.isEmpty())
                head += QStringLiteral(" · ") + b.name;
            QString tip = d.label.isEmpty() ? head : d.label;
            tip += QLatin1Char('\n') + valueText(d.value, s.unit);
            if (!d.uuids.isEmpty())
                tip += QStringLiteral(", ") + countText(d.uuids);
            addRegion(f, HitKind::Bar, bar, si, c, -1, tip, d.uuids);
        }
    }
    f.canvas.popClip();
}

// --- Pareto -------------------------------------------------------------------

void paintPareto(Frame& f)
{
    const ChartSpec& s = f.spec;
    const QRectF below = paintTitleAndLegend(f, {});
    double total = 0;
    const QList<int> order = paretoOrder(s, &total);
    const QList<Datum> values = s.bars.isEmpty() ? QList<Datum>() : s.bars.first().values;
    double lo = 0;
    double hi = order.isEmpty() ? 1 : values[order.first()].value;
    if (s.yMax)
        hi = *s.yMax;
    const QList<double> ticks = niceTicks(lo, hi, 5, wholeStep(s.bars));
    const QRectF plot = categoryPlot(f, below, lo, hi, ticks, true);
    f.hits.plot = plot;
    f.hits.yMin = lo;
    f.hits.yMax = hi;
    paintYAxis(f, plot, lo, hi, ticks, true);
    QStringList sortedNames;
    for (const int c : order)
        sortedNames.append(s.categories[c]);
    paintCategoryAxis(f, plot, sortedNames);

    // The right axis: cumulative share.
    const qreal asc = textAscent(f.small);
    f.canvas.line(QLineF(plot.right(), plot.top(), plot.right(), plot.bottom()), f.axis, 1);
    for (int p = 0; p <= 100; p += 25) {
        const qreal y = plot.bottom() - plot.height() * p / 100.0;
        f.canvas.line(QLineF(plot.right(), y, plot.right() + 3, y), f.axis, 1);
        f.canvas.text(QPointF(plot.right() + 5, y + asc / 2 - 1), QLocale().toString(p) + QLatin1Char('%'), f.small,
                      f.text, Qt::AlignLeft);
    }
    const QString y2 = s.y2Title.isEmpty() ? ChartText::tr("Cumulative %") : s.y2Title;
    const qreal x2 = plot.right() + 8 + textWidth(f.small, QStringLiteral("100%")) + textDescent(f.font);
    f.canvas.text(QPointF(x2, plot.center().y()), elided(f.font, y2, plot.height()), f.font, f.text,
                  Qt::AlignHCenter, 90);

    const qreal band = plot.width() / std::max<int>(1, int(order.size()));
    const qreal barWidth = band * 0.72;
    const QColor barColor = seriesColor(0);
    const QColor lineColor = seriesColor(6);
    QPolygonF cumulative;
    double acc = 0;
    for (int k = 0; k < order.size(); ++k) {
        const Datum& d = values[order[k]];
        const qreal x = plot.left() + band * k + (band - barWidth) / 2;
        const qreal y = yAt(plot, lo, hi, std::min(d.value, hi));
        const QRectF bar(x, y, barWidth, plot.bottom() - y);
        f.canvas.rect(bar, barColor, f.background, 0.8);
        acc += d.value;
        const double share = total > 0 ? acc / total * 100.0 : 0;
        cumulative.append(QPointF(plot.left() + band * (k + 0.5), plot.bottom() - plot.height() * share / 100.0));
        QString tip = d.label.isEmpty() ? s.categories[order[k]] : d.label;
        tip += QLatin1Char('\n') + valueText(d.value, s.unit) + QStringLiteral(", ") +
               ChartText::tr("cumulative %1%").arg(QLocale().toString(share, 'f', 1));
        if (!d.uuids.isEmpty())
            tip += QStringLiteral(", ") + countText(d.uuids);
        addRegion(f, HitKind::Bar, bar, 0, order[k], k, tip, d.uuids);
    }
    if (cumulative.size() > 1)
        f.canvas.polyline(cumulative.constData(), int(cumulative.size()), lineColor, 2, Qt::SolidLine);
    for (const QPointF& p : cumulative)
        f.canvas.circle(p, 3, lineColor, f.background, 1);
}

// --- Matrix -------------------------------------------------------------------

void paintMatrix(Frame& f)
{
    const MatrixData& m = f.spec.matrix;
    const QRectF below = paintTitleAndLegend(f, {});
    qreal rowWidth = 0;
    for (const QString& r : m.rows)
        rowWidth = std::max(rowWidth, textWidth(f.small, r));
    rowWidth = std::min(rowWidth, below.width() * 0.35);
    qreal widest = 0;
    for (const QString& c : m.columns)
        widest = std::max(widest, textWidth(f.small, c));
    // Column labels horizontal when they fit their column, else at 45 degrees.
    const bool slanted = widest > (below.width() - rowWidth - 12) / std::max<int>(1, int(m.columns.size())) - 4;
    const qreal colHeight = slanted ? std::min(widest * 0.72 + f.lineHeight(f.small), below.height() * 0.35)
                                    : f.lineHeight(f.small);
    const QRectF plot = below.adjusted(rowWidth + 8, 2, -4, -colHeight - 6);
    f.hits.plot = plot;
    const int nr = std::max<int>(1, int(m.rows.size()));
    const int nc = std::max<int>(1, int(m.columns.size()));
    const qreal cw = plot.width() / nc;
    const qreal ch = plot.height() / nr;
    double hi = 0;
    for (const auto& row : m.cells)
        for (const Datum& d : row)
            if (std::isfinite(d.value))
                hi = std::max(hi, d.value);
    const qreal asc = textAscent(f.small);
    for (int r = 0; r < m.rows.size(); ++r)
        f.canvas.text(QPointF(plot.left() - 6, plot.top() + ch * (r + 0.5) + asc / 2 - 1),
                      elided(f.small, m.rows[r], rowWidth), f.small, f.text, Qt::AlignRight);
    for (int c = 0; c < m.columns.size(); ++c) {
        if (slanted)
            f.canvas.text(QPointF(plot.left() + cw * (c + 0.5) + asc / 2, plot.bottom() + 6),
                          elided(f.small, m.columns[c], colHeight / 0.72), f.small, f.text, Qt::AlignLeft, 45);
        else
            f.canvas.text(QPointF(plot.left() + cw * (c + 0.5), plot.bottom() + 4 + asc), m.columns[c], f.small,
                          f.text, Qt::AlignHCenter);
    }
    // Sequential scale from the background to a dark blue: lightness alone
    // carries the value (readable in greyscale and for colour-blind readers).
    const QColor dark(0x08, 0x30, 0x6B);
    for (int r = 0; r < m.rows.size() && r < m.cells.size(); ++r) {
        for (int c = 0; c < m.columns.size() && c < m.cells[r].size(); ++c) {
            const Datum& d = m.cells[r][c];
            const QRectF cell(plot.left() + cw * c, plot.top() + ch * r, cw, ch);
            const double t = std::isfinite(d.value) && hi > 0 ? d.value / hi : 0;
            const QColor fill = QColor::fromRgbF(float(1 - t * (1 - dark.redF())), float(1 - t * (1 - dark.greenF())),
                                                 float(1 - t * (1 - dark.blueF())));
            f.canvas.rect(cell, fill, f.muted, 0.6);
            if (std::isfinite(d.value) && cw > 14 && ch > asc) {
                const QString v = QLocale().toString(d.value, 'g', 6);
                if (textWidth(f.small, v) < cw - 2)
                    f.canvas.text(QPointF(cell.center().x(), cell.center().y() + asc / 2 - 1), v, f.small,
                                  t > 0.5 ? QColor(Qt::white) : QColor(Qt::black), Qt::AlignHCenter);
            }
            QString tip = d.label.isEmpty() ? m.rows[r] + QStringLiteral(" × ") + m.columns[c] : d.label;
            tip += QLatin1Char('\n') + valueText(d.value, f.spec.unit);
            addRegion(f, HitKind::Cell, cell, -1, r, c, tip, d.uuids);
        }
    }
}

} // namespace hindsight::charts
