// SPDX-License-Identifier: MIT
#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>

namespace hindsight::report {

// The report as an OpenDocument text (.odt), written by QTextDocumentWriter
// (format "ODF") from the same ReportDocument the PDF prints, so it opens in
// LibreOffice and Word. Images are the document's own resources, stored in
// the package.
class ReportOdt
{
public:
    // The .odt bytes; empty and *error on failure.
    static QByteArray render(ReportDocument& doc, QString* error);
    // Atomic (QSaveFile); false and *error on failure.
    static bool writeFile(ReportDocument& doc, const QString& path, QString* error);
};

} // namespace hindsight::report
