// SPDX-License-Identifier: MIT
#include "charts/ChartTable.h"
#include "charts/ChartView.h"
#include "itemmodels/ToolTip.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight {

namespace {

constexpr int kUuidsRole = Qt::UserRole + 1;

// Copies on Ctrl+C (the table view itself copies only one cell).
class CopyFilter : public QObject
{
public:
    CopyFilter(ChartTableView* owner) : QObject(owner), m_owner(owner) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(m_owner->selectionAsTsv());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ChartTableView* m_owner;
};

// The table as an item model, read-only, one item per cell; kUuidsRole on
// column 0 holds the row's uuids.
QStandardItemModel* tableModel(const charts::ChartTable& table, QObject* parent)
{
    auto* model = new QStandardItemModel(int(table.rows.size()), int(table.header.size()), parent);
    model->setHorizontalHeaderLabels(table.header);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.rows[r].size() && c < table.header.size(); ++c) {
            auto* item = new QStandardItem(table.rows[r][c]);
            item->setEditable(false);
            item->setToolTip(plainToolTip(table.rows[r][c])); // user text, never rich text
            if (c == 0 && r < table.uuids.size()) {
                QVariantList uuids;
                for (const QUuid& u : table.uuids[r])
                    uuids.append(QVariant::fromValue(u));
                item->setData(uuids, kUuidsRole);
            }
            model->setItem(r, c, item);
        }
    }
    return model;
}

} // namespace

ChartTableView::ChartTableView(QWidget* parent)
    : QWidget(parent), m_table(new QTableView(this)), m_model(new QStandardItemModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Chart data"));
    m_table->installEventFilter(new CopyFilter(this));
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        QList<QUuid> uuids;
        for (const QVariant& v : m_model->index(index.row(), 0).data(kUuidsRole).toList())
            uuids.append(v.toUuid());
        if (!uuids.isEmpty())
            emit activated(uuids);
    });
}

void ChartTableView::setSpec(const charts::ChartSpec& spec)
{
    m_data = charts::chartTable(spec);
    QStandardItemModel* model = tableModel(m_data, this);
    m_table->setModel(model);
    m_model->deleteLater();
    m_model = model;
    m_table->setAccessibleName(spec.title.isEmpty() ? tr("Chart data") : tr("Data of %1").arg(spec.title));
    m_table->resizeColumnsToContents();
}

QString ChartTableView::selectionAsTsv() const
{
    QModelIndexList selected = m_table->selectionModel() ? m_table->selectionModel()->selectedIndexes()
                                                         : QModelIndexList();
    QString out;
    if (selected.size() <= 1) // nothing (or one cell) selected: the whole table with its header
        return m_data.toTsv();
    std::sort(selected.begin(), selected.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    int row = selected.first().row();
    QStringList cells;
    for (const QModelIndex& i : selected) {
        if (i.row() != row) {
            out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
            cells.clear();
            row = i.row();
        }
        cells << charts::ChartTable::tsvCell(i.data().toString());
    }
    out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

} // namespace hindsight
