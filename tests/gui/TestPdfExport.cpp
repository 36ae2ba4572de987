// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "report/CoeReport.h"
#include "report/PdfExporter.h"
#include "report/ReportPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextTable>
#include <QTimer>
#include <QWidget>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

namespace {

// pdftotext of the whole file or one page, NFKC (ligatures such as "ﬁ" become "fi").
QString pdfText(const QString& path, int page = 0, bool raw = false)
{
    QStringList args;
    if (raw)
        args << QStringLiteral("-raw");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// The words inside the page body (between header and footer) of every page,
// in reading order: what the document's text looks like on paper, without
// the page chrome and without text that is clipped away in the margins.
QString pdfBodyText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const QString xml = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpression page(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">(.*)</word>"));
    constexpr qreal pt = 72.0 / 25.4;
    qreal height = 0;
    QStringList words;
    for (const QString& line : xml.split(QLatin1Char('\n'))) {
        const auto pm = page.match(line);
        if (pm.hasMatch()) {
            height = pm.captured(2).toDouble();
            continue;
        }
        const auto wm = word.match(line);
        if (!wm.hasMatch())
            continue;
        if (wm.captured(1).toDouble() < 22 * pt - 1 || wm.captured(2).toDouble() > height - 20 * pt + 1)
            continue;
        QString w = wm.captured(3);
        w.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        words.append(w);
    }
    return words.join(QLatin1Char(' ')).normalized(QString::NormalizationForm_KC);
}

QString pdfInfo(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(path));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Text without any whitespace: table cells wrap lines wherever they like.
QString squeezed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// Whether the words of text appear in flat (squeezed) in order, allowing
// other text between them: a table row split over two pages continues after
// the repeated header row and the other cells' continuations.
bool containsWordsInOrder(const QString& flat, const QString& text)
{
    QStringList parts;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parts.append(QRegularExpression::escape(word));
    const QRegularExpression re(parts.join(QStringLiteral(".{0,160}?")),
                                QRegularExpression::DotMatchesEverythingOption);
    return re.match(flat).hasMatch();
}

Coe longTimelineCoe(int entries)
{
    Coe c = test::exampleCoe();
    c.title = QStringLiteral("Long timeline");
    c.timeline.clear();
    const QDateTime start(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < entries; ++i) {
        TimelineEntry e;
        e.at = start.addSecs(qint64(i) * 5 * 60);
        e.text = QStringLiteral("Entry number %1 of the long timeline, with enough words to wrap onto a second line "
                                "in the entry column.")
                     .arg(i + 1);
        c.timeline.append(e);
    }
    return c;
}

// A COE whose action table has tall rows (a description of many short
// paragraphs); `entries` timeline rows move the table down the pages.
Coe tallRowsCoe(int entries)
{
    Coe c = longTimelineCoe(entries);
    c.title = QStringLiteral("Tall rows");
    c.actionItems.clear();
    for (int i = 0; i < 5; ++i) {
        ActionItem a;
        a.id = QStringLiteral("a%1").arg(i + 1);
        a.title = QStringLiteral("Action %1 begins").arg(i + 1);
        QStringList paragraphs;
        for (int line = 0; line < 10 + 3 * i; ++line)
            paragraphs.append(QStringLiteral("Step %1 of action %2.").arg(line + 1).arg(i + 1));
        paragraphs.append(QStringLiteral("Action %1 ends.").arg(i + 1));
        a.description = paragraphs.join(QStringLiteral("\n\n"));
        a.owner = QStringLiteral("Storage team");
        a.due = QDate(2024, 6, 1 + i);
        a.priority = Priority::High;
        c.actionItems.append(a);
    }
    return c;
}

// The pages on which the lines of a table row are, by the document's layout;
// height: the height of the lines of its tallest cell.
QSet<int> rowPages(QTextDocument* doc, QTextTable* table, int row, qreal* height)
{
    QSet<int> pages;
    const qreal pageHeight = doc->pageSize().height();
    auto* layout = doc->documentLayout();
    qreal lines = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        qreal cellLines = 0;
        for (QTextBlock b = cell.firstCursorPosition().block();
             b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
            const QRectF rect = layout->blockBoundingRect(b); // top: the block's position
            for (int i = 0; i < b.layout()->lineCount(); ++i) {
                const QTextLine line = b.layout()->lineAt(i);
                const qreal top = rect.top() + line.y();
                pages.insert(int(top / pageHeight));
                pages.insert(int((top + line.height() - 1) / pageHeight));
                cellLines += line.height();
            }
        }
        lines = qMax(lines, cellLines);
    }
    *height = lines;
    return pages;
}

// Every row of every table of the document whose lines are on more than one
// page though they would fit on one, as "table.row".
QStringList splitRows(QTextDocument* doc)
{
    QStringList split;
    int t = 0;
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        ++t;
        for (int r = 0; r < table->rows(); ++r) {
            qreal height = 0;
            if (rowPages(doc, table, r, &height).size() > 1 && height < doc->pageSize().height() * 0.8)
                split.append(QStringLiteral("%1.%2").arg(t).arg(r));
        }
    }
    return split;
}

// The files in a folder, hidden ones too: what an export left behind.
QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

struct DialogRun
{
    PdfExportResult result;
    QString firstLabel; // the dialog's text when the test's timer first ran
    int ticks = 0;
};

// Runs exportWithProgressDialog and presses Cancel as soon as the test's
// timer runs (every 10 ms, from the window's event loop).
DialogRun exportAndCancel(const Coe& coe, const QString& path)
{
    QWidget window;
    DialogRun run;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &window, [&] {
        auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("pdfExportProgressDialog"));
        if (!dialog)
            return;
        if (run.ticks++ == 0) {
            run.firstLabel = dialog->labelText();
            dialog->cancel();
        }
    });
    timer.start();
    run.result = PdfExporter::exportWithProgressDialog(&window, {coe}, path);
    return run;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exampleHasEveryEntryAndAction();
    void longTimelinePaginates();
    void headingsStayWithTheirText();
    void everyWhyAndQuestionIsPrinted();
    void packetHasAgendaAndOrder();
    void paperSize();
    void markupIsPrintedLiterallyAndNothingIsEmbedded();
    void scriptsAreRendered();
    void errorsAreValues();
    void cancelLeavesExistingFile();
    void exportReplacesExistingPdf();
    void failedReplaceKeepsOldPdf();
    void otherFilesBesideTheTargetAreKept();
    void progressDialogCancelsWhilePreparing();
    void progressDialogCancelKeepsExistingFile();
    void missingToolSkipsOnlyTestsThatNeedIt();
    void actionTableOnPaper();
    void tableRowsStayWhole();
    void rowTallerThanAPageSplits();
    void shortLastSectionIsNotAlone();

private:
    QTemporaryDir m_dir;
};

void TestPdfExport::initTestCase()
{
    // Only the tests that read the PDF back need poppler-utils; each says so
    // with HINDSIGHT_REQUIRE_TOOL (a skip, or a failure under CI=true).
    QVERIFY(m_dir.isValid());
}

void TestPdfExport::exampleHasEveryEntryAndAction()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    HINDSIGHT_REQUIRE_TOOL("pdfinfo");
    const Coe coe = test::exampleCoe();
    const QString path = m_dir.filePath(QStringLiteral("example.pdf"));
    const PdfExportResult r = PdfExporter::exportCoe(coe, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QCOMPARE(pdfPages(path), r.pages);
    QVERIFY(r.pages >= 2 && r.pages <= 8);
    const QString text = pdfText(path);
    // Rows split over two pages continue after the repeated table header.
    const QString flat = squeezed(pdfBodyText(path))
                             .remove(QStringLiteral("DateTimeMilestoneEntry"))
                             .remove(QStringLiteral("PriorityActionOwnerDueStatusKindWhys"));
    QVERIFY(text.contains(coe.title)); // the page header has it on one line
    for (const TimelineEntry& e : coe.timeline)
        QVERIFY2(containsWordsInOrder(flat, e.text), qPrintable(e.text));
    for (const ActionItem& a : coe.actionItems)
        QVERIFY2(containsWordsInOrder(flat, a.title), qPrintable(a.title));
    QVERIFY(flat.contains(squeezed(coe.whys[4].because)));
    // Every row's date fits its column on one line (13 = 12 rows + summary).
    QCOMPARE(pdfBodyText(path).count(QStringLiteral("2024-03-07 ")), 13);
    // The watermark: rotated letters, one a line in content-stream order.
    QVERIFY(squeezed(pdfText(path, 1, true)).contains(QStringLiteral("DRAFT")));
    QVERIFY(pdfInfo(path).contains(coe.title)); // document title in the metadata

    // An approved COE has no watermark.
    Coe approved = coe;
    approved.status = Status::Approved;
    const QString approvedPath = m_dir.filePath(QStringLiteral("approved.pdf"));
    QVERIFY(PdfExporter::exportCoe(approved, approvedPath).ok);
    QVERIFY(!squeezed(pdfText(approvedPath, 1, true)).contains(QStringLiteral("DRAFT")));
}

void TestPdfExport::longTimelinePaginates()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    HINDSIGHT_REQUIRE_TOOL("pdfinfo");
    const Coe coe = longTimelineCoe(1000);
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    int lastProgress = 0;
    int calls = 0;
    const PdfExportResult r = PdfExporter::exportCoe(coe, path, {}, [&](int done, int total) {
        if (total > 0) { // (0, 0): between building and laying out, before the first page
            ++calls;
            lastProgress = done;
        }
        return done <= total;
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    const int pages = pdfPages(path);
    QCOMPARE(pages, r.pages);
    QCOMPARE(calls, pages);
    QCOMPARE(lastProgress, pages);
    // Two lines per entry, about 25 entries a page.
    QVERIFY2(pages >= 25 && pages <= 90, qPrintable(QString::number(pages)));

    const QString all = squeezed(pdfText(path));
    for (int i : {1, 2, 500, 999, 1000})
        QVERIFY(all.contains(squeezed(coe.timeline[i - 1].text)));
    for (int page = 1; page <= pages; ++page) {
        // Header and footer are painted after the body: the end of the page's
        // content stream, in -raw order, whatever the layout of the text.
        const QString raw = pdfText(path, page, true);
        QVERIFY2(raw.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(QString::number(page)));
        QVERIFY2(raw.contains(QStringLiteral("Long timeline")), qPrintable(QString::number(page)));
        QVERIFY2(raw.contains(QStringLiteral("In review")), qPrintable(QString::number(page)));
        const QString text = pdfText(path, page);
        // The timeline table's header row repeats on every page it spans.
        const bool timelinePage = text.contains(QStringLiteral("Entry number"));
        if (timelinePage)
            QVERIFY2(text.contains(QStringLiteral("Milestone")), qPrintable(QString::number(page)));
    }
}

void TestPdfExport::headingsStayWithTheirText()
{
    // Timelines of every length from 1 to 40 move headings down the page;
    // in none may a heading be the last thing on its page.
    int moved = 0;
    for (int n = 1; n <= 40; ++n) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        ReportPrinter::setUpPrinter(&printer, PaperSize::A4);
        const ReportPrinter pager(&printer);
        auto doc = CoeReport::build(longTimelineCoe(n));
        pager.paginate(doc.get());
        const qreal pageHeight = doc->pageSize().height();
        auto* layout = doc->documentLayout();
        const auto keepsWithNext = [](const QTextBlock& b) {
            return b.blockFormat().boolProperty(ReportDocument::KeepWithNextProperty) && !b.text().isEmpty();
        };
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (!keepsWithNext(b))
                continue;
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                ++moved;
            QTextBlock next = b.next();
            while (next.isValid() && keepsWithNext(next))
                next = next.next();
            QVERIFY(next.isValid());
            const int headingPage = int(layout->blockBoundingRect(b).top() / pageHeight);
            const QRectF nextRect = layout->blockBoundingRect(next);
            const qreal firstLineBottom =
                nextRect.top() + (next.layout()->lineCount() > 0 ? next.layout()->lineAt(0).rect().bottom() : 0);
            const int nextPage = int((firstLineBottom - 1) / pageHeight);
            QVERIFY2(headingPage == nextPage, qPrintable(QStringLiteral("%1 entries: %2").arg(n).arg(b.text())));
        }
    }
    QVERIFY(moved > 0); // the check had something to do
}

void TestPdfExport::everyWhyAndQuestionIsPrinted()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    // Long enough that headings, questions and whys move to later pages:
    // what the page painter draws must be the whole document all the same.
    Coe coe = longTimelineCoe(150);
    coe.whys.clear();
    for (int i = 0; i < 60; ++i) {
        WhyStep w;
        w.id = QStringLiteral("w%1").arg(i + 1);
        w.parentId = i == 0 ? QString() : QStringLiteral("w%1").arg(i % 5 == 0 ? 1 : i);
        w.why = QStringLiteral("Why did step %1 happen?").arg(i + 1);
        w.because = QStringLiteral("Because condition %1 was not guarded against.").arg(i + 1);
        w.rootCause = i % 5 == 4;
        coe.whys.append(w);
    }
    for (ActionItem& a : coe.actionItems)
        a.whys.clear();
    const QString path = m_dir.filePath(QStringLiteral("whys.pdf"));
    const PdfExportResult r = PdfExporter::exportCoe(coe, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString flat = squeezed(pdfBodyText(path))
                             .remove(QStringLiteral("DateTimeMilestoneEntry"))
                             .remove(QStringLiteral("PriorityActionOwnerDueStatusKindWhys"));
    for (const WhyStep& w : coe.whys) {
        QVERIFY2(flat.contains(squeezed(w.why)), qPrintable(w.why));
        QVERIFY2(flat.contains(squeezed(w.because)), qPrintable(w.because));
    }
    for (const Question& q : coe.questions) {
        QVERIFY2(flat.contains(squeezed(q.question)), qPrintable(q.question));
        QVERIFY2(flat.contains(squeezed(q.answer)), qPrintable(q.answer));
    }
    for (const ActionItem& a : coe.actionItems)
        QVERIFY2(containsWordsInOrder(flat, a.title), qPrintable(a.title));
}

void TestPdfExport::packetHasAgendaAndOrder()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    HINDSIGHT_REQUIRE_TOOL("pdfinfo");
    Coe first = test::exampleCoe();
    Coe second = longTimelineCoe(120);
    second.title = QStringLiteral("Second COE in the packet");
    second.owner = QStringLiteral("Rui Costa");
    second.severity = 4;
    Coe third = test::exampleCoe();
    third.title = QStringLiteral("Third COE in the packet");
    third.status = Status::Approved;
    const QString path = m_dir.filePath(QStringLiteral("packet.pdf"));
    const PdfExportResult r = PdfExporter::exportPacket({first, second, third}, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(pdfPages(path), r.pages);

    const QString agenda = pdfText(path, 1);
    QVERIFY(agenda.contains(QStringLiteral("Review packet")));
    QVERIFY(agenda.contains(QStringLiteral("Page 1 of %1").arg(r.pages)));
    const QStringList titles = {QStringLiteral("Checkout API returned HTTP 503"), second.title, third.title};
    int previous = -1;
    for (const QString& t : titles) {
        const int at = squeezed(agenda).indexOf(squeezed(t));
        QVERIFY2(at > previous, qPrintable(t));
        previous = at;
    }
    QVERIFY(agenda.contains(QStringLiteral("Rui Costa")));

    // Each COE starts on a new page, the page the agenda gives: after the
    // one-page agenda, the COEs' own page counts add up.
    QList<int> starts = {2};
    for (const Coe& c : {first, second}) {
        const PdfExportResult alone = PdfExporter::exportCoe(c, m_dir.filePath(QStringLiteral("alone.pdf")));
        QVERIFY(alone.ok);
        starts.append(starts.last() + alone.pages);
    }
    const PdfExportResult last = PdfExporter::exportCoe(third, m_dir.filePath(QStringLiteral("alone.pdf")));
    QCOMPARE(r.pages, starts.last() + last.pages - 1);
    const QStringList agendaLines = agenda.split(QLatin1Char('\n'));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(agendaLines.contains(QString::number(starts[i])), qPrintable(QString::number(starts[i])));
        const QString page = pdfText(path, starts[i]);
        QVERIFY2(squeezed(page).startsWith(squeezed(titles[i]).left(20)), qPrintable(page.left(200)));
        QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(starts[i]).arg(r.pages)));
        const QString before = pdfText(path, starts[i] - 1);
        QVERIFY2(!squeezed(before).startsWith(squeezed(titles[i]).left(20)), qPrintable(before.left(200)));
    }
    QVERIFY(pdfText(path, starts[2]).contains(QStringLiteral("Approved")));

    QVERIFY(!PdfExporter::exportPacket({}, m_dir.filePath(QStringLiteral("empty.pdf"))).ok);
}

void TestPdfExport::paperSize()
{
    HINDSIGHT_REQUIRE_TOOL("pdfinfo");
    ReportOptions options;
    options.paper = PaperSize::Letter;
    const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(PdfExporter::exportCoe(test::exampleCoe(), letter, options).ok);
    QVERIFY2(pdfInfo(letter).contains(QStringLiteral("612 x 792 pts")), qPrintable(pdfInfo(letter)));
    options.paper = PaperSize::A4;
    const QString a4 = m_dir.filePath(QStringLiteral("a4.pdf"));
    QVERIFY(PdfExporter::exportCoe(test::exampleCoe(), a4, options).ok);
    QVERIFY2(pdfInfo(a4).contains(QStringLiteral("(A4)")), qPrintable(pdfInfo(a4)));
}

void TestPdfExport::markupIsPrintedLiterallyAndNothingIsEmbedded()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    Coe coe = test::exampleCoe();
    const QString evil = QStringLiteral("<b>x</b> <img src=\"file:///etc/passwd\"> &amp;");
    coe.timeline[0].text = evil;
    coe.actionItems[0].title = evil;
    coe.summary = evil + QStringLiteral("\n\n![p](file:///etc/passwd)");
    coe.actionItems[1].description = QStringLiteral("![p](/etc/hostname)");
    const QString path = m_dir.filePath(QStringLiteral("evil.pdf"));
    QVERIFY(PdfExporter::exportCoe(coe, path).ok);
    const QString flat = squeezed(pdfText(path));
    QVERIFY(flat.count(squeezed(evil)) >= 3);
    HINDSIGHT_REQUIRE_TOOL("pdfimages");
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QVERIFY(p.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int images = 0;
    for (const QString& line : lines) {
        if (QRegularExpression(QStringLiteral("^\\s*\\d+\\s+\\d+\\s+image")).match(line).hasMatch())
            ++images;
    }
    QCOMPARE(images, 1); // the attached chart, nothing else
}

void TestPdfExport::scriptsAreRendered()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    Coe coe = test::exampleCoe();
    const QStringList words = {QStringLiteral("Ελληνικά"), QStringLiteral("Кириллица"), QStringLiteral("café"),
                               QStringLiteral("Žluťoučký")};
    coe.timeline[0].text = words.join(QLatin1Char(' '));
    coe.timeline[1].text = QStringLiteral("العربية");
    coe.timeline[2].text = QStringLiteral("עברית");
    const QString path = m_dir.filePath(QStringLiteral("scripts.pdf"));
    QVERIFY(PdfExporter::exportCoe(coe, path).ok);
    const QString text = pdfText(path);
    for (const QString& w : words)
        QVERIFY2(text.contains(w), qPrintable(w));
    // Right-to-left words: every letter is there (extraction may reorder them).
    for (const QString& rtl : {QStringLiteral("العربية"), QStringLiteral("עברית")}) {
        for (QChar c : rtl)
            QVERIFY2(text.contains(c), qPrintable(rtl));
    }
}

void TestPdfExport::errorsAreValues()
{
    const PdfExportResult r = PdfExporter::exportCoe(test::exampleCoe(), m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    const PdfExportResult r2 = PdfExporter::exportCoe(test::exampleCoe(), m_dir.path());
    QVERIFY(!r2.ok);
    QVERIFY(!r2.error.isEmpty());
}

void TestPdfExport::cancelLeavesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an older export");
    }
    const QByteArray before = test::fileChecksum(path);
    const PdfExportResult r = PdfExporter::exportCoe(longTimelineCoe(200), path, {},
                                                     [](int done, int) { return done < 2; });
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QCOMPARE(test::fileChecksum(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestPdfExport::exportReplacesExistingPdf()
{
    const QString dir = m_dir.filePath(QStringLiteral("replace"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/report.pdf");
    writeFile(path, "%PDF-1.4 an older export");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    const PdfExportResult r = PdfExporter::exportCoe(test::exampleCoe(), path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 10000);
    QVERIFY(!bytes.contains("an older export"));
    // The new file keeps the permissions the old one had.
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("report.pdf")});
}

void TestPdfExport::failedReplaceKeepsOldPdf()
{
    // The old export deleted the existing PDF and then renamed the new one
    // into place: when the rename failed, both were gone.
    const QString dir = m_dir.filePath(QStringLiteral("failed-replace"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/report.pdf");
    writeFile(path, "%PDF-1.4 the only copy of last week's export");
    const QByteArray before = test::fileChecksum(path);
    PdfExporter::failNextReplaceForTesting();
    const PdfExportResult r = PdfExporter::exportCoe(test::exampleCoe(), path);
    QVERIFY(!r.ok);
    QVERIFY(!r.cancelled);
    QVERIFY(r.error.contains(QStringLiteral("report.pdf")));
    QCOMPARE(test::fileChecksum(path), before);
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("report.pdf")});
    // The seam fails one export only.
    QVERIFY(PdfExporter::exportCoe(test::exampleCoe(), path).ok);
    QVERIFY(test::fileChecksum(path) != before);
}

void TestPdfExport::otherFilesBesideTheTargetAreKept()
{
    // The temporary file has a name of its own: a user's "report.pdf.part"
    // (the old fixed temporary name) is neither overwritten nor removed.
    const QString dir = m_dir.filePath(QStringLiteral("beside"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/report.pdf");
    writeFile(path + QStringLiteral(".part"), "a download in progress");
    const QByteArray before = test::fileChecksum(path + QStringLiteral(".part"));
    QVERIFY(PdfExporter::exportCoe(test::exampleCoe(), path).ok);
    QCOMPARE(test::fileChecksum(path + QStringLiteral(".part")), before);
    QVERIFY(!PdfExporter::exportCoe(test::exampleCoe(), path, {}, [](int, int) { return false; }).ok);
    QCOMPARE(test::fileChecksum(path + QStringLiteral(".part")), before);
    QCOMPARE(filesIn(dir), (QStringList{QStringLiteral("report.pdf"), QStringLiteral("report.pdf.part")}));
}

void TestPdfExport::progressDialogCancelsWhilePreparing()
{
    // Building and laying out a long timeline takes seconds in one piece;
    // the window's event loop runs meanwhile (the dialog still says it is
    // preparing when the test's timer first runs) and Cancel stops the
    // export without a file.
    const QString dir = m_dir.filePath(QStringLiteral("dialog-cancel"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/long.pdf");
    const DialogRun run = exportAndCancel(longTimelineCoe(3000), path);
    QVERIFY(run.ticks > 0);
    QCOMPARE(run.firstLabel, PdfExporter::tr("Preparing the PDF…"));
    QVERIFY(!run.result.ok);
    QVERIFY(run.result.cancelled);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(dir), QStringList());
}

void TestPdfExport::progressDialogCancelKeepsExistingFile()
{
    const QString dir = m_dir.filePath(QStringLiteral("dialog-cancel-existing"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/long.pdf");
    writeFile(path, "%PDF-1.4 an older export");
    const QByteArray before = test::fileChecksum(path);
    const DialogRun run = exportAndCancel(longTimelineCoe(3000), path);
    QVERIFY(run.result.cancelled);
    QCOMPARE(test::fileChecksum(path), before);
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("long.pdf")});

    // Without a cancel the dialog's export writes the file.
    QWidget window;
    const PdfExportResult r = PdfExporter::exportWithProgressDialog(&window, {test::exampleCoe()}, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.pages > 0);
    QVERIFY(test::fileChecksum(path) != before);
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("long.pdf")});
}

void TestPdfExport::missingToolSkipsOnlyTestsThatNeedIt()
{
    // This executable again, with a PATH where no poppler tool is: the tests
    // that read the PDF back skip (fail when CI=true); the others run.
    if (qEnvironmentVariableIsSet("HINDSIGHT_TEST_CHILD"))
        QSKIP("running as the child of missingToolSkipsOnlyTestsThatNeedIt");
    QTemporaryDir emptyPath;
    QVERIFY(emptyPath.isValid());
    const auto runChild = [&](bool ci, QString* output) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), emptyPath.path());
        env.insert(QStringLiteral("HINDSIGHT_TEST_CHILD"), QStringLiteral("1"));
        if (ci)
            env.insert(QStringLiteral("CI"), QStringLiteral("true"));
        else
            env.remove(QStringLiteral("CI"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("errorsAreValues"), QStringLiteral("paperSize"), QStringLiteral("-platform"),
                 QStringLiteral("offscreen")});
        if (!p.waitForFinished(120000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString out;
    QCOMPARE(runChild(false, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("PASS   : TestPdfExport::errorsAreValues()")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("SKIP   : TestPdfExport::paperSize()")), qPrintable(out));
    QVERIFY2(runChild(true, &out) != 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("PASS   : TestPdfExport::errorsAreValues()")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("FAIL!  : TestPdfExport::paperSize()")), qPrintable(out));
}

// The action table as printed: no Whys column when no action names a why, every header word
// whole, and the severity with its meaning in the facts.
void TestPdfExport::actionTableOnPaper()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    Coe coe = test::exampleCoe();
    coe.severity = 1;
    for (ActionItem& a : coe.actionItems)
        a.whys.clear();
    const QString path = m_dir.filePath(QStringLiteral("actions.pdf"));
    const PdfExportResult r = PdfExporter::exportCoe(coe, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString body = squeezed(pdfBodyText(path));
    QVERIFY2(body.contains(QStringLiteral("PriorityActionOwnerDueStatusKind")), qPrintable(body.right(2000)));
    QVERIFY(!body.contains(QStringLiteral("PriorityActionOwnerDueStatusKindWhys")));
    QVERIFY(squeezed(pdfText(path)).contains(squeezed(QStringLiteral("1 – Critical"))));
    // Header words are whole on one line each (pdftotext -layout keeps lines).
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString layout = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression header(QStringLiteral("Priority\\s+Action\\s+Owner\\s+Due\\s+Status\\s+Kind"));
    QVERIFY2(header.match(layout).hasMatch(), qPrintable(layout.right(3000)));
}

// No table row is split across pages: a row that would straddle a page break
// moves whole to the next page, in every table (action items with tall
// descriptions, the timeline), wherever the page break falls.
void TestPdfExport::tableRowsStayWhole()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setResolution(600);
    ReportPrinter::setUpPrinter(&printer, PaperSize::A4);
    const ReportPrinter pager(&printer);
    int tested = 0;
    for (int n = 0; n <= 40; n += 2) {
        auto doc = CoeReport::build(tallRowsCoe(n));
        pager.paginate(doc.get());
        const QStringList split = splitRows(doc.get());
        QVERIFY2(split.isEmpty(), qPrintable(QStringLiteral("%1 entries: rows %2").arg(n).arg(split.join(u' '))));
        ++tested;
    }
    QCOMPARE(tested, 21);
    // A timeline of many pages, with gap rows (one cell across the table) and sources.
    Coe gaps = longTimelineCoe(400);
    for (int i = 0; i < gaps.timeline.size(); ++i) {
        gaps.timeline[i].at = gaps.timeline[i].at.addSecs(qint64(i / 7) * 3 * 3600);
        if (i % 11 == 0)
            gaps.timeline[i].source = QStringLiteral("https://tickets.example.com/OPS-%1").arg(i);
    }
    auto doc = CoeReport::build(gaps);
    pager.paginate(doc.get());
    QVERIFY2(doc->pageCount() > 10, qPrintable(QString::number(doc->pageCount())));
    QVERIFY2(splitRows(doc.get()).isEmpty(), qPrintable(splitRows(doc.get()).join(u' ')));
    // A gap row is on the page of the entry after it.
    int gapRows = 0;
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        for (int r = 1; table && r + 1 < table->rows(); ++r) {
            if (!table->cellAt(r, 0).firstCursorPosition().block().text().startsWith(QStringLiteral("Gap of")))
                continue;
            ++gapRows;
            qreal height = 0;
            const QSet<int> gap = rowPages(doc.get(), table, r, &height);
            const QSet<int> entry = rowPages(doc.get(), table, r + 1, &height);
            QVERIFY2(gap == entry, qPrintable(QStringLiteral("row %1").arg(r)));
        }
    }
    QVERIFY(gapRows > 40);

    // On paper: each action's text, from its title to its last line, is on one page.
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    HINDSIGHT_REQUIRE_TOOL("pdfinfo");
    for (int n : {6, 20}) {
        const Coe coe = tallRowsCoe(n);
        const QString path = m_dir.filePath(QStringLiteral("tall-rows-%1.pdf").arg(n));
        const PdfExportResult r = PdfExporter::exportCoe(coe, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        for (int i = 1; i <= coe.actionItems.size(); ++i) {
            const QString begins = QStringLiteral("Action %1 begins").arg(i);
            const QString ends = QStringLiteral("Action %1 ends.").arg(i);
            int beginPage = 0;
            int endPage = 0;
            for (int page = 1; page <= r.pages; ++page) {
                const QString text = pdfText(path, page);
                if (text.contains(begins))
                    beginPage = page;
                if (text.contains(ends))
                    endPage = page;
            }
            QVERIFY2(beginPage > 0 && beginPage == endPage,
                     qPrintable(QStringLiteral("%1 entries, action %2: pages %3 and %4")
                                    .arg(n).arg(i).arg(beginPage).arg(endPage)));
        }
    }
}

// A row taller than a page may split (it cannot do otherwise), and all of
// its text is printed.
void TestPdfExport::rowTallerThanAPageSplits()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    Coe coe = tallRowsCoe(3);
    QStringList paragraphs;
    for (int line = 0; line < 120; ++line)
        paragraphs.append(QStringLiteral("Long step %1.").arg(line + 1));
    coe.actionItems[1].description = paragraphs.join(QStringLiteral("\n\n"));
    const QString path = m_dir.filePath(QStringLiteral("taller-than-a-page.pdf"));
    const PdfExportResult r = PdfExporter::exportCoe(coe, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString text = squeezed(pdfBodyText(path));
    for (int line = 1; line <= 120; ++line)
        QVERIFY2(text.contains(squeezed(QStringLiteral("Long step %1.").arg(line))), qPrintable(QString::number(line)));
    QVERIFY(text.contains(squeezed(QStringLiteral("Action 5 ends."))));
}

// The last section (Related items: a heading and two lines) does not end the
// report on a page of its own, or with its last line alone there, when it
// fits on the page before with its spacing tightened.
void TestPdfExport::shortLastSectionIsNotAlone()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setResolution(600);
    ReportPrinter::setUpPrinter(&printer, PaperSize::A4);
    const ReportPrinter pager(&printer);
    for (int n = 0; n <= 60; ++n) {
        auto doc = CoeReport::build(longTimelineCoe(n));
        const int pages = pager.paginate(doc.get());
        const qreal pageHeight = doc->pageSize().height();
        auto* layout = doc->documentLayout();
        QTextBlock heading; // of the last section
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().intProperty(ReportDocument::HeadingLevelProperty) == 1)
                heading = b;
        }
        QVERIFY(heading.text().contains(QStringLiteral("Related items")));
        // What comes before it (the action table) ends on the last page too.
        const QTextBlock before = heading.previous();
        QTextTable* table = QTextCursor(before).currentTable();
        const qreal beforeBottom =
            table ? layout->frameBoundingRect(table).bottom() : layout->blockBoundingRect(before).bottom();
        QVERIFY2(int((beforeBottom - 1) / pageHeight) == pages - 1,
                 qPrintable(QStringLiteral("%1 entries: the last of %2 pages has only the last section").arg(n).arg(pages)));
    }

    // On paper: the last page has the Related items and the action before them.
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    const Coe coe = longTimelineCoe(25);
    const QString path = m_dir.filePath(QStringLiteral("short-last-section.pdf"));
    const PdfExportResult r = PdfExporter::exportCoe(coe, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString last = squeezed(pdfText(path, r.pages));
    QVERIFY2(last.contains(squeezed(QStringLiteral("Related items"))), qPrintable(last));
    QVERIFY2(last.contains(squeezed(coe.related.last().title)), qPrintable(last));
    QVERIFY2(last.contains(squeezed(coe.actionItems.last().title).left(20)), qPrintable(last));
}

QTEST_MAIN(TestPdfExport)
#include "TestPdfExport.moc"
