// SPDX-License-Identifier: MIT
// A comparison's summary line, text and JSON (CoeDiff.h); the comparison
// itself is CoeDiff.cpp's.
#include "analysis/CoeDiff.h"

#include "domain/DisplayNames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hindsight::analysis {

namespace {

QString sectionName(const QString& key)
{
    if (key == QLatin1String("timeline"))
        return QCoreApplication::translate("CoeDiff", "timeline");
    if (key == QLatin1String("metrics"))
        return QCoreApplication::translate("CoeDiff", "metrics");
    if (key == QLatin1String("questions"))
        return QCoreApplication::translate("CoeDiff", "questions");
    if (key == QLatin1String("whys"))
        return QCoreApplication::translate("CoeDiff", "whys");
    if (key == QLatin1String("action_items"))
        return QCoreApplication::translate("CoeDiff", "actions");
    if (key == QLatin1String("contributing_factors"))
        return QCoreApplication::translate("CoeDiff", "contributing factors");
    return QCoreApplication::translate("CoeDiff", "related");
}

QString fieldName(const QString& key)
{
    if (key == QLatin1String("summary"))
        return QCoreApplication::translate("CoeDiff", "summary");
    if (key == QLatin1String("problem"))
        return QCoreApplication::translate("CoeDiff", "problem");
    if (key.startsWith(QLatin1String("impact")))
        return QCoreApplication::translate("CoeDiff", "impact");
    if (key.startsWith(QLatin1String("detection")))
        return QCoreApplication::translate("CoeDiff", "detection");
    if (key == QLatin1String("template"))
        return QCoreApplication::translate("CoeDiff", "template");
    if (key == QLatin1String("title"))
        return QCoreApplication::translate("CoeDiff", "title");
    if (key == QLatin1String("status"))
        return QCoreApplication::translate("CoeDiff", "status");
    if (key == QLatin1String("severity"))
        return QCoreApplication::translate("CoeDiff", "severity");
    if (key == QLatin1String("owner"))
        return QCoreApplication::translate("CoeDiff", "owner");
    if (key == QLatin1String("reviewers"))
        return QCoreApplication::translate("CoeDiff", "reviewers");
    if (key == QLatin1String("services"))
        return QCoreApplication::translate("CoeDiff", "services");
    if (key == QLatin1String("tags"))
        return QCoreApplication::translate("CoeDiff", "tags");
    if (key == QLatin1String("display_time_zone"))
        return QCoreApplication::translate("CoeDiff", "time zone");
    if (key == QLatin1String("created_at"))
        return QCoreApplication::translate("CoeDiff", "created");
    return QCoreApplication::translate("CoeDiff", "updated");
}

QString reviewSectionName(const QString& key)
{
    if (key == QLatin1String("comments"))
        return QCoreApplication::translate("CoeDiff", "comments");
    if (key == QLatin1String("meetings"))
        return QCoreApplication::translate("CoeDiff", "meetings");
    return QCoreApplication::translate("CoeDiff", "review questions");
}

// A status by its display name ("In review"); the stored value when unknown.
QString statusName(const QString& value)
{
    const std::optional<Status> s = enumFromString<Status>(value);
    return s ? displayName(*s) : value;
}

QString kindName(ItemChange::Kind k)
{
    switch (k) {
    case ItemChange::Kind::Added:
        return QStringLiteral("added");
    case ItemChange::Kind::Removed:
        return QStringLiteral("removed");
    case ItemChange::Kind::Changed:
        return QStringLiteral("changed");
    case ItemChange::Kind::Moved:
        break;
    }
    return QStringLiteral("moved");
}

QString marked(const QList<WordRun>& runs)
{
    QString s;
    for (const WordRun& r : runs) {
        switch (r.op) {
        case WordRun::Op::Same:
            s += r.text;
            break;
        case WordRun::Op::Added:
            s += QStringLiteral("{+") + r.text + QStringLiteral("+}");
            break;
        case WordRun::Op::Removed:
            s += QStringLiteral("[-") + r.text + QStringLiteral("-]");
            break;
        }
    }
    return s;
}

} // namespace

QString CoeDiff::summaryLine() const
{
    QStringList parts;
    for (const SectionDiff& s : sections) {
        QString p = QStringLiteral("%1 +%2 −%3 ~%4").arg(sectionName(s.section)).arg(s.added).arg(s.removed).arg(s.changed);
        if (s.moved > 0)
            p += QStringLiteral(" ↕%1").arg(s.moved);
        parts << p;
    }
    QStringList edited;
    for (const FieldChange& f : texts) {
        const QString name = fieldName(f.field);
        if (!edited.contains(name))
            edited << name;
    }
    for (const QString& name : std::as_const(edited))
        parts << QCoreApplication::translate("CoeDiff", "%1 edited").arg(name);
    if (actionsDone > 0)
        parts << QCoreApplication::translate("CoeDiff", "%n action(s) done", nullptr, actionsDone);
    if (imagesReplaced > 0)
        parts << QCoreApplication::translate("CoeDiff", "%n image(s) replaced", nullptr, imagesReplaced);
    if (!series.isEmpty()) {
        int added = 0, removed = 0, changed = 0;
        for (const SeriesChange& c : series) {
            added += int(c.added.size());
            removed += int(c.removed.size());
            changed += int(c.changed.size());
        }
        QStringList counts;
        if (added > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n added", nullptr, added);
        if (removed > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n removed", nullptr, removed);
        if (changed > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n changed", nullptr, changed);
        parts << QCoreApplication::translate("CoeDiff", "series: %1").arg(counts.join(QStringLiteral(", ")));
    }
    for (const FieldChange& f : header) {
        if (f.field == QLatin1String("updated_at"))
            continue; // every save changes it
        if (f.field == QLatin1String("status"))
            parts << QCoreApplication::translate("CoeDiff", "status %1 → %2")
                         .arg(statusName(f.before), statusName(f.after));
        else
            parts << QCoreApplication::translate("CoeDiff", "%1 changed").arg(fieldName(f.field));
    }
    for (const SectionDiff& s : review.sections) {
        // Comments that became resolved (or not) are counted apart from other edits.
        int edited = 0;
        if (s.section == QLatin1String("comments")) {
            for (const ItemChange& c : s.items)
                if (c.kind == ItemChange::Kind::Changed
                    && (c.fields.size() > 1 || !c.fields.contains(QStringLiteral("resolved"))))
                    ++edited;
        } else {
            edited = s.changed;
        }
        QStringList counts;
        if (s.added > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n added", nullptr, s.added);
        if (s.removed > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n removed", nullptr, s.removed);
        if (s.section == QLatin1String("comments") && review.commentsResolved > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n resolved", nullptr, review.commentsResolved);
        if (s.section == QLatin1String("comments") && review.commentsReopened > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n reopened", nullptr, review.commentsReopened);
        if (edited > 0)
            counts << QCoreApplication::translate("CoeDiff", "%n edited", nullptr, edited);
        if (counts.isEmpty()) // only moved
            counts << QCoreApplication::translate("CoeDiff", "%n moved", nullptr, s.moved);
        parts << QCoreApplication::translate("CoeDiff", "%1: %2").arg(reviewSectionName(s.section),
                                                                     counts.join(QStringLiteral(", ")));
    }
    for (const FieldChange& f : review.approval) {
        if (f.field != QLatin1String("approved_by"))
            continue; // the time and version come with the name
        parts << (f.after.isEmpty() ? QCoreApplication::translate("CoeDiff", "approval removed")
                                    : QCoreApplication::translate("CoeDiff", "approved by %1").arg(f.after));
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("CoeDiff", "no changes");
    return parts.join(QStringLiteral("; "));
}

QString CoeDiff::toText() const
{
    QStringList lines;
    lines << summaryLine();
    for (const FieldChange& f : header)
        lines << QStringLiteral("%1: %2 → %3").arg(f.field, f.before, f.after);
    for (const FieldChange& f : texts) {
        if (f.longText)
            lines << QStringLiteral("%1: %2").arg(f.field, marked(f.words));
        else
            lines << QStringLiteral("%1: %2 → %3").arg(f.field, f.before, f.after);
    }
    const auto itemLines = [&lines](const QString& section, const QList<ItemChange>& items) {
        for (const ItemChange& c : items) {
            QString line;
            switch (c.kind) {
            case ItemChange::Kind::Added:
                line = QStringLiteral("%1[%2] + %3").arg(section).arg(c.toIndex).arg(c.label);
                break;
            case ItemChange::Kind::Removed:
                line = QStringLiteral("%1[%2] - %3").arg(section).arg(c.fromIndex).arg(c.label);
                break;
            case ItemChange::Kind::Changed:
                line = QStringLiteral("%1[%2] ~ %3 (%4)%5")
                           .arg(section)
                           .arg(c.toIndex)
                           .arg(c.label, c.fields.join(QStringLiteral(", ")),
                                c.alsoMoved ? QStringLiteral(" moved from [%1]").arg(c.fromIndex) : QString());
                break;
            case ItemChange::Kind::Moved:
                line = QStringLiteral("%1[%2] moved from [%3]: %4")
                           .arg(section)
                           .arg(c.toIndex)
                           .arg(c.fromIndex)
                           .arg(c.label);
                break;
            }
            lines << line;
        }
    };
    for (const SectionDiff& s : sections)
        itemLines(s.section, s.items);
    for (const SeriesChange& c : series) {
        const QString at = QStringLiteral("metrics[%1].series").arg(c.metric);
        for (const QString& name : c.added)
            lines << QStringLiteral("%1 + %2").arg(at, name);
        for (const QString& name : c.removed)
            lines << QStringLiteral("%1 - %2").arg(at, name);
        for (const QString& name : c.changed)
            lines << QStringLiteral("%1 ~ %2").arg(at, name);
    }
    for (const FieldChange& f : review.approval)
        lines << QStringLiteral("review.%1: %2 → %3").arg(f.field, f.before, f.after);
    for (const SectionDiff& s : review.sections)
        itemLines(QStringLiteral("review.") + s.section, s.items);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject CoeDiff::toJson() const
{
    auto fieldJson = [](const FieldChange& f) {
        QJsonObject o{{QStringLiteral("field"), f.field},
                      {QStringLiteral("before"), f.before},
                      {QStringLiteral("after"), f.after}};
        if (f.longText) {
            QJsonArray words;
            for (const WordRun& r : f.words) {
                const QString op = r.op == WordRun::Op::Same ? QStringLiteral("same")
                    : r.op == WordRun::Op::Added             ? QStringLiteral("added")
                                                             : QStringLiteral("removed");
                words.append(QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("text"), r.text}});
            }
            o.insert(QStringLiteral("words"), words);
        }
        return o;
    };
    QJsonArray h, t, s;
    for (const FieldChange& f : header)
        h.append(fieldJson(f));
    for (const FieldChange& f : texts)
        t.append(fieldJson(f));
    const auto sectionJson = [](const SectionDiff& sd) {
        QJsonArray items;
        for (const ItemChange& c : sd.items) {
            QJsonObject o{{QStringLiteral("change"), kindName(c.kind)}, {QStringLiteral("label"), c.label}};
            if (c.fromIndex >= 0)
                o.insert(QStringLiteral("from"), c.fromIndex);
            if (c.toIndex >= 0)
                o.insert(QStringLiteral("to"), c.toIndex);
            if (!c.fields.isEmpty())
                o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(c.fields));
            if (c.alsoMoved)
                o.insert(QStringLiteral("moved"), true);
            items.append(o);
        }
        return QJsonObject{{QStringLiteral("section"), sd.section},
                           {QStringLiteral("added"), sd.added},
                           {QStringLiteral("removed"), sd.removed},
                           {QStringLiteral("changed"), sd.changed},
                           {QStringLiteral("moved"), sd.moved},
                           {QStringLiteral("items"), items}};
    };
    for (const SectionDiff& sd : sections)
        s.append(sectionJson(sd));
    QJsonArray approval, reviewSections;
    for (const FieldChange& f : review.approval)
        approval.append(fieldJson(f));
    for (const SectionDiff& sd : review.sections)
        reviewSections.append(sectionJson(sd));
    const QJsonObject reviewJson{{QStringLiteral("approval"), approval},
                                 {QStringLiteral("sections"), reviewSections},
                                 {QStringLiteral("comments_resolved"), review.commentsResolved},
                                 {QStringLiteral("comments_reopened"), review.commentsReopened}};
    QJsonArray seriesJson;
    for (const SeriesChange& c : series)
        seriesJson.append(QJsonObject{{QStringLiteral("metric"), c.metric},
                                      {QStringLiteral("name"), c.metricName},
                                      {QStringLiteral("added"), QJsonArray::fromStringList(c.added)},
                                      {QStringLiteral("removed"), QJsonArray::fromStringList(c.removed)},
                                      {QStringLiteral("changed"), QJsonArray::fromStringList(c.changed)}});
    QJsonObject out{{QStringLiteral("summary"), summaryLine()},
                       {QStringLiteral("review"), reviewJson},
                       {QStringLiteral("header"), h},
                       {QStringLiteral("texts"), t},
                       {QStringLiteral("sections"), s},
                       {QStringLiteral("actions_done"), actionsDone},
                       {QStringLiteral("images_replaced"), imagesReplaced}};
    if (!seriesJson.isEmpty())
        out.insert(QStringLiteral("series"), seriesJson);
    return out;
}

} // namespace hindsight::analysis
