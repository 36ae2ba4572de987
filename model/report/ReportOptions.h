// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "analysis/TimelineAnalysis.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace hindsight::report {

// The sections of a report are the sections of a COE (analysis::Section);
// the title block is always printed.
using Section = analysis::Section;

enum class PaperSize { A4, Letter };

// Where a printed COE stands in the archive's history (issue #13), for the
// title block. The report reads no storage: the caller (the editor, the
// command line) fills it from CoeVersions. Names are user text.
struct VersionStamp
{
    int version = 0;           // the COE's newest recorded version; 0: none recorded
    bool laterChanges = false; // the printed document holds changes made after that version
                               // (saved since, or not saved yet in an editor)
    int approvedVersion = 0;   // the version that recorded its approval; 0: never approved
    QString approvedBy;
    QDateTime approvedAt; // UTC; invalid: not known

    // The words of the PDF and the Markdown title block (plain text; the
    // caller escapes it). The version row: "9", "Approved version 7; this is
    // version 9", "version 9 with changes made after it"; empty without a version.
    QString versionText() const;
    // The approval row, `when` being approvedAt as the caller shows instants:
    // "by NAME on WHEN (version 7)"; empty when never approved.
    QString approvalText(const QString& when) const;
    // The page header after the status: "Approved · version 7", "In review ·
    // approved version 7; this is version 9"; `status` alone without a version.
    QString headerText(const QString& status) const;
};

struct ReportOptions
{
    QList<Section> sections = allSections(); // printed in the COE's order, whatever the order here
    PaperSize paper = defaultPaperSize();
    bool reviewAppendix = false; // appendix "Review check" listing the findings
    // Appendix "Review record" (format 1.1 `review`: approval, meetings, comments,
    // questions asked in review), printed when the COE records any of it.
    bool reviewRecord = false;
    int gapMinutes = analysis::kDefaultGapMinutes;
    QStringList teamNames; // names marked as teams (Settings): the appendix does not take them for people
    QDateTime exportedAt; // shown in the title block; invalid: now
    // Per COE (a packet prints several): its version, and its approval. A COE
    // without a stamp prints no version rows.
    QHash<QUuid, VersionStamp> versionStamps;

    bool includes(Section section) const { return sections.contains(section); }

    static QList<Section> allSections();
    // "summary,impact,timeline": the names analysis::toString(Section) gives,
    // case-insensitive, spaces allowed. An empty list and *error on failure.
    static QList<Section> parseSections(const QString& text, QString* error);
    // "a4" or "letter", case-insensitive; nullopt and *error on failure.
    static std::optional<PaperSize> parsePaper(const QString& text, QString* error);
    static QString paperName(PaperSize paper); // "a4", "letter"
    // Letter where the locale's country uses it (US, Canada, Mexico, ...), else A4.
    static PaperSize defaultPaperSize(const QLocale& locale = QLocale());
    // The heading of a section in the report (translated).
    static QString sectionTitle(Section section);
};

} // namespace hindsight::report
