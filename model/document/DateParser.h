// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace hindsight {

// Reads the dates people type into date fields (due dates, filter ranges).
//
// Accepted: ISO "2017-03-15", compact "20170315" and the locale's short date
// format (a two-digit year is in this century). Anything else, and any date
// that does not exist ("2017-02-30"), is refused with a message: a typed
// date is never turned into another date.
class DateParser
{
public:
    struct Result
    {
        QDate date;    // invalid: refused (see error)
        QString error; // translated
        bool ok() const { return date.isValid(); }
    };

    static Result parse(const QString& text, const QLocale& locale = QLocale());
    // The form fields show: ISO "2017-03-15".
    static QString format(const QDate& date);
};

} // namespace hindsight
