// SPDX-License-Identifier: MIT
// `hindsight copy-archive FROM TO [--merge [--on-conflict ...]]`, run as a user would.
#include "CliSupport.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

const QString kExampleUuid = QStringLiteral("3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11");
const QDateTime kTrashedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 100), QTimeZone::utc());

using Run = test::CliRun;

} // namespace

class TestCopyArchiveCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_from;
    QStringList m_uuids; // of the COEs in m_from
    QString m_trashedUuid;

    Run hindsight(const QStringList& args)
    {
        return test::runCli(args, test::cliEnvironment(m_dir.path()));
    }

    QString target(const QString& name) { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    // The exported JSON of every COE of `archive`, by uuid (through the command line).
    QStringList exports(const QString& archive)
    {
        QStringList out;
        for (const QString& uuid : m_uuids) {
            const Run r = hindsight({QStringLiteral("--archive"), archive, QStringLiteral("export-json"),
                                     uuid, QStringLiteral("-")});
            out << (r.exitCode == 0 ? r.out : QStringLiteral("missing: ") + r.err);
        }
        return out;
    }

    static QString trashState(const QString& path, const QString& uuid)
    {
        QString error;
        auto archive = Archive::open(path, Archive::Access::ReadOnly, &error);
        if (!archive)
            return error;
        CoeQuery query;
        query.trash = true;
        for (const CoeRow& r : CoeCatalog(*archive).rows(query, QDate::currentDate(), 0, 100))
            if (r.uuid == QUuid::fromString(uuid))
                return QString::number(r.deletedAt.toMSecsSinceEpoch());
        return QStringLiteral("live");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_from = m_dir.filePath(QStringLiteral("from.sqlite"));
        QStringList files{test::dataPath(QStringLiteral("checkout-config-rollout.coe.json"))};
        const QDir postmortems(test::dataPath(QStringLiteral("postmortems")));
        for (const QString& name :
             postmortems.entryList({QStringLiteral("*.coe.json")}, QDir::Files, QDir::Name))
            files << postmortems.filePath(name);
        const Run r =
            hindsight(QStringList{QStringLiteral("--archive"), m_from, QStringLiteral("import")} + files);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // One COE in the Trash, at a time of its own.
        QString error;
        auto archive = Archive::open(m_from, Archive::Access::ReadWrite, &error);
        QVERIFY2(archive, qPrintable(error));
        for (const CoeHeader& h : CoeRepository(*archive).list())
            m_uuids << h.uuid.toString(QUuid::WithoutBraces);
        QVERIFY(m_uuids.size() >= 3);
        m_trashedUuid = m_uuids.last();
        QVERIFY(CoeCatalog(*archive).moveToTrash(QUuid::fromString(m_trashedUuid), kTrashedAt, &error));
    }

    void copiesEveryCoeAndPrintsTheCounts()
    {
        const QByteArray before = test::fileChecksum(m_from);
        const QString to = target(QStringLiteral("copy"));
        const Run r = hindsight({QStringLiteral("copy-archive"), m_from, to});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const int n = int(m_uuids.size());
        QVERIFY2(QRegularExpression(QStringLiteral("^Copied %1 COE.* from .* \\(1 in the Trash\\)\\.").arg(n))
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Verified %1 COE").arg(n)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("identical")), qPrintable(r.out));
        // FROM only read: byte for byte the same (and no write left in a -wal beside it).
        QCOMPARE(test::fileChecksum(m_from), before);
        QCOMPARE(QFileInfo(m_from + QStringLiteral("-wal")).size(), 0);
        // The exports and the lists agree, and the Trash kept its time.
        QCOMPARE(exports(to), exports(m_from));
        const Run listFrom = hindsight({QStringLiteral("--archive"), m_from, QStringLiteral("list")});
        const Run listTo = hindsight({QStringLiteral("--archive"), to, QStringLiteral("list")});
        QCOMPARE(listTo.out, listFrom.out);
        QCOMPARE(trashState(to, m_trashedUuid), QString::number(kTrashedAt.toMSecsSinceEpoch()));
    }

    // An archive file of an older schema (written by an earlier Hindsight)
    // is copied too: its copy is upgraded on the way, the file itself is
    // never written (it was refused: "cannot be done read-only").
    void copiesAnOlderArchiveWithoutChangingIt()
    {
        const QString old = m_dir.filePath(QStringLiteral("old-v1.sqlite"));
        QFile::remove(old);
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("archive-v1.sqlite")), old));
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = test::fileChecksum(old);
        const QString to = target(QStringLiteral("from-old"));
        const Run r = hindsight({QStringLiteral("copy-archive"), old, to});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("identical")), qPrintable(r.out));
        QCOMPARE(test::fileChecksum(old), before);
        const Run listOld = hindsight({QStringLiteral("--archive"), old, QStringLiteral("list")});
        QVERIFY2(listOld.exitCode == 0, qPrintable(listOld.err));
        QVERIFY(!listOld.out.isEmpty());
        QCOMPARE(hindsight({QStringLiteral("--archive"), to, QStringLiteral("list")}).out, listOld.out);
    }

    // Issue #12, "Moving between them": `copy-archive a.sqlite postgresql://...`
    // and back, the Trash kept, every COE exported identically at each step.
    void copiesToPostgresAndBack()
    {
        const QString postgres = QStringLiteral("postgresql");
        HINDSIGHT_REQUIRE_BACKEND(postgres);
        QString error;
        const QString server = test::freshArchiveLocation(postgres, {}, &error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        const int n = int(m_uuids.size());
        Run r = hindsight({QStringLiteral("copy-archive"), m_from, server});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Verified %1 COE").arg(n)) && r.out.contains(QStringLiteral("identical")),
                 qPrintable(r.out));
        QVERIFY(test::archiveIsWhereItShouldBe(server));
        const QString back = target(QStringLiteral("back-from-postgres"));
        r = hindsight({QStringLiteral("copy-archive"), server, back});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Verified %1 COE").arg(n)), qPrintable(r.out));
        const QStringList original = exports(m_from);
        QCOMPARE(exports(server), original);
        QCOMPARE(exports(back), original);
        const Run listFrom = hindsight({QStringLiteral("--archive"), m_from, QStringLiteral("list")});
        QCOMPARE(hindsight({QStringLiteral("--archive"), server, QStringLiteral("list")}).out, listFrom.out);
        QCOMPARE(hindsight({QStringLiteral("--archive"), back, QStringLiteral("list")}).out, listFrom.out);
        const QString trashedAt = QString::number(kTrashedAt.toMSecsSinceEpoch());
        QCOMPARE(trashState(server, m_trashedUuid), trashedAt);
        QCOMPARE(trashState(back, m_trashedUuid), trashedAt);
        // Not into a server archive that holds COEs without --merge.
        r = hindsight({QStringLiteral("copy-archive"), m_from, server});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--merge")), qPrintable(r.err));
        // --merge into it, as a role whose password is in the URI: everything
        // already there, and the password printed nowhere.
        const QString writer = test::writerLocation(server, QStringLiteral("pw-9f3e1c"), &error);
        QVERIFY2(!writer.isEmpty(), qPrintable(error));
        const QString withPassword =
            writer + (writer.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
            QStringLiteral("password=pw-9f3e1c");
        r = hindsight({QStringLiteral("copy-archive"), back, withPassword, QStringLiteral("--merge")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1 already there and identical").arg(n)), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("pw-9f3e1c")) && !r.err.contains(QStringLiteral("pw-9f3e1c")),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(writer), qPrintable(r.out));
    }

    void refusesANonEmptyTargetWithoutMerge()
    {
        const QString to = target(QStringLiteral("nonempty"));
        QCOMPARE(hindsight({QStringLiteral("copy-archive"), m_from, to}).exitCode, 0);
        const QByteArray before = test::fileChecksum(to);
        const Run r = hindsight({QStringLiteral("copy-archive"), m_from, to});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(QFileInfo(to).absoluteFilePath())),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("already holds")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--merge")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::fileChecksum(to), before);

        // --merge: everything is already there and identical.
        const Run merged = hindsight({QStringLiteral("copy-archive"), m_from, to, QStringLiteral("--merge")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(QStringLiteral("%1 already there and identical").arg(m_uuids.size())),
                 qPrintable(merged.out));
    }

    void mergeConflictsFollowOnConflict()
    {
        const QString to = target(QStringLiteral("conflict"));
        {
            // TO holds the example under its uuid with another title.
            QString error;
            auto archive = Archive::open(to, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            Coe theirs;
            theirs.uuid = QUuid::fromString(kExampleUuid);
            theirs.title = QStringLiteral("Their version");
            QVERIFY(CoeRepository(*archive).save(theirs).ok());
        }
        Run r = hindsight({QStringLiteral("copy-archive"), m_from, to, QStringLiteral("--merge")});
        QCOMPARE(r.exitCode, 1); // --on-conflict fail (the default): left as it was, and said so
        QVERIFY2(r.err.contains(QStringLiteral("conflict: ")) && r.err.contains(kExampleUuid),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 conflict")), qPrintable(r.out));
        const Run kept = hindsight({QStringLiteral("--archive"), to, QStringLiteral("export-json"),
                                    kExampleUuid, QStringLiteral("-")});
        QVERIFY(kept.out.contains(QStringLiteral("Their version")));

        r = hindsight({QStringLiteral("copy-archive"), m_from, to, QStringLiteral("--merge"),
                       QStringLiteral("--on-conflict"), QStringLiteral("replace")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 replaced")), qPrintable(r.out));
        QCOMPARE(exports(to), exports(m_from));
    }

    void refusalsAndUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        QTest::newRow("one argument") << QStringList{QStringLiteral("copy-archive"), m_from} << 2
                                      << QStringLiteral("copy-archive takes FROM and TO");
        QTest::newRow("bad policy") << QStringList{QStringLiteral("copy-archive"),
                                                   m_from,
                                                   fresh,
                                                   QStringLiteral("--merge"),
                                                   QStringLiteral("--on-conflict"),
                                                   QStringLiteral("merge")}
                                    << 2 << QStringLiteral("--on-conflict takes fail, replace or copy");
        QTest::newRow("policy without merge")
            << QStringList{QStringLiteral("copy-archive"), m_from, fresh, QStringLiteral("--on-conflict"),
                           QStringLiteral("copy")}
            << 2 << QStringLiteral("only with --merge");
        QTest::newRow("missing source") << QStringList{QStringLiteral("copy-archive"), missing, fresh} << 1
                                        << QStringLiteral("missing.sqlite does not exist");
        QTest::newRow("itself") << QStringList{QStringLiteral("copy-archive"), m_from, m_from,
                                               QStringLiteral("--merge")}
                                << 1 << QStringLiteral("is the archive to copy itself");
    }
    void refusalsAndUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = test::fileChecksum(m_from);
        const Run r = hindsight(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(test::fileChecksum(m_from), before);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("fresh.sqlite"))));
    }

    void helpNamesTheCommand()
    {
        const Run r = hindsight({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("copy-archive FROM TO [--merge")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--merge")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCopyArchiveCommand)
#include "TestCopyArchiveCommand.moc"
