// SPDX-License-Identifier: MIT
// The self-contained HTML and the ODT exports of the report.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "report/CoeReport.h"
#include "report/ReportHtml.h"
#include "report/ReportOdt.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

namespace {

const QString kMarkup = QStringLiteral("<img src=x onerror=alert(1)>");
const QString kScript = QStringLiteral("<script>alert('x')</script> & \"q\"");

// The example COE with markup typed into every kind of field.
Coe hostileCoe()
{
    Coe c = test::exampleCoe();
    c.title += QLatin1Char(' ') + kMarkup;
    c.owner = kMarkup;
    c.reviewers.append(kScript);
    c.summary += QStringLiteral("\n\n") + kMarkup +
                 QStringLiteral(" [local](file:///etc/passwd) ![i](http://evil.example/x.png)");
    c.timeline[0].text += QLatin1Char(' ') + kMarkup;
    c.timeline[1].source = kScript;
    c.metrics[0].images[0].caption = kMarkup;
    c.metrics[1].sourceUrl = QStringLiteral("javascript:alert(1)");
    c.questions[0].answer = kScript;
    c.actionItems[0].title += QLatin1Char(' ') + kMarkup;
    c.actionItems[0].link = QStringLiteral("file:///etc/passwd");
    c.related.append(RelatedItem{RelatedKind::Link, kMarkup, {}, QStringLiteral("javascript:alert(2)")});
    c.related.append(RelatedItem{
        RelatedKind::Link, QStringLiteral("mail"), {}, QStringLiteral("mailto:oncall@example.com")});
    c.problem += QChar(0x01); // not allowed in XML
    // An SVG with a script and an external image: inlined as a PNG rendering.
    MetricImage svg;
    svg.fileName = QStringLiteral("chart.svg");
    svg.mediaType = QStringLiteral("image/svg+xml");
    svg.data = QByteArrayLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><script>alert(1)</script>"
        "<rect width=\"100\" height=\"50\" fill=\"#c00\"/><image href=\"http://evil.example/x.png\" "
        "width=\"10\" height=\"10\"/></svg>");
    c.metrics[1].images.append(svg);
    return c;
}

QStringList sectionTitles()
{
    QStringList titles;
    for (Section s : ReportOptions::allSections())
        titles.append(ReportOptions::sectionTitle(s));
    return titles;
}

} // namespace

class TestReportExports : public QObject
{
    Q_OBJECT
private slots:
    void html_isWellFormedSelfContainedAndEscaped();
    void html_writesAtomically();
    void html_keepsListsAndCode();
    void odt_contentHasEveryHeadingAndEntry();
};

void TestReportExports::html_isWellFormedSelfContainedAndEscaped()
{
    const Coe coe = hostileCoe();
    const auto doc = CoeReport::build(coe);
    const QString html = ReportHtml::render(*doc);

    QSet<QString> allowedHrefs;
    for (const RelatedItem& r : coe.related) {
        if (r.url.startsWith(QLatin1String("http")) || r.url.startsWith(QLatin1String("mailto:")))
            allowedHrefs.insert(r.url);
    }
    for (const Metric& m : coe.metrics)
        allowedHrefs.insert(m.sourceUrl);
    for (const ActionItem& a : coe.actionItems)
        allowedHrefs.insert(a.link);

    QXmlStreamReader xml(html);
    QString text;         // every character of the body
    QStringList headings; // h2 texts
    QString currentHeading;
    int images = 0;
    int depthInH2 = 0;
    bool inBody = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString().toLower();
            QVERIFY2(name != QLatin1String("script") && name != QLatin1String("iframe") &&
                         name != QLatin1String("object") && name != QLatin1String("embed") &&
                         name != QLatin1String("link") && name != QLatin1String("base") &&
                         name != QLatin1String("form") && name != QLatin1String("svg"),
                     qPrintable(name));
            if (name == QLatin1String("body"))
                inBody = true;
            if (name == QLatin1String("h2")) {
                depthInH2 = 1;
                currentHeading.clear();
            }
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                const QString attr = a.name().toString().toLower();
                const QString value = a.value().toString();
                QVERIFY2(!attr.startsWith(QLatin1String("on")), qPrintable(attr));
                QVERIFY2(!value.contains(QLatin1String("url("), Qt::CaseInsensitive), qPrintable(value));
                if (attr == QLatin1String("src")) {
                    QCOMPARE(name, QStringLiteral("img"));
                    QVERIFY2(value.startsWith(QLatin1String("data:image/png;base64,")),
                             qPrintable(value.left(60)));
                    ++images;
                } else if (attr == QLatin1String("href")) {
                    QCOMPARE(name, QStringLiteral("a"));
                    QVERIFY2(value.startsWith(QLatin1String("https://")) ||
                                 value.startsWith(QLatin1String("http://")) ||
                                 value.startsWith(QLatin1String("mailto:")),
                             qPrintable(value));
                    QVERIFY2(allowedHrefs.contains(value), qPrintable(value));
                } else {
                    QVERIFY2(attr == QLatin1String("lang") || attr == QLatin1String("charset") ||
                                 attr == QLatin1String("http-equiv") || attr == QLatin1String("content") ||
                                 attr == QLatin1String("name") || attr == QLatin1String("alt") ||
                                 attr == QLatin1String("width") || attr == QLatin1String("height") ||
                                 attr == QLatin1String("style") || attr == QLatin1String("rowspan") ||
                                 attr == QLatin1String("colspan"),
                             qPrintable(attr));
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("h2")) {
                headings.append(currentHeading);
                depthInH2 = 0;
            }
        } else if (xml.isCharacters() && inBody) {
            text += xml.text();
            if (depthInH2)
                currentHeading += xml.text();
        }
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())));
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("file:"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("file:")));

    // The user's markup reads as typed.
    QVERIFY(text.contains(coe.title));
    QVERIFY(text.contains(kMarkup));
    QVERIFY(text.contains(QStringLiteral("<script>alert('x')</script>")));
    QVERIFY(text.contains(QLatin1String("javascript:alert(2)")));
    QVERIFY(text.contains(coe.timeline[0].text));
    // Every section heading, in order.
    const QStringList titles = sectionTitles();
    QCOMPARE(headings.size(), titles.size());
    for (int i = 0; i < titles.size(); ++i)
        QVERIFY2(headings[i].contains(titles[i]), qPrintable(headings[i]));
    // The metric images are inline, the SVG as a PNG.
    QCOMPARE(images, 2);
    QVERIFY(!html.contains(QLatin1String("<svg"), Qt::CaseInsensitive));
}

void TestReportExports::html_writesAtomically()
{
    QTemporaryDir dir;
    const auto doc = CoeReport::build(test::exampleCoe());
    const QString path = dir.filePath(QStringLiteral("coe.html"));
    QString error;
    QVERIFY2(ReportHtml::writeFile(*doc, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), ReportHtml::render(*doc));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("coe.html")});
    QVERIFY(!ReportHtml::writeFile(*doc, dir.filePath(QStringLiteral("missing/coe.html")), &error));
    QVERIFY(error.contains(QLatin1String("coe.html")));
}

void TestReportExports::html_keepsListsAndCode()
{
    Coe coe = test::exampleCoe();
    coe.summary = QStringLiteral(
        "Before:\n\n- one\n- two <b>\n\n1. first\n2. second\n\n```\nrm -rf <dir>\n```\n\nAfter.");
    const QString html = ReportHtml::render(*CoeReport::build(coe));
    QVERIFY2(html.contains(QLatin1String("<ul>\n<li>one</li>\n<li>two &lt;b&gt;</li>\n</ul>")),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<ol>\n<li>first</li>\n<li>second</li>\n</ol>")));
    QVERIFY(html.contains(QLatin1String("rm -rf &lt;dir&gt;")));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestReportExports::odt_contentHasEveryHeadingAndEntry()
{
    HINDSIGHT_REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    const Coe coe = hostileCoe();
    const auto doc = CoeReport::build(coe);
    const QString path = dir.filePath(QStringLiteral("coe.odt"));
    QString error;
    QVERIFY2(ReportOdt::writeFile(*doc, path, &error), qPrintable(error));

    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QVERIFY(unzip.waitForFinished(60000));
    QCOMPARE(unzip.exitCode(), 0);
    const QByteArray content = unzip.readAllStandardOutput();
    QVERIFY(!content.isEmpty());

    QXmlStreamReader xml(content);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && xml.name() == QLatin1String("p"))
            text += QLatin1Char('\n');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const QString& title : sectionTitles())
        QVERIFY2(text.contains(title), qPrintable(title));
    for (const TimelineEntry& e : coe.timeline)
        QVERIFY2(text.contains(e.text), qPrintable(e.text));
    QVERIFY(text.contains(kMarkup));

    // The image travels in the package.
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    QVERIFY(list.waitForFinished(60000));
    QVERIFY(list.readAllStandardOutput().contains("Pictures/"));
}

QTEST_MAIN(TestReportExports)
#include "TestReportExports.moc"
