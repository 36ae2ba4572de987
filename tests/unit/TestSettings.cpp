// SPDX-License-Identifier: MIT
#include "settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using Key = Settings::Key;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QVariant doubleIt(const QVariant& v)
{
    return v.toInt() * 2;
}

QVariant dropIt(const QVariant&)
{
    return {};
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        auto s = Settings::createTemporary();
        QVERIFY(s->loadProblem().isEmpty());
        QCOMPARE(s->authorName(), QString());
        QCOMPARE(s->displayTimeZoneId(), QByteArray("UTC"));
        QCOMPARE(s->displayTimeZone(), QTimeZone::utc());
        QCOMPARE(s->gapThresholdMinutes(), 15);
        QCOMPARE(s->actionItemSlaDays(), 14);
        QCOMPARE(s->autosaveDelayMs(), 2000);
        QCOMPARE(s->paperSize(), Settings::PaperSize::Auto);
        QCOMPARE(s->language(), Settings::Language::System);
        QCOMPARE(s->languageCode(), QString());
        QCOMPARE(s->defaultArchivePath(), QString());
        QVERIFY(s->effectiveArchivePath().endsWith(QStringLiteral("/archive.sqlite")));
        QCOMPARE(s->effectiveArchivePath(), Settings::standardArchivePath());
        QVERIFY(s->recentArchives().isEmpty());
        QCOMPARE(s->backupsToKeep(), 7);
        for (Key k : Settings::allKeys()) {
            QVERIFY(s->isDefault(k));
            QVERIFY(Settings::defaultValue(k).isValid());
        }
    }

    void pageSize()
    {
        auto s = Settings::createTemporary();
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale spain(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(s->pageSizeId(us), QPageSize::Letter);
        QCOMPARE(s->pageSizeId(spain), QPageSize::A4);
        QVERIFY(s->setPaperSize(Settings::PaperSize::A4));
        QCOMPARE(s->pageSizeId(us), QPageSize::A4);
        QVERIFY(s->setPaperSize(Settings::PaperSize::Letter));
        QCOMPARE(s->pageSizeId(spain), QPageSize::Letter);
    }

    void tableNamesAreUnique()
    {
        QStringList names;
        for (Key k : Settings::allKeys()) {
            const QString n = Settings::settingsName(k);
            QVERIFY2(!n.isEmpty(), qPrintable(QString::number(int(k))));
            QVERIFY2(!names.contains(n), qPrintable(n));
            names << n;
        }
        QCOMPARE(names.size(), 15);
    }

    // The approver's name: the one given last, else the author name.
    void approverNameFallsBackToTheAuthor()
    {
        Settings* s = Settings::instance();
        QVERIFY(s->setAuthorName(QStringLiteral("Ana Ruiz")));
        QVERIFY(s->setApproverName(QString()));
        QCOMPARE(s->approverName(), QStringLiteral("Ana Ruiz"));
        QVERIFY(s->setApproverName(QStringLiteral("  Bo Chen ")));
        QCOMPARE(s->approverName(), QStringLiteral("Bo Chen"));
        QVERIFY(!s->setApproverName(QStringLiteral("line\nbreak")));
        QCOMPARE(s->approverName(), QStringLiteral("Bo Chen"));
        s->reset(Key::ApproverName);
        s->reset(Key::AuthorName);
    }

    void roundTripThroughFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            auto s = Settings::createForFile(path);
            QVERIFY(s->setAuthorName(QStringLiteral("  Ana Pérez ")));
            QVERIFY(s->setDisplayTimeZone("Europe/Madrid"));
            QVERIFY(s->setGapThresholdMinutes(30));
            QVERIFY(s->setActionItemSlaDays(7));
            QVERIFY(s->setAutosaveDelayMs(500));
            QVERIFY(s->setPaperSize(Settings::PaperSize::Letter));
            QVERIFY(s->setLanguage(Settings::Language::Spanish));
            QVERIFY(s->setDefaultArchivePath(QStringLiteral("/data/coe//archive.sqlite")));
            s->addRecentArchive(QStringLiteral("/a/one.sqlite"));
            QVERIFY(s->setRedactHostPatterns({QStringLiteral(" *.corp.example.com "), QString(),
                                              QStringLiteral("db-??"), QStringLiteral("db-??")}));
            QVERIFY(s->setInternalDomains({QStringLiteral("wiki.example.com")}));
            QVERIFY(!s->setInternalDomains({QString(300, u'x')})); // longer than a DNS name: refused
            QVERIFY(s->setWindowGeometry(QStringLiteral("mainWindow"), QByteArray("\x01\x02\x00geo", 6)));
            QVERIFY(s->setWindowState(QStringLiteral("editor.splitter"), QByteArray("state")));
        }
        QVERIFY(QFile::exists(path));
        auto s = Settings::createForFile(path);
        QVERIFY(s->loadProblem().isEmpty());
        QCOMPARE(s->authorName(), QStringLiteral("Ana Pérez"));
        QCOMPARE(s->displayTimeZoneId(), QByteArray("Europe/Madrid"));
        QCOMPARE(s->displayTimeZone().id(), QByteArray("Europe/Madrid"));
        QCOMPARE(s->gapThresholdMinutes(), 30);
        QCOMPARE(s->actionItemSlaDays(), 7);
        QCOMPARE(s->autosaveDelayMs(), 500);
        QCOMPARE(s->paperSize(), Settings::PaperSize::Letter);
        QCOMPARE(s->language(), Settings::Language::Spanish);
        QCOMPARE(s->languageCode(), QStringLiteral("es"));
        QCOMPARE(s->defaultArchivePath(), QStringLiteral("/data/coe/archive.sqlite"));
        QCOMPARE(s->effectiveArchivePath(), QStringLiteral("/data/coe/archive.sqlite"));
        // a one-item list comes back from the INI file as a string: still a list
        QCOMPARE(s->recentArchives(), QStringList{QStringLiteral("/a/one.sqlite")});
        QCOMPARE(s->redactHostPatterns(), (QStringList{QStringLiteral("*.corp.example.com"), QStringLiteral("db-??")}));
        QCOMPARE(s->internalDomains(), QStringList{QStringLiteral("wiki.example.com")});
        QCOMPARE(s->windowGeometry(QStringLiteral("mainWindow")), QByteArray("\x01\x02\x00geo", 6));
        QCOMPARE(s->windowState(QStringLiteral("editor.splitter")), QByteArray("state"));
        QCOMPARE(s->windowState(QStringLiteral("mainWindow")), QByteArray());

        // the file is organised by the table's names
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(Settings::settingsName(Key::GapThresholdMinutes)).toInt(), 30);
        QCOMPARE(raw.value(Settings::settingsName(Key::PaperSize)).toString(), QStringLiteral("letter"));
    }

    void settersRefuseInvalidValues()
    {
        auto s = Settings::createTemporary();
        QSignalSpy spy(s.get(), &Settings::changed);
        QVERIFY(!s->setGapThresholdMinutes(-5));
        QVERIFY(!s->setGapThresholdMinutes(0));
        QVERIFY(!s->setGapThresholdMinutes(1441));
        QVERIFY(!s->setActionItemSlaDays(0));
        QVERIFY(!s->setAutosaveDelayMs(10));
        QVERIFY(!s->setDisplayTimeZone("Mars/Olympus_Mons"));
        QVERIFY(!s->setDisplayTimeZone(""));
        QVERIFY(!s->setAuthorName(QStringLiteral("two\nlines")));
        QVERIFY(!s->setAuthorName(QString(201, QChar(u'x'))));
        QVERIFY(!s->setDefaultArchivePath(QStringLiteral("relative/archive.sqlite")));
        QVERIFY(!s->setValue(Key::PaperSize, QStringLiteral("a5")));
        QVERIFY(!s->setValue(Key::Language, QStringLiteral("fr")));
        QVERIFY(!s->setValue(Key::GapThresholdMinutes, QStringLiteral("fifteen")));
        QVERIFY(!s->setWindowGeometry(QStringLiteral("bad/name"), QByteArray("x")));
        QVERIFY(!s->setWindowGeometry(QString(), QByteArray("x")));
        QCOMPARE(spy.count(), 0);
        for (Key k : Settings::allKeys())
            QVERIFY(s->isDefault(k));
        // the edges are accepted, and published for spin boxes
        QCOMPARE(Settings::minimum(Key::GapThresholdMinutes), 1);
        QCOMPARE(Settings::maximum(Key::GapThresholdMinutes), 1440);
        QCOMPARE(Settings::minimum(Key::AutosaveDelayMs), 250);
        QCOMPARE(Settings::maximum(Key::ActionItemSlaDays), 365);
        QCOMPARE(Settings::maximum(Key::AuthorName), 0);
        QVERIFY(s->setGapThresholdMinutes(1));
        QVERIFY(s->setGapThresholdMinutes(1440));
        QVERIFY(s->setValue(Key::GapThresholdMinutes, QStringLiteral(" 20 ")));
        QCOMPARE(s->gapThresholdMinutes(), 20);
    }

    void invalidStoredValuesReadAsDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        writeFile(path, "[analysis]\n"
                        "gapThresholdMinutes=-5\n"
                        "actionItemSlaDays=lots\n"
                        "[display]\n"
                        "timeZone=Mars/Olympus_Mons\n"
                        "[editor]\n"
                        "autosaveDelayMs=99999999999999\n"
                        "[print]\n"
                        "paperSize=tabloid\n"
                        "[ui]\n"
                        "language=xx\n"
                        "[archive]\n"
                        "defaultPath=relative.sqlite\n"
                        "recent=/ok.sqlite, rel.sqlite, /ok.sqlite, , /two.sqlite\n");
        auto s = Settings::createForFile(path);
        QVERIFY(s->loadProblem().isEmpty()); // it parsed; the values are just wrong
        QCOMPARE(s->gapThresholdMinutes(), 15);
        QCOMPARE(s->actionItemSlaDays(), 14);
        QCOMPARE(s->displayTimeZoneId(), QByteArray("UTC"));
        QCOMPARE(s->autosaveDelayMs(), 2000);
        QCOMPARE(s->paperSize(), Settings::PaperSize::Auto);
        QCOMPARE(s->language(), Settings::Language::System);
        QCOMPARE(s->defaultArchivePath(), QString());
        QCOMPARE(s->recentArchives(),
                 (QStringList{QStringLiteral("/ok.sqlite"), QStringLiteral("/two.sqlite")}));
        for (Key k : Settings::allKeys())
            QVERIFY(s->value(k).isValid());
    }

    void damagedFileFallsBackToDefaults_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe garbage [[[ =\n\x80\x81", 20);
        QTest::newRow("open section") << QByteArray("[analysis\ngapThresholdMinutes=30\n");
    }
    void damagedFileFallsBackToDefaults()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        writeFile(path, bytes);
        auto s = Settings::createForFile(path);
        QVERIFY(!s->loadProblem().isEmpty());
        QVERIFY2(s->loadProblem().contains(QStringLiteral("damaged")), qPrintable(s->loadProblem()));
        for (Key k : Settings::allKeys())
            QVERIFY(s->isDefault(k));
        // the damaged bytes are kept aside, and the settings work again
        QFile aside(path + QStringLiteral(".damaged"));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), bytes);
        QVERIFY(s->setGapThresholdMinutes(25));
        QVERIFY(s->sync());
        auto again = Settings::createForFile(path);
        QVERIFY(again->loadProblem().isEmpty());
        QCOMPARE(again->gapThresholdMinutes(), 25);
    }

    void randomBytesNeverCrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        quint32 seed = 12345;
        for (int round = 0; round < 50; ++round) {
            QByteArray bytes;
            for (int i = 0; i < 600; ++i) {
                seed = seed * 1664525u + 1013904223u;
                bytes.append(char(seed >> 24));
            }
            writeFile(path, bytes);
            QFile::remove(path + QStringLiteral(".damaged"));
            auto s = Settings::createForFile(path);
            for (Key k : Settings::allKeys())
                QVERIFY(s->value(k).isValid());
            QVERIFY(s->gapThresholdMinutes() >= 1);
            QVERIFY(s->displayTimeZone().isValid());
        }
    }

    void changedSignal()
    {
        auto s = Settings::createTemporary();
        QSignalSpy spy(s.get(), &Settings::changed);
        QVERIFY(s->setGapThresholdMinutes(20));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::GapThresholdMinutes);
        QVERIFY(s->setGapThresholdMinutes(20)); // same value: no signal
        QCOMPARE(spy.count(), 1);
        QVERIFY(s->setDisplayTimeZone("America/New_York"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<Key>(), Key::DisplayTimeZone);
        s->reset(Key::GapThresholdMinutes);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(s->gapThresholdMinutes(), 15);
        s->reset(Key::GapThresholdMinutes); // already default
        QCOMPARE(spy.count(), 3);
        s->resetAll();
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(3).at(0).value<Key>(), Key::DisplayTimeZone);
        for (Key k : Settings::allKeys())
            QVERIFY(s->isDefault(k));
    }

    void teamNames()
    {
        auto s = Settings::createTemporary();
        QVERIFY(s->teamNames().isEmpty());
        QVERIFY(s->setTeamNames({QStringLiteral("  Atlas "), QStringLiteral(""), QStringLiteral("ATLAS"),
                                 QStringLiteral("Blue\n  Whale")}));
        QCOMPARE(s->teamNames(), (QStringList{QStringLiteral("Atlas"), QStringLiteral("Blue Whale")}));
        QVERIFY(!s->isDefault(Key::TeamNames));
        // One name survives the INI round trip (QSettings reads it back as a string).
        const QString file = s->fileName();
        QVERIFY(s->setTeamNames({QStringLiteral("Atlas")}));
        QVERIFY(s->sync());
        auto again = Settings::createForFile(file);
        QCOMPARE(again->teamNames(), QStringList{QStringLiteral("Atlas")});
        s->reset(Key::TeamNames);
        QVERIFY(s->teamNames().isEmpty());
    }

    // One name at a time, as the editor's "Mark as a Team" does.
    void markedTeams()
    {
        auto s = Settings::createTemporary();
        QSignalSpy spy(s.get(), &Settings::changed);
        QVERIFY(!s->isMarkedTeam(QStringLiteral("Atlas")));
        QVERIFY(s->setMarkedTeam(QStringLiteral(" Atlas "), true));
        QVERIFY(s->setMarkedTeam(QStringLiteral("Blue\nWhale"), true));
        QCOMPARE(s->teamNames(), (QStringList{QStringLiteral("Atlas"), QStringLiteral("Blue Whale")}));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::TeamNames);
        QVERIFY(s->isMarkedTeam(QStringLiteral("atlas")));
        QVERIFY(s->isMarkedTeam(QStringLiteral("blue  whale")));
        QVERIFY(s->setMarkedTeam(QStringLiteral("ATLAS"), true)); // already there: no change
        QCOMPARE(spy.count(), 2);
        QVERIFY(s->setMarkedTeam(QStringLiteral("atlas"), false));
        QCOMPARE(s->teamNames(), QStringList{QStringLiteral("Blue Whale")});
        QCOMPARE(spy.count(), 3);
        QVERIFY(s->setMarkedTeam(QStringLiteral("Atlas"), false)); // not there: no change
        QCOMPARE(spy.count(), 3);
        QVERIFY(!s->setMarkedTeam(QStringLiteral("  "), true));
        QVERIFY(!s->setMarkedTeam(QString(201, QLatin1Char('x')), true));
        QStringList full;
        for (int i = 0; i < Settings::maxTeamNames(); ++i)
            full << QStringLiteral("Team %1").arg(i);
        QVERIFY(s->setTeamNames(full));
        QVERIFY(!s->setMarkedTeam(QStringLiteral("One too many"), true));
        QCOMPARE(s->teamNames().size(), Settings::maxTeamNames());
    }

    void recentArchives()
    {
        auto s = Settings::createTemporary();
        for (int i = 0; i < 12; ++i)
            s->addRecentArchive(QStringLiteral("/coe/%1.sqlite").arg(i));
        QStringList list = s->recentArchives();
        QCOMPARE(list.size(), Settings::maxRecentArchives());
        QCOMPARE(list.first(), QStringLiteral("/coe/11.sqlite"));
        QCOMPARE(list.last(), QStringLiteral("/coe/2.sqlite"));
        s->addRecentArchive(QStringLiteral("/coe/5.sqlite"));
        list = s->recentArchives();
        QCOMPARE(list.size(), Settings::maxRecentArchives());
        QCOMPARE(list.first(), QStringLiteral("/coe/5.sqlite"));
        QCOMPARE(list.count(QStringLiteral("/coe/5.sqlite")), 1);
        s->addRecentArchive(QStringLiteral("relative.sqlite")); // ignored
        QCOMPARE(s->recentArchives(), list);
        s->removeRecentArchive(QStringLiteral("/coe/5.sqlite"));
        QVERIFY(!s->recentArchives().contains(QStringLiteral("/coe/5.sqlite")));
        QVERIFY(s->setRecentArchives({}));
        QVERIFY(s->recentArchives().isEmpty());
    }

    void windowBlobs()
    {
        auto s = Settings::createTemporary();
        QVERIFY(s->setWindowGeometry(QStringLiteral("mainWindow"), QByteArray("g")));
        QVERIFY(s->setWindowState(QStringLiteral("mainWindow"), QByteArray("s")));
        QCOMPARE(s->windowGeometry(QStringLiteral("mainWindow")), QByteArray("g"));
        QCOMPARE(s->windowState(QStringLiteral("mainWindow")), QByteArray("s"));
        QCOMPARE(s->windowGeometry(QStringLiteral("../mainWindow")), QByteArray());
        s->resetAll(); // preferences only
        QCOMPARE(s->windowGeometry(QStringLiteral("mainWindow")), QByteArray("g"));
        s->clearWindowStates();
        QCOMPARE(s->windowGeometry(QStringLiteral("mainWindow")), QByteArray());
        QCOMPARE(s->windowState(QStringLiteral("mainWindow")), QByteArray());
    }

    void migration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        writeFile(path, "[old]\n"
                        "gap=10\n"
                        "sla=3\n"
                        "zone=Nowhere/Land\n"
                        "dropped=1\n"
                        "[analysis]\n"
                        "actionItemSlaDays=21\n");
        auto s = Settings::createForFile(path);
        const QList<Settings::Migration> table = {
            {"old/gap", Key::GapThresholdMinutes, doubleIt}, // converted
            {"old/sla", Key::ActionItemSlaDays},             // new key already set: kept
            {"old/zone", Key::DisplayTimeZone},              // invalid value: dropped
            {"old/dropped", Key::AutosaveDelayMs, dropIt},   // converter drops it
            {"old/absent", Key::AuthorName},                 // nothing to move
        };
        QCOMPARE(s->migrate(table), 1);
        QCOMPARE(s->gapThresholdMinutes(), 20);
        QCOMPARE(s->actionItemSlaDays(), 21);
        QCOMPARE(s->displayTimeZoneId(), QByteArray("UTC"));
        QCOMPARE(s->autosaveDelayMs(), 2000);
        QSettings raw(path, QSettings::IniFormat);
        QVERIFY(raw.childKeys().isEmpty());
        raw.beginGroup(QStringLiteral("old"));
        QVERIFY2(raw.childKeys().isEmpty(), qPrintable(raw.childKeys().join(u',')));
        raw.endGroup();
        // running it again is a no-op
        QCOMPARE(s->migrate(table), 0);
        QCOMPARE(s->gapThresholdMinutes(), 20);
    }

    void temporaryInstanceReplacesGlobal()
    {
        Settings::installTemporaryInstance();
        Settings* a = Settings::instance();
        QVERIFY(a);
        QVERIFY(a->fileName().endsWith(QStringLiteral("settings.ini")));
        QVERIFY(a->setGapThresholdMinutes(42));
        QCOMPARE(Settings::instance()->gapThresholdMinutes(), 42);
        Settings::installTemporaryInstance(); // fresh again
        QCOMPARE(Settings::instance()->gapThresholdMinutes(), 15);
    }

    void unwritableFileKeepsWorking()
    {
        // A settings path whose folder is a file: nothing can be saved, but
        // values still work for this run and sync() reports it.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("blocker")), "x");
        auto s = Settings::createForFile(dir.filePath(QStringLiteral("blocker/s.ini")));
        QVERIFY(s->setGapThresholdMinutes(33));
        QCOMPARE(s->gapThresholdMinutes(), 33);
        QString error;
        QVERIFY(!s->sync(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
