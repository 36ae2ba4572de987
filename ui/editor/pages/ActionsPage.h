// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hindsight {

class ActionItemModel;
class MarkdownEdit;

// The action items in a sortable table with editors for each column
// (priority, owner with completion, due date with a calendar, status, kind),
// overdue items marked, and the selected item's description below.
class ActionsPage : public EditorPage
{
    Q_OBJECT
public:
    explicit ActionsPage(CoeDocument* document, QWidget* parent = nullptr);

    // Adds an item due in 14 days, optionally linked to a why; returns its row.
    int addItem(const QString& whyId = {});
    void deleteSelected();
    ActionItemModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void focusLocation(const analysis::Location& location) override;
    QString commentTarget() const override;
    void addCommentAction(QAction* action) override;

private:
    int currentRow() const;
    void refreshDetail();

    ActionItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QAction* m_commentAction = nullptr; // Edit ▸ Add Comment…, in the context menu
    MarkdownEdit* m_description;
    QPushButton* m_delete;
};

} // namespace hindsight
