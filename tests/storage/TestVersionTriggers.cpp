// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "document/AutoSaver.h"
#include "document/CoeDocument.h"
#include "exchange/CoeImporter.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// When versions are made (issue #13): on a status change, at most one every
// 10 minutes while someone keeps editing, when the editor closes after
// changes, and before an import replaces a COE. On both back ends.
class TestVersionTriggers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<CoeRepository> m_repository;
    Coe m_stored;

    QStringList reasons()
    {
        QStringList out;
        for (const CoeVersionInfo& v : CoeVersions(*m_archive).list(m_stored.uuid))
            out << toString(v.reason);
        return out;
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
        m_repository = std::make_unique<CoeRepository>(*m_archive);
        m_stored = makeNewCoe(QStringLiteral("Checkout failed"));
        QVERIFY(m_repository->save(m_stored).ok());
    }
    void cleanup()
    {
        m_repository.reset();
        m_archive.reset();
    }

    void statusChangeAndTenMinutes()
    {
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        saver.setDelay(60000);
        saver.setMaxWait(120000);
        QCOMPARE(saver.versionInterval(), 600);
        // The first save finds no version at all: one is recorded.
        doc.setTitle(QStringLiteral("Checkout failed for 69 minutes"));
        QVERIFY(saver.saveNow());
        QCOMPARE(reasons(), QStringList{QStringLiteral("periodic")});
        // Autosaves within ten minutes of it are no versions.
        doc.setSummary(QStringLiteral("It broke."));
        QVERIFY(saver.saveNow());
        doc.setSummary(QStringLiteral("It broke badly."));
        QVERIFY(saver.saveNow());
        QCOMPARE(reasons().size(), 1);
        // A status change is one, whenever it comes.
        doc.setStatus(Status::InReview);
        QVERIFY(saver.saveNow());
        QCOMPARE(reasons(), (QStringList{QStringLiteral("periodic"), QStringLiteral("status")}));
        const QList<CoeVersionInfo> list = CoeVersions(*m_archive).list(m_stored.uuid);
        QCOMPARE(list[0].summary, QStringLiteral("first version"));
        QVERIFY2(list[1].summary.contains(QStringLiteral("summary edited")), qPrintable(list[1].summary));
        QVERIFY2(list[1].summary.contains(QStringLiteral("status Draft → In review")), qPrintable(list[1].summary));
        QCOMPARE(CoeVersions(*m_archive).load(m_stored.uuid, 2)->summary, QStringLiteral("It broke badly."));
        QVERIFY(saver.lastVersionError().isEmpty());
        // Past the interval (here 0 s), the next save is a version again.
        saver.setVersionInterval(0);
        doc.setSummary(QStringLiteral("It broke for an hour."));
        QVERIFY(saver.saveNow());
        QCOMPARE(reasons().size(), 3);
        QCOMPARE(reasons().last(), QStringLiteral("periodic"));
    }

    void anOpenEditorFindsTheNewestVersion()
    {
        QVERIFY(CoeVersions(*m_archive).record(m_stored, VersionReason::Manual));
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        doc.setTitle(QStringLiteral("Edited"));
        QVERIFY(saver.saveNow());
        QCOMPARE(reasons(), QStringList{QStringLiteral("manual")}); // less than 10 minutes old
    }

    void closingAfterChangesRecordsOne()
    {
        {
            CoeDocument doc(m_stored);
            AutoSaver saver(&doc, m_repository.get());
            QVERIFY(saver.recordCloseVersion()); // nothing changed: no version
            QCOMPARE(reasons().size(), 0);
        }
        CoeDocument doc(m_stored);
        AutoSaver saver(&doc, m_repository.get());
        saver.setDelay(60000);
        saver.setMaxWait(120000);
        doc.setTitle(QStringLiteral("One"));
        QVERIFY(saver.saveNow()); // the first version (periodic)
        doc.setTitle(QStringLiteral("Two"));
        QVERIFY(saver.recordCloseVersion()); // saves the pending edit, then the version
        QCOMPARE(reasons(), (QStringList{QStringLiteral("periodic"), QStringLiteral("close")}));
        QCOMPARE(CoeVersions(*m_archive).load(m_stored.uuid, 2)->title, QStringLiteral("Two"));
        QCOMPARE(m_repository->load(m_stored.uuid)->title, QStringLiteral("Two"));
        QVERIFY(saver.recordCloseVersion()); // the newest version holds it already
        QCOMPARE(reasons().size(), 2);
    }

    void importKeepsWhatItReplaces()
    {
        Coe incoming = exampleCoe();
        incoming.uuid = m_stored.uuid;
        incoming.title = QStringLiteral("Imported title");
        const QString file = m_dir.filePath(QStringLiteral("%1.coe.json").arg(QTest::currentDataTag()));
        QString error;
        QVERIFY2(exchange::CoeJson::writeFile(incoming, file, &error), qPrintable(error));
        const exchange::ImportOutcome outcome =
            exchange::importFile(*m_repository, file, exchange::ConflictPolicy::Replace);
        QVERIFY2(outcome.stored(), qPrintable(outcome.message));
        QCOMPARE(reasons(), QStringList{QStringLiteral("import")});
        QCOMPARE(CoeVersions(*m_archive).load(m_stored.uuid, 1)->title, QStringLiteral("Checkout failed"));
        QCOMPARE(m_repository->load(m_stored.uuid)->title, QStringLiteral("Imported title"));
        // Copy and fail never replace anything: no version.
        QVERIFY(exchange::importFile(*m_repository, file, exchange::ConflictPolicy::Copy).stored());
        QCOMPARE(reasons().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVersionTriggers)
#include "TestVersionTriggers.moc"
