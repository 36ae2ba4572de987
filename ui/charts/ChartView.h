// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ChartPaint.h"
#include "charts/ChartSpec.h"
#include "charts/ChartTable.h"

#include <QList>
#include <QUuid>
#include <QWidget>

class QAbstractItemModel;
class QStandardItemModel;
class QTableView;

namespace hindsight {

// Paints a ChartSpec (model/charts). Hover shows a tooltip (time and value on
// a Line chart; label, value and N otherwise); a click on a point, bar, cell
// or marker emits activated with the COEs behind it. Line: drag to zoom the x
// window, double-click to reset (windowChanged). Keyboard: focusable, arrow
// keys move a highlighted datum, Enter/Space activates it. Context menu: Copy
// as Table, Save as PNG..., Save as SVG...
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    void setSpec(const charts::ChartSpec& spec);
    const charts::ChartSpec& spec() const { return m_spec; }

    // Line: the visible window (ms since the epoch, UTC). setWindow does not
    // emit windowChanged; resetWindow does (when it changes).
    void setWindow(qint64 fromMs, qint64 toMs);
    void resetWindow();
    std::pair<qint64, qint64> window() const;

    // The layout of the last paint (laid out now if not painted yet).
    const charts::ChartHits& hits() const;
    // Index into hits().regions of the keyboard highlight, -1 if none.
    int highlighted() const { return m_highlighted; }
    void setHighlighted(int region);

    // The file names suggested by Save as PNG/SVG (without extension).
    void setFileBaseName(const QString& name) { m_fileBaseName = name; }

    // Actions of the context menu (also for tests).
    void copyAsTable() const;
    bool saveAsPng(const QString& fileName) const;
    bool saveAsSvg(const QString& fileName) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated(const QList<QUuid>& uuids);
    void windowChanged(qint64 fromMs, qint64 toMs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void moveHighlight(int dx, int dy);
    void ensureHits() const;

    charts::ChartSpec m_spec;
    qint64 m_originalFrom = 0;
    qint64 m_originalTo = 0;
    mutable charts::ChartHits m_hits;
    int m_highlighted = -1;
    int m_pressRegion = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    qreal m_dragFrom = 0;
    qreal m_dragTo = 0;
    QString m_fileBaseName;
};


// A read-only table view of a chart: Ctrl+C copies the selected cells (or the
// whole table) as TSV; Enter or a double-click on a row emits activated.
class ChartTableView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartTableView(QWidget* parent = nullptr);
    void setSpec(const charts::ChartSpec& spec);
    QTableView* table() const { return m_table; }
    QString selectionAsTsv() const;

signals:
    void activated(const QList<QUuid>& uuids);

private:
    QTableView* m_table;
    QStandardItemModel* m_model;
    charts::ChartTable m_data; // what the model shows
};

} // namespace hindsight
