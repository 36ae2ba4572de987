// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "analysis/CheckReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace hindsight;
using namespace hindsight::analysis;

namespace {

QSet<QString> keys(const QJsonObject& o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.cbegin(), k.cend());
}

QSet<QString> set(std::initializer_list<const char*> names)
{
    QSet<QString> s;
    for (const char* n : names)
        s.insert(QString::fromLatin1(n));
    return s;
}

} // namespace

class TestCheckReport : public QObject
{
    Q_OBJECT
private slots:
    void exampleJsonIsPinned()
    {
        const QByteArray bytes = checkJson(test::exampleCoe());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "findings": [],
            "gaps": [
                {"from": "2024-03-07T14:02:00Z", "to": "2024-03-07T14:19:00Z", "minutes": 17,
                 "explained": true, "approximate": false},
                {"from": "2024-03-07T15:11:00Z", "to": "2024-03-07T15:45:00Z", "minutes": 34,
                 "explained": true, "approximate": false}
            ],
            "durations": {"detect": 17, "diagnose": 33, "mitigate": 45, "resolve": 69}
        })")
                                         .object();
        QCOMPARE(doc.object(), expected);
        QVERIFY(bytes.endsWith('\n'));
    }

    void findingShapeAndNulls()
    {
        Coe c = test::exampleCoe();
        c.timeline[3].gapExplanation.clear();
        c.timeline[2].approximate = true;
        c.timeline[7].milestone = Milestone::None; // no diagnosed: diagnose is null
        c.metrics.clear();
        const QJsonObject root = checkReportJson(makeCheckReport(c));
        QCOMPARE(keys(root), set({"findings", "gaps", "durations"}));

        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 3);
        for (const QJsonValue& v : findings) {
            QCOMPARE(keys(v.toObject()), set({"id", "level", "section", "location", "message"}));
            QCOMPARE(keys(v.toObject().value(QStringLiteral("location")).toObject()),
                     set({"row", "field", "path"}));
        }
        const QJsonObject gap = findings.at(0).toObject();
        QCOMPARE(gap.value(QStringLiteral("id")).toString(), QStringLiteral("timeline.gap-unexplained"));
        QCOMPARE(gap.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(gap.value(QStringLiteral("section")).toString(), QStringLiteral("timeline"));
        QCOMPARE(gap.value(QStringLiteral("location")).toObject(),
                 (QJsonObject{{QStringLiteral("row"), 3},
                              {QStringLiteral("field"), QStringLiteral("gap_explanation")},
                              {QStringLiteral("path"), QStringLiteral("$.timeline[3].gap_explanation")}}));
        QVERIFY(gap.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Around 17 minute(s)")));

        const QJsonObject metrics = findings.at(2).toObject();
        QCOMPARE(metrics.value(QStringLiteral("id")).toString(), QStringLiteral("metrics.none"));
        QCOMPARE(metrics.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        const QJsonObject noRow = metrics.value(QStringLiteral("location")).toObject();
        QVERIFY(noRow.value(QStringLiteral("row")).isNull());
        QVERIFY(noRow.value(QStringLiteral("field")).isNull());
        QCOMPARE(noRow.value(QStringLiteral("path")).toString(), QStringLiteral("$.metrics"));

        const QJsonArray gaps = root.value(QStringLiteral("gaps")).toArray();
        QCOMPARE(gaps.size(), 2);
        QCOMPARE(keys(gaps.at(0).toObject()), set({"from", "to", "minutes", "explained", "approximate"}));
        QCOMPARE(gaps.at(0).toObject().value(QStringLiteral("explained")).toBool(), false);
        QCOMPARE(gaps.at(0).toObject().value(QStringLiteral("approximate")).toBool(), true);

        const QJsonObject d = root.value(QStringLiteral("durations")).toObject();
        QCOMPARE(keys(d), set({"detect", "diagnose", "mitigate", "resolve"}));
        QVERIFY(d.value(QStringLiteral("diagnose")).isNull());
        QCOMPARE(d.value(QStringLiteral("detect")).toInt(), 17);
    }

    void instantsAreRfc3339Utc()
    {
        const QDateTime ny(QDate(2024, 3, 10), QTime(1, 50),
                           QTimeZone(QByteArrayLiteral("America/New_York")));
        QCOMPARE(rfc3339Utc(ny), QStringLiteral("2024-03-10T06:50:00Z"));
        QCOMPARE(rfc3339Utc(QDateTime(QDate(2024, 3, 7), QTime(14, 2, 5), QTimeZone::utc())),
                 QStringLiteral("2024-03-07T14:02:05Z"));
    }

    void hasErrorsOnlyForErrorLevel()
    {
        QVERIFY(!hasErrors({}));
        Finding note{QStringLiteral("related.none"), Level::Note, {}, QStringLiteral("x")};
        Finding warning{QStringLiteral("summary.short"), Level::Warning, {}, QStringLiteral("x")};
        Finding error{QStringLiteral("summary.empty"), Level::Error, {}, QStringLiteral("x")};
        QVERIFY(!hasErrors({note, warning}));
        QVERIFY(hasErrors({note, error, warning}));

        QVERIFY(!hasErrors(makeCheckReport(test::exampleCoe()).findings));
        Coe c = test::exampleCoe();
        c.related.clear();
        c.timeline[3].gapExplanation.clear();
        QVERIFY(!hasErrors(makeCheckReport(c).findings)); // a note and a warning
        c.whys.clear();
        QVERIFY(hasErrors(makeCheckReport(c).findings));
    }

    void exampleText()
    {
        const QString text = checkText(test::exampleCoe());
        const QString expected =
            QStringLiteral("Review check: Checkout API returned HTTP 503 after a configuration rollout\n"
                           "No findings.\n"
                           "\n"
                           "Gaps longer than 15 minute(s)\n"
                           "  2024-03-07 14:02 UTC -> 2024-03-07 14:19 UTC  17 min          explained\n"
                           "  2024-03-07 15:11 UTC -> 2024-03-07 15:45 UTC  34 min          explained\n"
                           "\n"
                           "Durations\n"
                           "  Time to detect     17 min\n"
                           "  Time to diagnose   33 min\n"
                           "  Time to mitigate   45 min\n"
                           "  Time to resolve    69 min\n");
        QCOMPARE(text, expected);
    }

    void textGroupsBySection()
    {
        Coe c = test::exampleCoe();
        c.summary.clear();
        c.timeline[11].gapExplanation.clear();
        c.timeline[11].approximate = true;
        c.timeline[3].milestone = Milestone::None;
        c.related.clear();
        const QString text = checkText(c, CheckOptions{20, 14, {}});
        QVERIFY2(text.contains(QStringLiteral("1 error(s), 2 warning(s), 2 note(s)\n")), qPrintable(text));
        const qsizetype summary =
            text.indexOf(QStringLiteral("\nSummary\n  error    summary.empty $.summary\n    Write"));
        const qsizetype timeline =
            text.indexOf(QStringLiteral("\nTimeline\n  warning  timeline.missing-milestone $.timeline\n    "
                                        "No entry is marked as detected"));
        const qsizetype related =
            text.indexOf(QStringLiteral("\nRelated items\n  note     related.none $.related\n"));
        QVERIFY2(summary > 0 && timeline > summary && related > timeline, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "Gaps longer than 20 minute(s)\n"
                     "  2024-03-07 15:11 UTC -> 2024-03-07 15:45 UTC  around 34 min   NOT explained\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("  Time to detect     none: No timeline entry is marked “detected”.\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  Time to resolve    69 min\n")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCheckReport)
#include "TestCheckReport.moc"
