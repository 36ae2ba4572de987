// SPDX-License-Identifier: MIT
// The editor's Metrics page never reads what an SVG image refers to: neither
// for its thumbnails (an archive written before import sanitized SVGs) nor
// when an SVG file is attached (the document keeps it sanitized).
#include "document/CoeDocument.h"
#include "editor/pages/MetricsPage.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

QByteArray pngBytes(const QColor& color)
{
    QImage img(64, 64, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

// A blue square covered by an <image> naming `href` (a solid red PNG).
QByteArray svgReferring(const QString& href)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                          "width=\"100\" height=\"100\"><rect width=\"100\" height=\"100\" fill=\"#0000ff\"/>"
                          "<image x=\"0\" y=\"0\" width=\"100\" height=\"100\" xlink:href=\"%1\"/></svg>")
        .arg(href.toHtmlEscaped())
        .toUtf8();
}

int countPixels(const QImage& image, bool red)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (red ? (c.red() > 200 && c.green() < 80 && c.blue() < 80)
                    : (c.blue() > 200 && c.red() < 80 && c.green() < 80))
                ++n;
        }
    return n;
}

} // namespace

class TestMetricImages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_red;
    QString m_oldCurrent;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_red = m_dir.filePath(u"red.png"_s);
        QFile file(m_red);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(Qt::red));
        file.close();
        m_oldCurrent = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path())); // where a relative reference points
        if (!QImageReader::supportedImageFormats().contains("svg"))
            QSKIP("no SVG image plugin: SVGs are never rendered here");
        if (countPixels(QImage::fromData(svgReferring(m_red), "svg"), true) == 0)
            QSKIP("this QtSvg does not follow file references at all");
    }
    void cleanupTestCase() { QDir::setCurrent(m_oldCurrent); }

    void thumbnailsNeverFollowReferences_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("absolute") << m_red << u"image/svg+xml"_s;
        QTest::newRow("relative") << u"red.png"_s << u"image/svg+xml"_s;
        QTest::newRow("file url") << QUrl::fromLocalFile(m_red).toString() << u"image/svg+xml"_s;
        QTest::newRow("svg said to be png") << m_red << u"image/png"_s;
    }

    void thumbnailsNeverFollowReferences()
    {
        QFETCH(QString, href);
        QFETCH(QString, mediaType);
        Coe coe = makeNewCoe(u"old archive"_s);
        Metric metric;
        metric.name = u"errors"_s;
        metric.images = {MetricImage{u"chart.svg"_s, mediaType, svgReferring(href), {}}};
        coe.metrics = {metric};
        CoeDocument doc(coe);
        MetricsPage page(&doc);
        page.setCurrentRow(0);
        auto* list = page.findChild<QListWidget*>(u"metricImagesListWidget"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        const QIcon icon = list->item(0)->icon();
        const QImage shown = icon.isNull() ? QImage() : icon.pixmap(list->iconSize()).toImage();
        QCOMPARE(countPixels(shown, true), 0);
        if (mediaType == u"image/svg+xml"_s)
            QVERIFY(countPixels(shown, false) > 0); // the SVG itself is still shown
        else
            QVERIFY(icon.isNull());
    }

    void attachedSvgIsStoredSanitized()
    {
        const QString path = m_dir.filePath(u"chart.svg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(svgReferring(u"red.png"_s));
        file.close();
        CoeDocument doc(makeNewCoe(u"new"_s));
        MetricsPage page(&doc);
        QVERIFY(page.addImageFile(path));
        QCOMPARE(doc.coe().metrics.size(), 1);
        QCOMPARE(doc.coe().metrics[0].images.size(), 1);
        const MetricImage& image = doc.coe().metrics[0].images[0];
        QCOMPARE(image.mediaType, u"image/svg+xml"_s);
        QVERIFY(!image.data.contains("red.png"));
        QVERIFY(image.data.contains("<rect"));
        auto* problem = page.findChild<QLabel*>(u"metricProblemLabel"_s);
        QVERIFY(problem);
        QVERIFY(problem->text().contains(u"red.png"_s));
    }
};

QTEST_MAIN(TestMetricImages)
#include "TestMetricImages.moc"
