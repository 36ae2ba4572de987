// SPDX-License-Identifier: MIT
// Export profiles: which sections, names and links each keeps, applied to a
// copy; the same sections in the report document and in Markdown.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "exchange/CoeJson.h"
#include "exchange/CoeMarkdown.h"
#include "report/CoeReport.h"
#include "report/ExportProfile.h"

#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

class TestExportProfile : public QObject
{
    Q_OBJECT
private slots:
    void builtInsByKey();
    void internalKeepsEverything();
    void customerFacingHidesNamesLinksAndSections();
    void keptReplacementsStay();
    void highlightedOnlyKeepsTheKeyMoments();
    void noHighlightsExportEveryEntryAndSaySo();
    void highlightsMarkedOnlyWhenTheProfileSays();
    void markdownWritesOnlyTheProfileSections();
    void formatsByKeyAndFileName();
};

void TestExportProfile::builtInsByKey()
{
    QStringList keys;
    for (const ExportProfile& p : ExportProfile::builtIns()) {
        keys.append(p.key());
        QVERIFY(!p.displayName().isEmpty());
        QCOMPARE(ExportProfile::fromKey(p.key().toUpper(), nullptr)->id, p.id);
    }
    QCOMPARE(keys,
             (QStringList{QStringLiteral("internal"), QStringLiteral("review"), QStringLiteral("customer")}));
    QString error;
    QVERIFY(!ExportProfile::fromKey(QStringLiteral("press"), &error));
    QVERIFY(error.contains(QLatin1String("press")) && error.contains(QLatin1String("customer")));
}

void TestExportProfile::internalKeepsEverything()
{
    const Coe coe = test::exampleCoe();
    const PreparedExport p = ExportPreparation::prepare(coe, ExportProfile::internal(), {});
    QVERIFY(p.coe.sameContent(coe));
    QVERIFY(p.replacements.isEmpty());
    QVERIFY(p.notes.isEmpty());
    QVERIFY(p.sections == ReportOptions::allSections());
    const PreparedExport review = ExportPreparation::prepare(coe, ExportProfile::reviewMeeting(), {});
    QVERIFY(review.coe.sameContent(coe));
    QVERIFY(review.reviewAppendix);
}

void TestExportProfile::customerFacingHidesNamesLinksAndSections()
{
    Coe coe = test::exampleCoe();
    RelatedItem other;
    other.kind = RelatedKind::Coe;
    other.title = QStringLiteral("Earlier pool outage");
    other.uuid = QStringLiteral("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
    coe.related.append(other);
    const Coe before = coe;
    RedactionOptions options;
    options.internalDomains = {QStringLiteral("wiki.example.com")};
    const PreparedExport p = ExportPreparation::prepare(coe, ExportProfile::customerFacing(), options);

    QVERIFY(coe.sameContent(before)); // a copy was changed
    QCOMPARE(p.coe.owner, QStringLiteral("an engineer"));
    QVERIFY(!p.sections.contains(Section::Questions));
    QVERIFY(!p.sections.contains(Section::Metrics));
    QVERIFY(p.sections.contains(Section::Timeline));
    QCOMPARE(p.coe.metrics[0].sourceUrl, QStringLiteral("[internal link]"));
    QCOMPARE(p.coe.related.size(), coe.related.size() - 1);            // the other COE is left out
    QCOMPARE(p.coe.related[1].url, QStringLiteral("[internal link]")); // on an internal domain
    QCOMPARE(p.coe.related[0].url, coe.related[0].url);                // not

    const auto doc = CoeReport::build(p.coe, [&] {
        ReportOptions o;
        o.sections = p.sections;
        return o;
    }());
    const QString text = doc->toPlainText();
    QVERIFY(!text.contains(QLatin1String("Dana Ortiz")));
    QVERIFY(!text.contains(QLatin1String("Questions")));
    QVERIFY(!text.contains(QLatin1String("Earlier pool outage")));
    QVERIFY(text.contains(QLatin1String("3  Timeline")));
}

void TestExportProfile::keptReplacementsStay()
{
    const Coe coe = test::exampleCoe();
    const PreparedExport all = ExportPreparation::prepare(coe, ExportProfile::customerFacing(), {});
    QVERIFY(!all.replacements.isEmpty());
    const Replacement owner = all.replacements.at(
        std::find_if(all.replacements.cbegin(), all.replacements.cend(),
                     [](const Replacement& r) { return r.path == QLatin1String("owner"); }) -
        all.replacements.cbegin());
    QCOMPARE(owner.original, QStringLiteral("Dana Ortiz"));
    const PreparedExport kept =
        ExportPreparation::prepare(coe, ExportProfile::customerFacing(), {}, {owner.key()});
    QCOMPARE(kept.coe.owner, QStringLiteral("Dana Ortiz"));
    QCOMPARE(kept.replacements.size(), all.replacements.size() - 1);
}

// The 1.1 example with its three highlighted entries (format 1.1 `highlight`).
static Coe highlightedCoe()
{
    const exchange::JsonReadResult r =
        exchange::CoeJson::read(test::readData(QStringLiteral("format-1.1/checkout-config-rollout-1.1.coe.json")));
    return r.coe;
}

void TestExportProfile::highlightedOnlyKeepsTheKeyMoments()
{
    Coe coe = highlightedCoe();
    QCOMPARE(coe.timeline.size(), 12);
    // A comment on the first highlighted entry (0) and one on an entry left out (1).
    coe.review.comments[0].target = QStringLiteral("timeline:0");
    coe.review.comments[1].target = QStringLiteral("timeline:1");
    ExportProfile p = ExportProfile::reviewMeeting();
    p.timeline = ExportProfile::Timeline::HighlightedOnly;
    const PreparedExport prepared = ExportPreparation::prepare(coe, p, {});
    QCOMPARE(prepared.coe.timeline.size(), 3);
    for (const TimelineEntry& e : prepared.coe.timeline)
        QVERIFY(e.highlight);
    QVERIFY(prepared.notes.isEmpty());
    QCOMPARE(prepared.coe.review.comments[0].target, QStringLiteral("timeline:0"));
    QCOMPARE(prepared.coe.review.comments[1].target, QStringLiteral("timeline"));
    QCOMPARE(coe.timeline.size(), 12); // the COE itself is unchanged
    const QString md = exchange::CoeMarkdown::render(prepared.coe, QStringLiteral("img")).text;
    QCOMPARE(md.count(QStringLiteral("Key moment")), 3);
}

void TestExportProfile::noHighlightsExportEveryEntryAndSaySo()
{
    ExportProfile p = ExportProfile::customerFacing();
    p.timeline = ExportProfile::Timeline::HighlightedOnly;
    const Coe coe = test::exampleCoe();
    const PreparedExport prepared = ExportPreparation::prepare(coe, p, {});
    QCOMPARE(prepared.coe.timeline.size(), coe.timeline.size());
    QCOMPARE(prepared.notes.size(), 1);
    QVERIFY(ExportPreparation::prepare(coe, ExportProfile::reviewMeeting(), {}).notes.isEmpty());
}

void TestExportProfile::highlightsMarkedOnlyWhenTheProfileSays()
{
    const Coe coe = highlightedCoe();
    const auto marked = [&](const ExportProfile& p) {
        const PreparedExport prepared = ExportPreparation::prepare(coe, p, {});
        return int(std::count_if(prepared.coe.timeline.cbegin(), prepared.coe.timeline.cend(),
                                 [](const TimelineEntry& e) { return e.highlight; }));
    };
    QCOMPARE(marked(ExportProfile::internal()), 3);
    QCOMPARE(marked(ExportProfile::reviewMeeting()), 3);
    QCOMPARE(marked(ExportProfile::customerFacing()), 0);
    QCOMPARE(CoeReport::build(coe)->toPlainText().count(QStringLiteral("Key moment")), 3);
}

void TestExportProfile::markdownWritesOnlyTheProfileSections()
{
    const Coe coe = test::exampleCoe();
    const QString md =
        exchange::CoeMarkdown::render(coe, QStringLiteral("img"), ExportProfile::customerFacing().sections)
            .text;
    QVERIFY(md.contains(QLatin1String("## 1 Summary")));
    QVERIFY(md.contains(QLatin1String("## 3 Timeline")));
    QVERIFY(md.contains(QLatin1String("## 4 Problem and 5 whys")));
    QVERIFY(!md.contains(QLatin1String("Metrics")));
    QVERIFY(!md.contains(QLatin1String("Questions")));
    // All sections by default, as before.
    QCOMPARE(exchange::CoeMarkdown::render(coe, QStringLiteral("img")).text,
             exchange::CoeMarkdown::render(coe, QStringLiteral("img"), ReportOptions::allSections()).text);
    QVERIFY(exchange::CoeMarkdown::render(coe, QStringLiteral("img"))
                .text.contains(QLatin1String("## 8 Related items")));
}

void TestExportProfile::formatsByKeyAndFileName()
{
    QCOMPARE(ExportFormats::fromFileName(QStringLiteral("/tmp/a.b/report.HTML")), ExportFormat::Html);
    QCOMPARE(ExportFormats::fromFileName(QStringLiteral("report.odt")), ExportFormat::Odt);
    QCOMPARE(ExportFormats::fromFileName(QStringLiteral("report.markdown")), ExportFormat::Markdown);
    QCOMPARE(ExportFormats::fromFileName(QStringLiteral("report.pdf")), ExportFormat::Pdf);
    QVERIFY(!ExportFormats::fromFileName(QStringLiteral("/tmp/a.b/report")));
    QVERIFY(!ExportFormats::fromFileName(QStringLiteral("report.txt")));
    QVERIFY(!ExportFormats::fromFileName(QStringLiteral(".md")));
    QString error;
    QVERIFY(!ExportFormats::fromKey(QStringLiteral("docx"), &error));
    QVERIFY(error.contains(QLatin1String("docx")));
}

QTEST_MAIN(TestExportProfile)
#include "TestExportProfile.moc"
