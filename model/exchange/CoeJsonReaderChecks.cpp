// SPDX-License-Identifier: MIT
// The references between a document's parts (CoeJsonReader.h: the whys'
// parents, the actions' whys, the review's targets and replies), checked
// once every part is read; reading the parts is CoeJsonReader.cpp's.
#include "CoeJsonReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hindsight::exchange {

// Every parent names an existing step, and following parents always ends at
// a top-level step: no step is its own ancestor.
void CoeJsonReader::checkWhyReferences()
{
    const QList<WhyStep>& whys = m_coe.whys;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = whys.size() - 1; i >= 0; --i)
        if (!whys[i].id.isEmpty())
            indexOf.insert(whys[i].id, i); // the first step wins a duplicated id
    QList<qsizetype> parentOf(whys.size(), -1);
    for (qsizetype i = 0; i < whys.size(); ++i) {
        const QString& parent = whys[i].parentId;
        if (parent.isEmpty())
            continue;
        const auto it = indexOf.constFind(parent);
        if (it == indexOf.constEnd())
            error(element(u"$.whys"_s, i) + u".parent"_s,
                  QCoreApplication::translate("CoeJson", "refers to why id %1, which does not exist")
                      .arg(quoted(parent)));
        else
            parentOf[i] = *it;
    }

    enum State : char
    {
        Unvisited,
        OnPath,
        Done
    };
    QList<State> state(whys.size(), Unvisited);
    QList<qsizetype> depth(whys.size(), 0); // 1 for a top-level step; 0 in or under a cycle
    for (qsizetype start = 0; start < whys.size(); ++start) {
        QList<qsizetype> chain;
        qsizetype at = start;
        while (at >= 0 && state[at] == Unvisited) {
            state[at] = OnPath;
            chain.append(at);
            at = parentOf[at];
        }
        if (at < 0 || (state[at] == Done && depth[at] > 0)) {
            qsizetype d = at < 0 ? 0 : depth[at];
            for (qsizetype k = chain.size() - 1; k >= 0; --k) {
                depth[chain[k]] = ++d;
                if (d == CoeJson::kMaxWhyDepth + 1)
                    error(element(u"$.whys"_s, chain[k]),
                          QCoreApplication::translate("CoeJson", "this step is %1 steps deep; a why chain "
                                                                 "can be at most %2 steps deep")
                              .arg(d)
                              .arg(CoeJson::kMaxWhyDepth));
            }
        }
        if (at >= 0 && state[at] == OnPath) {
            const QList<qsizetype> cycle = chain.mid(chain.indexOf(at));
            QStringList ids;
            for (const qsizetype k : cycle)
                ids << quoted(whys[k].id);
            ids << quoted(whys[at].id);
            const qsizetype first = *std::min_element(cycle.begin(), cycle.end());
            error(element(u"$.whys"_s, first) + u".parent"_s,
                  QCoreApplication::translate("CoeJson", "the parent chain goes round in a cycle: %1")
                      .arg(ids.join(u" → "_s)));
        }
        for (const qsizetype k : chain)
            state[k] = Done;
    }
}

void CoeJsonReader::checkActionReferences()
{
    QSet<QString> ids;
    for (const WhyStep& step : m_coe.whys)
        ids.insert(step.id);
    const QList<ActionItem>& actions = m_coe.actionItems;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        for (qsizetype j = 0; j < actions[i].whys.size(); ++j) {
            const QString& ref = actions[i].whys[j];
            if (ref.isEmpty() || !ids.contains(ref))
                error(element(element(u"$.action_items"_s, i) + u".whys"_s, j),
                      QCoreApplication::translate("CoeJson", "refers to why id %1, which does not exist")
                          .arg(quoted(ref)));
        }
    }
}

// A comment's target names a section or an item that exists, a reply_to a
// comment that exists (not itself), a question's action an action item whose id
// the file gives (an id made up on import cannot have been meant).
void CoeJsonReader::checkReviewReferences()
{
    const Review& review = m_coe.review;
    QSet<QString> whyIds;
    for (const WhyStep& step : m_coe.whys)
        whyIds.insert(step.id);
    QSet<QString> actionIds;
    for (qsizetype i = 0; i < m_coe.actionItems.size(); ++i)
        if (m_actionHasId.value(i))
            actionIds.insert(m_coe.actionItems[i].id);
    QSet<QString> commentIds;
    for (const ReviewComment& c : review.comments)
        if (!c.id.isEmpty())
            commentIds.insert(c.id);
    const auto noAction = [](const QString& id) {
        return QCoreApplication::translate("CoeJson", "refers to action item id %1, which does not exist").arg(quoted(id));
    };

    for (qsizetype i = 0; i < review.comments.size(); ++i) {
        const ReviewComment& c = review.comments[i];
        const QString itemPath = element(u"$.review.comments"_s, i);
        if (!c.replyTo.isEmpty() && !commentIds.contains(c.replyTo))
            error(itemPath + u".reply_to"_s,
                  QCoreApplication::translate("CoeJson", "refers to comment id %1, which does not exist")
                      .arg(quoted(c.replyTo)));
        else if (!c.replyTo.isEmpty() && c.replyTo == c.id)
            error(itemPath + u".reply_to"_s,
                  QCoreApplication::translate("CoeJson", "a comment cannot answer itself"));
        const CommentTarget target = CommentTarget::parse(c.target);
        const QString targetPath = itemPath + u".target"_s;
        switch (target.kind) {
        case CommentTarget::Kind::None:
        case CommentTarget::Kind::Section:
            break;
        case CommentTarget::Kind::TimelineEntry:
            if (target.index >= m_coe.timeline.size())
                error(targetPath,
                      QCoreApplication::translate("CoeJson", "refers to timeline entry %1 (counting from 0 in "
                                                             "time order), but the timeline has %n entries",
                                                  nullptr, int(m_coe.timeline.size()))
                          .arg(target.index));
            break;
        case CommentTarget::Kind::Why:
            if (!whyIds.contains(target.id))
                error(targetPath, QCoreApplication::translate("CoeJson", "refers to why id %1, which does not exist")
                                      .arg(quoted(target.id)));
            break;
        case CommentTarget::Kind::Action:
            if (!actionIds.contains(target.id))
                error(targetPath, noAction(target.id));
            break;
        case CommentTarget::Kind::Invalid:
            error(targetPath,
                  QCoreApplication::translate("CoeJson", "not a place in the COE: %1 (expected a section such as "
                                                         "summary or timeline, or timeline:N, why:ID or action:ID)")
                      .arg(quoted(c.target)));
            break;
        }
    }
    for (qsizetype i = 0; i < review.questions.size(); ++i) {
        const QString& action = review.questions[i].actionId;
        if (!action.isEmpty() && !actionIds.contains(action))
            error(element(u"$.review.questions"_s, i) + u".action"_s, noAction(action));
    }
}

// An action item without an id gets the first free "a<n>".
void CoeJsonReader::fillMissingActionIds()
{
    QList<ActionItem>& actions = m_coe.actionItems;
    QSet<QString> used;
    for (const ActionItem& action : actions)
        used.insert(action.id);
    int next = 1;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (m_actionHasId[i])
            continue;
        QString id;
        do
            id = u"a%1"_s.arg(next++);
        while (used.contains(id));
        used.insert(id);
        actions[i].id = id;
    }
}

} // namespace hindsight::exchange
