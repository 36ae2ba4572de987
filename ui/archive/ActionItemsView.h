// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace hindsight {

class ArchiveActionModel;
class Archive;

// Every action item of every COE, with filters (status, owner, priority,
// overdue only, due within N days) and Export CSV. Double-click (or Enter)
// asks to open the COE on its Actions page with the item selected.
class ActionItemsView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionItemsView(QWidget* parent = nullptr);

    void setArchive(Archive* archive);
    // The user's date in their zone (localToday()).
    void setToday(const QDate& today);
    void refresh();
    ArchiveActionModel* model() const { return m_model; }
    // Writes the current list (every row, not only those loaded) as CSV.
    bool exportCsv(const QString& path, QString* error);

signals:
    void openRequested(const QUuid& coe, int row);
    void errorOccurred(const QString& message);
    void countChanged(int found);

private:
    void applyFilters();
    void chooseCsvFile();

    Archive* m_archive = nullptr;
    ArchiveActionModel* m_model;
    QTableView* m_table;
    QComboBox* m_status;
    QComboBox* m_owner;
    QComboBox* m_priority;
    QCheckBox* m_overdue;
    QCheckBox* m_dueWithin;
    QSpinBox* m_days;
};

} // namespace hindsight
