// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace hindsight;
using namespace hindsight::test;

// A process killed (SIGKILL) in the middle of saving loses nothing it was told
// was saved and never leaves a damaged archive. The test runs its own
// executable as the child: with HINDSIGHT_CRASH_CHILD=<archive path> set, main()
// saves COEs in a loop and prints "<uuid> <revision>" after each save()
// returns; the parent kills it at a random moment and checks the archive.
namespace {

const char* const kChildVariable = "HINDSIGHT_CRASH_CHILD";

int runChild(const QString& path)
{
    QString error;
    auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!archive) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    CoeRepository repo(*archive);
    QList<Coe> working;
    for (const CoeHeader& h : repo.list()) {
        const auto loaded = repo.load(h.uuid, &error);
        if (!loaded) {
            std::fprintf(stderr, "child: %s\n", qPrintable(error));
            return 3;
        }
        working << *loaded;
    }
    for (int i = 0; i < 3; ++i) {
        Coe c = exampleCoe();
        c.uuid = QUuid::createUuid();
        c.title = QStringLiteral("Crash test COE %1").arg(working.size());
        working << c;
    }
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; timer.elapsed() < 60000; ++n) { // the parent kills it long before
        Coe& c = working[n % working.size()];
        c.summary = QStringLiteral("Save number %1").arg(n);
        c.updatedAt = QDateTime::currentDateTimeUtc();
        if (c.timeline.size() > 300)
            c.timeline.remove(0, 100);
        c.timeline << TimelineEntry{
            c.updatedAt, QStringLiteral("entry of save %1 — ünïcödé").arg(n), Milestone::None, n % 2 == 0, {},
            {}};
        if (n % 4 == 0 && !c.metrics.isEmpty())
            c.metrics[0].images = {MetricImage{QStringLiteral("big.png"), QStringLiteral("image/png"),
                                               binaryImage(64 * 1024 + int(n % 977)), QStringLiteral("big")}};
        const SaveResult r = repo.save(c);
        if (!r.ok()) {
            std::fprintf(stderr, "child: %s\n", qPrintable(r.error));
            return 4;
        }
        std::printf("%s %lld\n", qPrintable(c.uuid.toString(QUuid::WithoutBraces)), c.revision);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSavingKeepsEveryReportedSave()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QHash<QUuid, qint64> reported; // highest revision the child said it saved
        int totalSaves = 0;

        for (int round = 0; round < 4; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildVariable), path);
            child.setProcessEnvironment(env);
            child.setProgram(QCoreApplication::applicationFilePath());
            child.start();
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

            const int target = 15 + QRandomGenerator::global()->bounded(40);
            QByteArray out;
            QElapsedTimer timer;
            timer.start();
            while (out.count('\n') < target && timer.elapsed() < 60000) {
                if (!child.waitForReadyRead(10000) && child.state() != QProcess::Running)
                    QFAIL(qPrintable(QStringLiteral("child ended early: %1")
                                         .arg(QString::fromUtf8(child.readAllStandardError()))));
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.count('\n') >= target, "the child saved too slowly");
            QThread::usleep(QRandomGenerator::global()->bounded(3000)); // land anywhere in a save
            child.kill();                                               // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            out += child.readAllStandardOutput();

            // Only complete lines were reported (a line cut by the kill was not).
            const QList<QByteArray> lines = out.left(out.lastIndexOf('\n')).split('\n');
            for (const QByteArray& line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                QCOMPARE(parts.size(), 2);
                const QUuid uuid = QUuid::fromString(QString::fromLatin1(parts[0]));
                QVERIFY(!uuid.isNull());
                reported[uuid] = qMax(reported.value(uuid), parts[1].toLongLong());
                ++totalSaves;
            }

            QString error;
            auto archive = Archive::open(path, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            QString report;
            QVERIFY2(archive->checkIntegrity(&report), qPrintable(report));
            CoeRepository repo(*archive);
            for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
                const qint64 stored = repo.revision(it.key());
                QVERIFY2(stored >= it.value(),
                         qPrintable(QStringLiteral("%1: stored revision %2, reported %3")
                                        .arg(it.key().toString())
                                        .arg(stored)
                                        .arg(it.value())));
                const auto loaded = repo.load(it.key(), &error);
                QVERIFY2(loaded, qPrintable(error));
                QCOMPARE(loaded->revision, stored);
                // All of one save or none of it: the summary and the last
                // timeline entry were written by the same save.
                QVERIFY2(!loaded->timeline.isEmpty(), "a save's timeline is missing");
                const QString n = loaded->summary.section(QLatin1Char(' '), 2);
                QVERIFY2(loaded->timeline.last().text.startsWith(QStringLiteral("entry of save %1 ").arg(n)),
                         qPrintable(loaded->summary + QStringLiteral(" / ") + loaded->timeline.last().text));
            }
        }
        qInfo("%d saves reported by 4 killed children over %d COEs", totalSaves, int(reported.size()));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild(qEnvironmentVariable(kChildVariable));
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCrashSafety.moc"
