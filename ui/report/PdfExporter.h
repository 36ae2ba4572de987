// SPDX-License-Identifier: MIT
#pragma once

#include "ReportPrinter.h"
#include "domain/Coe.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace hindsight::report {

struct PdfExportResult
{
    bool ok = false;
    bool cancelled = false; // the progress callback said stop; no file was written
    int pages = 0;
    QString error; // translated, for people
};

// Writes reports as PDF files. The file appears only when complete: the PDF
// is written beside it under a temporary name and renamed over the target
// in one step at the end, so a failed or cancelled export leaves an existing
// file untouched and no moment exists without either the old or the new one.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
public:
    using Progress = ReportPrinter::Progress;

    static PdfExportResult exportCoe(const Coe& coe, const QString& path, const ReportOptions& options = {},
                                     const Progress& progress = {});

    // A review packet: an agenda page listing every COE (title, severity,
    // status, owner, first page), then each COE from a new page.
    static PdfExportResult exportPacket(const QList<Coe>& coes, const QString& path,
                                        const ReportOptions& options = {}, const Progress& progress = {});

    // exportCoe / exportPacket (packet when coes has more than one) with a
    // QProgressDialog that appears after half a second and can cancel.
    static PdfExportResult exportWithProgressDialog(QWidget* parent, const QList<Coe>& coes, const QString& path,
                                                    const ReportOptions& options = {});

    // Any report: `build` makes the document on the printing thread (it may
    // not touch a widget); it is laid out, paginated and written like a COE's.
    using DocumentBuilder = std::function<std::unique_ptr<ReportDocument>()>;
    static PdfExportResult exportDocument(const DocumentBuilder& build, const QString& path, const QString& docName,
                                          PaperSize paper, const Progress& progress = {});

    // Runs `job` (one of the exports above, given the progress callback) on
    // a worker thread behind the progress dialog of exportWithProgressDialog.
    static PdfExportResult runWithProgressDialog(QWidget* parent,
                                                 const std::function<PdfExportResult(const Progress&)>& job);

    // Test seam: the next export fails at the last step, when the finished
    // PDF would replace the target (as a full disk or a vanished folder
    // would make it fail).
    static void failNextReplaceForTesting();
};

} // namespace hindsight::report
