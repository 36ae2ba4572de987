// SPDX-License-Identifier: MIT
// `insights`: the figures of the Insights window for other tools (in the
// light `hindsight` program too: it only reads tables).
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "insights/Insights.h"
#include "insights/InsightsExport.h"
#include "settings/Settings.h"
#include "storage/ActionItemQuery.h"
#include "storage/Archive.h"

#include <QJsonDocument>

namespace hindsight::cli {

namespace {

// A date option: ISO 8601 YYYY-MM-DD. False when set but not such a date.
bool dateOption(const QCommandLineParser& parser, const QString& name, QDate* date)
{
    if (!parser.isSet(name))
        return true;
    *date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date->isValid();
}

} // namespace

// The options that select the COEs of insights and report: the incident start
// date, UTC, between --from and --to inclusive; severity, service, tag,
// factor category exact; the periods and the repeat window.
bool Commands::insightsFilter(insights::InsightsFilter* filter, int* exitCode)
{
    const auto bad = [&](const QString& message) {
        *exitCode = usage(message);
        return false;
    };
    if (!dateOption(m_parser, QStringLiteral("from"), &filter->from))
        return bad(CommandLineText::tr("--from needs a date YYYY-MM-DD"));
    if (!dateOption(m_parser, QStringLiteral("to"), &filter->to))
        return bad(CommandLineText::tr("--to needs a date YYYY-MM-DD"));
    if (m_parser.isSet(QStringLiteral("severity"))) {
        bool ok = false;
        const int severity = m_parser.value(QStringLiteral("severity")).toInt(&ok);
        if (!ok || severity < 1 || severity > 5)
            return bad(CommandLineText::tr("--severity needs a number from 1 to 5"));
        filter->severity = severity;
    }
    filter->service = m_parser.value(QStringLiteral("service"));
    filter->tag = m_parser.value(QStringLiteral("tag"));
    filter->category = m_parser.value(QStringLiteral("category"));
    if (m_parser.isSet(QStringLiteral("granularity"))) {
        const QString g = m_parser.value(QStringLiteral("granularity"));
        if (g == QLatin1String("month"))
            filter->granularity = insights::Granularity::Month;
        else if (g != QLatin1String("quarter"))
            return bad(CommandLineText::tr("--granularity is quarter or month"));
    }
    if (m_parser.isSet(QStringLiteral("repeat-days"))) {
        bool ok = false;
        filter->repeatWindowDays = m_parser.value(QStringLiteral("repeat-days")).toInt(&ok);
        if (!ok || filter->repeatWindowDays < 0)
            return bad(CommandLineText::tr("--repeat-days needs a number of days"));
    }
    return true;
}

// Every figure of Insights over the live COEs the options select, as JSON
// (one object per figure with N, median, p90 and the uuids behind each point)
// or CSV. Ages and "overdue" compare with today in the display time zone, as
// `actions` does.
int Commands::insights(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(CommandLineText::tr("insights takes no arguments"));
    insights::InsightsFilter filter;
    int exitCode = Success;
    if (!insightsFilter(&filter, &exitCode))
        return exitCode;
    const QString format =
        m_parser.isSet(QStringLiteral("format")) ? m_parser.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(CommandLineText::tr("insights: --format is json or csv"));

    Archive* a = archive(false);
    if (!a)
        return BadInput;
    insights::InsightsFacts facts;
    QString error;
    if (!insights::loadInsightsFacts(*a, &facts, &error)) {
        printError(error);
        explainDamage();
        return BadInput;
    }
    const QDate today = localToday(Settings::instance()->displayTimeZone());
    const insights::Insights figures = insights::computeInsights(facts, filter, today);
    if (format == QLatin1String("csv"))
        printOut(QString::fromUtf8(insights::toCsv(figures)));
    else
        printOut(QString::fromUtf8(QJsonDocument(insights::toJson(figures)).toJson(QJsonDocument::Indented)));
    return Success;
}

} // namespace hindsight::cli
