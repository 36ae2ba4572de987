// SPDX-License-Identifier: MIT
#include "LearningReport.h"

#include "DisplayNames.h"
#include "ReportText.h"
#include "ReviewRecord.h"
#include "insights/InsightsCharts.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace hindsight::report {

using namespace insights;

namespace {

constexpr qreal kChartHeight = 230; // 1/96 inch: about 6 cm, two charts and their text on a page
constexpr int kRowsPerTable = 80;
constexpr int kRepeatRows = 100; // the newest pairs; a busy quarter has thousands
// The overdue items listed one by one: those longest past their due date.
// Every one is counted in the table by owner above the list; a quarter of 500
// COEs can have thousands, a hundred pages that took most of the report's
// time to lay out and that no review reads (`hindsight actions --overdue`
// lists them all).
constexpr int kOverdueRows = 200;

QString durationText(const analysis::Duration& duration)
{
    return duration.minutes ? formatMinutes(*duration.minutes) : LearningReport::tr("unknown");
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

void figure(ReportText& text, const FigureChart& chart)
{
    text.heading(2, chart.spec.title);
    text.chart(chart.spec, kChartHeight);
    if (!chart.caption.isEmpty())
        text.paragraph(chart.caption, ReportText::Style::Caption);
}

// A table with a header row, in pieces of kRowsPerTable rows, each piece
// repeating the header.
void longTable(ReportText& text, const QStringList& header, const QList<QStringList>& rows, int stretch)
{
    QList<QStringList> columns(header.size());
    for (int c = 0; c < header.size(); ++c) {
        columns[c].append(header.at(c));
        for (const QStringList& row : rows)
            columns[c].append(row.value(c));
    }
    const QList<int> widths = ReportText::columnPercents(columns, stretch);
    for (int first = 0; first < rows.size(); first += kRowsPerTable) {
        const int count = std::min(kRowsPerTable, int(rows.size()) - first);
        QTextTable* table = text.table(count + 1, int(header.size()), widths, true);
        text.headerRow(table, header);
        for (int r = 0; r < count; ++r)
            for (int c = 0; c < header.size(); ++c)
                text.cellText(table, r + 1, c, ReportText::oneLine(rows.at(first + r).value(c)));
        text.endTable(table);
    }
}

// The open items past their due date: how many each owner has, by priority,
// then the longest overdue of them (at most kOverdueRows), by owner.
void overdueByOwner(ReportText& text, const QList<ActionRef>& overdue)
{
    if (overdue.isEmpty()) {
        text.paragraph(LearningReport::tr("No open action item is past its due date."));
        return;
    }
    const QString noOwner = LearningReport::tr("(no owner)");
    struct OwnerLine
    {
        QString owner;
        int count = 0;
        int high = 0;
        int medium = 0;
        int low = 0;
        QDate oldest;
    };
    QList<OwnerLine> owners;
    QHash<QString, qsizetype> ownerIndex;
    for (const ActionRef& action : overdue) {
        const QString owner = action.owner.isEmpty() ? noOwner : action.owner;
        auto it = ownerIndex.constFind(owner);
        if (it == ownerIndex.constEnd()) {
            it = ownerIndex.insert(owner, owners.size());
            owners.append({owner, 0, 0, 0, 0, {}});
        }
        OwnerLine& line = owners[*it];
        ++line.count;
        line.high += action.priority == Priority::High;
        line.medium += action.priority == Priority::Medium;
        line.low += action.priority == Priority::Low;
        if (action.due.isValid() && (!line.oldest.isValid() || action.due < line.oldest))
            line.oldest = action.due;
    }
    std::stable_sort(owners.begin(), owners.end(), [](const OwnerLine& a, const OwnerLine& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return QString::localeAwareCompare(a.owner, b.owner) < 0;
    });
    QList<QStringList> rows;
    for (const OwnerLine& line : owners)
        rows.append({line.owner, QString::number(line.count), QString::number(line.high),
                     QString::number(line.medium), QString::number(line.low), shortDate(line.oldest)});
    longTable(text,
              {LearningReport::tr("Owner"), LearningReport::tr("Overdue"), displayName(Priority::High),
               displayName(Priority::Medium), displayName(Priority::Low), LearningReport::tr("Oldest due")},
              rows, 0);

    QList<ActionRef> listed = overdue;
    if (listed.size() > kOverdueRows) {
        std::stable_sort(listed.begin(), listed.end(),
                         [](const ActionRef& a, const ActionRef& b) { return a.due < b.due; });
        listed.resize(kOverdueRows);
        text.paragraph(
            LearningReport::tr("The %n item(s) longest past their due date, of %1 (hindsight actions "
                               "--overdue lists them all):",
                               nullptr, int(listed.size()))
                .arg(overdue.size()),
            ReportText::Style::Small);
    }
    std::stable_sort(listed.begin(), listed.end(), [](const ActionRef& a, const ActionRef& b) {
        const int byOwner = QString::localeAwareCompare(a.owner, b.owner);
        if (byOwner != 0)
            return byOwner < 0;
        return a.due < b.due;
    });
    rows.clear();
    for (const ActionRef& action : listed)
        rows.append({action.owner.isEmpty() ? noOwner : action.owner, action.title, action.coeTitle,
                     action.priority == Priority::None ? QString() : displayName(action.priority),
                     shortDate(action.due)});
    longTable(text,
              {LearningReport::tr("Owner"), LearningReport::tr("Action item"), LearningReport::tr("COE"),
               LearningReport::tr("Priority"), LearningReport::tr("Due")},
              rows, 1);
}

QString filterText(const InsightsFilter& filter)
{
    QStringList parts;
    if (filter.severity)
        parts.append(LearningReport::tr("severity %1").arg(*filter.severity));
    if (!filter.service.isEmpty())
        parts.append(LearningReport::tr("service %1").arg(filter.service));
    if (!filter.tag.isEmpty())
        parts.append(LearningReport::tr("tag %1").arg(filter.tag));
    if (!filter.category.isEmpty())
        parts.append(LearningReport::tr("factor category %1").arg(filter.category));
    return parts.isEmpty() ? LearningReport::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace

QString LearningReport::rangeText(const InsightsFilter& filter)
{
    const QLocale locale;
    if (filter.from.isValid() && filter.to.isValid())
        return tr("%1 – %2").arg(locale.toString(filter.from, QLocale::LongFormat),
                                 locale.toString(filter.to, QLocale::LongFormat));
    if (filter.from.isValid())
        return tr("since %1").arg(locale.toString(filter.from, QLocale::LongFormat));
    if (filter.to.isValid())
        return tr("until %1").arg(locale.toString(filter.to, QLocale::LongFormat));
    return tr("all dates");
}

std::unique_ptr<ReportDocument> LearningReport::build(const InsightsFacts& facts, const Insights& insights,
                                                      const LearningReportOptions& options)
{
    auto doc = std::make_unique<ReportDocument>();
    doc->setPaper(options.paper);
    const QString range = rangeText(insights.filter);
    doc->setHeaderTitle(tr("Learning report · %1").arg(range));
    ReportText text(doc.get());

    text.title(tr("Learning report"));
    {
        const QDateTime exported = options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTimeUtc();
        QList<std::pair<QString, QString>> rows = {
            {tr("Period"), range},
            {tr("Incident dates"), tr("UTC dates of each incident's start")},
            {tr("Filters"), filterText(insights.filter)},
            {tr("COEs"), tr("%n COE(s)", nullptr, int(insights.coes.size()))
                             + (insights.undatedCount > 0
                                    ? tr(", %n without an incident date", nullptr, insights.undatedCount)
                                    : QString())},
            {tr("Archive"), options.archiveName},
            {tr("Exported"), reviewrecord::instant(exported, options.zone)},
        };
        if (options.archiveName.isEmpty())
            rows.removeAt(4);
        QTextTable* table = text.table(int(rows.size()), 2, {22, 78}, false, ReportText::TableStyle::Facts);
        for (int r = 0; r < rows.size(); ++r) {
            text.cellText(table, r, 0, rows.at(r).first, ReportText::Style::Label);
            text.cellText(table, r, 1, ReportText::oneLine(rows.at(r).second));
        }
        text.endTable(table);
    }
    text.paragraph(tr("Durations are given as the median and the 90th percentile with the number of COEs (N): a "
                      "few very long incidents would make an average mislead. A COE without the milestones a "
                      "figure needs is counted as unknown, never as zero."),
                   ReportText::Style::Small);

    // Key figures.
    text.heading(1, tr("Key figures"));
    {
        QList<QStringList> rows;
        for (int p = 0; p < kPhaseCount; ++p) {
            const DurationFigure& figure = insights.duration(Phase(p));
            const Summary& s = figure.overall.summary;
            rows.append({phaseDisplayName(Phase(p)), s.median ? formatMinutes(qint64(*s.median)) : tr("–"),
                         s.p90 ? formatMinutes(qint64(*s.p90)) : tr("–"), QString::number(s.n),
                         QString::number(figure.overall.unknown.size())});
        }
        const Summary& t = insights.followThrough.timeliness.summary;
        rows.append({tr("Days from resolution to approval"),
                     t.median ? QLocale().toString(*t.median, 'f', 1) : tr("–"),
                     t.p90 ? QLocale().toString(*t.p90, 'f', 1) : tr("–"), QString::number(t.n),
                     QString::number(insights.followThrough.timeliness.unknown.size())});
        longTable(text, {tr("Figure"), tr("Median"), tr("p90"), tr("N"), tr("Unknown")}, rows, 0);
        const DueFigure& due = insights.followThrough.due;
        if (due.doneShare)
            text.paragraph(tr("Action items past their due date that are done: %1 (%2 of %3).")
                               .arg(InsightsCharts::percent(*due.doneShare))
                               .arg(due.done.size())
                               .arg(due.done.size() + due.overdue.size()));
    }

    const QList<FigureChart> charts = InsightsCharts::all(insights);
    const auto chartById = [&charts](const QString& id) {
        for (const FigureChart& chart : charts)
            if (chart.id == id)
                return chart;
        return FigureChart{};
    };

    text.heading(1, tr("Time to detect, diagnose, mitigate and resolve"));
    for (int p = 0; p < kPhaseCount; ++p)
        figure(text, chartById(QStringLiteral("time_to_") + phaseKey(Phase(p))));

    text.heading(1, tr("Incidents over time"));
    figure(text, chartById(QStringLiteral("incidents_by_severity")));
    figure(text, chartById(QStringLiteral("incidents_by_service")));

    text.heading(1, tr("Contributing factors"));
    figure(text, chartById(QStringLiteral("factor_pareto")));
    if (!insights.factors.pareto.isEmpty()) {
        QList<QStringList> rows;
        for (const ParetoBar& bar : insights.factors.pareto)
            rows.append({bar.category, QString::number(bar.count), InsightsCharts::percent(bar.share),
                         InsightsCharts::percent(bar.cumulativeShare)});
        longTable(text, {tr("Category"), tr("COEs"), tr("Share"), tr("Cumulative")}, rows, 0);
    }
    if (!insights.factors.pairs.isEmpty())
        figure(text, chartById(QStringLiteral("factor_pairs")));

    text.heading(1, tr("Detection"));
    figure(text, chartById(QStringLiteral("detection")));

    text.heading(1, tr("Repeat incidents"));
    if (insights.repeats.isEmpty()) {
        text.paragraph(tr("No two COEs share a service and a factor category within %n day(s).", nullptr,
                          insights.filter.repeatWindowDays));
    } else {
        text.paragraph(tr("COEs that share a service and a factor category within %n day(s) of each other.",
                          nullptr, insights.filter.repeatWindowDays));
        QList<QStringList> rows;
        for (const RepeatPair& pair : insights.repeats) {
            if (rows.size() == kRepeatRows)
                break;
            rows.append({pair.earlierTitle, pair.laterTitle, QString::number(pair.daysApart),
                         pair.services.join(QStringLiteral(", ")), pair.categories.join(QStringLiteral(", "))});
        }
        longTable(text, {tr("Earlier"), tr("Later"), tr("Days apart"), tr("Services"), tr("Categories")}, rows, 0);
        if (rows.size() < insights.repeats.size())
            text.paragraph(tr("The newest %1 of %2 pairs are listed (hindsight insights gives them all).")
                               .arg(rows.size())
                               .arg(insights.repeats.size()),
                           ReportText::Style::Small);
    }

    text.heading(1, tr("Follow-through"));
    figure(text, chartById(QStringLiteral("action_due")));
    figure(text, chartById(QStringLiteral("backlog")));
    figure(text, chartById(QStringLiteral("open_action_age")));
    figure(text, chartById(QStringLiteral("coe_timeliness")));

    text.heading(1, tr("Overdue action items by owner"));
    overdueByOwner(text, insights.followThrough.due.overdue);

    text.heading(1, tr("COEs in the period"));
    {
        QList<const CoeFact*> coes;
        for (const QUuid& uuid : insights.coes)
            if (const CoeFact* fact = facts.find(uuid))
                coes.append(fact);
        if (coes.isEmpty()) {
            text.paragraph(tr("No COE matches."));
        } else {
            QList<QStringList> rows;
            for (const CoeFact* coe : coes)
                rows.append({coe->title, coe->severity ? QString::number(*coe->severity) : QString(),
                             displayName(coe->status), shortDate(coe->incidentDate()),
                             durationText(coe->durations.detect), durationText(coe->durations.mitigate),
                             durationText(coe->durations.resolve)});
            longTable(text,
                      {tr("Title"), tr("Sev."), tr("Status"), tr("Incident"), tr("Detect"), tr("Mitigate"),
                       tr("Resolve")},
                      rows, 0);
        }
    }
    return doc;
}

} // namespace hindsight::report
