// SPDX-License-Identifier: MIT
#include "document/CoeDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace hindsight;
using F = CoeDocument::Field;

namespace {

QDateTime utc(int h, int m)
{
    return QDateTime(QDate(2024, 3, 7), QTime(h, m), QTimeZone::utc());
}

Coe fixture()
{
    Coe c = makeNewCoe(QStringLiteral("Checkout failed"));
    c.createdAt = utc(16, 0);
    c.updatedAt = utc(16, 0);
    c.severity = 2;
    c.owner = QStringLiteral("Dana");
    c.summary = QStringLiteral("Checkout failed for **38%** of requests.");
    auto entry = [](QDateTime at, const char* text, Milestone m = Milestone::None) {
        TimelineEntry e;
        e.at = at;
        e.text = QString::fromUtf8(text);
        e.milestone = m;
        return e;
    };
    c.timeline = {entry(utc(13, 55), "Change approved", Milestone::Trigger),
                  entry(utc(14, 2), "First 503s", Milestone::ImpactStart),
                  entry(utc(14, 19), "Alarm fires", Milestone::Detected),
                  entry(utc(15, 4), "Rolled back", Milestone::Mitigated)};
    Metric metric;
    metric.name = QStringLiteral("Error rate");
    metric.role = MetricRole::Impact;
    c.metrics = {metric};
    c.questions = {{QuestionArea::Detection, QStringLiteral("When did you learn?"), {}},
                   {QuestionArea::Diagnosis, QStringLiteral("What was the cause?"), {}},
                   {QuestionArea::Prevention, QStringLiteral("How do we prevent it?"), {}}};
    c.problem = QStringLiteral("Checkout failed.");
    c.whys = {{QStringLiteral("w1"), {}, QStringLiteral("Why?"), QStringLiteral("Pool too small"), false, false},
              {QStringLiteral("w2"), QStringLiteral("w1"), QStringLiteral("Why small?"), QStringLiteral("Typo"),
               false, true},
              {QStringLiteral("w3"), QStringLiteral("w2"), QStringLiteral("Why typo?"), QStringLiteral("No check"),
               true, false}};
    ActionItem a;
    a.id = QStringLiteral("a1");
    a.title = QStringLiteral("Validate pool sizes");
    a.whys = {QStringLiteral("w2"), QStringLiteral("w3")};
    c.actionItems = {a};
    c.related = {{RelatedKind::Link, QStringLiteral("Runbook"), {}, QStringLiteral("https://wiki.example.com/rb")}};
    return c;
}

} // namespace

class TestCoeDocument : public QObject
{
    Q_OBJECT

    // Does the edit, checks it changed the COE, then undo gives back exactly
    // the COE from before and redo exactly the COE after.
    void roundTrip(CoeDocument& doc, const std::function<void()>& edit, const QString& stepText,
                   const std::function<bool(const Coe&)>& changed)
    {
        const Coe before = doc.coe();
        const int index = doc.undoStack()->index();
        edit();
        QCOMPARE(doc.undoStack()->index(), index + 1);
        QCOMPARE(doc.undoStack()->undoText(), stepText);
        const Coe after = doc.coe();
        QVERIFY(!after.sameContent(before));
        QVERIFY(changed(after));
        QVERIFY(after.updatedAt >= before.updatedAt);
        doc.undoStack()->undo();
        QVERIFY(doc.coe().sameContent(before));
        doc.undoStack()->redo();
        QVERIFY(doc.coe().sameContent(after));
        doc.undoStack()->undo();
        QVERIFY(doc.coe().sameContent(before));
    }

private slots:
    void summaryFields()
    {
        CoeDocument doc(fixture());
        roundTrip(doc, [&] { doc.setTitle(QStringLiteral("New title")); }, QStringLiteral("Edit Title"),
                  [](const Coe& c) { return c.title == QLatin1String("New title"); });
        roundTrip(doc, [&] { doc.setStatus(Status::InReview); }, QStringLiteral("Edit Status"),
                  [](const Coe& c) { return c.status == Status::InReview; });
        roundTrip(doc, [&] { doc.setSeverity(std::nullopt); }, QStringLiteral("Edit Severity"),
                  [](const Coe& c) { return !c.severity.has_value(); });
        roundTrip(doc, [&] { doc.setSeverity(5); }, QStringLiteral("Edit Severity"),
                  [](const Coe& c) { return c.severity == 5; });
        roundTrip(doc, [&] { doc.setReviewers({QStringLiteral("Sam"), QStringLiteral("Priya")}); },
                  QStringLiteral("Edit Reviewers"), [](const Coe& c) { return c.reviewers.size() == 2; });
        roundTrip(doc, [&] { doc.setTags({QStringLiteral("config")}); }, QStringLiteral("Edit Tags"),
                  [](const Coe& c) { return c.tags == QStringList{QStringLiteral("config")}; });
        roundTrip(doc, [&] { doc.setServices({QStringLiteral("checkout")}); }, QStringLiteral("Edit Services"),
                  [](const Coe& c) { return c.services.size() == 1; });
        roundTrip(doc, [&] { doc.setDisplayTimeZone(QTimeZone("America/Bogota")); },
                  QStringLiteral("Edit Time Zone"),
                  [](const Coe& c) { return c.displayTimeZone.id() == "America/Bogota"; });
        roundTrip(doc, [&] { doc.setSummary(QStringLiteral("*short*")); }, QStringLiteral("Edit Summary"),
                  [](const Coe& c) { return c.summary == QLatin1String("*short*"); });
        roundTrip(doc, [&] { doc.setOwner(QStringLiteral("Lee")); }, QStringLiteral("Edit Owner"),
                  [](const Coe& c) { return c.owner == QLatin1String("Lee"); });
    }

    void impactFields()
    {
        CoeDocument doc(fixture());
        roundTrip(doc, [&] { doc.setCustomersAffected(41200); }, QStringLiteral("Edit Customers Affected"),
                  [](const Coe& c) { return c.impact.customersAffected == 41200; });
        roundTrip(doc, [&] { doc.setFinancialImpact(FinancialImpact{183000, QStringLiteral("USD")}); },
                  QStringLiteral("Edit Financial Impact"),
                  [](const Coe& c) { return c.impact.financialImpact->currency == QLatin1String("USD"); });
        roundTrip(doc, [&] { doc.setSlaBreached(true); }, QStringLiteral("Edit SLA Breach"),
                  [](const Coe& c) { return c.impact.slaBreached == true; });
        roundTrip(doc, [&] { doc.setPillars({Pillar::Reliability, Pillar::Operations}); },
                  QStringLiteral("Edit Pillars"), [](const Coe& c) { return c.impact.pillars.size() == 2; });
        roundTrip(doc, [&] { doc.setImpactDescription(QStringLiteral("Many")); },
                  QStringLiteral("Edit Impact Description"),
                  [](const Coe& c) { return c.impact.description == QLatin1String("Many"); });
        roundTrip(doc, [&] { doc.setConsequences(QStringLiteral("SLA missed")); },
                  QStringLiteral("Edit Consequences"), [](const Coe& c) { return !c.impact.consequences.isEmpty(); });
        roundTrip(doc, [&] { doc.setSecondOrder(QStringLiteral("holds")); },
                  QStringLiteral("Edit Second-Order Impact"),
                  [](const Coe& c) { return !c.impact.secondOrder.isEmpty(); });
        roundTrip(doc, [&] { doc.setCustomerSentiment(QStringLiteral("angry")); },
                  QStringLiteral("Edit Customer Sentiment"),
                  [](const Coe& c) { return !c.impact.customerSentiment.isEmpty(); });
    }

    void noOpEditPushesNothing()
    {
        CoeDocument doc(fixture());
        doc.setTitle(doc.coe().title);
        doc.setSeverity(2);
        doc.setTimelineField(0, CoeDocument::TimelineField::Text, doc.coe().timeline[0].text);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void typingMergesIntoOneStep()
    {
        CoeDocument doc(fixture());
        const Coe before = doc.coe();
        doc.setTitle(QStringLiteral("C"));
        doc.setTitle(QStringLiteral("Ch"));
        doc.setTitle(QStringLiteral("Che"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.setSummary(QStringLiteral("x"));
        doc.setTitle(QStringLiteral("Chec"));
        QCOMPARE(doc.undoStack()->count(), 3); // another field in between: a new step
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().title, QStringLiteral("Che"));
        doc.undoStack()->undo();
        QVERIFY(doc.coe().sameContent(before));

        // Typing in one timeline cell merges; another row does not.
        doc.setTimelineField(1, CoeDocument::TimelineField::Text, QStringLiteral("a"));
        doc.setTimelineField(1, CoeDocument::TimelineField::Text, QStringLiteral("ab"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.setTimelineField(2, CoeDocument::TimelineField::Text, QStringLiteral("c"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.setTimelineField(2, CoeDocument::TimelineField::Source, QStringLiteral("chat"));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void timelineInsertKeepsOrder()
    {
        CoeDocument doc(fixture());
        QSignalSpy inserted(&doc, &CoeDocument::rowsInserted);
        TimelineEntry e;
        e.at = utc(14, 10);
        e.text = QStringLiteral("Someone notices");
        int row = -1;
        roundTrip(doc, [&] { row = doc.insertTimelineEntry(e); }, QStringLiteral("Add Timeline Entry"),
                  [&](const Coe& c) { return c.timeline.size() == 5 && c.timeline[2].text == e.text; });
        QCOMPARE(row, 2);
        QCOMPARE(inserted.size(), 2); // do and redo
        QCOMPARE(inserted.first().at(1).toInt(), 2);

        // A tie goes after the entries at the same instant.
        e.at = utc(14, 2);
        e.text = QStringLiteral("tie");
        QCOMPARE(doc.insertTimelineEntry(e), 2);
    }

    void timelineEditTimeMovesRow()
    {
        CoeDocument doc(fixture());
        QSignalSpy moved(&doc, &CoeDocument::rowMoved);
        int row = -1;
        roundTrip(doc, [&] { row = doc.setTimelineField(0, CoeDocument::TimelineField::At, utc(14, 30)); },
                  QStringLiteral("Edit Timeline Entry"), [](const Coe& c) {
                      return c.timeline[2].text == QLatin1String("Change approved")
                          && c.timeline[2].at == utc(14, 30) && c.timeline[0].text == QLatin1String("First 503s");
                  });
        QCOMPARE(row, 2);
        QVERIFY(moved.size() >= 1);
        QCOMPARE(moved.first().at(1).toInt(), 0);
        QCOMPARE(moved.first().at(2).toInt(), 2);
        // A time in another zone is stored in UTC.
        doc.setTimelineField(3, CoeDocument::TimelineField::At,
                             QDateTime(QDate(2024, 3, 7), QTime(16, 10), QTimeZone(3600)));
        QCOMPARE(doc.coe().timeline[3].at, utc(15, 10));
        QCOMPARE(doc.coe().timeline[3].at.timeSpec(), Qt::UTC);
    }

    void timelineFieldsAndMilestones()
    {
        CoeDocument doc(fixture());
        using TF = CoeDocument::TimelineField;
        roundTrip(doc, [&] { doc.setTimelineField(1, TF::Approximate, true); },
                  QStringLiteral("Edit Timeline Entry"), [](const Coe& c) { return c.timeline[1].approximate; });
        roundTrip(doc, [&] { doc.setTimelineField(2, TF::GapExplanation, QStringLiteral("alarm slow")); },
                  QStringLiteral("Edit Timeline Entry"),
                  [](const Coe& c) { return c.timeline[2].gapExplanation == QLatin1String("alarm slow"); });
        // Moving a milestone takes it from the entry that had it, in one step.
        roundTrip(doc, [&] { doc.setTimelineField(3, TF::Milestone, QVariant::fromValue(Milestone::Detected)); },
                  QStringLiteral("Edit Timeline Entry"), [](const Coe& c) {
                      return c.timeline[3].milestone == Milestone::Detected
                          && c.timeline[2].milestone == Milestone::None;
                  });
        TimelineEntry e;
        e.at = utc(15, 11);
        e.milestone = Milestone::Trigger;
        doc.insertTimelineEntry(e);
        int triggers = 0;
        for (const auto& t : doc.coe().timeline)
            triggers += t.milestone == Milestone::Trigger;
        QCOMPARE(triggers, 1);
    }

    void timelinePasteIsOneStep()
    {
        CoeDocument doc(fixture());
        QList<TimelineEntry> entries(3);
        entries[0].at = utc(15, 30);
        entries[1].at = utc(14, 0);
        entries[2].at = utc(13, 0);
        entries[2].milestone = Milestone::Trigger; // already used: dropped
        roundTrip(doc, [&] { doc.insertTimelineEntries(entries); }, QStringLiteral("Paste 3 Timeline Entries"),
                  [](const Coe& c) {
                      if (c.timeline.size() != 7 || c.timeline[0].at != utc(13, 0))
                          return false;
                      for (int i = 1; i < c.timeline.size(); ++i)
                          if (c.timeline[i - 1].at > c.timeline[i].at)
                              return false;
                      return c.timeline[0].milestone == Milestone::None;
                  });
    }

    void timelineRemoveSeveral()
    {
        CoeDocument doc(fixture());
        roundTrip(doc, [&] { doc.removeTimelineEntries({3, 0, 3, 9}); },
                  QStringLiteral("Delete 2 Timeline Entries"), [](const Coe& c) {
                      return c.timeline.size() == 2 && c.timeline[0].text == QLatin1String("First 503s");
                  });
    }

    void metrics()
    {
        CoeDocument doc(fixture());
        Metric m;
        m.name = QStringLiteral("Pool wait");
        roundTrip(doc, [&] { doc.addMetric(m); }, QStringLiteral("Add Metric"),
                  [](const Coe& c) { return c.metrics.size() == 2; });
        roundTrip(doc, [&] { doc.setMetricField(0, CoeDocument::MetricField::Role, int(MetricRole::Detection)); },
                  QStringLiteral("Edit Metric"), [](const Coe& c) { return c.metrics[0].role == MetricRole::Detection; });
        MetricImage image{QStringLiteral("a.png"), QStringLiteral("image/png"), QByteArray("png"), {}};
        roundTrip(doc, [&] { doc.addImage(0, image); }, QStringLiteral("Add Image"),
                  [](const Coe& c) { return c.metrics[0].images.size() == 1; });
        doc.addImage(0, image);
        roundTrip(doc, [&] { doc.setImageCaption(0, 0, QStringLiteral("5xx")); },
                  QStringLiteral("Edit Image Caption"),
                  [](const Coe& c) { return c.metrics[0].images[0].caption == QLatin1String("5xx"); });
        roundTrip(doc, [&] { doc.removeImage(0, 0); }, QStringLiteral("Delete Image"),
                  [](const Coe& c) { return c.metrics[0].images.isEmpty(); });
        roundTrip(doc, [&] { doc.removeMetric(0); }, QStringLiteral("Delete Metric"),
                  [](const Coe& c) { return c.metrics.isEmpty(); });
    }

    void questions()
    {
        CoeDocument doc(fixture());
        roundTrip(doc, [&] { doc.setQuestionAnswer(1, QStringLiteral("Pool")); }, QStringLiteral("Answer Question"),
                  [](const Coe& c) { return c.questions[1].answer == QLatin1String("Pool"); });
        int row = -1;
        roundTrip(doc,
                  [&] { row = doc.addQuestion({QuestionArea::Mitigation, QStringLiteral("How to halve TTM?"), {}}); },
                  QStringLiteral("Add Question"),
                  [](const Coe& c) { return c.questions[2].area == QuestionArea::Mitigation; });
        QCOMPARE(row, 2);
        roundTrip(doc, [&] { doc.moveQuestion(0, 2); }, QStringLiteral("Move Question"),
                  [](const Coe& c) { return c.questions[2].question == QLatin1String("When did you learn?"); });
        roundTrip(doc, [&] { doc.removeQuestion(0); }, QStringLiteral("Delete Question"),
                  [](const Coe& c) { return c.questions.size() == 2; });
    }

    void whys()
    {
        CoeDocument doc(fixture());
        QString id;
        roundTrip(doc, [&] { id = doc.addWhy(QStringLiteral("w3"), QStringLiteral("Why no check?")); },
                  QStringLiteral("Add Why"), [](const Coe& c) {
                      return c.whys.size() == 4 && c.whys[3].parentId == QLatin1String("w3");
                  });
        QCOMPARE(id, QStringLiteral("w4"));
        roundTrip(doc, [&] { doc.setWhyField(QStringLiteral("w2"), CoeDocument::WhyField::RootCause, true); },
                  QStringLiteral("Edit Why"), [](const Coe& c) { return c.whys[1].rootCause; });
        roundTrip(doc, [&] { doc.setProblem(QStringLiteral("It broke")); }, QStringLiteral("Edit Problem Statement"),
                  [](const Coe& c) { return c.problem == QLatin1String("It broke"); });
        // Removing w2 removes w3 below it and the action item's links to both.
        roundTrip(doc, [&] { doc.removeWhy(QStringLiteral("w2")); }, QStringLiteral("Delete Why"),
                  [](const Coe& c) { return c.whys.size() == 1 && c.actionItems[0].whys.isEmpty(); });
        QVERIFY(doc.addWhy(QStringLiteral("nope")).isEmpty());
    }

    void actions()
    {
        CoeDocument doc(fixture());
        QString id;
        ActionItem a;
        a.title = QStringLiteral("Stage rollouts");
        roundTrip(doc, [&] { id = doc.addActionItem(a); }, QStringLiteral("Add Action Item"),
                  [](const Coe& c) { return c.actionItems.size() == 2; });
        QCOMPARE(id, QStringLiteral("a2"));
        using AF = CoeDocument::ActionField;
        roundTrip(doc, [&] { doc.setActionField(0, AF::Priority, QVariant::fromValue(Priority::High)); },
                  QStringLiteral("Edit Action Item"),
                  [](const Coe& c) { return c.actionItems[0].priority == Priority::High; });
        roundTrip(doc, [&] { doc.setActionField(0, AF::Due, QDate(2024, 3, 21)); },
                  QStringLiteral("Edit Action Item"),
                  [](const Coe& c) { return c.actionItems[0].due == QDate(2024, 3, 21); });
        roundTrip(doc, [&] { doc.setActionField(0, AF::Status, int(ActionStatus::Done)); },
                  QStringLiteral("Edit Action Item"),
                  [](const Coe& c) { return c.actionItems[0].status == ActionStatus::Done; });
        roundTrip(doc, [&] { doc.setActionField(0, AF::Whys, QStringList{QStringLiteral("w1")}); },
                  QStringLiteral("Edit Action Item"),
                  [](const Coe& c) { return c.actionItems[0].whys == QStringList{QStringLiteral("w1")}; });
        doc.addActionItem(a);
        roundTrip(doc, [&] { doc.removeActionItems({0, 1}); }, QStringLiteral("Delete 2 Action Items"),
                  [](const Coe& c) { return c.actionItems.isEmpty(); });
    }

    // Format 1.1: the template, the detection, highlights and contributing factors.
    void learningFields()
    {
        CoeDocument doc(fixture());
        roundTrip(doc, [&] { doc.setField(F::Template, QStringLiteral("outage")); }, QStringLiteral("Edit Template"),
                  [](const Coe& c) { return c.templateName == QLatin1String("outage"); });
        roundTrip(doc, [&] { doc.setField(F::DetectionSource, QVariant::fromValue(DetectionSource::Alarm)); },
                  QStringLiteral("Edit Detected By"),
                  [](const Coe& c) { return c.detection.source == DetectionSource::Alarm; });
        roundTrip(doc, [&] { doc.setField(F::DetectionSource, int(DetectionSource::Audit)); },
                  QStringLiteral("Edit Detected By"),
                  [](const Coe& c) { return c.detection.source == DetectionSource::Audit; });
        roundTrip(doc, [&] { doc.setField(F::DetectionDescription, QStringLiteral("The alarm fired.")); },
                  QStringLiteral("Edit How It Was Detected"),
                  [](const Coe& c) { return c.detection.description == QLatin1String("The alarm fired."); });
        roundTrip(doc, [&] { doc.setTimelineField(2, CoeDocument::TimelineField::Highlight, true); },
                  QStringLiteral("Edit Timeline Entry"), [](const Coe& c) { return c.timeline[2].highlight; });
        QCOMPARE(doc.timelineFieldValue(2, CoeDocument::TimelineField::Highlight).toBool(), false);
    }

    void factors()
    {
        CoeDocument doc(fixture());
        QString id;
        ContributingFactor f{{}, QStringLiteral("change/configuration"), QStringLiteral("Pool lowered"),
                             {QStringLiteral("w3")}};
        roundTrip(doc, [&] { id = doc.addFactor(f); }, QStringLiteral("Add Contributing Factor"),
                  [](const Coe& c) { return c.factors.size() == 1; });
        QCOMPARE(id, QStringLiteral("f1"));
        doc.addFactor(f); // roundTrip undid the first
        f.id = QStringLiteral("f1"); // taken: a fresh one
        QCOMPARE(doc.addFactor(f), QStringLiteral("f2"));
        QCOMPARE(doc.factorRow(QStringLiteral("f2")), 1);
        using FF = CoeDocument::FactorField;
        roundTrip(doc, [&] { doc.setFactorField(0, FF::Category, QStringLiteral(" capacity ")); },
                  QStringLiteral("Edit Contributing Factor"),
                  [](const Coe& c) { return c.factors[0].category == QLatin1String("capacity"); });
        roundTrip(doc, [&] { doc.setFactorField(0, FF::Whys, QStringList{QStringLiteral("w1"), QStringLiteral("w3")}); },
                  QStringLiteral("Edit Contributing Factor"), [](const Coe& c) { return c.factors[0].whys.size() == 2; });
        // Removing a why removes the factors' links to it and to its descendants, in the same step.
        roundTrip(doc, [&] { doc.removeWhy(QStringLiteral("w2")); }, QStringLiteral("Delete Why"), [](const Coe& c) {
            return c.factors[0].whys.isEmpty() && c.factors[1].whys.isEmpty() && c.actionItems[0].whys.isEmpty();
        });
        roundTrip(doc, [&] { doc.removeFactors({1, 0}); }, QStringLiteral("Delete 2 Contributing Factors"),
                  [](const Coe& c) { return c.factors.isEmpty(); });
    }

    void related()
    {
        CoeDocument doc(fixture());
        RelatedItem r{RelatedKind::Coe, QStringLiteral("Earlier outage"), QUuid::createUuid().toString(QUuid::WithoutBraces), {}};
        roundTrip(doc, [&] { doc.addRelated(r); }, QStringLiteral("Add Related Item"),
                  [](const Coe& c) { return c.related.size() == 2 && c.related[1].kind == RelatedKind::Coe; });
        roundTrip(doc, [&] { doc.setRelatedField(0, CoeDocument::RelatedField::Title, QStringLiteral("Runbook v2")); },
                  QStringLiteral("Edit Related Item"),
                  [](const Coe& c) { return c.related[0].title == QLatin1String("Runbook v2"); });
        roundTrip(doc, [&] { doc.removeRelated(0); }, QStringLiteral("Delete Related Item"),
                  [](const Coe& c) { return c.related.isEmpty(); });
    }

    void signalsAndStamp()
    {
        CoeDocument doc(fixture());
        QSignalSpy field(&doc, &CoeDocument::fieldChanged);
        QSignalSpy changed(&doc, &CoeDocument::changed);
        const auto generation = doc.generation();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        doc.setOwner(QStringLiteral("Lee"));
        QCOMPARE(field.size(), 1);
        QCOMPARE(field.first().first().value<CoeDocument::Field>(), F::Owner);
        QCOMPARE(changed.size(), 1);
        QVERIFY(doc.generation() > generation);
        QVERIFY(doc.coe().updatedAt >= before);
        QCOMPARE(doc.coe().updatedAt.timeSpec(), Qt::UTC);
        doc.undoStack()->undo();
        QCOMPARE(doc.coe().updatedAt, utc(16, 0));
        QCOMPARE(changed.size(), 2);

        QSignalSpy reset(&doc, &CoeDocument::reset);
        doc.replaceCoe(fixture());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCoeDocument)
#include "TestCoeDocument.moc"
