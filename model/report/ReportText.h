// SPDX-License-Identifier: MIT
#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextTable>

namespace hindsight::charts {
struct ChartSpec;
}

namespace hindsight::report {

// The typography of a report and the only place where text enters it.
// User text goes in with insertText (never as HTML); Markdown fields go in
// with insertMarkdown(MarkdownNoHTML) and are then cleaned of every image
// and link that does not point where a report may point.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    enum class Style { Normal, Label, Missing, Small, Caption, Question };
    enum class TableStyle { Grid, Facts };

    explicit ReportText(ReportDocument* doc);

    // The text on one line (newlines and tabs become spaces), for headings.
    static QString oneLine(const QString& text);
    // Whether a user's URL may become a clickable link (http, https, mailto).
    static bool isLinkable(const QString& url);
    static QStringList fontFamilies();
    // Percentage widths for a table whose column c holds the texts columns[c] (header first):
    // every column but `stretch` is as wide as its longest word at least (a word is never
    // broken: "Priorida|d") and its longest text at most (up to a cap); `stretch` takes the rest.
    static QList<int> columnPercents(const QList<QStringList>& columns, int stretch);

    void title(const QString& text);
    void heading(int level, const QString& text);
    void paragraph(const QString& text, Style style = Style::Normal);
    void labelled(const QString& label, const QString& text);
    void appendText(const QString& text, Style style = Style::Normal);
    void appendLink(const QString& url);
    void markdown(const QString& markdown, const QString& emptyText);
    void bullet(const QString& text);
    void endList();
    void image(const QByteArray& data, const QString& mediaType, const QString& fileName);
    // A chart (model/charts) as vectors, the text width wide and `height`
    // tall (1/96 inch, the unit of images), kept with the caption after it.
    void chart(const charts::ChartSpec& spec, qreal height);

    // A why-step is one block: whyMarkers() and whyDetail() add lines to
    // the step whyStep() began.
    void whyStep(int depth, const QString& label, const QString& why, const QString& because);
    void whyMarkers(int depth, const QString& text);
    void whyDetail(int depth, const QString& label, const QString& text, bool missing);

    QTextTable* table(int rows, int columns, const QList<int>& percentWidths, bool headerRow,
                      TableStyle style = TableStyle::Grid);
    void headerRow(QTextTable* table, const QStringList& labels);
    void cellText(QTextTable* table, int row, int column, const QString& text, Style style = Style::Normal);
    void cellGap(QTextTable* table, int row, const QString& length, const QString& explanation,
                 const QString& unexplained);
    void cellMarkdown(QTextCursor& cursor, const QString& markdown);
    void endTable(QTextTable* table);

    void insertText(QTextCursor& cursor, const QString& text, Style style = Style::Normal);
    void insertLink(QTextCursor& cursor, const QString& url, Style style = Style::Normal);

private:
    QTextCharFormat charFormat(Style style) const;
    void startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);
    void insertMarkdownAt(QTextCursor& cursor, const QString& markdown);
    void sanitize(int from, int to);

    ReportDocument* m_doc;
    QTextCursor m_cursor;
    bool m_atEmptyBlock = true;
    QTextList* m_list = nullptr;
};

} // namespace hindsight::report
