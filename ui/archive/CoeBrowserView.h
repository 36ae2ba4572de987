// SPDX-License-Identifier: MIT
#pragma once

#include "storage/CoeQuery.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hindsight {

class Archive;
class CoeTableModel;
class EmptyState;

// The table of COEs: a lazy CoeTableModel sorted in SQL by the clicked
// column, the title column painted with its search snippet, columns that can
// be hidden (header context menu) and moved, remembered in Settings as the
// window state "archive.coeTable". An empty archive shows the EmptyState; a
// search or filter with no result says so.
class CoeBrowserView : public QWidget
{
    Q_OBJECT
public:
    explicit CoeBrowserView(QWidget* parent = nullptr);
    ~CoeBrowserView() override;

    void setArchive(Archive* archive);
    // The text and filters to list; the sort is the view's own. A search
    // runs on a worker thread: the rows come later (model()->searching()),
    // "Searching…" shows after 200 ms, a superseded search is never shown.
    void setQuery(const CoeQuery& query);
    void setToday(const QDate& today);
    void setDisplayZone(const QTimeZone& zone);
    void refresh();
    // refresh() after another client changed the archive: the rows loaded so
    // far are read again (not just the first page), and the selection, the
    // current row and the scroll position stay as they were.
    void refreshKeepingView();

    QUuid currentUuid() const;
    QList<QUuid> selectedUuids() const;
    void selectUuid(const QUuid& uuid);
    CoeTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EmptyState* emptyState() const { return m_empty; }
    // One checkable action per column, for the View menu.
    QMenu* columnsMenu() const { return m_columnsMenu; }
    void saveState() const;

signals:
    void openRequested(const QUuid& uuid);
    void selectionChanged();
    // After every refresh: rows found and COEs in the archive.
    void countsChanged(int found, int total);

private:
    void restoreState();
    void updatePage();
    void updateRowHeight();

    Archive* m_archive = nullptr;
    CoeTableModel* m_model;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QTableView* m_table;
    QLabel* m_noMatches;
    QLabel* m_busy;   // "Searching…", shown when a search takes more than 200 ms
    QLabel* m_notice; // the search text was cut
    QTimer* m_busyTimer;
    QUuid m_keepUuid; // selected again after a refresh's rows arrive
    QMenu* m_columnsMenu;
    CoeQuery m_query;
    int m_total = 0;
};

} // namespace hindsight
