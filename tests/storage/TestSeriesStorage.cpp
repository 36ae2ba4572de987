// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/SeriesBlob.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace hindsight;
using namespace hindsight::test;

// A metric's measured series, threshold and window (format 1.1; schema 11:
// metric_series with the points as one blob a series, metric_charts), on
// both back ends, and the blob's encoding.
class TestSeriesStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    qint64 rows(const QString& table)
    {
        QSqlQuery q(m_archive->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

    // richCoe() with series of every kind: gaps, ties, milliseconds, negative
    // and huge values, an empty series, hostile names.
    static Coe seriesCoe()
    {
        Coe c = richCoe();
        metrics::MetricSeries a{QStringLiteral("5xx <b>share</b> 😡"), QStringLiteral("%"), {}};
        for (int i = 0; i < 500; ++i)
            a.points.append({at(1709819100000 + i * 60000LL + (i % 7 == 0 ? 123 : 0)),
                             i % 10 == 3 ? std::nullopt : std::optional<double>(std::sin(i) * 1e3 + 0.1)});
        a.points.append({a.points.constLast().at, 1.0}); // a tie
        metrics::MetricSeries b{QStringLiteral("p99"), QString(), {{at(-86400000), -0.0}, {at(0), 1e300},
                                                                   {at(253402300799999), -1e-300}}};
        metrics::MetricSeries empty{QStringLiteral("nothing yet"), QStringLiteral("ms"), {}};
        c.metrics[0].series = {a, b, empty};
        c.metrics[0].threshold = 2.5;
        c.metrics[0].window = {at(1709819100000), at(1709826900000)};
        c.metrics[1].window = {QDateTime(), at(1709826900000)}; // one end only, no series
        return c;
    }

private slots:
    void initTestCase_data() { addArchiveBackendRows(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        m_archive = openFreshArchive(backend, m_dir.path(), &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup() { m_archive.reset(); }

    void savesAndLoadsEveryField()
    {
        CoeRepository repo(*m_archive);
        Coe c = seriesCoe();
        QVERIFY(repo.save(c).ok());
        QString error;
        auto loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_EVERY_FIELD(*loaded, c);
        QCOMPARE(exchange::CoeJson::write(*loaded), exchange::CoeJson::write(c));
        QCOMPARE(rows(QStringLiteral("metric_series")), 3);
        QCOMPARE(rows(QStringLiteral("metric_charts")), 2);
        // The gap is a gap, -0.0 stays negative zero.
        QVERIFY(!loaded->metrics[0].series[0].points[3].value);
        QVERIFY(std::signbit(*loaded->metrics[0].series[1].points[0].value));

        // loadMany reads the same.
        QList<std::optional<Coe>> many;
        QVERIFY2(repo.loadMany({c.uuid, c.uuid}, &many, &error), qPrintable(error));
        QCOMPARE(many.size(), 2);
        QVERIFY(many[1] && many[1]->sameContent(c));

        // Saved again without them: nothing is left behind.
        for (Metric& m : c.metrics) {
            m.series.clear();
            m.threshold.reset();
            m.window = {};
        }
        QVERIFY(repo.save(c).ok());
        loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_EVERY_FIELD(*loaded, c);
        QCOMPARE(rows(QStringLiteral("metric_series")), 0);
        QCOMPARE(rows(QStringLiteral("metric_charts")), 0);
    }

    // An autosave that changed no series leaves their rows as they are (a COE
    // at the limits holds 15 MB of points): a mark put into a series row by
    // hand stays through a save of other text, and goes as soon as a series
    // or the order of the metrics changes, or another writer saved the COE.
    void unchangedSeriesAreNotWrittenAgain()
    {
        const auto mark = [this] {
            QSqlQuery q(m_archive->database());
            return q.exec(QStringLiteral("UPDATE metric_series SET unit = 'marked' WHERE metric = 0 AND position = 1"))
                && q.numRowsAffected() == 1;
        };
        const auto marked = [this] {
            QSqlQuery q(m_archive->database());
            return q.exec(QStringLiteral("SELECT unit FROM metric_series WHERE metric = 0 AND position = 1")) && q.next()
                && q.value(0).toString() == QLatin1String("marked");
        };
        CoeRepository repo(*m_archive);
        Coe c = seriesCoe();
        QVERIFY(repo.save(c).ok());
        QVERIFY(mark());
        c.title += QStringLiteral(" (edited)");
        c.metrics[0].name += QStringLiteral(" (renamed)"); // the metric, not its series
        QVERIFY(repo.save(c).ok());
        QVERIFY(marked());
        QString error;
        auto loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->title, c.title);
        QCOMPARE(loaded->metrics[0].name, c.metrics[0].name);
        QCOMPARE(loaded->metrics[0].series.size(), 3);
        QCOMPARE(rows(QStringLiteral("metric_series")), 3);

        // One point changed: the series are written again.
        c.metrics[0].series[0].points[0].value = 42.0;
        QVERIFY(repo.save(c).ok());
        QVERIFY(!marked());
        loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->metrics == c.metrics);

        // Loaded (equal, not shared) and saved with other text changed: kept.
        Coe copy = *loaded;
        QVERIFY(mark());
        copy.summary += QStringLiteral(" More.");
        QVERIFY(repo.save(copy).ok());
        QVERIFY(marked());

        // The metrics swapped: each one's series go with it.
        c = copy;
        QVERIFY(mark());
        std::swap(c.metrics[0], c.metrics[1]);
        QVERIFY(repo.save(c).ok());
        loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->metrics[0].series.size(), 0);
        QCOMPARE(loaded->metrics[1].series.size(), 3);
        QVERIFY(loaded->metrics == c.metrics);

        // Another writer saved the COE since this repository last did: what
        // the archive holds is not known here, the series are written whole.
        CoeRepository other(*m_archive);
        std::optional<Coe> theirs = other.load(c.uuid, &error);
        QVERIFY2(theirs, qPrintable(error));
        std::swap(theirs->metrics[0], theirs->metrics[1]);
        QVERIFY(other.save(*theirs).ok());
        QVERIFY(repo.save(c, CoeRepository::SaveMode::Overwrite).ok());
        loaded = other.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->metrics == c.metrics);
    }

    // The 1.1 example imported and exported gives back its series exactly.
    void exampleSeriesRoundTrip()
    {
        const exchange::JsonReadResult read =
            exchange::CoeJson::read(readData(QStringLiteral("format-1.1/checkout-config-rollout-1.1.coe.json")));
        QVERIFY(read.ok());
        QCOMPARE(read.coe.metrics[0].series.size(), 1);
        CoeRepository repo(*m_archive);
        Coe c = read.coe;
        QVERIFY(repo.save(c).ok());
        const auto loaded = repo.load(c.uuid);
        QVERIFY(loaded);
        QVERIFY(loaded->metrics == read.coe.metrics);
    }

    // The most a COE may hold: 20 series of 100,000 points, saved and loaded whole.
    void largestSeriesSaveAndLoad()
    {
        Coe c = richCoe();
        QList<metrics::MetricSeries> series(metrics::kMaxSeries);
        for (int s = 0; s < series.size(); ++s) {
            series[s].name = QStringLiteral("host-%1").arg(s);
            series[s].points.reserve(metrics::kMaxPoints);
            for (int i = 0; i < metrics::kMaxPoints; ++i)
                series[s].points.append({at(1709819100000 + i * 1000LL), i % 997 ? std::optional<double>(i * 0.5 + s)
                                                                                 : std::nullopt});
        }
        c.metrics[0].series = series;
        CoeRepository repo(*m_archive);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(repo.save(c).ok());
        const qint64 saveMs = timer.elapsed();
        timer.restart();
        QString error;
        const auto loaded = repo.load(c.uuid, &error);
        const qint64 loadMs = timer.elapsed();
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->metrics[0].series == series);
        qInfo("20 x 100000 points: save %lld ms, load %lld ms", saveMs, loadMs);
    }

    // The blob of one series: exact for every value, gap and time.
    void blobRoundTrip()
    {
        QList<metrics::SeriesPoint> points;
        QCOMPARE(seriesblob::decode(seriesblob::encode(points)).value(), points);
        const qint64 base = 1709819100000;
        for (int i = 0; i < 5000; ++i)
            points.append({QDateTime::fromMSecsSinceEpoch(base + (i / 2) * 15000LL - (i == 7 ? 999999 : 0), Qt::UTC),
                           i % 13 == 0 ? std::nullopt
                                       : std::optional<double>(i % 5 == 0 ? std::numeric_limits<double>::max()
                                                                         : 0.1 * i)});
        const QByteArray bytes = seriesblob::encode(points);
        QVERIFY(bytes.size() < points.size() * 10); // compressed or small differences
        const auto back = seriesblob::decode(bytes);
        QVERIFY(back);
        QVERIFY(*back == points);
    }
    // Damaged bytes are refused, never read as other points.
    void blobDamageRefused()
    {
        QList<metrics::SeriesPoint> points{{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), 1.0}};
        const QByteArray bytes = seriesblob::encode(points);
        QVERIFY(!seriesblob::decode({}));
        QVERIFY(!seriesblob::decode(bytes.left(bytes.size() - 1)));
        QVERIFY(!seriesblob::decode(bytes + 'x'));
        QVERIFY(!seriesblob::decode(QByteArray("\x09", 1) + bytes.mid(1)));
        QVERIFY(!seriesblob::decode(QByteArray("\x02garbage")));
    }
};

QTEST_GUILESS_MAIN(TestSeriesStorage)

#include "TestSeriesStorage.moc"
