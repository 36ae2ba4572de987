// SPDX-License-Identifier: MIT
// `hindsight export-pdf` prints an SVG metric image without what it refers
// to, run from the folder a relative reference points into, both for an
// archive written before imports sanitized SVGs and after `hindsight import`.
#include "TestSupport.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

Coe coeWithSvg(const QByteArray& svg)
{
    Coe coe = makeNewCoe(u"SVG chart"_s);
    Metric metric;
    metric.name = u"errors"_s;
    metric.images = {MetricImage{u"chart.svg"_s, u"image/svg+xml"_s, svg, u"chart"_s}};
    coe.metrics = {metric};
    return coe;
}

} // namespace

class TestSvgPdfExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_red;
    int m_run = 0;

    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    Run hindsight(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path()); // where "red.png" is
        p.start(test::binaryPath(), args);
        if (!p.waitForFinished(60000))
            qWarning("hindsight did not finish");
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The images inside the PDF, as pdfimages extracts them.
    QList<QImage> pdfImages(const QString& pdf)
    {
        const QString folder = m_dir.filePath(u"images-%1"_s.arg(++m_run));
        QDir().mkpath(folder);
        QProcess p;
        p.start(u"pdfimages"_s, {u"-png"_s, pdf, folder + u"/img"_s});
        if (!p.waitForStarted() || !p.waitForFinished(30000))
            return {};
        QList<QImage> images;
        for (const QString& name : QDir(folder).entryList(QDir::Files))
            images << QImage(QDir(folder).filePath(name));
        return images;
    }

    void checkPdf(const QString& archive, const QUuid& uuid)
    {
        const QString pdf = m_dir.filePath(u"report-%1.pdf"_s.arg(++m_run));
        const Run r = hindsight({u"--archive"_s, archive, u"export-pdf"_s, uuid.toString(QUuid::WithoutBraces), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QImage> images = pdfImages(pdf);
        QVERIFY(!images.isEmpty());
        int blue = 0;
        for (const QImage& image : images) {
            QCOMPARE(countPixels(image, true), 0);
            blue += countPixels(image, false);
        }
        QVERIFY(blue > 0); // the SVG is printed, without the red file
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_red = m_dir.filePath(u"red.png"_s);
        QFile file(m_red);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(Qt::red));
        file.close();
        if (!QImageReader::supportedImageFormats().contains("svg"))
            QSKIP("no SVG image plugin: SVGs are never rendered here");
        QProcess p;
        p.start(u"pdfimages"_s, {u"-v"_s});
        if (!p.waitForStarted())
            QSKIP("pdfimages (poppler-utils) is not installed");
        p.waitForFinished();
    }

    void archiveWrittenBeforeTheFix_data()
    {
        QTest::addColumn<QString>("href");
        QTest::newRow("absolute") << m_red;
        QTest::newRow("relative") << u"red.png"_s;
    }

    void archiveWrittenBeforeTheFix()
    {
        QFETCH(QString, href);
        const QString archivePath = m_dir.filePath(u"old-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        Coe coe = coeWithSvg(svgReferring(href));
        {
            QString error;
            auto archive = Archive::open(archivePath, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            CoeRepository repository(*archive);
            const SaveResult saved = repository.save(coe);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
        }
        checkPdf(archivePath, coe.uuid);
    }

    void importedThenPrinted()
    {
        const QString archivePath = m_dir.filePath(u"imported.sqlite"_s);
        const Coe coe = coeWithSvg(svgReferring(u"red.png"_s));
        const QString json = m_dir.filePath(u"chart.coe.json"_s);
        QString error;
        QVERIFY2(exchange::CoeJson::writeFile(coe, json, &error), qPrintable(error));
        const Run r = hindsight({u"--archive"_s, archivePath, u"import"_s, json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"$.metrics[0].images[0]"_s) && r.err.contains(u"red.png"_s), qPrintable(r.err));
        checkPdf(archivePath, coe.uuid);
    }
};

QTEST_MAIN(TestSvgPdfExport)
#include "TestSvgPdfExport.moc"
