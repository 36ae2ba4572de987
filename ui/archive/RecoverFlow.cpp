// SPDX-License-Identifier: MIT
#include "archive/RecoverFlow.h"

#include "storage/ArchiveRecovery.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hindsight {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct RecoverFlowText
{
    Q_DECLARE_TR_FUNCTIONS(RecoverFlow)
};

} // namespace

RecoverOutcome runRecoverFlow(QWidget* parent, const QString& damaged)
{
    RecoverOutcome outcome;
    const QString filter = RecoverFlowText::tr("Hindsight archives (*.sqlite *.hindsight);;All files (*)");
    const QString source =
        damaged.isEmpty()
            ? FileDialog::getOpenFileName(parent, RecoverFlowText::tr("Recover which archive?"), filter)
            : damaged;
    if (source.isEmpty())
        return outcome;
    const QFileInfo info(source);
    const QString suggested = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                              RecoverFlowText::tr("-recovered") + QStringLiteral(".sqlite");
    const QString target = FileDialog::getSaveFileName(
        parent, RecoverFlowText::tr("Save the recovered COEs as"), filter, suggested);
    if (target.isEmpty())
        return outcome;
    outcome.ran = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const RecoveryReport report = ArchiveRecovery::recover(source, target);
    QApplication::restoreOverrideCursor();
    if (!report.error.isEmpty()) {
        outcome.text = report.error;
        return outcome;
    }
    outcome.newArchive = QFileInfo(target).absoluteFilePath();
    outcome.complete = report.lost.isEmpty();
    const QString shown = QDir::toNativeSeparators(outcome.newArchive);
    if (outcome.complete) {
        outcome.text = RecoverFlowText::tr("Recovered all %n COE(s) into %1. %2 was not changed.", nullptr,
                                           int(report.recovered.size()))
                           .arg(shown, QDir::toNativeSeparators(source));
    } else {
        outcome.text =
            RecoverFlowText::tr("Recovered %n COE(s) into %1; ", nullptr, int(report.recovered.size()))
                .arg(shown) +
            RecoverFlowText::tr("%n could not be read: ", nullptr, int(report.lost.size()));
        QStringList lost;
        for (const RecoveryReport::Lost& l : report.lost) {
            lost << ArchiveRecovery::describe(l);
            outcome.details +=
                ArchiveRecovery::describe(l) + QStringLiteral(": ") + l.reason + QLatin1Char('\n');
        }
        outcome.text += lost.join(QStringLiteral(", ")) + QLatin1Char('.');
    }
    return outcome;
}

} // namespace hindsight
