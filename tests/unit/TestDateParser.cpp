// SPDX-License-Identifier: MIT
#include "document/DateParser.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace hindsight;

class TestDateParser : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDate>("expected");
        const QDate march15(2017, 3, 15);
        QTest::newRow("ISO") << "2017-03-15" << QLocale::c() << march15;
        QTest::newRow("ISO, spaces") << "  2017-03-15 " << QLocale::c() << march15;
        QTest::newRow("ISO, single digits") << "2017-3-5" << QLocale::c() << QDate(2017, 3, 5);
        QTest::newRow("compact") << "20170315" << QLocale::c() << march15;
        QTest::newRow("ISO in de_DE") << "2017-03-15" << QLocale(QLocale::German, QLocale::Germany) << march15;
        QTest::newRow("C short format") << QLocale::c().toString(march15, QLocale::ShortFormat) << QLocale::c()
                                        << march15;
        QTest::newRow("en_US short format") << "3/15/17" << QLocale(QLocale::English, QLocale::UnitedStates)
                                            << march15;
        QTest::newRow("de_DE short format") << "15.03.17" << QLocale(QLocale::German, QLocale::Germany) << march15;
        QTest::newRow("leap day") << "2016-02-29" << QLocale::c() << QDate(2016, 2, 29);
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        QFETCH(QDate, expected);
        const DateParser::Result r = DateParser::parse(text, locale);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.date, expected);
        QVERIFY(r.error.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("empty") << "" << QLocale::c();
        QTest::newRow("February 30") << "2017-02-30" << QLocale::c();
        QTest::newRow("month 13") << "2017-13-01" << QLocale::c();
        QTest::newRow("not a leap year") << "20170229" << QLocale::c();
        QTest::newRow("day first in C") << "15/03/2017" << QLocale::c();
        QTest::newRow("day first in en_US") << "15/03/2017" << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("word") << "tomorrow" << QLocale::c();
        QTest::newRow("trailing junk") << "2017-03-15x" << QLocale::c();
        QTest::newRow("seven digits") << "2017031" << QLocale::c();
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        const DateParser::Result r = DateParser::parse(text, locale);
        QVERIFY2(!r.ok(), qPrintable(r.date.toString(Qt::ISODate)));
        QVERIFY(!r.error.isEmpty());
    }

    void format()
    {
        QCOMPARE(DateParser::format(QDate(2017, 3, 15)), QStringLiteral("2017-03-15"));
        QCOMPARE(DateParser::parse(DateParser::format(QDate(1999, 12, 31))).date, QDate(1999, 12, 31));
    }

    // The messages are translated: the helper asked for context "DateParser"
    // while lupdate filed its strings under "hindsight::DateParser".
    void messagesAreTranslated()
    {
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral("hindsight_es.qm"), QStringLiteral(HINDSIGHT_QM_DIR)));
        QCoreApplication::installTranslator(&spanish);
        const QString empty = DateParser::parse(QString(), QLocale(QLocale::Spanish)).error;
        const QString notInCalendar = DateParser::parse(QStringLiteral("2017-02-30"), QLocale(QLocale::Spanish)).error;
        QCoreApplication::removeTranslator(&spanish);
        QVERIFY2(!empty.isEmpty() && !empty.startsWith(QStringLiteral("Type a date")), qPrintable(empty));
        QVERIFY2(!notInCalendar.isEmpty() && !notInCalendar.contains(QStringLiteral("is not a date")),
                 qPrintable(notInCalendar));
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "TestDateParser.moc"
