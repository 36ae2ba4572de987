// SPDX-License-Identifier: MIT
#include "DisplayNames.h"

#include <QCoreApplication>

#include <cmath>

namespace hindsight::report {

QString displayName(Status v)
{
    switch (v) {
    case Status::Draft:
        return QCoreApplication::translate("DisplayNames", "Draft");
    case Status::InReview:
        return QCoreApplication::translate("DisplayNames", "In review");
    case Status::Approved:
        return QCoreApplication::translate("DisplayNames", "Approved");
    case Status::Closed:
        return QCoreApplication::translate("DisplayNames", "Closed");
    }
    return {};
}

QString displayName(Milestone v)
{
    switch (v) {
    case Milestone::None:
        return {};
    case Milestone::Trigger:
        return QCoreApplication::translate("DisplayNames", "Trigger");
    case Milestone::ImpactStart:
        return QCoreApplication::translate("DisplayNames", "Impact start");
    case Milestone::Detected:
        return QCoreApplication::translate("DisplayNames", "Detected");
    case Milestone::Diagnosed:
        return QCoreApplication::translate("DisplayNames", "Diagnosed");
    case Milestone::Mitigated:
        return QCoreApplication::translate("DisplayNames", "Mitigated");
    case Milestone::Resolved:
        return QCoreApplication::translate("DisplayNames", "Resolved");
    }
    return {};
}

QString displayName(MetricRole v)
{
    switch (v) {
    case MetricRole::None:
        return {};
    case MetricRole::Impact:
        return QCoreApplication::translate("DisplayNames", "Impact");
    case MetricRole::Detection:
        return QCoreApplication::translate("DisplayNames", "Detection");
    case MetricRole::Monitoring:
        return QCoreApplication::translate("DisplayNames", "Monitoring");
    }
    return {};
}

QString displayName(QuestionArea v)
{
    switch (v) {
    case QuestionArea::Detection:
        return QCoreApplication::translate("DisplayNames", "Detection");
    case QuestionArea::Diagnosis:
        return QCoreApplication::translate("DisplayNames", "Diagnosis");
    case QuestionArea::Mitigation:
        return QCoreApplication::translate("DisplayNames", "Mitigation");
    case QuestionArea::Prevention:
        return QCoreApplication::translate("DisplayNames", "Prevention");
    }
    return {};
}

QString displayName(Priority v)
{
    switch (v) {
    case Priority::None:
        return {};
    case Priority::High:
        return QCoreApplication::translate("DisplayNames", "High");
    case Priority::Medium:
        return QCoreApplication::translate("DisplayNames", "Medium");
    case Priority::Low:
        return QCoreApplication::translate("DisplayNames", "Low");
    }
    return {};
}

QString displayName(ActionStatus v)
{
    switch (v) {
    case ActionStatus::Open:
        return QCoreApplication::translate("DisplayNames", "Open");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("DisplayNames", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("DisplayNames", "Done");
    case ActionStatus::WontDo:
        return QCoreApplication::translate("DisplayNames", "Won't do");
    }
    return {};
}

QString displayName(ActionKind v)
{
    switch (v) {
    case ActionKind::None:
        return {};
    case ActionKind::Prevent:
        return QCoreApplication::translate("DisplayNames", "Prevent");
    case ActionKind::Detect:
        return QCoreApplication::translate("DisplayNames", "Detect");
    case ActionKind::Diagnose:
        return QCoreApplication::translate("DisplayNames", "Diagnose");
    case ActionKind::Mitigate:
        return QCoreApplication::translate("DisplayNames", "Mitigate");
    case ActionKind::Other:
        return QCoreApplication::translate("DisplayNames", "Other");
    }
    return {};
}

QString displayName(Pillar v)
{
    switch (v) {
    case Pillar::SecurityConfidentiality:
        return QCoreApplication::translate("DisplayNames", "Security (confidentiality)");
    case Pillar::SecurityIntegrity:
        return QCoreApplication::translate("DisplayNames", "Security (integrity)");
    case Pillar::SecurityAvailability:
        return QCoreApplication::translate("DisplayNames", "Security (availability)");
    case Pillar::Reliability:
        return QCoreApplication::translate("DisplayNames", "Reliability");
    case Pillar::PerformanceEfficiency:
        return QCoreApplication::translate("DisplayNames", "Performance efficiency");
    case Pillar::CostOptimization:
        return QCoreApplication::translate("DisplayNames", "Cost optimization");
    case Pillar::Operations:
        return QCoreApplication::translate("DisplayNames", "Operational excellence");
    }
    return {};
}

QString formatMinutes(qint64 minutes)
{
    const bool negative = minutes < 0;
    qint64 m = negative ? -minutes : minutes;
    const qint64 days = m / (24 * 60);
    m -= days * 24 * 60;
    const qint64 hours = m / 60;
    m -= hours * 60;
    QString text;
    if (days > 0)
        text = QCoreApplication::translate("DisplayNames", "%1 d %2 h %3 min").arg(days).arg(hours).arg(m, 2, 10, QLatin1Char('0'));
    else if (hours > 0)
        text = QCoreApplication::translate("DisplayNames", "%1 h %2 min").arg(hours).arg(m, 2, 10, QLatin1Char('0'));
    else
        text = QCoreApplication::translate("DisplayNames", "%1 min").arg(m);
    return negative ? QStringLiteral("−") + text : text;
}

QString formatFinancialImpact(const std::optional<FinancialImpact>& impact, const QLocale& locale)
{
    if (!impact)
        return {};
    const double amount = impact->amount;
    // std::trunc, not a cast to qint64: that is undefined beyond its range (1e20, inf, nan).
    const bool whole = std::isfinite(amount) && std::trunc(amount) == amount;
    return QStringLiteral("%1 %2").arg(locale.toString(amount, 'f', whole ? 0 : 2), impact->currency);
}

} // namespace hindsight::report
