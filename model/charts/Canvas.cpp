// SPDX-License-Identifier: MIT
#include "charts/Canvas.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace hindsight::charts {

void Canvas::marker(const QPointF& at, qreal r, int shape, const QColor& fill, const QColor& stroke)
{
    switch (shape) {
    case 0:
        circle(at, r, fill, stroke, 0.8);
        break;
    case 1:
        rect(QRectF(at.x() - r * 0.9, at.y() - r * 0.9, r * 1.8, r * 1.8), fill, stroke, 0.8);
        break;
    case 2:
        polygon(QPolygonF({QPointF(at.x(), at.y() - r * 1.15), QPointF(at.x() + r * 1.1, at.y() + r * 0.8),
                           QPointF(at.x() - r * 1.1, at.y() + r * 0.8)}),
                fill, stroke, 0.8);
        break;
    default:
        polygon(QPolygonF({QPointF(at.x(), at.y() - r * 1.2), QPointF(at.x() + r * 1.2, at.y()),
                           QPointF(at.x(), at.y() + r * 1.2), QPointF(at.x() - r * 1.2, at.y())}),
                fill, stroke, 0.8);
    }
}

// --- QPainter -------------------------------------------------------------

namespace {

// Images and widgets: the raster engine, where wide or non-cosmetic pens go
// through the (slow) stroker; printers and PDF keep the exact widths.
bool isRaster(const QPainter& p)
{
    const QPaintDevice* device = p.device();
    if (!device)
        return false;
    const int type = device->devType();
    return type == QInternal::Image || type == QInternal::Pixmap || type == QInternal::Widget;
}

} // namespace

PainterCanvas::PainterCanvas(QPainter& painter) : m_p(painter), m_raster(isRaster(painter)) {}

void PainterCanvas::setPen(const QColor& color, qreal width, Qt::PenStyle dash)
{
    if (!color.isValid()) {
        m_p.setPen(Qt::NoPen);
        return;
    }
    QPen pen(color, width, dash, Qt::FlatCap, Qt::RoundJoin);
    if (m_raster && width <= 1.0 && m_p.transform().isIdentity()) {
        pen.setWidthF(1.0);
        pen.setCosmetic(true); // the raster engine's fast path for thin lines
    }
    m_p.setPen(pen);
}

void PainterCanvas::line(const QLineF& l, const QColor& color, qreal width, Qt::PenStyle dash)
{
    setPen(color, width, dash);
    m_p.drawLine(l);
}

void PainterCanvas::polyline(const QPointF* points, int n, const QColor& color, qreal width, Qt::PenStyle dash)
{
    m_p.setBrush(Qt::NoBrush);
    const qreal span = n > 1 ? std::abs(points[n - 1].x() - points[0].x()) : 0;
    if (m_raster && n > 64 && n > span) {
        // A dense line (a downsampled series: up to 4 points per pixel
        // column) on screen or in an image: one pixel wide, and without
        // antialiasing when it is denser than two points per pixel, where it
        // is an envelope anyway. A 1.6 px antialiased stroke of 20 such
        // series costs about a second; this costs a few milliseconds.
        QPen pen(color, 1.0, dash);
        pen.setCosmetic(true);
        m_p.setPen(pen);
        const bool aa = m_p.testRenderHint(QPainter::Antialiasing);
        if (n > 2 * span)
            m_p.setRenderHint(QPainter::Antialiasing, false);
        m_p.drawPolyline(points, n);
        m_p.setRenderHint(QPainter::Antialiasing, aa);
        return;
    }
    setPen(color, width, dash);
    m_p.drawPolyline(points, n);
}

void PainterCanvas::rect(const QRectF& r, const QColor& fill, const QColor& stroke, qreal width)
{
    setPen(stroke, width, Qt::SolidLine);
    m_p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    m_p.drawRect(r);
}

void PainterCanvas::polygon(const QPolygonF& p, const QColor& fill, const QColor& stroke, qreal width)
{
    setPen(stroke, width, Qt::SolidLine);
    m_p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    m_p.drawPolygon(p);
}

void PainterCanvas::circle(const QPointF& c, qreal r, const QColor& fill, const QColor& stroke, qreal width)
{
    setPen(stroke, width, Qt::SolidLine);
    m_p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    m_p.drawEllipse(c, r, r);
}

void PainterCanvas::marker(const QPointF& at, qreal r, int shape, const QColor& fill, const QColor& stroke)
{
    // Only where a pixel is a pixel: a scaled or rotated painter (and a
    // printer, a PDF or an SVG) gets the shapes themselves.
    if (!m_raster || m_p.transform().type() > QTransform::TxTranslate) {
        Canvas::marker(at, r, shape, fill, stroke);
        return;
    }
    const QRgb fillRgb = fill.isValid() ? fill.rgba() : 0;
    const QRgb strokeRgb = stroke.isValid() ? stroke.rgba() : 0;
    const Stamp* stamp = nullptr;
    for (const Stamp& s : std::as_const(m_stamps)) {
        if (s.r == r && s.shape == shape && s.fill == fillRgb && s.stroke == strokeRgb) {
            stamp = &s;
            break;
        }
    }
    if (!stamp) {
        // Room for the shape (at most 1.2 r from its centre) and its pen;
        // an odd number of pixels, so that the centre is a pixel's centre.
        const qreal dpr = m_p.device()->devicePixelRatioF();
        const int side = 2 * int(std::ceil((r * 1.2 + 1.5) * dpr)) + 1;
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(dpr);
        {
            QPainter p(&image);
            p.setRenderHints(m_p.renderHints());
            PainterCanvas canvas(p);
            const qreal centre = side / (2 * dpr);
            canvas.Canvas::marker(QPointF(centre, centre), r, shape, fill, stroke);
        }
        m_stamps.append({r, shape, fillRgb, strokeRgb, image});
        stamp = &m_stamps.constLast();
    }
    const qreal half = stamp->image.width() / (2 * stamp->image.devicePixelRatio());
    m_p.drawImage(QPointF(at.x() - half, at.y() - half), stamp->image);
}

void PainterCanvas::text(const QPointF& baseline, const QString& text, const QFont& font, const QColor& color,
                         Qt::Alignment align, qreal angle)
{
    if (text.isEmpty())
        return;
    m_p.save();
    m_p.setFont(font);
    m_p.setPen(color);
    m_p.translate(baseline);
    if (angle != 0)
        m_p.rotate(angle);
    const qreal w = textWidth(font, text);
    qreal x = 0;
    if (align & Qt::AlignHCenter)
        x = -w / 2;
    else if (align & Qt::AlignRight)
        x = -w;
    m_p.drawText(QPointF(x, 0), text);
    m_p.restore();
}

void PainterCanvas::pushClip(const QRectF& r)
{
    m_p.save();
    m_p.setClipRect(r, Qt::IntersectClip);
}

void PainterCanvas::popClip()
{
    m_p.restore();
}

// --- SVG ------------------------------------------------------------------

SvgCanvas::SvgCanvas(const QSizeF& size, const QString& title)
{
    m_out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                           "viewBox=\"0 0 %1 %2\">\n")
                .arg(num(size.width()), num(size.height()));
    if (!title.isEmpty())
        m_out += QStringLiteral("<title>%1</title>\n").arg(escape(title));
}

QString SvgCanvas::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&apos;"); break;
        default:
            // XML 1.0 allows tab, LF, CR and from U+0020 on, except U+FFFE/U+FFFF.
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF)
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString SvgCanvas::num(qreal v)
{
    if (!std::isfinite(v))
        v = 0;
    QString s = QString::number(v, 'f', 2);
    // 12.50 -> 12.5, 3.00 -> 3
    if (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString SvgCanvas::paint(const QColor& fill, const QColor& stroke, qreal width, Qt::PenStyle dash) const
{
    QString s;
    if (fill.isValid()) {
        s += QStringLiteral(" fill=\"%1\"").arg(fill.name(QColor::HexRgb));
        if (fill.alpha() < 255)
            s += QStringLiteral(" fill-opacity=\"%1\"").arg(num(fill.alphaF()));
    } else {
        s += QStringLiteral(" fill=\"none\"");
    }
    if (stroke.isValid()) {
        s += QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\"").arg(stroke.name(QColor::HexRgb), num(width));
        if (stroke.alpha() < 255)
            s += QStringLiteral(" stroke-opacity=\"%1\"").arg(num(stroke.alphaF()));
        if (dash == Qt::DashLine)
            s += QStringLiteral(" stroke-dasharray=\"%1 %2\"").arg(num(4 * width), num(2 * width));
        else if (dash == Qt::DotLine)
            s += QStringLiteral(" stroke-dasharray=\"%1 %2\"").arg(num(width), num(2 * width));
        else if (dash == Qt::DashDotLine)
            s += QStringLiteral(" stroke-dasharray=\"%1 %2 %3 %2\"").arg(num(4 * width), num(2 * width), num(width));
        s += QStringLiteral(" stroke-linejoin=\"round\"");
    }
    return s;
}

void SvgCanvas::line(const QLineF& l, const QColor& color, qreal width, Qt::PenStyle dash)
{
    m_out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\"%5/>\n")
                 .arg(num(l.x1()), num(l.y1()), num(l.x2()), num(l.y2()), paint({}, color, width, dash));
}

void SvgCanvas::polyline(const QPointF* points, int n, const QColor& color, qreal width, Qt::PenStyle dash)
{
    QString pts;
    pts.reserve(n * 14);
    for (int i = 0; i < n; ++i) {
        if (i)
            pts += QLatin1Char(' ');
        pts += num(points[i].x()) + QLatin1Char(',') + num(points[i].y());
    }
    m_out += QStringLiteral("<polyline points=\"%1\"%2/>\n").arg(pts, paint({}, color, width, dash));
}

void SvgCanvas::rect(const QRectF& r, const QColor& fill, const QColor& stroke, qreal width)
{
    m_out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"%5/>\n")
                 .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()),
                      paint(fill, stroke, width, Qt::SolidLine));
}

void SvgCanvas::polygon(const QPolygonF& p, const QColor& fill, const QColor& stroke, qreal width)
{
    QString pts;
    for (int i = 0; i < p.size(); ++i) {
        if (i)
            pts += QLatin1Char(' ');
        pts += num(p[i].x()) + QLatin1Char(',') + num(p[i].y());
    }
    m_out += QStringLiteral("<polygon points=\"%1\"%2/>\n").arg(pts, paint(fill, stroke, width, Qt::SolidLine));
}

void SvgCanvas::circle(const QPointF& c, qreal r, const QColor& fill, const QColor& stroke, qreal width)
{
    m_out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\"%4/>\n")
                 .arg(num(c.x()), num(c.y()), num(r), paint(fill, stroke, width, Qt::SolidLine));
}

void SvgCanvas::text(const QPointF& baseline, const QString& text, const QFont& font, const QColor& color,
                     Qt::Alignment align, qreal angle)
{
    if (text.isEmpty())
        return;
    const QString anchor = (align & Qt::AlignHCenter) ? QStringLiteral("middle")
                           : (align & Qt::AlignRight)  ? QStringLiteral("end")
                                                       : QStringLiteral("start");
    QString attrs = QStringLiteral(" x=\"%1\" y=\"%2\" font-family=\"%3\" font-size=\"%4\" text-anchor=\"%5\" "
                                   "fill=\"%6\"")
                        .arg(num(baseline.x()), num(baseline.y()), escape(font.family()),
                             num(font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0), anchor,
                             color.name(QColor::HexRgb));
    if (font.bold())
        attrs += QStringLiteral(" font-weight=\"bold\"");
    if (angle != 0)
        attrs += QStringLiteral(" transform=\"rotate(%1 %2 %3)\"").arg(num(angle), num(baseline.x()), num(baseline.y()));
    m_out += QStringLiteral("<text%1 xml:space=\"preserve\">%2</text>\n").arg(attrs, escape(text));
}

void SvgCanvas::pushClip(const QRectF& r)
{
    const int id = ++m_clips;
    m_out += QStringLiteral("<clipPath id=\"c%1\"><rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"/></clipPath>\n"
                            "<g clip-path=\"url(#c%1)\">\n")
                 .arg(QString::number(id), num(r.x()), num(r.y()), num(r.width()), num(r.height()));
    ++m_openClips;
}

void SvgCanvas::popClip()
{
    if (m_openClips > 0) {
        m_out += QStringLiteral("</g>\n");
        --m_openClips;
    }
}

QByteArray SvgCanvas::finish()
{
    while (m_openClips > 0)
        popClip();
    m_out += QStringLiteral("</svg>\n");
    return m_out.toUtf8();
}

// --- text measurement -------------------------------------------------------

qreal textWidth(const QFont& font, const QString& text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

qreal textAscent(const QFont& font)
{
    return QFontMetricsF(font).ascent();
}

qreal textDescent(const QFont& font)
{
    return QFontMetricsF(font).descent();
}

QString elided(const QFont& font, const QString& text, qreal width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

} // namespace hindsight::charts
