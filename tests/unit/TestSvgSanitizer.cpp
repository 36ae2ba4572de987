// SPDX-License-Identifier: MIT
// An SVG metric image never makes Hindsight read anything but its own bytes:
// the sanitizer, the import (warning with the JSON path, sanitized bytes
// stored), the report (PDF) and the Markdown export.
#include "ExampleCoe.h"
#include "exchange/CoeJson.h"
#include "exchange/CoeMarkdown.h"
#include "exchange/SvgSanitizer.h"
#include "report/CoeReport.h"
#include "report/ReportDocument.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::exchange;
using namespace Qt::StringLiterals;

namespace {

QByteArray pngBytes(const QColor& color, int size = 64)
{
    QImage img(size, size, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

// A blue square with, on top, an <image> naming `href` (a solid red PNG).
QByteArray svgReferring(const QString& href, const QString& attribute = u"xlink:href"_s)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                          "width=\"100\" height=\"100\"><rect width=\"100\" height=\"100\" fill=\"#0000ff\"/>"
                          "<image x=\"0\" y=\"0\" width=\"100\" height=\"100\" %1=\"%2\"/></svg>")
        .arg(attribute, href.toHtmlEscaped())
        .toUtf8();
}

int redPixels(const QImage& image)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    int red = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 80 && c.blue() < 80)
                ++red;
        }
    return red;
}

int bluePixels(const QImage& image)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    int blue = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.blue() > 200 && c.red() < 80 && c.green() < 80)
                ++blue;
        }
    return blue;
}

// The images of a built report, as rendered into the PDF.
QList<QImage> reportImages(const Coe& coe)
{
    auto doc = report::CoeReport::build(coe);
    QList<QImage> images;
    for (const QString& name : doc->imageResourceNames())
        images << doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
    return images;
}

Coe coeWithImage(const QByteArray& data, const QString& mediaType = u"image/svg+xml"_s)
{
    Coe coe = test::exampleCoe();
    for (Metric& m : coe.metrics)
        m.images.clear();
    coe.metrics[0].images = {MetricImage{u"chart.svg"_s, mediaType, data, u"chart"_s}};
    return coe;
}

} // namespace

class TestSvgSanitizer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_red; // absolute path of a solid red PNG
    QString m_oldCurrent;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_red = m_dir.filePath(u"red.png"_s);
        QFile file(m_red);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(Qt::red));
        file.close();
        // Relative references are resolved against the current folder.
        m_oldCurrent = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        if (!QImageReader::supportedImageFormats().contains("svg"))
            QSKIP("no SVG image plugin (libqt6svg6): SVGs are never rendered here");
    }
    void cleanupTestCase() { QDir::setCurrent(m_oldCurrent); }

    // The check the other tests rely on: a renderer given the raw SVG does
    // read the file (so "no red" below means the reference was not followed)
    // and an embedded PNG, which is kept, is still drawn.
    void fixtureIsMeaningful()
    {
        const QImage direct = QImage::fromData(svgReferring(m_red), "svg");
        QVERIFY(!direct.isNull());
        if (redPixels(direct) == 0)
            QSKIP("this QtSvg does not follow file references at all");
        const QByteArray embedded = "data:image/png;base64," + pngBytes(Qt::red).toBase64();
        const SvgSanitized clean = SvgSanitizer::sanitize(svgReferring(QString::fromLatin1(embedded)));
        QVERIFY2(clean.ok(), qPrintable(clean.error));
        QVERIFY(clean.removed.isEmpty());
        QVERIFY(redPixels(SvgSanitizer::decode(clean.svg, u"image/svg+xml"_s)) > 0);
    }

    void referencesAreRemoved_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("gone"); // must not be in the result
        QTest::addColumn<QString>("kept"); // must still be in it ("" for nothing)
        const QString abs = QDir(m_dir.path()).filePath(u"red.png"_s);
        QTest::newRow("absolute") << svgReferring(abs) << abs << u"fill=\"#0000ff\""_s;
        QTest::newRow("relative") << svgReferring(u"red.png"_s) << u"red.png"_s << u"<rect"_s;
        QTest::newRow("file url") << svgReferring(QUrl::fromLocalFile(abs).toString()) << u"file:"_s << QString();
        QTest::newRow("http") << svgReferring(u"http://example.com/x.png"_s) << u"example.com"_s << QString();
        QTest::newRow("https href") << svgReferring(u"https://example.com/x.png"_s, u"href"_s) << u"example.com"_s
                                    << QString();
        QTest::newRow("image #fragment") << svgReferring(u"#red.png"_s) << u"red.png"_s << QString();
        QTest::newRow("data svg") << svgReferring(u"data:image/svg+xml;base64,"_s
                                                  + QString::fromLatin1(svgReferring(abs).toBase64()))
                                  << u"data:image/svg"_s << QString();
        QTest::newRow("data png that is an svg")
            << svgReferring(u"data:image/png;base64,"_s + QString::fromLatin1(svgReferring(abs).toBase64()))
            << u"data:"_s << QString();
        QTest::newRow("use other document")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
                          "<defs><g id='g'/></defs><use xlink:href='other.svg#x'/><use href='#g'/></svg>")
            << u"other.svg"_s << u"href=\"#g\""_s;
        QTest::newRow("external entity")
            << QByteArray("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY secret SYSTEM 'file:///etc/passwd'>]>"
                          "<svg xmlns='http://www.w3.org/2000/svg'><text>&secret;</text></svg>")
            << u"passwd"_s << u"<text"_s;
        QTest::newRow("internal entity hides an image")
            << QByteArray("<!DOCTYPE svg [<!ENTITY pic \"<image href='red.png' width='9' height='9'/>\">]>"
                          "<svg xmlns='http://www.w3.org/2000/svg'>&pic;</svg>")
            << u"red.png"_s << u"<svg"_s;
        QTest::newRow("xinclude")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xi='http://www.w3.org/2001/XInclude'>"
                          "<xi:include href='red.svg' parse='xml'/><circle r='3'/></svg>")
            << u"xi:include"_s << u"<circle"_s;
        QTest::newRow("style import and url")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><style>@import url(\"theme.css\");\n"
                          "rect { fill: url('pattern.svg#p'); stroke: url(#grad); }</style><rect/></svg>")
            << u"theme.css pattern.svg"_s << u"url(#grad)"_s;
        QTest::newRow("markup inside style")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><style><x/>@import url(theme.css);</style></svg>")
            << u"theme.css"_s << u"<style"_s;
        QTest::newRow("style escapes")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><style>rect { fill: u\\72l(a.svg#p) }</style>"
                          "</svg>")
            << u"a.svg"_s << QString();
        QTest::newRow("style attribute and fill")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><rect style='fill:url(x.svg#p);stroke:red' "
                          "filter='url(&quot;f.svg#f&quot;)' mask='url(#m)'/></svg>")
            << u"x.svg f.svg"_s << u"url(#m)"_s;
        QTest::newRow("xml-stylesheet")
            << QByteArray("<?xml version='1.0'?><?xml-stylesheet href='theme.css' type='text/css'?>"
                          "<svg xmlns='http://www.w3.org/2000/svg'/>")
            << u"theme.css"_s << u"<svg"_s;
        QTest::newRow("animated href")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><image><set attributeName='href' to='red.png'/>"
                          "</image></svg>")
            << u"red.png"_s << QString();
        QTest::newRow("script and handlers")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg' onload='fetch(\"/x\")'>"
                          "<script>fetch('http://example.com')</script></svg>")
            << u"fetch"_s << QString();
        QTest::newRow("foreignObject html")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><img xmlns='http://www.w3.org/1999/"
                          "xhtml' src='red.png'/><iframe xmlns='http://www.w3.org/1999/xhtml' src='http://e.com'/>"
                          "</foreignObject></svg>")
            << u"red.png e.com"_s << u"foreignObject"_s;
    }

    void referencesAreRemoved()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, gone);
        QFETCH(QString, kept);
        const SvgSanitized clean = SvgSanitizer::sanitize(svg);
        QVERIFY2(clean.ok(), qPrintable(clean.error));
        QVERIFY(!clean.removed.isEmpty());
        const QString out = QString::fromUtf8(clean.svg);
        for (const QString& word : gone.split(u' '))
            QVERIFY2(!out.contains(word), qPrintable(out));
        if (!kept.isEmpty())
            QVERIFY2(out.contains(kept), qPrintable(out));
        // The result is an SVG, and cleaning it again changes nothing.
        const SvgSanitized again = SvgSanitizer::sanitize(clean.svg);
        QVERIFY(again.ok());
        QVERIFY2(again.removed.isEmpty(), qPrintable(again.removed.join(u" | "_s)));
        QCOMPARE(again.svg, clean.svg);
        // Rendered, it shows no red (the referenced file is solid red).
        const QImage rendered = SvgSanitizer::decode(svg, u"image/svg+xml"_s, QSize(100, 100));
        QCOMPARE(redPixels(rendered), 0);
    }

    void cleanSvgIsLeftAlone()
    {
        const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                               "<linearGradient id='g'/><rect width='10' height='10' fill='url(#g)'/></svg>";
        const SvgSanitized clean = SvgSanitizer::sanitize(svg);
        QVERIFY(clean.ok());
        QVERIFY(clean.removed.isEmpty());
        QVERIFY(clean.svg.contains("fill=\"url(#g)\""));
    }

    void manyReferencesAreSummed()
    {
        QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg'>";
        for (int i = 0; i < 50; ++i)
            svg += "<use href='f" + QByteArray::number(i) + ".svg#x'/>";
        svg += "</svg>";
        const SvgSanitized clean = SvgSanitizer::sanitize(svg);
        QCOMPARE(clean.removed.size(), 50);
        const QString text = SvgSanitizer::describe(clean.removed);
        QVERIFY(text.contains(u"f4.svg"_s));
        QVERIFY(!text.contains(u"f5.svg"_s));
        QVERIFY(text.contains(u"45"_s));
    }

    void uncheckableSvgIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("ill-formed") << svgReferring(m_red).chopped(6);
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) + svgReferring(m_red);
        QTest::newRow("not svg") << QByteArray("<html><img src='red.png'/></html>");
        QTest::newRow("entity bomb") << QByteArray(
            "<!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>"
            "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
            "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>"
            "<!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>]>"
            "<svg xmlns='http://www.w3.org/2000/svg'><text>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</text></svg>");
    }

    void uncheckableSvgIsRefused()
    {
        QFETCH(QByteArray, data);
        const SvgSanitized clean = SvgSanitizer::sanitize(data);
        QVERIFY(!clean.ok());
        QVERIFY(clean.svg.isEmpty());
        QVERIFY(SvgSanitizer::decode(data, u"image/svg+xml"_s).isNull());
        QVERIFY(SvgSanitizer::safeBytes(data, u"image/svg+xml"_s).isEmpty());
    }

    // The import keeps the sanitized SVG and says which image it changed.
    void importRemovesReferencesWithWarning()
    {
        Coe coe = test::exampleCoe();
        for (Metric& m : coe.metrics)
            m.images.clear();
        QVERIFY(coe.metrics.size() >= 2);
        const QByteArray clean = "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>";
        coe.metrics[1].images = {MetricImage{u"plain.png"_s, u"image/png"_s, pngBytes(Qt::green, 4), {}},
                                 MetricImage{u"clean.svg"_s, u"image/svg+xml"_s, clean, {}},
                                 MetricImage{u"abs.svg"_s, u"image/svg+xml"_s, svgReferring(m_red), {}},
                                 MetricImage{u"rel.svg"_s, u"image/svg+xml"_s, svgReferring(u"red.png"_s), {}}};
        const JsonReadResult read = CoeJson::read(CoeJson::write(coe));
        QVERIFY(read.ok());
        const QList<MetricImage>& images = read.coe.metrics[1].images;
        QCOMPARE(images.size(), 4);
        QCOMPARE(images[0].data, coe.metrics[1].images[0].data);
        QCOMPARE(images[1].data, clean); // nothing to remove: the bytes as they were
        for (int i : {2, 3}) {
            QVERIFY(!images[i].data.contains("red.png"));
            QVERIFY(images[i].data.contains("<rect"));
            QVERIFY(SvgSanitizer::sanitize(images[i].data).removed.isEmpty());
        }
        QStringList warned;
        for (const JsonDiagnostic& w : read.warnings)
            if (w.message.contains(u"red.png"_s))
                warned << w.path;
        QCOMPARE(warned, (QStringList{u"$.metrics[1].images[2]"_s, u"$.metrics[1].images[3]"_s}));
        // And rendering the stored document reads nothing.
        for (const QImage& image : reportImages(read.coe))
            QCOMPARE(redPixels(image), 0);
    }

    void importKeepsAnUncheckableSvgWithWarning()
    {
        Coe coe = coeWithImage(QByteArray("\x1f\x8b\x08\x00", 4) + svgReferring(m_red));
        const JsonReadResult read = CoeJson::read(CoeJson::write(coe));
        QVERIFY(read.ok());
        QCOMPARE(read.coe.metrics[0].images[0].data, coe.metrics[0].images[0].data); // nothing lost
        bool warned = false;
        for (const JsonDiagnostic& w : read.warnings)
            warned = warned || w.path == u"$.metrics[0].images[0]"_s;
        QVERIFY(warned);
        QCOMPARE(reportImages(read.coe).size(), 0); // never shown
    }

    // An archive written before the fix may hold the raw SVG: the report
    // (what export-pdf prints) sanitizes again.
    void reportNeverFollowsReferences_data()
    {
        QTest::addColumn<QString>("href");
        QTest::newRow("absolute") << m_red;
        QTest::newRow("relative") << u"red.png"_s;
        QTest::newRow("file url") << QUrl::fromLocalFile(m_red).toString();
    }

    void reportNeverFollowsReferences()
    {
        QFETCH(QString, href);
        const QList<QImage> images = reportImages(coeWithImage(svgReferring(href)));
        QCOMPARE(images.size(), 1);
        QCOMPARE(redPixels(images[0]), 0);
        QVERIFY(bluePixels(images[0]) > 0); // the rest of the SVG is still drawn
    }

    // Bytes that are an SVG but say they are a PNG are not handed to the SVG decoder.
    void svgDisguisedAsPngIsNotRendered()
    {
        const Coe coe = coeWithImage(svgReferring(m_red), u"image/png"_s);
        const QList<QImage> images = reportImages(coe);
        for (const QImage& image : images)
            QCOMPARE(redPixels(image), 0);
        QVERIFY(images.isEmpty());
        QVERIFY(SvgSanitizer::decode(svgReferring(m_red), u"image/png"_s).isNull());
        QVERIFY(!SvgSanitizer::decode(pngBytes(Qt::red), u"image/png"_s).isNull());
    }

    void markdownWritesTheSanitizedSvg()
    {
        const Coe coe = coeWithImage(svgReferring(m_red));
        const MarkdownDocument doc = CoeMarkdown::render(coe, u"imgs"_s);
        QCOMPARE(doc.images.size(), 1);
        QVERIFY(!doc.images[0].data.contains("red.png"));
        QVERIFY(doc.images[0].data.contains("<rect"));
        QVERIFY(!doc.text.contains(u"red.png"_s));
        // An SVG that cannot be checked is not written out.
        const Coe svgz = coeWithImage(QByteArray("\x1f\x8b\x08\x00", 4) + svgReferring(m_red));
        const MarkdownDocument doc2 = CoeMarkdown::render(svgz, u"imgs"_s);
        QVERIFY(doc2.images.isEmpty());
        QVERIFY(doc2.text.contains(u"cannot be shown"_s));
    }
};

QTEST_MAIN(TestSvgSanitizer)
#include "TestSvgSanitizer.moc"
