// SPDX-License-Identifier: MIT
#include "ReportHtml.h"

#include "ReportText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace hindsight::report {
namespace {

const char* const kStyle =
    "body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}"
    "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ccc}"
    "h3{font-size:1.05em}table{border-collapse:collapse;margin:.5em 0}"
    "td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}"
    "img{max-width:100%;height:auto}code{font-family:monospace}";

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

class Writer
{
public:
    explicit Writer(const ReportDocument& doc) : m_doc(doc) {}

    QString run()
    {
        const QString title = m_doc.metaInformation(QTextDocument::DocumentTitle);
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                     .arg(ReportHtml::escape(QLocale().bcp47Name()));
        m_out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                "img-src data:; style-src 'unsafe-inline'\"/>\n");
        m_out += QStringLiteral("<meta name=\"generator\" content=\"Hindsight\"/>\n");
        m_out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                     .arg(ReportHtml::escape(title), QLatin1String(kStyle));
        frame(m_doc.rootFrame());
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    void frame(QTextFrame* f)
    {
        for (auto it = f->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* child = it.currentFrame()) {
                closeList();
                if (auto* table = qobject_cast<QTextTable*>(child))
                    this->table(table);
                else
                    frame(child);
            } else {
                block(it.currentBlock());
            }
        }
        closeList();
    }

    void table(QTextTable* t)
    {
        const int headerRows = t->format().headerRowCount();
        m_out += QStringLiteral("<table>\n");
        for (int r = 0; r < t->rows(); ++r) {
            m_out += QStringLiteral("<tr>");
            for (int c = 0; c < t->columns(); ++c) {
                const QTextTableCell cell = t->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r || cell.column() != c)
                    continue;
                const QString tag = r < headerRows ? QStringLiteral("th") : QStringLiteral("td");
                m_out += QLatin1Char('<') + tag;
                if (cell.rowSpan() > 1)
                    m_out += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan());
                if (cell.columnSpan() > 1)
                    m_out += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan());
                const QBrush background = cell.format().background();
                if (background.style() != Qt::NoBrush)
                    m_out += QStringLiteral(" style=\"background:%1\"").arg(background.color().name());
                m_out += QLatin1Char('>');
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (QTextFrame* child = it.currentFrame()) {
                        closeList();
                        if (auto* inner = qobject_cast<QTextTable*>(child))
                            table(inner);
                        else
                            frame(child);
                    } else {
                        block(it.currentBlock(), true);
                    }
                }
                closeList();
                m_out += QStringLiteral("</%1>").arg(tag);
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</table>\n");
    }

    void closeList()
    {
        if (!m_list)
            return;
        m_out += m_ordered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
        m_list = nullptr;
    }

    void block(const QTextBlock& b, bool inCell = false)
    {
        const QTextBlockFormat format = b.blockFormat();
        if (format.property(ReportDocument::RowSpacerProperty).toBool())
            return;
        QTextList* list = b.textList();
        if (list != m_list) {
            closeList();
            if (list) {
                const int style = list->format().style();
                m_ordered =
                    style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                    style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
                    style == QTextListFormat::ListUpperRoman;
                m_out += m_ordered ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
                m_list = list;
            }
        }
        const QString content = inlineText(b);
        QString tag;
        if (list) {
            tag = QStringLiteral("li");
        } else if (format.hasProperty(ReportDocument::HeadingLevelProperty)) {
            tag = format.intProperty(ReportDocument::HeadingLevelProperty) <= 1 ? QStringLiteral("h2")
                                                                                : QStringLiteral("h3");
        } else if (format.headingLevel() == 1 && !m_titleDone && !inCell) {
            tag = QStringLiteral("h1");
            m_titleDone = true;
        } else if (format.headingLevel() > 0) {
            tag = QStringLiteral("h4");
        } else if (format.nonBreakableLines()) {
            tag = QStringLiteral("pre");
        } else {
            if (content.isEmpty() && (inCell || b.length() <= 1))
                return; // empty cells and spacing blocks
            tag = QStringLiteral("p");
        }
        m_out += QStringLiteral("<%1>%2</%1>\n").arg(tag, content);
    }

    QString inlineText(const QTextBlock& b)
    {
        QString out;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                out += image(format.toImageFormat());
                continue;
            }
            QString text = fragment.text();
            text.remove(QChar::ObjectReplacementCharacter);
            QString html = ReportHtml::escape(text);
            html.replace(QChar::LineSeparator, QStringLiteral("<br/>"));
            if (html.isEmpty())
                continue;
            if (format.fontFixedPitch() ||
                format.fontFamilies().toStringList().contains(QStringLiteral("monospace")))
                html = QStringLiteral("<code>%1</code>").arg(html);
            if (format.fontItalic())
                html = QStringLiteral("<em>%1</em>").arg(html);
            if (format.fontWeight() >= QFont::DemiBold && !b.blockFormat().headingLevel())
                html = QStringLiteral("<strong>%1</strong>").arg(html);
            if (format.fontStrikeOut())
                html = QStringLiteral("<s>%1</s>").arg(html);
            if (format.isAnchor() && ReportText::isLinkable(format.anchorHref())) {
                const QUrl url(format.anchorHref().trimmed(), QUrl::StrictMode);
                html = QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(ReportHtml::escape(url.toString(QUrl::FullyEncoded)), html);
            } else if (format.foreground().style() != Qt::NoBrush && !b.blockFormat().headingLevel()) {
                html = QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(format.foreground().color().name(), html);
            }
            out += html;
        }
        return out;
    }

    QString image(const QTextImageFormat& format)
    {
        // Only the images the builder registered; anything else is not fetched.
        if (!m_doc.imageResourceNames().contains(format.name()))
            return {};
        const QImage img = m_doc.resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
        if (img.isNull())
            return {};
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        QString size;
        if (format.width() > 0)
            size += QStringLiteral(" width=\"%1\"").arg(qRound(format.width()));
        if (format.height() > 0)
            size += QStringLiteral(" height=\"%1\"").arg(qRound(format.height()));
        return QStringLiteral("<img src=\"data:image/png;base64,%1\" alt=\"\"%2/>")
            .arg(QString::fromLatin1(png.toBase64()), size);
    }

    const ReportDocument& m_doc;
    QString m_out;
    QTextList* m_list = nullptr;
    bool m_ordered = false;
    bool m_titleDone = false;
};

} // namespace

QString ReportHtml::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        switch (c) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                out += QChar(c); // handled by the caller
            else if (isXmlChar(c)) {
                const char32_t cp = c;
                out += QString::fromUcs4(&cp, 1);
            } else
                out += QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

QString ReportHtml::render(const ReportDocument& doc)
{
    return Writer(doc).run();
}

bool ReportHtml::writeFile(const ReportDocument& doc, const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = render(doc).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ReportExport", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace hindsight::report
