// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "report/ProfileExport.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hindsight::report {

// File › Export…: one dialog for every format and profile. For a profile
// that hides anything (customer-facing), the replacements are listed before
// the export, each with a check box to keep the original. OK stays disabled
// until there is a file name.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const Coe& coe, QWidget* parent = nullptr);

    // The base options (paper, gap threshold, team names from the settings).
    void setOptions(const ReportOptions& options);
    // People's names to look for in text besides the COE's (RedactionOptions::knownNames).
    void setKnownNames(const QStringList& names);
    void setFileName(const QString& path); // its suffix follows the format chosen
    QString fileName() const;
    ProfileExportRequest request() const;

    // Test seam (like FileDialog::setNextFileName): the next runModal() calls
    // handler with the dialog, shown but not modal, and returns what it
    // returns instead of waiting for a person.
    static void setNextHandler(std::function<int(ExportDialog*)> handler);
    int runModal();

private:
    void refreshPreview();
    void formatChanged();
    void browse();
    void updateAcceptable();
    ExportProfile currentProfile() const;
    RedactionOptions redactionOptions() const;

    Coe m_coe;
    ReportOptions m_options;
    QStringList m_knownNames;
    QComboBox* m_format = nullptr;
    QComboBox* m_profile = nullptr;
    QLineEdit* m_hosts = nullptr;
    QLineEdit* m_domains = nullptr;
    QLabel* m_notes = nullptr;
    QTreeWidget* m_replacements = nullptr;
    QLineEdit* m_fileName = nullptr;
    QPushButton* m_browse = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QSet<QString> m_kept;
};

} // namespace hindsight::report
