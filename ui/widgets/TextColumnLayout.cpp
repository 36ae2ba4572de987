// SPDX-License-Identifier: MIT
#include "widgets/TextColumnLayout.h"

#include "itemmodels/ToolTip.h"
#include "settings/Settings.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolTip>

namespace hindsight {

TextColumnLayout::TextColumnLayout(QTableView* view, int textColumn, const QString& stateKey,
                                   QList<int> optionalColumns, bool rowsGrow)
    : QObject(view), m_view(view), m_textColumn(textColumn), m_stateKey(stateKey),
      m_optional(std::move(optionalColumns)), m_rowsGrow(rowsGrow)
{
    setObjectName(QStringLiteral("textColumnLayout"));
    QHeaderView* header = view->horizontalHeader();
    for (int c : std::as_const(m_optional))
        m_wideWidth.insert(c, header->sectionSize(c));
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(rowsGrow);
    view->setTextElideMode(Qt::ElideRight);
    if (rowsGrow)
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    restoreState();

    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (!m_busy)
            saveState();
        // the text column's width, or a column the user made narrower, changes how its cells wrap
        if (section == m_textColumn || !m_busy)
            schedule();
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveState(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        // the sorted section shows its arrow: it gets its header's full width
        QHeaderView* h = m_view->horizontalHeader();
        if (section >= 0 && section != m_textColumn && h->sectionSize(section) < h->sectionSizeHint(section)) {
            m_busy = true;
            h->resizeSection(section, h->sectionSizeHint(section));
            m_busy = false;
        }
        schedule();
    });
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::dataChanged, this, &TextColumnLayout::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TextColumnLayout::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TextColumnLayout::schedule);
        connect(model, &QAbstractItemModel::modelReset, this, &TextColumnLayout::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TextColumnLayout::schedule);
    }
    view->viewport()->installEventFilter(this);
    update();
}

void TextColumnLayout::setExtraRowHeight(std::function<int(int)> extra)
{
    m_extra = std::move(extra);
    schedule();
}

void TextColumnLayout::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            update();
    });
}

void TextColumnLayout::update()
{
    m_pending = false;
    updateEmptyColumns();
    fitOtherColumns();
    // The text column takes what the others leave: stretch it last, after the
    // others have their (remembered or shrunk) widths.
    m_busy = true;
    m_view->horizontalHeader()->setSectionResizeMode(m_textColumn, QHeaderView::Stretch);
    m_busy = false;
    updateRowHeights();
}

void TextColumnLayout::updateEmptyColumns()
{
    const QAbstractItemModel* model = m_view->model();
    QHeaderView* header = m_view->horizontalHeader();
    if (!model)
        return;
    for (int c : std::as_const(m_optional)) {
        bool empty = true;
        for (int r = 0; r < model->rowCount() && empty; ++r)
            empty = model->index(r, c).data().toString().isEmpty();
        const int narrow = headerWidth(c);
        const int width = header->sectionSize(c);
        m_busy = true;
        if (empty && width > narrow) {
            // a column shrunk before keeps the width it had with content
            // (its header can get narrower once it is polished or unsorted)
            if (!m_shrunk.contains(c))
                m_wideWidth[c] = width;
            m_shrunk.insert(c);
            header->resizeSection(c, narrow);
        } else if (!empty && (width <= narrow || m_shrunk.contains(c))) {
            m_shrunk.remove(c);
            header->resizeSection(c, std::max(m_wideWidth.value(c), narrow));
        }
        m_busy = false;
    }
}

void TextColumnLayout::fitOtherColumns()
{
    // The text column keeps at least kTextShare of the width: the other
    // columns give up width in proportion, down to their header's width.
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (available <= 0 || !m_view->isVisible())
        return;
    // A column never gets narrower than its header or its longest word
    // (up to kMaxWordWidth): a date wraps at its space, it is not cut.
    const QAbstractItemModel* model = m_view->model();
    const QFontMetrics fm = m_view->fontMetrics();
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 4;
    QHash<int, int> floors;
    int others = 0;
    int floor = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c == m_textColumn || header->isSectionHidden(c))
            continue;
        int word = 0;
        for (int r = 0; model && r < std::min(model->rowCount(), 200); ++r)
            for (const QString& w : model->index(r, c).data().toString().split(QLatin1Char(' ')))
                word = std::max(word, fm.horizontalAdvance(w));
        const int least = std::min(header->sectionSize(c),
                                   std::max(headerWidth(c), std::min(word + margin, kMaxWordWidth)));
        floors.insert(c, least);
        others += header->sectionSize(c);
        floor += least;
    }
    const int room = int(available * (1.0 - kTextShare));
    if (others <= room || others <= floor)
        return;
    const double scale = double(std::max(room, floor) - floor) / double(others - floor);
    m_busy = true;
    for (int c = 0; c < header->count(); ++c) {
        if (c == m_textColumn || header->isSectionHidden(c))
            continue;
        const int least = floors.value(c);
        header->resizeSection(c, least + int((header->sectionSize(c) - least) * scale));
    }
    m_busy = false;
}

int TextColumnLayout::headerWidth(int column) const
{
    // A sortable header's size hint keeps room for the sort arrow in every
    // section, but only the sorted one shows it: in Spanish that room, about
    // 20 px a column, took the title column's width.
    const QHeaderView* header = m_view->horizontalHeader();
    const int hint = header->sectionSizeHint(column);
    if (!header->isSortIndicatorShown() || header->sortIndicatorSection() == column || !m_view->model())
        return hint;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString text = m_view->model()->headerData(column, Qt::Horizontal).toString();
    return std::min(hint, headerFontMetrics().horizontalAdvance(text) + 2 * margin);
}

QFontMetrics TextColumnLayout::headerFontMetrics() const
{
    // A header highlights the sections of the selected cells in bold (a whole
    // row selected: every section): measured in the normal weight, "Fecha
    // límite" lost its edges as soon as a row was selected.
    const QHeaderView* header = m_view->horizontalHeader();
    QFont font = header->font();
    if (header->highlightSections())
        font.setBold(true);
    return QFontMetrics(font);
}

int TextColumnLayout::rowHeight(int row) const
{
    const QFontMetrics fm = m_view->fontMetrics();
    const int minimum = m_view->verticalHeader()->defaultSectionSize();
    const int extra = m_extra ? m_extra(row) : 0;
    const QAbstractItemModel* model = m_view->model();
    if (!model || !m_rowsGrow)
        return minimum + extra;
    // The text column shows up to kMaxLines lines. Another cell counts when
    // it is short, i.e. its whole text fits in kMaxLines lines: a short cell
    // whose text wraps ("Priya Natarajan", "2024-03-21 (overdue)") in a row
    // the title keeps to one line lost its second line. A longer one (a
    // COE's title beside an action item) ends in "..." with the whole text
    // on hover, rather than making every row three lines tall.
    int lines = std::min(linesNeeded(model->index(row, m_textColumn)), kMaxLines);
    for (int c = 0; c < model->columnCount() && lines < kMaxLines; ++c) {
        if (c == m_textColumn || m_view->isColumnHidden(c))
            continue;
        const int needed = linesNeeded(model->index(row, c));
        if (needed <= kMaxLines)
            lines = std::max(lines, needed);
    }
    const int padding = minimum - fm.height();
    return std::max(minimum, lines * fm.lineSpacing() + padding) + extra;
}

int TextColumnLayout::textWidth(int column) const
{
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    return std::max(20, m_view->columnWidth(column) - 2 * margin);
}

int TextColumnLayout::linesNeeded(const QModelIndex& index) const
{
    const QString text = index.data().toString();
    if (text.isEmpty())
        return 1;
    const QFontMetrics fm = m_view->fontMetrics();
    const int width = textWidth(index.column());
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) + fm.averageCharWidth() <= width)
        return 1; // the common case, without laying the text out (near the edge, the layout decides)
    const QRect bounds = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    return std::max(1, (bounds.height() + fm.lineSpacing() - 1) / std::max(1, fm.lineSpacing()));
}

void TextColumnLayout::updateRowHeights()
{
    const QAbstractItemModel* model = m_view->model();
    if (!model || (!m_rowsGrow && !m_extra))
        return;
    QHeaderView* rows = m_view->verticalHeader();
    for (int r = 0; r < model->rowCount(); ++r) {
        const int want = rowHeight(r);
        if (rows->sectionSize(r) != want)
            rows->resizeSection(r, want);
    }
}

bool TextColumnLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        schedule();
    if (event->type() == QEvent::ToolTip && watched == m_view->viewport()) {
        // The whole text when the cell shows only part of it.
        auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
            const QString text = index.data().toString();
            const QFontMetrics fm = m_view->fontMetrics();
            const QRect cell = m_view->visualRect(index);
            const QRect needed = fm.boundingRect(QRect(0, 0, std::max(20, cell.width() - 8), 100000),
                                                 m_view->wordWrap() ? Qt::TextWordWrap : 0, text);
            if (!text.isEmpty() && (needed.height() > cell.height() || needed.width() > cell.width() - 8)) {
                QToolTip::showText(help->globalPos(), plainToolTip(text), m_view->viewport(), cell);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void TextColumnLayout::saveState() const
{
    if (!m_stateKey.isEmpty())
        Settings::instance()->setWindowState(m_stateKey, m_view->horizontalHeader()->saveState());
}

void TextColumnLayout::restoreState()
{
    if (m_stateKey.isEmpty())
        return;
    const QByteArray state = Settings::instance()->windowState(m_stateKey);
    QHeaderView* header = m_view->horizontalHeader();
    m_busy = true;
    // Widths and order only: the sort stays the view's own choice.
    const int sortSection = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    if (!state.isEmpty() && header->restoreState(state)) {
        {
            const QSignalBlocker block(header);
            header->setSortIndicator(sortSection, sortOrder);
        }
        for (int c = 0; c < header->count(); ++c)
            if (c != m_textColumn)
                header->setSectionResizeMode(c, QHeaderView::Interactive);
        for (int c : std::as_const(m_optional))
            if (header->sectionSize(c) > header->sectionSizeHint(c))
                m_wideWidth[c] = header->sectionSize(c);
    }
    header->setSectionResizeMode(m_textColumn, QHeaderView::Stretch);
    m_busy = false;
}

} // namespace hindsight
