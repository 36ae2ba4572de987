// SPDX-License-Identifier: MIT
#include "report/ExportActions.h"

#include "exchange/CoeMarkdown.h"
#include "report/ExportDialog.h"
#include "report/ExportPdfDialog.h"
#include "report/PdfExporter.h"
#include "report/ReportPreview.h"
#include "settings/Settings.h"
#include "widgets/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hindsight::report {
namespace {

QString suggestedName(const QList<Coe>& coes, const QString& suffix)
{
    QString base = coes.size() == 1 ? coes.first().title : ExportActions::tr("review-packet");
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    base = base.simplified().left(60);
    if (base.isEmpty())
        base = QStringLiteral("coe");
    // Documents, or the home folder where there is none (a fresh account).
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(base + suffix);
}

} // namespace

ReportOptions ExportActions::defaultOptions()
{
    ReportOptions options;
    const Settings* settings = Settings::instance();
    options.gapMinutes = settings->gapThresholdMinutes();
    options.teamNames = settings->teamNames();
    if (settings->paperSize() == Settings::PaperSize::A4)
        options.paper = PaperSize::A4;
    else if (settings->paperSize() == Settings::PaperSize::Letter)
        options.paper = PaperSize::Letter;
    return options;
}

ExportActions::Outcome ExportActions::exportPdf(QWidget* parent, const QList<Coe>& coes,
                                                const QHash<QUuid, VersionStamp>& stamps)
{
    if (coes.isEmpty())
        return {};
    ExportPdfDialog dialog(parent);
    dialog.setPacket(coes.size() > 1);
    dialog.setOptions(defaultOptions());
    dialog.setFileName(suggestedName(coes, QStringLiteral(".pdf")));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    ReportOptions options = dialog.options();
    options.versionStamps = stamps;
    const PdfExportResult result =
        PdfExporter::exportWithProgressDialog(parent, coes, dialog.fileName(), options);
    if (result.cancelled)
        return {true, tr("PDF export cancelled; nothing was written.")};
    if (!result.ok)
        return {false, result.error};
    return {true, tr("Exported %n page(s) to %1.", nullptr, result.pages)
                      .arg(QDir::toNativeSeparators(dialog.fileName()))};
}

ExportActions::Outcome ExportActions::printPreview(QWidget* parent, const QList<Coe>& coes,
                                                   const QHash<QUuid, VersionStamp>& stamps)
{
    ReportOptions options = defaultOptions();
    options.versionStamps = stamps;
    if (!coes.isEmpty())
        ReportPreview::showPreview(coes, options, parent);
    return {};
}

ExportActions::Outcome ExportActions::print(QWidget* parent, const QList<Coe>& coes,
                                            const QHash<QUuid, VersionStamp>& stamps)
{
    QString error;
    ReportOptions options = defaultOptions();
    options.versionStamps = stamps;
    if (!coes.isEmpty() && !ReportPreview::print(coes, options, parent, &error) && !error.isEmpty())
        return {false, error};
    return {};
}

ExportActions::Outcome ExportActions::exportMarkdown(QWidget* parent, const Coe& coe,
                                                     const QHash<QUuid, VersionStamp>& stamps)
{
    const QString path = FileDialog::getSaveFileName(parent, tr("Export COE as Markdown"),
                                                     tr("Markdown (*.md)"),
                                                     suggestedName({coe}, QStringLiteral(".md")));
    if (path.isEmpty())
        return {};
    QString error;
    const auto stamp = stamps.constFind(coe.uuid);
    if (!exchange::CoeMarkdown::writeFile(coe, path, &error, ReportOptions::allSections(),
                                          stamp != stamps.constEnd() ? std::optional<VersionStamp>(*stamp)
                                                                     : std::nullopt))
        return {false, error};
    return {true, tr("Exported to %1.").arg(QDir::toNativeSeparators(path))};
}

ExportActions::Outcome ExportActions::exportForAudience(QWidget* parent, const Coe& coe,
                                                        const QStringList& knownNames,
                                                        const QHash<QUuid, VersionStamp>& stamps)
{
    ExportDialog dialog(coe, parent);
    dialog.setKnownNames(knownNames);
    ReportOptions options = defaultOptions();
    options.versionStamps = stamps;
    dialog.setOptions(options);
    dialog.setFileName(suggestedName({coe}, QStringLiteral(".pdf")));
    if (dialog.runModal() != QDialog::Accepted)
        return {};
    const ProfileExportResult result = ProfileExport::exportCoe(coe, dialog.fileName(), dialog.request());
    if (!result.ok)
        return {false, result.error};
    QStringList message{tr("Exported to %1.").arg(QDir::toNativeSeparators(dialog.fileName()))};
    message += result.notes;
    return {true, message.join(QLatin1Char(' '))};
}

} // namespace hindsight::report
