// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "exchange/CoeMarkdown.h"
#include "report/DisplayNames.h"
#include "report/ReportOptions.h"
#include "report/ReportText.h"
#include "report/ReviewRecord.h"

#include <QDir>
#include <QRegularExpression>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::exchange;

namespace {

const QString kEvil = QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\"> &amp; | x_y *z* [l](file:///etc/group)");

// Markdown as a renderer that allows HTML sees it (Qt's GitHub dialect).
std::unique_ptr<QTextDocument> rendered(const QString& markdown)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return doc;
}

QStringList imageNames(QTextDocument* doc)
{
    QStringList names;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                names.append(it.fragment().charFormat().toImageFormat().name());
        }
    }
    names.removeDuplicates(); // the reader gives each piece of alt text its own fragment
    return names;
}


// Markdown meant to break out of the field it is written in: unclosed fences,
// headings (ATX, setext, in quotes and list items), HTML blocks and inline
// HTML, links, images and autolinks to other schemes, reference definitions,
// code spans over lines, indented code, open lists and quotes.
const QStringList kHostile = {
    QStringLiteral("Intro text\n```"),
    QStringLiteral("~~~~ info\nunclosed tilde fence"),
    QStringLiteral("# Heading one\n## 3 Timeline\n###### six\n  #no space"),
    QStringLiteral("Setext one\n===\n\nSetext two\n---\n\nSetext three\n-\n\nfour\n  ==  "),
    QStringLiteral("<script>alert(1)</script>\n\n<div>\n\n## inside div\n</div>"),
    QStringLiteral("<!-- comment\n\n## Hidden heading\n\n<?php x\n<![CDATA[ y\n<!DOCTYPE z\n<pre>\n<style>"),
    QStringLiteral("[x](javascript:alert(1)) [y](<javascript:alert(2)>) [z](JAVASCRIPT:x \"t\") "
                   "<javascript:alert(3)> ![](file:///etc/passwd) ![i](https://x.org/i.png) [r][ref] [ref] [rel](page.html)"),
    QStringLiteral("[ref]: javascript:alert(4)\n[ref2]:\n  file:///etc/passwd\n[multi\nline]: data:text/html,x"),
    QStringLiteral("    indented code\n    ## not a heading\n\n\tTabbed <script>"),
    QStringLiteral("- item\n  # heading in item\n- ```\n  <script>\n> quote\n> ## heading in quote\n> ```\n> open fence in quote"),
    QStringLiteral("`code <b>` and ``a```b`` `x```<b>y</b>` [l](https://x.org/`) <i>`"),
    QStringLiteral("para\n    ```\n<script>alert(5)</script>"),
    QStringLiteral("`open span\n<b>inside</b>` [x](javascript:y) `"),
    QStringLiteral("&lt;script&gt; &#106;avascript [e](&#106;avascript:x) [f](java\\\\script:x) [g](\njavascript:x)"),
    QStringLiteral("1. one\n2) two\n\n* star\n> open quote\n- open item\n  continued"),
    QStringLiteral("<https://ok.example/a> <mailto:a@b.c> [ok](https://ok.example/\"x\") [m](mailto:x@y.z 'title')"),
    QStringLiteral("- - -\n***\n___\n> - > # nested heading\n1. # numbered heading\n```` ```nested\n"),
    QStringLiteral("text\n<img src=x onerror=alert(1)>\n<a href=\"javascript:x\">a</a> <svg/onload=alert(1)>"),
};

QString hostile(int i)
{
    // Each field gets two pieces, so that every piece also ends a field.
    return kHostile[i % kHostile.size()] + QLatin1Char('\n') + kHostile[(i + 1) % kHostile.size()];
}

// The example COE with hostile Markdown in every text field.
Coe hostileCoe()
{
    Coe c = test::exampleCoe();
    int n = 0;
    const auto next = [&n] { return hostile(n++); };
    c.title = next();
    c.owner = next();
    c.reviewers = {next(), next()};
    c.services = {next()};
    c.tags = {next()};
    c.summary = next();
    c.impact.description = next();
    c.impact.consequences = next();
    c.impact.secondOrder = next();
    c.impact.customerSentiment = next();
    c.problem = next();
    for (TimelineEntry& e : c.timeline) {
        e.text = next();
        e.gapExplanation = next();
        e.source = next();
    }
    for (Metric& m : c.metrics) {
        m.name = next() + QStringLiteral(" ##"); // not a closing sequence either
        m.description = next();
        m.sourceUrl = next();
        for (MetricImage& img : m.images) {
            img.caption = next();
            img.fileName = next();
        }
    }
    for (Question& q : c.questions) {
        q.question = next();
        q.answer = next();
    }
    for (WhyStep& w : c.whys) {
        w.why = next();
        w.because = next();
    }
    for (ActionItem& a : c.actionItems) {
        a.title = next();
        a.description = next();
        a.owner = next();
        a.link = next();
    }
    for (RelatedItem& r : c.related) {
        r.title = next();
        r.url = next();
        r.uuid = next();
    }
    c.review = test::exampleReview();
    c.review.approvedBy = next();
    for (ReviewMeeting& m : c.review.meetings) {
        m.facilitator = next();
        m.attendees = {next(), next()};
        m.notes = next();
        m.decisions = next();
    }
    for (ReviewComment& x : c.review.comments) {
        x.id = next();
        x.author = next();
        x.target = next();
        x.text = next();
        x.replyTo = next();
    }
    for (ReviewQuestion& q : c.review.questions) {
        q.question = next();
        q.answer = next();
        q.actionId = next();
    }
    return c;
}

struct Heading
{
    int level = 0;
    QString text;
    bool topLevel = false;
    bool operator==(const Heading&) const = default;
};

// What a CommonMark reader makes of a Markdown text (cmark's XML).
struct Parsed
{
    QList<Heading> headings;
    QStringList links;
    QStringList images;
    QStringList html;
    QString error;
};

Parsed parseWithCmark(const QString& cmark, const QString& markdown)
{
    Parsed out;
    QProcess p;
    p.start(cmark, {QStringLiteral("--to"), QStringLiteral("xml")});
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        out.error = QStringLiteral("cmark failed: ") + QString::fromUtf8(p.readAllStandardError());
        return out;
    }
    QXmlStreamReader xml(p.readAllStandardOutput());
    int depth = 0;
    int headingDepth = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (name == QLatin1String("heading")) {
                out.headings.append({xml.attributes().value(QLatin1String("level")).toInt(), QString(), depth == 2});
                headingDepth = depth;
            } else if (name == QLatin1String("link")) {
                out.links.append(xml.attributes().value(QLatin1String("destination")).toString());
            } else if (name == QLatin1String("image")) {
                out.images.append(xml.attributes().value(QLatin1String("destination")).toString());
            } else if (name == QLatin1String("html_block") || name == QLatin1String("html_inline")) {
                out.html.append(name.toString() + QStringLiteral(": ") + xml.readElementText(QXmlStreamReader::IncludeChildElements));
                --depth;
            } else if (headingDepth > 0 && (name == QLatin1String("text") || name == QLatin1String("code"))) {
                out.headings.last().text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            } else if (headingDepth > 0 && name == QLatin1String("softbreak")) {
                out.headings.last().text += QLatin1Char(' ');
            }
        } else if (xml.isEndElement()) {
            if (depth == headingDepth)
                headingDepth = -1;
            --depth;
        }
    }
    if (xml.hasError())
        out.error = QStringLiteral("cmark's XML: ") + xml.errorString();
    return out;
}

// The headings the export writes for c, in order: the title, the sections
// and their numbered subsections, every one at the top level.
QList<Heading> expectedHeadings(const Coe& c)
{
    using report::Section;
    QList<Heading> h{{1, report::ReportText::oneLine(c.title), true}};
    const QList<Section> sections = {Section::Summary,   Section::Impact, Section::Timeline, Section::Metrics,
                                     Section::Questions, Section::Whys,   Section::Actions,  Section::Related};
    for (int s = 0; s < sections.size(); ++s) {
        const QString number = QString::number(s + 1);
        h.append({2, number + QLatin1Char(' ') + report::ReportOptions::sectionTitle(sections[s]), true});
        QStringList subsections;
        if (sections[s] == Section::Impact)
            subsections = {QStringLiteral("Description"), QStringLiteral("Consequences"),
                           QStringLiteral("Second-order impact"), QStringLiteral("Customer sentiment")};
        if (sections[s] == Section::Metrics) {
            for (const Metric& m : c.metrics)
                subsections.append(report::ReportText::oneLine(m.name));
        }
        if (sections[s] == Section::Questions) {
            for (QuestionArea area : allValues<QuestionArea>()) {
                if (std::any_of(c.questions.cbegin(), c.questions.cend(), [area](const Question& q) { return q.area == area; }))
                    subsections.append(report::displayName(area));
            }
        }
        for (int k = 0; k < subsections.size(); ++k)
            h.append({3, QStringLiteral("%1.%2 %3").arg(number).arg(k + 1).arg(subsections[k]), true});
    }
    if (!c.review.isEmpty()) { // format 1.1: after the sections
        h.append({2, QStringLiteral("Review record"), true});
        if (!c.review.meetings.isEmpty())
            h.append({3, QStringLiteral("Meetings"), true});
        for (const ReviewMeeting& m : c.review.meetings)
            h.append({4, report::reviewrecord::instant(m.at, c.displayTimeZone), true});
        if (!c.review.comments.isEmpty())
            h.append({3, QStringLiteral("Comments"), true});
        if (!c.review.questions.isEmpty())
            h.append({3, QStringLiteral("Questions asked in review"), true});
    }
    return h;
}

} // namespace

class TestCoeMarkdown : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exampleMatchesGolden();
    void writeFilePutsImagesBeside();
    void imageFileNamesStayInTheFolder();
    void escaping();
    void neutralizing();
    void userTextStaysLiteralWhenRendered();
    void missingValuesAreNamed();
    void hostileFieldsStayInTheirSection();
};

void TestCoeMarkdown::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCoeMarkdown::exampleMatchesGolden()
{
    const MarkdownDocument doc = CoeMarkdown::render(test::exampleCoe(), QStringLiteral("checkout-config-rollout-images"));
    const QString golden = QString::fromUtf8(test::readData(QStringLiteral("checkout-config-rollout.md")));
    if (doc.text != golden) {
        const QString actual = QDir::temp().filePath(QStringLiteral("checkout-config-rollout.actual.md"));
        QFile f(actual);
        if (f.open(QIODevice::WriteOnly))
            f.write(doc.text.toUtf8());
        const QStringList a = doc.text.split(QLatin1Char('\n'));
        const QStringList g = golden.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(a.size(), g.size()); ++i) {
            if (a[i] != g[i])
                QFAIL(qPrintable(QStringLiteral("line %1 differs (actual written to %2):\n  got:  %3\n  want: %4")
                                     .arg(i + 1)
                                     .arg(actual, a[i], g[i])));
        }
        QCOMPARE(a.size(), g.size());
    }
    QCOMPARE(doc.images.size(), 1);
    QCOMPARE(doc.images[0].relativePath, QStringLiteral("checkout-config-rollout-images/1-error-rate.png"));
    QCOMPARE(doc.images[0].data, test::exampleCoe().metrics[0].images[0].data);
}

void TestCoeMarkdown::writeFilePutsImagesBeside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.md"));
    QString error;
    QVERIFY2(CoeMarkdown::writeFile(test::exampleCoe(), path, &error), qPrintable(error));
    QFile md(path);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("](<review-images/1-error-rate.png>)")));
    QFile image(dir.filePath(QStringLiteral("review-images/1-error-rate.png")));
    QVERIFY(image.open(QIODevice::ReadOnly));
    QCOMPARE(image.readAll(), test::exampleCoe().metrics[0].images[0].data);

    // The Markdown renders with its image found relative to the file.
    auto doc = rendered(text);
    QCOMPARE(imageNames(doc.get()), QStringList{QStringLiteral("review-images/1-error-rate.png")});

    QVERIFY(!CoeMarkdown::writeFile(test::exampleCoe(), dir.filePath(QStringLiteral("no/such/x.md")), &error));
    QVERIFY(!error.isEmpty());
}

void TestCoeMarkdown::imageFileNamesStayInTheFolder()
{
    Coe coe = test::exampleCoe();
    coe.metrics[0].images[0].fileName = QStringLiteral("../../etc/pass wd");
    coe.metrics[1].images.append(MetricImage{QStringLiteral(".hidden.svg"), QStringLiteral("image/svg+xml"),
                                             QByteArrayLiteral("<svg/>"), QString()});
    const MarkdownDocument doc = CoeMarkdown::render(coe, QStringLiteral("imgs"));
    QCOMPARE(doc.images.size(), 2);
    QCOMPARE(doc.images[0].relativePath, QStringLiteral("imgs/1-pass-wd.png"));
    QCOMPARE(doc.images[1].relativePath, QStringLiteral("imgs/2-hidden.svg"));
}

void TestCoeMarkdown::escaping()
{
    QCOMPARE(CoeMarkdown::escapeText(QStringLiteral("# <b>x</b> | y")),
             QStringLiteral("\\# \\<b\\>x\\</b\\> \\| y"));
    QCOMPARE(CoeMarkdown::escapeText(QStringLiteral("1. first\n- second\n+ third")),
             QStringLiteral("1\\. first\\\n\\- second\\\n\\+ third"));
    QCOMPARE(CoeMarkdown::escapeText(QStringLiteral("a_b *c* [d](e) `f` &amp; ~g~ \\")),
             QStringLiteral("a\\_b \\*c\\* \\[d\\](e) \\`f\\` \\&amp; \\~g\\~ \\\\"));
    QCOMPARE(CoeMarkdown::escapeCell(QStringLiteral("a|b\nc")), QStringLiteral("a\\|b c"));
    QCOMPARE(CoeMarkdown::escapeCell(QStringLiteral("- x")), QStringLiteral("- x")); // not at a line start
}

void TestCoeMarkdown::neutralizing()
{
    QCOMPARE(CoeMarkdown::neutralizeMarkdown(
                 QStringLiteral("<img src=\"file:///etc/passwd\"> &amp; &#60; `<b>` <https://x.org/a> ![p](file:///etc/passwd)")),
             QStringLiteral("\\<img src=\"file:///etc/passwd\"> \\&amp; \\&#60; `<b>` <https://x.org/a> \\![p\\](file:///etc/passwd)"));
    // Fenced code and escapes are left alone; Markdown formatting stays.
    const QString fenced = QStringLiteral("**bold** and \\<kept\n```\n<b>code</b>\n```\n- item & more");
    QCOMPARE(CoeMarkdown::neutralizeMarkdown(fenced), fenced);
    QCOMPARE(CoeMarkdown::neutralizeMarkdown(QStringLiteral("<file:///etc/passwd>")),
             QStringLiteral("\\<file:///etc/passwd>"));
}

void TestCoeMarkdown::userTextStaysLiteralWhenRendered()
{
    Coe c = test::exampleCoe();
    c.title = QStringLiteral("T ") + kEvil;
    c.owner = QStringLiteral("O ") + kEvil;
    c.reviewers = {QStringLiteral("R ") + kEvil};
    c.summary = kEvil + QStringLiteral("\n\n![pic](file:///etc/passwd)");
    c.impact.consequences = kEvil;
    c.timeline[0].text = QStringLiteral("E ") + kEvil;
    c.timeline[0].source = QStringLiteral("file:///etc/passwd");
    c.timeline[3].gapExplanation = QStringLiteral("X ") + kEvil;
    c.metrics[0].name = QStringLiteral("M ") + kEvil;
    c.metrics[0].images[0].caption = QStringLiteral("C ") + kEvil;
    c.questions[0].question = QStringLiteral("Q ") + kEvil;
    c.questions[0].answer = kEvil;
    c.problem = QStringLiteral("P ") + kEvil;
    c.whys[0].why = QStringLiteral("W ") + kEvil;
    c.whys[0].because = QStringLiteral("B ") + kEvil;
    c.actionItems[0].title = QStringLiteral("A ") + kEvil;
    c.actionItems[0].owner = QStringLiteral("N ") + kEvil;
    c.actionItems[0].description = kEvil;
    c.related[0].title = QStringLiteral("L ") + kEvil;
    c.related[1].url = QStringLiteral("file:///etc/passwd");
    const MarkdownDocument md = CoeMarkdown::render(c, QStringLiteral("imgs"));
    auto doc = rendered(md.text);
    const QString text = doc->toPlainText();
    for (const QString& p : {QStringLiteral("T "), QStringLiteral("O "), QStringLiteral("R "), QStringLiteral("E "),
                             QStringLiteral("X "), QStringLiteral("M "), QStringLiteral("Q "), QStringLiteral("P "),
                             QStringLiteral("W "), QStringLiteral("B "), QStringLiteral("A "), QStringLiteral("N ")})
        QVERIFY2(text.contains(p + kEvil), qPrintable(p + QStringLiteral(" in:\n") + md.text.left(3000)));
    // The related link's title is link text: literal too.
    QVERIFY(text.contains(QStringLiteral("L ") + kEvil));
    // Markdown fields keep their Markdown (emphasis) but show HTML as typed,
    // and a link to anything but a web or mail address as typed too.
    QVERIFY(text.contains(QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\"> &amp; | x_y z [l](file:///etc/group)")));
    // The only image is the attached one. File addresses remain only where
    // the user's own Markdown made them links (never in plain fields).
    QCOMPARE(imageNames(doc.get()), QStringList{QStringLiteral("imgs/1-error-rate.png")});
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && f.anchorHref().startsWith(QLatin1String("file:")))
                QVERIFY2(it.fragment().text() == QStringLiteral("l") || it.fragment().text() == QStringLiteral("pic"),
                         qPrintable(it.fragment().text()));
        }
    }
}

void TestCoeMarkdown::missingValuesAreNamed()
{
    Coe c = test::exampleCoe();
    c.actionItems[0].owner.clear();
    c.actionItems[1].due = QDate();
    c.impact.customersAffected.reset();
    c.summary.clear();
    const QString text = CoeMarkdown::render(c, QStringLiteral("imgs")).text;
    QCOMPARE(text.count(QStringLiteral("*No owner*")), 1);
    QCOMPARE(text.count(QStringLiteral("*No due date*")), 1);
    QVERIFY(text.contains(QStringLiteral("| Customers affected | *unknown* |")));
    QVERIFY(text.contains(QStringLiteral("*No summary written.*")));
}

// Read by a CommonMark reader, an export of a COE whose every field holds
// hostile Markdown has exactly the headings the export wrote, links only to
// web and mail addresses, the attached image only, and no HTML at all.
void TestCoeMarkdown::hostileFieldsStayInTheirSection()
{
    const QString cmark = QStandardPaths::findExecutable(QStringLiteral("cmark"));
    if (cmark.isEmpty()) {
        const QByteArray message = "the cmark command (Debian package cmark) is not installed: "
                                   "the export cannot be read the CommonMark way";
        if (qgetenv("CI") == "true")
            QFAIL(message.constData());
        QSKIP(message.constData());
    }
    // The reader agrees with itself on the example.
    const Coe example = test::exampleCoe();
    const Parsed plain = parseWithCmark(cmark, CoeMarkdown::render(example, QStringLiteral("imgs")).text);
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
    QCOMPARE(plain.headings, expectedHeadings(example));

    const Coe c = hostileCoe();
    const MarkdownDocument md = CoeMarkdown::render(c, QStringLiteral("imgs"));
    const Parsed parsed = parseWithCmark(cmark, md.text);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const QString where = QStringLiteral("\n(export written to %1)").arg(QDir::temp().filePath(QStringLiteral("hostile.actual.md")));
    QFile f(QDir::temp().filePath(QStringLiteral("hostile.actual.md")));
    if (f.open(QIODevice::WriteOnly))
        f.write(md.text.toUtf8());
    const QList<Heading> want = expectedHeadings(c);
    for (int i = 0; i < qMin(want.size(), parsed.headings.size()); ++i) {
        const Heading& got = parsed.headings[i];
        QVERIFY2(got == want[i], qPrintable(QStringLiteral("heading %1: got level %2 \"%3\"%4, want level %5 \"%6\"%7")
                                                .arg(i + 1)
                                                .arg(got.level)
                                                .arg(got.text, got.topLevel ? QString() : QStringLiteral(" (nested)"))
                                                .arg(want[i].level)
                                                .arg(want[i].text, where)));
    }
    QCOMPARE(parsed.headings.size(), want.size());
    static const QRegularExpression web(QStringLiteral("^(https?://|mailto:)"), QRegularExpression::CaseInsensitiveOption);
    for (const QString& link : parsed.links)
        QVERIFY2(web.match(link).hasMatch(), qPrintable(QStringLiteral("link to ") + link + where));
    QVERIFY(!parsed.links.isEmpty()); // links to web addresses are kept
    QStringList attached;
    for (const MarkdownImage& img : md.images)
        attached.append(img.relativePath);
    QCOMPARE(parsed.images, attached);
    QVERIFY2(parsed.html.isEmpty(), qPrintable(parsed.html.join(QLatin1Char('\n')) + where));
}

// Qt's Markdown reader sets heading fonts: it wants a QGuiApplication.
QTEST_MAIN(TestCoeMarkdown)
#include "TestCoeMarkdown.moc"
