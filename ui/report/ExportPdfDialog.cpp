// SPDX-License-Identifier: MIT
#include "ExportPdfDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::report {

ExportPdfDialog::ExportPdfDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(tr("Export PDF"));

    auto* sectionsBox = new QGroupBox(tr("Sections"), this);
    sectionsBox->setObjectName(QStringLiteral("sectionsGroupBox"));
    auto* sectionsLayout = new QVBoxLayout(sectionsBox);
    for (Section s : ReportOptions::allSections()) {
        auto* box = new QCheckBox(ReportOptions::sectionTitle(s), sectionsBox);
        box->setObjectName(analysis::toString(s) + QStringLiteral("CheckBox"));
        box->setAccessibleName(tr("Include %1").arg(ReportOptions::sectionTitle(s)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ExportPdfDialog::updateAcceptable);
        sectionsLayout->addWidget(box);
        m_sections.insert(s, box);
    }

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PaperSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(ReportOptions::defaultPaperSize())));

    m_reviewAppendix = new QCheckBox(tr("Add the review check as an appendix"), this);
    m_reviewAppendix->setObjectName(QStringLiteral("reviewAppendixCheckBox"));
    m_reviewAppendix->setAccessibleName(tr("Review check appendix"));

    m_fileName = new QLineEdit(this);
    m_fileName->setObjectName(QStringLiteral("fileNameLineEdit"));
    m_fileName->setAccessibleName(tr("PDF file"));
    m_fileName->setPlaceholderText(QDir::home().filePath(QStringLiteral("checkout-outage.pdf")));
    m_fileName->setMinimumWidth(320);
    connect(m_fileName, &QLineEdit::textChanged, this, &ExportPdfDialog::updateAcceptable);
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Choose the PDF file"));
    connect(m_browse, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    auto* paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    form->addRow(paperLabel, m_paper);
    form->addRow(QString(), m_reviewAppendix);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileName);
    form->addRow(fileLabel, fileRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sectionsBox);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateAcceptable();
}

void ExportPdfDialog::setPacket(bool packet)
{
    setWindowTitle(packet ? tr("Export Review Packet") : tr("Export PDF"));
}

QString ExportPdfDialog::fileName() const
{
    QString path = m_fileName->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void ExportPdfDialog::setFileName(const QString& path)
{
    m_fileName->setText(path);
}

ReportOptions ExportPdfDialog::options() const
{
    ReportOptions options;
    options.sections.clear();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            options.sections.append(it.key());
    }
    options.paper = PaperSize(m_paper->currentData().toInt());
    options.reviewAppendix = m_reviewAppendix->isChecked();
    return options;
}

void ExportPdfDialog::setOptions(const ReportOptions& options)
{
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(options.includes(it.key()));
    m_paper->setCurrentIndex(m_paper->findData(int(options.paper)));
    m_reviewAppendix->setChecked(options.reviewAppendix);
}

void ExportPdfDialog::browse()
{
    const QString start = m_fileName->text().isEmpty() ? QDir::homePath() : m_fileName->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), start, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_fileName->setText(path);
}

void ExportPdfDialog::updateAcceptable()
{
    bool anySection = false;
    for (QCheckBox* box : std::as_const(m_sections))
        anySection = anySection || box->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(anySection && !m_fileName->text().trimmed().isEmpty());
}

} // namespace hindsight::report
