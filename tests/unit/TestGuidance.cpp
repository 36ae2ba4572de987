// SPDX-License-Identifier: MIT
#include "document/Completeness.h"
#include "document/Guidance.h"

#include <QLocale>
#include <QTest>

using namespace hindsight;
using S = analysis::Section;

class TestGuidance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The texts checked below are the English ones, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void spanishVariantsLoad()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));
        const QString es = guidanceMarkdown(S::Timeline);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString en = guidanceMarkdown(S::Timeline);
        QVERIFY(!es.isEmpty());
        QVERIFY(es != en);
    }

    void everySectionHasGuidance()
    {
        for (S s : {S::Summary, S::Impact, S::Timeline, S::Metrics, S::Questions, S::Whys, S::Actions, S::Related})
            QVERIFY2(guidanceMarkdown(s).size() > 80, qPrintable(analysis::toString(s)));
        QVERIFY(guidanceMarkdown(S::Timeline).contains(QStringLiteral("silence")));
    }

    void standardQuestionsCoverEveryArea()
    {
        const QList<Question> questions = standardQuestions();
        QVERIFY(questions.size() >= 8);
        for (QuestionArea area : allValues<QuestionArea>()) {
            int n = 0;
            for (const auto& q : questions)
                n += q.area == area;
            QVERIFY2(n > 0, qPrintable(toString(area)));
        }
        bool halve = false;
        for (const auto& q : questions)
            halve = halve || q.question == QLatin1String("How could we cut the time to detect in half?");
        QVERIFY(halve);
        // Grouped by area, in the order of the areas.
        for (int i = 1; i < questions.size(); ++i)
            QVERIFY(int(questions[i - 1].area) <= int(questions[i].area));
        const Coe coe = makeNewCoeForEditing(QStringLiteral("x"));
        QCOMPARE(coe.questions, questions);
    }

    void completenessMarks()
    {
        Coe c = makeNewCoeForEditing();
        QCOMPARE(completeness(c, S::Summary), Completeness::Empty);
        QCOMPARE(completeness(c, S::Questions), Completeness::Empty);
        c.title = QStringLiteral("Checkout failed");
        QCOMPARE(completeness(c, S::Summary), Completeness::InProgress);
        c.severity = 2;
        c.owner = QStringLiteral("Dana");
        c.summary = QStringLiteral("It broke.");
        QCOMPARE(completeness(c, S::Summary), Completeness::Complete);
        c.questions[0].answer = QStringLiteral("At 14:19.");
        QCOMPARE(completeness(c, S::Questions), Completeness::InProgress);
        ActionItem a;
        a.title = QStringLiteral("Fix");
        c.actionItems << a;
        QCOMPARE(completeness(c, S::Actions), Completeness::InProgress);
        c.actionItems[0].owner = QStringLiteral("Lee");
        c.actionItems[0].due = QDate(2024, 3, 21);
        c.actionItems[0].priority = Priority::High;
        QCOMPARE(completeness(c, S::Actions), Completeness::Complete);
    }
};

QTEST_GUILESS_MAIN(TestGuidance)
#include "TestGuidance.moc"
