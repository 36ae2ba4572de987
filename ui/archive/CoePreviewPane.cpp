// SPDX-License-Identifier: MIT
#include "archive/CoePreviewPane.h"

#include "analysis/TimelineAnalysis.h"
#include "domain/Coe.h"
#include "itemmodels/CoeTableModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QModelIndex>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace hindsight {

namespace {

QLabel* plainLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // user text is data
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString durationText(const QString& name, const analysis::Duration& d)
{
    if (!d.minutes)
        return CoePreviewPane::tr("%1 —").arg(name);
    const qint64 m = *d.minutes;
    if (m < 60)
        return CoePreviewPane::tr("%1 %2 min").arg(name).arg(m);
    return CoePreviewPane::tr("%1 %2 h %3 min").arg(name).arg(m / 60).arg(m % 60);
}

} // namespace

CoePreviewPane::CoePreviewPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coePreviewPane"));
    setAccessibleName(tr("Preview of the selected COE"));
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Select a COE to see it here."), this);
    m_empty->setObjectName(QStringLiteral("previewEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto* page = new QWidget(this);
    m_title = plainLabel(QStringLiteral("previewTitleLabel"), page);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_facts = plainLabel(QStringLiteral("previewFactsLabel"), page);
    m_summary = plainLabel(QStringLiteral("previewSummaryLabel"), page);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_durations = plainLabel(QStringLiteral("previewDurationsLabel"), page);
    m_actions = plainLabel(QStringLiteral("previewActionsLabel"), page);
    m_review = plainLabel(QStringLiteral("previewReviewLabel"), page);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Durations:"), m_durations);
    form->addRow(tr("Actions:"), m_actions);
    form->addRow(tr("Review:"), m_review);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_summary, 1);
    layout->addLayout(form);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    clear();
}

void CoePreviewPane::clear()
{
    m_stack->setCurrentWidget(m_empty);
}

QString CoePreviewPane::firstParagraph(const QString& markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                              | QTextDocument::MarkdownNoHTML));
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void CoePreviewPane::showCoe(const std::optional<Coe>& coe, const QModelIndex& row)
{
    if (!coe || !row.isValid()) {
        clear();
        return;
    }
    const QLocale locale;
    auto cell = [&row](int column) { return row.siblingAtColumn(column).data(); };
    m_title->setText(coe->title.isEmpty() ? tr("(untitled)") : coe->title);
    QStringList facts;
    facts << (coe->severity ? tr("Severity %1").arg(*coe->severity) : tr("Severity not set"));
    facts << cell(CoeTableModel::StatusColumn).toString();
    facts << (coe->owner.isEmpty() ? tr("No owner") : tr("Owner: %1").arg(coe->owner));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    const QString summary = firstParagraph(coe->summary);
    m_summary->setText(summary.isEmpty() ? tr("No summary yet.") : summary);

    const analysis::Durations d = analysis::computeDurations(coe->timeline);
    m_durations->setText(QStringList{durationText(tr("Detect"), d.detect), durationText(tr("Diagnose"), d.diagnose),
                                     durationText(tr("Mitigate"), d.mitigate), durationText(tr("Resolve"), d.resolve)}
                             .join(QStringLiteral(" · ")));
    m_durations->setToolTip(tr("Time to detect, diagnose, mitigate and resolve, from the timeline's milestones"));

    const int open = cell(CoeTableModel::OpenActionsColumn).toInt();
    const int overdue = cell(CoeTableModel::OverdueActionsColumn).toInt();
    m_actions->setText(tr("%1 open · %2 overdue").arg(locale.toString(open), locale.toString(overdue)));

    const QVariant errors = row.siblingAtColumn(CoeTableModel::TitleColumn).data(CoeTableModel::ErrorCountRole);
    const QVariant warnings = row.siblingAtColumn(CoeTableModel::TitleColumn).data(CoeTableModel::WarningCountRole);
    if (!errors.isValid())
        m_review->setText(tr("not checked"));
    else if (errors.toInt() == 0 && warnings.toInt() == 0)
        m_review->setText(tr("nothing to fix"));
    else
        m_review->setText(tr("%n ✗ error(s)", nullptr, errors.toInt()) + QStringLiteral(" · ") +
                          tr("%n ⚠ warning(s)", nullptr, warnings.toInt()));
    m_stack->setCurrentIndex(1);
}

} // namespace hindsight
