// SPDX-License-Identifier: MIT
// Templates (issue #16): the JSON format's round trip and errors, the store
// (built-ins protected), and a change of template on a document.
#include "document/CoeDocument.h"
#include "document/Guidance.h"
#include "templates/TemplateJson.h"
#include "templates/TemplateStore.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::templates;

class TestTemplates : public QObject
{
    Q_OBJECT

    static Template sample()
    {
        Template t;
        t.id = QStringLiteral("payments");
        t.name = QStringLiteral("Payments «outage»");
        t.kind = QStringLiteral("outage");
        t.questions = {{QuestionArea::Detection, QStringLiteral("Which alarm fired?"), {}},
                       {QuestionArea::Prevention, QStringLiteral("Which check stops it?"), {}}};
        t.guidance.insert(analysis::Section::Timeline, QStringLiteral("## Timeline\n\nUse the *payment* log."));
        t.defaultTags = {QStringLiteral("payments")};
        t.defaultServices = {QStringLiteral("checkout"), QStringLiteral("ledger")};
        t.requiredSections = {RequiredItem::Metrics};
        Requirements r = Requirements::methodDefaults();
        r.forSeverity(4).setRequired(RequiredItem::Whys, true);
        r.forSeverity(4).minWhys = 2;
        r.medium = DueTarget{10, true};
        t.requirements = r;
        return t;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void jsonRoundTrip()
    {
        const Template t = sample();
        QStringList errors;
        const std::optional<Template> back = templateFromJson(templateToJson(t), QStringLiteral("x.json"), &errors);
        QVERIFY2(back, qPrintable(errors.join(u'\n')));
        QCOMPARE(*back, t);
        // A template without its own table keeps none.
        Template plain = t;
        plain.requirements.reset();
        QCOMPARE(*templateFromJson(templateToJson(plain), {}, &errors), plain);
    }

    void exportImportThroughTheStore()
    {
        QTemporaryDir dir;
        const TemplateStore store(dir.filePath(QStringLiteral("templates")));
        Template t = sample();
        const QString file = dir.filePath(QStringLiteral("shared.json"));
        QString error;
        QVERIFY2(store.exportFile(t, file, &error), qPrintable(error));
        QStringList errors;
        const std::optional<Template> imported = store.importFile(file, &errors);
        QVERIFY2(imported, qPrintable(errors.join(u'\n')));
        QCOMPARE(*imported, t);
        QCOMPARE(store.find(QStringLiteral("payments")), imported);
        QCOMPARE(store.find(QStringLiteral("payments «OUTAGE»"))->id, QStringLiteral("payments"));
        // Imported again: a second template under a free id, the first kept.
        const std::optional<Template> again = store.importFile(file, &errors);
        QVERIFY(again);
        QCOMPARE(again->id, QStringLiteral("payments-2"));
        QCOMPARE(store.userTemplates().size(), 2);
    }

    void readerErrorsNameFileAndPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("t.json: $: not valid JSON");
        QTest::newRow("format") << QByteArray(R"({"format":"hindsight-coe","version":"1.0","name":"a"})")
                                << QStringLiteral("t.json: $.format: expected \"hindsight-template\"");
        QTest::newRow("version") << QByteArray(R"({"format":"hindsight-template","version":"2.0","name":"a"})")
                                 << QStringLiteral("t.json: $.version: version 2.0 is not supported");
        QTest::newRow("name") << QByteArray(R"({"format":"hindsight-template","version":"1.0"})")
                              << QStringLiteral("t.json: $.name: missing");
        QTest::newRow("question")
            << QByteArray(R"({"format":"hindsight-template","version":"1.0","name":"a",)"
                          R"("questions":{"detection":["ok", 3]}})")
            << QStringLiteral("t.json: $.questions.detection[1]: expected a string");
        QTest::newRow("area") << QByteArray(R"({"format":"hindsight-template","version":"1.0","name":"a",)"
                                            R"("questions":{"detektion":[]}})")
                              << QStringLiteral("t.json: $.questions.detektion: unknown area");
        QTest::newRow("step") << QByteArray(R"({"format":"hindsight-template","version":"1.0","name":"a",)"
                                            R"("guidance":{"ending":"x"}})")
                              << QStringLiteral("t.json: $.guidance.ending: unknown step");
        QTest::newRow("table item")
            << QByteArray(R"({"format":"hindsight-template","version":"1.0","name":"a",)"
                          R"("required_by_severity":{"2":{"items":["summary","poem"]}}})")
            << QStringLiteral("t.json: $.required_by_severity.2.items[1]: unknown item \"poem\"");
        QTest::newRow("due target")
            << QByteArray(R"({"format":"hindsight-template","version":"1.0","name":"a",)"
                          R"("required_by_severity":{"due_targets":{"high":{"days":-1}}}})")
            << QStringLiteral("t.json: $.required_by_severity.due_targets.high.days: expected a whole number");
        // Beyond int: refused before any conversion (converting it is undefined).
        QTest::newRow("huge count")
            << QByteArray(R"({"format":"hindsight-template","version":"1.0","name":"a",)"
                          R"("required_by_severity":{"1":{"min_whys":1e300}}})")
            << QStringLiteral("t.json: $.required_by_severity.1.min_whys: expected a whole number");
    }

    void readerErrorsNameFileAndPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QStringList errors;
        QVERIFY(!templateFromJson(json, QStringLiteral("t.json"), &errors));
        QVERIFY2(!errors.isEmpty() && errors.first().startsWith(expected), qPrintable(errors.join(u'\n')));
    }

    void laterMinorVersionIsRead()
    {
        QStringList errors;
        const auto t = templateFromJson(
            R"({"format":"hindsight-template","version":"1.4","name":"a","new_key":1})", {}, &errors);
        QVERIFY2(t, qPrintable(errors.join(u'\n')));
        QCOMPARE(t->kind, QStringLiteral("custom"));
    }

    void builtInsAreProtected()
    {
        QTemporaryDir dir;
        const TemplateStore store(dir.path());
        const QList<Template> builtIns = builtInTemplates();
        QCOMPARE(builtIns.size(), 4);
        QStringList ids;
        for (const Template& t : builtIns) {
            ids << t.id;
            QVERIFY(t.builtIn);
            QVERIFY(!t.questions.isEmpty());
            for (QuestionArea area : allValues<QuestionArea>())
                QVERIFY2(!t.questionsOf(area).isEmpty(), qPrintable(t.id));
        }
        QCOMPARE(ids, (QStringList{"outage", "security", "data-loss", "near-miss"}));
        // The outage template asks the program's standard questions.
        QCOMPARE(builtIns.first().questions, standardQuestions());
        QString error;
        QVERIFY(!store.remove(QStringLiteral("security"), &error));
        QVERIFY(!error.isEmpty());
        Template security = builtIns.at(1);
        QVERIFY(!store.save(security, &error));
        security.builtIn = false; // still a built-in's id
        QVERIFY(!store.save(security, &error));
        QCOMPARE(store.all().size(), 4);
        // A duplicate is the user's, under a free id, and can be saved, edited and deleted.
        Template copy = store.duplicate(builtIns.at(1));
        QVERIFY(!copy.builtIn);
        QVERIFY(!isBuiltInId(copy.id));
        QCOMPARE(copy.questions, builtIns.at(1).questions);
        QVERIFY2(store.save(copy, &error), qPrintable(error));
        QCOMPARE(store.all().size(), 5);
        QVERIFY(store.remove(copy.id, &error));
        QCOMPARE(store.all().size(), 4);
        // A file in the folder named like a built-in is not taken for it.
        QFile fake(dir.filePath(QStringLiteral("outage.json")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(templateToJson(sample()));
        fake.close();
        QCOMPARE(store.all().size(), 4);
        QVERIFY(store.find(QStringLiteral("outage"))->builtIn);
    }

    void templateChangeAddsQuestionsKeepsAnswersInOneUndoStep()
    {
        Coe coe = makeNewCoe(QStringLiteral("t"));
        coe.questions = {{QuestionArea::Detection, QStringLiteral("Which alarm fired?"), QStringLiteral("None.")},
                         {QuestionArea::Diagnosis, QStringLiteral("Old question"), QStringLiteral("Answered.")},
                         {QuestionArea::Mitigation, QStringLiteral("Unanswered one"), {}}};
        coe.tags = {QStringLiteral("PAYMENTS")};
        coe.templateName = QStringLiteral("outage");
        CoeDocument doc(coe);
        const Coe before = doc.coe();
        QVERIFY(doc.applyTemplate(sample()));
        QCOMPARE(doc.undoStack()->count(), 1);
        const Coe& after = doc.coe();
        QCOMPARE(after.templateName, QStringLiteral("payments"));
        // Every earlier question stays with its answer; the template's new one
        // comes after its area; the one already asked (same words) is not repeated.
        QCOMPARE(after.questions.size(), 4);
        QCOMPARE(after.questions.at(0), before.questions.at(0));
        QCOMPARE(after.questions.at(1), before.questions.at(1));
        QCOMPARE(after.questions.at(2), before.questions.at(2));
        QCOMPARE(after.questions.at(3).question, QStringLiteral("Which check stops it?"));
        QVERIFY(after.questions.at(3).area == QuestionArea::Prevention);
        QCOMPARE(after.tags, QStringList{QStringLiteral("PAYMENTS")}); // not repeated in another case
        QCOMPARE(after.services, (QStringList{"checkout", "ledger"}));
        // Applying it again changes nothing.
        QVERIFY(!doc.applyTemplate(sample()));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.coe().sameContent(before));
        QCOMPARE(doc.coe().updatedAt, before.updatedAt);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "TestTemplates.moc"
