// SPDX-License-Identifier: MIT
#include "PdfExporter.h"

#include <atomic>
#include <functional>
#include <filesystem>
#include <memory>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProgressDialog>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace hindsight::report {

namespace {

std::atomic<bool> g_failNextReplace = false;

// A new, empty file beside the target, under a name no other file has
// (".report.pdf.1a2b3c4d.part"); created with the usual permissions (the
// umask's), or the target's when it exists. Empty when the folder refuses.
QString createTemporaryBeside(const QFileInfo& target)
{
    const QDir dir = target.absoluteDir();
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate = dir.filePath(QStringLiteral(".%1.%2.part")
                                                   .arg(target.fileName())
                                                   .arg(QRandomGenerator::global()->generate(), 8, 16,
                                                        QLatin1Char('0')));
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.close();
            if (target.exists())
                QFile::setPermissions(candidate, QFile::permissions(target.absoluteFilePath()));
            return candidate;
        }
        if (!file.exists())
            return {}; // not a name clash: the folder cannot take a new file
    }
    return {};
}

// Puts the finished file in place of the target in one step: rename(2)
// replaces the old file atomically (MoveFileEx with REPLACE_EXISTING on
// Windows), so at every moment the target is the old PDF or the new one.
bool replaceTarget(const QString& temporary, const QString& target)
{
    if (g_failNextReplace.exchange(false))
        return false;
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    return !error;
}

// Prints with `job` into a temporary file beside `path` and puts it in place.
PdfExportResult writeJob(const QString& path, const QString& docName, PaperSize paper, bool empty,
                         const std::function<ReportPrinter::Result(ReportPrinter&)>& job)
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
    if (empty) {
        result.error = PdfExporter::tr("No COE to export.");
        return result;
    }
    const QString temporary = createTemporaryBeside(target);
    if (temporary.isEmpty()) {
        result.error = PdfExporter::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    // Whatever happens below, the temporary file does not outlive the export.
    const std::unique_ptr<const QString, void (*)(const QString*)> cleanup(&temporary, [](const QString* name) {
        if (QFile::exists(*name))
            QFile::remove(*name);
    });

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    // 600 dpi rather than 1200: the PDF is vectors either way, and Qt's
    // layout has room for twice as many pages (ReportPrinter::printCoes).
    printer.setResolution(600);
    printer.setCreator(QStringLiteral("Hindsight"));
    printer.setDocName(docName);
    ReportPrinter::setUpPrinter(&printer, paper);
    printer.setOutputFileName(temporary);

    ReportPrinter reportPrinter(&printer);
    const ReportPrinter::Result printed = job(reportPrinter);
    if (!printed.ok) {
        result.cancelled = printed.cancelled;
        // printCoes' own message when it has one (a report too long to lay
        // out); painting errors name the temporary file, so not those.
        const bool ownMessage = !printed.error.isEmpty() && !printed.error.contains(temporary);
        result.error = printed.cancelled ? PdfExporter::tr("Export cancelled.")
                       : ownMessage      ? printed.error
                                         : PdfExporter::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (!replaceTarget(temporary, target.absoluteFilePath())) {
        result.error = PdfExporter::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    result.ok = true;
    result.pages = printed.pages;
    return result;
}

PdfExportResult write(const QList<Coe>& coes, bool packet, const QString& path, const ReportOptions& options,
                      const ReportPrinter::Progress& progress)
{
    const QString docName = packet ? PdfExporter::tr("Review packet") : coes.isEmpty() ? QString() : coes.first().title;
    return writeJob(path, docName, options.paper, coes.isEmpty(), [&](ReportPrinter& printer) {
        return printer.printCoes(coes, options, packet, progress);
    });
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

PdfExportResult PdfExporter::exportDocument(const DocumentBuilder& build, const QString& path,
                                            const QString& docName, PaperSize paper, const Progress& progress)
{
    return writeJob(path, docName, paper, false, [&](ReportPrinter& printer) {
        ReportPrinter::Result result;
        if (progress && !progress(0, 0)) {
            result.cancelled = true;
            return result;
        }
        std::unique_ptr<ReportDocument> doc = build();
        if (!doc) {
            result.error = PdfExporter::tr("Nothing to export.");
            return result;
        }
        if (progress && !progress(0, 0)) {
            result.cancelled = true;
            return result;
        }
        printer.paginate(doc.get());
        return printer.print({doc.get()}, progress);
    });
}

void PdfExporter::failNextReplaceForTesting()
{
    g_failNextReplace = true;
}

PdfExportResult PdfExporter::exportWithProgressDialog(QWidget* parent, const QList<Coe>& coes, const QString& path,
                                                      const ReportOptions& options)
{
    const bool packet = coes.size() > 1;
    return runWithProgressDialog(parent, [&](const Progress& progress) {
        return write(coes, packet, path, options, progress);
    });
}

PdfExportResult PdfExporter::runWithProgressDialog(QWidget* parent,
                                                   const std::function<PdfExportResult(const Progress&)>& job)
{
    QProgressDialog dialog(tr("Preparing the PDF…"), tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("pdfExportProgressDialog"));
    dialog.setWindowTitle(tr("Export PDF"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);

    // The report is built, laid out and painted on a worker thread (a
    // QTextDocument, fonts and a QPainter on a QPrinter may live outside the
    // GUI thread; nothing here touches a widget). Laying out a long timeline
    // takes seconds in one piece, so this thread keeps the window painting and
    // the Cancel button working, and the worker stops at the next step
    // (between documents, after the layout, after each page).
    std::atomic<bool> cancel = false;
    std::atomic<int> pagesDone = 0;
    std::atomic<int> pagesTotal = 0;
    const Progress progress = [&](int done, int total) {
        pagesDone = done;
        pagesTotal = total;
        return !cancel;
    };
    PdfExportResult result;
    std::unique_ptr<QThread> worker(QThread::create([&] { result = job(progress); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, [] {}); // wakes the loop below
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancel = true; });
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&] {
        if (cancel || dialog.wasCanceled())
            return;
        const int total = pagesTotal;
        if (total > 0) {
            dialog.setMaximum(total);
            dialog.setValue(pagesDone);
            dialog.setLabelText(tr("Writing page %1 of %2…").arg(int(pagesDone)).arg(total));
        } else {
            dialog.setValue(0); // shows the dialog once minimumDuration has passed
        }
    });
    worker->start();
    ticker.start();
    // Until the modal dialog shows, the window must not take clicks or keys
    // (they wait in the queue); timers and painting go on.
    while (!worker->isFinished()) {
        if (dialog.wasCanceled()) // the button, Escape, or cancel() called by code
            cancel = true;
        const QEventLoop::ProcessEventsFlags input =
            dialog.isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents;
        loop.processEvents(input | QEventLoop::WaitForMoreEvents);
    }
    worker->wait();
    ticker.stop();
    dialog.reset();
    return result;
}

} // namespace hindsight::report
