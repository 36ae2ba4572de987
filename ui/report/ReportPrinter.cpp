// SPDX-License-Identifier: MIT
#include "ReportPrinter.h"

#include "charts/ChartTextObject.h"

#include "PageFlow.h"
#include "report/CoeReport.h"
#include "report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QtMath>

namespace hindsight::report {

namespace {

// Qt lays text out in 26.6 fixed point: a document may be at most 2^25
// device pixels tall (at 1200 dpi, some 2,800 A4 pages); past that the
// positions wrap around and the layout says 0 pages, or nonsense.
constexpr qreal kMaxLayoutHeight = 33554431.0;

int maxPages(const ReportDocument* doc)
{
    const qreal pageHeight = doc->pageSize().height();
    return pageHeight > 0 ? int(kMaxLayoutHeight / pageHeight) - 1 : 0;
}

bool fitsLayout(ReportDocument* doc, int pages)
{
    if (pages <= 0 || pages > maxPages(doc))
        return false;
    const QRectF last = doc->documentLayout()->blockBoundingRect(doc->lastBlock());
    return last.bottom() > 0 && last.bottom() <= pages * doc->pageSize().height();
}

ReportPrinter::Result cancelledResult()
{
    ReportPrinter::Result result;
    result.cancelled = true;
    return result;
}

QFont chromeFont(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies(ReportText::fontFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

ReportPrinter::ReportPrinter(QPrinter* printer) : m_printer(printer) {}

void ReportPrinter::setUpPrinter(QPrinter* printer, PaperSize paper)
{
    printer->setFullPage(false);
    printer->setPageLayout(ReportDocument::pageLayout(paper));
}

QRectF ReportPrinter::bodyRect() const
{
    const int res = m_printer->resolution();
    const QPageLayout layout = m_printer->pageLayout();
    const QRectF paper = layout.fullRectPixels(res);
    const QRectF paint = layout.paintRectPixels(res);
    // With margins too small for a header and footer (a user's choice in the
    // preview's page setup), keep 15 mm free above and below.
    const qreal minBand = 15.0 / 25.4 * res;
    QRectF body = m_printer->fullPage() ? paint : QRectF(QPointF(0, 0), paint.size());
    const QRectF paperInPainter = m_printer->fullPage() ? paper : paper.translated(-paint.topLeft());
    if (body.top() - paperInPainter.top() < minBand)
        body.setTop(paperInPainter.top() + minBand);
    if (paperInPainter.bottom() - body.bottom() < minBand)
        body.setBottom(paperInPainter.bottom() - minBand);
    if (body.left() - paperInPainter.left() < minBand / 2)
        body.setLeft(paperInPainter.left() + minBand / 2);
    if (paperInPainter.right() - body.right() < minBand / 2)
        body.setRight(paperInPainter.right() - minBand / 2);
    return body;
}

int ReportPrinter::paginate(ReportDocument* doc) const
{
    // A document's layout lays the whole text out as soon as it is created,
    // at the document's page size; a null page size makes that a no-op, so
    // the text is laid out once, for the printer, not twice.
    if (!doc->pageSize().isNull())
        doc->setPageSize(QSizeF(0, 0));
    // Charts (model/charts) are drawn by a handler of the layout, registered
    // now rather than when inserted (the layout would follow every insertion).
    charts::registerChartObjects(doc);
    doc->documentLayout()->setPaintDevice(m_printer);
    doc->setPageSize(bodyRect().size());
    PageFlow::apply(doc, m_printer->logicalDpiY() / 96.0);
    return doc->pageCount();
}

ReportPrinter::Result ReportPrinter::print(const QList<ReportDocument*>& documents, const Progress& progress) const
{
    Result result;
    int total = 0;
    for (ReportDocument* doc : documents)
        total += doc->pageCount();
    QPainter painter;
    if (!painter.begin(m_printer)) {
        result.error = m_printer->outputFileName().isEmpty()
                           ? tr("Cannot start printing.")
                           : tr("Cannot write %1.").arg(m_printer->outputFileName());
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    int number = 0;
    for (ReportDocument* doc : documents) {
        const int pages = doc->pageCount();
        for (int p = 0; p < pages; ++p) {
            if (number > 0 && !m_printer->newPage()) {
                result.error = tr("Cannot start a new page.");
                painter.end();
                return result;
            }
            ++number;
            paintPage(painter, doc, p, number, total);
            if (progress && !progress(number, total)) {
                painter.end();
                result.cancelled = true;
                result.pages = number;
                return result;
            }
        }
    }
    if (!painter.end()) {
        result.error = tr("Cannot finish writing %1.").arg(m_printer->outputFileName());
        return result;
    }
    result.ok = true;
    result.pages = number;
    return result;
}

ReportPrinter::Result ReportPrinter::printCoes(const QList<Coe>& coes, const ReportOptions& options, bool packet,
                                              const Progress& progress) const
{
    if (coes.isEmpty()) {
        Result result;
        result.error = tr("No COE to print.");
        return result;
    }
    std::vector<std::unique_ptr<ReportDocument>> reports;
    QList<AgendaEntry> agenda;
    QList<int> pages;
    // Building and laying out come before the first page; the progress
    // callback hears (0, 0) between those steps so it can cancel there.
    const auto cancelled = [&progress] { return progress && !progress(0, 0); };
    for (const Coe& coe : coes) {
        if (cancelled())
            return cancelledResult();
        reports.push_back(CoeReport::build(coe, options));
        if (cancelled())
            return cancelledResult();
        pages.append(paginate(reports.back().get()));
        if (!fitsLayout(reports.back().get(), pages.back())) {
            Result result;
            result.error = tr("The report of “%1” is too long to lay out (over %n page(s) at this resolution).",
                              nullptr, maxPages(reports.back().get()))
                               .arg(ReportText::oneLine(coe.title));
            return result;
        }
        agenda.append({coe.title, coe.severity, coe.owner, coe.status, 0});
    }
    if (cancelled())
        return cancelledResult();
    QList<ReportDocument*> docs;
    std::unique_ptr<ReportDocument> agendaDoc;
    if (packet) {
        // The agenda's own length decides where the COEs begin; the numbers
        // in it do not change that length, so two builds suffice.
        agendaDoc = CoeReport::buildAgenda(agenda, options);
        int next = paginate(agendaDoc.get()) + 1;
        for (int i = 0; i < agenda.size(); ++i) {
            agenda[i].firstPage = next;
            next += pages[i];
        }
        agendaDoc = CoeReport::buildAgenda(agenda, options);
        paginate(agendaDoc.get());
        docs.append(agendaDoc.get());
    }
    for (const auto& doc : reports)
        docs.append(doc.get());
    return print(docs, progress);
}

void ReportPrinter::paintPage(QPainter& painter, ReportDocument* doc, int pageInDoc, int pageNumber,
                              int pageCount) const
{
    const QRectF body = bodyRect();
    const qreal pageHeight = doc->pageSize().height();
    const qreal mm = m_printer->resolution() / 25.4;

    if (doc->draftWatermark())
        paintWatermark(painter);

    painter.save();
    painter.translate(body.topLeft());
    painter.setClipRect(QRectF(0, 0, body.width(), body.height()));
    painter.translate(0, -pageInDoc * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, pageInDoc * pageHeight, body.width(), pageHeight);
    context.palette.setColor(QPalette::Text, Qt::black);
    doc->documentLayout()->draw(&painter, context);
    painter.restore();

    // Header: title on the left, status on the right, a rule below.
    painter.save();
    const QColor chrome(0x55, 0x5b, 0x63);
    painter.setPen(chrome);
    const QFont headerFont = chromeFont(7.5);
    painter.setFont(headerFont);
    const QFontMetricsF fm(headerFont, m_printer);
    const QString status = doc->headerStatus();
    const qreal statusWidth = status.isEmpty() ? 0 : fm.horizontalAdvance(status) + 6 * mm;
    const QString title = fm.elidedText(doc->headerTitle(), Qt::ElideRight, body.width() - statusWidth);
    const qreal headerBaseline = body.top() - 4 * mm - fm.descent();
    painter.drawText(QPointF(body.left(), headerBaseline), title);
    if (!status.isEmpty())
        painter.drawText(QPointF(body.right() - fm.horizontalAdvance(status), headerBaseline), status);
    QPen rule(QColor(0xb0, 0xb6, 0xbc));
    rule.setWidthF(0.25 * mm);
    painter.setPen(rule);
    painter.drawLine(QPointF(body.left(), body.top() - 2.5 * mm), QPointF(body.right(), body.top() - 2.5 * mm));
    painter.drawLine(QPointF(body.left(), body.bottom() + 2.5 * mm),
                     QPointF(body.right(), body.bottom() + 2.5 * mm));

    // Footer: "Page N of M", centred.
    painter.setPen(chrome);
    const QString footer = tr("Page %1 of %2").arg(pageNumber).arg(pageCount);
    const qreal footerBaseline = body.bottom() + 4 * mm + fm.ascent();
    painter.drawText(QPointF(body.center().x() - fm.horizontalAdvance(footer) / 2, footerBaseline), footer);
    painter.restore();
}

void ReportPrinter::paintWatermark(QPainter& painter) const
{
    const QRectF body = bodyRect();
    painter.save();
    painter.translate(body.center());
    painter.rotate(-qRadiansToDegrees(qAtan2(body.height(), body.width())));
    QFont font = chromeFont(96, true);
    painter.setFont(font);
    painter.setPen(QColor(0xc0, 0x30, 0x30, 36));
    const QString text = tr("DRAFT");
    const QFontMetricsF fm(font, m_printer);
    painter.drawText(QPointF(-fm.horizontalAdvance(text) / 2, fm.ascent() / 2 - fm.descent()), text);
    painter.restore();
}

} // namespace hindsight::report
