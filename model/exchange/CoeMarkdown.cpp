// SPDX-License-Identifier: MIT
#include "CoeMarkdown.h"

#include "SvgSanitizer.h"
#include "analysis/TimelineAnalysis.h"
#include "charts/ChartPaint.h"
#include "report/MetricChart.h"
#include "report/SeriesText.h"
#include "report/DisplayNames.h"
#include "report/ReportOptions.h"
#include "report/ReportText.h"
#include "report/ReviewRecord.h"
#include "report/WhyTree.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

namespace hindsight::exchange {

namespace {

QString lineStartEscaped(const QString& line)
{
    // Block markers at the start of a line: headings, lists, quotes, rules.
    int i = 0;
    while (i < line.size() && line[i] == QLatin1Char(' '))
        ++i;
    if (i >= line.size())
        return line;
    const QChar c = line[i];
    if (c == QLatin1Char('#') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('=')) {
        return line.left(i) + QLatin1Char('\\') + line.mid(i);
    }
    int j = i;
    while (j < line.size() && line[j].isDigit())
        ++j;
    if (j > i && j < line.size() && (line[j] == QLatin1Char('.') || line[j] == QLatin1Char(')')))
        return line.left(j) + QLatin1Char('\\') + line.mid(j);
    return line;
}

QString escapeInline(const QString& text)
{
    static const QString specials = QStringLiteral("\\`*_[]<>&|~");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (specials.contains(c))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QString oneLine(const QString& text)
{
    return report::ReportText::oneLine(text);
}

// A user's text as the text of a heading: escaped, and a "#" at its end not
// taken for the heading's closing sequence.
QString headingText(const QString& text)
{
    QString out = escapeInline(oneLine(text));
    if (out.endsWith(QLatin1Char('#')))
        out.insert(out.size() - 1, QLatin1Char('\\'));
    return out;
}

// A user's link target: a Markdown link for web and mail addresses, else text.
QString linkOrText(const QString& url, const QString& text = {})
{
    const QString shown = text.isEmpty() ? url : text;
    if (!report::ReportText::isLinkable(url))
        return CoeMarkdown::escapeCell(shown);
    const QString target = QUrl(url.trimmed(), QUrl::StrictMode).toString(QUrl::FullyEncoded);
    if (text.isEmpty())
        return QStringLiteral("<%1>").arg(target);
    return QStringLiteral("[%1](<%2>)").arg(CoeMarkdown::escapeCell(text), target);
}

QString safeFileName(const QString& name, int index, const QString& mediaType)
{
    QString base = QFileInfo(name).fileName();
    for (QChar& c : base) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') && c != QLatin1Char('-')
            && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    }
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("image");
    const QString suffix = QFileInfo(base).suffix().toLower();
    const QString wanted = mediaType == QLatin1String("image/png")       ? QStringLiteral("png")
                           : mediaType == QLatin1String("image/jpeg")    ? QStringLiteral("jpg")
                           : mediaType == QLatin1String("image/svg+xml") ? QStringLiteral("svg")
                                                                         : QString();
    if (!wanted.isEmpty() && suffix != wanted && !(wanted == QLatin1String("jpg") && suffix == QLatin1String("jpeg")))
        base += QLatin1Char('.') + wanted;
    return QStringLiteral("%1-%2").arg(index).arg(base);
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    Writer(const Coe& coe, const QString& imageFolder, const QList<report::Section>& sections,
           const std::optional<report::VersionStamp>& stamp)
        : m_coe(coe), m_imageFolder(imageFolder), m_sections(sections), m_stamp(stamp)
    {
        m_zone = coe.displayTimeZone.isValid() ? coe.displayTimeZone : QTimeZone::utc();
    }

    MarkdownDocument run();

private:
    void line(const QString& text = {}) { m_out += text + QLatin1Char('\n'); }
    void section(report::Section s)
    {
        ++m_section;
        m_subsection = 0;
        line(QStringLiteral("## %1 %2").arg(m_section).arg(report::ReportOptions::sectionTitle(s)));
        line();
    }
    void subsection(const QString& title)
    {
        ++m_subsection;
        line(QStringLiteral("### %1.%2 %3").arg(m_section).arg(m_subsection).arg(title));
        line();
    }
    void markdown(const QString& text, const QString& empty)
    {
        if (text.trimmed().isEmpty())
            line(QStringLiteral("*%1*").arg(empty));
        else
            line(CoeMarkdown::neutralizeMarkdown(text.trimmed()));
        line();
    }
    void table(const QStringList& header, const QList<QStringList>& rows)
    {
        line(QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        QStringList rule;
        for (int i = 0; i < header.size(); ++i)
            rule.append(QStringLiteral("---"));
        line(QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        for (const QStringList& row : rows)
            line(QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        line();
    }
    QString cellOr(const QString& text, const QString& missing)
    {
        return text.trimmed().isEmpty() ? QStringLiteral("*%1*").arg(missing) : CoeMarkdown::escapeCell(text);
    }

    void titleBlock();
    void impact();
    void timeline();
    void metrics();
    void questions();
    void whys();
    void factors();
    void actions();
    void related();
    void reviewRecord();

    const Coe& m_coe;
    QString m_imageFolder;
    QList<report::Section> m_sections;
    std::optional<report::VersionStamp> m_stamp; // the title block's version and approval
    QTimeZone m_zone;
    QString m_out;
    QList<MarkdownImage> m_images;
    int m_section = 0;
    int m_subsection = 0;
};

MarkdownDocument Writer::run()
{
    titleBlock();
    for (report::Section s : report::ReportOptions::allSections()) {
        if (!m_sections.contains(s))
            continue;
        section(s);
        switch (s) {
        case report::Section::Summary:
            markdown(m_coe.summary, tr("No summary written."));
            break;
        case report::Section::Impact:
            impact();
            break;
        case report::Section::Timeline:
            timeline();
            break;
        case report::Section::Metrics:
            metrics();
            break;
        case report::Section::Questions:
            questions();
            break;
        case report::Section::Whys:
            whys();
            break;
        case report::Section::Actions:
            actions();
            break;
        case report::Section::Related:
            related();
            break;
        case report::Section::Review: // not in allSections(): the review record follows (reviewRecord)
            break;
        }
    }
    if (!m_coe.review.isEmpty())
        reviewRecord();
    while (m_out.endsWith(QStringLiteral("\n\n")))
        m_out.chop(1);
    return {m_out, m_images};
}

void Writer::impact()
{
    const Impact& im = m_coe.impact;
    const QLocale locale;
    const QString financial = report::formatFinancialImpact(im.financialImpact, locale);
    QStringList pillars;
    for (Pillar p : im.pillars)
        pillars.append(report::displayName(p));
    table({tr("Fact"), tr("Value")},
          {{tr("Customers affected"),
            cellOr(im.customersAffected ? locale.toString(*im.customersAffected) : QString(), tr("unknown"))},
           {tr("Financial impact"), cellOr(financial, tr("unknown"))},
           {tr("SLA breached"),
            cellOr(!im.slaBreached ? QString() : (*im.slaBreached ? tr("Yes") : tr("No")), tr("unknown"))},
           {tr("Pillars"), cellOr(pillars.join(QStringLiteral(", ")), tr("unknown"))}});
    if (!m_coe.detection.isEmpty()) { // format 1.1
        subsection(tr("How it was detected"));
        const QString source = hindsight::displayName(m_coe.detection.source);
        if (!source.isEmpty())
            line(QStringLiteral("**%1** %2").arg(tr("Detected by:"), escapeInline(source)));
        if (!source.isEmpty() && !m_coe.detection.description.isEmpty())
            line();
        if (!m_coe.detection.description.isEmpty())
            line(CoeMarkdown::escapeText(m_coe.detection.description));
        line();
    }
    const QList<std::pair<QString, QString>> texts = {{fieldName(TextField::ImpactDescription), im.description},
                                                      {fieldName(TextField::Consequences), im.consequences},
                                                      {fieldName(TextField::SecondOrder), im.secondOrder},
                                                      {fieldName(TextField::CustomerSentiment), im.customerSentiment}};
    for (const auto& [title, text] : texts) {
        subsection(title);
        markdown(text, tr("Not written."));
    }
}

void Writer::titleBlock()
{
    line(QStringLiteral("# ") + headingText(m_coe.title.trimmed().isEmpty() ? tr("Untitled COE") : m_coe.title));
    line();
    QList<TimelineEntry> entries = m_coe.timeline;
    sortTimeline(entries);
    const int start = analysis::impactStartIndex(entries);
    QDate incident;
    if (start >= 0)
        incident = entries[start].at.toTimeZone(m_zone).date();
    else if (!entries.isEmpty())
        incident = entries.first().at.toTimeZone(m_zone).date();
    const auto join = [](const QStringList& l) { return l.join(QStringLiteral(", ")); };
    const QString missing = tr("not set");
    QList<QStringList> versionRows; // issue #13, as in the PDF
    if (m_stamp && m_stamp->version > 0)
        versionRows.append({tr("Version"), CoeMarkdown::escapeCell(m_stamp->versionText())});
    if (m_stamp && m_stamp->approvedVersion > 0) {
        const QDateTime at = m_stamp->approvedAt;
        const QString when = at.isValid() ? at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm "))
                                                + m_zone.abbreviation(at)
                                          : QString();
        versionRows.append({tr("Approved"), CoeMarkdown::escapeCell(m_stamp->approvalText(when))});
    }
    QList<QStringList> rows{
        {tr("Severity"), cellOr(m_coe.severity ? QString::number(*m_coe.severity) : QString(), missing)},
        {tr("Status"), report::displayName(m_coe.status)},
        {tr("Owner"), cellOr(m_coe.owner, missing)},
        {tr("Reviewers"), cellOr(join(m_coe.reviewers), missing)},
        {tr("Services"), cellOr(join(m_coe.services), missing)},
        {tr("Tags"), cellOr(join(m_coe.tags), missing)},
        {tr("Incident date"), cellOr(incident.toString(Qt::ISODate), missing)},
        {tr("Time zone"), CoeMarkdown::escapeCell(QString::fromUtf8(m_zone.id()))},
        {tr("COE id"), m_coe.uuid.toString(QUuid::WithoutBraces)},
        {tr("Last updated"),
         m_coe.updatedAt.isValid()
             ? CoeMarkdown::escapeCell(m_coe.updatedAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm "))
                                       + m_zone.abbreviation(m_coe.updatedAt))
             : QStringLiteral("*%1*").arg(missing)}};
    for (qsizetype i = 0; i < versionRows.size(); ++i) // after Severity and Status
        rows.insert(2 + i, versionRows[i]);
    table({tr("Field"), tr("Value")}, rows);
}

void Writer::timeline()
{
    QList<TimelineEntry> entries = m_coe.timeline;
    sortTimeline(entries);
    if (entries.isEmpty()) {
        line(QStringLiteral("*%1*").arg(tr("No timeline entries.")));
        line();
        return;
    }
    line(tr("Times in %1.").arg(escapeInline(QString::fromUtf8(m_zone.id()))));
    line();
    QHash<int, analysis::Gap> gapBefore;
    for (const analysis::Gap& g : analysis::findGaps(entries))
        gapBefore.insert(g.toIndex, g);
    QList<QStringList> rows;
    for (int i = 0; i < entries.size(); ++i) {
        const TimelineEntry& e = entries[i];
        if (gapBefore.contains(i)) {
            const analysis::Gap& g = gapBefore[i];
            const QString length =
                g.approximate ? tr("Gap of around %1").arg(report::formatMinutes(g.minutes))
                              : tr("Gap of %1").arg(report::formatMinutes(g.minutes));
            rows.append({QString(), QString(), QString(),
                         QStringLiteral("**%1** — %2").arg(length, g.explained ? CoeMarkdown::escapeCell(e.gapExplanation)
                                                                                : QStringLiteral("*%1*").arg(tr("unexplained")))});
        }
        const QDateTime local = e.at.toTimeZone(m_zone);
        const QString approx = e.approximate ? QStringLiteral("≈ ") : QString();
        QString text = CoeMarkdown::escapeCell(e.text);
        if (e.highlight) // format 1.1: a key moment
            text = QStringLiteral("★ **%1** — ").arg(tr("Key moment")) + text;
        if (!e.source.isEmpty())
            text += QStringLiteral(" (%1 %2)").arg(tr("Source:"), linkOrText(e.source));
        rows.append({local.toString(QStringLiteral("yyyy-MM-dd")),
                     approx + local.toString(QStringLiteral("HH:mm ")) + m_zone.abbreviation(e.at),
                     report::displayName(e.milestone), text});
    }
    table({tr("Date"), tr("Time"), tr("Milestone"), tr("Entry")}, rows);

    const analysis::Durations d = analysis::computeDurations(entries);
    QStringList figures;
    for (const analysis::Duration& x : {d.detect, d.diagnose, d.mitigate, d.resolve})
        figures.append(x.minutes ? report::formatMinutes(*x.minutes)
                                 : QStringLiteral("*%1*").arg(CoeMarkdown::escapeCell(x.reason.isEmpty() ? tr("unknown") : x.reason)));
    table({tr("To detect"), tr("To diagnose"), tr("To mitigate"), tr("To resolve")}, {figures});
}

void Writer::metrics()
{
    if (m_coe.metrics.isEmpty()) {
        line(QStringLiteral("*%1*").arg(tr("No metrics.")));
        line();
        return;
    }
    int figure = 0;
    int chart = 0;
    for (const Metric& m : m_coe.metrics) {
        subsection(m.name.trimmed().isEmpty() ? tr("Unnamed metric") : headingText(m.name));
        if (m.role != MetricRole::None) {
            line(QStringLiteral("**%1** %2").arg(tr("Role:"), report::displayName(m.role)));
            line();
        }
        if (!m.description.trimmed().isEmpty())
            markdown(m.description, {});
        if (!m.sourceUrl.isEmpty()) {
            line(QStringLiteral("**%1** %2").arg(tr("Source:"), linkOrText(m.sourceUrl)));
            line();
        }
        for (const MetricImage& img : m.images) {
            ++figure;
            const QString path = m_imageFolder + QLatin1Char('/') + safeFileName(img.fileName, figure, img.mediaType);
            QString caption = tr("Figure %1").arg(figure);
            if (!img.caption.isEmpty())
                caption += QStringLiteral(": ") + img.caption;
            // The file written is the image alone: an SVG without references
            // outside it (a browser showing the export would follow them).
            const QByteArray bytes = SvgSanitizer::safeBytes(img.data, img.mediaType);
            if (bytes.isEmpty()) {
                line(QStringLiteral("*%1*").arg(
                    CoeMarkdown::escapeCell(tr("[Image %1 cannot be shown]").arg(img.fileName))));
            } else {
                m_images.append({path, bytes});
                line(QStringLiteral("![%1](<%2>)").arg(CoeMarkdown::escapeCell(caption), path));
            }
            line();
            line(QStringLiteral("*%1*").arg(CoeMarkdown::escapeCell(caption)));
            line();
        }
        // Format 1.1: the measured series as an SVG chart beside the .md, then in words.
        // Drawing text needs fonts, so a QGuiApplication (the command line
        // starts one for export-md); without one the series stay in words.
        if (report::MetricChart::hasChart(m) && qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            ++chart;
            const QString path = m_imageFolder + QStringLiteral("/chart-%1.svg").arg(chart);
            const QString caption = report::MetricChart::caption(m, chart);
            m_images.append({path, charts::chartSvg(report::MetricChart::spec(m_coe, m), QSizeF(900, 360))});
            line(QStringLiteral("![%1](<%2>)").arg(CoeMarkdown::escapeCell(caption), path));
            line();
            line(QStringLiteral("*%1*").arg(CoeMarkdown::escapeCell(caption)));
            line();
        }
        for (const report::SeriesText::Line& l : report::SeriesText::lines(m_coe, m)) {
            line(QStringLiteral("**%1:** %2").arg(CoeMarkdown::escapeCell(l.heading), CoeMarkdown::escapeCell(l.extent)));
            if (!l.summary.isEmpty())
                line(CoeMarkdown::escapeText(l.summary));
            line();
        }
        if (const QString threshold = report::SeriesText::threshold(m); !threshold.isEmpty()) {
            line(CoeMarkdown::escapeText(threshold));
            line();
        }
    }
}

void Writer::questions()
{
    if (m_coe.questions.isEmpty()) {
        line(QStringLiteral("*%1*").arg(tr("No questions answered.")));
        line();
        return;
    }
    for (QuestionArea area : allValues<QuestionArea>()) {
        bool any = false;
        for (const Question& q : m_coe.questions) {
            if (q.area != area)
                continue;
            if (!any)
                subsection(report::displayName(area));
            any = true;
            line(QStringLiteral("**%1**").arg(escapeInline(oneLine(q.question))));
            line();
            markdown(q.answer, tr("Not answered."));
        }
    }
}

void Writer::whys()
{
    line(QStringLiteral("**%1** %2").arg(tr("Problem:"), m_coe.problem.trimmed().isEmpty()
                                                             ? QStringLiteral("*%1*").arg(tr("not stated"))
                                                             : CoeMarkdown::escapeText(m_coe.problem)));
    line();
    if (m_coe.whys.isEmpty()) {
        line(QStringLiteral("*%1*").arg(tr("No why-steps.")));
        line();
        factors();
        return;
    }
    // The titles of the actions linked to each step, found in one pass.
    QHash<QString, QStringList> linkedActions;
    for (const ActionItem& a : m_coe.actionItems) {
        QStringList ids = a.whys;
        ids.removeDuplicates();
        for (const QString& id : ids)
            linkedActions[id].append(escapeInline(oneLine(a.title)));
    }
    for (const report::WhyNode& node : report::whyTree(m_coe.whys)) {
        const WhyStep& w = m_coe.whys[node.index];
        const QString indent(node.depth * 2, QLatin1Char(' '));
        const QString cont = indent + QStringLiteral("  ");
        QStringList parts;
        parts.append(QStringLiteral("**%1** %2").arg(node.label, escapeInline(oneLine(w.why))));
        parts.append(QStringLiteral("*%1* %2").arg(tr("Because:"), w.because.isEmpty() ? tr("not answered")
                                                                                        : escapeInline(oneLine(w.because))));
        QStringList markers;
        if (w.rootCause)
            markers.append(QStringLiteral("**%1**").arg(tr("Root cause")));
        if (w.humanError)
            markers.append(QStringLiteral("**%1**").arg(tr("Human error")));
        if (!markers.isEmpty())
            parts.append(markers.join(QStringLiteral(" · ")));
        const QStringList linked = linkedActions.value(w.id);
        if (!linked.isEmpty())
            parts.append(tr("Action items: ") + linked.join(QStringLiteral("; ")));
        else if (w.rootCause)
            parts.append(tr("Action items: ") + QStringLiteral("*%1*").arg(tr("none")));
        line(indent + QStringLiteral("- ") + parts.join(QStringLiteral("\\\n") + cont));
    }
    line();
    factors();
}

// Format 1.1: the contributing factors, each with the labels of the whys it comes from.
void Writer::factors()
{
    if (m_coe.factors.isEmpty())
        return;
    QHash<QString, QString> labelOf;
    for (const report::WhyNode& node : report::whyTree(m_coe.whys))
        labelOf.insert(m_coe.whys[node.index].id, node.label);
    line(QStringLiteral("**%1**").arg(tr("Contributing factors")));
    line();
    QList<QStringList> rows;
    for (const ContributingFactor& f : m_coe.factors) {
        QStringList from;
        for (const QString& id : f.whys)
            from << escapeInline(labelOf.value(id, id));
        rows.append({CoeMarkdown::escapeCell(f.category), cellOr(f.description, tr("not described")),
                     from.join(QStringLiteral(", "))});
    }
    table({tr("Category"), tr("Factor"), tr("From whys")}, rows);
}

void Writer::actions()
{
    if (m_coe.actionItems.isEmpty()) {
        line(QStringLiteral("*%1*").arg(tr("No action items.")));
        line();
        return;
    }
    QHash<QString, QString> whyLabel;
    for (const report::WhyNode& node : report::whyTree(m_coe.whys))
        whyLabel.insert(m_coe.whys[node.index].id, node.label);
    QList<QStringList> rows;
    QList<const ActionItem*> described;
    for (const ActionItem& a : m_coe.actionItems) {
        QString title = cellOr(a.title, tr("Untitled action"));
        if (!a.link.isEmpty())
            title += QStringLiteral(" (%1)").arg(linkOrText(a.link));
        QStringList labels;
        for (const QString& id : a.whys)
            labels.append(whyLabel.value(id, id));
        rows.append({report::displayName(a.priority), title, cellOr(a.owner, tr("No owner")),
                     a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("*%1*").arg(tr("No due date")),
                     report::displayName(a.status), report::displayName(a.kind),
                     CoeMarkdown::escapeCell(labels.join(QStringLiteral(", ")))});
        if (!a.description.trimmed().isEmpty())
            described.append(&a);
    }
    table({tr("Priority"), tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Kind"), tr("Whys")}, rows);
    for (const ActionItem* a : described) {
        line(QStringLiteral("**%1**").arg(escapeInline(oneLine(a->title))));
        line();
        markdown(a->description, {});
    }
}

void Writer::related()
{
    if (m_coe.related.isEmpty()) {
        line(QStringLiteral("*%1*").arg(tr("No related items.")));
        line();
        return;
    }
    for (const RelatedItem& r : m_coe.related) {
        const QString title = r.title.trimmed().isEmpty() ? tr("Untitled") : oneLine(r.title);
        if (r.kind == RelatedKind::Link) {
            if (report::ReportText::isLinkable(r.url))
                line(QStringLiteral("- ") + linkOrText(r.url, title));
            else
                line(QStringLiteral("- %1 — %2").arg(escapeInline(title), CoeMarkdown::escapeCell(r.url)));
        } else {
            line(QStringLiteral("- %1 — %2").arg(escapeInline(title), tr("COE %1").arg(CoeMarkdown::escapeCell(r.uuid))));
        }
    }
    line();
}

// Format 1.1 `review`, after the sections (a customer-facing export has had it
// removed by ExportPreparation). Names, ids and targets are escaped text; notes,
// decisions, comments and answers are the user's Markdown, neutralized.
void Writer::reviewRecord()
{
    namespace rr = report::reviewrecord;
    const Review& review = m_coe.review;
    line(QStringLiteral("## ") + rr::title());
    line();
    const QString approval = rr::approval(review, m_zone);
    if (!approval.isEmpty()) {
        line(QStringLiteral("**%1** %2").arg(tr("Approved:"), CoeMarkdown::escapeCell(approval)));
        line();
    }
    if (!review.meetings.isEmpty()) {
        line(QStringLiteral("### ") + tr("Meetings"));
        line();
        for (const ReviewMeeting& m : review.meetings) {
            line(QStringLiteral("#### ") + headingText(rr::instant(m.at, m_zone)));
            line();
            QStringList facts;
            if (!m.facilitator.trimmed().isEmpty())
                facts.append(QStringLiteral("**%1** %2").arg(tr("Facilitator:"), CoeMarkdown::escapeCell(m.facilitator)));
            if (!m.attendees.isEmpty())
                facts.append(QStringLiteral("**%1** %2").arg(tr("Attendees:"),
                                                             CoeMarkdown::escapeCell(m.attendees.join(QStringLiteral(", ")))));
            if (!facts.isEmpty()) {
                line(facts.join(QStringLiteral("\\\n")));
                line();
            }
            if (!m.notes.trimmed().isEmpty()) {
                line(QStringLiteral("**%1**").arg(tr("Notes")));
                line();
                markdown(m.notes, {});
            }
            if (!m.decisions.trimmed().isEmpty()) {
                line(QStringLiteral("**%1**").arg(tr("Decisions")));
                line();
                markdown(m.decisions, {});
            }
        }
    }
    if (!review.comments.isEmpty()) {
        line(QStringLiteral("### ") + tr("Comments"));
        line();
        for (const ReviewComment& c : review.comments) {
            QStringList about{c.author.trimmed().isEmpty() ? QStringLiteral("*%1*").arg(tr("Unknown author"))
                                                           : CoeMarkdown::escapeCell(c.author),
                              CoeMarkdown::escapeCell(rr::instant(c.at, m_zone))};
            const QString target = rr::targetName(m_coe, c.target);
            if (!target.isEmpty())
                about.append(CoeMarkdown::escapeCell(tr("on %1").arg(target)));
            if (!c.replyTo.isEmpty())
                about.append(CoeMarkdown::escapeCell(tr("in reply to %1").arg(c.replyTo)));
            about.append(c.resolved ? tr("resolved") : QStringLiteral("**%1**").arg(tr("not resolved")));
            line(QStringLiteral("**%1** — %2").arg(CoeMarkdown::escapeCell(c.id), about.join(QStringLiteral(" · "))));
            line();
            markdown(c.text, tr("No text."));
        }
    }
    if (!review.questions.isEmpty()) {
        line(QStringLiteral("### ") + tr("Questions asked in review"));
        line();
        for (const ReviewQuestion& q : review.questions) {
            line(QStringLiteral("**%1**").arg(escapeInline(oneLine(q.question))));
            line();
            markdown(q.answer, tr("Not answered."));
            if (!q.actionId.isEmpty()) {
                line(QStringLiteral("*%1* %2").arg(tr("Became action item:"),
                                                   CoeMarkdown::escapeCell(rr::actionName(m_coe, q.actionId))));
                line();
            }
        }
    }
}

} // namespace

QString CoeMarkdown::escapeText(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        l = lineStartEscaped(escapeInline(l));
    }
    return lines.join(QStringLiteral("\\\n"));
}

QString CoeMarkdown::escapeCell(const QString& text)
{
    return escapeInline(oneLine(text));
}

MarkdownDocument CoeMarkdown::render(const Coe& coe, const QString& imageFolder,
                                    const QList<report::Section>& sections,
                                    const std::optional<report::VersionStamp>& stamp)
{
    return Writer(coe, imageFolder, sections, stamp).run();
}

bool CoeMarkdown::writeFile(const Coe& coe, const QString& path, QString* error,
                            const QList<report::Section>& sections, const std::optional<report::VersionStamp>& stamp)
{
    const QFileInfo info(path);
    const QString folder = info.completeBaseName() + QStringLiteral("-images");
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = QCoreApplication::translate("CoeMarkdown", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    const MarkdownDocument doc = render(coe, folder, sections, stamp);
    if (!doc.images.isEmpty() && !info.absoluteDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("CoeMarkdown", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absoluteDir().filePath(folder)));
        return false;
    }
    for (const MarkdownImage& image : doc.images) {
        QSaveFile file(info.absoluteDir().filePath(image.relativePath));
        if (!file.open(QIODevice::WriteOnly) || file.write(image.data) != image.data.size() || !file.commit()) {
            if (error)
                *error = QCoreApplication::translate("CoeMarkdown", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    QSaveFile file(info.absoluteFilePath());
    const QByteArray bytes = doc.text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("CoeMarkdown", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace hindsight::exchange
