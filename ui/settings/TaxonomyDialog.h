// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hindsight {

class Archive;

// Archive ▸ Contributing Factor Categories: the archive's taxonomy (format 1.1
// categories of contributing factors). Add, rename, merge into another and
// retire (kept for the COEs that use it, no longer offered). Renaming and
// merging change every COE that uses the category at once, in one
// transaction; they ask first, saying how many factors change.
class TaxonomyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaxonomyDialog(Archive& archive, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* mergeTarget() const { return m_mergeInto; }
    // The actions behind the buttons (the selected row's category).
    void addCategory();
    void renameSelected();
    void mergeSelected();
    void toggleRetired();

private:
    void reload(const QString& select = {});
    QString selectedName() const;
    void refreshButtons();
    void fail(const QString& message);

    Archive& m_archive;
    QTableWidget* m_table;
    QComboBox* m_mergeInto;
    QPushButton* m_rename;
    QPushButton* m_merge;
    QPushButton* m_retire;
    QLabel* m_error;
};

} // namespace hindsight
