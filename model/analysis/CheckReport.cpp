// SPDX-License-Identifier: MIT
#include "CheckReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hindsight::analysis {
namespace {

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return QCoreApplication::translate("CheckReport", "Summary");
    case Section::Impact:
        return QCoreApplication::translate("CheckReport", "Impact");
    case Section::Timeline:
        return QCoreApplication::translate("CheckReport", "Timeline");
    case Section::Metrics:
        return QCoreApplication::translate("CheckReport", "Metrics");
    case Section::Questions:
        return QCoreApplication::translate("CheckReport", "Questions");
    case Section::Whys:
        return QCoreApplication::translate("CheckReport", "5 Whys");
    case Section::Actions:
        return QCoreApplication::translate("CheckReport", "Action items");
    case Section::Related:
        return QCoreApplication::translate("CheckReport", "Related items");
    case Section::Review:
        return QCoreApplication::translate("CheckReport", "Review record");
    }
    return {};
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Error:
        return QCoreApplication::translate("CheckReport", "error");
    case Level::Warning:
        return QCoreApplication::translate("CheckReport", "warning");
    case Level::Note:
        return QCoreApplication::translate("CheckReport", "note");
    }
    return {};
}

QString humanInstant(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString durationLine(const QString& label, const Duration& d)
{
    const QString value = d.minutes
                              ? QCoreApplication::translate("CheckReport", "%n min", nullptr, int(*d.minutes))
                              : QCoreApplication::translate("CheckReport", "none: %1").arg(d.reason);
    return QStringLiteral("  %1 %2\n").arg(label, -18).arg(value);
}

QJsonValue minutesOrNull(const Duration& d)
{
    return d.minutes ? QJsonValue(double(*d.minutes)) : QJsonValue(QJsonValue::Null);
}

} // namespace

CheckReport makeCheckReport(const Coe& coe, const CheckOptions& options)
{
    CheckReport r;
    r.title = coe.title;
    r.gapMinutes = options.gapMinutes;
    r.findings = reviewCheck(coe, options);
    r.gaps = findGaps(coe.timeline, options.gapMinutes);
    r.durations = computeDurations(coe.timeline);
    return r;
}

QString checkReportText(const CheckReport& report)
{
    QString out;
    out += QCoreApplication::translate("CheckReport", "Review check: %1\n")
               .arg(report.title.isEmpty() ? QCoreApplication::translate("CheckReport", "(untitled)")
                                           : report.title);
    auto count = [&](Level l) {
        return int(std::count_if(report.findings.cbegin(), report.findings.cend(),
                                 [l](const Finding& f) { return f.level == l; }));
    };
    if (report.findings.isEmpty()) {
        out += QCoreApplication::translate("CheckReport", "No findings.\n");
    } else {
        // Counted apart: lupdate cannot parse a scoped name inside translate().
        const int errors = count(Level::Error);
        const int warnings = count(Level::Warning);
        const int notes = count(Level::Note);
        out += QCoreApplication::translate("CheckReport", "%n error(s), ", nullptr, errors) +
               QCoreApplication::translate("CheckReport", "%n warning(s), ", nullptr, warnings) +
               QCoreApplication::translate("CheckReport", "%n note(s)\n", nullptr, notes);
    }

    // Findings already come section by section; print a heading at each change.
    bool first = true;
    Section current = Section::Summary;
    for (const Finding& f : report.findings) {
        if (first || f.location.section != current) {
            out += QLatin1Char('\n') + sectionTitle(f.location.section) + QLatin1Char('\n');
            current = f.location.section;
            first = false;
        }
        out += QStringLiteral("  %1 %2 %3\n    %4\n")
                   .arg(levelLabel(f.level), -8)
                   .arg(f.id, locationPath(f.location), f.message);
    }

    out += QLatin1Char('\n') + QCoreApplication::translate("CheckReport", "Gaps longer than %n minute(s)\n",
                                                           nullptr, report.gapMinutes);
    if (report.gaps.isEmpty())
        out += QCoreApplication::translate("CheckReport", "  none\n");
    for (const Gap& g : report.gaps) {
        const QString length =
            g.approximate
                ? QCoreApplication::translate("CheckReport", "around %n min", nullptr, int(g.minutes))
                : QCoreApplication::translate("CheckReport", "%n min", nullptr, int(g.minutes));
        const QString state = g.explained ? QCoreApplication::translate("CheckReport", "explained")
                                          : QCoreApplication::translate("CheckReport", "NOT explained");
        out += QStringLiteral("  %1 -> %2  %3  %4\n")
                   .arg(humanInstant(g.from), humanInstant(g.to))
                   .arg(length, -14)
                   .arg(state);
    }

    out += QLatin1Char('\n') + QCoreApplication::translate("CheckReport", "Durations\n");
    out +=
        durationLine(QCoreApplication::translate("CheckReport", "Time to detect"), report.durations.detect);
    out += durationLine(QCoreApplication::translate("CheckReport", "Time to diagnose"),
                        report.durations.diagnose);
    out += durationLine(QCoreApplication::translate("CheckReport", "Time to mitigate"),
                        report.durations.mitigate);
    out +=
        durationLine(QCoreApplication::translate("CheckReport", "Time to resolve"), report.durations.resolve);
    return out;
}

QJsonObject checkReportJson(const CheckReport& report)
{
    QJsonArray findings;
    for (const Finding& f : report.findings) {
        const Location& l = f.location;
        const QJsonObject location{
            {QStringLiteral("row"), l.row >= 0 ? QJsonValue(l.row) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("field"), l.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.field)},
            {QStringLiteral("path"), locationPath(l)},
        };
        findings.append(QJsonObject{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("level"), toString(f.level)},
            {QStringLiteral("section"), toString(l.section)},
            {QStringLiteral("location"), location},
            {QStringLiteral("message"), f.message},
        });
    }
    QJsonArray gaps;
    for (const Gap& g : report.gaps) {
        gaps.append(QJsonObject{
            {QStringLiteral("from"), rfc3339Utc(g.from)},
            {QStringLiteral("to"), rfc3339Utc(g.to)},
            {QStringLiteral("minutes"), double(g.minutes)},
            {QStringLiteral("explained"), g.explained},
            {QStringLiteral("approximate"), g.approximate},
        });
    }
    const Durations& d = report.durations;
    const QJsonObject durations{
        {QStringLiteral("detect"), minutesOrNull(d.detect)},
        {QStringLiteral("diagnose"), minutesOrNull(d.diagnose)},
        {QStringLiteral("mitigate"), minutesOrNull(d.mitigate)},
        {QStringLiteral("resolve"), minutesOrNull(d.resolve)},
    };
    return QJsonObject{
        {QStringLiteral("findings"), findings},
        {QStringLiteral("gaps"), gaps},
        {QStringLiteral("durations"), durations},
    };
}

QByteArray checkReportJsonBytes(const CheckReport& report)
{
    return QJsonDocument(checkReportJson(report)).toJson(QJsonDocument::Indented);
}

QString checkText(const Coe& coe, const CheckOptions& options)
{
    return checkReportText(makeCheckReport(coe, options));
}

QByteArray checkJson(const Coe& coe, const CheckOptions& options)
{
    return checkReportJsonBytes(makeCheckReport(coe, options));
}

bool hasErrors(const QList<Finding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return f.level == Level::Error; });
}

QList<Finding> errorsIn(const QList<Finding>& findings)
{
    QList<Finding> out;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(out),
                 [](const Finding& f) { return f.level == Level::Error; });
    return out;
}

QString rfc3339Utc(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace hindsight::analysis
