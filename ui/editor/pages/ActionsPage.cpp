// SPDX-License-Identifier: MIT
#include "editor/pages/ActionsPage.h"

#include "itemmodels/ActionItemModel.h"
#include "domain/DisplayNames.h"
#include "editor/TeamMarking.h"
#include "settings/DayClock.h"
#include "widgets/DateLineEdit.h"
#include "widgets/MarkdownEdit.h"
#include "widgets/TextColumnLayout.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight {

namespace {

// Return in a completer's popup with no row picked takes the first match
// (what the user sees at the top), so it completes like a picked row.
class PickFirstOnReturn : public QObject
{
public:
    explicit PickFirstOnReturn(QCompleter* completer) : QObject(completer), m_completer(completer) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            QAbstractItemView* popup = m_completer->popup();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && watched == popup && popup->isVisible()
                && !popup->currentIndex().isValid() && m_completer->completionCount() > 0)
                popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
        }
        return false;
    }

private:
    QCompleter* m_completer;
};

// Combo boxes for the enumerations, a completing line edit for owners and a
// calendar for due dates.
class ActionDelegate : public QStyledItemDelegate
{
public:
    ActionDelegate(CoeDocument* doc, QObject* parent) : QStyledItemDelegate(parent), m_doc(doc) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QString name = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        switch (index.column()) {
        case ActionItemModel::PriorityColumn: {
            auto* c = combo(parent, name);
            c->addItem(tr("(not set)"), int(Priority::None));
            for (Priority p : allValues<Priority>())
                c->addItem(displayName(p), int(p));
            return c;
        }
        case ActionItemModel::StatusColumn: {
            auto* c = combo(parent, name);
            for (ActionStatus s : allValues<ActionStatus>())
                c->addItem(displayName(s), int(s));
            return c;
        }
        case ActionItemModel::KindColumn: {
            auto* c = combo(parent, name);
            c->addItem(tr("(not set)"), int(ActionKind::None));
            for (ActionKind k : allValues<ActionKind>())
                c->addItem(displayName(k), int(k));
            return c;
        }
        case ActionItemModel::DueColumn: {
            // A line edit, not a QDateEdit: typing "2017-03-15" into its
            // sections gave 2017-12-03. A refused date keeps the editor open.
            auto* d = new DateLineEdit(parent);
            d->setObjectName(QStringLiteral("dueDateEdit"));
            d->setAccessibleName(name);
            return d;
        }
        case ActionItemModel::OwnerColumn: {
            auto* line = new QLineEdit(parent);
            line->setObjectName(QStringLiteral("ownerEditorLineEdit"));
            line->setAccessibleName(name);
            QStringList people{m_doc->coe().owner};
            people += m_doc->coe().reviewers;
            for (const auto& a : m_doc->coe().actionItems)
                people << a.owner;
            people.removeAll(QString());
            people.removeDuplicates();
            auto* completer = new QCompleter(people, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
            teams::addMarkActionToContextMenu(line);
            // The popup takes the Return that picks a name: commit the cell
            // and close the editor then, so the next keys go to the table.
            completer->popup()->installEventFilter(new PickFirstOnReturn(completer));
            connect(completer, qOverload<const QString&>(&QCompleter::activated), line,
                    [self = const_cast<ActionDelegate*>(this), line](const QString& text) {
                        line->setText(text);
                        const bool hadFocus = line->window()->focusWidget() == line;
                        emit self->commitData(line);
                        emit self->closeEditor(line, QAbstractItemDelegate::NoHint);
                        if (auto* view = qobject_cast<QAbstractItemView*>(self->parent()); view && hadFocus)
                            view->setFocus(Qt::OtherFocusReason);
                    }, Qt::QueuedConnection);
            return line;
        }
        default: {
            QWidget* w = QStyledItemDelegate::createEditor(parent, option, index);
            w->setAccessibleName(name);
            return w;
        }
        }
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* c = qobject_cast<QComboBox*>(editor)) {
            c->setCurrentIndex(std::max(0, c->findData(index.data(Qt::EditRole).toInt())));
        } else if (auto* d = qobject_cast<DateLineEdit*>(editor)) {
            const QDate due = index.data(Qt::EditRole).toDate();
            d->setDate(due.isValid() ? due : DayClock::instance()->today().addDays(14));
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* c = qobject_cast<QComboBox*>(editor))
            model->setData(index, c->currentData());
        else if (auto* d = qobject_cast<DateLineEdit*>(editor)) {
            if (d->commitText()) // refused text leaves the due date as it was
                model->setData(index, d->date());
        }
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (auto* d = qobject_cast<DateLineEdit*>(object); d && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !d->commitText())
                return true; // refused: the editor stays open, marked, with the reason
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    static QComboBox* combo(QWidget* parent, const QString& name)
    {
        auto* c = new QComboBox(parent);
        c->setAccessibleName(name);
        return c;
    }
    CoeDocument* m_doc;
};

} // namespace

ActionsPage::ActionsPage(CoeDocument* document, QWidget* parent)
    : EditorPage(document, analysis::Section::Actions, parent), m_model(new ActionItemModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionItemModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actionsTableView"));
    m_view->setAccessibleName(tr("Action items"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ActionDelegate(document, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ActionItemModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    m_view->setColumnWidth(ActionItemModel::PriorityColumn, fm.horizontalAdvance(QStringLiteral("Medium")) + 40);
    m_view->setColumnWidth(ActionItemModel::OwnerColumn, fm.horizontalAdvance(QStringLiteral("Priya Natarajan")) + 16);
    m_view->setColumnWidth(ActionItemModel::DueColumn, fm.horizontalAdvance(QStringLiteral("2024-03-21 (overdue)")) + 16);
    m_view->setColumnWidth(ActionItemModel::StatusColumn, fm.horizontalAdvance(QStringLiteral("In progress")) + 40);
    m_view->setColumnWidth(ActionItemModel::KindColumn, fm.horizontalAdvance(QStringLiteral("Diagnose")) + 40);
    m_view->setColumnWidth(ActionItemModel::WhysColumn, fm.horizontalAdvance(QStringLiteral("w2, w3")) + 16);
    m_view->setColumnWidth(ActionItemModel::LinkColumn, 140);
    // The title takes the spare width and up to three lines; Kind, Whys and Link shrink while empty.
    new TextColumnLayout(m_view, ActionItemModel::TitleColumn, QStringLiteral("editor.actionsTable"),
                         {ActionItemModel::KindColumn, ActionItemModel::WhysColumn, ActionItemModel::LinkColumn});
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Action Item"), this);
    add->setObjectName(QStringLiteral("addActionButton"));
    add->setToolTip(tr("Add an item due in 14 days"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteActionsButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* label = new QLabel(tr("Des&cription of the selected item:"), this);
    m_description = new MarkdownEdit(this);
    m_description->setObjectName(QStringLiteral("actionDescriptionEdit"));
    m_description->setAccessibleName(tr("Action item description"));
    m_description->setPlaceholderText(tr("What done looks like, and how we will know it works."));
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 7 + 40);
    label->setBuddy(m_description->editor());
    layout->addWidget(label);
    layout->addWidget(m_description);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addItem();
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ActionItemModel::TitleColumn));
        m_view->setCurrentIndex(index);
        m_view->edit(index);
    });
    connect(m_delete, &QPushButton::clicked, this, &ActionsPage::deleteSelected);
    auto* deleteAction = new QAction(tr("Delete Action Items"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ActionsPage::deleteSelected);
    m_view->addAction(deleteAction);
    // The owner of the row under the mouse can be marked as a team (not a person).
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, deleteAction](const QPoint& pos) {
        QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            index = m_view->currentIndex();
        const int row = m_proxy->mapToSource(index).row();
        auto* menu = new QMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        if (row >= 0 && row < m_doc->coe().actionItems.size())
            teams::addMarkAction(menu, m_doc->coe().actionItems[row].owner);
        if (index.isValid()) {
            if (!menu->isEmpty())
                menu->addSeparator();
            menu->addAction(deleteAction);
            if (m_commentAction)
                menu->addAction(m_commentAction);
        }
        if (menu->isEmpty()) {
            delete menu;
            return;
        }
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_description, &MarkdownEdit::edited, this, [this](const QString& t) {
        if (currentRow() >= 0)
            m_doc->setActionField(currentRow(), CoeDocument::ActionField::Description, t);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionsPage::refreshDetail);
    connect(m_doc, &CoeDocument::changed, this, &ActionsPage::refreshDetail);
    refreshDetail();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    registerField(QStringLiteral("action_items"), m_view);
}

int ActionsPage::addItem(const QString& whyId)
{
    ActionItem item;
    item.due = DayClock::instance()->today().addDays(14);
    item.status = ActionStatus::Open;
    if (!whyId.isEmpty())
        item.whys << whyId;
    const QString id = m_doc->addActionItem(item);
    return m_doc->actionRow(id);
}

int ActionsPage::currentRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void ActionsPage::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    m_doc->removeActionItems(rows);
}

void ActionsPage::refreshDetail()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_doc->coe().actionItems.size();
    m_description->setEnabled(valid);
    m_delete->setEnabled(valid);
    m_description->setMarkdown(valid ? m_doc->coe().actionItems[row].description : QString());
}

void ActionsPage::focusLocation(const analysis::Location& location)
{
    if (location.row >= 0 && location.row < m_model->rowCount()) {
        int column = ActionItemModel::TitleColumn;
        if (location.field == QLatin1String("owner"))
            column = ActionItemModel::OwnerColumn;
        else if (location.field == QLatin1String("due"))
            column = ActionItemModel::DueColumn;
        else if (location.field == QLatin1String("priority"))
            column = ActionItemModel::PriorityColumn;
        else if (location.field == QLatin1String("whys"))
            column = ActionItemModel::WhysColumn;
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(location.row, column)));
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

QString ActionsPage::commentTarget() const
{
    const int row = currentRow();
    return row >= 0 && row < m_doc->coe().actionItems.size()
               ? QStringLiteral("action:") + m_doc->coe().actionItems[row].id
               : QStringLiteral("actions");
}

void ActionsPage::addCommentAction(QAction* action)
{
    m_commentAction = action;
}

} // namespace hindsight
