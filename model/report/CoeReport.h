// SPDX-License-Identifier: MIT
#pragma once

#include "ReportDocument.h"
#include "ReportOptions.h"
#include "domain/Coe.h"

#include <QList>
#include <memory>

namespace hindsight::report {

// One line of a review packet's agenda.
struct AgendaEntry
{
    QString title;
    std::optional<int> severity;
    QString owner;
    Status status = Status::Draft;
    int firstPage = 0; // 0: not known yet
};

// Builds the printable document of a COE with QTextCursor (no HTML, no web
// engine): user text goes in as text, Markdown fields as Markdown without
// HTML. Printing it is the business of ui/report/ReportPrinter.
class CoeReport
{
public:
    static std::unique_ptr<ReportDocument> build(const Coe& coe, const ReportOptions& options = {});
    // The first page of a review packet: one row per COE with its page.
    static std::unique_ptr<ReportDocument> buildAgenda(const QList<AgendaEntry>& entries,
                                                       const ReportOptions& options = {});
};

} // namespace hindsight::report
