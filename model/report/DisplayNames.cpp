// SPDX-License-Identifier: MIT
#include "DisplayNames.h"

#include <QCoreApplication>

#include <cmath>

namespace hindsight::report {

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
