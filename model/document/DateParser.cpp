// SPDX-License-Identifier: MIT
#include "document/DateParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hindsight {

namespace {

// The context lupdate files these strings under (the tr() calls are in
// DateParser's member functions).
QString tr(const char* text)
{
    return QCoreApplication::translate("hindsight::DateParser", text);
}

} // namespace

DateParser::Result DateParser::parse(const QString& text, const QLocale& locale)
{
    const QString t = text.trimmed();
    Result r;
    if (t.isEmpty()) {
        r.error = tr("Type a date, such as 2017-03-15.");
        return r;
    }
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = iso.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            r.error = tr("“%1” is not a date in the calendar.").arg(t);
        r.date = d;
        return r;
    }
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QDate d = locale.toDate(t, shortFormat);
    if (d.isValid() && !shortFormat.contains(QLatin1String("yyyy")) && d.year() < 2000)
        d = d.addYears(100); // a two-digit year is in this century
    if (d.isValid()) {
        r.date = d;
        return r;
    }
    r.error = tr("“%1” is not a date: type it as 2017-03-15, 20170315 or %2.")
                  .arg(t, locale.toString(QDate(2017, 3, 15), QLocale::ShortFormat));
    return r;
}

QString DateParser::format(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace hindsight
