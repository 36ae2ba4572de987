// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace hindsight {

class Settings;
class SettingsEditor;
class TemplatesPage;

// Edit ▸ Preferences: two tabs, General (a SettingsEditor) and Templates (a
// TemplatesPage: templates and the required-by-severity table), with OK,
// Cancel and Restore Defaults (of the General tab).
// OK writes every value to the settings; Cancel writes nothing; Restore
// Defaults only fills the editor (OK then writes the defaults). A settings
// file that could not be read is reported in a banner above the form.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings& settings, QWidget* parent = nullptr);
    // On Settings::instance().
    explicit PreferencesDialog(QWidget* parent = nullptr);

    SettingsEditor* editor() const { return m_editor; }
    TemplatesPage* templatesPage() const { return m_templates; }
    QTabWidget* pages() const { return m_pages; }

    void accept() override;
    void done(int result) override;

private:
    // The size that shows the whole form and nothing more.
    QSize fittingSize() const;
    int pagesOverhead() const;

    Settings& m_settings;
    SettingsEditor* m_editor = nullptr;
    TemplatesPage* m_templates = nullptr;
    QTabWidget* m_pages = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_banner = nullptr;
};

} // namespace hindsight
