// SPDX-License-Identifier: MIT
#include "CoeReport.h"

#include "DisplayNames.h"
#include "ReportText.h"
#include "ReviewRecord.h"
#include "MetricChart.h"
#include "SeriesText.h"
#include "WhyTree.h"
#include "analysis/ReviewCheck.h"
#include "analysis/TimelineAnalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextCursor>
#include <QTextTable>

namespace hindsight {
// From itemmodels/DisplayNames.h (not included: its displayName overloads clash with report's).
QString severityName(int severity);
} // namespace hindsight

namespace hindsight::report {

namespace {

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    Builder(ReportDocument* doc, const ReportOptions& options) : m_doc(doc), m_text(doc), m_options(options) {}

    void buildCoe(const Coe& coe);
    void buildAgenda(const QList<AgendaEntry>& entries);

private:
    void titleBlock(const Coe& coe);
    void summary(const Coe& coe);
    void impact(const Coe& coe);
    void timeline(const Coe& coe);
    void metrics(const Coe& coe);
    void questions(const Coe& coe);
    void whys(const Coe& coe);
    void factors(const Coe& coe);
    void actions(const Coe& coe);
    void related(const Coe& coe);
    void reviewAppendix(const Coe& coe);
    void reviewRecordAppendix(const Coe& coe, QChar letter);

    void section(Section s);
    void subsection(const QString& title);

    ReportDocument* m_doc;
    ReportText m_text;
    ReportOptions m_options;
    QTimeZone m_zone = QTimeZone::utc();
    int m_section = 0;
    int m_subsection = 0;
};

// The most rows one timeline table has, header row included (see
// Builder::timeline).
constexpr int kMaxTableRows = 1000;

QString joined(const QStringList& list)
{
    return list.join(QLatin1String(", "));
}

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

void Builder::section(Section s)
{
    ++m_section;
    m_subsection = 0;
    m_text.heading(1, QStringLiteral("%1  %2").arg(m_section).arg(ReportOptions::sectionTitle(s)));
}

void Builder::subsection(const QString& title)
{
    ++m_subsection;
    m_text.heading(2, QStringLiteral("%1.%2  %3").arg(m_section).arg(m_subsection).arg(title));
}

void Builder::buildCoe(const Coe& coe)
{
    m_zone = coe.displayTimeZone.isValid() ? coe.displayTimeZone : QTimeZone::utc();
    m_doc->setHeaderTitle(ReportText::oneLine(coe.title));
    QString headerStatus = displayName(coe.status);
    const auto stamp = m_options.versionStamps.constFind(coe.uuid);
    if (stamp != m_options.versionStamps.constEnd()) // every page's header: the status and the version (issue #13)
        headerStatus = stamp->headerText(headerStatus);
    m_doc->setHeaderStatus(headerStatus);
    m_doc->setDraftWatermark(coe.status == Status::Draft || coe.status == Status::InReview);
    m_doc->setPaper(m_options.paper);
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, ReportText::oneLine(coe.title));

    titleBlock(coe);
    const QList<Section> order = ReportOptions::allSections();
    for (Section s : order) {
        if (!m_options.includes(s))
            continue;
        section(s);
        switch (s) {
        case Section::Summary:
            summary(coe);
            break;
        case Section::Impact:
            impact(coe);
            break;
        case Section::Timeline:
            timeline(coe);
            break;
        case Section::Metrics:
            metrics(coe);
            break;
        case Section::Questions:
            questions(coe);
            break;
        case Section::Whys:
            whys(coe);
            break;
        case Section::Actions:
            actions(coe);
            break;
        case Section::Related:
            related(coe);
            break;
        case Section::Review: // not in allSections(): the review record is an appendix (reviewRecord)
            break;
        }
    }
    if (m_options.reviewAppendix)
        reviewAppendix(coe);
    if (m_options.reviewRecord && !coe.review.isEmpty())
        reviewRecordAppendix(coe, m_options.reviewAppendix ? QLatin1Char('B') : QLatin1Char('A'));
}

void Builder::titleBlock(const Coe& coe)
{
    m_text.title(coe.title.trimmed().isEmpty() ? tr("Untitled COE") : ReportText::oneLine(coe.title));

    const QLocale locale;
    // The incident date: impact start, else trigger, else the first entry.
    QList<TimelineEntry> entries = coe.timeline;
    sortTimeline(entries);
    const int start = analysis::impactStartIndex(entries);
    QDateTime incident;
    if (start >= 0)
        incident = entries[start].at;
    else if (!entries.isEmpty())
        incident = entries.first().at;

    const QDateTime exported =
        m_options.exportedAt.isValid() ? m_options.exportedAt : QDateTime::currentDateTimeUtc();
    const auto instantText = [&](const QDateTime& at) {
        const QDateTime local = at.toTimeZone(m_zone);
        return QStringLiteral("%1 %2 %3")
            .arg(locale.toString(local.date(), QLocale::LongFormat), local.toString(QStringLiteral("HH:mm")),
                 m_zone.abbreviation(at));
    };
    const int offset = m_zone.offsetFromUtc(incident.isValid() ? incident : exported);
    const QString offsetText = QStringLiteral("UTC%1%2:%3")
                                   .arg(offset < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                                   .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                   .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));

    QList<std::pair<QString, QString>> rows = {
        {tr("Severity"), coe.severity ? severityName(*coe.severity) : QString()},
        {tr("Status"), displayName(coe.status)},
        {tr("Owner"), coe.owner},
        {tr("Reviewers"), joined(coe.reviewers)},
        {tr("Services"), joined(coe.services)},
        {tr("Tags"), joined(coe.tags)},
        {tr("Incident date"),
         incident.isValid() ? locale.toString(incident.toTimeZone(m_zone).date(), QLocale::LongFormat) : QString()},
        {tr("Time zone"), QStringLiteral("%1 (%2)").arg(QString::fromUtf8(m_zone.id()), offsetText)},
        {tr("COE id"), coe.uuid.toString(QUuid::WithoutBraces)},
        {tr("Exported"), instantText(exported)},
    };
    // The version and the approval (issue #13), after the status.
    const auto stamp = m_options.versionStamps.constFind(coe.uuid);
    if (stamp != m_options.versionStamps.constEnd()) {
        QList<std::pair<QString, QString>> versionRows;
        if (stamp->version > 0)
            versionRows.append({tr("Version"), stamp->versionText()});
        if (stamp->approvedVersion > 0) {
            const QString when = stamp->approvedAt.isValid() ? instantText(stamp->approvedAt) : QString();
            versionRows.append({tr("Approved"), stamp->approvalText(when)});
        }
        for (qsizetype i = 0; i < versionRows.size(); ++i) // after Severity and Status
            rows.insert(2 + i, versionRows[i]);
    }
    QTextTable* table = m_text.table(int(rows.size()), 2, {22, 78}, false, ReportText::TableStyle::Facts);
    const bool final = coe.status == Status::Approved || coe.status == Status::Closed;
    for (int r = 0; r < rows.size(); ++r) {
        m_text.cellText(table, r, 0, rows[r].first, ReportText::Style::Label);
        if (rows[r].second.trimmed().isEmpty())
            m_text.cellText(table, r, 1, tr("not set"), final ? ReportText::Style::Normal : ReportText::Style::Missing);
        else
            m_text.cellText(table, r, 1, rows[r].second);
    }
    m_text.endTable(table);
}

void Builder::summary(const Coe& coe)
{
    m_text.markdown(coe.summary, tr("No summary written."));
}

void Builder::impact(const Coe& coe)
{
    const Impact& im = coe.impact;
    const QLocale locale;
    const QString financial = formatFinancialImpact(im.financialImpact, locale);
    QStringList pillars;
    for (Pillar p : im.pillars)
        pillars.append(displayName(p));
    const QList<std::pair<QString, QString>> rows = {
        {tr("Customers affected"), im.customersAffected ? locale.toString(*im.customersAffected) : QString()},
        {tr("Financial impact"), financial},
        {tr("SLA breached"), !im.slaBreached ? QString() : (*im.slaBreached ? tr("Yes") : tr("No"))},
        {tr("Pillars"), joined(pillars)},
    };
    QTextTable* table = m_text.table(int(rows.size()), 2, {30, 70}, false, ReportText::TableStyle::Facts);
    for (int r = 0; r < rows.size(); ++r) {
        m_text.cellText(table, r, 0, rows[r].first, ReportText::Style::Label);
        if (rows[r].second.isEmpty())
            m_text.cellText(table, r, 1, tr("unknown"), ReportText::Style::Missing);
        else
            m_text.cellText(table, r, 1, rows[r].second);
    }
    m_text.endTable(table);

    if (!coe.detection.isEmpty()) { // format 1.1
        subsection(tr("How it was detected"));
        const QString source = displayName(coe.detection.source);
        if (!source.isEmpty())
            m_text.labelled(tr("Detected by: "), source);
        if (!coe.detection.description.isEmpty())
            m_text.markdown(coe.detection.description, QString());
    }

    const QList<std::pair<QString, QString>> texts = {
        {fieldName(TextField::ImpactDescription), im.description},
        {fieldName(TextField::Consequences), im.consequences},
        {fieldName(TextField::SecondOrder), im.secondOrder},
        {fieldName(TextField::CustomerSentiment), im.customerSentiment},
    };
    for (const auto& [title, text] : texts) {
        subsection(title);
        m_text.markdown(text, tr("Not written."));
    }
}

void Builder::timeline(const Coe& coe)
{
    QList<TimelineEntry> entries = coe.timeline;
    sortTimeline(entries);
    if (entries.isEmpty()) {
        m_text.paragraph(tr("No timeline entries."), ReportText::Style::Missing);
        return;
    }
    const QList<analysis::Gap> gaps = analysis::findGaps(entries, m_options.gapMinutes);
    QHash<int, analysis::Gap> gapBefore;
    for (const analysis::Gap& g : gaps)
        gapBefore.insert(g.toIndex, g);

    // Long timelines become several tables of at most kMaxTableRows rows,
    // each with the header row: Qt 6.4 rebuilds a table's whole cell grid
    // for every merged (gap) row and repeats the header by walking every
    // page of the table for every page painted, so one table of N rows costs
    // N squared. A gap row stays in the table of the entry it precedes.
    struct Chunk
    {
        int first = 0; // entry indexes [first, end)
        int end = 0;
        int rows = 1; // the header row
    };
    QList<Chunk> chunks{Chunk{}};
    for (int i = 0; i < entries.size(); ++i) {
        const int needed = gapBefore.contains(i) ? 2 : 1;
        if (chunks.last().rows + needed > kMaxTableRows && chunks.last().end > chunks.last().first)
            chunks.append(Chunk{i, i, 1});
        chunks.last().end = i + 1;
        chunks.last().rows += needed;
    }
    // Merging a gap row also makes Qt 6.4 rescan every frame of the document
    // (QTextDocumentPrivate::scan_frames), so a split timeline keeps the gap
    // rows' four cells: shaded, the text in the Entry column.
    const bool mergeGapRows = chunks.size() == 1;
    for (const Chunk& chunk : chunks) {
        QTextTable* table = m_text.table(chunk.rows, 4, {13, 14, 14, 59}, true);
        m_text.headerRow(table, {tr("Date"), tr("Time"), tr("Milestone"), tr("Entry")});
        int row = 1;
        for (int i = chunk.first; i < chunk.end; ++i) {
            const TimelineEntry& e = entries[i];
            if (gapBefore.contains(i)) {
                const analysis::Gap& g = gapBefore[i];
                const QString length = g.approximate ? tr("Gap of around %1").arg(formatMinutes(g.minutes))
                                                     : tr("Gap of %1").arg(formatMinutes(g.minutes));
                if (mergeGapRows)
                    table->mergeCells(row, 0, 1, 4);
                m_text.cellGap(table, row, length, g.explained ? e.gapExplanation : QString(), tr("unexplained"));
                ++row;
            }
            const QDateTime local = e.at.toTimeZone(m_zone);
            const QString approx = e.approximate ? QStringLiteral("≈ ") : QString();
            m_text.cellText(table, row, 0, local.toString(QStringLiteral("yyyy-MM-dd")));
            m_text.cellText(table, row, 1,
                            approx + local.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ')
                                + m_zone.abbreviation(e.at));
            m_text.cellText(table, row, 2, displayName(e.milestone), ReportText::Style::Label);
            QTextCursor cell = table->cellAt(row, 3).firstCursorPosition();
            if (e.highlight) // format 1.1: a key moment
                m_text.insertText(cell, QStringLiteral("★ ") + tr("Key moment") + QStringLiteral(" — "),
                                  ReportText::Style::Label);
            m_text.insertText(cell, e.text);
            if (!e.source.isEmpty()) {
                cell.insertBlock();
                m_text.insertText(cell, tr("Source: "), ReportText::Style::Small);
                m_text.insertLink(cell, e.source, ReportText::Style::Small);
            }
            ++row;
        }
        m_text.endTable(table);
    }

    const analysis::Durations d = analysis::computeDurations(entries);
    m_text.paragraph(tr("Durations"), ReportText::Style::Label);
    QTextTable* dt = m_text.table(2, 4, {25, 25, 25, 25}, true);
    m_text.headerRow(dt, {tr("To detect"), tr("To diagnose"), tr("To mitigate"), tr("To resolve")});
    const QList<analysis::Duration> list = {d.detect, d.diagnose, d.mitigate, d.resolve};
    for (int c = 0; c < 4; ++c) {
        if (list[c].minutes)
            m_text.cellText(dt, 1, c, formatMinutes(*list[c].minutes));
        else
            m_text.cellText(dt, 1, c, list[c].reason.isEmpty() ? tr("unknown") : list[c].reason,
                            ReportText::Style::Missing);
    }
    m_text.endTable(dt);
}

void Builder::metrics(const Coe& coe)
{
    if (coe.metrics.isEmpty()) {
        m_text.paragraph(tr("No metrics."), ReportText::Style::Missing);
        return;
    }
    int figure = 0;
    int chart = 0;
    for (const Metric& m : coe.metrics) {
        subsection(m.name.trimmed().isEmpty() ? tr("Unnamed metric") : ReportText::oneLine(m.name));
        if (m.role != MetricRole::None)
            m_text.labelled(tr("Role: "), displayName(m.role));
        if (!m.description.isEmpty())
            m_text.markdown(m.description, {});
        if (!m.sourceUrl.isEmpty()) {
            m_text.paragraph(tr("Source: "), ReportText::Style::Label);
            m_text.appendLink(m.sourceUrl);
        }
        for (const MetricImage& img : m.images) {
            ++figure;
            m_text.image(img.data, img.mediaType, img.fileName);
            QString caption = tr("Figure %1").arg(figure);
            if (!img.caption.isEmpty())
                caption += QStringLiteral(": ") + img.caption;
            if (!img.fileName.isEmpty())
                caption += QStringLiteral(" (%1)").arg(img.fileName);
            m_text.paragraph(caption, ReportText::Style::Caption);
        }
        // Format 1.1: the measured series as a chart (vectors), then in words.
        if (MetricChart::hasChart(m)) {
            ++chart;
            m_text.chart(MetricChart::spec(coe, m), 260);
            QString caption = MetricChart::caption(m, chart);
            if (!m.sourceUrl.isEmpty())
                caption += QStringLiteral(" · ") + tr("Source: %1").arg(m.sourceUrl);
            m_text.paragraph(caption, ReportText::Style::Caption);
        }
        for (const SeriesText::Line& l : SeriesText::lines(coe, m)) {
            m_text.labelled(l.heading + QStringLiteral(": "), l.extent);
            if (!l.summary.isEmpty())
                m_text.paragraph(l.summary);
        }
        if (const QString threshold = SeriesText::threshold(m); !threshold.isEmpty())
            m_text.paragraph(threshold);
    }
}

void Builder::questions(const Coe& coe)
{
    if (coe.questions.isEmpty()) {
        m_text.paragraph(tr("No questions answered."), ReportText::Style::Missing);
        return;
    }
    for (QuestionArea area : allValues<QuestionArea>()) {
        bool any = false;
        for (const Question& q : coe.questions) {
            if (q.area != area)
                continue;
            if (!any)
                subsection(displayName(area));
            any = true;
            m_text.paragraph(q.question, ReportText::Style::Question);
            m_text.markdown(q.answer, tr("Not answered."));
        }
    }
}

void Builder::whys(const Coe& coe)
{
    m_text.labelled(tr("Problem: "), coe.problem.isEmpty() ? tr("not stated") : coe.problem);
    if (coe.whys.isEmpty()) {
        m_text.paragraph(tr("No why-steps."), ReportText::Style::Missing);
        factors(coe);
        return;
    }
    // The titles of the actions linked to each step, found in one pass.
    QHash<QString, QStringList> linkedActions;
    for (const ActionItem& a : coe.actionItems) {
        QStringList ids = a.whys;
        ids.removeDuplicates();
        for (const QString& id : ids)
            linkedActions[id].append(a.title.trimmed().isEmpty() ? tr("Untitled action") : ReportText::oneLine(a.title));
    }
    for (const WhyNode& node : whyTree(coe.whys)) {
        const WhyStep& w = coe.whys[node.index];
        m_text.whyStep(node.depth, node.label, w.why, w.because);
        QStringList markers;
        if (w.rootCause)
            markers.append(tr("Root cause"));
        if (w.humanError)
            markers.append(tr("Human error"));
        if (!markers.isEmpty())
            m_text.whyMarkers(node.depth, markers.join(QLatin1String(" · ")));
        const QStringList linked = linkedActions.value(w.id);
        if (!linked.isEmpty())
            m_text.whyDetail(node.depth, tr("Action items: "), linked.join(QLatin1String("; ")), false);
        else if (w.rootCause)
            m_text.whyDetail(node.depth, tr("Action items: "), tr("none"), true);
    }
    factors(coe);
}

// Format 1.1: the contributing factors, each with the labels of the whys it comes from.
void Builder::factors(const Coe& coe)
{
    if (coe.factors.isEmpty())
        return;
    QHash<QString, QString> whyLabel;
    for (const WhyNode& node : whyTree(coe.whys))
        whyLabel.insert(coe.whys[node.index].id, node.label);
    subsection(tr("Contributing factors"));
    QTextTable* table = m_text.table(int(coe.factors.size()) + 1, 3, {25, 55, 20}, true);
    m_text.headerRow(table, {tr("Category"), tr("Factor"), tr("From whys")});
    for (int r = 0; r < coe.factors.size(); ++r) {
        const ContributingFactor& f = coe.factors.at(r);
        QStringList from;
        for (const QString& id : f.whys)
            from << whyLabel.value(id, id);
        m_text.cellText(table, r + 1, 0, f.category, ReportText::Style::Label);
        if (f.description.isEmpty())
            m_text.cellText(table, r + 1, 1, tr("not described"), ReportText::Style::Missing);
        else
            m_text.cellText(table, r + 1, 1, f.description);
        m_text.cellText(table, r + 1, 2, from.join(QLatin1String(", ")));
    }
    m_text.endTable(table);
}

void Builder::actions(const Coe& coe)
{
    if (coe.actionItems.isEmpty()) {
        m_text.paragraph(tr("No action items."), ReportText::Style::Missing);
        return;
    }
    QHash<QString, QString> whyLabel;
    for (const WhyNode& node : whyTree(coe.whys))
        whyLabel.insert(coe.whys[node.index].id, node.label);

    // An approved COE is final: what it leaves out prints as plain text, not as a gap to fill.
    const bool final = coe.status == Status::Approved || coe.status == Status::Closed;
    const ReportText::Style missing = final ? ReportText::Style::Normal : ReportText::Style::Missing;
    // Columns no action fills are left out; the title column takes the room the others leave.
    enum Column { Priority, Title, Owner, Due, State, Kind, Whys, ColumnCount };
    QList<QStringList> texts(ColumnCount);
    texts[Priority] = {tr("Priority")};
    texts[Title] = {tr("Action")};
    texts[Owner] = {tr("Owner")};
    texts[Due] = {tr("Due")};
    texts[State] = {tr("Status")};
    texts[Kind] = {tr("Kind")};
    texts[Whys] = {tr("Whys")};
    bool anyWhys = false;
    for (const ActionItem& a : coe.actionItems) {
        texts[Priority].append(displayName(a.priority));
        texts[Title].append(QString());
        texts[Owner].append(a.owner.trimmed().isEmpty() ? tr("No owner") : a.owner);
        texts[Due].append(a.due.isValid() ? dateText(a.due) : tr("No due date"));
        texts[State].append(displayName(a.status));
        texts[Kind].append(displayName(a.kind));
        QStringList labels;
        for (const QString& id : a.whys)
            labels.append(whyLabel.value(id, id));
        texts[Whys].append(joined(labels));
        anyWhys = anyWhys || !a.whys.isEmpty();
    }
    if (!anyWhys)
        texts.removeLast();
    QList<int> columnOf(ColumnCount, -1);
    QStringList headers;
    for (int c = 0; c < texts.size(); ++c) {
        columnOf[c] = c;
        headers.append(texts[c].first());
    }
    QTextTable* table = m_text.table(int(coe.actionItems.size()) + 1, int(texts.size()),
                                     ReportText::columnPercents(texts, Title), true);
    m_text.headerRow(table, headers);
    int row = 1;
    for (const ActionItem& a : coe.actionItems) {
        m_text.cellText(table, row, columnOf[Priority], texts[Priority][row]);
        QTextCursor cell = table->cellAt(row, columnOf[Title]).firstCursorPosition();
        m_text.insertText(cell, a.title.trimmed().isEmpty() ? tr("Untitled action") : a.title,
                          ReportText::Style::Label);
        if (!a.description.isEmpty())
            m_text.cellMarkdown(cell, a.description);
        if (!a.link.isEmpty()) {
            cell.insertBlock();
            m_text.insertLink(cell, a.link, ReportText::Style::Small);
        }
        m_text.cellText(table, row, columnOf[Owner], texts[Owner][row],
                        a.owner.trimmed().isEmpty() ? missing : ReportText::Style::Normal);
        m_text.cellText(table, row, columnOf[Due], texts[Due][row],
                        a.due.isValid() ? ReportText::Style::Normal : missing);
        m_text.cellText(table, row, columnOf[State], texts[State][row]);
        m_text.cellText(table, row, columnOf[Kind], texts[Kind][row]);
        if (anyWhys)
            m_text.cellText(table, row, columnOf[Whys], texts[Whys][row]);
        ++row;
    }
    m_text.endTable(table);
}

void Builder::related(const Coe& coe)
{
    if (coe.related.isEmpty()) {
        m_text.paragraph(tr("No related items."), ReportText::Style::Missing);
        return;
    }
    for (const RelatedItem& r : coe.related) {
        m_text.bullet(r.title.trimmed().isEmpty() ? tr("Untitled") : r.title);
        if (r.kind == RelatedKind::Link) {
            m_text.appendText(QStringLiteral(" — "));
            m_text.appendLink(r.url);
        } else {
            m_text.appendText(QStringLiteral(" — ") + tr("COE %1").arg(r.uuid));
        }
    }
    m_text.endList();
}

void Builder::reviewAppendix(const Coe& coe)
{
    analysis::CheckOptions check;
    check.gapMinutes = m_options.gapMinutes;
    check.teamNames = m_options.teamNames;
    const QList<analysis::Finding> findings = analysis::reviewCheck(coe, check);
    m_text.heading(1, tr("Appendix A  Review check"));
    if (findings.isEmpty()) {
        m_text.paragraph(tr("The review check found nothing."), ReportText::Style::Normal);
        return;
    }
    QTextTable* table = m_text.table(int(findings.size()) + 1, 3, {12, 22, 66}, true);
    m_text.headerRow(table, {tr("Level"), tr("Where"), tr("Finding")});
    int row = 1;
    for (const analysis::Finding& f : findings) {
        QString level;
        switch (f.level) {
        case analysis::Level::Error:
            level = tr("Error");
            break;
        case analysis::Level::Warning:
            level = tr("Warning");
            break;
        case analysis::Level::Note:
            level = tr("Note");
            break;
        }
        QString where = ReportOptions::sectionTitle(f.location.section);
        if (f.location.row >= 0)
            where += QStringLiteral(" #%1").arg(f.location.row + 1);
        if (!f.location.field.isEmpty())
            where += QStringLiteral(" (%1)").arg(f.location.field);
        m_text.cellText(table, row, 0, level, ReportText::Style::Label);
        m_text.cellText(table, row, 1, where);
        m_text.cellText(table, row, 2, f.message);
        ++row;
    }
    m_text.endTable(table);
}

// The review meeting's record: approval, meetings, comments (with what they are
// about and whether they are resolved), questions asked in review. User text
// goes in as text, notes, decisions, comments and answers as Markdown without HTML.
void Builder::reviewRecordAppendix(const Coe& coe, QChar letter)
{
    const Review& review = coe.review;
    m_text.heading(1, tr("Appendix %1  Review record").arg(letter));
    const QString approval = reviewrecord::approval(review, m_zone);
    if (!approval.isEmpty())
        m_text.labelled(tr("Approved: "), approval);
    if (!review.meetings.isEmpty()) {
        m_text.heading(2, tr("Meetings"));
        for (const ReviewMeeting& m : review.meetings) {
            m_text.paragraph(reviewrecord::instant(m.at, m_zone), ReportText::Style::Question);
            if (!m.facilitator.trimmed().isEmpty())
                m_text.labelled(tr("Facilitator: "), m.facilitator);
            if (!m.attendees.isEmpty())
                m_text.labelled(tr("Attendees: "), joined(m.attendees));
            if (!m.notes.trimmed().isEmpty()) {
                m_text.paragraph(tr("Notes"), ReportText::Style::Label);
                m_text.markdown(m.notes, {});
            }
            if (!m.decisions.trimmed().isEmpty()) {
                m_text.paragraph(tr("Decisions"), ReportText::Style::Label);
                m_text.markdown(m.decisions, {});
            }
        }
    }
    if (!review.comments.isEmpty()) {
        m_text.heading(2, tr("Comments"));
        for (const ReviewComment& c : review.comments) {
            QStringList about{c.author.trimmed().isEmpty() ? tr("Unknown author") : ReportText::oneLine(c.author),
                              reviewrecord::instant(c.at, m_zone)};
            const QString target = reviewrecord::targetName(coe, c.target);
            if (!target.isEmpty())
                about.append(tr("on %1").arg(target));
            if (!c.replyTo.isEmpty())
                about.append(tr("in reply to %1").arg(ReportText::oneLine(c.replyTo)));
            about.append(c.resolved ? tr("resolved") : tr("not resolved"));
            m_text.paragraph(ReportText::oneLine(c.id), ReportText::Style::Question);
            m_text.appendText(QStringLiteral(" — ") + about.join(QStringLiteral(" · ")));
            m_text.markdown(c.text, tr("No text."));
        }
    }
    if (!review.questions.isEmpty()) {
        m_text.heading(2, tr("Questions asked in review"));
        for (const ReviewQuestion& q : review.questions) {
            m_text.paragraph(q.question, ReportText::Style::Question);
            m_text.markdown(q.answer, tr("Not answered."));
            if (!q.actionId.isEmpty())
                m_text.labelled(tr("Became action item: "), reviewrecord::actionName(coe, q.actionId));
        }
    }
}

void Builder::buildAgenda(const QList<AgendaEntry>& entries)
{
    m_doc->setHeaderTitle(tr("Review packet"));
    m_doc->setPaper(m_options.paper);
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Review packet"));
    m_text.title(tr("Review packet"));
    const QDateTime exported =
        m_options.exportedAt.isValid() ? m_options.exportedAt : QDateTime::currentDateTimeUtc();
    m_text.paragraph(tr("%n COE(s), exported %1", nullptr, int(entries.size()))
                         .arg(QLocale().toString(exported.toUTC().date(), QLocale::LongFormat)),
                     ReportText::Style::Normal);
    m_text.heading(1, tr("Agenda"));
    QTextTable* table = m_text.table(int(entries.size()) + 1, 6, {5, 45, 11, 12, 19, 8}, true);
    m_text.headerRow(table, {tr("#"), tr("COE"), tr("Severity"), tr("Status"), tr("Owner"), tr("Page")});
    int row = 1;
    for (const AgendaEntry& e : entries) {
        m_text.cellText(table, row, 0, QString::number(row));
        m_text.cellText(table, row, 1, e.title.trimmed().isEmpty() ? tr("Untitled COE") : e.title);
        m_text.cellText(table, row, 2, e.severity ? QString::number(*e.severity) : QStringLiteral("—"));
        m_text.cellText(table, row, 3, displayName(e.status));
        if (e.owner.trimmed().isEmpty())
            m_text.cellText(table, row, 4, tr("No owner"), ReportText::Style::Missing);
        else
            m_text.cellText(table, row, 4, e.owner);
        m_text.cellText(table, row, 5, e.firstPage > 0 ? QString::number(e.firstPage) : QStringLiteral("…"));
        ++row;
    }
    m_text.endTable(table);
}

} // namespace

std::unique_ptr<ReportDocument> CoeReport::build(const Coe& coe, const ReportOptions& options)
{
    auto doc = std::make_unique<ReportDocument>();
    Builder(doc.get(), options).buildCoe(coe);
    return doc;
}

std::unique_ptr<ReportDocument> CoeReport::buildAgenda(const QList<AgendaEntry>& entries,
                                                       const ReportOptions& options)
{
    auto doc = std::make_unique<ReportDocument>();
    Builder(doc.get(), options).buildAgenda(entries);
    return doc;
}

} // namespace hindsight::report
