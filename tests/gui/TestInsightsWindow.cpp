// SPDX-License-Identifier: MIT
// The Insights window (View › Insights) and the learning report (issue #14):
// figures from a real archive, filters, a click on a point opening its COE,
// the table view, and the PDF with its charts as vectors and user text literal.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "archive/MainWindow.h"
#include "charts/ChartTextObject.h"
#include "charts/ChartView.h"
#include "insights/InsightsExport.h"
#include "insights/InsightsWindow.h"
#include "insights/LearningReportFlow.h"
#include "report/LearningReport.h"
#include "report/PdfExporter.h"
#include "settings/DayClock.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace hindsight;
using namespace hindsight::insights;

namespace {

const QString kHostileTitle = QStringLiteral("<img src=x onerror=alert(1)> & \"friends\"");

TimelineEntry milestone(const QDateTime& at, Milestone m)
{
    TimelineEntry e;
    e.at = at;
    e.text = QStringLiteral("entry");
    e.milestone = m;
    return e;
}

// COEs over two quarters of 2026: detect after 5, 10, 20 and 200 minutes;
// the fourth has no detected milestone at all (unknown, never 0).
QList<Coe> fixtureCoes()
{
    QList<Coe> coes;
    const QList<int> detectMinutes = {5, 10, 20, 200, -1};
    const QList<QDateTime> starts = {
        QDateTime(QDate(2026, 1, 10), QTime(10, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 2, 12), QTime(11, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 4, 3), QTime(9, 30), QTimeZone::utc()),
        QDateTime(QDate(2026, 5, 20), QTime(22, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()),
    };
    for (int i = 0; i < starts.size(); ++i) {
        Coe coe = test::exampleCoe();
        coe.uuid = QUuid::createUuid();
        coe.revision = 0;
        coe.title = i == 2 ? kHostileTitle : QStringLiteral("Incident %1").arg(i + 1);
        coe.severity = i % 2 == 0 ? 1 : 2;
        coe.services = {QStringLiteral("payments")};
        coe.timeline.clear();
        coe.timeline.append(milestone(starts.at(i), Milestone::ImpactStart));
        if (detectMinutes.at(i) >= 0)
            coe.timeline.append(milestone(starts.at(i).addSecs(60 * detectMinutes.at(i)), Milestone::Detected));
        coe.timeline.append(milestone(starts.at(i).addSecs(60 * 400), Milestone::Resolved));
        ContributingFactor factor;
        factor.id = QStringLiteral("f1");
        factor.category = QStringLiteral("change/configuration");
        factor.description = QStringLiteral("A setting changed");
        coe.factors = {factor};
        coe.detection.source = i < 3 ? DetectionSource::Alarm : DetectionSource::CustomerReport;
        for (ActionItem& action : coe.actionItems)
            action.due = QDate(2026, 3, 1);
        coes.append(coe);
    }
    return coes;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int chartObjects(const QTextDocument& doc)
{
    int count = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().objectType() == charts::chartObjectType())
                ++count;
    return count;
}

// The document's top-level tables whose header row begins with `header`.
QList<QTextTable*> tablesWithHeader(const QTextDocument& doc, const QStringList& header)
{
    QList<QTextTable*> tables;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->columns() < header.size())
            continue;
        bool same = true;
        for (int c = 0; c < header.size() && same; ++c) {
            const QTextTableCell cell = table->cellAt(0, c);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            same = cursor.selectedText() == header.at(c);
        }
        if (same)
            tables.append(table);
    }
    return tables;
}

QString cellText(QTextTable* table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

} // namespace

class TestInsightsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    QList<Coe> m_coes;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("insights.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        m_coes = fixtureCoes();
        for (Coe& coe : m_coes)
            QVERIFY(CoeRepository(*m_archive).save(coe).ok());
    }

    void windowShowsEveryFigure()
    {
        InsightsWindow window(m_archive.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(window.insights().coes.size(), m_coes.size());
        QCOMPARE(window.cards().size(), 13);
        // The current tab's figures at once; another tab's when it is shown.
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QCOMPARE(window.insights().parts, unsigned(DurationsPart)); // computed: the shown tab's figures only
        QVERIFY(window.insights().repeats.isEmpty());
        FigureCard* pareto = window.cards().at(6);
        QCOMPARE(pareto->id(), QStringLiteral("factor_pareto"));
        QVERIFY(pareto->chartView()->spec().title.isEmpty());
        for (int tab = 0; tab < window.tabs()->count(); ++tab)
            window.tabs()->setCurrentIndex(tab);
        window.tabs()->setCurrentIndex(0);
        QCOMPARE(window.insights().parts, kAllParts);
        for (FigureCard* card : window.cards())
            QVERIFY2(!card->chartView()->spec().title.isEmpty(), qPrintable(card->id()));
        // Time to detect over everything: 4 values, one unknown.
        const DurationFigure& detect = window.insights().duration(Phase::Detect);
        QCOMPARE(detect.overall.summary.n, 4);
        QCOMPARE(detect.overall.unknown.size(), 1);
        FigureCard* detectCard = window.cards().first();
        QCOMPARE(detectCard->id(), QStringLiteral("time_to_detect"));
        QVERIFY2(detectCard->caption()->text().contains(QStringLiteral("1 unknown")),
                 qPrintable(detectCard->caption()->text()));
        // The hostile title is a repeat of its neighbours and listed as text.
        QVERIFY(window.repeatsTable()->rowCount() > 0);
    }

    // The window opens without the action items (a third of the load) and
    // reads them when the follow-through figures are shown; the figures are
    // then those of everything read at once, also after a refresh on that tab.
    void actionItemsAreReadWhenTheirFiguresAreShown()
    {
        InsightsFacts all;
        QString error;
        QVERIFY2(loadInsightsFacts(*m_archive, &all, &error), qPrintable(error));
        QVERIFY(all.actionsLoaded);
        InsightsWindow window(m_archive.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(!window.facts().actionsLoaded);
        for (const CoeFact& coe : window.facts().coes)
            QVERIFY(coe.actions.isEmpty());
        for (int tab = 0; tab < window.tabs()->count(); ++tab)
            window.tabs()->setCurrentIndex(tab);
        QVERIFY(window.facts().actionsLoaded);
        const auto whole = [&] {
            return toJson(computeInsights(all, window.filter(), DayClock::instance()->today()));
        };
        QCOMPARE(toJson(window.insights()), whole());
        QVERIFY(!window.insights().followThrough.due.overdue.isEmpty());
        window.reload(); // on the follow-through tab
        QVERIFY(window.facts().actionsLoaded);
        for (int tab = 0; tab < window.tabs()->count(); ++tab)
            window.tabs()->setCurrentIndex(tab);
        QCOMPARE(toJson(window.insights()), whole());
    }

    void filterChangesTheFigures()
    {
        InsightsWindow window(m_archive.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        InsightsFilter filter;
        filter.severity = 1;
        window.setFilterForTesting(filter);
        QCOMPARE(window.insights().coes.size(), 3);
        filter = {};
        filter.from = QDate(2026, 4, 1);
        filter.to = QDate(2026, 6, 30);
        window.setFilterForTesting(filter);
        QCOMPARE(window.insights().coes.size(), 3);
        QCOMPARE(window.insights().periods.size(), 1);
        QCOMPARE(window.filter().from, QDate(2026, 4, 1));
    }

    void clickOnAPointOpensItsCoe()
    {
        InsightsWindow window(m_archive.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartView* view = window.cards().first()->chartView();
        QTRY_VERIFY(!view->hits().regions.isEmpty());
        QSignalSpy opened(&window, &InsightsWindow::openRequested);
        const charts::HitRegion* point = nullptr;
        for (const charts::HitRegion& region : view->hits().regions)
            if (region.kind == charts::HitKind::Point && region.uuids.size() == 1) {
                point = &region;
                break;
            }
        QVERIFY(point);
        const QUuid expected = point->uuids.first();
        QTest::mouseClick(view, Qt::LeftButton, {}, point->bounds.center().toPoint());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<QUuid>(), expected);
    }

    void everyChartHasATable()
    {
        InsightsWindow window(m_archive.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FigureCard* card = window.cards().first();
        card->showTable(true);
        QVERIFY(card->tableView()->isVisible());
        QVERIFY(!card->chartView()->isVisible());
        QVERIFY(card->tableView()->table()->model()->rowCount() > 0);
        card->showTable(false);
        QVERIFY(card->chartView()->isVisible());
    }

    void mainWindowOpensInsights()
    {
        MainWindow window;
        QVERIFY(window.openArchive(m_archive->path()));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionInsights"));
        QVERIFY(action);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionLearningReport")));
        action->trigger();
        auto* insights = window.findChild<InsightsWindow*>();
        QVERIFY(insights);
        QVERIFY(insights->isVisible());
        QCOMPARE(insights->insights().coes.size(), m_coes.size());
        insights->close();
    }

    void previousQuarter()
    {
        QCOMPARE(LearningReportDialog::previousQuarter(QDate(2026, 12, 5)),
                 std::make_pair(QDate(2026, 7, 1), QDate(2026, 9, 30)));
        QCOMPARE(LearningReportDialog::previousQuarter(QDate(2026, 2, 1)),
                 std::make_pair(QDate(2025, 10, 1), QDate(2025, 12, 31)));
    }

    // Figures computed a part at a time (the window, tab by tab) are those
    // computed at once.
    void partsAddUpToTheWhole()
    {
        InsightsFacts facts;
        QString error;
        QVERIFY2(loadInsightsFacts(*m_archive, &facts, &error), qPrintable(error));
        InsightsFilter filter;
        filter.repeatWindowDays = 365;
        const QDate today(2026, 7, 15);
        const Insights whole = computeInsights(facts, filter, today);
        QCOMPARE(whole.parts, kAllParts);
        QVERIFY(!whole.repeats.isEmpty());
        Insights parts = computeInsights(facts, filter, today, FollowThroughPart);
        QCOMPARE(parts.parts, unsigned(FollowThroughPart));
        QVERIFY(parts.repeats.isEmpty());
        QCOMPARE(parts.coes, whole.coes);
        for (const unsigned part : {RepeatsPart, FactorsPart, FollowThroughPart, IncidentsPart, DetectionPart})
            completeInsights(facts, parts, part);
        QVERIFY(parts.duration(Phase::Detect).overall.points.isEmpty());
        completeInsights(facts, parts, kAllParts);
        QCOMPARE(parts.parts, kAllParts);
        QCOMPARE(toJson(parts), toJson(whole));
    }

    void reportHasItsSectionsChartsAndLiteralText()
    {
        InsightsFacts facts;
        QString error;
        QVERIFY2(loadInsightsFacts(*m_archive, &facts, &error), qPrintable(error));
        InsightsFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 6, 30);
        const Insights insights = computeInsights(facts, filter, QDate(2026, 7, 15));
        auto doc = report::LearningReport::build(facts, insights);
        const QString plain = doc->toPlainText();
        for (const QString& heading :
             {QStringLiteral("Learning report"), QStringLiteral("Key figures"), QStringLiteral("Repeat incidents"),
              QStringLiteral("Overdue action items by owner"), QStringLiteral("COEs in the period")})
            QVERIFY2(plain.contains(heading), qPrintable(heading));
        QVERIFY(plain.contains(kHostileTitle));
        QVERIFY(!doc->toHtml().contains(QStringLiteral("<img src=x")));
        // Every figure but the pairs matrix (one category: no pair) is a chart object.
        QCOMPARE(chartObjects(*doc), 12);
    }

    void reportCountsEveryOverdueItemAndListsTheLongestOverdue()
    {
        // 250 overdue items: Alpha owns 150, Beta 100; item n is due n days
        // after the first. The table by owner counts all of them; the list
        // holds the 200 longest overdue (items 0 to 199), by owner.
        InsightsFacts facts;
        QString error;
        QVERIFY2(loadInsightsFacts(*m_archive, &facts, &error), qPrintable(error));
        Insights insights = computeInsights(facts, InsightsFilter{}, QDate(2027, 7, 15));
        QList<ActionRef>& overdue = insights.followThrough.due.overdue;
        overdue.clear();
        const QDate first(2026, 1, 1);
        for (int n = 249; n >= 0; --n) {
            ActionRef action;
            action.coe = QUuid::createUuid();
            action.coeTitle = QStringLiteral("COE %1").arg(n);
            action.title = QStringLiteral("Overdue item #%1#").arg(n);
            action.owner = n % 5 < 3 ? QStringLiteral("Alpha") : QStringLiteral("Beta");
            action.priority = n % 2 ? Priority::High : Priority::Low;
            action.due = first.addDays(n);
            overdue.append(action);
        }
        auto doc = report::LearningReport::build(facts, insights);

        const QList<QTextTable*> byOwner =
            tablesWithHeader(*doc, {QStringLiteral("Owner"), QStringLiteral("Overdue")});
        QCOMPARE(byOwner.size(), 1);
        QCOMPARE(byOwner.first()->rows(), 3);
        QCOMPARE(cellText(byOwner.first(), 1, 0), QStringLiteral("Alpha"));
        QCOMPARE(cellText(byOwner.first(), 1, 1), QStringLiteral("150"));
        QCOMPARE(cellText(byOwner.first(), 1, 2), QStringLiteral("75")); // high
        QCOMPARE(cellText(byOwner.first(), 1, 4), QStringLiteral("75")); // low
        QCOMPARE(cellText(byOwner.first(), 2, 0), QStringLiteral("Beta"));
        QCOMPARE(cellText(byOwner.first(), 2, 1), QStringLiteral("100"));

        const QString plain = doc->toPlainText();
        QVERIFY(
            plain.contains(QStringLiteral("The 200 item"))); // "items" once the English plurals are loaded
        QVERIFY(plain.contains(QStringLiteral("longest past their due date, of 250")));
        const QList<QTextTable*> list =
            tablesWithHeader(*doc, {QStringLiteral("Owner"), QStringLiteral("Action item")});
        QVERIFY(!list.isEmpty());
        QStringList owners;
        QList<int> listed;
        for (QTextTable* table : list) {
            for (int r = 1; r < table->rows(); ++r) {
                owners.append(cellText(table, r, 0));
                listed.append(cellText(table, r, 1).section(QLatin1Char('#'), 1, 1).toInt());
            }
        }
        QCOMPARE(listed.size(), 200);
        QList<int> sorted = listed;
        std::sort(sorted.begin(), sorted.end());
        for (int n = 0; n < 200; ++n)
            QCOMPARE(sorted.at(n), n);
        // By owner, each owner's items by due date.
        QCOMPARE(owners.first(), QStringLiteral("Alpha"));
        QCOMPARE(owners.last(), QStringLiteral("Beta"));
        QCOMPARE(owners.count(QStringLiteral("Alpha")), 120);
        QVERIFY(std::is_sorted(listed.begin(), listed.begin() + 120));
        QVERIFY(std::is_sorted(listed.begin() + 120, listed.end()));
    }

    void reportPdfIsVectorsWithItsText()
    {
        HINDSIGHT_REQUIRE_TOOL("pdftotext");
        InsightsFacts facts;
        QString error;
        QVERIFY2(loadInsightsFacts(*m_archive, &facts, &error), qPrintable(error));
        InsightsFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 6, 30);
        const Insights insights = computeInsights(facts, filter, QDate(2026, 7, 15));
        const QString path = m_dir.filePath(QStringLiteral("learning.pdf"));
        const report::PdfExportResult result = report::PdfExporter::exportDocument(
            [&] { return report::LearningReport::build(facts, insights); }, path, QStringLiteral("Learning report"),
            report::PaperSize::A4);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages >= 3);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Time to detect")));
        QVERIFY(text.contains(QStringLiteral("2026-Q1")));
        QVERIFY(text.contains(QStringLiteral("<img src=x")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("/Subtype /Image") && !bytes.contains("/Subtype/Image"),
                 "the charts must be vectors, not images");
    }
};

QTEST_MAIN(TestInsightsWindow)
#include "TestInsightsWindow.moc"
