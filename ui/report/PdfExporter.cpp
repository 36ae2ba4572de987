// SPDX-License-Identifier: MIT
#include "PdfExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProgressDialog>

namespace hindsight::report {

namespace {

PdfExportResult write(const QList<Coe>& coes, bool packet, const QString& path, const ReportOptions& options,
                      const ReportPrinter::Progress& progress)
{
    PdfExportResult result;
    const QFileInfo target(path);
    if (target.fileName().isEmpty() || target.isDir()) {
        result.error = PdfExporter::tr("Choose a file name for the PDF.");
        return result;
    }
    if (!target.absoluteDir().exists()) {
        result.error = PdfExporter::tr("The folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(target.absolutePath()));
        return result;
    }
    if (coes.isEmpty()) {
        result.error = PdfExporter::tr("No COE to export.");
        return result;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setCreator(QStringLiteral("Hindsight"));
    printer.setDocName(packet ? PdfExporter::tr("Review packet") : coes.first().title);
    ReportPrinter::setUpPrinter(&printer, options.paper);
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part");
    printer.setOutputFileName(temporary);

    const ReportPrinter::Result printed = ReportPrinter(&printer).printCoes(coes, options, packet, progress);
    if (!printed.ok) {
        QFile::remove(temporary);
        result.cancelled = printed.cancelled;
        result.error = printed.cancelled ? PdfExporter::tr("Export cancelled.")
                                         : PdfExporter::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (QFile::exists(target.absoluteFilePath()) && !QFile::remove(target.absoluteFilePath())) {
        QFile::remove(temporary);
        result.error = PdfExporter::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        QFile::remove(temporary);
        result.error = PdfExporter::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    result.ok = true;
    result.pages = printed.pages;
    return result;
}

} // namespace

PdfExportResult PdfExporter::exportCoe(const Coe& coe, const QString& path, const ReportOptions& options,
                                       const Progress& progress)
{
    return write({coe}, false, path, options, progress);
}

PdfExportResult PdfExporter::exportPacket(const QList<Coe>& coes, const QString& path,
                                          const ReportOptions& options, const Progress& progress)
{
    return write(coes, true, path, options, progress);
}

PdfExportResult PdfExporter::exportWithProgressDialog(QWidget* parent, const QList<Coe>& coes, const QString& path,
                                                      const ReportOptions& options)
{
    QProgressDialog dialog(tr("Writing the PDF…"), tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("pdfExportProgressDialog"));
    dialog.setWindowTitle(tr("Export PDF"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    const Progress progress = [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done);
        dialog.setLabelText(tr("Writing page %1 of %2…").arg(done).arg(total));
        return !dialog.wasCanceled();
    };
    const PdfExportResult result = write(coes, coes.size() > 1, path, options, progress);
    dialog.reset();
    return result;
}

} // namespace hindsight::report
