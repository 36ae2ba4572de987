// SPDX-License-Identifier: MIT
#include "ReportText.h"

#include "charts/ChartTextObject.h"

#include "exchange/SvgSanitizer.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextList>
#include <QUrl>

#include <cmath>

namespace hindsight::report {

namespace {

const QColor kHeadingColor(0x1f, 0x3a, 0x5f);
const QColor kMutedColor(0x55, 0x5b, 0x63);
const QColor kMissingColor(0xa3, 0x1f, 0x1f);
const QColor kLinkColor(0x1a, 0x4f, 0xa0);
const QColor kBorderColor(0xc4, 0xc9, 0xcf);
const QColor kHeaderFill(0xe6, 0xeb, 0xf1);
const QColor kLabelFill(0xf3, 0xf5, 0xf7);
const QColor kGapFill(0xff, 0xf3, 0xcd);
const QColor kRootCauseColor(0x8a, 0x1c, 0x1c);

// Why-steps are indented one level per depth up to this many levels; deeper
// steps (a chain may be 100 deep) stay at this indent and their numbers show
// the depth. Indenting 40 px per level left a step 100 deep no width at all:
// a line per character, a page per step and minutes of layout.
constexpr int kMaxWhyIndent = 6;

int whyIndent(int depth)
{
    return qBound(0, depth, kMaxWhyIndent);
}

// Text kept in the current block: its line breaks become line separators.
QString inBlock(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator)
            c = QChar::LineSeparator;
    }
    out.remove(QLatin1Char('\r'));
    return out;
}

constexpr qreal kBodyPt = 9.5;
constexpr auto kMarkdownFeatures = QTextDocument::MarkdownFeatures(
    int(QTextDocument::MarkdownDialectGitHub) | int(QTextDocument::MarkdownNoHTML));

} // namespace

ReportText::ReportText(ReportDocument* doc) : m_doc(doc), m_cursor(doc)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(kBodyPt);
    font.setStyleHint(QFont::SansSerif);
    m_doc->setDefaultFont(font);
    m_doc->setDocumentMargin(0);
    m_doc->setIndentWidth(22);
}

QList<int> ReportText::columnPercents(const QList<QStringList>& columns, int stretch)
{
    // Measured in points (a 72 dpi device), the header in bold, against
    // the narrowest body width of the paper sizes offered (A4 and Letter less margins).
    constexpr qreal kBodyWidthPt = 460;
    constexpr qreal kCapPt = 70;
    constexpr qreal kPaddingPt = 2 * 3 + 1.5; // cell padding both sides, borders
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(2835); // 72 dpi
    device.setDotsPerMeterY(2835);
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(kBodyPt);
    font.setStyleHint(QFont::SansSerif);
    const QFontMetricsF plain(font, &device);
    font.setBold(true);
    const QFontMetricsF bold(font, &device);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // Each column's narrowest (its longest word) and preferred (its longest text, capped) width.
    QList<qreal> least;
    QList<qreal> preferred;
    for (int c = 0; c < columns.size(); ++c) {
        qreal longestWord = 0;
        qreal longestText = 0;
        for (int i = 0; i < columns[c].size(); ++i) {
            const QFontMetricsF& metrics = i == 0 ? bold : plain; // the header is bold
            const QString& text = columns[c][i];
            longestText = qMax(longestText, metrics.horizontalAdvance(text));
            for (const QString& word : text.split(space, Qt::SkipEmptyParts))
                longestWord = qMax(longestWord, metrics.horizontalAdvance(word));
        }
        least.append(c == stretch ? 0 : (longestWord + kPaddingPt) * 100 / kBodyWidthPt);
        preferred.append(c == stretch ? 0 : (qMax(longestWord, qMin(longestText, kCapPt)) + kPaddingPt) * 100
                                                / kBodyWidthPt);
    }
    // The others share what the stretch column leaves (it keeps 45 % if it can), never below their least.
    const qreal budget = stretch >= 0 ? 55 : 100;
    qreal sumLeast = 0;
    qreal sumPreferred = 0;
    for (int c = 0; c < columns.size(); ++c) {
        sumLeast += least[c];
        sumPreferred += preferred[c];
    }
    const qreal share = sumPreferred <= budget ? 1
                        : sumPreferred > sumLeast ? qMax<qreal>(0, (budget - sumLeast) / (sumPreferred - sumLeast))
                                                  : 0;
    QList<int> percents;
    int used = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const int percent = int(std::ceil(least[c] + share * (preferred[c] - least[c])));
        percents.append(c == stretch ? 0 : percent);
        used += percents.last();
    }
    if (stretch >= 0 && stretch < percents.size())
        percents[stretch] = qMax(15, 100 - used);
    return percents;
}

QStringList ReportText::fontFamilies()
{
    // DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew; the Noto
    // families fill in where it has no glyph.
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
            QStringLiteral("Noto Sans Hebrew")};
}

QString ReportText::oneLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out.trimmed();
}

bool ReportText::isLinkable(const QString& url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid())
        return false;
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !u.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !u.host().isEmpty();
}

QTextCharFormat ReportText::charFormat(Style style) const
{
    QTextCharFormat f;
    switch (style) {
    case Style::Normal:
        break;
    case Style::Label:
    case Style::Question:
        f.setFontWeight(QFont::Bold);
        break;
    case Style::Missing:
        f.setFontItalic(true);
        f.setForeground(kMissingColor);
        break;
    case Style::Small:
        f.setFontPointSize(kBodyPt - 1.5);
        f.setForeground(kMutedColor);
        break;
    case Style::Caption:
        f.setFontPointSize(kBodyPt - 1);
        f.setFontItalic(true);
        f.setForeground(kMutedColor);
        break;
    }
    return f;
}

void ReportText::startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars)
{
    if (m_atEmptyBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_atEmptyBlock = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
}

void ReportText::title(const QString& text)
{
    QTextBlockFormat b;
    b.setBottomMargin(10);
    b.setHeadingLevel(1);
    QTextCharFormat c;
    c.setFontPointSize(18);
    c.setFontWeight(QFont::Bold);
    c.setForeground(kHeadingColor);
    startBlock(b, c);
    m_cursor.insertText(oneLine(text), c);
}

void ReportText::heading(int level, const QString& text)
{
    QTextBlockFormat b;
    b.setTopMargin(level == 1 ? 16 : 10);
    b.setBottomMargin(level == 1 ? 6 : 4);
    b.setHeadingLevel(level + 1);
    b.setProperty(ReportDocument::HeadingLevelProperty, level);
    b.setProperty(ReportDocument::KeepWithNextProperty, true);
    QTextCharFormat c;
    c.setFontPointSize(level == 1 ? 13.5 : 11);
    c.setFontWeight(QFont::Bold);
    c.setForeground(kHeadingColor);
    startBlock(b, c);
    m_cursor.insertText(oneLine(text), c);
}

void ReportText::paragraph(const QString& text, Style style)
{
    QTextBlockFormat b;
    b.setBottomMargin(4);
    if (style == Style::Caption) {
        b.setAlignment(Qt::AlignHCenter);
        b.setBottomMargin(10);
    }
    if (style == Style::Question) {
        b.setTopMargin(6);
        b.setProperty(ReportDocument::KeepWithNextProperty, true);
    }
    const QTextCharFormat c = charFormat(style);
    startBlock(b, c);
    m_cursor.insertText(text, c);
}

void ReportText::labelled(const QString& label, const QString& text)
{
    paragraph(label, Style::Label);
    appendText(text);
}

void ReportText::appendText(const QString& text, Style style)
{
    m_cursor.insertText(text, charFormat(style));
}

void ReportText::appendLink(const QString& url)
{
    insertLink(m_cursor, url);
}

void ReportText::markdown(const QString& markdown, const QString& emptyText)
{
    if (markdown.trimmed().isEmpty()) {
        if (!emptyText.isEmpty())
            paragraph(emptyText, Style::Missing);
        return;
    }
    QTextBlockFormat b;
    b.setBottomMargin(4);
    startBlock(b, QTextCharFormat());
    insertMarkdownAt(m_cursor, markdown);
}

void ReportText::cellMarkdown(QTextCursor& cursor, const QString& markdown)
{
    cursor.insertBlock(QTextBlockFormat(), charFormat(Style::Normal));
    insertMarkdownAt(cursor, markdown);
}

void ReportText::insertMarkdownAt(QTextCursor& cursor, const QString& markdown)
{
    const int from = cursor.position();
    cursor.insertMarkdown(markdown, kMarkdownFeatures);
    sanitize(from, cursor.position());
}

void ReportText::sanitize(int from, int to)
{
    // Markdown may ask for images (![x](file:///etc/passwd)) and links of any
    // scheme. Images become their address as text; links that are not web or
    // mail addresses become plain text.
    struct Fix
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Fix> fixes;
    for (QTextBlock block = m_doc->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() || (format.isAnchor() && !isLinkable(format.anchorHref())))
                fixes.append({fragment.position(), fragment.length(), format});
        }
    }
    for (auto it = fixes.crbegin(); it != fixes.crend(); ++it) {
        QTextCursor c(m_doc);
        c.setPosition(it->position);
        c.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->format.isImageFormat()) {
            c.insertText(tr("[image: %1]").arg(it->format.toImageFormat().name()), QTextCharFormat());
        } else {
            QTextCharFormat f = it->format;
            f.setAnchor(false);
            f.clearProperty(QTextFormat::AnchorHref);
            f.clearProperty(QTextFormat::AnchorName);
            f.clearForeground();
            f.setFontUnderline(false);
            c.setCharFormat(f);
        }
    }
}

void ReportText::bullet(const QString& text)
{
    QTextBlockFormat b;
    b.setBottomMargin(3);
    startBlock(b, QTextCharFormat());
    if (!m_list) {
        QTextListFormat lf;
        lf.setStyle(QTextListFormat::ListDisc);
        lf.setIndent(1);
        m_list = m_cursor.createList(lf);
    } else {
        m_list->add(m_cursor.block());
    }
    m_cursor.insertText(text, QTextCharFormat());
}

void ReportText::endList()
{
    m_list = nullptr;
}

void ReportText::chart(const charts::ChartSpec& spec, qreal height)
{
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setTopMargin(6);
    b.setBottomMargin(2);
    b.setProperty(ReportDocument::KeepWithNextProperty, true);
    startBlock(b, QTextCharFormat());
    const qreal width = ReportDocument::textWidth(m_doc->paper());
    // insertChart takes points (1/72 inch); the document's unit is 1/96 inch.
    // Registered by the printer before layout (ReportPrinter::paginate): not
    // here, where the layout it creates would follow every later insertion.
    charts::insertChart(m_cursor, spec, QSizeF(width * 72.0 / 96.0, height * 72.0 / 96.0), false);
    m_atEmptyBlock = false;
}

void ReportText::image(const QByteArray& data, const QString& mediaType, const QString& fileName)
{
    // Only the image's own bytes: an SVG is sanitized again here (an archive
    // written before import sanitized it may hold one that refers to a file)
    // and the decoder is the declared type's, never one guessed from the bytes.
    const qreal width = ReportDocument::textWidth(m_doc->paper());
    // An SVG is rasterised at twice the printed width.
    const QImage img = exchange::SvgSanitizer::decode(data, mediaType, QSize(int(width * 2), int(width * 4)));

    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setTopMargin(6);
    b.setBottomMargin(2);
    if (img.isNull() || img.width() <= 0 || img.height() <= 0) {
        startBlock(b, charFormat(Style::Missing));
        m_cursor.insertText(tr("[Image %1 cannot be shown]").arg(fileName), charFormat(Style::Missing));
        return;
    }
    startBlock(b, QTextCharFormat());
    const QPageLayout layout = ReportDocument::pageLayout(m_doc->paper());
    const qreal maxHeight = layout.paintRect(QPageLayout::Inch).height() * 96.0 * 0.55;
    qreal w = width;
    qreal h = w * img.height() / img.width();
    if (h > maxHeight) {
        h = maxHeight;
        w = h * img.width() / img.height();
    }
    QTextImageFormat f;
    f.setName(m_doc->addImage(img));
    f.setWidth(w);
    f.setHeight(h);
    m_cursor.insertImage(f);
}

void ReportText::whyStep(int depth, const QString& label, const QString& why, const QString& because)
{
    // The whole step is one block (its lines after the question hang 20 px
    // further in), not a question block kept with the next one: with 2,000
    // steps, moving question blocks to the next page one by one, each time
    // laying out everything after again, took most of a PDF export's time.
    QTextBlockFormat b;
    b.setIndent(whyIndent(depth));
    b.setLeftMargin(20);
    b.setTextIndent(-20);
    b.setTopMargin(6);
    b.setBottomMargin(1);
    QTextCharFormat bold = charFormat(Style::Label);
    startBlock(b, bold);
    m_cursor.insertText(label + QStringLiteral("   "), bold);
    m_cursor.insertText(why.isEmpty() ? tr("(no question)") : inBlock(why), bold);
    m_cursor.insertText(QString(QChar::LineSeparator), QTextCharFormat());
    QTextCharFormat italic;
    italic.setFontItalic(true);
    m_cursor.insertText(tr("Because: "), italic);
    if (because.isEmpty())
        m_cursor.insertText(tr("not answered"), charFormat(Style::Missing));
    else
        m_cursor.insertText(inBlock(because), QTextCharFormat());
}

void ReportText::whyMarkers(int, const QString& text)
{
    QTextCharFormat c;
    c.setFontWeight(QFont::Bold);
    c.setForeground(kRootCauseColor);
    m_cursor.insertText(QString(QChar::LineSeparator), QTextCharFormat());
    m_cursor.insertText(QStringLiteral("◆ ") + inBlock(text), c);
}

void ReportText::whyDetail(int, const QString& label, const QString& text, bool missing)
{
    m_cursor.insertText(QString(QChar::LineSeparator), QTextCharFormat());
    m_cursor.insertText(label, charFormat(Style::Small));
    m_cursor.insertText(inBlock(text), missing ? charFormat(Style::Missing) : charFormat(Style::Small));
}

QTextTable* ReportText::table(int rows, int columns, const QList<int>& percentWidths, bool headerRow,
                              TableStyle style)
{
    QTextBlockFormat b;
    startBlock(b, QTextCharFormat());
    QTextTableFormat tf;
    tf.setBorder(0.5);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderBrush(kBorderColor);
    tf.setCellSpacing(0);
    tf.setCellPadding(style == TableStyle::Facts ? 2.5 : 3);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setBottomMargin(6);
    QList<QTextLength> widths;
    for (int w : percentWidths)
        widths.append(QTextLength(QTextLength::PercentageLength, w));
    tf.setColumnWidthConstraints(widths);
    if (headerRow)
        tf.setHeaderRowCount(1);
    QTextTable* t = m_cursor.insertTable(rows, columns, tf);
    if (style == TableStyle::Facts) {
        for (int r = 0; r < rows; ++r) {
            QTextTableCell cell = t->cellAt(r, 0);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(kLabelFill);
            cell.setFormat(cf);
        }
    }
    return t;
}

void ReportText::headerRow(QTextTable* table, const QStringList& labels)
{
    for (int c = 0; c < labels.size() && c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(kHeaderFill);
        cell.setFormat(cf);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.insertText(labels[c], charFormat(Style::Label));
    }
}

void ReportText::cellText(QTextTable* table, int row, int column, const QString& text, Style style)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    cursor.insertText(text, charFormat(style));
}

void ReportText::cellGap(QTextTable* table, int row, const QString& length, const QString& explanation,
                         const QString& unexplained)
{
    // A row merged into one cell gets the text across the table; otherwise
    // (see CoeReport: long timelines) every cell is shaded and the text sits
    // in the last, widest column, as in the Markdown export.
    const bool merged = table->cellAt(row, 0).columnSpan() == table->columns();
    for (int c = 0; c < (merged ? 1 : table->columns()); ++c) {
        QTextTableCell cell = table->cellAt(row, c);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(kGapFill);
        // The page painter keeps the gap on the page of the entry after it.
        cf.setProperty(ReportDocument::KeepWithNextProperty, true);
        cell.setFormat(cf);
    }
    QTextCursor cursor = table->cellAt(row, merged ? 0 : table->columns() - 1).firstCursorPosition();
    QTextCharFormat label = charFormat(Style::Label);
    label.setFontItalic(true);
    cursor.insertText(length + QStringLiteral(" — "), label);
    if (explanation.isEmpty())
        cursor.insertText(unexplained, charFormat(Style::Missing));
    else
        cursor.insertText(explanation, charFormat(Style::Normal));
}

void ReportText::endTable(QTextTable* table)
{
    m_cursor = table->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_atEmptyBlock = true;
}

void ReportText::insertText(QTextCursor& cursor, const QString& text, Style style)
{
    cursor.insertText(text, charFormat(style));
}

void ReportText::insertLink(QTextCursor& cursor, const QString& url, Style style)
{
    QTextCharFormat f = charFormat(style);
    if (isLinkable(url)) {
        f.setAnchor(true);
        f.setAnchorHref(QUrl(url.trimmed(), QUrl::StrictMode).toString(QUrl::FullyEncoded));
        f.setForeground(kLinkColor);
        f.setFontUnderline(true);
    }
    cursor.insertText(url, f);
}

} // namespace hindsight::report
