// SPDX-License-Identifier: MIT
#include "exchange/ActionCsv.h"

#include <QCoreApplication>
#include <QStringList>

namespace hindsight::exchange {

namespace {

QString priorityText(Priority p)
{
    switch (p) {
    case Priority::High:
        return QStringLiteral("High");
    case Priority::Medium:
        return QStringLiteral("Medium");
    case Priority::Low:
        return QStringLiteral("Low");
    case Priority::None:
        break;
    }
    return {};
}

QString statusText(ActionStatus s)
{
    switch (s) {
    case ActionStatus::Open:
        return QStringLiteral("Open");
    case ActionStatus::InProgress:
        return QStringLiteral("In Progress");
    case ActionStatus::Done:
        return QStringLiteral("Done");
    case ActionStatus::WontDo:
        return QStringLiteral("Won't Do");
    }
    return {};
}

} // namespace

QString csvField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray actionItemsCsv(const QList<ActionItemRow>& rows)
{
    // Header names are what trackers' CSV importers map by default; they are
    // not translated.
    QString out = QStringLiteral("Summary,Description,Priority,Assignee,Due date,Status,COE,COE uuid\r\n");
    for (const ActionItemRow& r : rows) {
        const QStringList fields = {r.title,
                                    r.description,
                                    priorityText(r.priority),
                                    r.owner,
                                    r.due.isValid() ? r.due.toString(Qt::ISODate) : QString(),
                                    statusText(r.status),
                                    r.coeTitle,
                                    r.coeUuid.toString(QUuid::WithoutBraces)};
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace hindsight::exchange
