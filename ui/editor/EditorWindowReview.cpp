// SPDX-License-Identifier: MIT
// EditorWindow's review panel: the findings grouped by step, their details,
// the marks and counts in the step list, and the menu that marks a name as a team.
#include "editor/EditorWindow.h"

#include "document/Completeness.h"
#include "editor/EditorPage.h"
#include "editor/TeamMarking.h"
#include "domain/CommentCounts.h"
#include "editor/pages/ReviewPage.h"
#include "editor/pages/SummaryPage.h"
#include "editor/pages/TimelinePage.h"
#include "itemmodels/ToolTip.h"
#include "settings/Settings.h"
#include "widgets/Icons.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSet>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hindsight {

namespace {
using S = analysis::Section;
} // namespace

void EditorWindow::buildReviewPanel(QWidget* left, QVBoxLayout* leftLayout)
{
    m_reviewSummary = new QLabel(left);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    // One line per finding under its step (collapsible); the full text on
    // hover and in the details line under the list. The object name stays
    // the list's, so tests and tools that find it keep working.
    m_review = new QTreeWidget(left);
    m_review->setObjectName(QStringLiteral("reviewListWidget"));
    m_review->setAccessibleName(tr("Review findings"));
    m_review->setHeaderHidden(true);
    m_review->setColumnCount(1);
    m_review->setRootIsDecorated(true);
    m_review->setUniformRowHeights(true);
    m_review->setWordWrap(false);
    m_review->setTextElideMode(Qt::ElideRight);
    m_review->setIndentation(12);
    m_review->setExpandsOnDoubleClick(false);
    m_reviewSummary->setBuddy(m_review);
    m_reviewDetails = new QLabel(left);
    m_reviewDetails->setObjectName(QStringLiteral("reviewDetailsLabel"));
    m_reviewDetails->setTextFormat(Qt::PlainText);
    m_reviewDetails->setWordWrap(true);
    m_reviewDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reviewDetails->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_reviewDetails->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    leftLayout->addWidget(m_reviewSummary);
    leftLayout->addWidget(m_review, 1);
    leftLayout->addWidget(m_reviewDetails);
    // With nothing to fix the list and its details hide (refreshReview): the
    // summary line says so, and this stretch takes the empty box's place.
    leftLayout->addStretch(0);
}

void EditorWindow::connectReviewPanel()
{
    connect(m_review, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QVariant finding = item->data(0, Qt::UserRole);
        if (!finding.isValid()) { // a step: open or fold it
            item->setExpanded(!item->isExpanded());
            return;
        }
        const int i = finding.toInt();
        if (i >= 0 && i < m_findings.size())
            showLocation(m_findings[i].location);
    });
    connect(m_review, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, Qt::UserRole).isValid())
            emit m_review->itemActivated(item, 0);
    });
    // A blameless.name finding about a team ("S3" of "S3 team"): its context
    // menu marks the name as a team, and the finding goes.
    m_review->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_review, &QWidget::customContextMenuRequested, this, &EditorWindow::showReviewMenu);
    connect(m_review, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QVariant finding = item ? item->data(0, Qt::UserRole) : QVariant();
        const int i = finding.isValid() ? finding.toInt() : -1;
        m_reviewDetails->setText(i >= 0 && i < m_findings.size() ? m_findings[i].message : QString());
    });

    m_reviewTimer = new QTimer(this);
    m_reviewTimer->setSingleShot(true);
    m_reviewTimer->setInterval(400);
    connect(m_reviewTimer, &QTimer::timeout, this, &EditorWindow::refreshReview);
    connect(m_doc, &CoeDocument::changed, m_reviewTimer, qOverload<>(&QTimer::start));
}

void EditorWindow::setCheckOptions(const analysis::CheckOptions& options)
{
    m_options = options;
    m_repository.setCheckOptions(options);
    static_cast<hindsight::TimelinePage*>(m_pages[TimelinePage])->setGapMinutes(options.gapMinutes);
    static_cast<hindsight::SummaryPage*>(m_pages[SummaryPage])->setCheckOptions(options);
    refreshReview();
}

void EditorWindow::showReviewMenu(QPoint pos)
{
    QTreeWidgetItem* item = m_review->itemAt(pos);
    if (!item) { // the menu key: the current finding
        item = m_review->currentItem();
        if (item)
            pos = m_review->visualItemRect(item).center();
    }
    const QVariant finding = item ? item->data(0, Qt::UserRole) : QVariant();
    const int i = finding.isValid() ? finding.toInt() : -1;
    if (i < 0 || i >= m_findings.size() || m_findings[i].id != QLatin1String("blameless.name"))
        return;
    const QStringList names = analysis::peopleNamedAt(m_doc->coe(), m_findings[i].location, m_options);
    if (names.isEmpty())
        return;
    auto* menu = new QMenu(m_review);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString& name : names) {
        QAction* mark = menu->addAction(tr("Not a Person: Mark “%1” as a Team").arg(teams::menuText(name)));
        mark->setObjectName(QStringLiteral("markTeamAction"));
        mark->setStatusTip(teams::markStatusTip());
        connect(mark, &QAction::triggered, this, [this, name] {
            if (Settings::instance()->setMarkedTeam(name, true)) // the review runs again (Settings::changed)
                statusBar()->showMessage(tr("“%1” is marked as a team.").arg(name), 5000);
        });
    }
    menu->popup(m_review->viewport()->mapToGlobal(pos));
}

void EditorWindow::refreshReview()
{
    m_reviewTimer->stop();
    m_findings = analysis::reviewCheck(m_doc->coe(), m_options);
    // Steps the user folded stay folded after a refresh.
    QSet<int> folded;
    for (int g = 0; g < m_review->topLevelItemCount(); ++g)
        if (!m_review->topLevelItem(g)->isExpanded())
            folded << m_review->topLevelItem(g)->data(0, Qt::UserRole + 1).toInt();
    m_review->clear();
    m_reviewDetails->clear();
    int errors = 0, warnings = 0;
    for (int step = 0; step < PageCount; ++step) {
        const S section = kSections[step];
        QTreeWidgetItem* group = nullptr;
        for (int i = 0; i < m_findings.size(); ++i) {
            const analysis::Finding& f = m_findings[i];
            if (f.location.section != section)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_review);
                group->setData(0, Qt::UserRole + 1, step);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            const QString icon = f.level == analysis::Level::Error     ? QStringLiteral("dialog-error")
                                 : f.level == analysis::Level::Warning ? QStringLiteral("dialog-warning")
                                                                       : QStringLiteral("dialog-information");
            errors += f.level == analysis::Level::Error;
            warnings += f.level == analysis::Level::Warning;
            auto* item = new QTreeWidgetItem(group);
            item->setIcon(0, icons::themed(icon));
            item->setText(0, f.message.simplified());
            item->setData(0, Qt::UserRole, i);
            item->setToolTip(0, plainToolTip(f.message));
            item->setData(0, Qt::AccessibleTextRole,
                          QStringLiteral("%1: %2").arg(EditorPage::title(section), f.message));
        }
        if (group) {
            group->setText(0, QStringLiteral("%1 (%2)").arg(EditorPage::title(section)).arg(group->childCount()));
            group->setExpanded(!folded.contains(step));
        }
    }
    m_review->setVisible(!m_findings.isEmpty());
    m_reviewDetails->setVisible(!m_findings.isEmpty());
    m_reviewSummary->setText(m_findings.isEmpty() ? tr("&Review: nothing to fix")
                                                  : tr("&Review: %1 ⚠ %2 ✗").arg(warnings).arg(errors));
    m_reviewSummary->setAccessibleName(tr("Review: %n warnings", nullptr, warnings) + QStringLiteral(", ")
                                       + tr("%n errors", nullptr, errors));
    updateStepMarks();
}

QString EditorWindow::addCommentHere()
{
    commitOpenEditor();
    const QString target = m_pages[currentPage()]->commentTarget();
    auto* review = static_cast<hindsight::ReviewPage*>(m_pages[ReviewPage]);
    const QString id = review->askComment(target);
    if (!id.isEmpty())
        statusBar()->showMessage(tr("Comment added; see it in step %1, %2.")
                                     .arg(ReviewPage + 1)
                                     .arg(EditorPage::title(S::Review)),
                                 5000);
    return id;
}

void EditorWindow::updateStepMarks()
{
    // Unresolved review comments: on the step of the place they are about,
    // and all of them on the Review step.
    const QHash<QString, int> comments = unresolvedCommentsBySection(m_doc->coe());
    for (int i = 0; i < PageCount; ++i) {
        const S section = kSections[i];
        const int open = section == S::Review ? m_doc->coe().review.unresolvedComments()
                                              : comments.value(analysis::toString(section));
        int errors = 0, warnings = 0;
        for (const auto& f : m_findings) {
            if (f.location.section != section)
                continue;
            errors += f.level == analysis::Level::Error;
            warnings += f.level == analysis::Level::Warning;
        }
        const Completeness state = completeness(m_doc->coe(), section);
        const QString mark = state == Completeness::Complete     ? QStringLiteral("✓")
                             : state == Completeness::InProgress ? QStringLiteral("◐")
                                                                 : QString();
        QString counts;
        if (warnings)
            counts += QStringLiteral(" ⚠%1").arg(warnings);
        if (errors)
            counts += QStringLiteral(" ✗%1").arg(errors);
        if (open)
            counts += QStringLiteral(" ✎%1").arg(open);
        QListWidgetItem* item = m_steps->item(i);
        item->setText(QStringLiteral("%1  %2  %3%4").arg(i + 1).arg(EditorPage::title(section), mark, counts));
        const QString stateText = state == Completeness::Complete     ? tr("complete")
                                  : state == Completeness::InProgress ? tr("in progress")
                                                                      : tr("empty");
        item->setData(Qt::AccessibleTextRole, tr("Step %1, %2, %3").arg(i + 1).arg(EditorPage::title(section), stateText)
                                                  + (warnings ? QStringLiteral(", ") + tr("%n warnings", nullptr, warnings) : QString())
                                                  + (errors ? QStringLiteral(", ") + tr("%n errors", nullptr, errors) : QString())
                                                  + (open ? QStringLiteral(", ") + tr("%n unresolved comments", nullptr, open) : QString()));
        item->setToolTip(plainToolTip(item->data(Qt::AccessibleTextRole).toString()));
    }
}

} // namespace hindsight
