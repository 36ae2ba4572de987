// SPDX-License-Identifier: MIT
#include "ReviewCheck.h"

#include "NameMatcher.h"
#include "TextMatching.h"
#include "TimelineAnalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

// The rules are documented, with their levels and reasons, in README.md.

namespace hindsight::analysis {
namespace {

constexpr int kSummaryMinWords = 40;
constexpr int kWhyDepth = 5;
constexpr int kFewActions = 3;

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

// A text the blameless rules read, and where it lives.
struct Text
{
    Location location;
    QString text;
};

// The names blameless.name looks for: the owner, reviewers and action
// owners, minus teams and services ("S3 team", "AWS operations", a service of
// this COE, a name the user marked as a team), which are not people.
QStringList peopleOf(const Coe& coe, const CheckOptions& options)
{
    QStringList candidates{coe.owner};
    candidates += coe.reviewers;
    for (const ActionItem& a : coe.actionItems)
        candidates.append(a.owner);
    candidates.removeIf([&](const QString& n) { return isTeamName(n, coe.services, options.teamNames); });
    return candidates;
}

QList<Text> narrativeTexts(const Coe& coe)
{
    QList<Text> out;
    out.reserve(6 + 2 * (coe.timeline.size() + coe.whys.size()));
    out.append({{Section::Summary, -1, QStringLiteral("summary")}, coe.summary});
    const Impact& im = coe.impact;
    out.append({{Section::Impact, -1, QStringLiteral("description")}, im.description});
    out.append({{Section::Impact, -1, QStringLiteral("consequences")}, im.consequences});
    out.append({{Section::Impact, -1, QStringLiteral("second_order")}, im.secondOrder});
    out.append({{Section::Impact, -1, QStringLiteral("customer_sentiment")}, im.customerSentiment});
    const QString text = QStringLiteral("text");
    const QString gap = QStringLiteral("gap_explanation");
    for (int i = 0; i < coe.timeline.size(); ++i) {
        const TimelineEntry& e = coe.timeline.at(i);
        out.append({{Section::Timeline, i, text}, e.text});
        out.append({{Section::Timeline, i, gap}, e.gapExplanation});
    }
    out.append({{Section::Whys, -1, QStringLiteral("problem")}, coe.problem});
    for (int i = 0; i < coe.whys.size(); ++i) {
        const WhyStep& w = coe.whys.at(i);
        out.append({{Section::Whys, i, QStringLiteral("why")}, w.why});
        out.append({{Section::Whys, i, QStringLiteral("because")}, w.because});
    }
    return out;
}

// How a message names a narrative text, at the start of a sentence.
QString whereOf(const Location& l)
{
    const QString& f = l.field;
    const QString row = QString::number(l.row + 1);
    if (l.section == Section::Summary)
        return QCoreApplication::translate("ReviewCheck", "The summary");
    if (f == QLatin1String("description"))
        return QCoreApplication::translate("ReviewCheck", "The impact description");
    if (f == QLatin1String("consequences"))
        return QCoreApplication::translate("ReviewCheck", "The consequences");
    if (f == QLatin1String("second_order"))
        return QCoreApplication::translate("ReviewCheck", "The second-order impact");
    if (f == QLatin1String("customer_sentiment"))
        return QCoreApplication::translate("ReviewCheck", "The customer sentiment");
    if (f == QLatin1String("text"))
        return QCoreApplication::translate("ReviewCheck", "Timeline entry %1").arg(row);
    if (f == QLatin1String("gap_explanation"))
        return QCoreApplication::translate("ReviewCheck", "The gap explanation of timeline entry %1")
            .arg(row);
    if (f == QLatin1String("problem"))
        return QCoreApplication::translate("ReviewCheck", "The problem statement");
    if (f == QLatin1String("why"))
        return QCoreApplication::translate("ReviewCheck", "The question of why step %1").arg(row);
    return QCoreApplication::translate("ReviewCheck", "The answer of why step %1").arg(row);
}

QString quoteList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& s : items)
        quoted.append(QCoreApplication::translate("ReviewCheck", "“%1”").arg(s));
    return quoted.join(QStringLiteral(", "));
}

QString actionLabel(const ActionItem& a, int row)
{
    return blank(a.title) ? QCoreApplication::translate("ReviewCheck", "Action item %1").arg(row + 1)
                          : QCoreApplication::translate("ReviewCheck", "Action item %1 (“%2”)")
                                .arg(QString::number(row + 1), a.title.simplified());
}

class Checker
{
public:
    Checker(const Coe& coe, const CheckOptions& options) : m_coe(coe), m_options(options) {}

    QList<Finding> run()
    {
        summary();
        impact();
        timeline();
        metrics();
        questions();
        whys();
        actions();
        related();
        review();
        blameless();
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
            return a.location.section < b.location.section;
        });
        return m_findings;
    }

private:
    void add(const char* id, Location location, const QString& message)
    {
        const QString rule = QString::fromLatin1(id);
        m_findings.append({rule, ruleLevel(rule), std::move(location), message});
    }

    void summary()
    {
        const Location at{Section::Summary, -1, QStringLiteral("summary")};
        const QString& text = m_coe.summary;
        if (blank(text)) {
            add("summary.empty", at,
                QCoreApplication::translate(
                    "ReviewCheck",
                    "Write the summary: who was affected, when, where and how, how long it took to "
                    "notice, how it was mitigated and how a recurrence will be prevented. Write it "
                    "last, so it can travel alone as an email to your main stakeholder."));
            return;
        }
        const int words = wordCount(text);
        if (words < kSummaryMinWords)
            add("summary.short", at,
                QCoreApplication::translate(
                    "ReviewCheck",
                    "The summary has only %n word(s). Say who was affected, when, for how long, how "
                    "it was mitigated and what will prevent a recurrence, so it stands alone.",
                    nullptr, int(words)));
        if (!mentionsTime(text))
            add("summary.no-time", at,
                QCoreApplication::translate(
                    "ReviewCheck",
                    "The summary mentions no date, time or duration. Say when the impact started "
                    "(with a time zone) and how long it lasted."));
    }

    void impact()
    {
        const Impact& im = m_coe.impact;
        if (!im.customersAffected)
            add("impact.customers-unknown", {Section::Impact, -1, QStringLiteral("customers_affected")},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "The number of customers affected is unknown. Estimate it from logs or metrics and "
                    "say how you estimated it; 0 is a valid answer."));
        if (blank(im.description))
            add("impact.no-description", {Section::Impact, -1, QStringLiteral("description")},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "Describe how customers and the business were affected, in measurable terms: "
                    "failed requests, orders, money, duration."));
        if (im.pillars.isEmpty())
            add("impact.no-pillar", {Section::Impact, -1, QStringLiteral("pillars")},
                QCoreApplication::translate(
                    "ReviewCheck", "Choose the non-functional requirements that were affected (security, "
                                   "reliability, performance efficiency, cost optimization, operations)."));
    }

    void timeline()
    {
        const QList<TimelineEntry>& t = m_coe.timeline;
        if (t.isEmpty()) {
            add("timeline.empty", {Section::Timeline, -1, {}},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "Add the timeline: every event from the first trigger until the system was back "
                    "to normal, in order, with times."));
            return;
        }
        const QString milestoneField = QStringLiteral("milestone");
        const bool hasTrigger = milestoneIndex(t, Milestone::Trigger) >= 0;
        if (!hasTrigger)
            add("timeline.no-trigger", {Section::Timeline, 0, milestoneField},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "No entry is marked as the trigger. Start the timeline with the first event that "
                    "led to the problem (a deployment, a change, a spike), not with when you were "
                    "notified, and mark it as trigger."));
        if (milestoneIndex(t, Milestone::ImpactStart) < 0)
            add("timeline.missing-milestone", {Section::Timeline, -1, milestoneField},
                hasTrigger ? QCoreApplication::translate(
                                 "ReviewCheck",
                                 "No entry is marked as impact start, so time to detect and to resolve "
                                 "are measured from the trigger instead. Mark the entry where customers "
                                 "were first affected as impact start.")
                           : QCoreApplication::translate(
                                 "ReviewCheck",
                                 "No entry is marked as impact start (nor trigger): time to detect and "
                                 "to resolve cannot be computed. Mark the entry where customers were "
                                 "first affected as impact start."));
        if (milestoneIndex(t, Milestone::Detected) < 0)
            add("timeline.missing-milestone", {Section::Timeline, -1, milestoneField},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "No entry is marked as detected: time to detect, to diagnose and to mitigate "
                    "cannot be computed. Mark the entry where you learned of the impact as detected."));
        if (milestoneIndex(t, Milestone::Mitigated) < 0)
            add("timeline.missing-milestone", {Section::Timeline, -1, milestoneField},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "No entry is marked as mitigated: time to mitigate cannot be computed. Mark the "
                    "entry where customer impact ended as mitigated."));

        for (const Gap& g : findGaps(t, m_options.gapMinutes)) {
            if (g.explained)
                continue;
            const QString message =
                g.approximate
                    ? QCoreApplication::translate(
                          "ReviewCheck",
                          "Around %n minute(s) pass between timeline entries %1 and %2 with nothing "
                          "recorded. Explain in entry %2 what happened meanwhile, or why nothing was "
                          "recorded.",
                          nullptr, int(g.minutes))
                    : QCoreApplication::translate(
                          "ReviewCheck",
                          "%n minute(s) pass between timeline entries %1 and %2 with nothing recorded. "
                          "Explain in entry %2 what happened meanwhile, or why nothing was recorded.",
                          nullptr, int(g.minutes));
            add("timeline.gap-unexplained", {Section::Timeline, g.toIndex, QStringLiteral("gap_explanation")},
                message.arg(g.fromIndex + 1).arg(g.toIndex + 1));
        }

        for (const MilestoneOrderIssue& o : milestoneOrderIssues(t))
            add("timeline.milestone-order", {Section::Timeline, o.secondIndex, QStringLiteral("at")},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "Entry %1 (%2) is earlier than entry %3 (%4), which must come first. Correct the "
                    "time or the milestone of one of them.")
                    .arg(QString::number(o.secondIndex + 1), milestoneDisplayName(o.second),
                         QString::number(o.firstIndex + 1), milestoneDisplayName(o.first)));

        for (int i = 0; i < t.size(); ++i)
            if (t.at(i).approximate)
                add("timeline.approximate", {Section::Timeline, i, QStringLiteral("at")},
                    QCoreApplication::translate(
                        "ReviewCheck",
                        "The time of entry %1 is approximate. If a log, alarm, chat or ticket records "
                        "the exact time, use it.")
                        .arg(i + 1));
    }

    void metrics()
    {
        const QList<Metric>& ms = m_coe.metrics;
        if (ms.isEmpty()) {
            add("metrics.none", {Section::Metrics, -1, {}},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "No metrics: that is a red flag. Add the metrics that show the impact and how the "
                    "problem was detected; if they do not exist, add an action item to create them."));
            return;
        }
        auto hasRole = [&](MetricRole r) {
            return std::any_of(ms.cbegin(), ms.cend(), [r](const Metric& m) { return m.role == r; });
        };
        if (!hasRole(MetricRole::Impact))
            add("metrics.no-impact", {Section::Metrics, -1, QStringLiteral("role")},
                QCoreApplication::translate(
                    "ReviewCheck", "No metric shows the impact. Add the metric that measured what customers "
                                   "experienced (errors, latency, failed orders) with the role “impact”."));
        if (!hasRole(MetricRole::Detection))
            add("metrics.no-detection", {Section::Metrics, -1, QStringLiteral("role")},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "No metric shows how the problem was (or could have been) detected. Add it with "
                    "the role “detection”; if none exists, that is an action item."));
    }

    void questions()
    {
        const QList<Question>& qs = m_coe.questions;
        for (QuestionArea area : allValues<QuestionArea>()) {
            int first = -1;
            bool answered = false;
            for (int i = 0; i < qs.size(); ++i) {
                if (qs.at(i).area != area)
                    continue;
                if (first < 0)
                    first = i;
                answered = answered || !blank(qs.at(i).answer);
            }
            if (answered)
                continue;
            QString message;
            switch (area) {
            case QuestionArea::Detection:
                message = QCoreApplication::translate(
                    "ReviewCheck", "No detection question is answered. Answer at least “How can we reduce "
                                   "the time to detect in half?”");
                break;
            case QuestionArea::Diagnosis:
                message = QCoreApplication::translate(
                    "ReviewCheck", "No diagnosis question is answered. Answer at least “How can we reduce "
                                   "the time to diagnose in half?”");
                break;
            case QuestionArea::Mitigation:
                message = QCoreApplication::translate(
                    "ReviewCheck", "No mitigation question is answered. Answer at least “How can we reduce "
                                   "the time to mitigate in half?”");
                break;
            case QuestionArea::Prevention:
                message = QCoreApplication::translate(
                    "ReviewCheck", "No prevention question is answered. Answer at least “How do we prevent "
                                   "this from happening again?”");
                break;
            }
            add("questions.unanswered-area",
                {Section::Questions, first, first >= 0 ? QStringLiteral("answer") : QString()}, message);
        }
    }

    void whys()
    {
        const QList<WhyStep>& ws = m_coe.whys;
        if (ws.isEmpty()) {
            add("whys.none", {Section::Whys, -1, {}},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "Ask the five whys: why did the problem happen, then why did that happen, until "
                    "you reach causes you can act on."));
            return;
        }
        QHash<QString, int> byId;
        for (int i = 0; i < ws.size(); ++i)
            if (!ws.at(i).id.isEmpty() && !byId.contains(ws.at(i).id))
                byId.insert(ws.at(i).id, i);
        auto hasChild = [&](const WhyStep& w) {
            return !w.id.isEmpty() &&
                   std::any_of(ws.cbegin(), ws.cend(), [&](const WhyStep& c) { return c.parentId == w.id; });
        };
        // Steps from the top of the tree down to step i (cycles and dangling parents stop the walk).
        auto depth = [&](int i) {
            QSet<int> visited;
            int d = 0;
            while (i >= 0 && !visited.contains(i)) {
                visited.insert(i);
                ++d;
                const QString& parent = ws.at(i).parentId;
                i = parent.isEmpty() ? -1 : byId.value(parent, -1);
            }
            return d;
        };

        const bool anyRoot =
            std::any_of(ws.cbegin(), ws.cend(), [](const WhyStep& w) { return w.rootCause; });
        if (!anyRoot)
            add("whys.no-root-cause", {Section::Whys, -1, QStringLiteral("root_cause")},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "No why step is marked as a root cause. Mark the causes that, once fixed, prevent "
                    "this problem and others like it."));
        int deepest = 0;
        int deepestRow = 0;
        for (int i = 0; i < ws.size(); ++i) {
            const int d = depth(i);
            if (d > deepest) {
                deepest = d;
                deepestRow = i;
            }
        }
        if (!anyRoot && deepest < kWhyDepth)
            add("whys.shallow", {Section::Whys, deepestRow, QStringLiteral("why")},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "The longest chain of whys has only %n step(s) and no root cause. Keep asking why "
                    "of the last answer (five times is a guide, not a limit) until you reach a cause "
                    "you can act on.",
                    nullptr, int(deepest)));
        for (int i = 0; i < ws.size(); ++i)
            if (ws.at(i).humanError && !hasChild(ws.at(i)))
                add("whys.human-error-unexplored", {Section::Whys, i, QStringLiteral("because")},
                    QCoreApplication::translate(
                        "ReviewCheck",
                        "Why step %1 is a human error, and nothing below it asks why that error was "
                        "possible. Add a step asking what check, guard rail or fail-safe was missing.")
                        .arg(i + 1));
        for (int i = 0; i < ws.size(); ++i) {
            const WhyStep& w = ws.at(i);
            if (!w.rootCause)
                continue;
            const bool acted =
                !w.id.isEmpty() &&
                std::any_of(m_coe.actionItems.cbegin(), m_coe.actionItems.cend(), [&](const ActionItem& a) {
                    return a.status != ActionStatus::WontDo && a.whys.contains(w.id);
                });
            if (!acted)
                add("whys.root-cause-without-action", {Section::Whys, i, QStringLiteral("root_cause")},
                    QCoreApplication::translate(
                        "ReviewCheck",
                        "Why step %1 is a root cause, but no action item addresses it. Add an action "
                        "item and link it to this step.")
                        .arg(i + 1));
        }
        // Format 1.1: the contributing factors are what the archive learns
        // from. A COE that names none (every COE written before 1.1) is not
        // flagged; once it names one, every root cause must lead to one.
        for (int i = 0; i < ws.size() && !m_coe.factors.isEmpty(); ++i) {
            const WhyStep& w = ws.at(i);
            if (!w.rootCause)
                continue;
            const bool named =
                !w.id.isEmpty() && std::any_of(m_coe.factors.cbegin(), m_coe.factors.cend(),
                                               [&](const ContributingFactor& f) { return f.whys.contains(w.id); });
            if (!named)
                add("factor.missing", {Section::Whys, i, QStringLiteral("root_cause")},
                    QCoreApplication::translate(
                        "ReviewCheck",
                        "Why step %1 is a root cause, but no contributing factor comes from it. Add a "
                        "contributing factor with its category and link it to this step, so that the "
                        "archive can count it across incidents.")
                        .arg(i + 1));
        }
    }

    void actions()
    {
        const QList<ActionItem>& as = m_coe.actionItems;
        if (as.isEmpty()) {
            add("action.none", {Section::Actions, -1, {}},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "Add action items: they are the main result of a COE. Each needs a priority, an "
                    "owner and a due date."));
            return;
        }
        for (int i = 0; i < as.size(); ++i) {
            const ActionItem& a = as.at(i);
            if (a.priority == Priority::None)
                add("action.missing-priority", {Section::Actions, i, QStringLiteral("priority")},
                    QCoreApplication::translate("ReviewCheck", "%1 has no priority. Set one.")
                        .arg(actionLabel(a, i)));
            if (blank(a.owner))
                add("action.missing-owner", {Section::Actions, i, QStringLiteral("owner")},
                    QCoreApplication::translate("ReviewCheck",
                                                "%1 has no owner. Name the one person responsible for it.")
                        .arg(actionLabel(a, i)));
            if (!a.due.isValid())
                add("action.missing-due", {Section::Actions, i, QStringLiteral("due")},
                    QCoreApplication::translate(
                        "ReviewCheck", "%1 has no due date. Set the date by which it will be finished.")
                        .arg(actionLabel(a, i)));
        }
        if (m_coe.createdAt.isValid()) {
            const QTimeZone zone = m_coe.displayTimeZone.isValid() ? m_coe.displayTimeZone : QTimeZone::utc();
            const QDate created = m_coe.createdAt.toTimeZone(zone).date();
            const int sla = std::max(m_options.actionSlaDays, 0);
            for (int i = 0; i < as.size(); ++i) {
                const ActionItem& a = as.at(i);
                if (a.priority != Priority::High || !a.due.isValid() || a.status == ActionStatus::Done ||
                    a.status == ActionStatus::WontDo)
                    continue;
                const qint64 days = created.daysTo(a.due);
                if (days > sla)
                    add("action.due-beyond-sla", {Section::Actions, i, QStringLiteral("due")},
                        QCoreApplication::translate(
                            "ReviewCheck",
                            "%1 is high priority but due %2 days after the COE was created, beyond "
                            "the %n-day target. Bring the date forward, split the item, or lower its "
                            "priority.",
                            nullptr, int(sla))
                            .arg(actionLabel(a, i), QString::number(days)));
            }
        }
        if (as.size() < kFewActions)
            add("action.few", {Section::Actions, -1, {}},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "Only %n action item(s). Check that every why step and every way to detect, "
                    "diagnose and mitigate faster has an action.",
                    nullptr, int(as.size())));
    }

    void related()
    {
        if (m_coe.related.isEmpty())
            add("related.none", {Section::Related, -1, {}},
                QCoreApplication::translate(
                    "ReviewCheck",
                    "No related items. Link earlier COEs about the same service or cause, tickets and "
                    "runbooks, if there are any."));
    }

    // One finding per unresolved review comment, where its target points (the
    // section, the row of a timeline entry, why or action item; a comment on
    // the COE as a whole, or whose target is gone, points at the summary).
    void review()
    {
        for (const ReviewComment& c : m_coe.review.comments) {
            if (c.resolved)
                continue;
            QString sectionName;
            int row = -1;
            Location at{Section::Summary, -1, {}};
            if (resolveCommentTarget(m_coe, c.target, &sectionName, &row)) {
                const qsizetype section = CommentTarget::sectionNames().indexOf(sectionName);
                if (section >= 0) {
                    at.section = Section(section);
                    at.row = row;
                }
            }
            QString text = c.text.simplified();
            if (text.size() > 80)
                text = text.left(79) + QChar(0x2026);
            add("review.comment-unresolved", at,
                c.author.trimmed().isEmpty()
                    ? QCoreApplication::translate(
                          "ReviewCheck",
                          "Unresolved review comment: “%1”. Answer it or act on it, then mark it resolved.")
                          .arg(text)
                    : QCoreApplication::translate("ReviewCheck", "Unresolved review comment by %1: “%2”. Answer "
                                                                 "it or act on it, then mark it resolved.")
                          .arg(c.author.trimmed(), text));
        }
    }

    void blameless()
    {
        const QList<Text> texts = narrativeTexts(m_coe);
        const NameMatcher people(peopleOf(m_coe, m_options));
        for (const Text& t : texts) {
            if (blank(t.text))
                continue;
            const QStringList names = people.namesIn(t.text);
            if (!names.isEmpty())
                add("blameless.name", t.location,
                    QCoreApplication::translate(
                        "ReviewCheck",
                        "%1 names %2. Write about roles and systems (“the on-call engineer”, “the "
                        "config service”), not people: a COE is blameless.")
                        .arg(whereOf(t.location), names.join(QStringLiteral(", "))));
            const QStringList words = blamingWordsIn(t.text);
            if (!words.isEmpty())
                add("blameless.wording", t.location,
                    QCoreApplication::translate(
                        "ReviewCheck",
                        "%1 says %2. Instead of assigning error or blame, ask why the system allowed "
                        "it, and write that down as a why step.")
                        .arg(whereOf(t.location), quoteList(words)));
        }
    }

    const Coe& m_coe;
    const CheckOptions& m_options;
    QList<Finding> m_findings;
};

} // namespace

QString toString(Level level)
{
    switch (level) {
    case Level::Error:
        return QStringLiteral("error");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString toString(Section section)
{
    switch (section) {
    case Section::Summary:
        return QStringLiteral("summary");
    case Section::Impact:
        return QStringLiteral("impact");
    case Section::Timeline:
        return QStringLiteral("timeline");
    case Section::Metrics:
        return QStringLiteral("metrics");
    case Section::Questions:
        return QStringLiteral("questions");
    case Section::Whys:
        return QStringLiteral("whys");
    case Section::Actions:
        return QStringLiteral("actions");
    case Section::Related:
        return QStringLiteral("related");
    case Section::Review:
        return QStringLiteral("review");
    }
    return {};
}

const QList<Rule>& reviewRules()
{
    using L = Level;
    using S = Section;
    static const QList<Rule> rules{
        {QStringLiteral("summary.empty"), L::Error, S::Summary},
        {QStringLiteral("summary.short"), L::Warning, S::Summary},
        {QStringLiteral("summary.no-time"), L::Warning, S::Summary},
        {QStringLiteral("impact.customers-unknown"), L::Warning, S::Impact},
        {QStringLiteral("impact.no-description"), L::Warning, S::Impact},
        {QStringLiteral("impact.no-pillar"), L::Warning, S::Impact},
        {QStringLiteral("timeline.empty"), L::Error, S::Timeline},
        {QStringLiteral("timeline.no-trigger"), L::Warning, S::Timeline},
        {QStringLiteral("timeline.missing-milestone"), L::Warning, S::Timeline},
        {QStringLiteral("timeline.gap-unexplained"), L::Warning, S::Timeline},
        {QStringLiteral("timeline.milestone-order"), L::Error, S::Timeline},
        {QStringLiteral("timeline.approximate"), L::Note, S::Timeline},
        {QStringLiteral("metrics.none"), L::Error, S::Metrics},
        {QStringLiteral("metrics.no-impact"), L::Warning, S::Metrics},
        {QStringLiteral("metrics.no-detection"), L::Warning, S::Metrics},
        {QStringLiteral("questions.unanswered-area"), L::Warning, S::Questions},
        {QStringLiteral("whys.none"), L::Error, S::Whys},
        {QStringLiteral("whys.no-root-cause"), L::Warning, S::Whys},
        {QStringLiteral("whys.shallow"), L::Warning, S::Whys},
        {QStringLiteral("whys.human-error-unexplored"), L::Warning, S::Whys},
        {QStringLiteral("whys.root-cause-without-action"), L::Warning, S::Whys},
        {QStringLiteral("factor.missing"), L::Warning, S::Whys},
        {QStringLiteral("action.none"), L::Error, S::Actions},
        {QStringLiteral("action.missing-priority"), L::Warning, S::Actions},
        {QStringLiteral("action.missing-owner"), L::Warning, S::Actions},
        {QStringLiteral("action.missing-due"), L::Warning, S::Actions},
        {QStringLiteral("action.due-beyond-sla"), L::Warning, S::Actions},
        {QStringLiteral("action.few"), L::Note, S::Actions},
        {QStringLiteral("related.none"), L::Note, S::Related},
        {QStringLiteral("review.comment-unresolved"), L::Warning, S::Summary},
        {QStringLiteral("blameless.name"), L::Warning, S::Summary},
        {QStringLiteral("blameless.wording"), L::Warning, S::Summary},
    };
    return rules;
}

Level ruleLevel(const QString& id)
{
    for (const Rule& r : reviewRules())
        if (r.id == id)
            return r.level;
    for (const Rule& r : requiredRules())
        if (r.id == id)
            return r.level;
    return Level::Warning;
}

QString locationPath(const Location& location)
{
    const QString field = location.field;
    switch (location.section) {
    case Section::Summary:
        return QStringLiteral("$.summary");
    case Section::Impact:
        return field.isEmpty() ? QStringLiteral("$.impact") : QStringLiteral("$.impact.") + field;
    default:
        break;
    }
    if (location.section == Section::Whys && field == QLatin1String("problem"))
        return QStringLiteral("$.problem");
    const QString array =
        location.section == Section::Actions ? QStringLiteral("action_items") : toString(location.section);
    if (location.row < 0)
        return QStringLiteral("$.") + array;
    QString path = QStringLiteral("$.%1[%2]").arg(array).arg(location.row);
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
    return path;
}

QList<Finding> reviewCheck(const Coe& coe, const CheckOptions& options)
{
    QList<Finding> findings = Checker(coe, options).run();
    QList<Finding> required = requiredCheck(coe, options);
    // A required item that the check already reports as an error at the same
    // place (an empty summary is always one) is said once, not twice.
    required.removeIf([&findings](const Finding& r) {
        return std::any_of(findings.cbegin(), findings.cend(),
                           [&r](const Finding& f) { return f.level == Level::Error && f.location == r.location; });
    });
    if (!required.isEmpty()) {
        findings += required;
        std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
            return a.location.section < b.location.section;
        });
    }
    return findings;
}

QStringList peopleNamedAt(const Coe& coe, const Location& location, const CheckOptions& options)
{
    for (const Text& t : narrativeTexts(coe)) {
        if (t.location == location)
            return NameMatcher(peopleOf(coe, options)).namesIn(t.text);
    }
    return {};
}

} // namespace hindsight::analysis
