// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace hindsight {

class Settings;
class SettingsEditor;

// Edit ▸ Preferences: a SettingsEditor with OK, Cancel and Restore Defaults.
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

    void accept() override;
    void done(int result) override;

private:
    // The size that shows the whole form and nothing more.
    QSize fittingSize() const;

    Settings& m_settings;
    SettingsEditor* m_editor = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_banner = nullptr;
};

} // namespace hindsight
