// SPDX-License-Identifier: MIT
#include "SvgSanitizer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace hindsight::exchange {

namespace {

const QLatin1String kXInclude("http://www.w3.org/2001/XInclude");
const QLatin1String kXmlNamespace("http://www.w3.org/XML/1998/namespace");

bool isPng(const QByteArray& b)
{
    return b.startsWith("\x89PNG\r\n\x1a\n");
}

bool isJpeg(const QByteArray& b)
{
    return b.startsWith("\xff\xd8\xff");
}

QString shortened(const QString& text)
{
    QString s = text.simplified();
    return s.size() > 100 ? s.left(97) + QStringLiteral("...") : s;
}

// A data: URI of base64 PNG or JPEG whose bytes really are PNG or JPEG (a
// decoder guesses the format from the bytes, so a "PNG" could be an SVG).
bool isSafeRasterDataUri(const QString& value)
{
    // Exactly "data:" first: a renderer may read anything else as a file name.
    static const QRegularExpression re(QStringLiteral("^data:image/(png|jpeg|jpg);base64,(.*)$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return false;
    QByteArray encoded = m.captured(2).toLatin1();
    encoded.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && (isPng(decoded.decoded) || isJpeg(decoded.decoded));
}

bool isLocalReference(const QString& value)
{
    return value.trimmed().startsWith(QLatin1Char('#'));
}

// Attributes whose value is a URL a renderer (QtSvg or a browser opening the
// exported file) may load.
bool isReferenceAttribute(const QXmlStreamAttribute& a)
{
    static const QSet<QString> names{
        QStringLiteral("href"),     QStringLiteral("src"),        QStringLiteral("srcset"),
        QStringLiteral("data"),     QStringLiteral("poster"),     QStringLiteral("background"),
        QStringLiteral("action"),   QStringLiteral("formaction"), QStringLiteral("codebase"),
        QStringLiteral("archive"),  QStringLiteral("lowsrc"),     QStringLiteral("dynsrc"),
        QStringLiteral("longdesc"), QStringLiteral("cite"),       QStringLiteral("profile"),
        QStringLiteral("manifest"), QStringLiteral("ping"),       QStringLiteral("icon"),
        QStringLiteral("usemap"),   QStringLiteral("classid")};
    const QString local = a.name().toString().toLower();
    if (local == QLatin1String("base"))
        return a.namespaceUri() == kXmlNamespace || a.qualifiedName() == QLatin1String("xml:base");
    return names.contains(local);
}

class Sanitizer
{
public:
    explicit Sanitizer(const QByteArray& input) : m_reader(input), m_writer(&m_out) {}

    SvgSanitized run();

private:
    void startElement();
    void removed(const QString& what) { m_result.removed << shortened(what); }
    QString cleanCss(const QString& css);
    QString cleanUrls(const QString& css, bool* dropped);

    QXmlStreamReader m_reader;
    QByteArray m_out;
    QXmlStreamWriter m_writer;
    SvgSanitized m_result;
    bool m_inStyle = false;
    QString m_styleText;
    bool m_styleCdata = false;
    bool m_sawRoot = false;
};

QString Sanitizer::cleanUrls(const QString& css, bool* dropped)
{
    QString out;
    out.reserve(css.size());
    qsizetype i = 0;
    while (i < css.size()) {
        const qsizetype at = css.indexOf(QLatin1String("url("), i, Qt::CaseInsensitive);
        if (at < 0) {
            out += css.mid(i);
            break;
        }
        out += css.mid(i, at - i);
        qsizetype j = at + 4;
        while (j < css.size() && css[j].isSpace())
            ++j;
        qsizetype end = -1;
        QString target;
        if (j < css.size() && (css[j] == QLatin1Char('"') || css[j] == QLatin1Char('\''))) {
            const qsizetype close = css.indexOf(css[j], j + 1);
            if (close >= 0) {
                target = css.mid(j + 1, close - j - 1);
                end = css.indexOf(QLatin1Char(')'), close + 1);
            }
        } else {
            end = css.indexOf(QLatin1Char(')'), j);
            if (end >= 0)
                target = css.mid(j, end - j).trimmed();
        }
        if (end < 0) {
            // Unterminated: everything after it is dropped.
            removed(css.mid(at));
            *dropped = true;
            return out;
        }
        if (isLocalReference(target) || isSafeRasterDataUri(target)) {
            out += css.mid(at, end + 1 - at);
        } else {
            removed(css.mid(at, end + 1 - at));
            *dropped = true;
            out += QLatin1String("none");
        }
        i = end + 1;
    }
    return out;
}

QString Sanitizer::cleanCss(const QString& css)
{
    // Escapes could spell url( or @import in a way this scan does not see,
    // and image-set() and friends take plain strings: drop such CSS whole.
    static const QRegularExpression risky(QStringLiteral("\\\\|\\b(image-set|image|cross-fade|element|src)\\s*\\("),
                                          QRegularExpression::CaseInsensitiveOption);
    if (risky.match(css).hasMatch()) {
        removed(css);
        return {};
    }
    QString text = css;
    static const QRegularExpression import(QStringLiteral("@import[^;]*(;|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = import.globalMatch(text); it.hasNext();)
        removed(it.next().captured(0));
    text.remove(import);
    bool dropped = false;
    return cleanUrls(text, &dropped);
}

void Sanitizer::startElement()
{
    const QString local = m_reader.name().toString();
    const QString lowerLocal = local.toLower();
    const QString qualified = m_reader.qualifiedName().toString();
    const QXmlStreamAttributes attributes = m_reader.attributes();
    QString hrefs;
    for (const QXmlStreamAttribute& a : attributes)
        if (isReferenceAttribute(a))
            hrefs += QStringLiteral(" %1=\"%2\"").arg(a.qualifiedName(), a.value());
    if (m_inStyle) {
        // Markup inside <style> would end the CSS scan early: none is kept.
        removed(QStringLiteral("<style><%1%2>").arg(qualified, hrefs));
        m_reader.skipCurrentElement();
        return;
    }
    if (m_reader.namespaceUri() == kXInclude || lowerLocal == QLatin1String("script")
        || lowerLocal == QLatin1String("handler")) {
        removed(QStringLiteral("<%1%2>").arg(qualified, hrefs));
        m_reader.skipCurrentElement();
        return;
    }
    if (lowerLocal == QLatin1String("set") || lowerLocal.startsWith(QLatin1String("animate"))) {
        // An animation that sets a reference attribute would bring it back.
        const QString target = attributes.value(QLatin1String("attributeName")).toString().toLower();
        const QString targetLocal = target.mid(target.indexOf(QLatin1Char(':')) + 1);
        if (isReferenceAttribute(QXmlStreamAttribute(targetLocal, QString()))
            || targetLocal == QLatin1String("base")) {
            removed(QStringLiteral("<%1 attributeName=\"%2\">").arg(qualified, target));
            m_reader.skipCurrentElement();
            return;
        }
    }
    const bool rasterOnly = lowerLocal == QLatin1String("image") || lowerLocal == QLatin1String("img");
    const bool localOnly = lowerLocal == QLatin1String("use") || lowerLocal == QLatin1String("tref");
    if (rasterOnly || localOnly) {
        // <image> loads whatever its href names, even "#x" (as a file): only
        // an embedded PNG or JPEG stays. <use> may only name an element here.
        // Without its source such an element goes whole.
        bool external = false;
        for (const QXmlStreamAttribute& a : attributes) {
            const QString value = a.value().toString();
            external = external
                       || (isReferenceAttribute(a)
                           && !(rasterOnly ? isSafeRasterDataUri(value) : isLocalReference(value)));
        }
        if (external) {
            removed(QStringLiteral("<%1%2>").arg(qualified, hrefs));
            m_reader.skipCurrentElement();
            return;
        }
    }
    if (!m_sawRoot) {
        m_sawRoot = true;
        if (local != QLatin1String("svg")) {
            m_result.error = QCoreApplication::translate("SvgSanitizer", "the root element is <%1>, not <svg>")
                                 .arg(qualified);
            return;
        }
    }
    m_writer.writeStartElement(qualified);
    for (const QXmlStreamNamespaceDeclaration& ns : m_reader.namespaceDeclarations()) {
        if (ns.prefix().isEmpty())
            m_writer.writeDefaultNamespace(ns.namespaceUri().toString());
        else
            m_writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
    }
    // feImage may point at an element or hold an embedded PNG or JPEG.
    const bool rasterHost = rasterOnly || lowerLocal == QLatin1String("feimage");
    for (const QXmlStreamAttribute& a : attributes) {
        const QString name = a.qualifiedName().toString();
        const QString value = a.value().toString();
        if (a.namespaceUri().isEmpty() && a.name().startsWith(QLatin1String("on"), Qt::CaseInsensitive)) {
            removed(QStringLiteral("<%1 %2=\"%3\">").arg(qualified, name, value));
            continue;
        }
        if (isReferenceAttribute(a)) {
            if ((!rasterOnly && isLocalReference(value)) || (rasterHost && isSafeRasterDataUri(value))) {
                m_writer.writeAttribute(name, value);
            } else {
                removed(QStringLiteral("<%1 %2=\"%3\">").arg(qualified, name, value));
            }
            continue;
        }
        if (a.name() == QLatin1String("style") || value.contains(QLatin1String("url("), Qt::CaseInsensitive)
            || value.contains(QLatin1String("@import"), Qt::CaseInsensitive)) {
            const qsizetype before = m_result.removed.size();
            const QString clean = cleanCss(value);
            if (m_result.removed.size() != before)
                m_result.removed.last().prepend(QStringLiteral("%1: ").arg(name));
            m_writer.writeAttribute(name, clean);
            continue;
        }
        m_writer.writeAttribute(name, value);
    }
    if (lowerLocal == QLatin1String("style")) {
        m_inStyle = true;
        m_styleText.clear();
        m_styleCdata = false;
    }
}

SvgSanitized Sanitizer::run()
{
    m_writer.setAutoFormatting(false);
    while (!m_reader.atEnd() && m_result.error.isEmpty()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartDocument: m_writer.writeStartDocument(); break;
        case QXmlStreamReader::EndDocument: m_writer.writeEndDocument(); break;
        case QXmlStreamReader::DTD: {
            // Never written out. Internal entities are expanded by the reader
            // where they are used; external ones are what we must not follow.
            for (const QXmlStreamEntityDeclaration& e : m_reader.entityDeclarations()) {
                if (!e.systemId().isEmpty() || !e.publicId().isEmpty())
                    removed(QStringLiteral("<!ENTITY %1 SYSTEM \"%2\">").arg(e.name(), e.systemId()));
            }
            const QString publicId = m_reader.dtdPublicId().toString();
            const QString systemId = m_reader.dtdSystemId().toString();
            if (!systemId.isEmpty() && !publicId.startsWith(QLatin1String("-//W3C//DTD SVG")))
                removed(QStringLiteral("<!DOCTYPE %1 \"%2\">").arg(m_reader.dtdName(), systemId));
            break;
        }
        case QXmlStreamReader::StartElement: startElement(); break;
        case QXmlStreamReader::EndElement:
            if (m_inStyle) {
                const QString clean = cleanCss(m_styleText);
                if (m_styleCdata)
                    m_writer.writeCDATA(clean);
                else
                    m_writer.writeCharacters(clean);
                m_inStyle = false;
            }
            m_writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (m_inStyle) {
                m_styleText += m_reader.text();
                m_styleCdata = m_styleCdata || m_reader.isCDATA();
            } else if (m_reader.isCDATA()) {
                m_writer.writeCDATA(m_reader.text().toString());
            } else {
                m_writer.writeCharacters(m_reader.text().toString());
            }
            break;
        case QXmlStreamReader::Comment: m_writer.writeComment(m_reader.text().toString()); break;
        case QXmlStreamReader::EntityReference:
            removed(QStringLiteral("&%1;").arg(m_reader.name()));
            break;
        case QXmlStreamReader::ProcessingInstruction:
            removed(QStringLiteral("<?%1 %2?>").arg(m_reader.processingInstructionTarget(),
                                                    m_reader.processingInstructionData()));
            break;
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid: break;
        }
    }
    if (m_result.error.isEmpty() && m_reader.hasError()) {
        m_result.error = QCoreApplication::translate("SvgSanitizer", "not well-formed XML at line %1, column %2: %3")
                             .arg(m_reader.lineNumber())
                             .arg(m_reader.columnNumber())
                             .arg(m_reader.errorString());
    } else if (m_result.error.isEmpty() && !m_sawRoot) {
        m_result.error = QCoreApplication::translate("SvgSanitizer", "there is no <svg> element");
    }
    if (m_result.ok())
        m_result.svg = m_out;
    else
        m_result.removed.clear();
    return m_result;
}

} // namespace

SvgSanitized SvgSanitizer::sanitize(const QByteArray& svg)
{
    if (svg.startsWith("\x1f\x8b")) {
        SvgSanitized result;
        result.error = QCoreApplication::translate("SvgSanitizer", "a compressed SVG (svgz) cannot be checked");
        return result;
    }
    return Sanitizer(svg).run();
}

QString SvgSanitizer::describe(const QStringList& removed)
{
    constexpr int kShown = 5;
    const QString shown = removed.mid(0, kShown).join(QStringLiteral("; "));
    if (removed.size() <= kShown)
        return shown;
    return QCoreApplication::translate("SvgSanitizer", "%1 and %n more", nullptr, int(removed.size() - kShown))
        .arg(shown);
}

QByteArray SvgSanitizer::safeBytes(const QByteArray& data, const QString& mediaType)
{
    const QString type = mediaType.toLower();
    if (type == QLatin1String("image/svg+xml")) {
        const SvgSanitized clean = sanitize(data);
        return clean.ok() ? clean.svg : QByteArray();
    }
    return data;
}

QImage SvgSanitizer::decode(const QByteArray& data, const QString& mediaType, const QSize& fitSvgIn)
{
    const QString type = mediaType.toLower();
    const bool raster = (type == QLatin1String("image/png") && isPng(data))
                        || (type == QLatin1String("image/jpeg") && isJpeg(data));
    if (!raster && type != QLatin1String("image/svg+xml"))
        return {}; // unknown type, or bytes that are not what they say (an SVG as "PNG")
    const QByteArray bytes = raster ? data : safeBytes(data, mediaType);
    if (bytes.isEmpty())
        return {};
    const QByteArray format = type == QLatin1String("image/png")    ? QByteArrayLiteral("png")
                              : type == QLatin1String("image/jpeg") ? QByteArrayLiteral("jpeg")
                                                                    : QByteArrayLiteral("svg");
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false); // never let the bytes pick another decoder
    if (format == "svg" && fitSvgIn.isValid() && reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(fitSvgIn, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace hindsight::exchange
