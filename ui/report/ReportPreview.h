// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QList>

class QPrinter;
class QWidget;

namespace hindsight::report {

// Print preview and printing of reports, for the menus (File > Print
// Preview…, File > Print…). Both paint with ReportPrinter, as the PDF export
// does; several COEs print as a packet with its agenda.
class ReportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ReportPreview)
public:
    // Opens a QPrintPreviewDialog; gives its result (QDialog::Accepted when
    // the user printed from it).
    static int showPreview(const QList<Coe>& coes, const ReportOptions& options, QWidget* parent);
    // Opens the print dialog and prints; false when cancelled or failed.
    static bool print(const QList<Coe>& coes, const ReportOptions& options, QWidget* parent,
                      QString* error = nullptr);
};

} // namespace hindsight::report
