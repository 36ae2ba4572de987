// SPDX-License-Identifier: MIT
// Axes of the Insights charts read well whatever the data: counts get whole
// ticks (no "2.5 COEs"), and forty quarters get every k-th label whole rather
// than every label cut to "2…" (seen in the first screenshots of Insights).
#include "charts/ChartPaint.h"
#include "charts/ChartSpec.h"

#include <QRegularExpression>
#include <QTest>

using namespace hindsight::charts;

namespace {

// The texts of an SVG chart, in order.
QStringList svgTexts(const QByteArray& svg)
{
    QStringList texts;
    const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = text.globalMatch(QString::fromUtf8(svg)); it.hasNext();)
        texts.append(it.next().captured(1));
    return texts;
}

} // namespace

class TestChartAxes : public QObject
{
    Q_OBJECT

private slots:
    void countsHaveWholeTicks()
    {
        ChartSpec spec;
        spec.kind = ChartKind::Bars;
        spec.categories = {QStringLiteral("A"), QStringLiteral("B")};
        spec.bars = {BarSeries{QStringLiteral("COEs"), {Datum{1, {}, {}}, Datum{2, {}, {}}}}};
        const QStringList texts = svgTexts(chartSvg(spec, QSizeF(400, 300)));
        QVERIFY2(texts.contains(QStringLiteral("1")) && texts.contains(QStringLiteral("2")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        for (const QString& t : texts)
            QVERIFY2(!t.contains(QLatin1Char('.')), qPrintable(t));

        spec.kind = ChartKind::Pareto;
        for (const QString& t : svgTexts(chartSvg(spec, QSizeF(400, 300))))
            QVERIFY2(!t.contains(QStringLiteral(".5")), qPrintable(t));

        // Fractions keep their fine ticks.
        spec.kind = ChartKind::Bars;
        spec.bars = {BarSeries{QStringLiteral("share"), {Datum{0.5, {}, {}}, Datum{1.5, {}, {}}}}};
        bool half = false;
        for (const QString& t : svgTexts(chartSvg(spec, QSizeF(400, 300))))
            half = half || t.contains(QStringLiteral(".5"));
        QVERIFY(half);
    }

    void crowdedCategoriesShowEveryKthLabelWhole()
    {
        ChartSpec spec;
        spec.kind = ChartKind::Bars;
        BarSeries series{QStringLiteral("COEs"), {}};
        for (int year = 2017; year < 2027; ++year)
            for (int q = 1; q <= 4; ++q) {
                spec.categories.append(QStringLiteral("%1-Q%2").arg(year).arg(q));
                series.values.append(Datum{double(q), {}, {}});
            }
        spec.bars = {series};
        const QStringList texts = svgTexts(chartSvg(spec, QSizeF(500, 300)));
        QVERIFY(texts.contains(QStringLiteral("2017-Q1")));
        int whole = 0;
        for (const QString& t : texts) {
            QVERIFY2(!t.endsWith(QChar(0x2026)), qPrintable(t)); // no "2…"
            if (t.contains(QStringLiteral("-Q")))
                ++whole;
        }
        QVERIFY2(whole >= 4 && whole < 40, qPrintable(QString::number(whole)));
        // Room for all: every label.
        const QStringList wide = svgTexts(chartSvg(spec, QSizeF(4000, 300)));
        QVERIFY(wide.contains(QStringLiteral("2026-Q4")));
        QVERIFY(wide.contains(QStringLiteral("2019-Q3")));
    }
};

QTEST_MAIN(TestChartAxes)
#include "TestChartAxes.moc"
