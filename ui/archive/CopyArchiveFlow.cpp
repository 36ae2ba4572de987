// SPDX-License-Identifier: MIT
#include "archive/CopyArchiveFlow.h"

#include "exchange/ArchiveCopy.h"
#include "settings/Settings.h"
#include "widgets/Dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace hindsight {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct CopyArchiveFlowText
{
    Q_DECLARE_TR_FUNCTIONS(CopyArchiveFlow)
};

using exchange::ArchiveCopy;
using exchange::ArchiveCopyOptions;
using exchange::ArchiveCopyReport;

// ArchiveCopy::copy on a worker thread (it opens both archives there: a
// connection is used only by the thread that opened it), with a progress
// dialog shown after half a second whose Cancel stops the copy between COEs.
ArchiveCopyReport copyWithProgress(QWidget* parent, const QString& source, const QString& target,
                                   const ArchiveCopyOptions& options)
{
    QProgressDialog dialog(CopyArchiveFlowText::tr("Copying the archive…"), CopyArchiveFlowText::tr("Cancel"),
                           0, 0, parent);
    dialog.setObjectName(QStringLiteral("copyArchiveProgressDialog"));
    dialog.setWindowTitle(CopyArchiveFlowText::tr("Copy Archive"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);

    std::atomic<bool> cancel = false;
    std::atomic<int> phase = int(ArchiveCopy::Phase::Copying);
    std::atomic<int> done = 0;
    std::atomic<int> total = 0;
    const ArchiveCopy::Progress progress = [&](ArchiveCopy::Phase p, int d, int t) {
        phase = int(p);
        done = d;
        total = t;
        return !cancel;
    };
    ArchiveCopyReport report;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { report = ArchiveCopy::copy(source, target, options, progress); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, [] {}); // wakes the loop below
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancel = true; });
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&] {
        if (cancel || dialog.wasCanceled())
            return;
        const int t = total;
        if (t <= 0) {
            dialog.setValue(0); // shows the dialog once minimumDuration has passed
            return;
        }
        dialog.setMaximum(t);
        dialog.setValue(qMin(int(done), t - 1)); // the maximum would close the dialog
        dialog.setLabelText(
            phase == int(ArchiveCopy::Phase::Copying)
                ? CopyArchiveFlowText::tr("Copying COE %1 of %2…").arg(int(done) + 1).arg(t)
                : CopyArchiveFlowText::tr("Comparing COE %1 of %2…").arg(int(done) + 1).arg(t));
    });
    worker->start();
    ticker.start();
    // Until the modal dialog shows, the window takes no clicks or keys; timers and painting go on.
    while (!worker->isFinished()) {
        if (dialog.wasCanceled())
            cancel = true;
        const QEventLoop::ProcessEventsFlags input =
            dialog.isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents;
        loop.processEvents(input | QEventLoop::WaitForMoreEvents);
    }
    worker->wait();
    ticker.stop();
    dialog.reset();
    return report;
}

QString detailsOf(const ArchiveCopyReport& report, const QString& target)
{
    QStringList lines;
    for (const auto& item : report.conflicts)
        lines << CopyArchiveFlowText::tr("%1: differs in %2 (at %3); left as it is there")
                     .arg(ArchiveCopy::describe(item), QDir::toNativeSeparators(target), item.detail);
    for (const auto& item : report.differences)
        lines << CopyArchiveFlowText::tr("%1: differs after the copy: %2")
                     .arg(ArchiveCopy::describe(item), item.detail);
    for (const auto& item : report.problems)
        lines << CopyArchiveFlowText::tr("%1: not copied: %2").arg(ArchiveCopy::describe(item), item.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CopyArchiveOutcome runCopyArchiveFlow(QWidget* parent, const QString& source)
{
    CopyArchiveOutcome outcome;
    const QFileInfo info(source);
    const QString filter =
        CopyArchiveFlowText::tr("Hindsight archives (*.sqlite *.hindsight);;All files (*)");
    const QString suggested = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                              CopyArchiveFlowText::tr("-copy") + QStringLiteral(".sqlite");
    const QString target = FileDialog::getSaveFileName(
        parent, CopyArchiveFlowText::tr("Copy every COE of this archive to"), filter, suggested);
    if (target.isEmpty())
        return outcome;

    ArchiveCopyOptions options;
    options.targetBackups = {Settings::instance()->backupsToKeep(), Settings::instance()->displayTimeZone()};
    ArchiveCopyReport report = copyWithProgress(parent, source, target, options);
    if (report.outcome == ArchiveCopyReport::Outcome::TargetNotEmpty) {
        const int choice = MessageBox::choose(
            parent, CopyArchiveFlowText::tr("Copy Archive"),
            CopyArchiveFlowText::tr(
                "%1 already holds %n COE(s) (the Trash included). Copy this archive's COEs into "
                "it as well?\n\nWhen both hold a COE (the same uuid) with different content:",
                nullptr, report.targetCoesBefore)
                .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())),
            {CopyArchiveFlowText::tr("Keep Theirs"), CopyArchiveFlowText::tr("Replace Theirs"),
             CopyArchiveFlowText::tr("Keep Both"), CopyArchiveFlowText::tr("Cancel")},
            3);
        if (choice < 0 || choice > 2)
            return outcome;
        options.merge = true;
        options.onConflict = choice == 0   ? exchange::ConflictPolicy::Fail
                             : choice == 1 ? exchange::ConflictPolicy::Replace
                                           : exchange::ConflictPolicy::Copy;
        report = copyWithProgress(parent, source, target, options);
    }
    outcome.ran = true;
    outcome.details = detailsOf(report, target);
    switch (report.outcome) {
    case ArchiveCopyReport::Outcome::Refused:
    case ArchiveCopyReport::Outcome::TargetNotEmpty:
        outcome.text = report.error;
        return outcome;
    case ArchiveCopyReport::Outcome::Cancelled:
    case ArchiveCopyReport::Outcome::Failed:
    case ArchiveCopyReport::Outcome::Different:
        outcome.text = report.error;
        break;
    case ArchiveCopyReport::Outcome::Done:
        outcome.text = ArchiveCopy::summary(report, source, target);
        outcome.complete = report.ok();
        break;
    }
    outcome.target = QFileInfo(target).absoluteFilePath();
    return outcome;
}

} // namespace hindsight
