// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "report/ReportOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hindsight::exchange {

// One metric image of a Markdown export: a file beside the .md file.
struct MarkdownImage
{
    QString relativePath; // "checkout-images/1-error-rate.png", as linked from the Markdown
    QByteArray data;
};

struct MarkdownDocument
{
    QString text; // CommonMark with GitHub tables
    QList<MarkdownImage> images;
};

// A COE as Markdown, in the order and with the numbering of the PDF report.
// Text the user wrote as Markdown (summary, impact texts, answers,
// descriptions) stays Markdown, made safe by neutralizeMarkdown(): nothing in
// it can open or close a block outside it or become a heading; everything
// else is escaped so that it reads exactly as typed.
class CoeMarkdown
{
public:
    // imageFolder: the folder (relative to the .md file) the images go in.
    // sections: those written (in the COE's order, numbered as written).
    // stamp: the version and approval rows of the title block (as the PDF's).
    static MarkdownDocument render(const Coe& coe, const QString& imageFolder,
                                   const QList<report::Section>& sections = report::ReportOptions::allSections(),
                                   const std::optional<report::VersionStamp>& stamp = std::nullopt);

    // Writes path and, when the COE has images, "<name>-images/" beside it.
    static bool writeFile(const Coe& coe, const QString& path, QString* error,
                          const QList<report::Section>& sections = report::ReportOptions::allSections(),
                          const std::optional<report::VersionStamp>& stamp = std::nullopt);

    // Plain text as Markdown inline text: every character that could start
    // markup is backslash-escaped; line breaks become hard breaks.
    static QString escapeText(const QString& text);
    // Plain text in a table cell: escaped, "|" escaped, line breaks as spaces.
    static QString escapeCell(const QString& text);
    // A user's Markdown made safe to place inside a section: raw HTML,
    // entities, images, headings (ATX and setext, in quotes and lists too),
    // link reference definitions and links to anything but http(s) and
    // mailto addresses are made literal; fenced code is always closed within
    // the text. Code spans, fenced code, lists, quotes, emphasis and links
    // to web and mail addresses are kept.
    static QString neutralizeMarkdown(const QString& markdown);
};

} // namespace hindsight::exchange
