// SPDX-License-Identifier: MIT
#include "ReportPreview.h"

#include "ReportPrinter.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace hindsight::report {

int ReportPreview::showPreview(const QList<Coe>& coes, const ReportOptions& options, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinter::setUpPrinter(&printer, options.paper);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintPreviewDialog"));
    dialog.setWindowTitle(coes.size() > 1 ? tr("Print Preview: Review Packet") : tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&coes, &options](QPrinter* p) {
        ReportPrinter(p).printCoes(coes, options, coes.size() > 1);
    });
    return dialog.exec();
}

bool ReportPreview::print(const QList<Coe>& coes, const ReportOptions& options, QWidget* parent, QString* error)
{
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinter::setUpPrinter(&printer, options.paper);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ReportPrinter::Result result = ReportPrinter(&printer).printCoes(coes, options, coes.size() > 1);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

} // namespace hindsight::report
