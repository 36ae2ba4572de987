// SPDX-License-Identifier: MIT
// ui/charts/ChartView and the chart inside a printed QTextDocument.
#include "TestSupport.h"
#include "charts/ChartTextObject.h"
#include "charts/ChartView.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace hindsight;
using namespace hindsight::charts;

namespace {

QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

ChartSpec barsSpec()
{
    ChartSpec s;
    s.kind = ChartKind::Bars;
    s.title = QStringLiteral("Incidents per quarter");
    s.categories = {QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3")};
    BarSeries b;
    b.name = QStringLiteral("All");
    for (int c = 0; c < 3; ++c)
        b.values.append({double(c + 1), QString(), {uuidOf(c), uuidOf(50 + c)}});
    s.bars.append(b);
    return s;
}

const qint64 kT0 = QDateTime(QDate(2026, 5, 3), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

ChartSpec lineSpec()
{
    ChartSpec s;
    s.kind = ChartKind::Line;
    s.title = QStringLiteral("Error rate");
    s.yTitle = QStringLiteral("Errors");
    s.unit = QStringLiteral("%");
    for (int k = 0; k < 2; ++k) {
        LineSeries l;
        l.name = k == 0 ? QStringLiteral("eu-west-1") : QStringLiteral("us-east-1");
        for (int i = 0; i <= 3600; i += 10)
            l.points.append({QDateTime::fromMSecsSinceEpoch(kT0 + qint64(i) * 1000, Qt::UTC),
                             i == 1800 && k == 0 ? std::optional<double>() : 2.0 + k + std::sin(i / 300.0)});
        s.line.series.append(l);
    }
    s.line.zone = QTimeZone("Europe/Berlin");
    s.line.markers = {{kT0 + 600000, QStringLiteral("Detected"), {uuidOf(7)}},
                      {kT0 + 2400000, QStringLiteral("Mitigated"), {}}};
    s.line.band = TimeBand{kT0 + 300000, kT0 + 2700000, QStringLiteral("Impact window")};
    s.line.threshold = Threshold{3.5, QStringLiteral("Alarm threshold")};
    return s;
}

void sendMouse(QWidget* w, QEvent::Type type, const QPointF& pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

QString pdfToText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Lines of `pdfimages -list` after its two header lines: one per image.
int pdfImageCount(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

bool printToPdf(QTextDocument& doc, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    doc.print(&printer);
    return QFile::exists(path);
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT
private slots:
    void clickOnBarEmitsItsUuids();
    void keyboardMovesAndActivates();
    void dragZoomsAndDoubleClickResets();
    void hoverToolTipOfLine();
    void copyAndSave();
    void tableViewCopiesAndActivates();
    void chartInPdfIsVectors();
};

void TestChartView::clickOnBarEmitsItsUuids()
{
    ChartView view;
    view.setSpec(barsSpec());
    view.resize(600, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ChartView::activated);
    const QList<HitRegion> regions = view.hits().regions;
    QCOMPARE(regions.size(), 3);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, regions[1].bounds.center().toPoint());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<QUuid>>(), (QList<QUuid>{uuidOf(1), uuidOf(51)}));
    // A click beside the bars: nothing.
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
    QCOMPARE(spy.size(), 1);
}

void TestChartView::keyboardMovesAndActivates()
{
    ChartView view;
    view.setSpec(barsSpec());
    view.resize(600, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QVERIFY(view.focusPolicy() & Qt::TabFocus);
    QSignalSpy spy(&view, &ChartView::activated);
    QTest::keyClick(&view, Qt::Key_Right); // the first
    QTest::keyClick(&view, Qt::Key_Right); // the second
    QCOMPARE(view.hits().regions[view.highlighted()].category, 1);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<QUuid>>(), (QList<QUuid>{uuidOf(1), uuidOf(51)}));
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.hits().regions[view.highlighted()].category, 0);
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("Q1")));
}

void TestChartView::dragZoomsAndDoubleClickResets()
{
    ChartView view;
    view.setSpec(lineSpec());
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto [from0, to0] = view.window();
    QCOMPARE(from0, kT0);
    QCOMPARE(to0, kT0 + 3600000);
    QSignalSpy spy(&view, &ChartView::windowChanged);
    const QRectF plot = view.hits().plot;
    const qreal y = plot.center().y();
    const QPointF a(plot.left() + plot.width() * 0.25, y);
    const QPointF b(plot.left() + plot.width() * 0.75, y);
    sendMouse(&view, QEvent::MouseButtonPress, a, Qt::LeftButton);
    sendMouse(&view, QEvent::MouseMove, (a + b) / 2, Qt::LeftButton);
    sendMouse(&view, QEvent::MouseMove, b, Qt::LeftButton);
    sendMouse(&view, QEvent::MouseButtonRelease, b, Qt::NoButton);
    QCOMPARE(spy.size(), 1);
    const qint64 from = spy.at(0).at(0).toLongLong();
    const qint64 to = spy.at(0).at(1).toLongLong();
    QVERIFY2(std::abs(from - (kT0 + 900000)) < 20000, qPrintable(QString::number(from - kT0)));
    QVERIFY2(std::abs(to - (kT0 + 2700000)) < 20000, qPrintable(QString::number(to - kT0)));
    QCOMPARE(view.window(), std::pair(from, to));
    QCOMPARE(view.spec().line.windowFromMs, from); // what the caller stores with the metric
    // Double-click: back to the whole series.
    QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, plot.center().toPoint());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(view.window(), std::pair(kT0, kT0 + 3600000));
}

void TestChartView::hoverToolTipOfLine()
{
    ChartView view;
    const ChartSpec spec = lineSpec();
    view.setSpec(spec);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ChartHits hits = view.hits();
    // The eu-west-1 point at 12:20 UTC = 14:20 CEST.
    const auto& p = spec.line.series[0].points[120];
    const QString tip =
        lineToolTipAt(spec, hits, QPointF(hits.xOf(p.at.toMSecsSinceEpoch()), hits.yOf(*p.value)));
    QVERIFY2(tip.contains(QStringLiteral("14:20")) && tip.contains(QStringLiteral("eu-west-1")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("%")), qPrintable(tip));
    // The marker "Detected" is a region with its uuid.
    bool found = false;
    for (const HitRegion& r : hits.regions)
        found = found || (r.kind == HitKind::Marker && r.uuids == QList<QUuid>{uuidOf(7)});
    QVERIFY(found);
}

void TestChartView::copyAndSave()
{
    ChartView view;
    view.setSpec(barsSpec());
    view.resize(600, 360);
    view.copyAsTable();
    QCOMPARE(QApplication::clipboard()->text().section(QLatin1Char('\n'), 0, 1), QStringLiteral("Category\tAll\nQ1\t1"));
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("c.svg"));
    const QString png = dir.filePath(QStringLiteral("c.png"));
    QVERIFY(view.saveAsSvg(svg));
    QVERIFY(view.saveAsPng(png));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 720)); // 2x
}

void TestChartView::tableViewCopiesAndActivates()
{
    ChartTableView view;
    view.setSpec(barsSpec());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QSignalSpy spy(&view, &ChartTableView::activated);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.table()->model()->index(2, 1));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<QUuid>>(), (QList<QUuid>{uuidOf(2), uuidOf(52)}));
    view.table()->clearSelection();
    QTest::keyClick(view.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Category\tAll\nQ1\t1\nQ2\t2\nQ3\t3\n"));
    view.table()->selectAll();
    QTest::keyClick(view.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Q1\t1\nQ2\t2\nQ3\t3\n"));
}

void TestChartView::chartInPdfIsVectors()
{
    HINDSIGHT_REQUIRE_TOOL("pdftotext");
    HINDSIGHT_REQUIRE_TOOL("pdfimages");
    QTemporaryDir dir;
    QTextDocument doc;
    QTextCursor cursor(&doc);
    cursor.insertText(QStringLiteral("Metrics"));
    cursor.insertBlock();
    insertChart(cursor, lineSpec(), QSizeF(480, 240));
    cursor.insertBlock();
    insertChart(cursor, barsSpec(), QSizeF(480, 240));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("After the charts"));
    const QString pdf = dir.filePath(QStringLiteral("charts.pdf"));
    QVERIFY(printToPdf(doc, pdf));
    const QString text = pdfToText(pdf);
    for (const char* label : {"Error rate", "Detected", "Mitigated", "Alarm threshold", "eu-west-1",
                              "Impact window", "Incidents per quarter", "After the charts"})
        QVERIFY2(text.contains(QLatin1String(label)), label);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("/Subtype /Image"));
    QCOMPARE(pdfImageCount(pdf), 0);

    // The checks can fail: the same document with a picture in it has an image.
    QTextDocument withImage;
    QTextCursor c2(&withImage);
    insertChart(c2, barsSpec(), QSizeF(200, 100));
    QImage picture(40, 40, QImage::Format_RGB32);
    picture.fill(Qt::red);
    withImage.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("pic.png")), picture);
    c2.insertImage(QStringLiteral("pic.png"));
    const QString pdf2 = dir.filePath(QStringLiteral("image.pdf"));
    QVERIFY(printToPdf(withImage, pdf2));
    QCOMPARE(pdfImageCount(pdf2), 1);
}

QTEST_MAIN(TestChartView)
#include "TestChartView.moc"
