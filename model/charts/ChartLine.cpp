// SPDX-License-Identifier: MIT
// The Line chart: time on x (labels in a zone), downsampled per pixel column.
#include "charts/ChartFrame.h"
#include "charts/TimeAxis.h"
#include "metrics/Downsample.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hindsight::charts {

namespace {

// The points of s to draw in [from, to] for columns pixel columns: the
// downsampled window plus the last point before and the first after it, so
// the line reaches the plot's edges.
QList<metrics::SeriesPoint> visiblePoints(const LineSeries& s, qint64 from, qint64 to, int columns)
{
    const QDateTime f = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    QList<metrics::SeriesPoint> out;
    const auto lt = [](const metrics::SeriesPoint& p, const QDateTime& at) { return p.at < at; };
    const auto begin = std::lower_bound(s.points.cbegin(), s.points.cend(), f, lt);
    if (begin != s.points.cbegin())
        out.append(*(begin - 1));
    out += metrics::downsample(s.points, f, t, columns);
    const auto end = std::upper_bound(s.points.cbegin(), s.points.cend(), t,
                                      [](const QDateTime& at, const metrics::SeriesPoint& p) { return at < p.at; });
    if (end != s.points.cend())
        out.append(*end);
    return out;
}

QString zoneCaption(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == QTimeZone::utc())
        return QStringLiteral("UTC");
    return QString::fromUtf8(zone.id());
}

} // namespace

void paintLine(Frame& f)
{
    const ChartSpec& s = f.spec;
    const LineData& d = s.line;
    QList<LegendEntry> legend;
    for (int i = 0; i < d.series.size(); ++i)
        legend.append({d.series[i].name, seriesColor(i), LegendEntry::Line, i});
    QRectF below = paintTitleAndLegend(f, legend);
    const auto [from, to] = lineWindow(d);
    f.hits.fromMs = from;
    f.hits.toMs = to;

    // Downsample for the widest plot we could get; the extremes of every
    // pixel column are kept (a spike of one point is drawn).
    const int columns = std::max(1, int(std::ceil(below.width())));
    QList<QList<metrics::SeriesPoint>> visible;
    visible.reserve(d.series.size());
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const LineSeries& series : d.series) {
        visible.append(visiblePoints(series, from, to, columns));
        for (const metrics::SeriesPoint& p : visible.last())
            if (p.value && std::isfinite(*p.value)) {
                lo = std::min(lo, *p.value);
                hi = std::max(hi, *p.value);
            }
    }
    if (d.threshold) {
        lo = std::min(lo, d.threshold->value);
        hi = std::max(hi, d.threshold->value);
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (lo > 0 && lo < hi * 0.5)
        lo = 0;
    if (s.yMin)
        lo = *s.yMin;
    if (s.yMax)
        hi = *s.yMax;
    const QList<double> ticks = niceTicks(lo, hi, std::max(3, int(below.height() / 60)));
    f.hits.yMin = lo;
    f.hits.yMax = hi;

    // Horizontal layout first (marker labels need the x positions).
    qreal left = paintYAxis(f, QRectF(), lo, hi, ticks, false) + 8;
    if (!axisTitle(s.yTitle, s.unit).isEmpty())
        left += f.lineHeight(f.font) + 2;
    QRectF plot = below.adjusted(left, 0, -10, 0);
    f.hits.plot = plot;
    const qreal lh = f.lineHeight(f.small);
    // Marker labels in up to three rows above the plot, each where it fits.
    QList<qreal> rowEnds;
    QList<int> markerRow;
    for (const TimeMarker& m : d.markers) {
        int row = -1;
        if (m.atMs >= from && m.atMs <= to && !m.label.isEmpty()) {
            const qreal x = f.hits.xOf(m.atMs);
            const qreal w = std::min(textWidth(f.small, m.label), 160.0);
            for (int r = 0; r < rowEnds.size() && row < 0; ++r)
                if (x - w / 2 > rowEnds[r] + 4)
                    row = r;
            if (row < 0 && rowEnds.size() < 3) {
                row = int(rowEnds.size());
                rowEnds.append(0);
            }
            if (row < 0)
                row = int(markerRow.size()) % 3;
            rowEnds[row] = x + w / 2;
        }
        markerRow.append(row);
    }
    const QString xCaption = axisTitle(s.xTitle.isEmpty() ? ChartText::tr("Time") : s.xTitle, zoneCaption(d.zone));
    plot.setTop(plot.top() + rowEnds.size() * lh + (rowEnds.isEmpty() ? 4 : 2));
    plot.setBottom(plot.bottom() - (2 * lh + 6 + f.lineHeight(f.font)));
    if (plot.height() < 10)
        plot.setHeight(10);
    f.hits.plot = plot;
    const auto X = [&](qint64 ms) { return f.hits.xOf(ms); };
    const auto Y = [&](double v) { return f.hits.yOf(v); };

    // The impact window, under everything.
    if (d.band && d.band->toMs > from && d.band->fromMs < to) {
        const qreal x1 = X(std::max(d.band->fromMs, from));
        const qreal x2 = X(std::min(d.band->toMs, to));
        QColor shade = seriesColor(6);
        shade.setAlphaF(0.13f);
        f.canvas.rect(QRectF(x1, plot.top(), std::max(1.0, x2 - x1), plot.height()), shade);
        if (!d.band->label.isEmpty())
            f.canvas.text(QPointF(x1 + 3, plot.top() + textAscent(f.small) + 2),
                          elided(f.small, d.band->label, std::max(20.0, x2 - x1 - 4)), f.small, f.text,
                          Qt::AlignLeft);
    }
    paintYAxis(f, plot, lo, hi, ticks, true);
    f.canvas.line(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()), f.axis, 1);

    // Time axis in the zone.
    const QList<TimeTick> xticks = timeTicks(from, to, d.zone, plot.width());
    for (const TimeTick& t : xticks) {
        const qreal x = X(t.ms);
        f.canvas.line(QLineF(x, plot.top(), x, plot.bottom()), f.muted, 0.6);
        f.canvas.line(QLineF(x, plot.bottom(), x, plot.bottom() + 3), f.axis, 1);
        f.canvas.text(QPointF(x, plot.bottom() + 4 + textAscent(f.small)), t.label, f.small, f.text,
                      Qt::AlignHCenter);
        if (!t.second.isEmpty())
            f.canvas.text(QPointF(x, plot.bottom() + 4 + lh + textAscent(f.small)), t.second, f.small, f.text,
                          Qt::AlignHCenter);
    }
    f.canvas.text(QPointF(plot.center().x(), plot.bottom() + 6 + 2 * lh + textAscent(f.font)),
                  elided(f.font, xCaption, plot.width()), f.font, f.text, Qt::AlignHCenter);

    // The series.
    f.canvas.pushClip(plot.adjusted(-1, -1, 1, 1));
    QPolygonF run;
    for (int i = 0; i < visible.size(); ++i) {
        const QColor color = seriesColor(i);
        const Qt::PenStyle dash = seriesDash(i);
        run.clear();
        const auto flush = [&] {
            if (run.size() == 1) // a lone sample between gaps: a dot
                f.canvas.circle(run.first(), 1.5, color);
            else if (run.size() > 1)
                f.canvas.polyline(run.constData(), int(run.size()), color, 1.6, dash);
            run.clear();
        };
        for (const metrics::SeriesPoint& p : visible[i]) {
            if (!p.value || !std::isfinite(*p.value)) {
                flush();
                continue;
            }
            run.append(QPointF(X(p.at.toMSecsSinceEpoch()), Y(*p.value)));
        }
        flush();
    }
    f.canvas.popClip();

    // Threshold.
    if (d.threshold && d.threshold->value >= lo && d.threshold->value <= hi) {
        const qreal y = Y(d.threshold->value);
        const QColor c = seriesColor(6);
        f.canvas.line(QLineF(plot.left(), y, plot.right(), y), c, 1.4, Qt::DashLine);
        const QString label = d.threshold->label.isEmpty() ? valueText(d.threshold->value, s.unit)
                                                           : d.threshold->label;
        f.canvas.text(QPointF(plot.right() - 3, y - textDescent(f.small) - 2), elided(f.small, label, plot.width() / 2),
                      f.small, c.darker(120), Qt::AlignRight);
    }

    // Milestones: vertical lines, labels above the plot.
    for (int k = 0; k < d.markers.size(); ++k) {
        const TimeMarker& m = d.markers[k];
        if (m.atMs < from || m.atMs > to)
            continue;
        const qreal x = X(m.atMs);
        f.canvas.line(QLineF(x, plot.top() - 2, x, plot.bottom()), f.text, 1, Qt::DashLine);
        QRectF hit(x - 3, plot.top(), 6, plot.height());
        if (markerRow[k] >= 0) {
            const QString label = elided(f.small, m.label, 160);
            const qreal y = below.top() + markerRow[k] * lh + textAscent(f.small);
            f.canvas.text(QPointF(x, y), label, f.small, f.text, Qt::AlignHCenter);
            const qreal w = textWidth(f.small, label);
            hit = hit.united(QRectF(x - w / 2, y - textAscent(f.small), w, lh));
        }
        addRegion(f, HitKind::Marker, hit, -1, -1, k, m.label + QLatin1Char('\n') + lineTimeText(m.atMs, d.zone),
                  m.uuids);
    }
    // Highlights: small ticks on the time axis.
    for (int k = 0; k < d.ticks.size(); ++k) {
        const TimeMarker& m = d.ticks[k];
        if (m.atMs < from || m.atMs > to)
            continue;
        const qreal x = X(m.atMs);
        f.canvas.polygon(QPolygonF({QPointF(x, plot.bottom() - 8), QPointF(x + 4, plot.bottom()),
                                    QPointF(x - 4, plot.bottom())}),
                         f.text);
        addRegion(f, HitKind::Tick, QRectF(x - 4, plot.bottom() - 8, 8, 8), -1, -1, k,
                  m.label + QLatin1Char('\n') + lineTimeText(m.atMs, d.zone), m.uuids);
    }
}

QString lineToolTipAt(const ChartSpec& spec, const ChartHits& hits, const QPointF& pos)
{
    if (spec.kind != ChartKind::Line || !hits.plot.adjusted(-4, -4, 4, 4).contains(pos))
        return {};
    const qint64 at = hits.msAt(pos.x());
    const qreal slack = 6;
    int bestSeries = -1;
    const metrics::SeriesPoint* best = nullptr;
    qreal bestDistance = 0;
    for (int i = 0; i < spec.line.series.size(); ++i) {
        const QList<metrics::SeriesPoint>& pts = spec.line.series[i].points;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        auto it = std::lower_bound(pts.cbegin(), pts.cend(), t,
                                   [](const metrics::SeriesPoint& p, const QDateTime& a) { return p.at < a; });
        // The nearest point in time (either neighbour), with a value.
        for (auto c : {it - 1, it}) {
            if (c < pts.cbegin() || c >= pts.cend() || !c->value)
                continue;
            const qreal dx = std::abs(hits.xOf(c->at.toMSecsSinceEpoch()) - pos.x());
            if (dx > slack)
                continue;
            const qreal dy = std::abs(hits.yOf(*c->value) - pos.y());
            const qreal distance = dx + dy;
            if (!best || distance < bestDistance) {
                best = &*c;
                bestSeries = i;
                bestDistance = distance;
            }
        }
    }
    if (!best)
        return lineTimeText(at, spec.line.zone);
    QString text = lineTimeText(best->at.toMSecsSinceEpoch(), spec.line.zone) + QLatin1Char('\n');
    const QString& name = spec.line.series[bestSeries].name;
    if (!name.isEmpty())
        text += name + QStringLiteral(": ");
    return text + valueText(*best->value, spec.unit);
}

} // namespace hindsight::charts
