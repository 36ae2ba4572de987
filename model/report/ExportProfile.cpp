// SPDX-License-Identifier: MIT
#include "ExportProfile.h"

#include <QHash>

namespace hindsight::report {

ExportProfile ExportProfile::internal()
{
    ExportProfile p;
    p.markHighlights = true;
    p.reviewRecord = true;
    return p;
}

ExportProfile ExportProfile::reviewMeeting()
{
    ExportProfile p;
    p.id = Id::ReviewMeeting;
    p.markHighlights = true;
    p.reviewAppendix = true;
    p.reviewRecord = true;
    return p;
}

ExportProfile ExportProfile::customerFacing()
{
    ExportProfile p;
    p.id = Id::CustomerFacing;
    // What a customer reads: what happened, to whom, when, why, and what we do
    // about it; not our questions, metrics dashboards or related internal items.
    p.sections = {Section::Summary, Section::Impact, Section::Timeline, Section::Whys, Section::Actions};
    p.names = false;
    p.internalLinks = false;
    p.redact = true;
    return p;
}

QList<ExportProfile> ExportProfile::builtIns()
{
    return {internal(), reviewMeeting(), customerFacing()};
}

QString ExportProfile::key() const
{
    switch (id) {
    case Id::Internal:
        return QStringLiteral("internal");
    case Id::ReviewMeeting:
        return QStringLiteral("review");
    case Id::CustomerFacing:
        return QStringLiteral("customer");
    }
    return {};
}

QString ExportProfile::displayName() const
{
    switch (id) {
    case Id::Internal:
        return QCoreApplication::translate("ExportProfile", "Internal");
    case Id::ReviewMeeting:
        return QCoreApplication::translate("ExportProfile", "Review meeting");
    case Id::CustomerFacing:
        return QCoreApplication::translate("ExportProfile", "Customer-facing");
    }
    return {};
}

std::optional<ExportProfile> ExportProfile::fromKey(const QString& key, QString* error)
{
    QStringList keys;
    for (const ExportProfile& p : builtIns()) {
        if (p.key().compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
        keys.append(p.key());
    }
    if (error)
        *error = QCoreApplication::translate("ExportProfile", "Unknown export profile \"%1\"; known: %2")
                     .arg(key, keys.join(QLatin1String(", ")));
    return std::nullopt;
}

QList<ExportFormat> ExportFormats::all()
{
    return {ExportFormat::Pdf, ExportFormat::Markdown, ExportFormat::Odt, ExportFormat::Html};
}

QString ExportFormats::key(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    case ExportFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

QString ExportFormats::suffix(ExportFormat format)
{
    return QLatin1Char('.') + key(format);
}

QString ExportFormats::displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QCoreApplication::translate("ExportProfile", "PDF");
    case ExportFormat::Markdown:
        return QCoreApplication::translate("ExportProfile", "Markdown");
    case ExportFormat::Odt:
        return QCoreApplication::translate("ExportProfile", "OpenDocument text (LibreOffice, Word)");
    case ExportFormat::Html:
        return QCoreApplication::translate("ExportProfile", "Web page (one HTML file)");
    }
    return {};
}

std::optional<ExportFormat> ExportFormats::fromKey(const QString& key, QString* error)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (k == QLatin1String("htm"))
        return ExportFormat::Html;
    QStringList keys;
    for (ExportFormat f : all()) {
        if (ExportFormats::key(f) == k)
            return f;
        keys.append(ExportFormats::key(f));
    }
    if (error)
        *error = QCoreApplication::translate("ExportProfile", "Unknown export format \"%1\"; known: %2")
                     .arg(key, keys.join(QLatin1String(", ")));
    return std::nullopt;
}

std::optional<ExportFormat> ExportFormats::fromFileName(const QString& fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const qsizetype slash =
        std::max(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    if (dot <= slash + 1)
        return std::nullopt;
    const QString suffix = fileName.mid(dot + 1);
    if (suffix.compare(QLatin1String("markdown"), Qt::CaseInsensitive) != 0 && suffix.size() > 4)
        return std::nullopt;
    return fromKey(suffix, nullptr);
}

PreparedExport ExportPreparation::prepare(const Coe& coe, const ExportProfile& profile,
                                          const RedactionOptions& redaction, const QSet<QString>& kept)
{
    PreparedExport out;
    out.coe = coe;
    out.sections = profile.sections;
    out.reviewAppendix = profile.reviewAppendix;
    // Who said what in review is for the people who review, never for a reader
    // who must not see names (and Redaction does not look into it).
    out.reviewRecord = profile.reviewRecord && profile.names && !profile.redact;
    if (!out.reviewRecord)
        out.coe.review = Review{};
    if (profile.timeline == ExportProfile::Timeline::HighlightedOnly) {
        Coe& c = out.coe;
        QList<TimelineEntry> kept;
        QHash<int, int> newIndex; // timeline:N of the comments, in time order as the timeline is kept
        for (int i = 0; i < c.timeline.size(); ++i)
            if (c.timeline.at(i).highlight) {
                newIndex.insert(i, int(kept.size()));
                kept.append(c.timeline.at(i));
            }
        if (kept.isEmpty()) {
            out.notes.append(tr("No timeline entry is highlighted: every entry is exported."));
        } else {
            c.timeline = kept;
            // A comment on an entry left out points at the timeline as a whole.
            for (ReviewComment& comment : c.review.comments) {
                const CommentTarget t = CommentTarget::parse(comment.target);
                if (t.kind != CommentTarget::Kind::TimelineEntry)
                    continue;
                comment.target = newIndex.contains(t.index)
                                     ? QStringLiteral("timeline:%1").arg(newIndex.value(t.index))
                                     : QStringLiteral("timeline");
            }
        }
    }
    if (!profile.markHighlights)
        for (TimelineEntry& e : out.coe.timeline)
            e.highlight = false;

    if (!profile.internalLinks) {
        Coe& c = out.coe;
        const auto hide = [&](QString& link, const QString& path) {
            if (link.trimmed().isEmpty())
                return;
            const Replacement r{path, link, Redaction::linkWord()};
            if (kept.contains(r.key()))
                return;
            link = r.replacement;
            out.replacements.append(r);
        };
        for (qsizetype i = 0; i < c.metrics.size(); ++i)
            hide(c.metrics[i].sourceUrl, QStringLiteral("metrics[%1].source_url").arg(i));
        for (qsizetype i = 0; i < c.actionItems.size(); ++i)
            hide(c.actionItems[i].link, QStringLiteral("action_items[%1].link").arg(i));
        // References to other COEs of the archive mean nothing outside it.
        QList<RelatedItem> related;
        for (qsizetype i = 0; i < c.related.size(); ++i) {
            const RelatedItem& item = c.related[i];
            const Replacement r{QStringLiteral("related[%1]").arg(i),
                                item.title.trimmed().isEmpty() ? item.uuid : item.title, QString()};
            if (item.kind == RelatedKind::Coe && !kept.contains(r.key()))
                out.replacements.append(r);
            else
                related.append(item);
        }
        c.related = related;
    }
    if (!profile.names) {
        RedactionResult names = Redaction::hideNames(out.coe, redaction, kept);
        out.coe = std::move(names.coe);
        out.replacements += names.replacements;
    }
    if (profile.redact) {
        // The people to look for are those of the COE as written, before
        // hideNames put "an engineer" in their place.
        RedactionOptions withPeople = redaction;
        withPeople.knownNames.append(coe.owner);
        withPeople.knownNames += coe.reviewers;
        for (const ActionItem& a : coe.actionItems)
            withPeople.knownNames.append(a.owner);
        RedactionResult text = Redaction::redactText(out.coe, withPeople, kept);
        out.coe = std::move(text.coe);
        out.replacements += text.replacements;
    }
    return out;
}

} // namespace hindsight::report
