// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "analysis/NameMatcher.h"
#include "analysis/ReviewCheck.h"
#include "exchange/CoeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QSet>
#include <QTest>

#include <functional>

using namespace hindsight;
using namespace hindsight::analysis;

namespace {

using Mutation = std::function<void(Coe&)>;

struct Case
{
    const char* name;
    Mutation mutate;
    QStringList expected; // rule ids, with repeats, any order
    CheckOptions options = {};
};

QStringList ids(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out.append(f.id);
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

const Finding* findingWith(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

// Words, no figures, no time: for summaries of a chosen length.
QString words(int n)
{
    QStringList w;
    for (int i = 0; i < n; ++i)
        w.append(QStringLiteral("word"));
    return w.join(QLatin1Char(' '));
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

void removeWhy(Coe& c, const QString& id)
{
    c.whys.removeIf([&](const WhyStep& w) { return w.id == id; });
}

WhyStep& why(Coe& c, const QString& id)
{
    for (WhyStep& w : c.whys)
        if (w.id == id)
            return w;
    qFatal("no why %s", qPrintable(id));
}

ActionItem& action(Coe& c, const QString& id)
{
    for (ActionItem& a : c.actionItems)
        if (a.id == id)
            return a;
    qFatal("no action %s", qPrintable(id));
}

// Every row starts from the example, which is clean: it produces no finding.
const QList<Case>& cases()
{
    static const QList<Case> all{
        // --- summary
        {"summary.empty", [](Coe& c) { c.summary.clear(); }, {QStringLiteral("summary.empty")}},
        {"summary.empty: blank",
         [](Coe& c) { c.summary = QStringLiteral("  \n\t "); },
         {QStringLiteral("summary.empty")}},
        {"summary.short",
         [](Coe& c) { c.summary = QStringLiteral("On 2024-03-07 checkout failed for 69 minutes."); },
         {QStringLiteral("summary.short")}},
        {"summary.short: 39 words",
         [](Coe& c) { c.summary = QStringLiteral("At 14:02 UTC ") + words(36); },
         {QStringLiteral("summary.short")}},
        {"summary.short: 40 words is enough",
         [](Coe& c) { c.summary = QStringLiteral("At 14:02 UTC ") + words(37); },
         {}},
        {"summary.short: markup is not a word",
         [](Coe& c) { c.summary = QStringLiteral("At 14:02 UTC - * > ") + words(36); },
         {QStringLiteral("summary.short")}},
        {"summary.no-time", [](Coe& c) { c.summary = words(60); }, {QStringLiteral("summary.no-time")}},
        {"summary.no-time: both",
         [](Coe& c) { c.summary = words(10); },
         {QStringLiteral("summary.short"), QStringLiteral("summary.no-time")}},
        {"summary time: a duration in words",
         [](Coe& c) { c.summary = words(60) + QStringLiteral(" for two hours"); },
         {}},
        {"summary time: an hour",
         [](Coe& c) { c.summary = words(60) + QStringLiteral(" for about an hour"); },
         {}},
        {"summary time: a month and day",
         [](Coe& c) { c.summary = QStringLiteral("On March 7 ") + words(60); },
         {}},
        {"summary time: am/pm", [](Coe& c) { c.summary = QStringLiteral("At 3 pm PT ") + words(60); }, {}},
        {"summary time: minutes abbreviated",
         [](Coe& c) { c.summary = words(60) + QStringLiteral(" (45 min)."); },
         {}},
        {"summary time: a date with slashes",
         [](Coe& c) { c.summary = QStringLiteral("On 3/7 ") + words(60); },
         {}},
        {"summary time: a weekday",
         [](Coe& c) { c.summary = QStringLiteral("On Thursday ") + words(60); },
         {}},
        {"summary time: a bare number is not a time",
         [](Coe& c) { c.summary = words(60) + QStringLiteral(" 503 errors for 38% of requests, may fail"); },
         {QStringLiteral("summary.no-time")}},

        // --- impact
        {"impact.customers-unknown",
         [](Coe& c) { c.impact.customersAffected.reset(); },
         {QStringLiteral("impact.customers-unknown")}},
        {"impact: zero customers is known", [](Coe& c) { c.impact.customersAffected = 0; }, {}},
        {"impact.no-description",
         [](Coe& c) { c.impact.description = QStringLiteral(" "); },
         {QStringLiteral("impact.no-description")}},
        {"impact.no-pillar", [](Coe& c) { c.impact.pillars.clear(); }, {QStringLiteral("impact.no-pillar")}},
        {"impact: one pillar is enough", [](Coe& c) { c.impact.pillars = {Pillar::Operations}; }, {}},

        // --- timeline
        {"timeline.empty", [](Coe& c) { c.timeline.clear(); }, {QStringLiteral("timeline.empty")}},
        {"timeline.no-trigger",
         [](Coe& c) { c.timeline[0].milestone = Milestone::None; },
         {QStringLiteral("timeline.no-trigger")}},
        {"timeline.missing-milestone: impact start (trigger used)",
         [](Coe& c) { c.timeline[2].milestone = Milestone::None; },
         {QStringLiteral("timeline.missing-milestone")}},
        {"timeline.missing-milestone: detected",
         [](Coe& c) { c.timeline[3].milestone = Milestone::None; },
         {QStringLiteral("timeline.missing-milestone")}},
        {"timeline.missing-milestone: mitigated",
         [](Coe& c) { c.timeline[9].milestone = Milestone::None; },
         {QStringLiteral("timeline.missing-milestone")}},
        {"timeline.missing-milestone: all three and the trigger",
         [](Coe& c) {
             for (TimelineEntry& e : c.timeline)
                 e.milestone = Milestone::None;
         },
         {QStringLiteral("timeline.no-trigger"), QStringLiteral("timeline.missing-milestone"),
          QStringLiteral("timeline.missing-milestone"), QStringLiteral("timeline.missing-milestone")}},
        {"timeline: no diagnosed or resolved is no finding",
         [](Coe& c) {
             c.timeline[7].milestone = Milestone::None;
             c.timeline[10].milestone = Milestone::None;
         },
         {}},
        {"timeline.gap-unexplained",
         [](Coe& c) { c.timeline[3].gapExplanation.clear(); },
         {QStringLiteral("timeline.gap-unexplained")}},
        {"timeline.gap-unexplained: two",
         [](Coe& c) {
             c.timeline[3].gapExplanation = QStringLiteral("  ");
             c.timeline[11].gapExplanation.clear();
         },
         {QStringLiteral("timeline.gap-unexplained"), QStringLiteral("timeline.gap-unexplained")}},
        {"timeline gap: 17 minutes is no gap at threshold 17",
         [](Coe& c) { c.timeline[3].gapExplanation.clear(); },
         {},
         CheckOptions{17, 14, {}}},
        {"timeline gap: 17 minutes is a gap at threshold 16",
         [](Coe& c) { c.timeline[3].gapExplanation.clear(); },
         {QStringLiteral("timeline.gap-unexplained")},
         CheckOptions{16, 14, {}}},
        {"timeline gap: exactly 15 minutes is no gap",
         [](Coe& c) {
             c.timeline[3].gapExplanation.clear();
             c.timeline[3].at = utc(2024, 3, 7, 14, 17);
         },
         {}},
        {"timeline.milestone-order: detected before impact start",
         [](Coe& c) {
             c.timeline[2].milestone = Milestone::None;
             c.timeline[4].milestone = Milestone::ImpactStart; // 14:24, after detected at 14:19
         },
         {QStringLiteral("timeline.milestone-order")}},
        {"timeline.milestone-order: mitigated before detected",
         [](Coe& c) {
             c.timeline[9].milestone = Milestone::None;
             c.timeline[1].milestone = Milestone::Mitigated; // 14:01
         },
         {QStringLiteral("timeline.milestone-order")}},
        {"timeline.milestone-order: resolved before mitigated",
         [](Coe& c) {
             c.timeline[10].milestone = Milestone::None;
             c.timeline[8].milestone = Milestone::Resolved; // 14:58, mitigated at 15:04
         },
         {QStringLiteral("timeline.milestone-order")}},
        {"timeline: mitigated and resolved at the same minute is in order",
         [](Coe& c) { c.timeline[10].at = c.timeline[9].at; },
         {}},
        {"timeline.approximate",
         [](Coe& c) { c.timeline[5].approximate = true; },
         {QStringLiteral("timeline.approximate")}},
        {"timeline.approximate: one per entry",
         [](Coe& c) {
             c.timeline[5].approximate = true;
             c.timeline[6].approximate = true;
         },
         {QStringLiteral("timeline.approximate"), QStringLiteral("timeline.approximate")}},

        // --- metrics
        {"metrics.none", [](Coe& c) { c.metrics.clear(); }, {QStringLiteral("metrics.none")}},
        {"metrics.no-impact",
         [](Coe& c) { c.metrics[0].role = MetricRole::Monitoring; },
         {QStringLiteral("metrics.no-impact")}},
        {"metrics.no-detection",
         [](Coe& c) { c.metrics[1].role = MetricRole::None; },
         {QStringLiteral("metrics.no-detection")}},
        {"metrics: monitoring is optional", [](Coe& c) { c.metrics.removeAt(2); }, {}},

        // --- questions
        {"questions.unanswered-area: detection",
         [](Coe& c) {
             for (Question& q : c.questions)
                 if (q.area == QuestionArea::Detection)
                     q.answer = QStringLiteral(" ");
         },
         {QStringLiteral("questions.unanswered-area")}},
        {"questions.unanswered-area: prevention missing",
         [](Coe& c) { c.questions.removeLast(); },
         {QStringLiteral("questions.unanswered-area")}},
        {"questions.unanswered-area: no questions at all",
         [](Coe& c) { c.questions.clear(); },
         {QStringLiteral("questions.unanswered-area"), QStringLiteral("questions.unanswered-area"),
          QStringLiteral("questions.unanswered-area"), QStringLiteral("questions.unanswered-area")}},
        {"questions: one answer per area is enough",
         [](Coe& c) {
             c.questions[0].answer.clear();
             c.questions[1].answer.clear();
         },
         {}},

        // --- whys
        {"whys.none", [](Coe& c) { c.whys.clear(); }, {QStringLiteral("whys.none")}},
        {"whys.no-root-cause (chain of five: not shallow)",
         [](Coe& c) {
             why(c, QStringLiteral("w5")).rootCause = false;
             why(c, QStringLiteral("w6")).rootCause = false;
         },
         {QStringLiteral("whys.no-root-cause")}},
        {"whys.shallow",
         [](Coe& c) {
             removeWhy(c, QStringLiteral("w5"));
             why(c, QStringLiteral("w6")).rootCause = false;
         },
         {QStringLiteral("whys.no-root-cause"), QStringLiteral("whys.shallow")}},
        {"whys: a short chain with a root cause is not shallow",
         [](Coe& c) {
             c.whys.removeIf(
                 [](const WhyStep& w) { return w.id != QLatin1String("w1") && w.id != QLatin1String("w6"); });
         },
         {}},
        {"whys: a cycle does not hang",
         [](Coe& c) {
             why(c, QStringLiteral("w1")).parentId = QStringLiteral("w2");
             why(c, QStringLiteral("w5")).rootCause = false;
             why(c, QStringLiteral("w6")).rootCause = false;
         },
         {QStringLiteral("whys.no-root-cause")}},
        {"whys.human-error-unexplored",
         [](Coe& c) {
             removeWhy(c, QStringLiteral("w4"));
             removeWhy(c, QStringLiteral("w5"));
         },
         {QStringLiteral("whys.human-error-unexplored")}},
        {"whys.human-error-unexplored: a human-error root cause",
         [](Coe& c) { why(c, QStringLiteral("w6")).humanError = true; },
         {QStringLiteral("whys.human-error-unexplored")}},
        {"whys.root-cause-without-action",
         [](Coe& c) { action(c, QStringLiteral("a4")).whys.clear(); },
         {QStringLiteral("whys.root-cause-without-action")}},
        {"whys.root-cause-without-action: won't do does not count",
         [](Coe& c) { action(c, QStringLiteral("a4")).status = ActionStatus::WontDo; },
         {QStringLiteral("whys.root-cause-without-action")}},
        {"whys: a done action counts",
         [](Coe& c) { action(c, QStringLiteral("a4")).status = ActionStatus::Done; },
         {}},
        {"factor.missing",
         [](Coe& c) {
             c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("capacity"), {}, {QStringLiteral("w5")}}};
         },
         {QStringLiteral("factor.missing")}},
        {"factor.missing: a factor from each root cause",
         [](Coe& c) {
             c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("capacity"), {},
                                             {QStringLiteral("w5"), QStringLiteral("w6")}}};
         },
         {}},

        // --- action items
        {"action.none",
         [](Coe& c) { c.actionItems.clear(); },
         {QStringLiteral("action.none"), QStringLiteral("whys.root-cause-without-action"),
          QStringLiteral("whys.root-cause-without-action")}},
        {"action.missing-priority",
         [](Coe& c) { action(c, QStringLiteral("a5")).priority = Priority::None; },
         {QStringLiteral("action.missing-priority")}},
        {"action.missing-owner",
         [](Coe& c) { action(c, QStringLiteral("a5")).owner = QStringLiteral(" "); },
         {QStringLiteral("action.missing-owner")}},
        {"action.missing-due",
         [](Coe& c) { action(c, QStringLiteral("a5")).due = QDate(); },
         {QStringLiteral("action.missing-due")}},
        {"action.missing-*: one per item",
         [](Coe& c) {
             for (ActionItem& a : c.actionItems)
                 a.due = QDate();
             action(c, QStringLiteral("a6")).owner.clear();
         },
         {QStringLiteral("action.missing-due"), QStringLiteral("action.missing-due"),
          QStringLiteral("action.missing-due"), QStringLiteral("action.missing-due"),
          QStringLiteral("action.missing-due"), QStringLiteral("action.missing-due"),
          QStringLiteral("action.missing-owner")}},
        {"action.due-beyond-sla: 15 days",
         [](Coe& c) { action(c, QStringLiteral("a1")).due = QDate(2024, 3, 23); },
         {QStringLiteral("action.due-beyond-sla")}},
        {"action sla: 14 days is within",
         [](Coe& c) { action(c, QStringLiteral("a1")).due = QDate(2024, 3, 22); },
         {}},
        {"action sla: created date in the display zone",
         [](Coe& c) {
             c.createdAt = utc(2024, 3, 8, 3, 0); // 2024-03-07 22:00 in Bogota
             action(c, QStringLiteral("a1")).due = QDate(2024, 3, 22);
         },
         {QStringLiteral("action.due-beyond-sla")}},
        {"action sla: a shorter setting",
         [](Coe& c) { Q_UNUSED(c); }, // a1, a2 due 13 days after creation
         {QStringLiteral("action.due-beyond-sla"), QStringLiteral("action.due-beyond-sla")},
         CheckOptions{15, 12, {}}},
        {"action sla: medium priority may take longer",
         [](Coe& c) { action(c, QStringLiteral("a5")).due = QDate(2024, 5, 1); },
         {}},
        {"action sla: a done item is not chased",
         [](Coe& c) {
             action(c, QStringLiteral("a1")).due = QDate(2024, 4, 1);
             action(c, QStringLiteral("a1")).status = ActionStatus::Done;
         },
         {}},
        {"action.few",
         [](Coe& c) {
             c.actionItems.removeIf([](const ActionItem& a) {
                 return a.id != QLatin1String("a2") && a.id != QLatin1String("a4");
             });
         },
         {QStringLiteral("action.few")}},
        {"action: three items are enough",
         [](Coe& c) {
             c.actionItems.removeIf([](const ActionItem& a) {
                 return a.id != QLatin1String("a2") && a.id != QLatin1String("a4") &&
                        a.id != QLatin1String("a6");
             });
         },
         {}},

        // --- related
        {"related.none", [](Coe& c) { c.related.clear(); }, {QStringLiteral("related.none")}},
        {"review.comment-unresolved",
         [](Coe& c) {
             c.review.comments.append(ReviewComment{QStringLiteral("c1"), utc(2024, 3, 13, 10, 0),
                                                    QStringLiteral("Sam Lee"), QStringLiteral("timeline:3"),
                                                    QStringLiteral("Please explain the gap."), {}, false});
             c.review.comments.append(ReviewComment{QStringLiteral("c2"), utc(2024, 3, 13, 11, 0), {}, {},
                                                    QStringLiteral("And this?"), QStringLiteral("c1"), false});
         },
         {QStringLiteral("review.comment-unresolved"), QStringLiteral("review.comment-unresolved")}},
        {"review comments resolved, and the rest of the record, are quiet",
         [](Coe& c) {
             c.review = test::exampleReview();
             for (ReviewComment& x : c.review.comments)
                 x.resolved = true;
         },
         {}},

        // --- blameless
        {"blameless.name: full name in the summary",
         [](Coe& c) { c.summary += QStringLiteral(" Dana Ortiz rolled the change back."); },
         {QStringLiteral("blameless.name")}},
        {"blameless.name: any case, any spacing",
         [](Coe& c) { c.impact.description += QStringLiteral(" Reported by PRIYA\nnatarajan."); },
         {QStringLiteral("blameless.name")}},
        {"blameless.name: full name in a timeline entry",
         [](Coe& c) { c.timeline[4].text = QStringLiteral("Priya Natarajan acknowledges the page."); },
         {QStringLiteral("blameless.name")}},
        {"blameless name: a first name alone is one token of a name, not the name",
         [](Coe& c) { c.timeline[4].text = QStringLiteral("Priya acknowledges the page."); },
         {}},
        {"blameless name: a surname alone is one token of a name, not the name",
         [](Coe& c) { c.timeline[4].text = QStringLiteral("Ortiz and Natarajan acknowledge the page."); },
         {}},
        {"blameless name: the words of a name apart are not the name",
         [](Coe& c) { c.summary += QStringLiteral(" Dana reviewed; Ortiz approved."); },
         {}},
        {"blameless.name: the whole name of a person whose owner-mates are teams",
         [](Coe& c) {
             c.owner = QStringLiteral("Storage incident team");
             c.reviewers = {QStringLiteral("Jane Doe")};
             c.summary += QStringLiteral(" Jane Doe ran the playbook.");
         },
         {QStringLiteral("blameless.name")}},
        {"blameless name: an owner with a team word (team)",
         [](Coe& c) {
             c.owner = QStringLiteral("S3 team");
             c.summary += QStringLiteral(" The S3 team restarted the index subsystem; S3 recovered.");
         },
         {}},
        {"blameless name: team words in any case (operations, SRE, on-call)",
         [](Coe& c) {
             c.owner = QStringLiteral("AWS operations");
             c.reviewers = {QStringLiteral("Payments SRE"), QStringLiteral("Checkout On-Call"),
                            QStringLiteral("platform oncall"), QStringLiteral("Edge on call")};
             c.summary += QStringLiteral(" AWS Operations paged Payments and Checkout; Edge and Platform "
                                         "joined. AWS said Payments SRE was on the bridge.");
         },
         {}},
        {"blameless name: team words (service, squad, group, support, engineering)",
         [](Coe& c) {
             c.owner = QStringLiteral("Amazon Web Services incident team");
             c.reviewers = {QStringLiteral("Atlas squad"), QStringLiteral("Database Reliability Group"),
                            QStringLiteral("Customer Support"), QStringLiteral("Network Engineering")};
             action(c, QStringLiteral("a1")).owner = QStringLiteral("Amazon Web Services incident team");
             c.summary += QStringLiteral(" Amazon Web Services incident team, Amazon, Atlas, Database "
                                         "Reliability, Customer and Network all helped.");
         },
         {}},
        {"blameless name: a team word inside a handle",
         [](Coe& c) {
             c.reviewers.append(QStringLiteral("sre-oncall"));
             c.timeline[4].text = QStringLiteral("sre-oncall acknowledges the page.");
         },
         {}},
        {"blameless name: a team word must be a whole word",
         [](Coe& c) {
             c.reviewers.append(QStringLiteral("Topsy Teamson"));
             c.timeline[4].text = QStringLiteral("Topsy Teamson acknowledges the page.");
         },
         {QStringLiteral("blameless.name")}},
        {"blameless name: a name that is a service of the COE",
         [](Coe& c) {
             c.owner = QStringLiteral("Config-Service");
             c.services.append(QStringLiteral("Billing"));
             c.reviewers.append(QStringLiteral("billing"));
             action(c, QStringLiteral("a1")).owner = QStringLiteral("Billing Payouts");
             c.summary += QStringLiteral(" Billing and Config-Service retried; Billing Payouts waited.");
         },
         {}},
        {"blameless.name: a one-word name that is no service",
         [](Coe& c) {
             c.services.append(QStringLiteral("Billing"));
             c.reviewers.append(QStringLiteral("Atlas"));
             c.summary += QStringLiteral(" Atlas retried.");
         },
         {QStringLiteral("blameless.name")}},
        {"blameless name: a name the user marked as a team",
         [](Coe& c) {
             c.reviewers.append(QStringLiteral("Atlas"));
             c.owner = QStringLiteral("Blue  Whale");
             c.summary += QStringLiteral(" Atlas retried; Blue Whale watched.");
         },
         {},
         CheckOptions{15, 14, {QStringLiteral("atlas"), QStringLiteral("blue whale")}}},
        {"blameless.name: an action owner in a why step",
         [](Coe& c) { why(c, QStringLiteral("w3")).because += QStringLiteral(" Lee Wong approved it."); },
         {QStringLiteral("blameless.name")}},
        {"blameless.name: in a gap explanation and the problem",
         [](Coe& c) {
             c.timeline[11].gapExplanation = QStringLiteral("Sam Lee was in another incident bridge.");
             c.problem += QStringLiteral(" Sam Lee noticed it.");
         },
         {QStringLiteral("blameless.name"), QStringLiteral("blameless.name")}},
        {"blameless.name: one finding per text",
         [](Coe& c) { c.summary += QStringLiteral(" Dana Ortiz and Sam Lee and Dana again."); },
         {QStringLiteral("blameless.name")}},
        {"blameless name: a lower-case first name is a word",
         [](Coe& c) { c.summary += QStringLiteral(" The lee side; sam is a tool; dana too."); },
         {}},
        {"blameless name: part of a longer word",
         [](Coe& c) { c.summary += QStringLiteral(" Samuel said Danaher and Priyanka had leeway."); },
         {}},
        {"blameless name: action titles are not narrative",
         [](Coe& c) {
             action(c, QStringLiteral("a1")).title = QStringLiteral("Dana Ortiz to validate pools");
         },
         {}},
        {"blameless.name: a one-word name, capitalised",
         [](Coe& c) {
             c.reviewers.append(QStringLiteral("Will"));
             c.timeline[4].text = QStringLiteral("Will acknowledges the page; the alarm will stop.");
         },
         {QStringLiteral("blameless.name")}},
        {"blameless name: a one-word name that is a word",
         [](Coe& c) {
             c.reviewers.append(QStringLiteral("Will"));
             c.timeline[4].text = QStringLiteral("The alarm will stop.");
         },
         {}},
        {"blameless.name: a handle in any case",
         [](Coe& c) {
             c.reviewers.append(QStringLiteral("dortiz42"));
             c.timeline[4].text = QStringLiteral("DOrtiz42 acknowledges.");
         },
         {QStringLiteral("blameless.name")}},
        {"blameless.wording: human error",
         [](Coe& c) { why(c, QStringLiteral("w3")).because += QStringLiteral(" It was human error."); },
         {QStringLiteral("blameless.wording")}},
        {"blameless.wording: operator error",
         [](Coe& c) { c.timeline[1].text += QStringLiteral(" Operator error."); },
         {QStringLiteral("blameless.wording")}},
        {"blameless.wording: fault of",
         [](Coe& c) { c.impact.consequences += QStringLiteral(" It was the fault of the config team."); },
         {QStringLiteral("blameless.wording")}},
        {"blameless.wording: blamed",
         [](Coe& c) { c.impact.customerSentiment += QStringLiteral(" Customers blamed the bank."); },
         {QStringLiteral("blameless.wording")}},
        {"blameless.wording: asking who is to blame is blame",
         [](Coe& c) { why(c, QStringLiteral("w4")).why = QStringLiteral("Who is to blame?"); },
         {QStringLiteral("blameless.wording")}},
        {"blameless.wording: a statement about human error is not a question",
         [](Coe& c) {
             why(c, QStringLiteral("w4")).why =
                 QStringLiteral("Why was that human error possible? It was human error.");
         },
         {QStringLiteral("blameless.wording")}},
        {"blameless wording: asking why an operator error was possible",
         [](Coe& c) {
             why(c, QStringLiteral("w4")).why = QStringLiteral("How could the operator error happen?");
             c.timeline[1].text += QStringLiteral(" Why was this human error possible?");
         },
         {}},
        {"blameless wording: blameless and blame-free are the method",
         [](Coe& c) { c.summary += QStringLiteral(" This blameless, blame-free review lists errors."); },
         {}},
        {"blameless: name and wording in one text",
         [](Coe& c) { c.summary += QStringLiteral(" Dana Ortiz made a human error."); },
         {QStringLiteral("blameless.name"), QStringLiteral("blameless.wording")}},
    };
    return all;
}

} // namespace

class TestReviewCheck : public QObject
{
    Q_OBJECT
private slots:
    void exampleBuilderMatchesTheFile()
    {
        // The hand-built example must be the file, field for field (read here
        // with QJsonDocument, independently of the interchange reader).
        const QJsonObject o =
            QJsonDocument::fromJson(test::readData(QStringLiteral("checkout-config-rollout.coe.json")))
                .object();
        const Coe c = test::exampleCoe();
        auto str = [](const QJsonObject& j, const char* k) { return j.value(QLatin1String(k)).toString(); };
        auto list = [](const QJsonValue& v) {
            QStringList l;
            for (const QJsonValue& x : v.toArray())
                l.append(x.toString());
            return l;
        };
        auto instant = [](const QString& s) { return QDateTime::fromString(s, Qt::ISODate).toUTC(); };

        QCOMPARE(c.uuid, QUuid(str(o, "uuid")));
        QCOMPARE(c.title, str(o, "title"));
        QCOMPARE(toString(c.status), str(o, "status"));
        QCOMPARE(c.severity, std::optional<int>(o.value(QLatin1String("severity")).toInt()));
        QCOMPARE(c.owner, str(o, "owner"));
        QCOMPARE(c.reviewers, list(o.value(QLatin1String("reviewers"))));
        QCOMPARE(c.services, list(o.value(QLatin1String("services"))));
        QCOMPARE(c.tags, list(o.value(QLatin1String("tags"))));
        QCOMPARE(c.createdAt, instant(str(o, "created_at")));
        QCOMPARE(c.updatedAt, instant(str(o, "updated_at")));
        QCOMPARE(QString::fromLatin1(c.displayTimeZone.id()), str(o, "display_time_zone"));
        QCOMPARE(c.summary, str(o, "summary"));
        QCOMPARE(c.problem, str(o, "problem"));

        const QJsonObject im = o.value(QLatin1String("impact")).toObject();
        QCOMPARE(c.impact.customersAffected,
                 std::optional<qint64>(im.value(QLatin1String("customers_affected")).toInteger()));
        QCOMPARE(c.impact.description, str(im, "description"));
        const QJsonObject money = im.value(QLatin1String("financial_impact")).toObject();
        QVERIFY(c.impact.financialImpact.has_value());
        QCOMPARE(c.impact.financialImpact->amount, money.value(QLatin1String("amount")).toDouble());
        QCOMPARE(c.impact.financialImpact->currency, str(money, "currency"));
        QCOMPARE(c.impact.slaBreached, std::optional<bool>(im.value(QLatin1String("sla_breached")).toBool()));
        QStringList pillars;
        for (Pillar p : c.impact.pillars)
            pillars.append(toString(p));
        QCOMPARE(pillars, list(im.value(QLatin1String("pillars"))));
        QCOMPARE(c.impact.consequences, str(im, "consequences"));
        QCOMPARE(c.impact.secondOrder, str(im, "second_order"));
        QCOMPARE(c.impact.customerSentiment, str(im, "customer_sentiment"));

        const QJsonArray timeline = o.value(QLatin1String("timeline")).toArray();
        QCOMPARE(c.timeline.size(), timeline.size());
        for (int i = 0; i < timeline.size(); ++i) {
            const QJsonObject e = timeline.at(i).toObject();
            const TimelineEntry& t = c.timeline.at(i);
            QCOMPARE(t.at, instant(str(e, "at")));
            QCOMPARE(t.text, str(e, "text"));
            QCOMPARE(toString(t.milestone), str(e, "milestone"));
            QCOMPARE(t.approximate, e.value(QLatin1String("approximate")).toBool());
            QCOMPARE(t.source, str(e, "source"));
            QCOMPARE(t.gapExplanation, str(e, "gap_explanation"));
        }

        const QJsonArray metrics = o.value(QLatin1String("metrics")).toArray();
        QCOMPARE(c.metrics.size(), metrics.size());
        for (int i = 0; i < metrics.size(); ++i) {
            const QJsonObject m = metrics.at(i).toObject();
            QCOMPARE(c.metrics[i].name, str(m, "name"));
            QCOMPARE(toString(c.metrics[i].role), str(m, "role"));
            QCOMPARE(c.metrics[i].description, str(m, "description"));
            QCOMPARE(c.metrics[i].sourceUrl, str(m, "source_url"));
            const QJsonArray images = m.value(QLatin1String("images")).toArray();
            QCOMPARE(c.metrics[i].images.size(), images.size());
            for (int k = 0; k < images.size(); ++k) {
                const QJsonObject img = images.at(k).toObject();
                QCOMPARE(c.metrics[i].images[k].fileName, str(img, "file_name"));
                QCOMPARE(c.metrics[i].images[k].mediaType, str(img, "media_type"));
                QCOMPARE(c.metrics[i].images[k].caption, str(img, "caption"));
                QCOMPARE(c.metrics[i].images[k].data,
                         QByteArray::fromBase64(str(img, "data_base64").toLatin1()));
            }
        }

        const QJsonArray questions = o.value(QLatin1String("questions")).toArray();
        QCOMPARE(c.questions.size(), questions.size());
        for (int i = 0; i < questions.size(); ++i) {
            const QJsonObject q = questions.at(i).toObject();
            QCOMPARE(toString(c.questions[i].area), str(q, "area"));
            QCOMPARE(c.questions[i].question, str(q, "question"));
            QCOMPARE(c.questions[i].answer, str(q, "answer"));
        }

        const QJsonArray whys = o.value(QLatin1String("whys")).toArray();
        QCOMPARE(c.whys.size(), whys.size());
        for (int i = 0; i < whys.size(); ++i) {
            const QJsonObject w = whys.at(i).toObject();
            QCOMPARE(c.whys[i].id, str(w, "id"));
            QCOMPARE(c.whys[i].parentId, str(w, "parent")); // null reads as ""
            QCOMPARE(c.whys[i].why, str(w, "why"));
            QCOMPARE(c.whys[i].because, str(w, "because"));
            QCOMPARE(c.whys[i].rootCause, w.value(QLatin1String("root_cause")).toBool());
            QCOMPARE(c.whys[i].humanError, w.value(QLatin1String("human_error")).toBool());
        }

        const QJsonArray actions = o.value(QLatin1String("action_items")).toArray();
        QCOMPARE(c.actionItems.size(), actions.size());
        for (int i = 0; i < actions.size(); ++i) {
            const QJsonObject a = actions.at(i).toObject();
            const ActionItem& x = c.actionItems.at(i);
            QCOMPARE(x.id, str(a, "id"));
            QCOMPARE(x.title, str(a, "title"));
            QCOMPARE(x.description, str(a, "description"));
            QCOMPARE(toString(x.priority), str(a, "priority"));
            QCOMPARE(x.owner, str(a, "owner"));
            QCOMPARE(x.due, QDate::fromString(str(a, "due"), Qt::ISODate));
            QCOMPARE(toString(x.status), str(a, "status"));
            QCOMPARE(toString(x.kind), str(a, "kind"));
            QCOMPARE(x.whys, list(a.value(QLatin1String("whys"))));
            QCOMPARE(x.link, str(a, "link"));
        }

        const QJsonArray related = o.value(QLatin1String("related")).toArray();
        QCOMPARE(c.related.size(), related.size());
        for (int i = 0; i < related.size(); ++i) {
            const QJsonObject r = related.at(i).toObject();
            QCOMPARE(toString(c.related[i].kind), str(r, "kind"));
            QCOMPARE(c.related[i].title, str(r, "title"));
            QCOMPARE(c.related[i].uuid, str(r, "uuid"));
            QCOMPARE(c.related[i].url, str(r, "url"));
        }
    }

    void exampleIsClean()
    {
        // Pinned: the example COE produces no finding at all.
        const QList<Finding> findings = reviewCheck(test::exampleCoe());
        QCOMPARE(ids(findings), QStringList{});
    }

    // Format 1.1: once a COE names contributing factors, a root cause that no
    // factor comes from is a warning; a COE that names none is not flagged.
    void rootCauseWithoutFactor()
    {
        Coe c = test::exampleCoe();
        c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("change/configuration"), {},
                                        {QStringLiteral("w5")}}};
        QStringList got;
        for (const Finding& f : reviewCheck(c))
            got.append(QStringLiteral("%1 %2 %3").arg(f.id, toString(f.level), locationPath(f.location)));
        QCOMPARE(got, QStringList{QStringLiteral("factor.missing warning $.whys[5].root_cause")});
        c.factors.append(ContributingFactor{QStringLiteral("f2"), QStringLiteral("safeguard-missing"), {},
                                            {QStringLiteral("w6")}});
        QCOMPARE(ids(reviewCheck(c)), QStringList{});
        c.factors = {ContributingFactor{QStringLiteral("f1"), QStringLiteral("capacity"), {}, {}}};
        QCOMPARE(ids(reviewCheck(c)),
                 (QStringList{QStringLiteral("factor.missing"), QStringLiteral("factor.missing")}));
    }

    void exampleWithStricterSettings()
    {
        // Pinned: with a 5-minute gap threshold and a 12-day SLA, the example's
        // short unexplained gaps and two high-priority actions show up, in order.
        const QList<Finding> findings = reviewCheck(test::exampleCoe(), CheckOptions{5, 12, {}});
        QStringList got;
        for (const Finding& f : findings)
            got.append(QStringLiteral("%1 %2 %3").arg(f.id, toString(f.level), locationPath(f.location)));
        const QStringList expected{
            QStringLiteral("timeline.gap-unexplained warning $.timeline[1].gap_explanation"),
            QStringLiteral("timeline.gap-unexplained warning $.timeline[5].gap_explanation"),
            QStringLiteral("timeline.gap-unexplained warning $.timeline[6].gap_explanation"),
            QStringLiteral("timeline.gap-unexplained warning $.timeline[7].gap_explanation"),
            QStringLiteral("timeline.gap-unexplained warning $.timeline[8].gap_explanation"),
            QStringLiteral("timeline.gap-unexplained warning $.timeline[9].gap_explanation"),
            QStringLiteral("timeline.gap-unexplained warning $.timeline[10].gap_explanation"),
            QStringLiteral("action.due-beyond-sla warning $.action_items[0].due"),
            QStringLiteral("action.due-beyond-sla warning $.action_items[1].due"),
        };
        QCOMPARE(got, expected);
    }

    void exampleHumanErrorIsExplored()
    {
        const Coe c = test::exampleCoe();
        QVERIFY(c.whys[2].humanError);                                                 // w3
        QCOMPARE(c.whys[3].why, QStringLiteral("Why was that human error possible?")); // w4, its child
        const QStringList got = ids(reviewCheck(c));
        QVERIFY(!got.contains(QStringLiteral("whys.human-error-unexplored")));
        QVERIFY(!got.contains(QStringLiteral("blameless.wording")));
    }

    void rules_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << i;
    }
    void rules()
    {
        QFETCH(int, index);
        const Case& c = cases().at(index);
        Coe coe = test::exampleCoe();
        c.mutate(coe);
        const QList<Finding> findings = reviewCheck(coe, c.options);
        QCOMPARE(sorted(ids(findings)), sorted(c.expected));
        for (const Finding& f : findings) {
            QCOMPARE(int(f.level), int(ruleLevel(f.id)));
            QVERIFY2(!f.message.trimmed().isEmpty(), qPrintable(f.id));
            QVERIFY2(f.message.endsWith(QLatin1Char('.')) || f.message.endsWith(QStringLiteral("?”")),
                     qPrintable(f.message));
        }
    }

    void everyRuleFiresAndIsTested()
    {
        QSet<QString> fired;
        for (const Case& c : cases())
            for (const QString& id : c.expected)
                fired.insert(id);
        QSet<QString> rules;
        for (const Rule& r : reviewRules())
            rules.insert(r.id);
        QCOMPARE(rules.size(), reviewRules().size()); // ids are unique
        QCOMPARE(fired, rules);
    }

    void levelsArePinned()
    {
        // The table in model/analysis/README.md.
        const QHash<QString, Level> expected{
            {QStringLiteral("summary.empty"), Level::Error},
            {QStringLiteral("summary.short"), Level::Warning},
            {QStringLiteral("summary.no-time"), Level::Warning},
            {QStringLiteral("impact.customers-unknown"), Level::Warning},
            {QStringLiteral("impact.no-description"), Level::Warning},
            {QStringLiteral("impact.no-pillar"), Level::Warning},
            {QStringLiteral("timeline.empty"), Level::Error},
            {QStringLiteral("timeline.no-trigger"), Level::Warning},
            {QStringLiteral("timeline.missing-milestone"), Level::Warning},
            {QStringLiteral("timeline.gap-unexplained"), Level::Warning},
            {QStringLiteral("timeline.milestone-order"), Level::Error},
            {QStringLiteral("timeline.approximate"), Level::Note},
            {QStringLiteral("metrics.none"), Level::Error},
            {QStringLiteral("metrics.no-impact"), Level::Warning},
            {QStringLiteral("metrics.no-detection"), Level::Warning},
            {QStringLiteral("questions.unanswered-area"), Level::Warning},
            {QStringLiteral("whys.none"), Level::Error},
            {QStringLiteral("whys.no-root-cause"), Level::Warning},
            {QStringLiteral("whys.shallow"), Level::Warning},
            {QStringLiteral("whys.human-error-unexplored"), Level::Warning},
            {QStringLiteral("whys.root-cause-without-action"), Level::Warning},
            {QStringLiteral("factor.missing"), Level::Warning},
            {QStringLiteral("action.none"), Level::Error},
            {QStringLiteral("action.missing-priority"), Level::Warning},
            {QStringLiteral("action.missing-owner"), Level::Warning},
            {QStringLiteral("action.missing-due"), Level::Warning},
            {QStringLiteral("action.due-beyond-sla"), Level::Warning},
            {QStringLiteral("action.few"), Level::Note},
            {QStringLiteral("related.none"), Level::Note},
            {QStringLiteral("review.comment-unresolved"), Level::Warning},
            {QStringLiteral("blameless.name"), Level::Warning},
            {QStringLiteral("blameless.wording"), Level::Warning},
        };
        QCOMPARE(qsizetype(expected.size()), reviewRules().size());
        for (const Rule& r : reviewRules()) {
            QVERIFY2(expected.contains(r.id), qPrintable(r.id));
            QCOMPARE(int(r.level), int(expected.value(r.id)));
        }
    }

    void emptyCoe()
    {
        // A brand-new draft: every section is empty.
        Coe c = makeNewCoe();
        const QList<Finding> findings = reviewCheck(c);
        QStringList got;
        for (const Finding& f : findings)
            got.append(QStringLiteral("%1 %2 %3").arg(f.id, toString(f.level), locationPath(f.location)));
        const QStringList expected{
            QStringLiteral("summary.empty error $.summary"),
            QStringLiteral("impact.customers-unknown warning $.impact.customers_affected"),
            QStringLiteral("impact.no-description warning $.impact.description"),
            QStringLiteral("impact.no-pillar warning $.impact.pillars"),
            QStringLiteral("timeline.empty error $.timeline"),
            QStringLiteral("metrics.none error $.metrics"),
            QStringLiteral("questions.unanswered-area warning $.questions"),
            QStringLiteral("questions.unanswered-area warning $.questions"),
            QStringLiteral("questions.unanswered-area warning $.questions"),
            QStringLiteral("questions.unanswered-area warning $.questions"),
            QStringLiteral("whys.none error $.whys"),
            QStringLiteral("action.none error $.action_items"),
            QStringLiteral("related.none note $.related"),
        };
        QCOMPARE(got, expected);
    }

    void locations()
    {
        Coe c = test::exampleCoe();
        c.timeline[3].gapExplanation.clear();
        c.timeline[4].text = QStringLiteral("Priya Natarajan acknowledges the page.");
        c.timeline[6].approximate = true;
        c.actionItems[4].due = QDate();
        c.actionItems[5].priority = Priority::None;
        why(c, QStringLiteral("w6")).because += QStringLiteral(" Operator error.");
        c.impact.customersAffected.reset();
        const QList<Finding> f = reviewCheck(c);

        auto at = [&](const char* id) {
            const Finding* x = findingWith(f, QString::fromLatin1(id));
            return x ? x->location : Location{Section::Related, -99, QStringLiteral("missing")};
        };
        QCOMPARE(at("timeline.gap-unexplained"),
                 (Location{Section::Timeline, 3, QStringLiteral("gap_explanation")}));
        QCOMPARE(at("blameless.name"), (Location{Section::Timeline, 4, QStringLiteral("text")}));
        QCOMPARE(at("timeline.approximate"), (Location{Section::Timeline, 6, QStringLiteral("at")}));
        QCOMPARE(at("action.missing-due"), (Location{Section::Actions, 4, QStringLiteral("due")}));
        QCOMPARE(at("action.missing-priority"), (Location{Section::Actions, 5, QStringLiteral("priority")}));
        QCOMPARE(at("blameless.wording"), (Location{Section::Whys, 5, QStringLiteral("because")}));
        QCOMPARE(at("impact.customers-unknown"),
                 (Location{Section::Impact, -1, QStringLiteral("customers_affected")}));

        // Section order: impact, timeline..., whys, actions.
        QStringList sections;
        for (const Finding& x : f)
            sections.append(toString(x.location.section));
        QCOMPARE(sections,
                 (QStringList{QStringLiteral("impact"), QStringLiteral("timeline"),
                              QStringLiteral("timeline"), QStringLiteral("timeline"), QStringLiteral("whys"),
                              QStringLiteral("actions"), QStringLiteral("actions")}));
    }

    void orderFindingPointsAtTheEarlyMilestone()
    {
        Coe c = test::exampleCoe();
        c.timeline[9].milestone = Milestone::None;
        c.timeline[1].milestone = Milestone::Mitigated; // 14:01, before detected at 14:19 (row 3)
        const QList<Finding> findings = reviewCheck(c);
        const Finding* f = findingWith(findings, QStringLiteral("timeline.milestone-order"));
        QVERIFY(f);
        QCOMPARE(f->location, (Location{Section::Timeline, 1, QStringLiteral("at")}));
        QVERIFY2(f->message.contains(QStringLiteral("Entry 2 (mitigated)")), qPrintable(f->message));
        QVERIFY2(f->message.contains(QStringLiteral("entry 4 (detected)")), qPrintable(f->message));
    }

    void messagesSayWhatAndWhere()
    {
        Coe c = test::exampleCoe();
        c.summary += QStringLiteral(" Sam Lee paged Lee Wong and Lee.");
        c.timeline[11].gapExplanation.clear();
        c.timeline[11].approximate = true;
        why(c, QStringLiteral("w2")).because += QStringLiteral(" It was the fault of QA and human error.");
        const QList<Finding> f = reviewCheck(c);

        const Finding* name = findingWith(f, QStringLiteral("blameless.name"));
        QVERIFY(name);
        // Whole names only: "Lee" alone is a token of two names, neither of them.
        QVERIFY2(name->message.startsWith(QStringLiteral("The summary names Sam Lee, Lee Wong.")),
                 qPrintable(name->message));

        const Finding* gap = findingWith(f, QStringLiteral("timeline.gap-unexplained"));
        QVERIFY(gap);
        QVERIFY2(gap->message.startsWith(
                     QStringLiteral("Around 34 minute(s) pass between timeline entries 11 and 12")),
                 qPrintable(gap->message));

        const Finding* wording = findingWith(f, QStringLiteral("blameless.wording"));
        QVERIFY(wording);
        QVERIFY2(wording->message.startsWith(
                     QStringLiteral("The answer of why step 2 says “fault of”, “human error”.")),
                 qPrintable(wording->message));
        QVERIFY(wording->message.contains(QStringLiteral("why the system allowed it")));
    }

    void fullNameDoesNotAlsoCountAsFirstName()
    {
        Coe c = test::exampleCoe();
        c.timeline[4].text = QStringLiteral("Sam Lee acknowledges.");
        const QList<Finding> findings = reviewCheck(c);
        const Finding* f = findingWith(findings, QStringLiteral("blameless.name"));
        QVERIFY(f);
        QVERIFY2(f->message.startsWith(QStringLiteral("Timeline entry 5 names Sam Lee.")),
                 qPrintable(f->message));
    }

    // Whole names in any case and across any white space, letters beyond
    // ASCII too; a one-word name with its capital; nobody in a text that
    // holds none of the first words (NameMatcher's fast path).
    void namesInAnyCase()
    {
        const analysis::NameMatcher people({QStringLiteral("Łukasz Żółć"), QStringLiteral("Ørjan"),
                                            QStringLiteral("d.ortiz"), QStringLiteral("ŁUKASZ żółć")});
        QCOMPARE(people.namesIn(QStringLiteral("Paged ŁUKASZ\nŻÓŁĆ and łukasz   żółć.")),
                 QStringList{QStringLiteral("Łukasz Żółć")});
        QCOMPARE(people.namesIn(QStringLiteral("Then ØRJAN and D.Ortiz joined.")),
                 (QStringList{QStringLiteral("Ørjan"), QStringLiteral("d.ortiz")}));
        QVERIFY(people.namesIn(QStringLiteral("ørjan (lower case) and Łukasz alone")).isEmpty());
        QVERIFY(people.namesIn(QStringLiteral("Nobody here.")).isEmpty());
        const QList<analysis::NameMatcher::Mention> m = people.mentionsIn(QStringLiteral("x łUKASZ ŻÓŁć, Ørjan"));
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(0).start, 2);
        QCOMPARE(m.at(0).length, 11);
        QCOMPARE(m.at(1).name, QStringLiteral("Ørjan"));
    }

    // What the editor offers to mark as a team: the people a blameless.name
    // finding names, not teams, nobody for a text that is not narrative.
    void peopleNamedAtAFinding()
    {
        Coe c = test::exampleCoe();
        c.owner = QStringLiteral("Atlas");
        c.reviewers.append(QStringLiteral("S3 team"));
        c.summary += QStringLiteral(" Atlas and the S3 team restarted it; Sam Lee watched.");
        const QList<Finding> findings = reviewCheck(c);
        const Finding* f = findingWith(findings, QStringLiteral("blameless.name"));
        QVERIFY(f);
        QVERIFY(f->location.section == Section::Summary);
        QCOMPARE(peopleNamedAt(c, f->location), (QStringList{QStringLiteral("Atlas"), QStringLiteral("Sam Lee")}));
        CheckOptions options;
        options.teamNames = {QStringLiteral("ATLAS")};
        QCOMPARE(peopleNamedAt(c, f->location, options), QStringList{QStringLiteral("Sam Lee")});
        QVERIFY(peopleNamedAt(c, {Section::Actions, 0, QStringLiteral("owner")}).isEmpty());
        QVERIFY(peopleNamedAt(c, {Section::Timeline, 4, QStringLiteral("text")}).isEmpty()); // names nobody
    }

    void locationPaths()
    {
        QCOMPARE(locationPath({Section::Summary, -1, QStringLiteral("summary")}),
                 QStringLiteral("$.summary"));
        QCOMPARE(locationPath({Section::Impact, -1, QStringLiteral("second_order")}),
                 QStringLiteral("$.impact.second_order"));
        QCOMPARE(locationPath({Section::Impact, -1, {}}), QStringLiteral("$.impact"));
        QCOMPARE(locationPath({Section::Timeline, 3, QStringLiteral("at")}),
                 QStringLiteral("$.timeline[3].at"));
        QCOMPARE(locationPath({Section::Timeline, 3, {}}), QStringLiteral("$.timeline[3]"));
        QCOMPARE(locationPath({Section::Timeline, -1, QStringLiteral("milestone")}),
                 QStringLiteral("$.timeline"));
        QCOMPARE(locationPath({Section::Whys, -1, QStringLiteral("problem")}), QStringLiteral("$.problem"));
        QCOMPARE(locationPath({Section::Whys, 2, QStringLiteral("because")}),
                 QStringLiteral("$.whys[2].because"));
        QCOMPARE(locationPath({Section::Actions, 1, QStringLiteral("due")}),
                 QStringLiteral("$.action_items[1].due"));
        QCOMPARE(locationPath({Section::Related, -1, {}}), QStringLiteral("$.related"));
        QCOMPARE(toString(Level::Note), QStringLiteral("note"));
        QCOMPARE(toString(Section::Actions), QStringLiteral("actions"));
    }

    // Public postmortems, paraphrased (tests/data/postmortems), whose owner is
    // "<Company> incident team": the company is named all through the text, and
    // no person is. Only the fixture that names a person in full may fire.
    void publicPostmortems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expectedNames");
        const QDir dir(test::dataPath(QStringLiteral("postmortems")));
        const QStringList files = dir.entryList({QStringLiteral("*.coe.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString& f : files) {
            const QStringList expected = f.contains(QLatin1String("-named"))
                                             ? QStringList{QStringLiteral("Jane Doe")}
                                             : QStringList{};
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << expected;
        }
    }
    void publicPostmortems()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expectedNames);
        const exchange::JsonReadResult doc = exchange::CoeJson::readFile(file);
        QVERIFY2(doc.ok(), qPrintable(doc.errors.value(0).toString(file)));
        QVERIFY2(doc.warnings.isEmpty(), qPrintable(doc.warnings.value(0).toString(file)));
        QStringList messages;
        for (const Finding& f : reviewCheck(doc.coe)) {
            if (f.id == QLatin1String("blameless.name"))
                messages.append(f.message);
        }
        if (expectedNames.isEmpty()) {
            QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        } else {
            QVERIFY(!messages.isEmpty());
            for (const QString& m : std::as_const(messages))
                QVERIFY2(m.contains(expectedNames.first()), qPrintable(m));
        }
    }

    void unsortedTimelineIsChecked()
    {
        Coe c = test::exampleCoe();
        c.timeline[3].gapExplanation.clear();
        std::reverse(c.timeline.begin(), c.timeline.end()); // detected is now row 8
        const QList<Finding> findings = reviewCheck(c);
        const Finding* f = findingWith(findings, QStringLiteral("timeline.gap-unexplained"));
        QVERIFY(f);
        QCOMPARE(f->location.row, 8);
        QCOMPARE(ids(reviewCheck(c)), QStringList{QStringLiteral("timeline.gap-unexplained")});
    }
};

QTEST_GUILESS_MAIN(TestReviewCheck)
#include "TestReviewCheck.moc"
