// SPDX-License-Identifier: MIT
#include "exchange/ActionCsv.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::exchange;

class TestActionCsv : public QObject
{
    Q_OBJECT

    static ActionItemRow row(const QString& title, const QString& description = {})
    {
        ActionItemRow r;
        r.coeUuid = QUuid::fromString(QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11"));
        r.coeTitle = QStringLiteral("Checkout API returned HTTP 503");
        r.title = title;
        r.description = description;
        r.priority = Priority::High;
        r.owner = QStringLiteral("Dana Ortiz");
        r.due = QDate(2024, 4, 1);
        r.status = ActionStatus::InProgress;
        return r;
    }

private slots:
    void headerAndPlainRow()
    {
        const QByteArray csv = actionItemsCsv({row(QStringLiteral("Validate pool size"), QStringLiteral("In CI"))});
        QCOMPARE(csv,
                 QByteArray("Summary,Description,Priority,Assignee,Due date,Status,COE,COE uuid\r\n"
                            "Validate pool size,In CI,High,Dana Ortiz,2024-04-01,In Progress,"
                            "Checkout API returned HTTP 503,3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11\r\n"));
    }

    void emptyListIsHeaderOnly()
    {
        QCOMPARE(actionItemsCsv({}), QByteArray("Summary,Description,Priority,Assignee,Due date,Status,COE,COE uuid\r\n"));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("= inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("non-ASCII") << QStringLiteral("Zoë’s café") << QStringLiteral("Zoë’s café");
    }
    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csvField(value), field);
    }

    void everyColumnIsEscaped()
    {
        ActionItemRow r = row(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("multi\nline, \"quoted\""));
        r.owner = QStringLiteral("@owner");
        r.coeTitle = QStringLiteral("-title, with comma");
        const QByteArray csv = actionItemsCsv({r});
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(QStringLiteral("'=cmd|' /C calc'!A0,\"multi\nline, \"\"quoted\"\"\",High,'@owner,")));
        QVERIFY(text.contains(QStringLiteral(",\"'-title, with comma\",")));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    }

    void utf8WithoutLoss()
    {
        const QByteArray csv = actionItemsCsv({row(QStringLiteral("Überprüfen: café ☕"))});
        QVERIFY(csv.contains("\xc3\x9c" "berpr\xc3\xbc" "fen: caf\xc3\xa9 \xe2\x98\x95"));
        QVERIFY(!csv.startsWith("\xef\xbb\xbf")); // no byte-order mark
    }
};

QTEST_GUILESS_MAIN(TestActionCsv)
#include "TestActionCsv.moc"
