// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace hindsight {

class Settings;

// Edits every preference of Settings in plain form layouts. It holds the
// values in its widgets until apply(): a dialog (PreferencesDialog) or a
// first-run wizard page hosts it and decides when to apply.
class SettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsEditor(QWidget* parent = nullptr);

    // Fills the widgets from the settings.
    void load(const Settings& settings);
    // Writes the widgets' values. Refuses (false, *error says why, nothing
    // written) while a value is invalid.
    bool apply(Settings& settings, QString* error = nullptr);
    // Puts the defaults into the widgets (nothing is written until apply()).
    // The recent-archive list is history, not a preference: it is kept; so
    // are the names marked as teams (the user's data; Remove takes them off).
    void restoreDefaults();

    // Empty when every value can be applied, else a translated sentence.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    // Test seam for the Browse button: given the current path, returns the
    // chosen file or an empty string. The default opens a QFileDialog.
    using PathChooser = std::function<QString(QWidget* parent, const QString& current)>;
    void setArchivePathChooser(PathChooser chooser);

    // General, Review and Archive (tests).
    QTabWidget* tabs() const { return m_tabs; }

signals:
    // Any widget changed.
    void edited();
    void validityChanged(bool valid);

private:
    void browseArchivePath();
    void updateValidity();

    QLineEdit* m_authorName = nullptr;
    QComboBox* m_timeZone = nullptr;
    QSpinBox* m_gapThreshold = nullptr;
    QSpinBox* m_actionItemSla = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_teamNames = nullptr;
    QPushButton* m_removeTeamNames = nullptr;
    QStringList m_removedTeamNames; // taken off the list, written by apply()
    QSpinBox* m_autosaveDelay = nullptr;
    QSpinBox* m_backupsToKeep = nullptr;
    QSpinBox* m_versionsThinAfter = nullptr;
    QComboBox* m_paperSize = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_archivePath = nullptr;
    QPushButton* m_browseArchivePath = nullptr;
    QListWidget* m_recentArchives = nullptr;
    QPushButton* m_clearRecentArchives = nullptr;
    QPushButton* m_forgetWindowLayouts = nullptr;
    QLabel* m_problem = nullptr;
    PathChooser m_chooser;
    bool m_clearRecent = false;
    bool m_forgetLayouts = false;
    bool m_lastValid = true;
};

} // namespace hindsight
