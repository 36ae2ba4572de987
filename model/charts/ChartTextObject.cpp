// SPDX-License-Identifier: MIT
#include "charts/ChartTextObject.h"

#include "charts/ChartPaint.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>

namespace hindsight::charts {

namespace {

constexpr int kSpecProperty = QTextFormat::UserProperty + 151;
constexpr int kSizeProperty = QTextFormat::UserProperty + 152;

// Paints the chart stored in the character format with QPainter: on a
// printer (PDF) that is vector paths and text, never an image.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const QSizeF pt = format.property(kSizeProperty).toSizeF();
        const QPaintDevice* device = doc->documentLayout()->paintDevice();
        const qreal dpi = device ? device->logicalDpiY() : 96.0;
        return pt * dpi / 72.0;
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const ChartSpec spec = format.property(kSpecProperty).value<ChartSpec>();
        // Laid out at 96 dpi (the size in points as screen pixels), scaled to
        // the rect: the same picture on screen and on paper.
        const QSizeF logical = format.property(kSizeProperty).toSizeF() * 96.0 / 72.0;
        if (logical.isEmpty())
            return;
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / logical.width(), rect.height() / logical.height());
        PaintOptions options; // paper
        paintChart(*painter, QRectF(QPointF(0, 0), logical), spec, options);
        painter->restore();
    }
};

} // namespace

int chartObjectType()
{
    return QTextFormat::UserObject + 15;
}

void registerChartObjects(QTextDocument* doc)
{
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    if (layout->handlerForObject(chartObjectType()))
        return;
    layout->registerHandler(chartObjectType(), new ChartObject(doc));
}

void insertChart(QTextCursor& cursor, const ChartSpec& spec, const QSizeF& sizePt, bool registerNow)
{
    QTextDocument* doc = cursor.document();
    if (!doc)
        return;
    if (registerNow)
        registerChartObjects(doc);
    QTextCharFormat format;
    format.setObjectType(chartObjectType());
    format.setProperty(kSpecProperty, QVariant::fromValue(spec));
    format.setProperty(kSizeProperty, sizePt);
    format.setToolTip(spec.title);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

} // namespace hindsight::charts

#include "ChartTextObject.moc"
