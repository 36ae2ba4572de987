// SPDX-License-Identifier: MIT
// `actions`: every action item of every COE.
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "exchange/ActionCsv.h"
#include "itemmodels/ArchiveActionModel.h"
#include "settings/Settings.h"
#include "storage/ActionItemQuery.h"
#include "storage/Archive.h"

#include <QCoreApplication>

namespace hindsight::cli {


// Every action item of every COE, as the window's Action items view lists
// them (soonest due first); --overdue keeps those open past their due date
// (compared with today in the user's display time zone); --csv writes the
// tracker CSV the view exports.
int Commands::actions(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(CommandLineText::tr("actions takes no arguments"));
    Archive* a = archive(false);
    if (!a)
        return BadInput;
    ActionItemQuery query;
    query.overdueOnly = m_parser.isSet(QStringLiteral("overdue"));
    const QDate today = localToday(Settings::instance()->displayTimeZone());
    QString error;
    const QList<ActionItemRow> rows =
        ActionItemCatalog(*a).rows(query, today, 0, std::numeric_limits<int>::max(), &error);
    if (!error.isEmpty()) {
        printError(error);
        explainDamage();
        return BadInput;
    }
    if (m_parser.isSet(QStringLiteral("csv"))) {
        printOut(QString::fromUtf8(exchange::actionItemsCsv(rows)));
        return Success;
    }
    QString out;
    for (const ActionItemRow& r : rows)
        out += QStringList{oneLine(r.title),
                           oneLine(r.coeTitle),
                           ArchiveActionModel::priorityText(r.priority),
                           oneLine(r.owner),
                           r.due.isValid() ? r.due.toString(Qt::ISODate) : QString(),
                           ArchiveActionModel::statusText(r.status),
                           r.daysOverdue > 0 ? QString::number(r.daysOverdue) : QString(),
                           r.coeUuid.toString(QUuid::WithoutBraces)}
                   .join(QLatin1Char('\t'))
            + QLatin1Char('\n');
    printOut(out);
    return Success;
}

} // namespace hindsight::cli
