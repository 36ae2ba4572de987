// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace hindsight::exchange {

// An image of a document is its bytes and nothing else (coe-format.md,
// "Images"). SvgSanitizer makes an SVG self-contained: it rewrites it through
// QXmlStreamReader/Writer and removes every reference to anything outside it.
//
// Removed: href/src-like attributes (href, xlink:href, src, srcset, data,
// poster, background, action, formaction, xml:base, ...) that do not point
// inside the document ("#id"), CSS url(...) that does not, @import and
// image-set() in <style> and style="", <!DOCTYPE> (internal entities are
// expanded by the reader; references to external entities are dropped),
// processing instructions (xml-stylesheet), XInclude elements, <script> and
// on* event attributes. A "data:" URI is kept only on an <image>/<feImage>
// (or CSS url) when it is base64 PNG or JPEG whose bytes really are PNG or
// JPEG; a data: URI holding SVG (which could itself refer outside) is removed.
// A compressed (svgz) or ill-formed SVG cannot be checked, so it is refused:
// ok() is false and it is never rendered.
struct SvgSanitized
{
    bool ok() const { return error.isEmpty(); }
    QByteArray svg;      // the cleaned SVG (UTF-8), when ok()
    QStringList removed; // what was removed, one short description each (untranslated XML)
    QString error;       // why the SVG could not be read (translated), else empty
};

class SvgSanitizer
{
public:
    static SvgSanitized sanitize(const QByteArray& svg);
    // The removed list for a message: the first few, then how many more.
    static QString describe(const QStringList& removed);

    // Decodes an image of a document without reading anything else: the
    // decoder is fixed by mediaType (image/png, image/jpeg, image/svg+xml, no
    // format guessing from the content), an SVG is sanitized first, and bytes
    // that are an SVG under another type are refused. An SVG is rendered to fit
    // in fitSvgIn when that is valid. PNG and JPEG must start with their
    // signature. A null image when it cannot be shown.
    static QImage decode(const QByteArray& data, const QString& mediaType, const QSize& fitSvgIn = {});

    // The bytes to write out for an image (Markdown export): a sanitized SVG,
    // other types as they are; empty when an SVG cannot be checked.
    static QByteArray safeBytes(const QByteArray& data, const QString& mediaType);
};

} // namespace hindsight::exchange
