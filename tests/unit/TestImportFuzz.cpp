// SPDX-License-Identifier: MIT
#include "exchange/CoeJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace hindsight;
using namespace hindsight::exchange;

// Every file of tests/data/fuzz (damaged copies of the example, written by
// tests/data/fuzz/make-corpus.py) is read. The reader never crashes; it
// either accepts the document, which then round-trips (write, read, write
// gives the same bytes), or refuses it with messages that say where: a line
// and column of the file, or a JSON path.
class TestImportFuzz : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsThere()
    {
        const QStringList files = corpus();
        QVERIFY2(files.size() >= 300, qPrintable(QString::number(files.size())));
    }

    void everyFileIsAcceptedWholeOrRefusedWithAPlace_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : corpus())
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyFileIsAcceptedWholeOrRefusedWithAPlace()
    {
        QFETCH(QString, file);
        QFile f(QDir(dataDir()).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();

        const JsonReadResult r = CoeJson::read(bytes);
        if (!r.ok()) {
            for (const JsonDiagnostic& d : r.errors) {
                QVERIFY2(!d.message.isEmpty(), qPrintable(d.toString(file)));
                QVERIFY2(d.message.size() < 400, qPrintable(d.message.left(400)));
                QVERIFY2(d.path.startsWith(u'$'), qPrintable(d.toString(file)));
                if (d.line > 0)
                    QVERIFY2(d.column >= 1, qPrintable(d.toString(file)));
                const QString shown = d.toString(file);
                QVERIFY2(shown.startsWith(file + u':'), qPrintable(shown));
            }
            ++m_refused;
            return;
        }
        ++m_accepted;

        // accepted: what is written reads back, and writes the same bytes again
        const QByteArray written = CoeJson::write(r.coe);
        const JsonReadResult back = CoeJson::read(written);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.errors.first().toString(file)));
        QCOMPARE(CoeJson::write(back.coe), written);
        QCOMPARE(QJsonDocument::fromJson(CoeJson::write(back.coe)).object(),
                 QJsonDocument::fromJson(written).object());
        QCOMPARE(back.coe.uuid, r.coe.uuid);
        QVERIFY(!back.coe.uuid.isNull());
    }

    // The corpus holds both kinds, else it tests too little.
    void cleanupTestCase()
    {
        qInfo("%d accepted, %d refused", m_accepted, m_refused);
        QVERIFY(m_accepted >= 10);
        QVERIFY(m_refused >= 200);
    }

private:
    int m_accepted = 0;
    int m_refused = 0;
    static QString dataDir() { return QStringLiteral(HINDSIGHT_TEST_DATA "/fuzz"); }
    static QStringList corpus()
    {
        return QDir(dataDir()).entryList({QStringLiteral("case-*.json")}, QDir::Files, QDir::Name);
    }
};

QTEST_GUILESS_MAIN(TestImportFuzz)
#include "TestImportFuzz.moc"
