// SPDX-License-Identifier: MIT
#pragma once

#include <QFontMetrics>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QModelIndex;
class QTableView;

namespace hindsight {

// Columns that serve the content, for a table with one main text column:
// the text column stretches and wraps, rows grow to show up to kMaxLines
// lines of it or of a short cell of another column (one whose whole text fits
// in kMaxLines lines; the full text of any cut cell is its tooltip), optional columns that are
// empty in every row shrink to their header, the others give up width (down
// to their header's text, the sort arrow's room only for the sorted one) so the text keeps kTextShare of it, and the widths are
// remembered in Settings as the window state stateKey. Attach it after the
// view has its model and default column widths; it is the view's child.
class TextColumnLayout : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 3;
    static constexpr double kTextShare = 0.4; // of the width, at least, for the text column
    static constexpr int kMaxWordWidth = 110;  // a longer word (a link) may be cut

    TextColumnLayout(QTableView* view, int textColumn, const QString& stateKey, QList<int> optionalColumns = {},
                     bool rowsGrow = true);

    // Extra height a row needs beyond its text (e.g. a gap band above it).
    void setExtraRowHeight(std::function<int(int row)> extra);
    // Recomputes row heights and empty columns now (normally done after
    // every change of the model or the text column's width).
    void update();
    // The height a row wants: its text, up to kMaxLines lines, and its extra.
    int rowHeight(int row) const;
    void saveState() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    void restoreState();
    void updateEmptyColumns();
    void fitOtherColumns();
    void updateRowHeights();
    // The narrowest a column gets and still shows its header's text (and the
    // sort arrow when it is the sorted column).
    int headerWidth(int column) const;
    // The font the header draws its sections in (bold while highlighted).
    QFontMetrics headerFontMetrics() const;
    // The width a cell's text has in `column`, and the lines the text of
    // `index` needs at that width.
    int textWidth(int column) const;
    int linesNeeded(const QModelIndex& index) const;

    QTableView* m_view;
    int m_textColumn;
    QString m_stateKey;
    QList<int> m_optional;
    QHash<int, int> m_wideWidth; // an optional column's width while it has content
    QSet<int> m_shrunk;          // optional columns shrunk to their header while empty
    bool m_rowsGrow;
    bool m_pending = false;
    bool m_busy = false; // resizing ourselves: not the user's choice to remember
    std::function<int(int)> m_extra;
};

} // namespace hindsight
