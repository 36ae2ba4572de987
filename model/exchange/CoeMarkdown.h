// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

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
// descriptions) stays Markdown, with raw HTML, entities and images made
// literal; everything else is escaped so that it reads exactly as typed.
class CoeMarkdown
{
public:
    // imageFolder: the folder (relative to the .md file) the images go in.
    static MarkdownDocument render(const Coe& coe, const QString& imageFolder);

    // Writes path and, when the COE has images, "<name>-images/" beside it.
    static bool writeFile(const Coe& coe, const QString& path, QString* error);

    // Plain text as Markdown inline text: every character that could start
    // markup is backslash-escaped; line breaks become hard breaks.
    static QString escapeText(const QString& text);
    // Plain text in a table cell: escaped, "|" escaped, line breaks as spaces.
    static QString escapeCell(const QString& text);
    // A user's Markdown with raw HTML, entities and images made literal
    // (code spans, fenced code and autolinks to web addresses are kept).
    static QString neutralizeMarkdown(const QString& markdown);
};

} // namespace hindsight::exchange
