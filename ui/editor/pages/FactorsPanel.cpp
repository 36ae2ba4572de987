// SPDX-License-Identifier: MIT
#include "editor/pages/FactorsPanel.h"

#include "document/CoeDocument.h"
#include "itemmodels/FactorModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight {

namespace {

// The category column: an editable list of the taxonomy's categories; a name
// typed that is not in it becomes a new category of the archive when saved.
class CategoryDelegate : public QStyledItemDelegate
{
public:
    CategoryDelegate(const QList<std::pair<QString, QString>>* categories, QObject* parent)
        : QStyledItemDelegate(parent), m_categories(categories)
    {
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const override
    {
        if (index.column() != FactorModel::CategoryColumn)
            return QStyledItemDelegate::createEditor(parent, {}, index);
        auto* box = new QComboBox(parent);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        for (const auto& [name, shown] : *m_categories)
            box->addItem(shown, name);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = qobject_cast<QComboBox*>(editor);
        if (!box)
            return QStyledItemDelegate::setEditorData(editor, index);
        const QString name = index.data(Qt::EditRole).toString();
        const int at = box->findData(name);
        if (at >= 0)
            box->setCurrentIndex(at);
        else
            box->setEditText(name);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* box = qobject_cast<QComboBox*>(editor);
        if (!box)
            return QStyledItemDelegate::setModelData(editor, model, index);
        const QString text = box->currentText().trimmed();
        const int at = box->findText(text, Qt::MatchFixedString);
        model->setData(index, at >= 0 ? box->itemData(at).toString() : text, Qt::EditRole);
    }

private:
    const QList<std::pair<QString, QString>>* m_categories;
};

} // namespace

FactorsPanel::FactorsPanel(CoeDocument* document, QWidget* parent)
    : QWidget(parent), m_doc(document), m_model(new FactorModel(document, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Contributing factors"), this);
    title->setObjectName(QStringLiteral("factorsTitleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setToolTip(tr("What made this incident possible, each in a category the archive counts across "
                         "incidents. Link each root cause to at least one."));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("factorsTableView"));
    m_view->setAccessibleName(tr("Contributing factors"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CategoryDelegate(&m_categories, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(FactorModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FactorModel::CategoryColumn, fontMetrics().horizontalAdvance(QStringLiteral("Change: infrastructure")) + 40);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_view->setToolTip(title->toolTip());

    auto* del = new QAction(tr("Delete Factor"), m_view);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &FactorsPanel::removeSelected);
    m_view->addAction(del);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add Factor from Wh&y"), this);
    m_add->setObjectName(QStringLiteral("addFactorButton"));
    m_add->setToolTip(tr("Add a contributing factor that comes from the why selected above"));
    m_link = new QPushButton(tr("&Link Selected Why"), this);
    m_link->setObjectName(QStringLiteral("linkWhyButton"));
    m_remove = new QPushButton(tr("Delete Factor"), this);
    m_remove->setObjectName(QStringLiteral("removeFactorButton"));
    for (QPushButton* b : {m_add, m_link, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    // The title and buttons on one line, the table under them.
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(12);
    head->addLayout(buttons, 1);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &FactorsPanel::addFactor);
    connect(m_link, &QPushButton::clicked, this, &FactorsPanel::toggleCurrentWhy);
    connect(m_remove, &QPushButton::clicked, this, &FactorsPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FactorsPanel::refreshButtons);
    connect(m_doc, &CoeDocument::changed, this, &FactorsPanel::refreshButtons);
    refreshButtons();
}

void FactorsPanel::setCategories(const QList<std::pair<QString, QString>>& offered,
                                 const QHash<QString, QString>& names)
{
    m_categories = offered;
    m_model->setCategoryNames(names);
}

void FactorsPanel::setCurrentWhy(const QString& id)
{
    m_currentWhy = id;
    refreshButtons();
}

int FactorsPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && current.row() < m_doc->coe().factors.size() ? current.row() : -1;
}

void FactorsPanel::addFactor()
{
    ContributingFactor f;
    if (!m_currentWhy.isEmpty())
        f.whys << m_currentWhy;
    const QString id = m_doc->addFactor(f);
    const int row = m_doc->factorRow(id);
    const QModelIndex category = m_model->index(row, FactorModel::CategoryColumn);
    m_view->setCurrentIndex(category);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(category);
}

void FactorsPanel::toggleCurrentWhy()
{
    const int row = currentRow();
    if (row < 0 || m_currentWhy.isEmpty())
        return;
    QStringList whys = m_doc->coe().factors[row].whys;
    if (!whys.removeAll(m_currentWhy))
        whys << m_currentWhy;
    m_doc->setFactorField(row, CoeDocument::FactorField::Whys, whys);
}

void FactorsPanel::removeSelected()
{
    const int row = currentRow();
    if (row >= 0)
        m_doc->removeFactors({row});
}

void FactorsPanel::refreshButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_link->setEnabled(row >= 0 && !m_currentWhy.isEmpty());
    const bool linked = row >= 0 && m_doc->coe().factors[row].whys.contains(m_currentWhy);
    m_link->setText(linked ? tr("Un&link Selected Why") : tr("&Link Selected Why"));
}

} // namespace hindsight
