// SPDX-License-Identifier: MIT
// The merge dialog's texts of a COE's fields and rows (CoeMergeTexts.h).
#include "document/CoeMergeTexts.h"

#include "domain/DisplayNames.h"

#include <QLocale>
#include <optional>

namespace hindsight::mergetext {

using F = CoeDocument::Field;

namespace {

QString yesNo(std::optional<bool> v)
{
    return !v ? CoeMergeText::tr("unknown") : *v ? CoeMergeText::tr("yes") : CoeMergeText::tr("no");
}

} // namespace

QString joined(const QStringList& list)
{
    return list.join(QStringLiteral(", "));
}

QString line(const QString& name, const QString& value)
{
    return value.isEmpty() ? QString() : CoeMergeText::tr("%1: %2").arg(name, value);
}

QString lines(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.isEmpty())
            kept << p;
    return kept.join(QLatin1Char('\n'));
}

QString instant(const QDateTime& at, const QTimeZone& zone)
{
    if (!at.isValid())
        return CoeMergeText::tr("no time");
    const QDateTime local = at.toTimeZone(zone);
    return QStringLiteral("%1 %2").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zone.abbreviation(at));
}

QString fieldText(const Coe& c, F field)
{
    switch (field) {
    case F::Title: return c.title;
    case F::Status: return displayName(c.status);
    case F::Severity: return c.severity ? severityName(*c.severity) : CoeMergeText::tr("none");
    case F::Owner: return c.owner;
    case F::Reviewers: return joined(c.reviewers);
    case F::Services: return joined(c.services);
    case F::Tags: return joined(c.tags);
    case F::DisplayTimeZone: return QString::fromUtf8(c.displayTimeZone.id());
    case F::Summary: return c.summary;
    case F::CustomersAffected:
        return c.impact.customersAffected ? QLocale().toString(*c.impact.customersAffected)
                                          : CoeMergeText::tr("unknown");
    case F::ImpactDescription: return c.impact.description;
    case F::FinancialImpact:
        return c.impact.financialImpact ? QStringLiteral("%1 %2").arg(QLocale().toString(c.impact.financialImpact->amount, 'f', 2),
                                                                      c.impact.financialImpact->currency)
                                        : CoeMergeText::tr("none");
    case F::SlaBreached: return yesNo(c.impact.slaBreached);
    case F::Pillars: {
        QStringList names;
        for (Pillar p : c.impact.pillars)
            names << displayName(p);
        return joined(names);
    }
    case F::Consequences: return c.impact.consequences;
    case F::SecondOrder: return c.impact.secondOrder;
    case F::CustomerSentiment: return c.impact.customerSentiment;
    case F::Problem: return c.problem;
    case F::Template: return c.templateName;
    case F::DetectionSource: return displayName(c.detection.source);
    case F::DetectionDescription: return c.detection.description;
    }
    return {};
}

bool sameField(const Coe& a, const Coe& b, F field)
{
    switch (field) {
    case F::Title: return a.title == b.title;
    case F::Status: return a.status == b.status;
    case F::Severity: return a.severity == b.severity;
    case F::Owner: return a.owner == b.owner;
    case F::Reviewers: return a.reviewers == b.reviewers;
    case F::Services: return a.services == b.services;
    case F::Tags: return a.tags == b.tags;
    case F::DisplayTimeZone: return a.displayTimeZone == b.displayTimeZone;
    case F::Summary: return a.summary == b.summary;
    case F::CustomersAffected: return a.impact.customersAffected == b.impact.customersAffected;
    case F::ImpactDescription: return a.impact.description == b.impact.description;
    case F::FinancialImpact: return a.impact.financialImpact == b.impact.financialImpact;
    case F::SlaBreached: return a.impact.slaBreached == b.impact.slaBreached;
    case F::Pillars: return a.impact.pillars == b.impact.pillars;
    case F::Consequences: return a.impact.consequences == b.impact.consequences;
    case F::SecondOrder: return a.impact.secondOrder == b.impact.secondOrder;
    case F::CustomerSentiment: return a.impact.customerSentiment == b.impact.customerSentiment;
    case F::Problem: return a.problem == b.problem;
    case F::Template: return a.templateName == b.templateName;
    case F::DetectionSource: return a.detection.source == b.detection.source;
    case F::DetectionDescription: return a.detection.description == b.detection.description;
    }
    return true;
}

void copyField(Coe& to, const Coe& from, F field)
{
    switch (field) {
    case F::Title: to.title = from.title; break;
    case F::Status: to.status = from.status; break;
    case F::Severity: to.severity = from.severity; break;
    case F::Owner: to.owner = from.owner; break;
    case F::Reviewers: to.reviewers = from.reviewers; break;
    case F::Services: to.services = from.services; break;
    case F::Tags: to.tags = from.tags; break;
    case F::DisplayTimeZone: to.displayTimeZone = from.displayTimeZone; break;
    case F::Summary: to.summary = from.summary; break;
    case F::CustomersAffected: to.impact.customersAffected = from.impact.customersAffected; break;
    case F::ImpactDescription: to.impact.description = from.impact.description; break;
    case F::FinancialImpact: to.impact.financialImpact = from.impact.financialImpact; break;
    case F::SlaBreached: to.impact.slaBreached = from.impact.slaBreached; break;
    case F::Pillars: to.impact.pillars = from.impact.pillars; break;
    case F::Consequences: to.impact.consequences = from.impact.consequences; break;
    case F::SecondOrder: to.impact.secondOrder = from.impact.secondOrder; break;
    case F::CustomerSentiment: to.impact.customerSentiment = from.impact.customerSentiment; break;
    case F::Problem: to.problem = from.problem; break;
    case F::Template: to.templateName = from.templateName; break;
    case F::DetectionSource: to.detection.source = from.detection.source; break;
    case F::DetectionDescription: to.detection.description = from.detection.description; break;
    }
}

QString entryText(const TimelineEntry& e, const QTimeZone& zone)
{
    QStringList head{instant(e.at, zone)};
    if (e.milestone != Milestone::None)
        head << displayName(e.milestone);
    if (e.approximate)
        head << CoeMergeText::tr("approximate");
    return lines({head.join(QStringLiteral(" · ")), e.text, line(CoeMergeText::tr("Source"), e.source),
                  line(CoeMergeText::tr("Gap explanation"), e.gapExplanation)});
}

QString metricText(const Metric& m)
{
    QStringList images;
    for (const MetricImage& image : m.images)
        images << (image.caption.isEmpty() ? image.fileName
                                           : CoeMergeText::tr("%1 (%2)").arg(image.fileName, image.caption));
    QStringList series; // format 1.1: names, units and point counts, not the points
    for (const metrics::MetricSeries& s : m.series)
        series << CoeMergeText::tr("%1 (%2, %n point(s))", nullptr, int(s.points.size()))
                      .arg(s.name, s.unit.isEmpty() ? CoeMergeText::tr("no unit") : s.unit);
    return lines({m.name, line(CoeMergeText::tr("Role"), displayName(m.role)), m.description,
                  line(CoeMergeText::tr("Source"), m.sourceUrl), line(CoeMergeText::tr("Images"), joined(images)),
                  line(CoeMergeText::tr("Series"), joined(series)),
                  line(CoeMergeText::tr("Threshold"), m.threshold ? QLocale().toString(*m.threshold) : QString())});
}

QString questionText(const Question& q)
{
    return lines({CoeMergeText::tr("%1: %2").arg(displayName(q.area), q.question), q.answer});
}

QString whyText(const WhyStep& w)
{
    QStringList marks;
    if (w.rootCause)
        marks << CoeMergeText::tr("root cause");
    if (w.humanError)
        marks << CoeMergeText::tr("human error");
    return lines({line(CoeMergeText::tr("Why"), w.why), line(CoeMergeText::tr("Because"), w.because),
                  joined(marks), line(CoeMergeText::tr("Under"), w.parentId)});
}

QString actionText(const ActionItem& a)
{
    QStringList facts{line(CoeMergeText::tr("Priority"), displayName(a.priority)),
                      line(CoeMergeText::tr("Owner"), a.owner),
                      line(CoeMergeText::tr("Due"), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()),
                      line(CoeMergeText::tr("Status"), displayName(a.status)),
                      line(CoeMergeText::tr("Kind"), displayName(a.kind))};
    facts.removeAll(QString());
    return lines({a.title, a.description, facts.join(QStringLiteral(" · ")),
                  line(CoeMergeText::tr("Whys"), joined(a.whys)), line(CoeMergeText::tr("Link"), a.link)});
}

QString relatedText(const RelatedItem& r)
{
    return lines({CoeMergeText::tr("%1: %2").arg(displayName(r.kind), r.title),
                  r.kind == RelatedKind::Coe ? r.uuid : r.url});
}

} // namespace hindsight::mergetext
