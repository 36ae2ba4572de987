// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "report/ExportPdfDialog.h"
#include "report/ReportPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

class TestExportPdfDialog : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void optionsFollowTheControls();
    void okNeedsFileAndSection();
    void previewShowsPages();
};

void TestExportPdfDialog::defaults()
{
    ExportPdfDialog dialog;
    for (Section s : ReportOptions::allSections()) {
        auto* box = dialog.findChild<QCheckBox*>(analysis::toString(s) + QStringLiteral("CheckBox"));
        QVERIFY2(box, qPrintable(analysis::toString(s)));
        QVERIFY(box->isChecked());
        QVERIFY(!box->accessibleName().isEmpty());
    }
    auto* appendix = dialog.findChild<QCheckBox*>(QStringLiteral("reviewAppendixCheckBox"));
    QVERIFY(appendix);
    QVERIFY(!appendix->isChecked());
    auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("paperComboBox"));
    QVERIFY(paper);
    QCOMPARE(PaperSize(paper->currentData().toInt()), ReportOptions::defaultPaperSize());
    const ReportOptions options = dialog.options();
    QCOMPARE(options.sections.size(), 8);
    QVERIFY(!options.reviewAppendix);
}

void TestExportPdfDialog::optionsFollowTheControls()
{
    ExportPdfDialog dialog;
    dialog.findChild<QCheckBox*>(QStringLiteral("timelineCheckBox"))->setChecked(false);
    dialog.findChild<QCheckBox*>(QStringLiteral("metricsCheckBox"))->setChecked(false);
    dialog.findChild<QCheckBox*>(QStringLiteral("reviewAppendixCheckBox"))->setChecked(true);
    auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("paperComboBox"));
    paper->setCurrentIndex(paper->findData(int(PaperSize::Letter)));
    const ReportOptions options = dialog.options();
    QVERIFY(!options.includes(Section::Timeline));
    QVERIFY(!options.includes(Section::Metrics));
    QVERIFY(options.includes(Section::Summary));
    QCOMPARE(options.sections.size(), 6);
    QVERIFY(options.reviewAppendix);
    QCOMPARE(options.paper, PaperSize::Letter);

    ReportOptions back;
    back.sections = {Section::Actions};
    back.paper = PaperSize::A4;
    dialog.setOptions(back);
    QVERIFY(dialog.options().sections == QList<Section>{Section::Actions});
    QCOMPARE(dialog.options().paper, PaperSize::A4);
    QVERIFY(!dialog.options().reviewAppendix);
}

void TestExportPdfDialog::okNeedsFileAndSection()
{
    ExportPdfDialog dialog;
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("fileNameLineEdit"))->setText(QStringLiteral("/tmp/review"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.fileName(), QStringLiteral("/tmp/review.pdf"));
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->objectName() != QLatin1String("reviewAppendixCheckBox"))
            box->setChecked(false);
    }
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("whysCheckBox"))->setChecked(true);
    QVERIFY(ok->isEnabled());
}

void TestExportPdfDialog::previewShowsPages()
{
    int pages = -1;
    QTimer::singleShot(0, this, [&pages] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* preview = dialog->findChild<QPrintPreviewWidget*>();
        if (preview) {
            preview->updatePreview();
            pages = preview->pageCount();
        }
        dialog->reject();
    });
    const Coe coe = test::exampleCoe();
    ReportPreview::showPreview({coe, coe}, ReportOptions{}, nullptr);
    // A packet of two: an agenda page and two reports of several pages.
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
}

QTEST_MAIN(TestExportPdfDialog)
#include "TestExportPdfDialog.moc"
