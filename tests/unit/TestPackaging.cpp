// SPDX-License-Identifier: MIT
// The desktop-integration files in packaging/: validated with the desktop's
// own tools (desktop-file-validate, appstreamcli, update-mime-database,
// xmllint) and read for the fields the desktop relies on.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral("io.github.hindsight.Hindsight");

QString packagingPath(const QString& file = {})
{
    const QDir dir(QStringLiteral(HINDSIGHT_TEST_DATA "/../../packaging"));
    return QDir::cleanPath(file.isEmpty() ? dir.absolutePath() : dir.absoluteFilePath(file));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

struct Run
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& arguments)
{
    Run r;
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        return r;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, arguments);
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

// Key=value lines of the [Desktop Entry] group.
QHash<QString, QString> desktopEntry(const QByteArray& bytes)
{
    QHash<QString, QString> entry;
    bool inGroup = false;
    for (const QByteArray& rawLine : bytes.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(u'[')) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (inGroup && eq > 0 && !line.startsWith(u'#'))
            entry.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return entry;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private slots:
    void filesArePresent()
    {
        for (const QString& f : {appId + QStringLiteral(".desktop"), appId + QStringLiteral(".metainfo.xml"),
                                 QStringLiteral("hindsight-mime.xml"), QStringLiteral("icons/hindsight.svg"),
                                 QStringLiteral("CMakeLists.txt"), QStringLiteral("check-deb.sh"),
                                 QStringLiteral("screenshots.sh")})
            QVERIFY2(QFileInfo(packagingPath(f)).size() > 0, qPrintable(packagingPath(f)));
        for (const QString& script : {QStringLiteral("check-deb.sh"), QStringLiteral("screenshots.sh")})
            QVERIFY2(QFileInfo(packagingPath(script)).isExecutable(), qPrintable(script));
    }

    void iconsAreRenderedAtEverySize()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString path = packagingPath(QStringLiteral("icons/%1/hindsight.png").arg(size));
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.hasAlphaChannel());
            // a real picture: transparent corners, opaque middle
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        }
        // the SVG is a small, hand-made file with no embedded bitmaps
        const QByteArray svg = readFile(packagingPath(QStringLiteral("icons/hindsight.svg")));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 128 128\""));
        QVERIFY(!svg.contains("data:image"));
        QVERIFY(svg.size() < 4096);
    }

    void windowIconMatchesPackagedIcon()
    {
        // resources/icons/hindsight.svg is compiled in as :/icons/hindsight.svg
        const QString resourceCopy =
            QStringLiteral(HINDSIGHT_TEST_DATA "/../../resources/icons/hindsight.svg");
        if (!QFile::exists(resourceCopy))
            QSKIP("resources/icons/hindsight.svg is not there yet (see the desktop branch report)");
        const QByteArray packaged = readFile(packagingPath(QStringLiteral("icons/hindsight.svg")));
        QCOMPARE(readFile(resourceCopy), packaged);
        QCOMPARE(readFile(QStringLiteral(":/icons/hindsight.svg")), packaged);
    }

    void desktopFileValidates()
    {
        const QString path = packagingPath(appId + QStringLiteral(".desktop"));
        const Run r = run(QStringLiteral("desktop-file-validate"), {path});
        QVERIFY2(r.started, "desktop-file-validate is missing: apt-get install desktop-file-utils");
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(!r.output.contains(QLatin1String("error")), qPrintable(r.output));
        // Hints and warnings too: e.g. two main categories list the app twice in menus.
        QVERIFY2(r.output.trimmed().isEmpty(), qPrintable(r.output));
    }

    void desktopFileFields()
    {
        const auto entry = desktopEntry(readFile(packagingPath(appId + QStringLiteral(".desktop"))));
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Hindsight"));
        QCOMPARE(entry.value(QStringLiteral("GenericName")), QStringLiteral("COE Editor"));
        QVERIFY(!entry.value(QStringLiteral("Comment")).isEmpty());
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("hindsight %F"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), appId); // the installed icons' name
        QCOMPARE(entry.value(QStringLiteral("Categories")), QStringLiteral("Office;ProjectManagement;"));
        QVERIFY(entry.value(QStringLiteral("MimeType"))
                    .split(u';')
                    .contains(QStringLiteral("application/x-coe+json")));
        QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    }

    void metainfoValidates()
    {
        const QString path = packagingPath(appId + QStringLiteral(".metainfo.xml"));
        const Run r = run(QStringLiteral("appstreamcli"),
                          {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
        QVERIFY2(r.started, "appstreamcli is missing: apt-get install appstream");
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }

    void metainfoFields()
    {
        QXmlStreamReader xml(readFile(packagingPath(appId + QStringLiteral(".metainfo.xml"))));
        QString id, launchable, binary, rating, firstReleaseVersion, firstReleaseDate;
        QStringList screenshots;
        bool hasDescription = false;
        QStringList path;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                path << xml.name().toString();
                const QString where = path.join(u'/');
                if (where == QLatin1String("component/id"))
                    id = xml.readElementText();
                else if (where == QLatin1String("component/launchable"))
                    launchable = xml.readElementText();
                else if (where == QLatin1String("component/provides/binary"))
                    binary = xml.readElementText();
                else if (where == QLatin1String("component/screenshots/screenshot/image"))
                    screenshots << xml.readElementText();
                else if (where == QLatin1String("component/content_rating"))
                    rating = xml.attributes().value(QStringLiteral("type")).toString();
                else if (where == QLatin1String("component/description"))
                    hasDescription = true;
                else if (where == QLatin1String("component/releases/release") &&
                         firstReleaseVersion.isEmpty()) {
                    firstReleaseVersion = xml.attributes().value(QStringLiteral("version")).toString();
                    firstReleaseDate = xml.attributes().value(QStringLiteral("date")).toString();
                }
                if (xml.isEndElement()) // readElementText() consumed the end
                    path.removeLast();
            } else if (xml.isEndElement()) {
                path.removeLast();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, appId);
        QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
        QCOMPARE(binary, QStringLiteral("hindsight"));
        QCOMPARE(rating, QStringLiteral("oars-1.1"));
        QVERIFY(hasDescription);
        // the newest release is this build's version
        QCOMPARE(firstReleaseVersion, QStringLiteral(HINDSIGHT_VERSION));
        QCOMPARE(firstReleaseDate, QStringLiteral("2026-11-29"));
        QVERIFY(!screenshots.isEmpty());
        for (const QString& url : std::as_const(screenshots)) {
            QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
            QVERIFY2(url.contains(QLatin1String("/packaging/screenshots/")) &&
                         url.endsWith(QLatin1String(".png")),
                     qPrintable(url));
            // the picture is in this tree (packaging/screenshots.sh writes <lang>/<page>.png)
            const QString file = url.mid(url.indexOf(QLatin1String("/packaging/screenshots/")) + 1);
            QVERIFY2(QFileInfo::exists(QStringLiteral(HINDSIGHT_SOURCE_DIR "/") + file), qPrintable(file));
        }
    }

    void mimeTypeDefinition()
    {
        const QString path = packagingPath(QStringLiteral("hindsight-mime.xml"));
        QXmlStreamReader xml(readFile(path));
        QString type, glob, parent;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("mime-type"))
                type = xml.attributes().value(QStringLiteral("type")).toString();
            else if (xml.name() == QLatin1String("glob"))
                glob = xml.attributes().value(QStringLiteral("pattern")).toString();
            else if (xml.name() == QLatin1String("sub-class-of"))
                parent = xml.attributes().value(QStringLiteral("type")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(type, QStringLiteral("application/x-coe+json"));
        QCOMPARE(glob, QStringLiteral("*.coe.json"));
        QCOMPARE(parent, QStringLiteral("application/json"));

        const Run lint = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path});
        if (lint.started)
            QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
        else
            qInfo("xmllint not installed: well-formedness checked by QXmlStreamReader only");
    }

    void mimeDatabaseAcceptsIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("update-mime-database")).isEmpty())
            QSKIP("update-mime-database (shared-mime-info) is not installed");
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("mime/packages")));
        QVERIFY(QFile::copy(packagingPath(QStringLiteral("hindsight-mime.xml")),
                            dir.filePath(QStringLiteral("mime/packages/hindsight-mime.xml"))));
        const Run r = run(QStringLiteral("update-mime-database"), {dir.filePath(QStringLiteral("mime"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(!r.output.contains(QLatin1String("Unknown")), qPrintable(r.output));
        const QByteArray globs = readFile(dir.filePath(QStringLiteral("mime/globs2")));
        QVERIFY2(globs.contains(":application/x-coe+json:*.coe.json\n"), globs.constData());
        const QByteArray subclasses = readFile(dir.filePath(QStringLiteral("mime/subclasses")));
        QVERIFY2(subclasses.contains("application/x-coe+json application/json\n"), subclasses.constData());
    }

    void installRulesCoverEveryFile()
    {
        const QByteArray cmake = readFile(packagingPath(QStringLiteral("CMakeLists.txt")));
        QVERIFY(cmake.contains("foreach(size 16 22 24 32 48 64 128 256)"));
        QVERIFY(cmake.contains("icons/hicolor/${size}x${size}/apps"));
        QVERIFY(cmake.contains("icons/hicolor/scalable/apps"));
        QVERIFY(cmake.contains("${CMAKE_INSTALL_DATADIR}/applications"));
        QVERIFY(cmake.contains("${CMAKE_INSTALL_DATADIR}/metainfo"));
        QVERIFY(cmake.contains("${CMAKE_INSTALL_DATADIR}/mime/packages"));
        QVERIFY(cmake.contains("set(CPACK_PACKAGE_NAME hindsight)"));
        for (const char* dep : {"libqt6sql6-sqlite", "libqt6printsupport6", "libqt6widgets6",
                                "fonts-dejavu-core", "libqt6svg6"})
            QVERIFY2(cmake.contains(dep), dep);
    }

    void scriptsParseAndExplainThemselves()
    {
        for (const QString& script : {QStringLiteral("check-deb.sh"), QStringLiteral("screenshots.sh")}) {
            const Run syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), packagingPath(script)});
            QVERIFY2(syntax.exitCode == 0, qPrintable(script + u'\n' + syntax.output));
        }
        // without arguments: usage on the way out, status 2
        const Run shots = run(QStringLiteral("bash"), {packagingPath(QStringLiteral("screenshots.sh"))});
        QCOMPARE(shots.exitCode, 2);
        QVERIFY2(shots.output.contains(QLatin1String("BINARY OUTPUT_DIR")), qPrintable(shots.output));
        const Run deb = run(QStringLiteral("bash"), {packagingPath(QStringLiteral("check-deb.sh"))});
        QVERIFY(deb.exitCode != 0);
        QVERIFY2(deb.output.contains(QLatin1String("usage")), qPrintable(deb.output));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "TestPackaging.moc"
