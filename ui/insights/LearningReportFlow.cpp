// SPDX-License-Identifier: MIT
#include "LearningReportFlow.h"

#include "report/LearningReport.h"
#include "report/PdfExporter.h"
#include "settings/DayClock.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/DateLineEdit.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace hindsight {

using namespace insights;

LearningReportDialog::LearningReportDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("learningReportDialog"));
    setWindowTitle(tr("Learning Report"));
    m_from = new DateLineEdit;
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new DateLineEdit;
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_paper = new QComboBox;
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));
    const Settings::PaperSize paper = Settings::instance()->paperSize();
    const bool letter = paper == Settings::PaperSize::Letter
                        || (paper == Settings::PaperSize::Auto
                            && report::ReportOptions::defaultPaperSize() == report::PaperSize::Letter);
    m_paper->setCurrentIndex(letter ? 1 : 0);
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("reportFile"));
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Incidents &from:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("F&ile:"), fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Write PDF"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const auto [from, to] = previousQuarter(DayClock::instance()->today());
    setRange(from, to);
    connect(browse, &QPushButton::clicked, this, &LearningReportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &LearningReportDialog::updateOk);
    connect(m_from, &DateLineEdit::dateChanged, this, &LearningReportDialog::updateOk);
    connect(m_to, &DateLineEdit::dateChanged, this, &LearningReportDialog::updateOk);
    updateOk();
}

std::pair<QDate, QDate> LearningReportDialog::previousQuarter(const QDate& today)
{
    const QDate thisQuarter(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    const QDate from = thisQuarter.addMonths(-3);
    return {from, thisQuarter.addDays(-1)};
}

void LearningReportDialog::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    if (m_file->text().isEmpty() || QFileInfo(m_file->text()).fileName().startsWith(QStringLiteral("learning-report"))) {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QDir::homePath();
        const QString name = QStringLiteral("learning-report-%1-%2.pdf")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
    }
}

QDate LearningReportDialog::from() const
{
    return m_from->date();
}

QDate LearningReportDialog::to() const
{
    return m_to->date();
}

QString LearningReportDialog::fileName() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void LearningReportDialog::setFileName(const QString& fileName)
{
    m_file->setText(QDir::toNativeSeparators(fileName));
}

bool LearningReportDialog::letterPaper() const
{
    return m_paper->currentData().toString() == QLatin1String("letter");
}

void LearningReportDialog::browse()
{
    const QString name = FileDialog::getSaveFileName(this, tr("Learning Report"), tr("PDF files (*.pdf)"), fileName());
    if (!name.isEmpty())
        setFileName(name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? name : name + QStringLiteral(".pdf"));
}

void LearningReportDialog::updateOk()
{
    const bool datesOk = m_from->date().isValid() && m_to->date().isValid() && m_from->date() <= m_to->date();
    m_ok->setEnabled(datesOk && !fileName().isEmpty());
    m_ok->setToolTip(datesOk ? QString() : tr("The period must start on or before its end."));
}

LearningReportFlow::Outcome LearningReportFlow::run(QWidget* parent, Archive* archive, const InsightsFacts& given,
                                                    const InsightsFilter& filter)
{
    LearningReportDialog dialog(parent);
    if (filter.from.isValid() && filter.to.isValid())
        dialog.setRange(filter.from, filter.to);
    if (dialog.exec() != QDialog::Accepted)
        return {true, {}};
    InsightsFacts loaded;
    const InsightsFacts* facts = &given;
    if ((given.coes.isEmpty() || !given.actionsLoaded) && archive) {
        QString error;
        if (!loadInsightsFacts(*archive, &loaded, &error))
            return {false, tr("Cannot read the archive: %1").arg(error)};
        facts = &loaded;
    }
    InsightsFilter range = filter;
    range.from = dialog.from();
    range.to = dialog.to();
    const QString path = dialog.fileName();
    report::LearningReportOptions options;
    options.paper = dialog.letterPaper() ? report::PaperSize::Letter : report::PaperSize::A4;
    options.archiveName = archive ? archive->path() : QString();
    options.zone = Settings::instance()->displayTimeZone();
    const QDate today = DayClock::instance()->today();
    const QString docName = tr("Learning report %1").arg(report::LearningReport::rangeText(range));
    const report::PdfExportResult result =
        report::PdfExporter::runWithProgressDialog(parent, [&](const report::PdfExporter::Progress& progress) {
            return report::PdfExporter::exportDocument(
                [&] {
                    const Insights insights = computeInsights(*facts, range, today);
                    return report::LearningReport::build(*facts, insights, options);
                },
                path, docName, options.paper, progress);
        });
    if (result.cancelled)
        return {true, tr("Learning report cancelled; nothing was written.")};
    if (!result.ok) {
        QMessageBox::warning(parent, tr("Learning Report"), result.error);
        return {false, result.error};
    }
    return {true, tr("Wrote the learning report (%n page(s)) to %1.", nullptr, result.pages)
                      .arg(QDir::toNativeSeparators(path))};
}

} // namespace hindsight
