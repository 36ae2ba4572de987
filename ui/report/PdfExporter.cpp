// SPDX-License-Identifier: MIT
#include "PdfExporter.h"

#include "report/CoeReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProgressDialog>

namespace hindsight::report {

namespace {

PdfExportResult write(const QList<ReportDocument*>& docs, QPrinter& printer, const QString& path,
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
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part");
    printer.setOutputFileName(temporary);
    const ReportPrinter::Result printed = ReportPrinter(&printer).print(docs, progress);
    if (!printed.ok) {
        QFile::remove(temporary);
        result.cancelled = printed.cancelled;
        result.error = printed.cancelled ? PdfExporter::tr("Export cancelled.") : printed.error;
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

void setUpPdf(QPrinter& printer, const ReportOptions& options, const QString& title)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setCreator(QStringLiteral("Hindsight"));
    printer.setDocName(title);
    ReportPrinter::setUpPrinter(&printer, options.paper);
}

} // namespace

PdfExportResult PdfExporter::exportCoe(const Coe& coe, const QString& path, const ReportOptions& options,
                                       const Progress& progress)
{
    QPrinter printer(QPrinter::HighResolution);
    auto doc = CoeReport::build(coe, options);
    setUpPdf(printer, options, doc->headerTitle());
    ReportPrinter(&printer).paginate(doc.get());
    return write({doc.get()}, printer, path, progress);
}

PdfExportResult PdfExporter::exportPacket(const QList<Coe>& coes, const QString& path,
                                          const ReportOptions& options, const Progress& progress)
{
    if (coes.isEmpty()) {
        PdfExportResult result;
        result.error = tr("No COE to export.");
        return result;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPdf(printer, options, tr("Review packet"));
    const ReportPrinter pager(&printer);

    std::vector<std::unique_ptr<ReportDocument>> reports;
    QList<AgendaEntry> agenda;
    for (const Coe& coe : coes) {
        reports.push_back(CoeReport::build(coe, options));
        agenda.append({coe.title, coe.severity, coe.owner, coe.status, 0});
    }
    QList<int> pages;
    for (const auto& doc : reports)
        pages.append(pager.paginate(doc.get()));

    // The agenda's own length decides where the COEs begin; numbering does
    // not change that length, so two builds suffice.
    auto agendaDoc = CoeReport::buildAgenda(agenda, options);
    const int agendaPages = pager.paginate(agendaDoc.get());
    int next = agendaPages + 1;
    for (int i = 0; i < agenda.size(); ++i) {
        agenda[i].firstPage = next;
        next += pages[i];
    }
    agendaDoc = CoeReport::buildAgenda(agenda, options);
    pager.paginate(agendaDoc.get());

    QList<ReportDocument*> docs = {agendaDoc.get()};
    for (const auto& doc : reports)
        docs.append(doc.get());
    return write(docs, printer, path, progress);
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
    const PdfExportResult result = coes.size() == 1 ? exportCoe(coes.first(), path, options, progress)
                                                    : exportPacket(coes, path, options, progress);
    dialog.reset();
    return result;
}

} // namespace hindsight::report
