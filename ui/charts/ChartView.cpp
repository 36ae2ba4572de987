// SPDX-License-Identifier: MIT
#include "charts/ChartView.h"

#include "charts/ChartTable.h"
#include "itemmodels/ToolTip.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QToolTip>

#include <algorithm>

namespace hindsight {

using namespace charts;

ChartView::ChartView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Chart"));
}

void ChartView::setSpec(const ChartSpec& spec)
{
    m_spec = spec;
    const auto [from, to] = lineWindow(m_spec.line);
    m_originalFrom = from;
    m_originalTo = to;
    m_highlighted = -1;
    m_hits = {};
    setAccessibleName(spec.title.isEmpty() ? tr("Chart") : spec.title);
    update();
}

void ChartView::setWindow(qint64 fromMs, qint64 toMs)
{
    if (fromMs >= toMs)
        return;
    m_spec.line.windowFromMs = fromMs;
    m_spec.line.windowToMs = toMs;
    m_hits = {};
    m_highlighted = -1;
    update();
}

void ChartView::resetWindow()
{
    const auto before = window();
    setWindow(m_originalFrom, m_originalTo);
    if (window() != before)
        emit windowChanged(m_originalFrom, m_originalTo);
}

std::pair<qint64, qint64> ChartView::window() const
{
    return lineWindow(m_spec.line);
}

void ChartView::setHighlighted(int region)
{
    ensureHits();
    m_highlighted = region >= 0 && region < m_hits.regions.size() ? region : -1;
    if (m_highlighted >= 0)
        setAccessibleDescription(m_hits.regions[m_highlighted].text());
    update();
}

QSize ChartView::sizeHint() const
{
    return {640, 320};
}

QSize ChartView::minimumSizeHint() const
{
    return {240, 160};
}

const ChartHits& ChartView::hits() const
{
    ensureHits();
    return m_hits;
}

void ChartView::ensureHits() const
{
    if (!m_hits.regions.isEmpty() || m_hits.plot.isValid() || width() <= 0 || height() <= 0)
        return;
    // Not painted yet (hidden, or a test): lay out on an image of our size.
    QImage image(size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    PaintOptions options = screenOptions(palette(), font());
    m_hits = paintChart(p, QRectF(rect()), m_spec, options);
}

void ChartView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    PaintOptions options = screenOptions(palette(), font());
    options.highlighted = hasFocus() ? m_highlighted : -1;
    m_hits = paintChart(p, QRectF(rect()), m_spec, options);
    if (m_dragging) {
        const qreal x1 = std::clamp(std::min(m_dragFrom, m_dragTo), m_hits.plot.left(), m_hits.plot.right());
        const qreal x2 = std::clamp(std::max(m_dragFrom, m_dragTo), m_hits.plot.left(), m_hits.plot.right());
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.25f);
        p.fillRect(QRectF(x1, m_hits.plot.top(), x2 - x1, m_hits.plot.height()), fill);
    }
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_hits = {};
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    ensureHits();
    m_pressPos = event->position().toPoint();
    m_pressRegion = m_hits.regionAt(event->position());
    m_dragFrom = m_dragTo = event->position().x();
    m_dragging = false;
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    if ((event->buttons() & Qt::LeftButton) && m_spec.kind == ChartKind::Line) {
        if (!m_dragging && std::abs(event->position().x() - m_pressPos.x()) > 4 &&
            m_hits.plot.adjusted(-4, -4, 4, 4).contains(QPointF(m_pressPos)))
            m_dragging = true;
        if (m_dragging) {
            m_dragTo = event->position().x();
            update();
        }
    }
    QWidget::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        const qint64 from = m_hits.msAt(std::min(m_dragFrom, m_dragTo));
        const qint64 to = m_hits.msAt(std::max(m_dragFrom, m_dragTo));
        if (to > from) {
            setWindow(from, to);
            emit windowChanged(from, to);
        }
        update();
        return;
    }
    ensureHits();
    const int region = m_hits.regionAt(event->position());
    if (region >= 0 && region == m_pressRegion) {
        m_highlighted = region;
        update();
        const QList<QUuid> uuids = m_hits.regions[region].uuids;
        if (!uuids.isEmpty())
            emit activated(uuids);
    }
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_spec.kind == ChartKind::Line && event->button() == Qt::LeftButton) {
        resetWindow();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void ChartView::moveHighlight(int dx, int dy)
{
    ensureHits();
    const QList<HitRegion>& regions = m_hits.regions;
    if (regions.isEmpty())
        return;
    // Reading order: left to right, then top to bottom.
    QList<int> order(regions.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QPointF ca = regions[a].bounds.center();
        const QPointF cb = regions[b].bounds.center();
        return ca.x() != cb.x() ? ca.x() < cb.x() : ca.y() < cb.y();
    });
    int next = -1;
    if (m_highlighted < 0) {
        next = order.first();
    } else if (dx != 0) {
        const auto at = order.indexOf(m_highlighted) + dx;
        if (at >= 0 && at < order.size())
            next = order[at];
    } else {
        // Up/down: the nearest region above/below whose centre lies within this one's width.
        const QRectF here = regions[m_highlighted].bounds;
        qreal bestDistance = 0;
        for (int i = 0; i < regions.size(); ++i) {
            const QPointF c = regions[i].bounds.center();
            const qreal d = (c.y() - here.center().y()) * dy;
            if (i == m_highlighted || d <= 0 || std::abs(c.x() - here.center().x()) > std::max(here.width(), 8.0))
                continue;
            if (next < 0 || d < bestDistance) {
                next = i;
                bestDistance = d;
            }
        }
    }
    if (next < 0)
        return;
    setHighlighted(next);
    const HitRegion& r = regions[next];
    QToolTip::showText(mapToGlobal(r.bounds.center().toPoint()), plainToolTip(r.text()), this);
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyAsTable();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveHighlight(-1, 0);
        return;
    case Qt::Key_Right:
        moveHighlight(1, 0);
        return;
    case Qt::Key_Up:
        moveHighlight(0, -1);
        return;
    case Qt::Key_Down:
        moveHighlight(0, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_highlighted >= 0 && m_highlighted < m_hits.regions.size() &&
            !m_hits.regions[m_highlighted].uuids.isEmpty()) {
            emit activated(m_hits.regions[m_highlighted].uuids);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_highlighted >= 0) {
            setHighlighted(-1);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy as Table"), this, &ChartView::copyAsTable);
    menu.addAction(tr("Save as &PNG…"), this, [this] {
        const QString name = FileDialog::getSaveFileName(this, tr("Save Chart as PNG"), tr("PNG images (*.png)"),
                                                         m_fileBaseName.isEmpty() ? QStringLiteral("chart.png")
                                                                                  : m_fileBaseName + QStringLiteral(".png"));
        if (!name.isEmpty() && !saveAsPng(name))
            MessageBox::showDetails(this, tr("Save as PNG"), tr("Cannot write %1.").arg(name));
    });
    menu.addAction(tr("Save as &SVG…"), this, [this] {
        const QString name = FileDialog::getSaveFileName(this, tr("Save Chart as SVG"), tr("SVG images (*.svg)"),
                                                         m_fileBaseName.isEmpty() ? QStringLiteral("chart.svg")
                                                                                  : m_fileBaseName + QStringLiteral(".svg"));
        if (!name.isEmpty() && !saveAsSvg(name))
            MessageBox::showDetails(this, tr("Save as SVG"), tr("Cannot write %1.").arg(name));
    });
    if (m_spec.kind == ChartKind::Line) {
        menu.addSeparator();
        QAction* reset = menu.addAction(tr("&Reset Zoom"), this, &ChartView::resetWindow);
        reset->setEnabled(window() != std::pair(m_originalFrom, m_originalTo));
    }
    menu.exec(event->globalPos());
}

bool ChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        ensureHits();
        QString text;
        const int region = m_hits.regionAt(help->pos());
        if (region >= 0)
            text = m_hits.regions[region].text();
        else if (m_spec.kind == ChartKind::Line)
            text = lineToolTipAt(m_spec, m_hits, help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), plainToolTip(text), this); // titles are user text
        }
        return true;
    }
    return QWidget::event(event);
}

void ChartView::leaveEvent(QEvent* event)
{
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

void ChartView::copyAsTable() const
{
    QApplication::clipboard()->setText(chartTable(m_spec).toTsv());
}

bool ChartView::saveAsPng(const QString& fileName) const
{
    const QImage image = chartImage(m_spec, size().expandedTo(QSize(320, 200)), 2.0);
    return image.save(fileName, "PNG");
}

bool ChartView::saveAsSvg(const QString& fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(chartSvg(m_spec, QSizeF(size().expandedTo(QSize(320, 200)))));
    return file.commit();
}

} // namespace hindsight
