// SPDX-License-Identifier: MIT
#pragma once

#include "insights/Insights.h"

#include <QCoreApplication>
#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;

namespace hindsight {

class Archive;
class DateLineEdit;

// File › Learning Report… (the archive window and the Insights window): the
// period, the paper and the file, then the PDF written on a worker thread
// behind a progress dialog (PdfExporter::runWithProgressDialog).
class LearningReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LearningReportDialog(QWidget* parent = nullptr);
    void setRange(const QDate& from, const QDate& to);
    QDate from() const;
    QDate to() const;
    QString fileName() const;
    void setFileName(const QString& fileName);
    bool letterPaper() const;

    // The last full quarter before `today`: 1 Jul – 30 Sep when today is in October.
    static std::pair<QDate, QDate> previousQuarter(const QDate& today);

private:
    void browse();
    void updateOk();

    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QComboBox* m_paper;
    QLineEdit* m_file;
    class QPushButton* m_ok = nullptr;
};

class LearningReportFlow
{
    Q_DECLARE_TR_FUNCTIONS(LearningReportFlow)
public:
    struct Outcome
    {
        bool ok = true;
        QString message; // for the window's status or banner; empty: nothing done
    };
    // Asks with LearningReportDialog (the range from `filter` when it has one,
    // else the previous quarter; its other filters are kept) and writes the
    // report. `facts` empty: they are loaded from `archive` first.
    static Outcome run(QWidget* parent, Archive* archive, const insights::InsightsFacts& facts,
                       const insights::InsightsFilter& filter);
};

} // namespace hindsight
