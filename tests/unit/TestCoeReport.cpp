// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "report/CoeReport.h"
#include "report/DisplayNames.h"
#include "report/ReportText.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

namespace {

QString textOf(const Coe& coe, const ReportOptions& options = {})
{
    return CoeReport::build(coe, options)->toPlainText();
}

QByteArray pngBytes(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

// Every table in the document.
QList<QTextTable*> tablesOf(QTextDocument* doc)
{
    QList<QTextTable*> out;
    const std::function<void(QTextFrame*)> walk = [&](QTextFrame* frame) {
        for (QTextFrame* child : frame->childFrames()) {
            if (auto* t = qobject_cast<QTextTable*>(child))
                out.append(t);
            walk(child);
        }
    };
    walk(doc->rootFrame());
    return out;
}

const QString kEvil = QStringLiteral(
    "<b>bold</b> <img src=\"file:///etc/passwd\"> &amp; <script>alert(1)</script> file:///etc/shadow");

} // namespace

class TestCoeReport : public QObject
{
    Q_OBJECT
private slots:
    void containsEveryFieldOfTheExample();
    void timelineRowsCarryZoneAndApproximateMark();
    void longTimelineIsSplitIntoTables();
    void sectionSelectionLeavesSectionsOut();
    void reviewAppendixIsOptional();
    void missingOwnerAndDueAreShown();
    void markupInUserTextIsLiteral();
    void markdownFieldsRenderFormatting();
    void noFileIsEmbedded();
    void imagesAreScaledToTextWidth();
    void unreadableImageGetsPlaceholder();
    void headingsAndTableHeaders();
    void scriptsPassThrough();
    void agendaListsEntries();
    void parseSections();
    void paperSizes();
    void actionTableLeavesEmptyColumnsOut();
    void actionTableTitleColumnTakesTheRoom();
    void actionTableNeverBreaksAWord();
    void approvedCoePrintsMissingValuesPlainly();
    void severityPrintsItsMeaning();
};

void TestCoeReport::containsEveryFieldOfTheExample()
{
    const Coe coe = test::exampleCoe();
    ReportOptions options;
    options.exportedAt = QDateTime(QDate(2024, 3, 12), QTime(10, 0), QTimeZone::utc());
    auto doc = CoeReport::build(coe, options);
    const QString text = doc->toPlainText();
    const QLocale locale;

    QVERIFY(text.contains(coe.title));
    QVERIFY(text.contains(QStringLiteral("In review")));
    QVERIFY(text.contains(coe.owner));
    for (const QString& s : coe.reviewers + coe.services + coe.tags)
        QVERIFY2(text.contains(s), qPrintable(s));
    QVERIFY(text.contains(coe.uuid.toString(QUuid::WithoutBraces)));
    QVERIFY(text.contains(QStringLiteral("America/Bogota")));
    QVERIFY(text.contains(locale.toString(QDate(2024, 3, 7), QLocale::LongFormat))); // incident date
    QVERIFY(text.contains(locale.toString(QDate(2024, 3, 12), QLocale::LongFormat))); // export date

    // Summary: Markdown rendered (code span and emphasis lose their marks).
    QVERIFY(text.contains(QStringLiteral("connection-pool size of checkout-api from 200 to 20")));
    QVERIFY(text.contains(QStringLiteral("Customers saw \"Something went wrong\" at payment.")));

    // Impact facts and texts.
    QVERIFY(text.contains(locale.toString(qint64(41200))));
    QVERIFY(text.contains(locale.toString(183000.0, 'f', 0) + QStringLiteral(" USD")));
    QVERIFY(text.contains(QStringLiteral("SLA breached\nYes")) || text.contains(QStringLiteral("SLA breached")));
    for (Pillar p : coe.impact.pillars)
        QVERIFY(text.contains(displayName(p)));
    for (const QString& s : {coe.impact.description, coe.impact.consequences, coe.impact.secondOrder,
                             coe.impact.customerSentiment})
        QVERIFY2(text.contains(s), qPrintable(s));

    // Timeline, gaps, durations.
    for (const TimelineEntry& e : coe.timeline) {
        QVERIFY2(text.contains(e.text), qPrintable(e.text));
        if (!e.gapExplanation.isEmpty())
            QVERIFY2(text.contains(e.gapExplanation), qPrintable(e.gapExplanation));
        if (!e.source.isEmpty())
            QVERIFY(text.contains(e.source));
        if (e.milestone != Milestone::None)
            QVERIFY(text.contains(displayName(e.milestone)));
    }
    QVERIFY(text.contains(QStringLiteral("Gap of 17 min")));
    QVERIFY(text.contains(QStringLiteral("Gap of 34 min")));
    QVERIFY(!text.contains(QStringLiteral("Gap of 14 min"))); // 14:38 -> 14:52 is under the threshold
    QVERIFY(text.contains(formatMinutes(17)));
    QVERIFY(text.contains(formatMinutes(33)));
    QVERIFY(text.contains(formatMinutes(45)));
    QVERIFY(text.contains(QStringLiteral("1 h 09 min")));

    // Metrics.
    for (const Metric& m : coe.metrics) {
        QVERIFY(text.contains(m.name));
        QVERIFY(text.contains(m.description));
        QVERIFY(text.contains(displayName(m.role)));
        if (!m.sourceUrl.isEmpty())
            QVERIFY(text.contains(m.sourceUrl));
        for (const MetricImage& img : m.images) {
            QVERIFY(text.contains(img.caption));
            QVERIFY(text.contains(img.fileName));
        }
    }
    QCOMPARE(doc->imageResourceNames().size(), 1);

    // Questions, grouped by area.
    for (const Question& q : coe.questions) {
        QVERIFY2(text.contains(q.question), qPrintable(q.question));
        QVERIFY2(text.contains(q.answer), qPrintable(q.answer));
    }
    QVERIFY(text.indexOf(QStringLiteral("5.1  Detection")) < text.indexOf(QStringLiteral("5.2  Diagnosis")));
    QVERIFY(text.indexOf(QStringLiteral("5.3  Mitigation")) < text.indexOf(QStringLiteral("5.4  Prevention")));

    // Whys as a numbered tree with markers and linked actions.
    QVERIFY(text.contains(coe.problem));
    for (const WhyStep& w : coe.whys) {
        QVERIFY(text.contains(w.why));
        QVERIFY(text.contains(w.because));
    }
    QVERIFY(text.contains(QStringLiteral("1.1.1.1.1   Why does the rollout not catch a bad value?")));
    QVERIFY(text.contains(QStringLiteral("1.2   Why did detection take 17 minutes?")));
    QCOMPARE(text.count(QStringLiteral("Root cause")), 2);
    QCOMPARE(text.count(QStringLiteral("Human error")), 1);
    QVERIFY(text.contains(QStringLiteral("Action items: ") + coe.actionItems[1].title));

    // Action items.
    for (const ActionItem& a : coe.actionItems) {
        QVERIFY(text.contains(a.title));
        QVERIFY(text.contains(a.owner));
        QVERIFY(text.contains(a.due.toString(Qt::ISODate)));
        QVERIFY(text.contains(displayName(a.priority)));
        QVERIFY(text.contains(displayName(a.status)));
        QVERIFY(text.contains(displayName(a.kind)));
        if (!a.link.isEmpty())
            QVERIFY(text.contains(a.link));
    }
    // Related items, clickable.
    for (const RelatedItem& r : coe.related) {
        QVERIFY(text.contains(r.title));
        QVERIFY(text.contains(r.url));
    }
    bool foundAnchor = false;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == coe.related[1].url)
                foundAnchor = true;
        }
    }
    QVERIFY(foundAnchor);

    // Header data and watermark for the page painter.
    QCOMPARE(doc->headerTitle(), coe.title);
    QCOMPARE(doc->headerStatus(), QStringLiteral("In review"));
    QVERIFY(doc->draftWatermark());
    Coe approved = coe;
    approved.status = Status::Approved;
    QVERIFY(!CoeReport::build(approved)->draftWatermark());
}

void TestCoeReport::timelineRowsCarryZoneAndApproximateMark()
{
    Coe coe = test::exampleCoe();
    coe.timeline[1].approximate = true;
    const QString text = textOf(coe);
    const QTimeZone bogota(QByteArrayLiteral("America/Bogota"));
    const QString abbrev = bogota.abbreviation(coe.timeline[0].at);
    QVERIFY(!abbrev.isEmpty());
    // 14:02 UTC is 09:02 in Bogota (UTC-5), with the zone on the row.
    QVERIFY(text.contains(QStringLiteral("09:02 ") + abbrev));
    QVERIFY(text.contains(QStringLiteral("≈ 09:01 ") + abbrev));
    QCOMPARE(text.count(QStringLiteral("≈")), 1);
    QCOMPARE(text.count(QStringLiteral("2024-03-07")),
             coe.timeline.size() + coe.summary.count(QStringLiteral("2024-03-07")));

    coe.displayTimeZone = QTimeZone::utc();
    const QString utcText = textOf(coe);
    QVERIFY(utcText.contains(QStringLiteral("14:02 UTC")));

    // An unexplained gap says so.
    coe.timeline[3].gapExplanation.clear();
    QVERIFY(textOf(coe).contains(QStringLiteral("Gap of 17 min — unexplained")));
}

void TestCoeReport::longTimelineIsSplitIntoTables()
{
    // A timeline table has at most 1,000 rows, each with the header row; a
    // gap row stays with the entry after it. One table of N rows cost N
    // squared in Qt 6.4 (grid rebuilt for every merged gap row, header
    // repetition walking every page of the table for every page painted).
    const auto timelineTables = [](QTextDocument* doc) {
        QList<QTextTable*> out;
        for (QTextTable* t : tablesOf(doc)) {
            if (t->columns() == 4 && t->cellAt(0, 3).firstCursorPosition().block().text() == QStringLiteral("Entry"))
                out.append(t);
        }
        return out;
    };
    const auto cellText = [](QTextTable* t, int r, int c) { return t->cellAt(r, c).firstCursorPosition().block().text(); };

    // A short timeline: one table, gap rows merged across it.
    const auto shortDoc = CoeReport::build(test::exampleCoe());
    QCOMPARE(timelineTables(shortDoc.get()).size(), 1);
    QTextTable* only = timelineTables(shortDoc.get()).first();
    int merged = 0;
    for (int r = 1; r < only->rows(); ++r) {
        if (cellText(only, r, 0).startsWith(QStringLiteral("Gap of"))) {
            QCOMPARE(only->cellAt(r, 0).columnSpan(), 4);
            ++merged;
        }
    }
    QCOMPARE(merged, 2);

    Coe coe = test::exampleCoe();
    coe.timeline.clear();
    const QDateTime start(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < 2500; ++i) {
        TimelineEntry e;
        // Gaps before entries 999 and 1500 (indexes 998, 1499).
        e.at = start.addSecs(qint64(i) * 10 * 60 + (i >= 998 ? 3600 : 0) + (i >= 1499 ? 3600 : 0));
        e.text = QStringLiteral("Entry %1").arg(i + 1);
        coe.timeline.append(e);
    }
    const auto doc = CoeReport::build(coe);
    const QList<QTextTable*> tables = timelineTables(doc.get());
    QCOMPARE(tables.size(), 3);
    QStringList entries;
    int gapRows = 0;
    for (QTextTable* t : tables) {
        QVERIFY(t->rows() <= 1000);
        QCOMPARE(t->format().headerRowCount(), 1);
        QCOMPARE(cellText(t, 0, 0), QStringLiteral("Date"));
        for (int r = 1; r < t->rows(); ++r) {
            // A split timeline's gap rows keep their cells (merging makes Qt
            // rescan every frame of the document): shaded, text in Entry.
            if (cellText(t, r, 3).startsWith(QStringLiteral("Gap of"))) {
                ++gapRows;
                for (int c = 0; c < 4; ++c) {
                    QCOMPARE(t->cellAt(r, c).columnSpan(), 1);
                    QVERIFY(t->cellAt(r, c).format().background().style() != Qt::NoBrush);
                }
                QVERIFY(cellText(t, r, 0).isEmpty());
                QVERIFY(r + 1 < t->rows()); // never the last row of a table
                continue;
            }
            entries.append(cellText(t, r, 3));
        }
    }
    QCOMPARE(gapRows, 2);
    QCOMPARE(entries.size(), 2500);
    for (int i = 0; i < 2500; ++i)
        QCOMPARE(entries[i], QStringLiteral("Entry %1").arg(i + 1));
    // Entry 999 and its gap row did not fit in the first table (998 entries
    // and the header leave one row).
    QCOMPARE(cellText(tables[0], tables[0]->rows() - 1, 3), QStringLiteral("Entry 998"));
    QVERIFY(cellText(tables[1], 1, 3).startsWith(QStringLiteral("Gap of")));
}

void TestCoeReport::sectionSelectionLeavesSectionsOut()
{
    const Coe coe = test::exampleCoe();
    ReportOptions options;
    QString error;
    options.sections = ReportOptions::parseSections(QStringLiteral("actions, summary"), &error);
    QVERIFY(error.isEmpty());
    const QString text = textOf(coe, options);
    QVERIFY(text.contains(QStringLiteral("1  Summary")));
    QVERIFY(text.contains(QStringLiteral("2  Action items")));
    QVERIFY(text.indexOf(QStringLiteral("1  Summary")) < text.indexOf(QStringLiteral("2  Action items")));
    QVERIFY(text.contains(coe.actionItems[0].title));
    QVERIFY(text.contains(coe.title)); // the title block is always there
    QVERIFY(!text.contains(coe.timeline[1].text));
    QVERIFY(!text.contains(coe.impact.consequences));
    QVERIFY(!text.contains(coe.questions[0].question));
    QVERIFY(!text.contains(coe.problem));
    QVERIFY(!text.contains(coe.metrics[0].name));
    QVERIFY(!text.contains(coe.related[1].url));
    QVERIFY(!text.contains(QStringLiteral("Timeline")));
}

void TestCoeReport::reviewAppendixIsOptional()
{
    Coe coe = test::exampleCoe();
    coe.timeline[3].gapExplanation.clear(); // at least one finding
    QVERIFY(!textOf(coe).contains(QStringLiteral("Review check")));
    ReportOptions options;
    options.reviewAppendix = true;
    const QString text = textOf(coe, options);
    QVERIFY(text.contains(QStringLiteral("Appendix A  Review check")));
    const QList<analysis::Finding> findings = analysis::reviewCheck(coe);
    QVERIFY(!findings.isEmpty());
    for (const analysis::Finding& f : findings)
        QVERIFY2(text.contains(f.message), qPrintable(f.message));

    // A name marked as a team is not a person in the appendix either.
    coe.owner = QStringLiteral("Atlas");
    coe.summary += QStringLiteral(" Atlas rolled the configuration back.");
    QString named;
    for (const analysis::Finding& f : analysis::reviewCheck(coe))
        if (f.id == QLatin1String("blameless.name"))
            named = f.message;
    QVERIFY2(named.contains(QStringLiteral("Atlas")), qPrintable(named));
    QVERIFY(textOf(coe, options).contains(named));
    options.teamNames = {QStringLiteral("atlas")};
    QVERIFY(!textOf(coe, options).contains(named));
}

void TestCoeReport::missingOwnerAndDueAreShown()
{
    Coe coe = test::exampleCoe();
    coe.actionItems[2].owner.clear();
    coe.actionItems[4].due = QDate();
    const QString text = textOf(coe);
    QCOMPARE(text.count(QStringLiteral("No owner")), 1);
    QCOMPARE(text.count(QStringLiteral("No due date")), 1);
}

namespace {
// A COE with markup and file addresses in every text field.
Coe evilCoe()
{
    Coe c = test::exampleCoe();
    const QString md = kEvil + QStringLiteral("\n\n![pic](file:///etc/passwd) [link](file:///etc/group)");
    c.title = QStringLiteral("T ") + kEvil;
    c.owner = QStringLiteral("O ") + kEvil;
    c.reviewers = {QStringLiteral("R ") + kEvil};
    c.services = {QStringLiteral("S ") + kEvil};
    c.tags = {QStringLiteral("G ") + kEvil};
    c.summary = md;
    c.impact.description = md;
    c.impact.consequences = md;
    c.impact.secondOrder = md;
    c.impact.customerSentiment = md;
    c.impact.financialImpact->currency = QStringLiteral("<b>");
    for (TimelineEntry& e : c.timeline) {
        e.text = QStringLiteral("E ") + kEvil;
        e.source = QStringLiteral("file:///etc/passwd");
        e.gapExplanation = QStringLiteral("X ") + kEvil;
    }
    for (Metric& m : c.metrics) {
        m.name = QStringLiteral("M ") + kEvil;
        m.description = md;
        m.sourceUrl = QStringLiteral("file:///etc/passwd");
        for (MetricImage& i : m.images) {
            i.caption = QStringLiteral("C ") + kEvil;
            i.fileName = QStringLiteral("<img src=\"file:///etc/passwd\">.png");
        }
    }
    for (Question& q : c.questions) {
        q.question = QStringLiteral("Q ") + kEvil;
        q.answer = md;
    }
    c.problem = QStringLiteral("P ") + kEvil;
    for (WhyStep& w : c.whys) {
        w.why = QStringLiteral("W ") + kEvil;
        w.because = QStringLiteral("B ") + kEvil;
    }
    for (ActionItem& a : c.actionItems) {
        a.title = QStringLiteral("A ") + kEvil;
        a.owner = QStringLiteral("N ") + kEvil;
        a.description = md;
        a.link = QStringLiteral("file:///etc/passwd");
    }
    c.related = {RelatedItem{RelatedKind::Link, QStringLiteral("L ") + kEvil, {}, QStringLiteral("file:///etc/passwd")},
                 RelatedItem{RelatedKind::Coe, QStringLiteral("K ") + kEvil, QStringLiteral("<b>uuid</b>"), {}}};
    return c;
}
} // namespace

void TestCoeReport::markupInUserTextIsLiteral()
{
    const Coe coe = evilCoe();
    ReportOptions options;
    options.reviewAppendix = true;
    const QString text = textOf(coe, options);
    // Plain fields: exactly as typed, each one.
    const QStringList prefixes = {QStringLiteral("T "), QStringLiteral("O "), QStringLiteral("R "),
                                  QStringLiteral("S "), QStringLiteral("G "), QStringLiteral("E "),
                                  QStringLiteral("X "), QStringLiteral("M "), QStringLiteral("C "),
                                  QStringLiteral("Q "), QStringLiteral("P "), QStringLiteral("W "),
                                  QStringLiteral("B "), QStringLiteral("A "), QStringLiteral("N "),
                                  QStringLiteral("L "), QStringLiteral("K ")};
    for (const QString& p : prefixes)
        QVERIFY2(text.contains(p + kEvil), qPrintable(p));
    QVERIFY(text.contains(QStringLiteral("<b>uuid</b>")));
    QVERIFY(text.contains(QStringLiteral("<img src=\"file:///etc/passwd\">.png")));
    // Markdown fields: HTML is shown as typed, entities are not decoded.
    const int markdownFields = 1 + 4 + 3 + 10 + 6;
    QVERIFY(text.count(QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\"> &amp; <script>alert(1)</script>"))
            >= prefixes.size() + markdownFields);
    // A Markdown image becomes its address as text; the file link is not a link.
    QCOMPARE(text.count(QStringLiteral("[image: file:///etc/passwd]")), markdownFields);
    auto doc = CoeReport::build(coe, options);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor())
                QVERIFY2(f.anchorHref().startsWith(QLatin1String("http")), qPrintable(f.anchorHref()));
        }
    }
}

void TestCoeReport::markdownFieldsRenderFormatting()
{
    Coe coe = test::exampleCoe();
    coe.summary = QStringLiteral("Intro with **bold** and a [link](https://example.com/x).\n\n- first\n- second\n");
    auto doc = CoeReport::build(coe);
    const QString text = doc->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Intro with bold and a link.")));
    QVERIFY(!text.contains(QStringLiteral("**bold**")));
    bool bold = false, link = false, list = false;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.textList() && b.text() == QStringLiteral("first"))
            list = true;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.text() == QStringLiteral("bold") && f.charFormat().fontWeight() >= QFont::Bold)
                bold = true;
            if (f.text() == QStringLiteral("link") && f.charFormat().anchorHref() == QStringLiteral("https://example.com/x"))
                link = true;
        }
    }
    QVERIFY(bold);
    QVERIFY(link);
    QVERIFY(list);
}

void TestCoeReport::noFileIsEmbedded()
{
    const Coe coe = evilCoe();
    auto doc = CoeReport::build(coe);
    // Only the one attached image is a resource, and every image the text
    // refers to is one of those resources.
    QCOMPARE(doc->imageResourceNames().size(), 1);
    const QStringList referenced = doc->referencedImageNames();
    QVERIFY(!referenced.isEmpty());
    for (const QString& name : referenced) {
        QVERIFY2(doc->imageResourceNames().contains(name), qPrintable(name));
        QVERIFY(name.startsWith(ReportDocument::imageScheme() + QLatin1Char(':')));
    }
    // Asking for a file gives nothing, even though it exists.
    QVERIFY(QFile::exists(QStringLiteral("/etc/passwd")));
    QVERIFY(doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
    QVERIFY(doc->resource(QTextDocument::HtmlResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
    // Laying the document out must not load anything either.
    doc->setPageSize(QSizeF(600, 800));
    QVERIFY(doc->pageCount() > 0);
    QCOMPARE(doc->imageResourceNames().size(), 1);
}

void TestCoeReport::imagesAreScaledToTextWidth()
{
    Coe coe = test::exampleCoe();
    coe.metrics[1].images.append(MetricImage{QStringLiteral("wide.png"), QStringLiteral("image/png"),
                                             pngBytes(3000, 600), QStringLiteral("wide")});
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        ReportOptions options;
        options.paper = paper;
        auto doc = CoeReport::build(coe, options);
        QCOMPARE(doc->imageResourceNames().size(), 2);
        int images = 0;
        for (const QTextFormat& f : doc->allFormats()) {
            if (!f.isImageFormat())
                continue;
            ++images;
            QCOMPARE(f.toImageFormat().width(), ReportDocument::textWidth(paper));
        }
        QCOMPARE(images, 2);
    }
    QVERIFY(ReportDocument::textWidth(PaperSize::Letter) > ReportDocument::textWidth(PaperSize::A4));
}

void TestCoeReport::unreadableImageGetsPlaceholder()
{
    Coe coe = test::exampleCoe();
    coe.metrics[0].images[0].data = QByteArrayLiteral("not an image");
    const QString svg = QStringLiteral(
        "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100'><rect width='200' height='100' "
        "fill='red'/></svg>");
    coe.metrics[1].images.append(MetricImage{QStringLiteral("chart.svg"), QStringLiteral("image/svg+xml"),
                                             svg.toUtf8(), QStringLiteral("vector chart")});
    auto doc = CoeReport::build(coe);
    const QString text = doc->toPlainText();
    QVERIFY(text.contains(QStringLiteral("[Image error-rate.png cannot be shown]")));
    QVERIFY(text.contains(QStringLiteral("vector chart")));
    const bool svgSupported = QImageReader::supportedImageFormats().contains("svg");
    QCOMPARE(doc->imageResourceNames().size(), svgSupported ? 1 : 0);
    QCOMPARE(text.contains(QStringLiteral("[Image chart.svg cannot be shown]")), !svgSupported);
}

void TestCoeReport::headingsAndTableHeaders()
{
    auto doc = CoeReport::build(test::exampleCoe());
    QStringList level1;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().intProperty(ReportDocument::HeadingLevelProperty) == 1 && !b.text().isEmpty())
            level1.append(b.text());
    }
    QCOMPARE(level1,
             (QStringList{QStringLiteral("1  Summary"), QStringLiteral("2  Impact"), QStringLiteral("3  Timeline"),
                          QStringLiteral("4  Metrics"), QStringLiteral("5  Questions"),
                          QStringLiteral("6  Problem and 5 whys"), QStringLiteral("7  Action items"),
                          QStringLiteral("8  Related items")}));
    const QList<QTextTable*> tables = tablesOf(doc.get());
    int repeated = 0;
    for (QTextTable* t : tables) {
        if (t->format().headerRowCount() == 1)
            ++repeated;
    }
    QCOMPARE(repeated, 3); // timeline, durations, actions
}

void TestCoeReport::scriptsPassThrough()
{
    Coe coe = test::exampleCoe();
    coe.title = QStringLiteral("Ελληνικά · Кириллица · العربية · עברית · café");
    coe.timeline[0].text = QStringLiteral("Ошибка в конфигурации — خطأ — שגיאה");
    const QString text = textOf(coe);
    QVERIFY(text.contains(coe.title));
    QVERIFY(text.contains(coe.timeline[0].text));
    QVERIFY(ReportText::fontFamilies().contains(QStringLiteral("DejaVu Sans")));
}

void TestCoeReport::agendaListsEntries()
{
    QList<AgendaEntry> entries = {{QStringLiteral("First <b>"), 1, QStringLiteral("Ann"), Status::Draft, 2},
                                  {QStringLiteral("Second"), std::nullopt, QString(), Status::Approved, 7}};
    const QString text = CoeReport::buildAgenda(entries)->toPlainText();
    QVERIFY(text.contains(QStringLiteral("First <b>")));
    QVERIFY(text.indexOf(QStringLiteral("First <b>")) < text.indexOf(QStringLiteral("Second")));
    QVERIFY(text.contains(QStringLiteral("Ann")));
    QVERIFY(text.contains(QStringLiteral("No owner")));
    QVERIFY(text.contains(QStringLiteral("7")));
}

void TestCoeReport::parseSections()
{
    QString error;
    QVERIFY(ReportOptions::parseSections(QStringLiteral("summary,impact"), &error)
            == (QList<Section>{Section::Summary, Section::Impact}));
    QVERIFY(error.isEmpty());
    QVERIFY(ReportOptions::parseSections(QStringLiteral(" Whys , related,whys"), &error)
            == (QList<Section>{Section::Whys, Section::Related}));
    QVERIFY(ReportOptions::parseSections(QStringLiteral("summary,bogus"), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("bogus")));
    error.clear();
    QVERIFY(ReportOptions::parseSections(QStringLiteral(" , "), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(ReportOptions::allSections().size(), 8);
}

void TestCoeReport::paperSizes()
{
    QString error;
    QVERIFY(ReportOptions::parsePaper(QStringLiteral("A4"), &error) == PaperSize::A4);
    QVERIFY(ReportOptions::parsePaper(QStringLiteral("letter"), &error) == PaperSize::Letter);
    QVERIFY(!ReportOptions::parsePaper(QStringLiteral("a3"), &error));
    QVERIFY(error.contains(QStringLiteral("a3")));
    QCOMPARE(ReportOptions::defaultPaperSize(QLocale(QLocale::English, QLocale::UnitedStates)), PaperSize::Letter);
    QCOMPARE(ReportOptions::defaultPaperSize(QLocale(QLocale::French, QLocale::Canada)), PaperSize::Letter);
    QCOMPARE(ReportOptions::defaultPaperSize(QLocale(QLocale::German, QLocale::Germany)), PaperSize::A4);
    QCOMPARE(ReportOptions::defaultPaperSize(QLocale(QLocale::English, QLocale::UnitedKingdom)), PaperSize::A4);
}

// Laying text out needs a QGuiApplication (fonts).



namespace {
// The action table: the table whose header row starts with "Priority".
QTextTable* actionTable(QTextDocument* doc)
{
    for (QTextTable* t : tablesOf(doc)) {
        if (t->cellAt(0, 0).firstCursorPosition().block().text() == QLatin1String("Priority"))
            return t;
    }
    return nullptr;
}

QStringList headerTexts(QTextTable* t)
{
    QStringList out;
    for (int c = 0; c < t->columns(); ++c)
        out.append(t->cellAt(0, c).firstCursorPosition().block().text());
    return out;
}
} // namespace

void TestCoeReport::actionTableLeavesEmptyColumnsOut()
{
    Coe coe = test::exampleCoe();
    auto withWhys = CoeReport::build(coe);
    QVERIFY(headerTexts(actionTable(withWhys.get())).contains(QStringLiteral("Whys")));
    for (ActionItem& a : coe.actionItems)
        a.whys.clear();
    auto doc = CoeReport::build(coe);
    QTextTable* t = actionTable(doc.get());
    QVERIFY(t);
    QCOMPARE(headerTexts(t), (QStringList{QStringLiteral("Priority"), QStringLiteral("Action"), QStringLiteral("Owner"),
                                          QStringLiteral("Due"), QStringLiteral("Status"), QStringLiteral("Kind")}));
}

// The other columns are as narrow as their longest word lets them be (see the next test); the
// title column has what is left, and is by far the widest.
void TestCoeReport::actionTableTitleColumnTakesTheRoom()
{
    auto doc = CoeReport::build(test::exampleCoe());
    QTextTable* t = actionTable(doc.get());
    QVERIFY(t);
    const QList<QTextLength> widths = t->format().columnWidthConstraints();
    QCOMPARE(widths.size(), t->columns());
    qreal total = 0;
    for (int c = 0; c < widths.size(); ++c) {
        total += widths[c].rawValue();
        if (c != 1)
            QVERIFY2(widths[1].rawValue() > 1.5 * widths[c].rawValue(),
                     qPrintable(QStringLiteral("column %1: %2 vs title %3")
                                    .arg(c).arg(widths[c].rawValue()).arg(widths[1].rawValue())));
    }
    QVERIFY2(widths[1].rawValue() >= 25, qPrintable(QString::number(widths[1].rawValue())));
    QVERIFY2(total <= 100.5, qPrintable(QString::number(total)));
}

// Laid out at the narrowest body width, a one-word cell (a long owner name, a header) stays on
// one line: no column is narrower than its longest word.
void TestCoeReport::actionTableNeverBreaksAWord()
{
    Coe coe = test::exampleCoe();
    coe.actionItems[0].owner = QStringLiteral("Featherstonehaugh");
    auto doc = CoeReport::build(coe);
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(2835); // 72 dpi: a pixel is a point
    device.setDotsPerMeterY(2835);
    doc->documentLayout()->setPaintDevice(&device);
    doc->setPageSize(QSizeF(460, 700)); // A4 body width in points
    QTextTable* t = actionTable(doc.get());
    QVERIFY(t);
    QVERIFY(doc->pageCount() > 0); // laid out
    for (int r = 0; r < t->rows(); ++r) {
        for (int c = 0; c < t->columns(); ++c) {
            if (c == 1)
                continue; // the title column wraps its sentences
            const QTextTableCell cell = t->cellAt(r, c);
            for (QTextBlock b = cell.firstCursorPosition().block();
                 b.isValid() && b.position() < cell.lastPosition(); b = b.next()) {
                const QTextLayout* layout = b.layout();
                for (int l = 0; l < layout->lineCount(); ++l) {
                    const QTextLine line = layout->lineAt(l);
                    const QString piece = b.text().mid(line.textStart(), line.textLength());
                    const bool endsInWord = line.textStart() + line.textLength() < b.text().size()
                                            && !piece.isEmpty() && !piece.back().isSpace()
                                            && !b.text().at(line.textStart() + line.textLength()).isSpace();
                    QVERIFY2(!endsInWord, qPrintable(QStringLiteral("row %1 column %2 breaks \"%3\" after \"%4\"")
                                                         .arg(r).arg(c).arg(b.text(), piece)));
                }
            }
        }
    }
}

void TestCoeReport::approvedCoePrintsMissingValuesPlainly()
{
    Coe coe = test::exampleCoe();
    coe.actionItems[0].owner.clear();
    const auto ownerFormat = [](const Coe& c) {
        auto doc = CoeReport::build(c);
        QTextTable* t = actionTable(doc.get());
        const QTextBlock block = t->cellAt(1, 2).firstCursorPosition().block();
        return block.begin().fragment().charFormat();
    };
    coe.status = Status::Draft;
    const QTextCharFormat draft = ownerFormat(coe);
    QVERIFY(draft.fontItalic()); // a gap to fill, in the missing style
    coe.status = Status::Approved;
    const QTextCharFormat approved = ownerFormat(coe);
    QVERIFY(!approved.fontItalic());
    QVERIFY(approved.foreground() != draft.foreground());
    QVERIFY(textOf(coe).contains(QStringLiteral("No owner")));
}

void TestCoeReport::severityPrintsItsMeaning()
{
    Coe coe = test::exampleCoe();
    coe.severity = 1;
    QVERIFY2(textOf(coe).contains(QStringLiteral("1 – Critical")), qPrintable(textOf(coe).left(600)));
}

QTEST_MAIN(TestCoeReport)
#include "TestCoeReport.moc"

