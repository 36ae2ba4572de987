// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableView;

namespace hindsight {

class CoeDocument;
class FactorModel;

// The 5 Whys step's contributing factors (format 1.1): each with a category
// of the archive's taxonomy, what it was, and the whys it comes from. "Add
// Factor" links the why selected above; "Link Selected Why" adds or removes
// that why from the selected factor. Every edit is one undo step.
class FactorsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FactorsPanel(CoeDocument* document, QWidget* parent = nullptr);

    // The categories offered (name, shown name), in order, and the shown
    // names of every category the archive knows (retired ones too).
    void setCategories(const QList<std::pair<QString, QString>>& offered, const QHash<QString, QString>& names);
    // The why selected in the tree above (empty: none).
    void setCurrentWhy(const QString& id);

    QTableView* view() const { return m_view; }
    void addFactor();
    void toggleCurrentWhy();
    void removeSelected();

private:
    void refreshButtons();
    int currentRow() const;

    CoeDocument* m_doc;
    FactorModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_link;
    QPushButton* m_remove;
    QString m_currentWhy;
    QList<std::pair<QString, QString>> m_categories;
};

} // namespace hindsight
