// SPDX-License-Identifier: MIT
#pragma once

#include "Redaction.h"
#include "ReportOptions.h"
#include "domain/Coe.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace hindsight::report {

// Who an export is for, as plain data; applied the same way to PDF,
// Markdown, ODT and HTML (prepareExport gives the COE and sections to render).
// Only the built-in profiles exist for now; user-made ones are not stored yet.
struct ExportProfile
{
    enum class Id
    {
        Internal,
        ReviewMeeting,
        CustomerFacing
    };
    enum class Timeline
    {
        All,
        HighlightedOnly
    };

    Id id = Id::Internal;
    QList<Section> sections = ReportOptions::allSections();
    Timeline timeline = Timeline::All;
    bool markHighlights = false; // highlighted timeline entries (format 1.1 `highlight`) marked "Key moment"
    bool names = true;           // owners and people's names appear
    bool internalLinks = true;   // links into our own systems appear
    bool redact = false;         // text redaction (Redaction::redactText)
    bool reviewAppendix = false; // the review check appendix (PDF, ODT, HTML)
    // The review meeting's record (format 1.1 `review`): the "Review record"
    // appendix of PDF, ODT and HTML and the section of Markdown. Left out
    // whenever names are hidden or text redacted: its authors and attendees are people.
    bool reviewRecord = false;

    static ExportProfile internal();
    static ExportProfile reviewMeeting();
    static ExportProfile customerFacing();
    static QList<ExportProfile> builtIns();

    QString key() const;         // "internal", "review", "customer": the command line's names
    QString displayName() const; // translated
    // By key, case-insensitive; nullopt and *error (naming the known keys) otherwise.
    static std::optional<ExportProfile> fromKey(const QString& key, QString* error);

};

enum class ExportFormat
{
    Pdf,
    Markdown,
    Odt,
    Html
};

struct ExportFormats
{
    static QList<ExportFormat> all();
    static QString key(ExportFormat format);         // "pdf", "md", "odt", "html": the command line's names
    static QString suffix(ExportFormat format);      // ".pdf", ".md", ".odt", ".html"
    static QString displayName(ExportFormat format); // translated ("OpenDocument text")
    // By key, case-insensitive ("markdown" and "htm" too); nullopt and *error otherwise.
    static std::optional<ExportFormat> fromKey(const QString& key, QString* error);
    // By the file name's suffix (case-insensitive); nullopt when none fits.
    static std::optional<ExportFormat> fromFileName(const QString& fileName);
};

// A COE made ready for one profile: a copy, never the COE itself.
struct PreparedExport
{
    Coe coe;
    QList<Section> sections;
    bool reviewAppendix = false;
    bool reviewRecord = false; // false: coe.review is cleared, so no format writes it
    QList<Replacement> replacements; // for a preview; an empty replacement: removed
    QStringList notes;               // what the profile asked for and could not do (translated)
};

class ExportPreparation
{
    Q_DECLARE_TR_FUNCTIONS(ExportProfile)
public:
    // kept: Replacement::key()s of replacements not to make.
    static PreparedExport prepare(const Coe& coe, const ExportProfile& profile,
                                  const RedactionOptions& redaction, const QSet<QString>& kept = {});
};

} // namespace hindsight::report
