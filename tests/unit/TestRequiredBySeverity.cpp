// SPDX-License-Identifier: MIT
// Required by severity (issue #16): the review check reads the table of
// CheckOptions::requirements; a missing required item is an error for that
// severity and silent for the others.
#include "ExampleCoe.h"
#include "analysis/ReviewCheck.h"
#include "settings/Settings.h"
#include "templates/CheckRequirements.h"
#include "templates/TemplateStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::analysis;
using namespace hindsight::templates;

namespace {

QStringList requiredIds(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        if (f.id.startsWith(QLatin1String("required."))) {
            out.append(f.id);
            if (f.level != Level::Error)
                qWarning("%s is not an error", qPrintable(f.id));
        }
    return out;
}

int errorsIn(const QList<Finding>& findings, Section section)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [section](const Finding& f) {
        return f.level == Level::Error && f.location.section == section;
    }));
}

CheckOptions withDefaults()
{
    CheckOptions o;
    o.requirements = Requirements::methodDefaults();
    return o;
}

// The example COE with only two why steps (a chain of two), its actions linked to them.
Coe twoWhys(int severity)
{
    Coe c = test::exampleCoe();
    c.severity = severity;
    while (c.whys.size() > 2)
        c.whys.removeLast();
    c.whys[1].parentId = c.whys[0].id;
    c.whys[1].rootCause = true;
    return c;
}

} // namespace

class TestRequiredBySeverity : public QObject
{
    Q_OBJECT
private slots:
    void withoutATableNothingIsRequired()
    {
        // The default options (every caller before issue #16): no required.* findings.
        QVERIFY(requiredIds(reviewCheck(twoWhys(1))).isEmpty());
    }

    void severityOneWithTwoWhysIsAnError()
    {
        const QList<Finding> findings = reviewCheck(twoWhys(1), withDefaults());
        const QStringList ids = requiredIds(findings);
        QVERIFY2(ids.contains(QStringLiteral("required.whys")), qPrintable(ids.join(u',')));
        for (const Finding& f : findings)
            if (f.id == QLatin1String("required.whys")) {
                QVERIFY(f.level == Level::Error);
                QVERIFY(ruleLevel(f.id) == Level::Error);
                QCOMPARE(locationPath(f.location), QStringLiteral("$.whys"));
                QVERIFY(f.message.contains(QLatin1String("severity 1")));
            }
        // Severity 2 asks the same; the same COE with a third why step passes.
        QVERIFY(requiredIds(reviewCheck(twoWhys(2), withDefaults())).contains(QStringLiteral("required.whys")));
        Coe three = twoWhys(1);
        three.whys.append(WhyStep{QStringLiteral("w-extra"), three.whys[1].id, QStringLiteral("Why?"),
                                  QStringLiteral("Because."), false, false});
        QVERIFY(!requiredIds(reviewCheck(three, withDefaults())).contains(QStringLiteral("required.whys")));
    }

    void theSameCoeAtSeverityFourIsNot()
    {
        for (int severity : {3, 4, 5})
            QVERIFY2(!requiredIds(reviewCheck(twoWhys(severity), withDefaults())).contains(QStringLiteral("required.whys")),
                     qPrintable(QString::number(severity)));
        // Without a severity nothing is required.
        Coe none = twoWhys(1);
        none.severity.reset();
        QVERIFY(requiredIds(reviewCheck(none, withDefaults())).isEmpty());
    }

    void severityFourNeedsSummaryTimelineAndOneAction()
    {
        Coe c = makeNewCoe(QStringLiteral("blip"));
        c.severity = 4;
        // On a blank COE the check's own errors already say these three
        // (summary.empty, timeline.empty, action.none): each is said once.
        QList<Finding> findings = reviewCheck(c, withDefaults());
        QVERIFY2(requiredIds(findings).isEmpty(), qPrintable(requiredIds(findings).join(u',')));
        for (Section s : {Section::Summary, Section::Timeline, Section::Actions})
            QCOMPARE(errorsIn(findings, s), 1);
        // With a summary, a timeline entry and an action, severity 4 asks nothing more.
        Coe filled = test::exampleCoe();
        filled.severity = 4;
        QVERIFY(requiredIds(reviewCheck(filled, withDefaults())).isEmpty());
        // The items the check alone does not require are the table's errors at severity 1.
        c.severity = 1;
        findings = reviewCheck(c, withDefaults());
        const QStringList ids = requiredIds(findings);
        for (const char* id : {"required.impact", "required.milestones", "required.questions", "required.root-cause"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        for (Section s : {Section::Summary, Section::Impact, Section::Timeline, Section::Metrics, Section::Questions,
                          Section::Whys, Section::Actions})
            QVERIFY2(errorsIn(findings, s) >= 1, qPrintable(QString::number(int(s))));
        c.severity = 5;
        QVERIFY(requiredIds(reviewCheck(c, withDefaults())).isEmpty());
    }

    void everyActionNeedsOwnerAndDueAtSeverityOneAndTwo()
    {
        Coe c = test::exampleCoe();
        c.severity = 2;
        c.actionItems[0].owner.clear();
        c.actionItems[1].due = QDate();
        QStringList ids = requiredIds(reviewCheck(c, withDefaults()));
        QCOMPARE(ids.count(QStringLiteral("required.action-owner")), 1);
        QCOMPARE(ids.count(QStringLiteral("required.action-due")), 1);
        c.severity = 4;
        ids = requiredIds(reviewCheck(c, withDefaults()));
        QVERIFY(!ids.contains(QStringLiteral("required.action-owner")));
        QVERIFY(!ids.contains(QStringLiteral("required.action-due")));
    }

    void dueTargetsInDaysAndBusinessDays()
    {
        Coe c = test::exampleCoe();
        c.severity = 1;
        c.createdAt = QDateTime(QDate(2024, 3, 8), QTime(16, 0), QTimeZone::utc()); // a Friday
        c.displayTimeZone = QTimeZone::utc();
        for (ActionItem& a : c.actionItems) {
            a.priority = Priority::High;
            a.status = ActionStatus::Open;
            a.due = QDate(2024, 3, 20); // 12 days, 8 business days
        }
        CheckOptions o = withDefaults();
        o.requirements->high = DueTarget{14, false};
        QVERIFY(!requiredIds(reviewCheck(c, o)).contains(QStringLiteral("required.action-due-target")));
        o.requirements->high = DueTarget{10, false};
        QCOMPARE(requiredIds(reviewCheck(c, o)).count(QStringLiteral("required.action-due-target")),
                 c.actionItems.size());
        o.requirements->high = DueTarget{8, true};
        QVERIFY(!requiredIds(reviewCheck(c, o)).contains(QStringLiteral("required.action-due-target")));
        o.requirements->high = DueTarget{7, true};
        QVERIFY(requiredIds(reviewCheck(c, o)).contains(QStringLiteral("required.action-due-target")));
        QCOMPARE(dueLimit(QDate(2024, 3, 8), DueTarget{1, true}), QDate(2024, 3, 11));
    }

    void aTemplatesOwnTableAndSectionsTakePrecedence()
    {
        QTemporaryDir dir;
        const TemplateStore store(dir.path());
        Coe c = makeNewCoe(QStringLiteral("blip"));
        c.severity = 4;
        c.summary = QStringLiteral("Nothing reached customers.");
        CheckOptions o;
        store.applyRequirements(o, Requirements::methodDefaults());
        // Near miss: its own table asks the summary and one action at every
        // severity (action.none says the missing action), and nothing of the
        // user's table at severity 4 beyond that.
        c.templateName = QStringLiteral("near-miss");
        c.severity = 1;
        QVERIFY2(requiredIds(reviewCheck(c, o)).isEmpty(), qPrintable(requiredIds(reviewCheck(c, o)).join(u',')));
        c.templateName.clear();
        QVERIFY(requiredIds(reviewCheck(c, o)).contains(QStringLiteral("required.impact")));
        // Security: the user's table, plus impact and timeline at every
        // severity (the empty timeline is timeline.empty's error).
        c.templateName = QStringLiteral("security");
        c.severity = 5;
        QCOMPARE(requiredIds(reviewCheck(c, o)), QStringList{QStringLiteral("required.impact")});
        c.templateName.clear();
        QVERIFY(requiredIds(reviewCheck(c, o)).isEmpty());
    }

    void anErrorOfTheCheckIsNotRepeated()
    {
        // An empty summary is always an error (summary.empty); the table's
        // required summary at severity 2 does not say it a second time.
        Coe c = test::exampleCoe();
        c.severity = 2;
        c.summary.clear();
        const QList<Finding> findings = reviewCheck(c, withDefaults());
        int atSummary = 0;
        for (const Finding& f : findings)
            if (f.level == Level::Error && f.location.section == Section::Summary)
                ++atSummary;
        QCOMPARE(atSummary, 1);
        QVERIFY(!requiredIds(findings).contains(QStringLiteral("required.summary")));
        // Where the check alone is silent, the table still speaks.
        c = test::exampleCoe();
        c.severity = 2;
        c.impact.description.clear();
        QVERIFY(requiredIds(reviewCheck(c, withDefaults())).contains(QStringLiteral("required.impact")));
    }

    void theTableIsAUserSetting()
    {
        auto settings = Settings::createTemporary();
        QCOMPARE(settings->requirements(), Requirements::methodDefaults());
        QSignalSpy spy(settings.get(), &Settings::requirementsChanged);
        Requirements r = Requirements::methodDefaults();
        r.forSeverity(4).setRequired(RequiredItem::Whys, true);
        r.forSeverity(4).minWhys = 2;
        r.low = DueTarget{20, true};
        settings->setRequirements(r);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(settings->requirements(), r);
        auto reread = Settings::createForFile(settings->fileName());
        QCOMPARE(reread->requirements(), r);
        const CheckOptions o = checkOptions(*reread, TemplateStore(QDir::tempPath() + QStringLiteral("/no-such-folder")));
        QCOMPARE(*o.requirements, r);
        QVERIFY(requiredIds(reviewCheck(twoWhys(4), o)).isEmpty());
        Coe one = twoWhys(4);
        one.whys.removeLast();
        QVERIFY(requiredIds(reviewCheck(one, o)).contains(QStringLiteral("required.whys")));
        settings->resetRequirements();
        QCOMPARE(settings->requirements(), Requirements::methodDefaults());
    }
};

QTEST_GUILESS_MAIN(TestRequiredBySeverity)
#include "TestRequiredBySeverity.moc"
