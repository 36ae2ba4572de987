// SPDX-License-Identifier: MIT
#include "archive/ImportFlow.h"

#include "exchange/CoeImporter.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace hindsight {
namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct ImportFlowText
{
    Q_DECLARE_TR_FUNCTIONS(ImportFlow)
};

} // namespace

ImportSummary runImportFlow(QWidget* parent, CoeRepository& repository, const QStringList& files)
{
    using exchange::ConflictPolicy;
    using exchange::ImportOutcome;
    ImportSummary summary;
    QStringList lines;
    QProgressDialog progress(ImportFlowText::tr("Importing COE documents…"), ImportFlowText::tr("Cancel"), 0, int(files.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int i = 0; i < files.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled()) {
            lines.append(ImportFlowText::tr("Cancelled: %n file(s) not looked at.", nullptr, int(files.size() - i)));
            break;
        }
        const QString& file = files.at(i);
        ImportOutcome outcome = exchange::importFile(repository, file, ConflictPolicy::Fail);
        if (outcome.result == ImportOutcome::Result::Conflict) {
            const int choice = MessageBox::choose(
                parent, ImportFlowText::tr("COE already in the archive"),
                ImportFlowText::tr("%1 holds “%2”, which is already in this archive (uuid %3).\n\nReplace the stored "
                   "COE with the file, keep both (the import gets a new uuid), or skip this file?")
                    .arg(QFileInfo(file).fileName(), outcome.title,
                         outcome.uuid.toString(QUuid::WithoutBraces)),
                {ImportFlowText::tr("Replace"), ImportFlowText::tr("Keep Both"), ImportFlowText::tr("Skip")}, 1);
            if (choice == 0)
                outcome = exchange::importFile(repository, file, ConflictPolicy::Replace);
            else if (choice == 1)
                outcome = exchange::importFile(repository, file, ConflictPolicy::Copy);
        }
        if (outcome.stored()) {
            ++summary.imported;
        } else if (outcome.result == ImportOutcome::Result::Conflict) {
            ++summary.skipped;
            outcome.message = ImportFlowText::tr("%1: skipped, already in the archive").arg(file);
        } else {
            ++summary.refused;
        }
        lines.append(outcome.message);
        for (const auto& e : outcome.errors.mid(1))
            lines.append(QStringLiteral("    ") + e.toString(file));
        for (const auto& w : outcome.warnings)
            lines.append(QStringLiteral("    ") + ImportFlowText::tr("warning: %1").arg(w.toString(file)));
    }
    progress.setValue(int(files.size()));
    summary.failed = summary.refused > 0;
    summary.text = ImportFlowText::tr("Imported %1, skipped %2, refused %3.")
                       .arg(summary.imported)
                       .arg(summary.skipped)
                       .arg(summary.refused);
    if (summary.refused == 1 && files.size() == 1)
        summary.text = lines.value(0);
    summary.details = lines.join(QLatin1Char('\n'));
    return summary;
}

} // namespace hindsight
