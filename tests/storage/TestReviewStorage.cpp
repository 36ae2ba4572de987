// SPDX-License-Identifier: MIT
#include "StorageFixtures.h"
#include "TestSupport.h"
#include "exchange/CoeJson.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// The review record of a COE (schema 7: coe_reviews, review_meetings,
// review_meeting_attendees, review_comments, review_questions) survives save
// and load on both back ends, every character kept, and goes with its COE.
class TestReviewStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    qint64 rows(const QString& table)
    {
        QSqlQuery q(m_archive->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    qint64 reviewRows()
    {
        qint64 n = 0;
        for (const char* table : {"coe_reviews", "review_meetings", "review_meeting_attendees",
                                  "review_comments", "review_questions"}) {
            const qint64 r = rows(QLatin1String(table));
            if (r < 0)
                return -1;
            n += r;
        }
        return n;
    }

    static Coe reviewed()
    {
        Coe c = exampleCoe();
        c.review = exampleReview();
        return c;
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
        QCOMPARE(m_archive->schemaVersion(), 10);
    }
    void cleanup() { m_archive.reset(); }

    void savesAndLoadsTheRecord()
    {
        CoeRepository repo(*m_archive);
        Coe c = reviewed();
        QVERIFY(repo.save(c).ok());
        QString error;
        const auto loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->review == exampleReview());
        COMPARE_EVERY_FIELD(*loaded, c);
        // 1 approval + 1 meeting + 3 attendees + 3 comments + 1 question
        QCOMPARE(reviewRows(), 9);
        // The interchange JSON out of the archive is the JSON that went in.
        QCOMPARE(exchange::CoeJson::write(*loaded), exchange::CoeJson::write(c));
    }

    // A COE with no metric image and no action linked to a why: the SQLite
    // path returned before writing the review record (the merge of the
    // PostgreSQL one-statement insert), so an approval in the editor was lost.
    void savesTheRecordOfACoeWithoutImagesOrLinkedWhys()
    {
        CoeRepository repo(*m_archive);
        Coe c = reviewed();
        for (Metric& m : c.metrics)
            m.images.clear();
        for (ActionItem& a : c.actionItems)
            a.whys.clear();
        QVERIFY(repo.save(c).ok());
        QString error;
        const auto loaded = repo.load(c.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->review == exampleReview());
        QCOMPARE(reviewRows(), 9);
    }

    // A save replaces the record whole: changed, shorter, emptied.
    void savingAgainReplacesTheRecord()
    {
        CoeRepository repo(*m_archive);
        Coe c = reviewed();
        QVERIFY(repo.save(c).ok());
        c.review.comments[2].resolved = true;
        c.review.comments.removeFirst();
        c.review.meetings[0].attendees.removeLast();
        c.review.meetings.append(
            ReviewMeeting{utc(QStringLiteral("2024-03-21T15:00:00.000Z")), {}, {}, {}, {}});
        c.review.approvedVersion.reset();
        c.review.approvedAt = QDateTime();
        QVERIFY(repo.save(c).ok());
        auto loaded = repo.load(c.uuid);
        QVERIFY(loaded);
        QVERIFY(loaded->review == c.review);
        QVERIFY(loaded->review.approvedAt.isNull() || !loaded->review.approvedAt.isValid());
        QCOMPARE(loaded->review.approvedBy, QStringLiteral("Priya Raman"));
        QVERIFY(!loaded->review.approvedVersion);

        c.review = {};
        QVERIFY(repo.save(c).ok());
        loaded = repo.load(c.uuid);
        QVERIFY(loaded);
        QVERIFY(loaded->review.isEmpty());
        QCOMPARE(reviewRows(), 0);
    }

    // Every character of every text, U+0000 and DLE included (PostgreSQL's
    // escape), and an approval with only a version.
    void keepsEveryCharacter()
    {
        const QString odd = QStringLiteral("nul ") + QChar(0) + QStringLiteral(" dle ") + QChar(0x10) +
                            QStringLiteral(" 🚀 Ελληνικά <b>&amp;</b> ' \" \\ %1 ?");
        Coe c = exampleCoe();
        c.review.approvedVersion = 12;
        c.review.meetings.append(ReviewMeeting{
            utc(QStringLiteral("2024-03-14T15:00:00.123Z")), odd, {odd, QString(), odd}, odd, odd});
        c.review.meetings.append(
            ReviewMeeting{QDateTime(), {}, {odd}, {}, {}}); // a draft's meeting without time
        c.review.comments.append(
            ReviewComment{odd, utc(QStringLiteral("2024-03-14T15:00:00.001Z")), odd, odd, odd, odd, true});
        c.review.questions.append(ReviewQuestion{odd, odd, odd});
        c.review.questions.append(ReviewQuestion{});
        CoeRepository repo(*m_archive);
        QVERIFY(repo.save(c).ok());
        const auto loaded = repo.load(c.uuid);
        QVERIFY(loaded);
        QCOMPARE(loaded->review.meetings.size(), 2);
        QCOMPARE(loaded->review.meetings[0].attendees, (QStringList{odd, QString(), odd}));
        QCOMPARE(loaded->review.meetings[0].at, c.review.meetings[0].at);
        QVERIFY(!loaded->review.meetings[1].at.isValid());
        QCOMPARE(loaded->review.meetings[1].attendees, QStringList{odd});
        QCOMPARE(loaded->review.comments[0].text, odd);
        QVERIFY(loaded->review == c.review);
    }

    // loadMany reads the record of each COE, none mixed with another's.
    void loadManyKeepsEachRecord()
    {
        CoeRepository repo(*m_archive);
        Coe a = reviewed();
        Coe b = richCoe();
        b.review.comments.append(ReviewComment{QStringLiteral("only-b"),
                                               utc(QStringLiteral("2025-01-02T00:00:00.000Z")),
                                               {},
                                               QStringLiteral("why:w1"),
                                               QStringLiteral("b's"),
                                               {},
                                               false});
        b.review.meetings.append(ReviewMeeting{utc(QStringLiteral("2025-01-03T00:00:00.000Z")),
                                               {},
                                               {QStringLiteral("B1"), QStringLiteral("B2")},
                                               {},
                                               {}});
        Coe none = exampleCoe();
        none.uuid = QUuid::createUuid();
        QVERIFY(repo.save(a).ok());
        QVERIFY(repo.save(b).ok());
        QVERIFY(repo.save(none).ok());
        QList<std::optional<Coe>> out;
        QString error;
        QVERIFY2(repo.loadMany({none.uuid, b.uuid, a.uuid}, &out, &error), qPrintable(error));
        QCOMPARE(out.size(), 3);
        QVERIFY(out[0] && out[0]->review.isEmpty());
        QVERIFY(out[1] && out[1]->review == b.review);
        QVERIFY(out[2] && out[2]->review == a.review);
    }

    // The record goes with its COE when it is deleted for good; a version
    // (compressed interchange JSON) keeps the record as it was.
    void goesWithItsCoeAndIntoVersions()
    {
        CoeRepository repo(*m_archive);
        Coe c = reviewed();
        QVERIFY(repo.save(c).ok());
        CoeVersions versions(*m_archive);
        QString error;
        const std::optional<int> number =
            versions.add(c, VersionReason::Manual, QStringLiteral("test"), &error);
        QVERIFY2(number, qPrintable(error));
        const std::optional<Coe> version = versions.load(c.uuid, *number, &error);
        QVERIFY2(version, qPrintable(error));
        QVERIFY(version->review == c.review);

        QVERIFY(reviewRows() > 0);
        QVERIFY2(repo.remove(c.uuid, &error), qPrintable(error));
        QCOMPARE(reviewRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewStorage)
#include "TestReviewStorage.moc"
