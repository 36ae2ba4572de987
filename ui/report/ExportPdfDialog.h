// SPDX-License-Identifier: MIT
#pragma once

#include "report/ReportOptions.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hindsight::report {

// Asks what to put in a PDF and where: one check box per section (all on),
// paper size (the locale's default), the review appendix (off) and the file.
// OK stays disabled until there is a file name and at least one section.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPdfDialog(QWidget* parent = nullptr);

    // A packet of several COEs: only the window title differs.
    void setPacket(bool packet);

    QString fileName() const; // with ".pdf" appended when it has no suffix
    void setFileName(const QString& path);

    ReportOptions options() const;
    void setOptions(const ReportOptions& options);

private:
    void browse();
    void updateAcceptable();

    QMap<Section, QCheckBox*> m_sections;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_reviewAppendix = nullptr;
    QLineEdit* m_fileName = nullptr;
    QPushButton* m_browse = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hindsight::report
