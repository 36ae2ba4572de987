// SPDX-License-Identifier: MIT
// `hindsight export-pdf` and `hindsight export` print the COE's version, its
// status and its approval in the title block (issue #13); a COE changed since
// its approval says "Approved version 1; this is version 2". Both back ends.
#include "CliSupport.h"
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

using Run = test::CliRun;
const QString kApprover = QStringLiteral("<b>x</b> Chen");

} // namespace

class TestExportVersionHeader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_uuid;

    Run hindsight(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--archive"), m_archive} + args,
                            test::cliEnvironment(m_dir.path()), {}, 120000);
    }

    // The example COE in an archive of its own, approved from the command line (version 1).
    void approvedCoe()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_archive = test::freshArchiveLocation(
            backend,
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction(), backend)),
            &error);
        QVERIFY2(!m_archive.isEmpty(), qPrintable(error));
        {
            auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            Coe coe = test::exampleCoe();
            coe.uuid = QUuid::createUuid();
            coe.status = Status::InReview;
            QVERIFY(CoeRepository(*archive).save(coe).ok());
            m_uuid = coe.uuid.toString(QUuid::WithoutBraces);
        }
        const Run r = hindsight({QStringLiteral("status"), m_uuid, QStringLiteral("approved"),
                                 QStringLiteral("--by"), kApprover, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Edits the stored COE (an autosave: no version), then moves it to In review (version 2).
    void changeAfterApproval()
    {
        QString error;
        {
            auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            CoeRepository repository(*archive);
            Coe coe = *repository.load(QUuid::fromString(m_uuid));
            coe.summary += QStringLiteral(" Edited after the approval.");
            QVERIFY(repository.save(coe).ok());
        }
        const Run r = hindsight({QStringLiteral("status"), m_uuid, QStringLiteral("in_review")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // The PDF's text, white space folded.
    static QString pdfText(const QString& pdf)
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForStarted() || !text.waitForFinished(60000))
            return {};
        return QString::fromUtf8(text.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC)
            .simplified();
    }

private slots:
    void initTestCase_data() { test::addArchiveBackendRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        HINDSIGHT_REQUIRE_BACKEND(backend);
    }

    void approvedCoeNamesItsApproval()
    {
        HINDSIGHT_REQUIRE_TOOL("pdftotext");
        approvedCoe();
        const QString pdf = m_dir.filePath(QStringLiteral("approved.pdf"));
        const Run r = hindsight({QStringLiteral("export-pdf"), m_uuid, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Status Approved")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Version 1 ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Approved by %1 on ").arg(kApprover)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(version 1)")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("this is version")), qPrintable(text));
    }

    void changedSinceApprovalSaysSo()
    {
        HINDSIGHT_REQUIRE_TOOL("pdftotext");
        approvedCoe();
        changeAfterApproval();
        const QString pdf = m_dir.filePath(QStringLiteral("changed.pdf"));
        Run r = hindsight({QStringLiteral("export-pdf"), m_uuid, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Version Approved version 1; this is version 2")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Status In review")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Approved by %1 on ").arg(kApprover)), qPrintable(text));
        // `export` with a profile: the same title block.
        const QString exported = m_dir.filePath(QStringLiteral("changed-internal.pdf"));
        r = hindsight({QStringLiteral("export"), m_uuid, exported, QStringLiteral("--profile"),
                       QStringLiteral("internal")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = pdfText(exported);
        QVERIFY2(text.contains(QStringLiteral("Version Approved version 1; this is version 2")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Approved by %1 on ").arg(kApprover)), qPrintable(text));
        // A profile that hides names leaves the approver out, not the version.
        const QString customer = m_dir.filePath(QStringLiteral("changed-customer.pdf"));
        r = hindsight({QStringLiteral("export"), m_uuid, customer, QStringLiteral("--profile"),
                       QStringLiteral("customer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = pdfText(customer);
        QVERIFY2(text.contains(QStringLiteral("Approved version 1; this is version 2")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Chen")), qPrintable(text));
    }

    void markdownHasTheHeaderToo()
    {
        approvedCoe();
        changeAfterApproval();
        const QString md = m_dir.filePath(QStringLiteral("changed-%1.md").arg(QTest::currentDataTag()));
        const Run r = hindsight({QStringLiteral("export-md"), m_uuid, md});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("| Version | Approved version 1; this is version 2 |")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("| Approved | by ")), qPrintable(text));
        QVERIFY2(!text.contains(kApprover), qPrintable(text)); // escaped: "<b>" is no HTML in Markdown
    }

    void savedAfterTheNewestVersionSaysSo()
    {
        HINDSIGHT_REQUIRE_TOOL("pdftotext");
        approvedCoe();
        changeAfterApproval();
        QString error;
        {
            // One more autosave, no version: the stored COE is past version 2.
            auto archive = Archive::open(m_archive, Archive::Access::ReadWrite, &error);
            QVERIFY2(archive, qPrintable(error));
            CoeRepository repository(*archive);
            Coe coe = *repository.load(QUuid::fromString(m_uuid));
            coe.owner = QStringLiteral("Someone Else");
            QVERIFY(repository.save(coe).ok());
        }
        const QString pdf = m_dir.filePath(QStringLiteral("later.pdf"));
        const Run r = hindsight({QStringLiteral("export-pdf"), m_uuid, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(
            text.contains(QStringLiteral("Approved version 1; this is version 2 with changes made after it")),
            qPrintable(text));
    }
};

QTEST_MAIN(TestExportVersionHeader)
#include "TestExportVersionHeader.moc"
