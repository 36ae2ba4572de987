// SPDX-License-Identifier: MIT
#include "analysis/CoeDiff.h"

#include <QCryptographicHash>
#include <QHash>

#include <dtl/dtl.hpp>

#include <functional>
#include <utility>
#include <vector>

namespace hindsight::analysis {

namespace {

QString instantText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Tokens: runs of letters and digits, runs of white space, single other characters.
std::vector<QString> tokens(const QString& text)
{
    std::vector<QString> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (c.isLetterOrNumber() || c.isMark()) {
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j).isMark()))
                ++j;
        } else if (c.isSpace()) {
            while (j < n && text.at(j).isSpace())
                ++j;
        } else if (c.isHighSurrogate() && j < n && text.at(j).isLowSurrogate()) {
            ++j;
        }
        out.push_back(text.mid(i, j - i));
        i = j;
    }
    return out;
}

// The Myers diff of two sequences: for each element of `a` and of `b`,
// whether it is common to both (in the longest common subsequence).
template <typename T>
void commonOf(const std::vector<T>& a, const std::vector<T>& b, std::vector<bool>* inA, std::vector<bool>* inB)
{
    inA->assign(a.size(), false);
    inB->assign(b.size(), false);
    if (a.empty() || b.empty())
        return;
    dtl::Diff<T, std::vector<T>> d(a, b);
    if (a.size() + b.size() > 20000)
        d.onHuge();
    d.compose();
    for (const auto& [elem, info] : d.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            (*inA)[size_t(info.beforeIdx - 1)] = true;
            (*inB)[size_t(info.afterIdx - 1)] = true;
        }
    }
}

// One item as the comparison sees it.
struct ItemView
{
    QString id;      // matches items first (whys, actions); "" when the kind has none
    QString similar; // matches what remains: "the same item, changed" (e.g. same instant)
    QString label;
    QList<std::pair<QString, QString>> fields; // key, value as text
    QString content() const
    {
        QString s;
        for (const auto& f : fields) {
            s += f.second;
            s += QChar(0x1f);
        }
        return s;
    }
};

QString shortLabel(const QString& text)
{
    QString s = text.simplified();
    if (s.size() > 60)
        s = s.left(59) + QChar(0x2026);
    return s;
}

template <typename T>
SectionDiff diffItems(const QString& section, const QList<T>& a, const QList<T>& b,
                      const std::function<ItemView(const T&)>& view)
{
    SectionDiff out;
    out.section = section;
    QList<ItemView> va, vb;
    va.reserve(a.size());
    vb.reserve(b.size());
    for (const T& t : a)
        va.append(view(t));
    for (const T& t : b)
        vb.append(view(t));
    QList<int> pairOfA(a.size(), -1), pairOfB(b.size(), -1);
    auto pass = [&](const std::function<QString(const ItemView&)>& key) {
        QHash<QString, QList<int>> free; // unpaired newer items by key, in order
        for (int j = 0; j < vb.size(); ++j) {
            const QString k = key(vb[j]);
            if (pairOfB[j] < 0 && !k.isEmpty())
                free[k].append(j);
        }
        for (int i = 0; i < va.size(); ++i) {
            if (pairOfA[i] >= 0)
                continue;
            const QString k = key(va[i]);
            if (k.isEmpty())
                continue;
            auto it = free.find(k);
            if (it == free.end() || it->isEmpty())
                continue;
            const int j = it->takeFirst();
            pairOfA[i] = j;
            pairOfB[j] = i;
        }
    };
    pass([](const ItemView& v) { return v.id; });
    pass([](const ItemView& v) { return v.id.isEmpty() ? v.content() : QString(); });
    pass([](const ItemView& v) { return v.id.isEmpty() ? v.similar : QString(); });

    // Moved: the matched items that are not in the longest common order.
    std::vector<int> seqA, seqB;
    for (int i = 0; i < va.size(); ++i)
        if (pairOfA[i] >= 0)
            seqA.push_back(i);
    for (int j = 0; j < vb.size(); ++j)
        if (pairOfB[j] >= 0)
            seqB.push_back(pairOfB[j]);
    std::vector<bool> keptA, keptB;
    commonOf(seqA, seqB, &keptA, &keptB);
    QList<bool> inOrder(a.size(), false);
    for (size_t k = 0; k < seqA.size(); ++k)
        inOrder[seqA[k]] = keptA[k];

    auto removedItem = [&](int i) {
        ItemChange c;
        c.kind = ItemChange::Kind::Removed;
        c.fromIndex = i;
        c.label = va[i].label;
        out.items.append(c);
        ++out.removed;
    };
    // Removed items go at their old place: before the next item that kept its
    // order and came after them, and before what was added there.
    QList<int> limit(vb.size() + 1, int(va.size()));
    for (qsizetype j = vb.size() - 1; j >= 0; --j)
        limit[j] = pairOfB[j] >= 0 && inOrder[pairOfB[j]] ? pairOfB[j] : limit[j + 1];
    int nextRemoved = 0;
    for (int j = 0; j < vb.size(); ++j) {
        const int i = pairOfB[j];
        if (i < 0 || inOrder[i]) {
            for (; nextRemoved < limit[j]; ++nextRemoved)
                if (pairOfA[nextRemoved] < 0)
                    removedItem(nextRemoved);
        }
        ItemChange c;
        c.toIndex = j;
        c.label = vb[j].label;
        if (i < 0) {
            c.kind = ItemChange::Kind::Added;
            out.items.append(c);
            ++out.added;
            continue;
        }
        c.fromIndex = i;
        for (qsizetype f = 0; f < vb[j].fields.size() && f < va[i].fields.size(); ++f) {
            if (va[i].fields[f].second != vb[j].fields[f].second)
                c.fields.append(vb[j].fields[f].first);
        }
        const bool moved = !inOrder[i];
        if (!c.fields.isEmpty()) {
            c.kind = ItemChange::Kind::Changed;
            c.alsoMoved = moved;
            ++out.changed;
            if (moved)
                ++out.moved;
        } else if (moved) {
            c.kind = ItemChange::Kind::Moved;
            ++out.moved;
        } else {
            continue;
        }
        out.items.append(c);
    }
    for (; nextRemoved < va.size(); ++nextRemoved)
        if (pairOfA[nextRemoved] < 0)
            removedItem(nextRemoved);
    return out;
}

QString imageKey(const MetricImage& image)
{
    return QString::fromLatin1(QCryptographicHash::hash(image.data, QCryptographicHash::Sha1).toHex())
        + image.mediaType;
}

QString imagesText(const QList<MetricImage>& images)
{
    QStringList keys;
    for (const MetricImage& image : images)
        keys << imageKey(image) + QChar(0x1e) + image.fileName + QChar(0x1e) + image.caption;
    return keys.join(QChar(0x1d));
}

// Images of the older metric that the newer lacks, or the other way, whichever are more.
int replacedImages(const Metric& a, const Metric& b)
{
    QStringList ka, kb;
    for (const MetricImage& i : a.images)
        ka << imageKey(i);
    for (const MetricImage& i : b.images)
        kb << imageKey(i);
    int onlyA = 0, onlyB = 0;
    for (const QString& k : std::as_const(ka))
        onlyA += kb.contains(k) ? 0 : 1;
    for (const QString& k : std::as_const(kb))
        onlyB += ka.contains(k) ? 0 : 1;
    return std::max(onlyA, onlyB);
}

QString optionalText(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QString();
}

void field(QList<FieldChange>* out, const QString& key, const QString& before, const QString& after)
{
    if (before == after)
        return;
    FieldChange c;
    c.field = key;
    c.before = before;
    c.after = after;
    out->append(c);
}

void longText(QList<FieldChange>* out, const QString& key, const QString& before, const QString& after)
{
    if (before == after)
        return;
    FieldChange c;
    c.field = key;
    c.before = before;
    c.after = after;
    c.longText = true;
    c.words = wordDiff(before, after);
    out->append(c);
}

} // namespace

QList<WordRun> wordDiff(const QString& before, const QString& after)
{
    const std::vector<QString> a = tokens(before);
    const std::vector<QString> b = tokens(after);
    std::vector<bool> inA, inB;
    commonOf(a, b, &inA, &inB);
    QList<WordRun> out;
    auto push = [&](WordRun::Op op, const QString& text) {
        if (!out.isEmpty() && out.last().op == op)
            out.last().text += text;
        else
            out.append({op, text});
    };
    // Walk both: removed tokens of `a` before added ones of `b`, then a common one.
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        while (i < a.size() && !inA[i])
            push(WordRun::Op::Removed, a[i++]);
        while (j < b.size() && !inB[j])
            push(WordRun::Op::Added, b[j++]);
        if (i < a.size() && j < b.size()) {
            push(WordRun::Op::Same, b[j]);
            ++i;
            ++j;
        }
    }
    return out;
}

CoeDiff compareCoes(const Coe& a, const Coe& b)
{
    CoeDiff d;
    const QString sep = QStringLiteral(", ");
    field(&d.header, QStringLiteral("title"), a.title, b.title);
    field(&d.header, QStringLiteral("status"), toString(a.status), toString(b.status));
    field(&d.header, QStringLiteral("severity"), optionalText(a.severity), optionalText(b.severity));
    field(&d.header, QStringLiteral("owner"), a.owner, b.owner);
    field(&d.header, QStringLiteral("reviewers"), a.reviewers.join(sep), b.reviewers.join(sep));
    field(&d.header, QStringLiteral("services"), a.services.join(sep), b.services.join(sep));
    field(&d.header, QStringLiteral("tags"), a.tags.join(sep), b.tags.join(sep));
    field(&d.header, QStringLiteral("created_at"), instantText(a.createdAt), instantText(b.createdAt));
    field(&d.header, QStringLiteral("updated_at"), instantText(a.updatedAt), instantText(b.updatedAt));
    field(&d.header, QStringLiteral("display_time_zone"), QString::fromUtf8(a.displayTimeZone.id()),
          QString::fromUtf8(b.displayTimeZone.id()));
    field(&d.header, QStringLiteral("template"), a.templateName, b.templateName); // format 1.1

    longText(&d.texts, QStringLiteral("summary"), a.summary, b.summary);
    longText(&d.texts, QStringLiteral("problem"), a.problem, b.problem);
    longText(&d.texts, QStringLiteral("impact.description"), a.impact.description, b.impact.description);
    longText(&d.texts, QStringLiteral("impact.consequences"), a.impact.consequences, b.impact.consequences);
    longText(&d.texts, QStringLiteral("impact.second_order"), a.impact.secondOrder, b.impact.secondOrder);
    longText(&d.texts, QStringLiteral("impact.customer_sentiment"), a.impact.customerSentiment,
             b.impact.customerSentiment);
    auto customers = [](const Impact& i) {
        return i.customersAffected ? QString::number(*i.customersAffected) : QString();
    };
    auto money = [](const Impact& i) {
        return i.financialImpact
            ? QStringLiteral("%1 %2").arg(QString::number(i.financialImpact->amount, 'f', 2), i.financialImpact->currency)
            : QString();
    };
    auto sla = [](const Impact& i) {
        return i.slaBreached ? (*i.slaBreached ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    };
    auto pillars = [](const Impact& i) {
        QStringList p;
        for (Pillar x : i.pillars)
            p << toString(x);
        return p.join(QStringLiteral(", "));
    };
    field(&d.texts, QStringLiteral("impact.customers_affected"), customers(a.impact), customers(b.impact));
    field(&d.texts, QStringLiteral("impact.financial_impact"), money(a.impact), money(b.impact));
    field(&d.texts, QStringLiteral("impact.sla_breached"), sla(a.impact), sla(b.impact));
    field(&d.texts, QStringLiteral("impact.pillars"), pillars(a.impact), pillars(b.impact));
    // Format 1.1: how the incident was detected.
    field(&d.texts, QStringLiteral("detection.source"), toString(a.detection.source), toString(b.detection.source));
    longText(&d.texts, QStringLiteral("detection.description"), a.detection.description, b.detection.description);

    const std::function<ItemView(const TimelineEntry&)> timeline = [](const TimelineEntry& e) {
        ItemView v;
        v.similar = instantText(e.at);
        v.label = shortLabel(e.text);
        v.fields = {{QStringLiteral("at"), instantText(e.at)},
                    {QStringLiteral("text"), e.text},
                    {QStringLiteral("milestone"), toString(e.milestone)},
                    {QStringLiteral("approximate"), e.approximate ? QStringLiteral("1") : QString()},
                    {QStringLiteral("source"), e.source},
                    {QStringLiteral("gap_explanation"), e.gapExplanation},
                    {QStringLiteral("highlight"), e.highlight ? QStringLiteral("1") : QString()}};
        return v;
    };
    const std::function<ItemView(const Metric&)> metric = [](const Metric& m) {
        ItemView v;
        v.similar = m.name;
        v.label = shortLabel(m.name);
        v.fields = {{QStringLiteral("name"), m.name},
                    {QStringLiteral("role"), toString(m.role)},
                    {QStringLiteral("description"), m.description},
                    {QStringLiteral("source_url"), m.sourceUrl},
                    {QStringLiteral("images"), imagesText(m.images)},
                    {QStringLiteral("series"), seriesKey(m.series)},
                    {QStringLiteral("threshold"), m.threshold ? QString::number(*m.threshold, 'g', 17) : QString()},
                    {QStringLiteral("window"), m.window.isEmpty() ? QString()
                                                                  : instantText(m.window.from) + QLatin1Char('/')
                                                                        + instantText(m.window.to)}};
        return v;
    };
    const std::function<ItemView(const Question&)> question = [](const Question& q) {
        ItemView v;
        v.similar = q.question;
        v.label = shortLabel(q.question);
        v.fields = {{QStringLiteral("area"), toString(q.area)},
                    {QStringLiteral("question"), q.question},
                    {QStringLiteral("answer"), q.answer}};
        return v;
    };
    const std::function<ItemView(const WhyStep&)> why = [](const WhyStep& w) {
        ItemView v;
        v.id = w.id;
        v.label = shortLabel(w.why);
        v.fields = {{QStringLiteral("parent"), w.parentId},
                    {QStringLiteral("why"), w.why},
                    {QStringLiteral("because"), w.because},
                    {QStringLiteral("root_cause"), w.rootCause ? QStringLiteral("1") : QString()},
                    {QStringLiteral("human_error"), w.humanError ? QStringLiteral("1") : QString()}};
        return v;
    };
    const std::function<ItemView(const ActionItem&)> action = [](const ActionItem& x) {
        ItemView v;
        v.id = x.id;
        v.label = shortLabel(x.title);
        v.fields = {{QStringLiteral("title"), x.title},
                    {QStringLiteral("description"), x.description},
                    {QStringLiteral("priority"), toString(x.priority)},
                    {QStringLiteral("owner"), x.owner},
                    {QStringLiteral("due"), x.due.isValid() ? x.due.toString(Qt::ISODate) : QString()},
                    {QStringLiteral("status"), toString(x.status)},
                    {QStringLiteral("kind"), toString(x.kind)},
                    {QStringLiteral("whys"), x.whys.join(QChar(0x1e))},
                    {QStringLiteral("link"), x.link}};
        return v;
    };
    const std::function<ItemView(const RelatedItem&)> related = [](const RelatedItem& r) {
        ItemView v;
        v.similar = r.kind == RelatedKind::Coe ? r.uuid : r.url;
        v.label = shortLabel(r.title.isEmpty() ? v.similar : r.title);
        v.fields = {{QStringLiteral("kind"), toString(r.kind)},
                    {QStringLiteral("title"), r.title},
                    {QStringLiteral("uuid"), r.uuid},
                    {QStringLiteral("url"), r.url}};
        return v;
    };
    auto keep = [&](SectionDiff s) {
        if (!s.isEmpty())
            d.sections.append(std::move(s));
    };
    keep(diffItems<TimelineEntry>(QStringLiteral("timeline"), a.timeline, b.timeline, timeline));
    const SectionDiff metrics = diffItems<Metric>(QStringLiteral("metrics"), a.metrics, b.metrics, metric);
    for (const ItemChange& c : metrics.items) {
        if (c.kind == ItemChange::Kind::Changed && c.fields.contains(QStringLiteral("images")))
            d.imagesReplaced += replacedImages(a.metrics[c.fromIndex], b.metrics[c.toIndex]);
        if (c.kind == ItemChange::Kind::Changed && c.fields.contains(QStringLiteral("series"))) {
            SeriesChange s = compareSeries(a.metrics[c.fromIndex], b.metrics[c.toIndex]);
            s.metric = c.toIndex;
            if (!s.isEmpty())
                d.series.append(s);
        }
    }
    keep(metrics);
    keep(diffItems<Question>(QStringLiteral("questions"), a.questions, b.questions, question));
    keep(diffItems<WhyStep>(QStringLiteral("whys"), a.whys, b.whys, why));
    const SectionDiff actions =
        diffItems<ActionItem>(QStringLiteral("action_items"), a.actionItems, b.actionItems, action);
    for (const ItemChange& c : actions.items) {
        if (c.kind == ItemChange::Kind::Changed && c.fields.contains(QStringLiteral("status"))
            && b.actionItems[c.toIndex].status == ActionStatus::Done)
            ++d.actionsDone;
    }
    keep(actions);
    keep(diffItems<RelatedItem>(QStringLiteral("related"), a.related, b.related, related));
    const std::function<ItemView(const ContributingFactor&)> factor = [](const ContributingFactor& f) {
        ItemView v;
        v.id = f.id;
        v.label = shortLabel(f.description.isEmpty() ? f.category : f.description);
        v.fields = {{QStringLiteral("category"), f.category},
                    {QStringLiteral("description"), f.description},
                    {QStringLiteral("whys"), f.whys.join(QChar(0x1e))}};
        return v;
    };
    keep(diffItems<ContributingFactor>(QStringLiteral("contributing_factors"), a.factors, b.factors, factor));

    const Review& ra = a.review;
    const Review& rb = b.review;
    field(&d.review.approval, QStringLiteral("approved_by"), ra.approvedBy, rb.approvedBy);
    field(&d.review.approval, QStringLiteral("approved_at"), instantText(ra.approvedAt), instantText(rb.approvedAt));
    field(&d.review.approval, QStringLiteral("approved_version"), optionalText(ra.approvedVersion),
          optionalText(rb.approvedVersion));
    const std::function<ItemView(const ReviewComment&)> comment = [](const ReviewComment& c) {
        ItemView v;
        v.id = c.id;
        v.label = shortLabel(c.author.isEmpty() ? c.text : c.author + QStringLiteral(": ") + c.text);
        v.fields = {{QStringLiteral("at"), instantText(c.at)},
                    {QStringLiteral("author"), c.author},
                    {QStringLiteral("target"), c.target},
                    {QStringLiteral("text"), c.text},
                    {QStringLiteral("reply_to"), c.replyTo},
                    {QStringLiteral("resolved"), c.resolved ? QStringLiteral("1") : QString()}};
        return v;
    };
    const std::function<ItemView(const ReviewMeeting&)> meeting = [](const ReviewMeeting& m) {
        ItemView v;
        v.similar = instantText(m.at);
        v.label = shortLabel(m.facilitator.isEmpty() ? instantText(m.at)
                                                     : instantText(m.at) + QStringLiteral(" ") + m.facilitator);
        v.fields = {{QStringLiteral("at"), instantText(m.at)},
                    {QStringLiteral("facilitator"), m.facilitator},
                    {QStringLiteral("attendees"), m.attendees.join(QStringLiteral(", "))},
                    {QStringLiteral("notes"), m.notes},
                    {QStringLiteral("decisions"), m.decisions}};
        return v;
    };
    const std::function<ItemView(const ReviewQuestion&)> reviewQuestion = [](const ReviewQuestion& q) {
        ItemView v;
        v.similar = q.question;
        v.label = shortLabel(q.question);
        v.fields = {{QStringLiteral("question"), q.question},
                    {QStringLiteral("answer"), q.answer},
                    {QStringLiteral("action"), q.actionId}};
        return v;
    };
    const SectionDiff comments =
        diffItems<ReviewComment>(QStringLiteral("comments"), ra.comments, rb.comments, comment);
    for (const ItemChange& c : comments.items) {
        if (c.kind == ItemChange::Kind::Changed && c.fields.contains(QStringLiteral("resolved"))) {
            if (rb.comments[c.toIndex].resolved)
                ++d.review.commentsResolved;
            else
                ++d.review.commentsReopened;
        }
    }
    auto keepReview = [&](SectionDiff s) {
        if (!s.isEmpty())
            d.review.sections.append(std::move(s));
    };
    keepReview(comments);
    keepReview(diffItems<ReviewMeeting>(QStringLiteral("meetings"), ra.meetings, rb.meetings, meeting));
    keepReview(diffItems<ReviewQuestion>(QStringLiteral("questions"), ra.questions, rb.questions, reviewQuestion));
    return d;
}

} // namespace hindsight::analysis
