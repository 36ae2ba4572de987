// SPDX-License-Identifier: MIT
#pragma once

#include "templates/TemplateStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace hindsight {

class RequirementsEditor;
class Settings;

// Preferences › Templates: the templates (built-in ones shown, not
// editable: Duplicate makes an editable copy), and the required-by-severity
// table of the settings. Nothing is written until apply() (the dialog's OK):
// new, edited and imported templates are saved to the store, deleted ones
// removed, the table stored in the settings.
class TemplatesPage : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesPage(const templates::TemplateStore& store, QWidget* parent = nullptr);

    void load(const Settings& settings);
    bool apply(Settings& settings, QString* error);

    // What the buttons do, without their file dialogs.
    QList<templates::Template> templates() const;
    int currentRow() const;
    void selectRow(int row);
    void newTemplate();
    void duplicateCurrent();
    bool deleteCurrent(); // false for a built-in
    bool importFile(const QString& path, QStringList* errors);
    bool exportCurrent(const QString& path, QString* error);

private:
    void showCurrent();
    void storeCurrent();
    void updateButtons();
    void addTemplate(templates::Template t);

    templates::TemplateStore m_store;
    QList<templates::Template> m_templates;
    QStringList m_deleted; // ids of user templates removed on apply()
    int m_shown = -1;
    bool m_loading = false;

    QTabWidget* m_tabs = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_builtInNote = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_questions[4] = {};
    QComboBox* m_guidanceStep = nullptr;
    QPlainTextEdit* m_guidance = nullptr;
    QLineEdit* m_tags = nullptr;
    QLineEdit* m_services = nullptr;
    QListWidget* m_required = nullptr;
    QCheckBox* m_ownTable = nullptr;
    RequirementsEditor* m_templateTable = nullptr;
    RequirementsEditor* m_table = nullptr;
    QPushButton* m_tableDefaults = nullptr;
};

} // namespace hindsight
