// SPDX-License-Identifier: MIT
#include "Guidance.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hindsight {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Guidance", text);
}

} // namespace

QString guidanceMarkdown(analysis::Section section)
{
    // A text shipped as a resource wins (see Guidance.h); else the built-in one.
    QFile file(QStringLiteral(":/guidance/%1.md").arg(analysis::toString(section)));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    using S = analysis::Section;
    switch (section) {
    case S::Summary:
        return tr("Write this part last, once the rest is done. A reader who sees only the summary should still know who was hurt, when and for how long, how we found out, how we stopped it, and what we will change. Keep it short, as if it were an update for the most senior person who cares about the service.");
    case S::Impact:
        return tr("Put numbers on the harm: how many customers, which of them, and what they experienced. Add money lost or refunded, missed commitments (SLAs, contracts, regulation) and knock-on effects on the customers' own business. Tick every quality that suffered: security, reliability, performance, cost or operations. Say \"unknown\" rather than guess.");
    case S::Timeline:
        return tr("Tell the story in order, from the first cause (often a change) to the return to normal, not just from the moment the team noticed. Use one time zone throughout and mark the key moments: trigger, impact start, detected, diagnosed, mitigated, resolved. Every silence longer than about fifteen minutes needs a sentence explaining it. Link dashboards, tickets and chat logs as sources.");
    case S::Metrics:
        return tr("Show the measurements that prove the impact, the ones that revealed the problem, and the ones that will watch for it from now on. Attach graphs with a caption saying what to look at. If a metric you needed did not exist, say so: that is probably an action item.");
    case S::Questions:
        return tr("Question the event, area by area: how it was detected, diagnosed, mitigated and how it could have been prevented. Always ask how each of those times could be halved. Answer plainly; \"we do not know yet\" is an honest answer that deserves an action item.");
    case S::Whys:
        return tr("State the problem, then ask why it happened, and ask again of each answer until you reach causes you can fix. Five rounds is a habit, not a limit; a problem can have several branches. Look for missing safeguards, not for someone to blame: when the answer is \"a person made a mistake\", ask what made that mistake possible.");
    case S::Actions:
        return tr("Action items are what the COE is for. Each should be specific and achievable, with one owner, a priority and a due date; a two-week target is common for the urgent ones. Link each to the why it addresses, so reviewers can see that every root cause has an answer.");
    case S::Related:
        return tr("Point to earlier COEs with a similar cause, and to documents that give context: runbooks, design notes, tickets. A series of related incidents tells more than any one of them alone.");
    }
    return {};
}

QList<Question> standardQuestions()
{
    QFile file(QStringLiteral(":/questions/standard.json"));
    if (file.open(QIODevice::ReadOnly)) {
        QList<Question> questions;
        const QJsonArray groups = QJsonDocument::fromJson(file.readAll()).object().value(u"groups").toArray();
        for (const auto& g : groups) {
            const auto area = enumFromString<QuestionArea>(g.toObject().value(u"area").toString());
            if (!area)
                continue;
            for (const auto& q : g.toObject().value(u"questions").toArray())
                questions << Question{*area, q.toString(), {}};
        }
        if (!questions.isEmpty())
            return questions;
    }
    using A = QuestionArea;
    return {
        {A::Detection, tr("At what moment did we first know customers were affected?"), {}},
        {A::Detection, tr("What told us: an alarm, a dashboard, a customer, or a colleague?"), {}},
        {A::Detection, tr("How could we cut the time to detect in half?"), {}},
        {A::Diagnosis, tr("What caused the customer impact, underneath the symptoms?"), {}},
        {A::Diagnosis, tr("Was planned work (a deployment, a maintenance window) going on at the time, and did the owners of the affected service know?"), {}},
        {A::Diagnosis, tr("How could we cut the time to diagnose in half?"), {}},
        {A::Mitigation, tr("When were customers back to how things were before the incident?"), {}},
        {A::Mitigation, tr("How did we confirm that the system had really recovered?"), {}},
        {A::Mitigation, tr("How did we decide where and how to mitigate?"), {}},
        {A::Mitigation, tr("How could we cut the time to mitigate in half?"), {}},
        {A::Prevention, tr("What would have stopped this from happening at all?"), {}},
        {A::Prevention, tr("Could the same weakness cause a different incident elsewhere?"), {}},
    };
}

} // namespace hindsight
