// SPDX-License-Identifier: MIT
#include "InsightsExport.h"

#include <QJsonArray>
#include <QSet>

namespace hindsight::insights {

namespace {

QString id(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonArray ids(const QList<QUuid>& uuids)
{
    QJsonArray a;
    for (const QUuid& u : uuids)
        a << id(u);
    return a;
}

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QList<QUuid> pointUuids(const QList<DurationPoint>& points)
{
    QList<QUuid> out;
    out.reserve(points.size());
    for (const DurationPoint& p : points)
        out << p.uuid;
    return out;
}

// The COEs of a list of items, each once, in order.
QList<QUuid> coeUuids(const QList<ActionRef>& items)
{
    QList<QUuid> out;
    QSet<QUuid> seen;
    for (const ActionRef& r : items) {
        if (!seen.contains(r.coe)) {
            seen.insert(r.coe);
            out << r.coe;
        }
    }
    return out;
}

QJsonObject group(const DurationGroup& g)
{
    QJsonArray points;
    for (const DurationPoint& p : g.points)
        points << QJsonObject{{QStringLiteral("uuid"), id(p.uuid)},
                              {QStringLiteral("title"), p.title},
                              {QStringLiteral("value"), p.value},
                              {QStringLiteral("outlier"), p.outlier}};
    return QJsonObject{{QStringLiteral("key"), g.key},
                       {QStringLiteral("label"), g.label},
                       {QStringLiteral("n"), g.summary.n},
                       {QStringLiteral("median"), number(g.summary.median)},
                       {QStringLiteral("p90"), number(g.summary.p90)},
                       {QStringLiteral("uuids"), ids(pointUuids(g.points))},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("unknown"), ids(g.unknown)},
                       {QStringLiteral("outliers"), ids(pointUuids(g.outliers))}};
}

QJsonArray groups(const QList<DurationGroup>& list)
{
    QJsonArray a;
    for (const DurationGroup& g : list)
        a << group(g);
    return a;
}

QJsonObject count(const Count& c)
{
    return QJsonObject{{QStringLiteral("count"), c.count}, {QStringLiteral("uuids"), ids(c.uuids)}};
}

QJsonArray series(const QList<CountSeries>& list, const QList<Period>& periods)
{
    QJsonArray a;
    for (const CountSeries& s : list) {
        QJsonArray per;
        for (int i = 0; i < s.perPeriod.size(); ++i) {
            QJsonObject o = count(s.perPeriod.at(i));
            o.insert(QStringLiteral("period"), periods.at(i).label);
            per << o;
        }
        a << QJsonObject{{QStringLiteral("key"), s.key},
                         {QStringLiteral("label"), s.label},
                         {QStringLiteral("n"), s.total},
                         {QStringLiteral("per_period"), per}};
    }
    return a;
}

QJsonObject detectionRow(const DetectionRow& row)
{
    QJsonObject o{{QStringLiteral("period"), row.key}, {QStringLiteral("n"), row.n}};
    for (int b = 0; b < kDetectionBucketCount; ++b) {
        QJsonObject c = count(row.counts[b]);
        c.insert(QStringLiteral("share"), number(row.shares[b]));
        o.insert(detectionBucketKey(DetectionBucket(b)), c);
    }
    return o;
}

QJsonObject items(const QList<ActionRef>& list)
{
    QJsonArray a;
    for (const ActionRef& r : list)
        a << QJsonObject{{QStringLiteral("coe"), id(r.coe)},
                         {QStringLiteral("index"), r.index},
                         {QStringLiteral("title"), r.title},
                         {QStringLiteral("owner"), r.owner},
                         {QStringLiteral("priority"), toString(r.priority)},
                         {QStringLiteral("due"), date(r.due)},
                         {QStringLiteral("status"), toString(r.status)}};
    return QJsonObject{{QStringLiteral("count"), int(list.size())},
                       {QStringLiteral("uuids"), ids(coeUuids(list))},
                       {QStringLiteral("items"), a}};
}

QString granularityKey(Granularity g)
{
    return g == Granularity::Quarter ? QStringLiteral("quarter") : QStringLiteral("month");
}

} // namespace

QJsonObject toJson(const Insights& in)
{
    const InsightsFilter& f = in.filter;
    QJsonObject filter{{QStringLiteral("from"), date(f.from)},
                       {QStringLiteral("to"), date(f.to)},
                       {QStringLiteral("severity"), f.severity ? QJsonValue(*f.severity) : QJsonValue()},
                       {QStringLiteral("service"), f.service.isEmpty() ? QJsonValue() : QJsonValue(f.service)},
                       {QStringLiteral("tag"), f.tag.isEmpty() ? QJsonValue() : QJsonValue(f.tag)},
                       {QStringLiteral("category"), f.category.isEmpty() ? QJsonValue() : QJsonValue(f.category)},
                       {QStringLiteral("granularity"), granularityKey(f.granularity)},
                       {QStringLiteral("repeat_window_days"), f.repeatWindowDays}};
    QJsonArray periods;
    for (const Period& p : in.periods)
        periods << QJsonObject{{QStringLiteral("label"), p.label},
                               {QStringLiteral("start"), date(p.start)},
                               {QStringLiteral("end"), date(p.end)}};

    QJsonArray figures;
    for (const DurationFigure& d : in.durations)
        figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("time_to_") + phaseKey(d.phase)},
                               {QStringLiteral("unit"), QStringLiteral("minutes")},
                               {QStringLiteral("overall"), group(d.overall)},
                               {QStringLiteral("by_period"), groups(d.byPeriod)},
                               {QStringLiteral("by_severity"), groups(d.bySeverity)}};
    QJsonArray total;
    for (int i = 0; i < in.incidents.total.size(); ++i) {
        QJsonObject o = count(in.incidents.total.at(i));
        o.insert(QStringLiteral("period"), in.periods.at(i).label);
        total << o;
    }
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("incidents_by_severity")},
                           {QStringLiteral("total"), total},
                           {QStringLiteral("series"), series(in.incidents.bySeverity, in.periods)},
                           {QStringLiteral("undated"), ids(in.incidents.undated)}};
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("incidents_by_service")},
                           {QStringLiteral("series"), series(in.incidents.byService, in.periods)},
                           {QStringLiteral("undated"), ids(in.incidents.undated)}};
    QJsonArray bars;
    for (const ParetoBar& b : in.factors.pareto)
        bars << QJsonObject{{QStringLiteral("category"), b.category},
                            {QStringLiteral("count"), b.count},
                            {QStringLiteral("share"), b.share},
                            {QStringLiteral("cumulative_share"), b.cumulativeShare},
                            {QStringLiteral("uuids"), ids(b.uuids)}};
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("factor_pareto")},
                           {QStringLiteral("bars"), bars},
                           {QStringLiteral("without_factors"), ids(in.factors.withoutFactors)}};
    QJsonArray pairs;
    for (const CategoryPair& p : in.factors.pairs)
        pairs << QJsonObject{{QStringLiteral("a"), p.a},
                             {QStringLiteral("b"), p.b},
                             {QStringLiteral("count"), p.count},
                             {QStringLiteral("uuids"), ids(p.uuids)}};
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("factor_pairs")}, {QStringLiteral("pairs"), pairs}};
    QJsonArray detection;
    for (const DetectionRow& row : in.detection.perPeriod)
        detection << detectionRow(row);
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("detection")},
                           {QStringLiteral("overall"), detectionRow(in.detection.overall)},
                           {QStringLiteral("per_period"), detection}};
    QJsonArray repeats;
    for (const RepeatPair& r : in.repeats)
        repeats << QJsonObject{{QStringLiteral("earlier"), id(r.earlier)},
                               {QStringLiteral("earlier_title"), r.earlierTitle},
                               {QStringLiteral("later"), id(r.later)},
                               {QStringLiteral("later_title"), r.laterTitle},
                               {QStringLiteral("services"), QJsonArray::fromStringList(r.services)},
                               {QStringLiteral("categories"), QJsonArray::fromStringList(r.categories)},
                               {QStringLiteral("days_apart"), r.daysApart},
                               {QStringLiteral("uuids"), ids({r.earlier, r.later})}};
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("repeats")},
                           {QStringLiteral("window_days"), f.repeatWindowDays},
                           {QStringLiteral("n"), int(in.repeats.size())},
                           {QStringLiteral("pairs"), repeats}};
    const DueFigure& due = in.followThrough.due;
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("action_due")},
                           {QStringLiteral("n"), int(due.done.size() + due.overdue.size())},
                           {QStringLiteral("done_share"), number(due.doneShare)},
                           {QStringLiteral("done"), items(due.done)},
                           {QStringLiteral("overdue"), items(due.overdue)},
                           {QStringLiteral("wont_do"), items(due.wontDo)},
                           {QStringLiteral("not_due_yet"), items(due.notDueYet)},
                           {QStringLiteral("no_due_date"), items(due.noDueDate)}};
    QJsonArray backlog;
    for (const BacklogPoint& b : in.followThrough.backlog)
        backlog << QJsonObject{{QStringLiteral("period"), b.period},
                               {QStringLiteral("end"), date(b.end)},
                               {QStringLiteral("open_now"), count(b.openNow)},
                               {QStringLiteral("assumed_open"), count(b.assumedOpen)}};
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("backlog")}, {QStringLiteral("per_period"), backlog}};
    figures << QJsonObject{{QStringLiteral("figure"), QStringLiteral("open_action_age")},
                           {QStringLiteral("unit"), QStringLiteral("days")},
                           {QStringLiteral("by_priority"), groups(in.followThrough.openAgeByPriority)}};
    QJsonObject timeliness = group(in.followThrough.timeliness);
    timeliness.insert(QStringLiteral("figure"), QStringLiteral("coe_timeliness"));
    timeliness.insert(QStringLiteral("unit"), QStringLiteral("days"));
    figures << timeliness;

    return QJsonObject{{QStringLiteral("filter"), filter},
                       {QStringLiteral("today"), date(in.today)},
                       {QStringLiteral("periods"), periods},
                       {QStringLiteral("n"), int(in.coes.size())},
                       {QStringLiteral("undated"), in.undatedCount},
                       {QStringLiteral("figures"), figures}};
}

namespace {

struct CsvRow
{
    QString figure, group, period, key;
    QString n, median, p90, count, share, cumulative;
    QList<QUuid> uuids;
};

QString num(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}

QByteArray field(const QString& s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace('"', "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

void addGroupRows(QList<CsvRow>& rows, const QString& figure, const QString& kind, const QString& period,
                  const DurationGroup& g)
{
    rows << CsvRow{figure, kind, period, g.key, QString::number(g.summary.n), num(g.summary.median),
                   num(g.summary.p90), {}, {}, {}, pointUuids(g.points)};
    rows << CsvRow{figure, kind + QStringLiteral("_unknown"), period, g.key, {}, {}, {},
                   QString::number(g.unknown.size()), {}, {}, g.unknown};
}

} // namespace

QByteArray toCsv(const Insights& in)
{
    QList<CsvRow> rows;
    for (const DurationFigure& d : in.durations) {
        const QString figure = QStringLiteral("time_to_") + phaseKey(d.phase);
        addGroupRows(rows, figure, QStringLiteral("overall"), {}, d.overall);
        for (const DurationGroup& g : d.byPeriod)
            addGroupRows(rows, figure, QStringLiteral("period"), g.key, g);
        for (const DurationGroup& g : d.bySeverity)
            addGroupRows(rows, figure, QStringLiteral("severity"), {}, g);
    }
    auto addSeries = [&](const QString& figure, const QList<CountSeries>& list) {
        for (const CountSeries& s : list) {
            for (int i = 0; i < s.perPeriod.size(); ++i)
                rows << CsvRow{figure, QStringLiteral("series"), in.periods.at(i).label, s.key, {}, {}, {},
                               QString::number(s.perPeriod.at(i).count), {}, {}, s.perPeriod.at(i).uuids};
        }
    };
    for (int i = 0; i < in.incidents.total.size(); ++i)
        rows << CsvRow{QStringLiteral("incidents_by_severity"), QStringLiteral("total"), in.periods.at(i).label, {},
                       {}, {}, {}, QString::number(in.incidents.total.at(i).count), {}, {},
                       in.incidents.total.at(i).uuids};
    addSeries(QStringLiteral("incidents_by_severity"), in.incidents.bySeverity);
    addSeries(QStringLiteral("incidents_by_service"), in.incidents.byService);
    for (const ParetoBar& b : in.factors.pareto)
        rows << CsvRow{QStringLiteral("factor_pareto"), QStringLiteral("bar"), {}, b.category, {}, {}, {},
                       QString::number(b.count), num(b.share), num(b.cumulativeShare), b.uuids};
    for (const CategoryPair& p : in.factors.pairs)
        rows << CsvRow{QStringLiteral("factor_pairs"), QStringLiteral("pair"), {}, p.a + QStringLiteral(" + ") + p.b,
                       {}, {}, {}, QString::number(p.count), {}, {}, p.uuids};
    auto addDetection = [&](const DetectionRow& row) {
        for (int b = 0; b < kDetectionBucketCount; ++b)
            rows << CsvRow{QStringLiteral("detection"), detectionBucketKey(DetectionBucket(b)), row.key, {},
                           QString::number(row.n), {}, {}, QString::number(row.counts[b].count), num(row.shares[b]),
                           {}, row.counts[b].uuids};
    };
    addDetection(in.detection.overall);
    for (const DetectionRow& row : in.detection.perPeriod)
        addDetection(row);
    for (const RepeatPair& r : in.repeats)
        rows << CsvRow{QStringLiteral("repeats"), QStringLiteral("pair"), {},
                       r.services.join(QLatin1Char(';')) + QStringLiteral(" | ") + r.categories.join(QLatin1Char(';')),
                       {}, {}, {}, QString::number(r.daysApart), {}, {}, {r.earlier, r.later}};
    const DueFigure& due = in.followThrough.due;
    const QString measured = QString::number(due.done.size() + due.overdue.size());
    rows << CsvRow{QStringLiteral("action_due"), QStringLiteral("done"), {}, {}, measured, {}, {},
                   QString::number(due.done.size()), num(due.doneShare), {}, coeUuids(due.done)};
    rows << CsvRow{QStringLiteral("action_due"), QStringLiteral("overdue"), {}, {}, measured, {}, {},
                   QString::number(due.overdue.size()), {}, {}, coeUuids(due.overdue)};
    rows << CsvRow{QStringLiteral("action_due"), QStringLiteral("wont_do"), {}, {}, {}, {}, {},
                   QString::number(due.wontDo.size()), {}, {}, coeUuids(due.wontDo)};
    rows << CsvRow{QStringLiteral("action_due"), QStringLiteral("not_due_yet"), {}, {}, {}, {}, {},
                   QString::number(due.notDueYet.size()), {}, {}, coeUuids(due.notDueYet)};
    rows << CsvRow{QStringLiteral("action_due"), QStringLiteral("no_due_date"), {}, {}, {}, {}, {},
                   QString::number(due.noDueDate.size()), {}, {}, coeUuids(due.noDueDate)};
    for (const BacklogPoint& b : in.followThrough.backlog) {
        rows << CsvRow{QStringLiteral("backlog"), QStringLiteral("open_now"), b.period, {}, {}, {}, {},
                       QString::number(b.openNow.count), {}, {}, b.openNow.uuids};
        rows << CsvRow{QStringLiteral("backlog"), QStringLiteral("assumed_open"), b.period, {}, {}, {}, {},
                       QString::number(b.assumedOpen.count), {}, {}, b.assumedOpen.uuids};
    }
    for (const DurationGroup& g : in.followThrough.openAgeByPriority)
        addGroupRows(rows, QStringLiteral("open_action_age"), QStringLiteral("priority"), {}, g);
    addGroupRows(rows, QStringLiteral("coe_timeliness"), QStringLiteral("overall"), {}, in.followThrough.timeliness);

    QByteArray out("figure,group,period,key,n,median,p90,count,share,cumulative_share,uuids\r\n");
    for (const CsvRow& r : std::as_const(rows)) {
        QStringList uuids;
        for (const QUuid& u : r.uuids)
            uuids << id(u);
        const QStringList fields = {r.figure, r.group, r.period, r.key, r.n,
                                    r.median, r.p90, r.count, r.share, r.cumulative, uuids.join(QLatin1Char(' '))};
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += field(fields.at(i));
        }
        out += "\r\n";
    }
    return out;
}

} // namespace hindsight::insights
