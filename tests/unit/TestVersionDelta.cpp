// SPDX-License-Identifier: MIT
#include "storage/VersionDelta.h"

#include <QByteArrayList>
#include <QRandomGenerator>
#include <QTest>

using namespace hindsight;

// The line deltas behind the stored versions (CoeVersions, schema 8).
class TestVersionDelta : public QObject
{
    Q_OBJECT

    static bool roundTrip(const QByteArray& newer, const QByteArray& older, QByteArray* got, QString* error)
    {
        const QByteArray delta = versiondelta::encode(newer, older);
        std::deque<QByteArray> arena;
        std::vector<QByteArrayView> lines;
        const bool ok = versiondelta::apply(versiondelta::splitLines(newer), delta, &lines, &arena, error);
        *got = versiondelta::join(lines);
        return ok;
    }

private slots:
    // Random texts and edits (lines removed, added, changed, the last line
    // without its newline): the delta always gives the older text back.
    void givesTheOlderTextBack()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 5000; ++round) {
            QByteArrayList a;
            const int n = random.bounded(10);
            for (int i = 0; i < n; ++i)
                a << QByteArray(1, char('a' + random.bounded(4))) + (random.bounded(3) ? "" : "xyz") + "\n";
            QByteArrayList b = a;
            for (int k = random.bounded(5); k > 0; --k) {
                const int what = random.bounded(3);
                if (what == 0 && !b.isEmpty())
                    b.removeAt(random.bounded(int(b.size())));
                else if (what == 1)
                    b.insert(random.bounded(int(b.size()) + 1), QByteArray(1, char('a' + random.bounded(5))) + "\n");
                else if (!b.isEmpty())
                    b[random.bounded(int(b.size()))].insert(random.bounded(2), "q");
            }
            const QByteArray newer = a.join();
            QByteArray older = b.join();
            if (random.bounded(2) && !older.isEmpty())
                older.chop(1);
            QByteArray got;
            QString error;
            QVERIFY2(roundTrip(newer, older, &got, &error), qPrintable(error));
            QCOMPARE(got, older);
        }
    }

    // A line edited in the middle costs its change, not the line.
    void changedLineKeepsItsEnds()
    {
        const QByteArray line = QByteArray(2000, 'x');
        const QByteArray newer = "{\n  \"summary\": \"" + line + " and more\"\n}\n";
        const QByteArray older = "{\n  \"summary\": \"" + line + "\"\n}\n";
        QVERIFY(versiondelta::encode(newer, older).size() < 40);
        QByteArray got;
        QString error;
        QVERIFY2(roundTrip(newer, older, &got, &error), qPrintable(error));
        QCOMPARE(got, older);
    }

    // Damaged deltas are refused with a reason, never read past their end.
    void damagedDeltasAreRefused()
    {
        const QByteArray newer = "{\n  \"a\": 1,\n  \"b\": \"text\",\n  \"c\": [\n    1,\n    2\n  ]\n}\n";
        const QByteArray older = "{\n  \"a\": 2,\n  \"b\": \"texts\",\n  \"c\": [\n    2\n  ],\n  \"d\": 5\n}\n";
        const QByteArray delta = versiondelta::encode(newer, older);
        const std::vector<QByteArrayView> lines = versiondelta::splitLines(newer);
        QRandomGenerator random(7);
        int refused = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray broken = delta;
            for (int k = 1 + random.bounded(3); k > 0; --k)
                broken[random.bounded(int(broken.size()))] = char(random.bounded(256));
            if (random.bounded(4) == 0)
                broken.truncate(random.bounded(int(broken.size())));
            std::deque<QByteArray> arena;
            std::vector<QByteArrayView> out;
            QString error;
            if (!versiondelta::apply(lines, broken, &out, &arena, &error)) {
                ++refused;
                QVERIFY(error.contains(QStringLiteral("damaged")));
            }
        }
        QVERIFY(refused > 10000);
        std::deque<QByteArray> arena;
        std::vector<QByteArrayView> out;
        QString error;
        QVERIFY(!versiondelta::apply(lines, QByteArray(), &out, &arena, &error));
        QVERIFY(!versiondelta::apply(lines, "HVD1", &out, &arena, &error));
    }
};

QTEST_GUILESS_MAIN(TestVersionDelta)
#include "TestVersionDelta.moc"
