// SPDX-License-Identifier: MIT
// File › Export…: format, audience, and the customer-facing preview where
// each replacement can be kept, driven through the dialog's test seam.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "report/ExportActions.h"
#include "report/ExportDialog.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

namespace {

void choose(QComboBox* box, int data)
{
    box->setCurrentIndex(box->findData(data));
}

QTreeWidgetItem* rowFor(QTreeWidget* tree, const QString& path)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1) == path)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void customerPreviewListsReplacements();
    void formatChangesTheSuffix();
    void exportThroughTheMenuFlowKeepsChosenOriginals();
    void cancelWritesNothing();
    void everyLabelShortcutHasItsField();
    void suggestedFileIsInAFolderThatExists();
    void hostsAndDomainsAreRemembered();
};

void TestExportDialog::customerPreviewListsReplacements()
{
    ExportDialog dialog(test::exampleCoe());
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("replacementsTree"));
    auto* profile = dialog.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    QVERIFY(tree && profile);
    QCOMPARE(tree->topLevelItemCount(), 0); // Internal: nothing replaced
    QVERIFY(tree->isHidden());
    choose(profile, int(ExportProfile::Id::CustomerFacing));
    QVERIFY(!tree->isHidden());
    QTreeWidgetItem* owner = rowFor(tree, QStringLiteral("owner"));
    QVERIFY(owner);
    QCOMPARE(owner->text(2), QStringLiteral("Dana Ortiz"));
    QCOMPARE(owner->text(3), QStringLiteral("an engineer"));
    QCOMPARE(owner->checkState(0), Qt::Unchecked);
    owner->setCheckState(0, Qt::Checked);
    QVERIFY(dialog.request().kept.contains(
        Replacement{QStringLiteral("owner"), QStringLiteral("Dana Ortiz"), {}}.key()));
    QCOMPARE(dialog.request().profile.id, ExportProfile::Id::CustomerFacing);

    // Internal links on a domain typed in: listed after the field is left.
    auto* domains = dialog.findChild<QLineEdit*>(QStringLiteral("internalDomainsLineEdit"));
    domains->setText(QStringLiteral("wiki.example.com"));
    emit domains->editingFinished();
    QVERIFY(rowFor(tree, QStringLiteral("related[1].url")));
    // The kept owner stays kept (and listed).
    QVERIFY(rowFor(tree, QStringLiteral("owner")));
    QCOMPARE(rowFor(tree, QStringLiteral("owner"))->checkState(0), Qt::Checked);
}

void TestExportDialog::formatChangesTheSuffix()
{
    ExportDialog dialog(test::exampleCoe());
    dialog.setFileName(QStringLiteral("/tmp/x.y/outage.pdf"));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatComboBox"));
    choose(format, int(ExportFormat::Odt));
    QCOMPARE(dialog.fileName(), QStringLiteral("/tmp/x.y/outage.odt"));
    QCOMPARE(dialog.request().format, ExportFormat::Odt);
    choose(format, int(ExportFormat::Html));
    QCOMPARE(dialog.fileName(), QStringLiteral("/tmp/x.y/outage.html"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("fileNameLineEdit"))->clear();
    QVERIFY(!ok->isEnabled());
}

void TestExportDialog::exportThroughTheMenuFlowKeepsChosenOriginals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customer.html"));
    ExportDialog::setNextHandler([&](ExportDialog* d) {
        choose(d->findChild<QComboBox*>(QStringLiteral("formatComboBox")), int(ExportFormat::Html));
        choose(d->findChild<QComboBox*>(QStringLiteral("profileComboBox")),
               int(ExportProfile::Id::CustomerFacing));
        auto* tree = d->findChild<QTreeWidget*>(QStringLiteral("replacementsTree"));
        QTreeWidgetItem* reviewer = rowFor(tree, QStringLiteral("reviewers[0]"));
        if (!reviewer)
            return int(QDialog::Rejected);
        reviewer->setCheckState(0, Qt::Checked); // keep "Sam Lee" as reviewer
        d->setFileName(path);
        return int(QDialog::Accepted);
    });
    const Coe coe = test::exampleCoe();
    const ExportActions::Outcome outcome = ExportActions::exportForAudience(nullptr, coe);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QLatin1String("customer.html")));
    const QString html = readText(path);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("Sam Lee")));
    QVERIFY(!html.contains(QLatin1String("Dana Ortiz")));
    QVERIFY(!html.contains(QLatin1String("Priya Natarajan")));
    QVERIFY(html.contains(QLatin1String("an engineer")));
}

void TestExportDialog::cancelWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.odt"));
    ExportDialog::setNextHandler([&](ExportDialog* d) {
        d->setFileName(path);
        return int(QDialog::Rejected);
    });
    const ExportActions::Outcome outcome = ExportActions::exportForAudience(nullptr, test::exampleCoe());
    QVERIFY(outcome.ok);
    QVERIFY(outcome.message.isEmpty());
    QVERIFY(!QFile::exists(path));
}

// The hosts and domains to hide are typed once: an export keeps them for the
// next (and for the command line); a cancelled dialog keeps nothing.
void TestExportDialog::hostsAndDomainsAreRemembered()
{
    Settings::installTemporaryInstance();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.html"));
    const auto typeLists = [&](const QString& hosts, const QString& domains, int answer) {
        ExportDialog::setNextHandler([=](ExportDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("redactHostsLineEdit"))->setText(hosts);
            d->findChild<QLineEdit*>(QStringLiteral("internalDomainsLineEdit"))->setText(domains);
            d->setFileName(file);
            return answer;
        });
        return ExportActions::exportForAudience(nullptr, test::exampleCoe());
    };
    QVERIFY(typeLists(QStringLiteral("*.corp.example.com, db-??"), QStringLiteral("wiki.example.com"),
                      int(QDialog::Accepted))
                .ok);
    QCOMPARE(Settings::instance()->redactHostPatterns(),
             (QStringList{QStringLiteral("*.corp.example.com"), QStringLiteral("db-??")}));
    QCOMPARE(Settings::instance()->internalDomains(), QStringList{QStringLiteral("wiki.example.com")});
    {
        ExportDialog next(test::exampleCoe());
        QCOMPARE(next.findChild<QLineEdit*>(QStringLiteral("redactHostsLineEdit"))->text(),
                 QStringLiteral("*.corp.example.com, db-??"));
        QCOMPARE(next.findChild<QLineEdit*>(QStringLiteral("internalDomainsLineEdit"))->text(),
                 QStringLiteral("wiki.example.com"));
        QCOMPARE(next.request().redaction.hostPatterns, Settings::instance()->redactHostPatterns());
    }
    QVERIFY(typeLists(QStringLiteral("other"), QString(), int(QDialog::Rejected)).ok);
    QCOMPARE(Settings::instance()->redactHostPatterns().size(), 2); // cancelled: unchanged
}

QTEST_MAIN(TestExportDialog)

// A label with a mnemonic has a field to give the focus to; without one
// (a form row whose field is a layout) the '&' is printed as it is.
void TestExportDialog::everyLabelShortcutHasItsField()
{
    ExportDialog dialog(test::exampleCoe());
    int withMnemonic = 0;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->text().contains(QLatin1Char('&')) || label->textFormat() == Qt::RichText)
            continue;
        ++withMnemonic;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QCOMPARE(withMnemonic, 5);
    auto* fileName = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameLineEdit"));
    bool fileLabel = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        fileLabel |= label->buddy() == fileName;
    QVERIFY(fileLabel);
}

// The suggested file goes in Documents, or in the home folder on a system
// that has no Documents folder (a fresh account, a minimal install): the
// export must not fail on a folder the user never chose.
void TestExportDialog::suggestedFileIsInAFolderThatExists()
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldDocuments = qgetenv("XDG_DOCUMENTS_DIR");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_DOCUMENTS_DIR");
    QString suggested;
    ExportDialog::setNextHandler([&](ExportDialog* d) {
        suggested = d->fileName();
        return int(QDialog::Rejected);
    });
    ExportActions::exportForAudience(nullptr, test::exampleCoe());
    qputenv("HOME", oldHome);
    if (!oldDocuments.isNull())
        qputenv("XDG_DOCUMENTS_DIR", oldDocuments);
    QVERIFY(!suggested.isEmpty());
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(home.path()).absoluteFilePath());
}

#include "TestExportDialog.moc"
