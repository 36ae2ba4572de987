// SPDX-License-Identifier: MIT
// Two `hindsight import` processes started at once on the same archive with
// the same new document: the uuid check and the save are one write
// transaction, so --on-conflict copy and replace always succeed twice and
// fail lets exactly one through.
#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

#include <memory>

using namespace hindsight;

namespace {

const QByteArray kExampleUuid = "3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11";
constexpr int kRounds = 20;

using Run = test::CliRun;

} // namespace

class TestConcurrentImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment() const { return test::cliEnvironment(m_dir.path()); }

    // Starts two imports of `file` at once and waits for both.
    QList<Run> importTwice(const QString& archive, const QString& file, const QString& policy)
    {
        const QStringList args{QStringLiteral("--archive"), archive, QStringLiteral("import"),
                               QStringLiteral("--on-conflict"), policy, file};
        QProcess a, b;
        a.setProcessEnvironment(environment());
        b.setProcessEnvironment(environment());
        a.start(test::binaryPath(), args);
        b.start(test::binaryPath(), args);
        QList<Run> runs;
        for (QProcess* p : {&a, &b}) {
            if (!p->waitForFinished(60000))
                qWarning("hindsight did not finish");
            Run r;
            r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
            r.out = QString::fromUtf8(p->readAllStandardOutput());
            r.err = QString::fromUtf8(p->readAllStandardError());
            runs << r;
        }
        return runs;
    }

    // The example document under a new uuid, written to a file of its own.
    QString newDocument(QUuid* uuid)
    {
        *uuid = QUuid::createUuid();
        QByteArray bytes = test::readData(QStringLiteral("checkout-config-rollout.coe.json"));
        bytes.replace(kExampleUuid, uuid->toByteArray(QUuid::WithoutBraces));
        const QString path = m_dir.filePath(uuid->toString(QUuid::WithoutBraces) + QStringLiteral(".coe.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A fresh archive, created before the race (creating one is not what is tested).
    QString newArchive(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!Archive::open(path, Archive::Access::ReadWrite, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    static QList<CoeHeader> listed(const QString& path)
    {
        QString error;
        std::unique_ptr<Archive> archive = Archive::open(path, Archive::Access::ReadWrite, &error);
        if (!archive)
            qFatal("%s", qPrintable(error));
        return CoeRepository(*archive).list();
    }

    static QString both(const QList<Run>& runs)
    {
        return runs.at(0).err + runs.at(0).out + QStringLiteral(" | ") + runs.at(1).err + runs.at(1).out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void copyKeepsBoth()
    {
        const QString archive = newArchive(QStringLiteral("copy.sqlite"));
        for (int round = 0; round < kRounds; ++round) {
            QUuid uuid;
            const QString file = newDocument(&uuid);
            const QList<Run> runs = importTwice(archive, file, QStringLiteral("copy"));
            QVERIFY2(runs.at(0).exitCode == 0 && runs.at(1).exitCode == 0,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(both(runs))));
            const QList<CoeHeader> coes = listed(archive);
            QCOMPARE(coes.size(), 2 * (round + 1));
            // One keeps the document's uuid, the other is a copy under a new one.
            QVERIFY(std::any_of(coes.begin(), coes.end(), [&](const CoeHeader& h) { return h.uuid == uuid; }));
            QVERIFY2((runs.at(0).out + runs.at(1).out).contains(QStringLiteral("imported as a copy")),
                     qPrintable(both(runs)));
        }
    }

    void replaceKeepsOne()
    {
        const QString archive = newArchive(QStringLiteral("replace.sqlite"));
        for (int round = 0; round < kRounds; ++round) {
            QUuid uuid;
            const QString file = newDocument(&uuid);
            const QList<Run> runs = importTwice(archive, file, QStringLiteral("replace"));
            QVERIFY2(runs.at(0).exitCode == 0 && runs.at(1).exitCode == 0,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(both(runs))));
            QCOMPARE(listed(archive).size(), round + 1);
            const QString out = runs.at(0).out + runs.at(1).out;
            QVERIFY2(out.contains(QStringLiteral("imported as")) && out.contains(QStringLiteral("replaced COE")),
                     qPrintable(both(runs)));
        }
    }

    void failLetsExactlyOneThrough()
    {
        const QString archive = newArchive(QStringLiteral("fail.sqlite"));
        for (int round = 0; round < kRounds; ++round) {
            QUuid uuid;
            const QString file = newDocument(&uuid);
            const QList<Run> runs = importTwice(archive, file, QStringLiteral("fail"));
            const int succeeded = int(runs.at(0).exitCode == 0) + int(runs.at(1).exitCode == 0);
            QVERIFY2(succeeded == 1, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(both(runs))));
            const Run& loser = runs.at(0).exitCode == 0 ? runs.at(1) : runs.at(0);
            QCOMPARE(loser.exitCode, 1);
            // The same clear message as a conflict found without a race.
            QVERIFY2(loser.err.contains(QStringLiteral("is already in the archive; nothing imported")),
                     qPrintable(loser.err));
            QCOMPARE(listed(archive).size(), round + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "TestConcurrentImport.moc"
