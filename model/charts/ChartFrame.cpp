// SPDX-License-Identifier: MIT
#include "charts/ChartFrame.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hindsight::charts {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont pixelFont(const QFont& base, qreal scale, bool bold)
{
    QFont f = base;
    const qreal px = base.pixelSize() > 0 ? base.pixelSize() : base.pointSizeF() * 96.0 / 72.0;
    f.setPixelSize(std::max(7, int(std::lround(px * scale))));
    f.setBold(bold);
    return f;
}

} // namespace

Frame::Frame(Canvas& c, const ChartSpec& s, const PaintOptions& o, const QRectF& r)
    : canvas(c), spec(s), options(o), rect(r)
{
    font = pixelFont(o.font, 1.0, false);
    small = pixelFont(o.font, 0.88, false);
    titleFont = pixelFont(o.font, 1.2, true);
    if (o.paper) {
        text = Qt::black;
        background = Qt::white;
    } else {
        text = o.palette.color(QPalette::Text);
        background = o.palette.color(QPalette::Base);
    }
    muted = mix(background, text, 0.16);
    axis = mix(background, text, 0.6);
}

qreal Frame::lineHeight(const QFont& f) const
{
    return textAscent(f) + textDescent(f) + 1;
}

PaintOptions screenOptions(const QPalette& palette, const QFont& font)
{
    PaintOptions o;
    o.paper = false;
    o.palette = palette;
    o.font = font;
    return o;
}

QColor seriesColor(int i)
{
    // Okabe & Ito's colour-blind safe set, ordered so that neighbours also
    // differ in lightness (greyscale print).
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x33, 0x33, 0x33), QColor(0x56, 0xB4, 0xE9),
                                    QColor(0xD5, 0x5E, 0x00), QColor(0x99, 0x99, 0x99)};
    return colors[std::abs(i) % 8];
}

Qt::PenStyle seriesDash(int i)
{
    static const Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return dashes[(std::abs(i) / 8) % 4];
}

// --- hit regions -------------------------------------------------------------

int ChartHits::regionAt(const QPointF& pos) const
{
    for (int i = int(regions.size()) - 1; i >= 0; --i) {
        const HitRegion& r = regions[i];
        const qreal slack = (r.kind == HitKind::Point || r.kind == HitKind::Marker || r.kind == HitKind::Tick) ? 2 : 0;
        if (r.bounds.adjusted(-slack, -slack, slack, slack).contains(pos))
            return i;
    }
    return -1;
}

qint64 ChartHits::msAt(qreal x) const
{
    if (plot.width() <= 0)
        return fromMs;
    const qreal t = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    return fromMs + qint64(std::llround(t * double(toMs - fromMs)));
}

qreal ChartHits::xOf(qint64 ms) const
{
    if (toMs <= fromMs)
        return plot.left();
    return plot.left() + plot.width() * double(ms - fromMs) / double(toMs - fromMs);
}

qreal ChartHits::yOf(double value) const
{
    if (yMax <= yMin)
        return plot.bottom();
    return plot.bottom() - plot.height() * (value - yMin) / (yMax - yMin);
}

HitRegion& addRegion(Frame& f, HitKind kind, const QRectF& rect, int series, int category, int index,
                     const QString& toolTip, const QList<QUuid>& uuids)
{
    HitRegion r;
    r.kind = kind;
    r.bounds = rect;
    r.series = series;
    r.category = category;
    r.index = index;
    r.toolTip = toolTip;
    r.uuids = uuids;
    f.hits.regions.append(r);
    return f.hits.regions.last();
}

QString HitRegion::text() const
{
    if (!std::isfinite(value))
        return toolTip;
    return toolTip + QLatin1Char('\n') + valueText(value, unit);
}

// --- numbers -----------------------------------------------------------------

QList<double> niceTicks(double& lo, double& hi, int count, double minStep)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (hi < lo)
        std::swap(lo, hi);
    if (hi == lo) {
        const double d = lo == 0 ? 1 : std::abs(lo) * 0.1;
        lo -= d;
        hi += d;
    }
    count = std::max(2, count);
    const double raw = (hi - lo) / count;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * mag;
        if (step >= raw)
            break;
    }
    step = std::max(step, minStep);
    lo = std::floor(lo / step + 1e-9) * step;
    hi = std::ceil(hi / step - 1e-9) * step;
    QList<double> ticks;
    for (int i = 0;; ++i) {
        const double v = lo + i * step;
        if (v > hi + step * 1e-6 || i > 100)
            break;
        ticks.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return ticks;
}

QString tickText(double value, double step)
{
    int decimals = 0;
    if (step > 0 && step < 1)
        decimals = std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
    if (step > 0 && decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals; // 2.5, 0.25
    return QLocale().toString(value, 'f', decimals);
}

QString valueText(double value, const QString& unit)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("Charts", "no value");
    QString v = QLocale().toString(value, 'g', 6);
    if (unit.isEmpty())
        return v;
    if (unit == QLatin1String("%"))
        return v + unit;
    return v + QLatin1Char(' ') + unit;
}

QString axisTitle(const QString& title, const QString& unit)
{
    if (unit.isEmpty())
        return title;
    if (title.isEmpty())
        return unit;
    return QCoreApplication::translate("Charts", "%1 (%2)", "axis title and unit").arg(title, unit);
}

// --- frame -------------------------------------------------------------------

QRectF paintTitleAndLegend(Frame& f, const QList<LegendEntry>& legend)
{
    QRectF r = f.rect.adjusted(8, 6, -8, -6);
    if (!f.spec.title.isEmpty()) {
        const qreal h = f.lineHeight(f.titleFont);
        f.canvas.text(QPointF(r.left(), r.top() + textAscent(f.titleFont)),
                      elided(f.titleFont, f.spec.title, r.width()), f.titleFont, f.text, Qt::AlignLeft);
        r.setTop(r.top() + h + 4);
    }
    if (legend.isEmpty())
        return r;
    const qreal h = f.lineHeight(f.small);
    const qreal swatch = 18;
    qreal x = r.left();
    qreal y = r.top();
    for (const LegendEntry& e : legend) {
        const QString name = elided(f.small, e.name, std::max(40.0, r.width() - swatch - 6));
        const qreal w = swatch + 4 + textWidth(f.small, name) + 14;
        if (x > r.left() && x + w > r.right()) {
            x = r.left();
            y += h + 2;
        }
        const qreal mid = y + h / 2;
        switch (e.shape) {
        case LegendEntry::Box:
            f.canvas.rect(QRectF(x + 3, mid - 5, 12, 10), e.color, f.text, 0.5);
            break;
        case LegendEntry::Line:
            f.canvas.line(QLineF(x, mid, x + swatch, mid), e.color, 2, seriesDash(e.series));
            break;
        case LegendEntry::Dot:
            paintMarker(f.canvas, QPointF(x + swatch / 2, mid), 3.5, e.series, e.color, e.color.darker(130));
            break;
        case LegendEntry::MedianMark:
            f.canvas.line(QLineF(x, mid, x + swatch, mid), e.color, 3);
            break;
        case LegendEntry::P90Mark:
            f.canvas.line(QLineF(x, mid, x + swatch, mid), e.color, 1.5, Qt::DashLine);
            break;
        }
        f.canvas.text(QPointF(x + swatch + 4, y + textAscent(f.small)), name, f.small, f.text, Qt::AlignLeft);
        x += w;
    }
    r.setTop(y + h + 6);
    return r;
}

qreal paintYAxis(Frame& f, const QRectF& plot, double lo, double hi, const QList<double>& ticks, bool paint)
{
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
    qreal width = 0;
    for (const double t : ticks)
        width = std::max(width, textWidth(f.small, tickText(t, step)));
    if (!paint)
        return width;
    const qreal asc = textAscent(f.small);
    for (const double t : ticks) {
        const qreal y = plot.bottom() - plot.height() * (t - lo) / (hi - lo);
        f.canvas.line(QLineF(plot.left(), y, plot.right(), y), f.muted, 0.8);
        f.canvas.text(QPointF(plot.left() - 5, y + asc / 2 - 1), tickText(t, step), f.small, f.text, Qt::AlignRight);
    }
    f.canvas.line(QLineF(plot.left(), plot.top(), plot.left(), plot.bottom()), f.axis, 1);
    const QString title = axisTitle(f.spec.yTitle, f.spec.unit);
    if (!title.isEmpty()) {
        const qreal x = plot.left() - width - 8 - textDescent(f.font);
        f.canvas.text(QPointF(x, plot.center().y()), elided(f.font, title, plot.height()), f.font, f.text,
                      Qt::AlignHCenter, -90);
    }
    return width;
}

void paintCategoryAxis(Frame& f, const QRectF& plot, const QStringList& categories)
{
    f.canvas.line(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()), f.axis, 1);
    if (categories.isEmpty())
        return;
    const qreal band = plot.width() / categories.size();
    const qreal y = plot.bottom() + 4 + textAscent(f.small);
    // Too many categories for their labels (forty quarters): every k-th label
    // whole rather than every label cut to "2…".
    qreal widest = 0;
    for (const QString& category : categories)
        widest = std::max(widest, textWidth(f.small, category));
    const int every = widest + 8 <= band ? 1 : int(std::ceil((widest + 8) / band));
    for (int i = 0; i < categories.size(); i += every) {
        const qreal cx = plot.left() + band * (i + 0.5);
        const qreal room = every == 1 ? band - 4 : band * every - 8;
        f.canvas.text(QPointF(cx, y), elided(f.small, categories[i], room), f.small, f.text, Qt::AlignHCenter);
    }
    if (!f.spec.xTitle.isEmpty())
        f.canvas.text(QPointF(plot.center().x(), y + f.lineHeight(f.small) + textAscent(f.font)),
                      elided(f.font, f.spec.xTitle, plot.width()), f.font, f.text, Qt::AlignHCenter);
}

void paintMarker(Canvas& c, const QPointF& at, qreal r, int series, const QColor& fill, const QColor& stroke)
{
    c.marker(at, r, std::abs(series) % 4, fill, stroke);
}

// --- entry points ------------------------------------------------------------

ChartHits paintOn(Canvas& canvas, const QRectF& rect, const ChartSpec& spec, const PaintOptions& options)
{
    Frame f(canvas, spec, options, rect);
    canvas.rect(rect, f.background);
    switch (spec.kind) {
    case ChartKind::Strip:
        paintStrip(f);
        break;
    case ChartKind::Bars:
        paintBars(f);
        break;
    case ChartKind::Pareto:
        paintPareto(f);
        break;
    case ChartKind::Line:
        paintLine(f);
        break;
    case ChartKind::Matrix:
        paintMatrix(f);
        break;
    }
    if (options.highlighted >= 0 && options.highlighted < f.hits.regions.size()) {
        const QRectF b = f.hits.regions[options.highlighted].bounds.adjusted(-2, -2, 2, 2);
        const QColor focus = options.paper ? QColor(Qt::black) : options.palette.color(QPalette::Highlight);
        canvas.rect(b, {}, focus, 2);
    }
    return f.hits;
}

ChartHits paintChart(QPainter& painter, const QRectF& rect, const ChartSpec& spec, const PaintOptions& options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    PainterCanvas canvas(painter);
    ChartHits hits = paintOn(canvas, rect, spec, options);
    painter.restore();
    return hits;
}

QByteArray chartSvg(const ChartSpec& spec, const QSizeF& size, const PaintOptions& options)
{
    SvgCanvas canvas(size, spec.title);
    paintOn(canvas, QRectF(QPointF(0, 0), size), spec, options);
    return canvas.finish();
}

QImage chartImage(const ChartSpec& spec, const QSize& size, qreal dpr, const PaintOptions& options)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    paintChart(p, QRectF(QPointF(0, 0), QSizeF(size)), spec, options);
    p.end();
    return image;
}

} // namespace hindsight::charts
