// SPDX-License-Identifier: MIT
#include "document/TimeParser.h"

#include <QTest>

using namespace hindsight;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestTimeParser : public QObject
{
    Q_OBJECT
private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime ref = utc(2024, 3, 7, 13, 55);
        Q_UNUSED(ref);
        QTest::newRow("date time, display zone UTC") << "2024-03-07 14:02" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("date time, display zone Bogota")
            << "2024-03-07 14:02" << QByteArray("America/Bogota") << utc(2024, 3, 7, 19, 2);
        QTest::newRow("bare time on the reference day") << "14:02" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("bare time with seconds") << "14:02:11" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2, 11);
        QTest::newRow("PST") << "14:02 PST" << QByteArray("UTC") << utc(2024, 3, 7, 22, 2);
        QTest::newRow("pdt lower case") << "14:02 pdt" << QByteArray("UTC") << utc(2024, 3, 7, 21, 2);
        QTest::newRow("CEST") << "2024-03-07 14:02 CEST" << QByteArray("UTC") << utc(2024, 3, 7, 12, 2);
        QTest::newRow("CET") << "2024-03-07 14:02 CET" << QByteArray("UTC") << utc(2024, 3, 7, 13, 2);
        QTest::newRow("EST") << "09:02 EST" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("GMT") << "14:02 GMT" << QByteArray("Europe/Dublin") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("ISO Z") << "2024-03-07T14:02:11Z" << QByteArray("America/Bogota") << utc(2024, 3, 7, 14, 2, 11);
        QTest::newRow("ISO offset") << "2024-03-07T06:02:00-08:00" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("ISO compact offset") << "2024-03-07T15:02+0100" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("IANA name") << "2024-03-07 09:02 America/New_York" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("PT follows the clocks, winter") << "2024-03-07 06:02 PT" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("PT follows the clocks, summer") << "2024-07-07 07:02 PT" << QByteArray("UTC") << utc(2024, 7, 7, 14, 2);
        QTest::newRow("pm") << "2:02 pm" << QByteArray("UTC") << utc(2024, 3, 7, 14, 2);
        QTest::newRow("12 am") << "12:30 AM" << QByteArray("UTC") << utc(2024, 3, 7, 0, 30);
        QTest::newRow("fraction") << "2024-03-07T14:02:11.250Z" << QByteArray("UTC")
                                  << utc(2024, 3, 7, 14, 2, 11).addMSecs(250);
    }
    void formats()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, expected);
        const auto r = TimeParser::parse(text, QTimeZone(zone), utc(2024, 3, 7, 13, 55));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(*r.at, expected);
        QCOMPARE(r.at->timeSpec(), Qt::UTC);
    }

    void bareTimeTakesTheDayInTheDisplayZone()
    {
        // 03:00 UTC on the 8th is still the 7th in Bogota.
        const auto r = TimeParser::parse(QStringLiteral("22:30"), QTimeZone("America/Bogota"), utc(2024, 3, 8, 3, 0));
        QVERIFY(r.ok());
        QCOMPARE(*r.at, utc(2024, 3, 8, 3, 30));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "yesterday afternoon";
        QTest::newRow("hour 25") << "25:00";
        QTest::newRow("minute 61") << "14:61";
        QTest::newRow("bad date") << "2024-02-30 10:00";
        QTest::newRow("unknown zone") << "14:02 XYZ";
        QTest::newRow("unknown IANA") << "14:02 Mars/Olympus";
        QTest::newRow("13 pm") << "13:00 pm";
        QTest::newRow("trailing text") << "14:02 and then";
    }
    void rejects()
    {
        QFETCH(QString, text);
        const auto r = TimeParser::parse(text, QTimeZone::utc(), utc(2024, 3, 7, 0, 0));
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }

    void dstGapIsRefused()
    {
        // 2024-03-10 02:30 never happened in Los Angeles.
        const QTimeZone la("America/Los_Angeles");
        const auto r = TimeParser::parse(QStringLiteral("2024-03-10 02:30"), la);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("America/Los_Angeles")));
        // Just around it is fine.
        QCOMPARE(*TimeParser::parse(QStringLiteral("2024-03-10 01:59"), la).at, utc(2024, 3, 10, 9, 59));
        QCOMPARE(*TimeParser::parse(QStringLiteral("2024-03-10 03:00"), la).at, utc(2024, 3, 10, 10, 0));
    }

    void dstOverlapTakesTheEarlierUnlessSaid()
    {
        // 2024-11-03 01:30 happened twice in Los Angeles: 08:30 UTC (PDT), 09:30 UTC (PST).
        const QTimeZone la("America/Los_Angeles");
        QCOMPARE(*TimeParser::parse(QStringLiteral("2024-11-03 01:30"), la).at, utc(2024, 11, 3, 8, 30));
        QCOMPARE(*TimeParser::parse(QStringLiteral("2024-11-03 01:30 PDT"), la).at, utc(2024, 11, 3, 8, 30));
        QCOMPARE(*TimeParser::parse(QStringLiteral("2024-11-03 01:30 PST"), la).at, utc(2024, 11, 3, 9, 30));
        // Europe, fall back at 01:00 UTC on 2024-10-27.
        const QTimeZone dublin("Europe/Dublin");
        QCOMPARE(*TimeParser::parse(QStringLiteral("2024-10-27 01:30"), dublin).at, utc(2024, 10, 27, 0, 30));
    }

    void approximateMark()
    {
        const auto r = TimeParser::parse(QStringLiteral("~23:00"), QTimeZone::utc(), utc(2024, 3, 7, 0, 0));
        QVERIFY(r.ok());
        QVERIFY(r.approximate);
        QVERIFY(!TimeParser::parse(QStringLiteral("23:00"), QTimeZone::utc(), utc(2024, 3, 7, 0, 0)).approximate);
    }

    void formatShowsZoneAndDate()
    {
        QCOMPARE(TimeParser::format(utc(2024, 3, 7, 14, 2), QTimeZone::utc()), QStringLiteral("2024-03-07 14:02 UTC"));
        QCOMPARE(TimeParser::format(utc(2024, 3, 7, 22, 2), QTimeZone("America/Los_Angeles")),
                 QStringLiteral("2024-03-07 14:02 PST"));
        QCOMPARE(TimeParser::format(utc(2024, 3, 7, 14, 2), QTimeZone("America/Bogota")),
                 QStringLiteral("2024-03-07 09:02 UTC-05"));
        QCOMPARE(TimeParser::format(utc(2024, 3, 7, 14, 2), QTimeZone::utc(), true),
                 QStringLiteral("≈ 2024-03-07 14:02 UTC"));
        // What formatForEdit writes, parse reads back.
        const QTimeZone bogota("America/Bogota");
        const QDateTime at = utc(2024, 3, 7, 14, 2, 11);
        QCOMPARE(*TimeParser::parse(TimeParser::formatForEdit(at, bogota), bogota).at, at);
    }

    void pasteLines()
    {
        const QString text = QStringLiteral("[14:02] alice: first 503s in the logs\n"
                                            "\n"
                                            "2024-03-07T14:19:00Z ERROR alarm CheckoutErrorRate fired\n"
                                            "- 14:24 on-call acknowledges\n"
                                            "  and opens the channel\n"
                                            "14:31 - database ruled out\n"
                                            "* 15:04 PST rollback done\n"
                                            "no time here\n"
                                            "25:99 broken\n");
        const auto lines = TimeParser::parseLines(text, QTimeZone::utc(), utc(2024, 3, 7, 13, 55));
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].ok);
        QCOMPARE(lines[0].entry.at, utc(2024, 3, 7, 14, 2));
        QCOMPARE(lines[0].entry.text, QStringLiteral("alice: first 503s in the logs"));
        QVERIFY(lines[1].ok);
        QCOMPARE(lines[1].entry.at, utc(2024, 3, 7, 14, 19));
        QCOMPARE(lines[1].entry.text, QStringLiteral("ERROR alarm CheckoutErrorRate fired"));
        QCOMPARE(lines[2].entry.at, utc(2024, 3, 7, 14, 24));
        QCOMPARE(lines[2].entry.text, QStringLiteral("on-call acknowledges and opens the channel"));
        QCOMPARE(lines[3].entry.text, QStringLiteral("database ruled out"));
        QCOMPARE(lines[4].entry.at, utc(2024, 3, 7, 23, 4));
        // A line without a time continues the entry before it.
        QCOMPARE(lines[4].entry.text, QStringLiteral("rollback done no time here"));
        QVERIFY(!lines[5].ok);
        QVERIFY(!lines[5].error.isEmpty());
        QCOMPARE(lines[5].source, QStringLiteral("25:99 broken"));
    }

    void pasteLineWithoutPreviousEntryIsReported()
    {
        const auto lines = TimeParser::parseLines(QStringLiteral("hello\n14:00 ok"), QTimeZone::utc(),
                                                  utc(2024, 3, 7, 0, 0));
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines[0].ok);
        QVERIFY(lines[1].ok);
    }

    void pasteBareTimeFollowsPreviousDate()
    {
        const auto lines = TimeParser::parseLines(QStringLiteral("2024-05-01 10:00 start\n10:30 later"),
                                                  QTimeZone::utc(), utc(2024, 3, 7, 0, 0));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].entry.at, utc(2024, 5, 1, 10, 30));
    }
};

QTEST_GUILESS_MAIN(TestTimeParser)
#include "TestTimeParser.moc"
