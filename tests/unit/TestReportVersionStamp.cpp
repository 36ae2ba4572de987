// SPDX-License-Identifier: MIT
// The PDF title block's version and approval (issue #13): the version number,
// the status, who approved and when; a COE changed since its approval says
// "Approved version 7; this is version 9". The stamp is a value the callers
// fill (ReportOptions::versionStamps); the names in it are user text.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "exchange/CoeMarkdown.h"
#include "report/CoeReport.h"
#include "report/DisplayNames.h"
#include "report/ReportDocument.h"

#include <QTextBlock>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

namespace {

ReportOptions stamped(const Coe& coe, const VersionStamp& stamp)
{
    ReportOptions options;
    options.sections = {Section::Summary};
    options.versionStamps.insert(coe.uuid, stamp);
    return options;
}

VersionStamp approvedStamp(int version, int approvedVersion, const QString& by = QStringLiteral("Bo Chen"))
{
    VersionStamp stamp;
    stamp.version = version;
    stamp.approvedVersion = approvedVersion;
    stamp.approvedBy = by;
    stamp.approvedAt = QDateTime(QDate(2026, 12, 3), QTime(15, 30), QTimeZone::utc());
    return stamp;
}

} // namespace

class TestReportVersionStamp : public QObject
{
    Q_OBJECT

private slots:
    void withoutAStampNoVersionIsPrinted()
    {
        const Coe coe = test::exampleCoe();
        const auto doc = CoeReport::build(coe);
        QVERIFY(!doc->toPlainText().contains(QStringLiteral("Approved version")));
        QVERIFY(!doc->toPlainText().contains(QStringLiteral("Version\n")));
        QCOMPARE(doc->headerStatus(), displayName(coe.status));
    }

    void approvedVersionPrintsVersionStatusAndApprover()
    {
        Coe coe = test::exampleCoe();
        coe.status = Status::Approved;
        coe.displayTimeZone = QTimeZone::utc();
        const auto doc = CoeReport::build(coe, stamped(coe, approvedStamp(7, 7)));
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Status\n%1").arg(displayName(Status::Approved))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Version\n7\n")), qPrintable(text));
        const QString when =
            QStringLiteral("%1 15:30 UTC").arg(QLocale().toString(QDate(2026, 12, 3), QLocale::LongFormat));
        QVERIFY2(text.contains(QStringLiteral("Approved\nby Bo Chen on %1 (version 7)").arg(when)),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("this is version")));
        QCOMPARE(doc->headerStatus(), QStringLiteral("%1 · version 7").arg(displayName(Status::Approved)));
    }

    void changedSinceApprovalSaysSo()
    {
        Coe coe = test::exampleCoe();
        coe.status = Status::InReview;
        const auto doc = CoeReport::build(coe, stamped(coe, approvedStamp(9, 7)));
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Version\nApproved version 7; this is version 9\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Status\n%1").arg(displayName(Status::InReview))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Approved\nby Bo Chen on ")));
        QVERIFY2(doc->headerStatus().contains(QStringLiteral("approved version 7; this is version 9")),
                 qPrintable(doc->headerStatus()));
    }

    void changesAfterTheNewestVersionAreNamed()
    {
        Coe coe = test::exampleCoe();
        coe.status = Status::InReview;
        VersionStamp stamp = approvedStamp(7, 7);
        stamp.laterChanges = true; // an editor's unsaved edits, or saves since version 7
        QString text = CoeReport::build(coe, stamped(coe, stamp))->toPlainText();
        QVERIFY2(
            text.contains(QStringLiteral("Approved version 7; this is version 7 with changes made after it")),
            qPrintable(text));
        VersionStamp plain;
        plain.version = 4;
        plain.laterChanges = true;
        text = CoeReport::build(coe, stamped(coe, plain))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Version\nversion 4 with changes made after it\n")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Approved\n")));
    }

    void approverIsText()
    {
        Coe coe = test::exampleCoe();
        coe.status = Status::Approved;
        const QString name = QStringLiteral("<b>x</b> %1 %2 &amp;");
        const auto doc = CoeReport::build(coe, stamped(coe, approvedStamp(9, 7, name)));
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Approved\nby <b>x</b> %1 %2 &amp; on ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("(version 7)")));
        // Not bold: the name's characters are in the document as typed, in the normal format.
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().text().contains(QStringLiteral("<b>x</b>")))
                    QVERIFY(it.fragment().charFormat().fontWeight() <= QFont::Normal);
            }
        }
    }

    void stampsArePerCoe()
    {
        // A packet prints several COEs with one set of options: each its own stamp.
        Coe a = test::exampleCoe();
        Coe b = test::exampleCoe();
        b.uuid = QUuid::createUuid();
        ReportOptions options = stamped(a, approvedStamp(9, 7));
        VersionStamp other;
        other.version = 2;
        options.versionStamps.insert(b.uuid, other);
        QVERIFY(CoeReport::build(a, options)->toPlainText().contains(QStringLiteral("this is version 9")));
        const QString textB = CoeReport::build(b, options)->toPlainText();
        QVERIFY2(textB.contains(QStringLiteral("Version\n2\n")), qPrintable(textB));
        QVERIFY(!textB.contains(QStringLiteral("Approved version")));
    }

    void markdownHasTheSameRows()
    {
        Coe coe = test::exampleCoe();
        coe.status = Status::InReview;
        const QString name = QStringLiteral("<b>x</b> | y");
        const QString md =
            exchange::CoeMarkdown::render(coe, QStringLiteral("img"), ReportOptions::allSections(),
                                          approvedStamp(9, 7, name))
                .text;
        QVERIFY2(md.contains(QStringLiteral("| Version | Approved version 7; this is version 9 |")),
                 qPrintable(md));
        // The name is text: escaped for Markdown, the cell not broken by its "|".
        const QString cell = exchange::CoeMarkdown::escapeCell(name);
        QVERIFY(cell != name);
        QVERIFY2(md.contains(QStringLiteral("| Approved | by %1 on ").arg(cell)), qPrintable(md));
        // Status first, then the version rows.
        QVERIFY(md.indexOf(QStringLiteral("| Status |")) < md.indexOf(QStringLiteral("| Version |")));
        // Without a stamp, no rows.
        const QString plain = exchange::CoeMarkdown::render(coe, QStringLiteral("img")).text;
        QVERIFY(!plain.contains(QStringLiteral("| Version |")));
    }
};

QTEST_MAIN(TestReportVersionStamp)
#include "TestReportVersionStamp.moc"
