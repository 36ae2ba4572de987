// SPDX-License-Identifier: MIT
#include "exchange/CoeImporter.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::exchange;

// import -> archive -> export gives the same document (spec: "must round-trip").
class TestImportExportRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive =
            Archive::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())),
                          Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup() { m_archive.reset(); }

    // U+FFFE and U+FFFF are characters like any other (Unicode Corrigendum #9);
    // SQLite turns them into U+FFFD when it converts UTF-8 text to UTF-16.
    void noncharactersSurviveTheArchive()
    {
        // first: bound as UTF-16, a leading U+FFFE read as a byte order mark byte-swapped the text
        const QString odd = QChar(0xFFFE) + QStringLiteral("a") + QChar(0xFFFE) + QStringLiteral("b") +
                            QChar(0xFFFF) + QStringLiteral("c");
        const QByteArray bytes =
            QByteArray(
                R"({"format": "coe", "format_version": 1, "uuid": "3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11",
                "title": "ODD", "owner": "ODD", "summary": "ODD", "tags": ["ODD"],
                "impact": {"description": "ODD"},
                "timeline": [{"at": "2024-03-07T14:05:00Z", "text": "ODD"}],
                "questions": [{"area": "detection", "question": "ODD", "answer": "ODD"}],
                "whys": [{"id": "ODD", "why": "ODD", "because": "ODD"}],
                "action_items": [{"id": "a1", "title": "ODD", "whys": ["ODD"]}],
                "related": [{"kind": "link", "title": "ODD"}]})")
                .replace("ODD", odd.toUtf8());
        const JsonReadResult read = CoeJson::read(bytes);
        QVERIFY(read.ok());
        QCOMPARE(read.coe.summary, odd);

        CoeRepository repo(*m_archive);
        const ImportOutcome outcome =
            importBytes(repo, bytes, QStringLiteral("odd.coe.json"), ConflictPolicy::Fail);
        QVERIFY2(outcome.stored(), qPrintable(outcome.message));
        QString error;
        const std::optional<Coe> loaded = repo.load(outcome.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->title, odd);
        QCOMPARE(loaded->summary, odd);
        QCOMPARE(loaded->tags, QStringList{odd});
        QCOMPARE(loaded->whys.value(0).id, odd);
        QCOMPARE(loaded->actionItems.value(0).whys, QStringList{odd});
        QCOMPARE(CoeJson::write(*loaded), CoeJson::write(read.coe));
    }

    // Every fuzz case the reader accepts comes back out of the archive as it went in.
    void acceptedFuzzCasesSurviveTheArchive()
    {
        const QDir dir(QStringLiteral(HINDSIGHT_TEST_DATA "/fuzz"));
        CoeRepository repo(*m_archive);
        int accepted = 0;
        for (const QString& file : dir.entryList({QStringLiteral("case-*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const JsonReadResult read = CoeJson::read(bytes);
            if (!read.ok())
                continue;
            ++accepted;
            const ImportOutcome outcome = importBytes(repo, bytes, file, ConflictPolicy::Replace);
            QVERIFY2(outcome.stored(), qPrintable(outcome.message));
            QString error;
            const std::optional<Coe> loaded = repo.load(outcome.uuid, &error);
            QVERIFY2(loaded, qPrintable(file + u' ' + error));
            Coe expected = read.coe;
            expected.uuid = loaded->uuid; // a new one when the file had none
            const QByteArray want = CoeJson::write(expected);
            const QByteArray got = CoeJson::write(*loaded);
            if (got != want) {
                const auto at =
                    std::mismatch(got.begin(), got.end(), want.begin(), want.end()).first - got.begin();
                QFAIL(qPrintable(file + u": "_qs +
                                 QString::fromUtf8(got.mid(std::max<qsizetype>(0, at - 60), 120))));
            }
        }
        QVERIFY(accepted >= 10);
    }
};

QTEST_GUILESS_MAIN(TestImportExportRoundTrip)
#include "TestImportExportRoundTrip.moc"
