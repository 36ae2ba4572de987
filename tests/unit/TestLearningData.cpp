// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "exchange/CoeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hindsight;
using namespace hindsight::exchange;

// What a COE gives for learning across incidents (format 1.1, issue #14): the
// template it was started from, how it was detected, its contributing factors
// and the highlighted timeline entries. Read, written back as they came, and
// refused with their JSON path when wrong.
namespace {

const QString kExample = QStringLiteral("format-1.1/checkout-config-rollout-1.1.coe.json");

QString describe(const QList<JsonDiagnostic>& diagnostics)
{
    QStringList lines;
    for (const JsonDiagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QStringList paths(const QList<JsonDiagnostic>& diagnostics)
{
    QStringList out;
    for (const JsonDiagnostic& d : diagnostics)
        out << d.path;
    return out;
}

// The 1.0 example with `key` set to `value` at the top level.
QByteArray withKey(const QString& key, const QJsonValue& value)
{
    QJsonObject doc = CoeJson::toJson(test::exampleCoe());
    doc.insert(key, value);
    return QJsonDocument(doc).toJson();
}

QJsonObject factor(const char* id, const QJsonValue& category, const QJsonArray& whys = {})
{
    QJsonObject f{{QLatin1String("id"), QLatin1String(id)}, {QLatin1String("whys"), whys}};
    if (!category.isUndefined())
        f.insert(QLatin1String("category"), category);
    return f;
}

} // namespace

class TestLearningData : public QObject
{
    Q_OBJECT
private slots:
    void exampleRoundTrip()
    {
        const QByteArray input = test::readData(kExample);
        const JsonReadResult r = CoeJson::read(input);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        for (const JsonDiagnostic& w : r.warnings)
            for (const char* read : {"$.template", "$.detection", "$.contributing_factors", "$.timeline"})
                QVERIFY2(!w.path.startsWith(QLatin1String(read)), qPrintable(w.toString()));
        QCOMPARE(r.coe.templateName, QStringLiteral("outage"));
        QCOMPARE(int(r.coe.detection.source), int(DetectionSource::Alarm));
        QVERIFY(r.coe.detection.description.startsWith(QLatin1String("The 5xx-rate alarm")));
        QCOMPARE(r.coe.factors.size(), 2);
        QCOMPARE(r.coe.factors[0],
                 (ContributingFactor{QStringLiteral("f1"), QStringLiteral("change/configuration"),
                                     QStringLiteral("A connection-pool limit was lowered in a configuration change "
                                                    "that skipped the canary stage."),
                                     {QStringLiteral("w5")}}));
        QCOMPARE(r.coe.factors[1].category, QStringLiteral("detection-gap"));
        QVERIFY(r.coe.factors[1].whys.isEmpty());
        qsizetype highlighted = 0;
        for (const TimelineEntry& e : r.coe.timeline)
            highlighted += e.highlight ? 1 : 0;
        QCOMPARE(highlighted, 3);
        QVERIFY(r.coe.timeline.first().highlight);

        const QJsonObject original = QJsonDocument::fromJson(input).object();
        const QByteArray output = CoeJson::write(r.coe);
        const QJsonObject written = QJsonDocument::fromJson(output).object();
        for (const char* key : {"template", "detection", "contributing_factors", "timeline"})
            QVERIFY2(written.value(QLatin1String(key)) == original.value(QLatin1String(key)), key);
        // In the format's key order: related, template, detection, contributing_factors, review.
        QVERIFY(output.indexOf("\n  \"related\"") < output.indexOf("\n  \"template\""));
        QVERIFY(output.indexOf("\n  \"template\"") < output.indexOf("\n  \"detection\""));
        QVERIFY(output.indexOf("\n  \"detection\"") < output.indexOf("\n  \"contributing_factors\""));
        QVERIFY(output.indexOf("\n  \"contributing_factors\"") < output.indexOf("\n  \"review\""));
        QVERIFY(output.indexOf("\"gap_explanation\"") < output.lastIndexOf("\"highlight\""));

        const JsonReadResult again = CoeJson::read(output);
        QVERIFY2(again.ok(), qPrintable(describe(again.errors)));
        QVERIFY(again.coe.sameContent(r.coe));
        QCOMPARE(CoeJson::write(again.coe), output);
        // sameContent sees each of them.
        for (int field = 0; field < 4; ++field) {
            Coe changed = r.coe;
            switch (field) {
            case 0: changed.templateName = QStringLiteral("security"); break;
            case 1: changed.detection.source = DetectionSource::Audit; break;
            case 2: changed.factors[1].whys << QStringLiteral("w1"); break;
            case 3: changed.timeline[1].highlight = true; break;
            }
            QVERIFY2(!changed.sameContent(r.coe), qPrintable(QString::number(field)));
        }
    }

    // Written only when they hold something: a 1.0 document stays 1.0.
    void writtenOnlyWhenTheyHoldSomething()
    {
        Coe c = test::exampleCoe();
        const QByteArray plain = CoeJson::write(c);
        for (const char* key : {"\n  \"template\"", "\n  \"detection\"", "\"contributing_factors\"", "\"highlight\""})
            QVERIFY2(!plain.contains(key), key);
        c.detection.description = QStringLiteral("A customer wrote in.");
        const QJsonObject detection = CoeJson::toJson(c).value(QLatin1String("detection")).toObject();
        QCOMPARE(detection.keys(), QStringList{QStringLiteral("description")});
    }

    void refusedWithTheirPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        const auto w = [](const char* id) { return QJsonArray{QLatin1String(id)}; };
        QTest::newRow("dangling why") << QStringLiteral("contributing_factors")
                                      << QJsonValue(QJsonArray{factor("f1", QStringLiteral("capacity"), w("w99"))})
                                      << QStringLiteral("$.contributing_factors[0].whys[0]");
        QTest::newRow("duplicate id") << QStringLiteral("contributing_factors")
                                      << QJsonValue(QJsonArray{factor("f1", QStringLiteral("capacity")),
                                                               factor("f1", QStringLiteral("capacity"))})
                                      << QStringLiteral("$.contributing_factors[1].id");
        QTest::newRow("no category") << QStringLiteral("contributing_factors")
                                     << QJsonValue(QJsonArray{factor("f1", QJsonValue::Undefined)})
                                     << QStringLiteral("$.contributing_factors[0].category");
        QTest::newRow("empty category") << QStringLiteral("contributing_factors")
                                        << QJsonValue(QJsonArray{factor("f1", QString())})
                                        << QStringLiteral("$.contributing_factors[0].category");
        QTest::newRow("not a list") << QStringLiteral("contributing_factors") << QJsonValue(QStringLiteral("f1"))
                                    << QStringLiteral("$.contributing_factors");
        QTest::newRow("unknown source") << QStringLiteral("detection")
                                        << QJsonValue(QJsonObject{{QLatin1String("source"), QLatin1String("pager")}})
                                        << QStringLiteral("$.detection.source");
        QTest::newRow("template number") << QStringLiteral("template") << QJsonValue(3)
                                         << QStringLiteral("$.template");
    }

    void refusedWithTheirPath()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        const JsonReadResult r = CoeJson::read(withKey(key, value));
        QVERIFY(!r.ok());
        QVERIFY2(paths(r.errors).contains(path), qPrintable(describe(r.errors)));
    }

    void highlightMustBeTrueOrFalse()
    {
        QJsonObject doc = CoeJson::toJson(test::exampleCoe());
        QJsonArray timeline = doc.value(QLatin1String("timeline")).toArray();
        QJsonObject first = timeline.at(0).toObject();
        first.insert(QLatin1String("highlight"), QStringLiteral("yes"));
        timeline.replace(0, first);
        doc.insert(QLatin1String("timeline"), timeline);
        const JsonReadResult r = CoeJson::read(QJsonDocument(doc).toJson());
        QVERIFY2(paths(r.errors).contains(QStringLiteral("$.timeline[0].highlight")), qPrintable(describe(r.errors)));
    }

    // A document in progress may link a factor to a why not written yet.
    void draftKeepsADanglingWhy()
    {
        const QByteArray bytes =
            withKey(QStringLiteral("contributing_factors"),
                    QJsonArray{factor("f1", QStringLiteral("capacity"), QJsonArray{QLatin1String("w99")})});
        QVERIFY(!CoeJson::read(bytes).ok());
        const JsonReadResult draft = CoeJson::readDraft(bytes);
        QVERIFY2(draft.ok(), qPrintable(describe(draft.errors)));
        QCOMPARE(draft.coe.factors.value(0).whys, QStringList{QStringLiteral("w99")});
    }
};

QTEST_GUILESS_MAIN(TestLearningData)
#include "TestLearningData.moc"
