// SPDX-License-Identifier: MIT
#pragma once

#include <QUuid>
#include <QWidget>

class QPushButton;
class QTableView;

namespace hindsight {

class Archive;
class CoeTableModel;

// The COEs moved to the Trash, newest first, with Restore and Empty Trash.
// Emptying asks first; it is the only step that deletes for good.
class TrashView : public QWidget
{
    Q_OBJECT
public:
    explicit TrashView(QWidget* parent = nullptr);

    void setArchive(Archive* archive);
    void refresh();
    CoeTableModel* model() const { return m_model; }
    void restoreSelected();
    void emptyTrash();

signals:
    // The archive's COEs changed (restored or deleted for good).
    void archiveChanged();
    void errorOccurred(const QString& message);
    void countChanged(int inTrash);

private:
    void updateButtons();

    Archive* m_archive = nullptr;
    CoeTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_restore;
    QPushButton* m_empty;
};

} // namespace hindsight
