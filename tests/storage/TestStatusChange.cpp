// SPDX-License-Identifier: MIT
// A COE's status change (document/StatusChange.h, issue #13) on both back
// ends: each change saved and recorded as a version; an approval names its
// approver and is refused while the review check finds errors unless the
// user confirms, which the version's summary then says.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "document/StatusChange.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

class TestStatusChange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    Coe stored(const std::function<void(Coe&)>& change = {})
    {
        Coe coe = exampleCoe();
        coe.uuid = QUuid::createUuid();
        coe.status = Status::Draft;
        if (change)
            change(coe);
        if (!CoeRepository(*m_archive).save(coe).ok())
            qWarning("save failed");
        return coe;
    }

    Status storedStatus(const QUuid& uuid) { return CoeRepository(*m_archive).load(uuid)->status; }

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
    }
    void cleanup() { m_archive.reset(); }

    void everyChangeIsSavedAndRecorded()
    {
        const Coe coe = stored();
        for (Status to : {Status::InReview, Status::Draft, Status::InReview}) {
            StatusChangeRequest request;
            request.to = to;
            const StatusChangeOutcome out = StatusChange::apply(*m_archive, coe.uuid, request);
            QVERIFY(out.result == StatusChangeOutcome::Result::Changed);
            QCOMPARE(toString(storedStatus(coe.uuid)), toString(to));
        }
        const QList<CoeVersionInfo> versions = CoeVersions(*m_archive).list(coe.uuid);
        QCOMPARE(versions.size(), 3);
        for (const CoeVersionInfo& v : versions)
            QCOMPARE(toString(v.reason), toString(VersionReason::Status));
        QCOMPARE(toString(versions.last().status), toString(Status::InReview));
        QVERIFY2(versions.last().summary.contains(QStringLiteral("status")), qPrintable(versions.last().summary));
        // The same status again: nothing written.
        StatusChangeRequest again;
        again.to = Status::InReview;
        QVERIFY(StatusChange::apply(*m_archive, coe.uuid, again).result == StatusChangeOutcome::Result::Unchanged);
        QCOMPARE(CoeVersions(*m_archive).list(coe.uuid).size(), 3);
    }

    void approvalNamesItsApprover()
    {
        const Coe coe = stored([](Coe& c) { c.status = Status::InReview; });
        StatusChangeRequest request;
        request.to = Status::Approved;
        StatusChangeOutcome out = StatusChange::apply(*m_archive, coe.uuid, request);
        QVERIFY(out.result == StatusChangeOutcome::Result::Failed); // no approver
        QVERIFY(!out.message.isEmpty());
        QCOMPARE(toString(storedStatus(coe.uuid)), toString(Status::InReview));

        request.approver = QStringLiteral("  Ana <b>Ruiz</b> ");
        out = StatusChange::apply(*m_archive, coe.uuid, request);
        QVERIFY(out.result == StatusChangeOutcome::Result::Changed);
        QCOMPARE(toString(storedStatus(coe.uuid)), toString(Status::Approved));
        const CoeVersionInfo version = *CoeVersions(*m_archive).latest(coe.uuid);
        QCOMPARE(version.number, out.version);
        QVERIFY(version.approved);
        QVERIFY2(version.summary.startsWith(QStringLiteral("approved by Ana <b>Ruiz</b>; ")), qPrintable(version.summary));
        // The review record names the approval and the version recording it.
        const Review review = CoeRepository(*m_archive).load(coe.uuid)->review;
        QCOMPARE(review.approvedBy, QStringLiteral("Ana <b>Ruiz</b>"));
        QVERIFY(review.approvedAt.isValid());
        QCOMPARE(review.approvedVersion, std::optional<int>(version.number));
        QCOMPARE(CoeVersions(*m_archive).load(coe.uuid, version.number)->review.approvedBy, review.approvedBy);
    }

    void approvalWithCheckErrorsNeedsConfirmation()
    {
        const Coe coe = stored([](Coe& c) {
            c.status = Status::InReview;
            c.summary.clear(); // summary.empty is an error
        });
        StatusChangeRequest request;
        request.to = Status::Approved;
        request.approver = QStringLiteral("Ana Ruiz");
        StatusChangeOutcome out = StatusChange::apply(*m_archive, coe.uuid, request);
        QVERIFY(out.result == StatusChangeOutcome::Result::RefusedByCheck);
        QVERIFY(!out.errors.isEmpty());
        QCOMPARE(out.errors.first().id, QStringLiteral("summary.empty"));
        QCOMPARE(toString(storedStatus(coe.uuid)), toString(Status::InReview));
        QCOMPARE(CoeVersions(*m_archive).list(coe.uuid).size(), 0);

        request.confirmedDespiteErrors = true;
        out = StatusChange::apply(*m_archive, coe.uuid, request);
        QVERIFY(out.result == StatusChangeOutcome::Result::Changed);
        QCOMPARE(toString(storedStatus(coe.uuid)), toString(Status::Approved));
        const CoeVersionInfo version = *CoeVersions(*m_archive).latest(coe.uuid);
        QVERIFY(version.approved);
        QVERIFY2(version.summary.contains(QStringLiteral("approved by Ana Ruiz despite"))
                     && version.summary.contains(QStringLiteral("confirmed")),
                 qPrintable(version.summary));
    }

    void unknownCoeFails()
    {
        StatusChangeRequest request;
        request.to = Status::Closed;
        const StatusChangeOutcome out = StatusChange::apply(*m_archive, QUuid::createUuid(), request);
        QVERIFY(out.result == StatusChangeOutcome::Result::Failed);
        QVERIFY(!out.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusChange)
#include "TestStatusChange.moc"
