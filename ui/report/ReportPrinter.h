// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QPainter;
class QPrinter;

namespace hindsight::report {

// Paints report documents page by page onto a QPrinter (a PDF file, a real
// printer, or the printer of a QPrintPreviewDialog): the document's text
// clipped to the page body, and around it a header (COE title, status), a
// footer "Page N of M" and, for drafts, a diagonal DRAFT watermark.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // Called after each page, and with (0, 0) between the steps before the
    // first page (building, laying out); return false to stop (cancel). It
    // runs on the printing thread.
    using Progress = std::function<bool(int pagesDone, int pagesTotal)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int pages = 0;
        QString error;
    };

    explicit ReportPrinter(QPrinter* printer);

    // Gives the printer the report's paper and margins; call before paginate().
    static void setUpPrinter(QPrinter* printer, PaperSize paper);

    // Lays the document out for this printer (its resolution, the page body
    // size), applies the page-break rules (PageFlow: headings stay with their
    // text, table rows are not split), and gives the number of pages.
    int paginate(ReportDocument* doc) const;

    // Paints the documents one after the other, each starting on a new page;
    // page numbers run through all of them. paginate() each one first.
    Result print(const QList<ReportDocument*>& documents, const Progress& progress = {}) const;

    // Builds the report of each COE, lays them out and paints them. A packet
    // opens with an agenda page (title, severity, status, owner, first page
    // of each COE) and starts each COE on a new page.
    Result printCoes(const QList<Coe>& coes, const ReportOptions& options, bool packet,
                     const Progress& progress = {}) const;

private:
    QRectF bodyRect() const; // device pixels, on the full page
    void paintPage(QPainter& painter, ReportDocument* doc, int pageInDoc, int pageNumber, int pageCount) const;
    void paintWatermark(QPainter& painter) const;

    QPrinter* m_printer;
};

} // namespace hindsight::report
