// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

// The drawing surface the chart layout paints on: one implementation over
// QPainter (screen, image, printer/PDF), one writing SVG text. Internal to
// model/charts. Coordinates are logical pixels; fonts have pixel sizes.
namespace hindsight::charts {

class Canvas
{
public:
    virtual ~Canvas() = default;
    virtual void line(const QLineF& l, const QColor& color, qreal width, Qt::PenStyle dash = Qt::SolidLine) = 0;
    // An open polyline (n >= 2).
    virtual void polyline(const QPointF* points, int n, const QColor& color, qreal width, Qt::PenStyle dash) = 0;
    // Filled and/or stroked; an invalid colour means none.
    virtual void rect(const QRectF& r, const QColor& fill, const QColor& stroke = {}, qreal width = 1) = 0;
    virtual void polygon(const QPolygonF& p, const QColor& fill, const QColor& stroke = {}, qreal width = 1) = 0;
    virtual void circle(const QPointF& c, qreal r, const QColor& fill, const QColor& stroke = {},
                        qreal width = 1) = 0;
    // One line of text with its baseline at baseline.y(), starting (AlignLeft),
    // centred on (AlignHCenter) or ending (AlignRight) at baseline.x();
    // angle in degrees, clockwise, about baseline.
    virtual void text(const QPointF& baseline, const QString& text, const QFont& font, const QColor& color,
                      Qt::Alignment align, qreal angle = 0) = 0;
    virtual void pushClip(const QRectF& r) = 0;
    virtual void popClip() = 0;
    // A point's marker, centred on `at`: shape 0 a circle, 1 a square, 2 a
    // triangle, 3 a diamond (a series' shape, so that series differ without
    // colour), drawn with circle(), rect() and polygon().
    virtual void marker(const QPointF& at, qreal r, int shape, const QColor& fill, const QColor& stroke);
};

class PainterCanvas : public Canvas
{
public:
    explicit PainterCanvas(QPainter& painter);
    void line(const QLineF& l, const QColor& color, qreal width, Qt::PenStyle dash) override;
    void polyline(const QPointF* points, int n, const QColor& color, qreal width, Qt::PenStyle dash) override;
    void rect(const QRectF& r, const QColor& fill, const QColor& stroke, qreal width) override;
    void polygon(const QPolygonF& p, const QColor& fill, const QColor& stroke, qreal width) override;
    void circle(const QPointF& c, qreal r, const QColor& fill, const QColor& stroke, qreal width) override;
    void text(const QPointF& baseline, const QString& text, const QFont& font, const QColor& color,
              Qt::Alignment align, qreal angle) override;
    void pushClip(const QRectF& r) override;
    void popClip() override;
    // On screen and in images: each marker stamped from an image drawn once
    // per paint (a strip of 10,000 antialiased circles took 43 ms to fill).
    void marker(const QPointF& at, qreal r, int shape, const QColor& fill, const QColor& stroke) override;

private:
    void setPen(const QColor& color, qreal width, Qt::PenStyle dash);
    QPainter& m_p;
    bool m_raster;
    struct Stamp
    {
        qreal r = 0;
        int shape = 0;
        QRgb fill = 0;
        QRgb stroke = 0;
        QImage image;
    };
    QList<Stamp> m_stamps;
};

class SvgCanvas : public Canvas
{
public:
    SvgCanvas(const QSizeF& size, const QString& title);
    void line(const QLineF& l, const QColor& color, qreal width, Qt::PenStyle dash) override;
    void polyline(const QPointF* points, int n, const QColor& color, qreal width, Qt::PenStyle dash) override;
    void rect(const QRectF& r, const QColor& fill, const QColor& stroke, qreal width) override;
    void polygon(const QPolygonF& p, const QColor& fill, const QColor& stroke, qreal width) override;
    void circle(const QPointF& c, qreal r, const QColor& fill, const QColor& stroke, qreal width) override;
    void text(const QPointF& baseline, const QString& text, const QFont& font, const QColor& color,
              Qt::Alignment align, qreal angle) override;
    void pushClip(const QRectF& r) override;
    void popClip() override;
    QByteArray finish();

    // XML text and attribute escaping (also of characters XML 1.0 forbids).
    static QString escape(const QString& text);

private:
    static QString num(qreal v);
    QString paint(const QColor& fill, const QColor& stroke, qreal width, Qt::PenStyle dash) const;
    QString m_out;
    int m_clips = 0;
    int m_openClips = 0;
};

// Text measurement shared by both canvases.
qreal textWidth(const QFont& font, const QString& text);
qreal textAscent(const QFont& font);
qreal textDescent(const QFont& font);
QString elided(const QFont& font, const QString& text, qreal width);

} // namespace hindsight::charts
