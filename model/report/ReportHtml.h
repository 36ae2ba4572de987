// SPDX-License-Identifier: MIT
#pragma once

#include "ReportDocument.h"

#include <QString>

namespace hindsight::report {

// The report as one self-contained HTML file, written from the same
// ReportDocument the PDF prints, element by element (not QTextDocument::toHtml):
// - every text is escaped; characters XML does not allow become U+FFFD, so the
//   file is also well-formed XML (XHTML syntax, served as HTML);
// - images are the document's own resources, inlined as data: URIs (PNG);
// - the only links are the document's anchors to http(s) and mailto addresses;
// - no script, no external style sheet, font or frame; a Content-Security-Policy
//   meta element forbids loading anything but the inline images.
class ReportHtml
{
public:
    static QString render(const ReportDocument& doc);
    // Atomic (QSaveFile); false and *error on failure.
    static bool writeFile(const ReportDocument& doc, const QString& path, QString* error);
    // Text as HTML/XML character data or attribute value.
    static QString escape(const QString& text);
};

} // namespace hindsight::report
