// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "exchange/CoeImporter.h"
#include "exchange/CoeJson.h"
#include "storage/ActionItemQuery.h"
#include "storage/Archive.h"
#include "storage/ArchiveSearch.h"
#include "storage/CoeQuery.h"
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

    // What the archive says about its COEs, as text: the exports, the list,
    // searches, action items and review counts.
    static QStringList describe(Archive& archive, const QStringList& words)
    {
        QStringList out;
        CoeRepository repo(archive);
        QString error;
        const QList<CoeHeader> headers = repo.list(&error);
        if (!error.isEmpty())
            out << QStringLiteral("list error: ") + error;
        for (const CoeHeader& h : headers) {
            const std::optional<Coe> coe = repo.load(h.uuid, &error);
            out << QStringLiteral("list %1 %2 %3 %4").arg(h.uuid.toString(), h.title, h.updatedAt.toString(Qt::ISODateWithMs))
                       .arg(h.revision);
            out << (coe ? QString::fromUtf8(CoeJson::write(*coe)) : QStringLiteral("load error: ") + error);
        }
        for (const QString& word : words) {
            for (const SearchHit& hit : search(archive, word, 50, &error))
                out << QStringLiteral("search %1: %2 %3").arg(word, hit.uuid.toString(), hit.snippet);
            if (!error.isEmpty())
                out << QStringLiteral("search error: ") + error;
        }
        const QDate today(2024, 6, 10);
        for (const CoeRow& row : CoeCatalog(archive).rows(CoeQuery{}, today, 0, 100, &error))
            out << QStringLiteral("row %1 %2 %3 %4 %5 %6 %7")
                       .arg(row.uuid.toString(), row.services, row.incidentAt.toString(Qt::ISODate))
                       .arg(row.openActions)
                       .arg(row.overdueActions)
                       .arg(row.reviewErrors)
                       .arg(row.reviewWarnings);
        ActionItemQuery actions;
        actions.sort = ActionItemQuery::Sort::Due;
        for (const ActionItemRow& a : ActionItemCatalog(archive).rows(actions, today, 0, 500, &error))
            out << QStringLiteral("action %1 %2 %3 %4").arg(a.coeUuid.toString(), a.title, a.owner,
                                                              a.due.toString(Qt::ISODate));
        return out;
    }

private slots:
    // Every test runs on each back end (TestSupport.h: archiveBackends()).
    void initTestCase_data() { hindsight::test::addArchiveBackendRows(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
        QString error;
        const QString where = hindsight::test::freshArchiveLocation(
            backend, m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        m_archive = Archive::open(where, Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        QVERIFY(hindsight::test::archiveIsWhereItShouldBe(where));
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

    // The example and every post-mortem fixture: imported, they export the
    // same JSON, and list, search and the action items say the same on the
    // SQLite and the PostgreSQL back end.
    void fixturesReadTheSameOnEveryBackEnd()
    {
        QFETCH_GLOBAL(QString, backend);
        QStringList files{QStringLiteral(HINDSIGHT_TEST_DATA "/checkout-config-rollout.coe.json"),
                          QStringLiteral(HINDSIGHT_TEST_DATA "/format-1.1/checkout-config-rollout-1.1.coe.json")};
        const QDir dir(QStringLiteral(HINDSIGHT_TEST_DATA "/postmortems"));
        for (const QString& file : dir.entryList({QStringLiteral("*.coe.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(file);
        CoeRepository repo(*m_archive);
        for (const QString& path : std::as_const(files)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const JsonReadResult read = CoeJson::read(bytes);
            QVERIFY2(read.ok(), qPrintable(path));
            const ImportOutcome outcome = importBytes(repo, bytes, path, ConflictPolicy::Fail);
            QVERIFY2(outcome.stored(), qPrintable(outcome.message));
            const std::optional<Coe> loaded = repo.load(outcome.uuid);
            QVERIFY(loaded);
            Coe expected = read.coe;
            expected.uuid = loaded->uuid;
            expected.revision = loaded->revision;
            QCOMPARE(QString::fromUtf8(CoeJson::write(*loaded)), QString::fromUtf8(CoeJson::write(expected)));
        }
        const QStringList words{QStringLiteral("deploy"),     QStringLiteral("database"),
                                QStringLiteral("\"the network\""), QStringLiteral("cafe"),
                                QStringLiteral("regex backtr"), QStringLiteral("S3 remov")};
        const QStringList seen = describe(*m_archive, words);
        QVERIFY(seen.size() > files.size() * 2);
        // The first back end's account is the reference for the next.
        static QStringList reference;
        static QString referenceBackend;
        if (reference.isEmpty()) {
            reference = seen;
            referenceBackend = backend;
            return;
        }
        for (qsizetype i = 0; i < qMax(seen.size(), reference.size()); ++i)
            QVERIFY2(seen.value(i) == reference.value(i),
                     qPrintable(QStringLiteral("line %1:\n%2: %3\n%4: %5")
                                    .arg(i)
                                    .arg(referenceBackend, reference.value(i).left(400), backend, seen.value(i).left(400))));
    }
};

QTEST_GUILESS_MAIN(TestImportExportRoundTrip)
#include "TestImportExportRoundTrip.moc"
