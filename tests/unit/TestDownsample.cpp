// SPDX-License-Identifier: MIT
#include "metrics/Downsample.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace hindsight::metrics;

namespace {

const QDateTime kStart(QDate(2024, 3, 7), QTime(14, 0), QTimeZone::utc());

// A random series: increasing times with ties, noise with spikes, ~5% gaps.
QList<SeriesPoint> randomSeries(QRandomGenerator& rng, int n)
{
    QList<SeriesPoint> s;
    qint64 t = 0;
    for (int i = 0; i < n; ++i) {
        t += rng.bounded(4) == 0 ? 0 : rng.bounded(1, 20000); // a quarter are ties
        SeriesPoint p{kStart.addMSecs(t), std::nullopt};
        if (rng.bounded(20) != 0) {
            double v = rng.generateDouble() * 10.0;
            if (rng.bounded(50) == 0)
                v += (rng.bounded(2) ? 1 : -1) * 1000.0 * rng.generateDouble(); // a spike
            p.value = v;
        }
        s.append(p);
    }
    return s;
}

int columnOf(const SeriesPoint& p, const QDateTime& from, const QDateTime& to, int columns)
{
    return downsampleColumn(p.at.toMSecsSinceEpoch(), from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(),
                            columns);
}

// The indexes in full of the output's points (a subsequence), or an empty
// list with a failure when out is not one.
QList<qsizetype> matchSubsequence(const QList<SeriesPoint>& full, const QList<SeriesPoint>& out)
{
    QList<qsizetype> idx;
    qsizetype i = 0;
    for (const SeriesPoint& p : out) {
        while (i < full.size() && !(full[i] == p))
            ++i;
        if (i == full.size())
            return {};
        idx.append(i++);
    }
    return idx;
}

bool isLocalExtremum(const QList<SeriesPoint>& s, qsizetype i, bool max)
{
    if (!s[i].value)
        return false;
    const double v = *s[i].value;
    for (qsizetype j : {i - 1, i + 1}) {
        if (j < 0 || j >= s.size() || !s[j].value)
            continue; // an end or a gap: no neighbour on that side
        if (max ? *s[j].value > v : *s[j].value < v)
            return false;
    }
    return true;
}

// Checks every property of downsample(full, from, to, columns); false with a message.
QString checkProperties(const QList<SeriesPoint>& full, const QDateTime& from, const QDateTime& to,
                        int columns)
{
    const QList<SeriesPoint> out = downsample(full, from, to, columns);
    if (out.size() > 4 * qsizetype(columns))
        return QStringLiteral("%1 points for %2 columns").arg(out.size()).arg(columns);
    const QList<qsizetype> idx = matchSubsequence(full, out);
    if (idx.size() != out.size())
        return QStringLiteral("the output is not the full series' points in time order");
    // The window's points, per column: min and max of the full series and of the output.
    struct Envelope
    {
        std::optional<double> fullMin, fullMax, outMin, outMax;
        int fullCount = 0;
    };
    QHash<int, Envelope> env;
    for (const SeriesPoint& p : full) {
        const int c = columnOf(p, from, to, columns);
        if (c < 0)
            continue;
        Envelope& e = env[c];
        ++e.fullCount;
        if (p.value) {
            e.fullMin = e.fullMin ? std::min(*e.fullMin, *p.value) : *p.value;
            e.fullMax = e.fullMax ? std::max(*e.fullMax, *p.value) : *p.value;
        }
    }
    for (const SeriesPoint& p : out) {
        const int c = columnOf(p, from, to, columns);
        if (c < 0)
            return QStringLiteral("a point outside the window");
        Envelope& e = env[c];
        if (p.value) {
            e.outMin = e.outMin ? std::min(*e.outMin, *p.value) : *p.value;
            e.outMax = e.outMax ? std::max(*e.outMax, *p.value) : *p.value;
        }
    }
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it->fullMin != it->outMin || it->fullMax != it->outMax)
            return QStringLiteral("column %1: the envelope changed").arg(it.key());
    }
    // Every local min and max of the full series inside the window is kept:
    // exactly when its column holds it alone, else within the column's kept
    // envelope (the column's extreme value itself is kept, see above).
    for (qsizetype i = 0; i < full.size(); ++i) {
        const int c = columnOf(full[i], from, to, columns);
        if (c < 0)
            continue;
        for (bool max : {true, false}) {
            if (!isLocalExtremum(full, i, max))
                continue;
            const Envelope& e = env[c];
            const double v = *full[i].value;
            if (e.fullCount == 1 && !idx.contains(i))
                return QStringLiteral("the lone local extremum at %1 was dropped").arg(i);
            if (max ? v > *e.outMax : v < *e.outMin)
                return QStringLiteral("the local %1 at %2 is outside the kept envelope")
                    .arg(max ? QStringLiteral("max") : QStringLiteral("min"))
                    .arg(i);
        }
    }
    // Gaps stay gaps: adjacent kept values in different columns have no gap between them.
    for (qsizetype k = 0; k + 1 < out.size(); ++k) {
        if (!out[k].value || !out[k + 1].value)
            continue;
        if (columnOf(out[k], from, to, columns) == columnOf(out[k + 1], from, to, columns))
            continue;
        for (qsizetype i = idx[k] + 1; i < idx[k + 1]; ++i)
            if (!full[i].value)
                return QStringLiteral("the gap at %1 was bridged").arg(i);
    }
    return {};
}

} // namespace

class TestDownsample : public QObject
{
    Q_OBJECT
private slots:
    void properties_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("points");
        for (quint32 seed = 1; seed <= 12; ++seed)
            for (int n : {1, 2, 17, 500, 5000})
                QTest::addRow("seed %u, %d points", seed, n) << seed << n;
    }
    void properties()
    {
        QFETCH(quint32, seed);
        QFETCH(int, points);
        QRandomGenerator rng(seed);
        const QList<SeriesPoint> full = randomSeries(rng, points);
        const QDateTime first = full.front().at, last = full.back().at;
        const qint64 span = first.msecsTo(last);
        QList<std::pair<QDateTime, QDateTime>> windows{{first, last}};
        // A window inside the series and one reaching past both ends.
        windows.append({first.addMSecs(span / 3), first.addMSecs(span * 2 / 3)});
        windows.append({first.addSecs(-60), last.addSecs(60)});
        for (const auto& [from, to] : windows) {
            for (int columns : {1, 3, 64, 640, 1000, points * 3}) {
                const QString failure = checkProperties(full, from, to, columns);
                QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("%1 columns, window %2 .. %3: %4")
                                                           .arg(columns)
                                                           .arg(from.toString(Qt::ISODateWithMs),
                                                                to.toString(Qt::ISODateWithMs), failure)));
            }
        }
    }

    // One point per column: every point, so every local extremum, is kept as is.
    void sparseSeriesKeptWhole()
    {
        QRandomGenerator rng(7);
        QList<SeriesPoint> full;
        for (int i = 0; i < 300; ++i)
            full.append({kStart.addSecs(60 * i),
                         rng.bounded(10) ? std::optional<double>(rng.generateDouble()) : std::nullopt});
        QCOMPARE(downsample(full, full.front().at, full.back().at, 300), full);
    }

    // The spike a naive every-Nth-point thinning loses.
    void spikeSurvives()
    {
        QList<SeriesPoint> full;
        for (int i = 0; i < 100000; ++i)
            full.append({kStart.addSecs(i), 1.0});
        full[54321].value = 99.0;
        // Then no data for five columns' worth of time (a column is 1,000 s).
        for (int i = 54322; i < 60000; ++i)
            full[i].value = std::nullopt;
        const QList<SeriesPoint> out = downsample(full, full.front().at, full.back().at, 100);
        QVERIFY(out.size() <= 400);
        const qsizetype spike = out.indexOf(full[54321]);
        QVERIFY(spike >= 0);
        // The line breaks after the spike: the next kept point is a gap.
        QVERIFY(spike + 1 < out.size());
        QCOMPARE(out[spike + 1].value, std::nullopt);
    }

    void edges()
    {
        const QList<SeriesPoint> full{{kStart, 1.0}, {kStart.addSecs(10), 2.0}};
        QVERIFY(downsample(full, kStart, kStart.addSecs(10), 0).isEmpty());
        QVERIFY(downsample(full, kStart.addSecs(10), kStart, 10).isEmpty());
        QVERIFY(downsample({}, kStart, kStart.addSecs(10), 10).isEmpty());
        QCOMPARE(downsample(full, kStart, kStart, 10), QList<SeriesPoint>{full.front()});
        QCOMPARE(downsample(full, kStart.addSecs(20), kStart.addSecs(30), 10), QList<SeriesPoint>{});
        // Windows so long that (t - from) * columns does not fit in 64 bits.
        const qint64 far = qint64(1) << 60;
        QCOMPARE(downsampleColumn(far, -far, far, 1000000), 999999);
        QCOMPARE(downsampleColumn(0, -far, far, 1000000), 500000);
        QCOMPARE(
            downsampleColumn(0, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 10),
            -1);
        const QList<SeriesPoint> wide{{QDateTime(QDate(-9999, 1, 1), QTime(0, 0), Qt::UTC), 1.0},
                                      {QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC), 5.0},
                                      {QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC), 2.0}};
        QCOMPARE(downsample(wide, wide.front().at, wide.back().at, 1000000), wide);
        QCOMPARE(downsampleColumn(kStart.addSecs(10).toMSecsSinceEpoch(), kStart.toMSecsSinceEpoch(),
                                  kStart.addSecs(10).toMSecsSinceEpoch(), 10),
                 9);
    }
};

QTEST_GUILESS_MAIN(TestDownsample)
#include "TestDownsample.moc"
