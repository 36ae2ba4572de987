// SPDX-License-Identifier: MIT
#include "editor/pages/TimelinePage.h"

#include "analysis/TimelineAnalysis.h"
#include "editor/PasteLinesDialog.h"
#include "editor/TimelineDelegate.h"
#include "itemmodels/TimelineModel.h"
#include "widgets/TextColumnLayout.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight {

namespace {

QString milestoneDuration(const QString& name, const analysis::Duration& d)
{
    if (!d.minutes)
        return QStringLiteral("%1 —").arg(name);
    const qint64 m = *d.minutes;
    if (m < 120)
        return QCoreApplication::translate("TimelinePage", "%1 %2 min").arg(name).arg(m);
    return QCoreApplication::translate("TimelinePage", "%1 %2 h %3 min").arg(name).arg(m / 60).arg(m % 60);
}

} // namespace

TimelinePage::TimelinePage(CoeDocument* document, QWidget* parent)
    : EditorPage(document, analysis::Section::Timeline, parent), m_model(new TimelineModel(document, this)),
      m_gapMinutes(analysis::kDefaultGapMinutes)
{
    auto* layout = new QVBoxLayout(this);
    m_durations = new QLabel(this);
    m_durations->setObjectName(QStringLiteral("durationsLabel"));
    m_durations->setTextFormat(Qt::PlainText);
    QFont f = m_durations->font();
    f.setBold(true);
    m_durations->setFont(f);
    layout->addWidget(m_durations);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineTableView"));
    m_view->setAccessibleName(tr("Timeline entries"));
    m_view->setModel(m_model);
    auto* delegate = new TimelineDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TimelineModel::TimeColumn, fontMetrics().horizontalAdvance(QStringLiteral("≈ 2024-03-07 14:02 UTC+10")) + 16);
    m_view->setColumnWidth(TimelineModel::MilestoneColumn, fontMetrics().horizontalAdvance(QStringLiteral("Impact start")) + 40);
    m_view->setColumnWidth(TimelineModel::ApproximateColumn, fontMetrics().horizontalAdvance(tr("Approx.")) + 16);
    m_view->setColumnWidth(TimelineModel::HighlightColumn, fontMetrics().horizontalAdvance(tr("Key")) + 24);
    m_view->setColumnWidth(TimelineModel::SourceColumn, 160);
    // "What happened" takes the spare width and up to three lines; gap rows add their band.
    m_columns = new TextColumnLayout(m_view, TimelineModel::TextColumn, QStringLiteral("editor.timelineTable"),
                                     {TimelineModel::SourceColumn});
    m_columns->setExtraRowHeight([this](int row) {
        return m_model->index(row, 0).data(TimelineModel::GapMinutesRole).isValid()
                   ? TimelineDelegate::bandHeight(fontMetrics())
                   : 0;
    });
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(tr("No entries yet.\n\nAdd one with Add Entry, or paste lines from a chat or a log with "
                            "Paste Lines…, for example \"[14:02] alice: checkout is failing\"."),
                         m_view->viewport());
    m_empty->setObjectName(QStringLiteral("timelineEmptyLabel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_view->viewport()->installEventFilter(this);

    m_timeError = new QLabel(this);
    m_timeError->setObjectName(QStringLiteral("timeErrorLabel"));
    m_timeError->setTextFormat(Qt::PlainText);
    m_timeError->setWordWrap(true);
    m_timeError->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_timeError->hide();
    layout->addWidget(m_timeError);
    connect(delegate, &TimelineDelegate::timeRejected, this, [this](const QString& message) {
        m_timeError->setText(message);
        m_timeError->show();
    });
    connect(delegate, &TimelineDelegate::timeAccepted, m_timeError, &QWidget::hide);

    auto* gapRow = new QHBoxLayout;
    m_gapLabel = new QLabel(tr("E&xplain the gap before this entry:"), this);
    m_gapExplanation = new QLineEdit(this);
    m_gapExplanation->setObjectName(QStringLiteral("gapExplanationLineEdit"));
    m_gapExplanation->setAccessibleName(tr("Gap explanation"));
    m_gapExplanation->setPlaceholderText(tr("The alarm needs 15 one-minute datapoints before it fires."));
    m_gapLabel->setBuddy(m_gapExplanation);
    gapRow->addWidget(m_gapLabel);
    gapRow->addWidget(m_gapExplanation, 1);
    layout->addLayout(gapRow);
    connect(m_gapExplanation, &QLineEdit::textEdited, this, [this](const QString& text) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->setData(current.siblingAtColumn(0), text, TimelineModel::GapExplanationRole);
    });

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Entry"), this);
    add->setObjectName(QStringLiteral("addEntryButton"));
    add->setToolTip(tr("Add an entry after the last one"));
    auto* paste = new QPushButton(tr("&Paste Lines…"), this);
    paste->setObjectName(QStringLiteral("pasteLinesButton"));
    paste->setToolTip(tr("Turn lines from a chat or log into entries"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteEntriesButton"));
    m_delete->setToolTip(tr("Delete the selected entries"));
    buttons->addWidget(add);
    buttons->addWidget(paste);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &TimelinePage::addEntry);
    connect(paste, &QPushButton::clicked, this, &TimelinePage::pasteLines);
    connect(m_delete, &QPushButton::clicked, this, &TimelinePage::deleteSelected);

    auto* deleteAction = new QAction(tr("Delete Entries"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &TimelinePage::deleteSelected);
    m_view->addAction(deleteAction);

    setGapMinutes(m_gapMinutes);
    connect(m_model, &TimelineModel::gapsChanged, this, &TimelinePage::updateRowHeights);
    connect(m_model, &TimelineModel::gapsChanged, this, &TimelinePage::updateGapEditor);
    connect(m_doc, &CoeDocument::changed, this, &TimelinePage::updateDurations);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePage::updateGapEditor);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePage::updateRowHeights);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelinePage::updateRowHeights);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TimelinePage::updateRowHeights);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePage::updateRowHeights);
    m_delete->setEnabled(false);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelinePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePage::updateEmptyState);
    updateEmptyState();
    updateDurations();
    updateGapEditor();
    registerField(QStringLiteral("timeline"), m_view);
}

void TimelinePage::setGapMinutes(int minutes)
{
    m_gapMinutes = minutes;
    m_model->setGapFinder([minutes](const QList<TimelineEntry>& t) { return analysis::findGaps(t, minutes); });
    updateRowHeights();
}

void TimelinePage::updateDurations()
{
    const auto d = analysis::computeDurations(m_doc->coe().timeline);
    m_durations->setText(QStringList{
        milestoneDuration(tr("Time to detect"), d.detect), milestoneDuration(tr("to diagnose"), d.diagnose),
        milestoneDuration(tr("to mitigate"), d.mitigate), milestoneDuration(tr("to resolve"), d.resolve)}
                             .join(QStringLiteral("  ·  ")));
    QStringList reasons;
    for (const auto* x : {&d.detect, &d.diagnose, &d.mitigate, &d.resolve})
        if (!x->minutes && !x->reason.isEmpty())
            reasons << x->reason;
    reasons.removeDuplicates();
    m_durations->setToolTip(reasons.isEmpty() ? tr("Worked out from the milestones of the timeline.")
                                              : reasons.join(u'\n'));
}

void TimelinePage::updateRowHeights()
{
    m_columns->update();
}

void TimelinePage::updateEmptyState()
{
    m_empty->setVisible(m_model->rowCount() == 0);
    m_empty->setGeometry(m_view->viewport()->rect().adjusted(40, 20, -40, -20));
}

bool TimelinePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateEmptyState();
    return EditorPage::eventFilter(watched, event);
}

void TimelinePage::updateGapEditor()
{
    const QModelIndex current = m_view->currentIndex();
    const bool gap = current.isValid() && current.data(TimelineModel::GapMinutesRole).isValid();
    // The explanation field is there only when the timeline has gaps.
    const bool anyGap = m_model->gapCount() > 0;
    m_gapLabel->setVisible(anyGap);
    m_gapExplanation->setVisible(anyGap);
    m_gapLabel->setEnabled(gap);
    m_gapExplanation->setEnabled(gap);
    const QString text = current.isValid() ? current.data(TimelineModel::GapExplanationRole).toString() : QString();
    if (m_gapExplanation->text() != text)
        m_gapExplanation->setText(text);
    m_gapExplanation->setToolTip(gap ? current.siblingAtColumn(TimelineModel::TextColumn)
                                           .data(TimelineModel::GapTextRole)
                                           .toString()
                                     : tr("Select an entry that follows a gap."));
}

void TimelinePage::addEntry()
{
    const auto& timeline = m_doc->coe().timeline;
    TimelineEntry e;
    if (timeline.isEmpty()) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        e.at = QDateTime::fromSecsSinceEpoch(now - now % 60, Qt::UTC);
    } else {
        e.at = timeline.last().at.addSecs(60);
    }
    const int row = m_doc->insertTimelineEntry(e);
    const QModelIndex index = m_model->index(row, TimelineModel::TextColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
}

void TimelinePage::pasteLines()
{
    const auto& timeline = m_doc->coe().timeline;
    const QDateTime reference = timeline.isEmpty() ? QDateTime() : timeline.last().at;
    PasteLinesDialog dialog(m_doc->coe().displayTimeZone, reference, this);
    const QString clip = QApplication::clipboard()->text();
    if (clip.contains(u'\n'))
        dialog.setText(clip);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_doc->insertTimelineEntries(dialog.entries());
}

void TimelinePage::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    m_doc->removeTimelineEntries(rows);
}

void TimelinePage::focusLocation(const analysis::Location& location)
{
    if (location.row >= 0 && location.row < m_model->rowCount()) {
        int column = TimelineModel::TextColumn;
        if (location.field == QLatin1String("at"))
            column = TimelineModel::TimeColumn;
        else if (location.field == QLatin1String("milestone"))
            column = TimelineModel::MilestoneColumn;
        const QModelIndex index = m_model->index(location.row, column);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        if (location.field == QLatin1String("gap_explanation")) {
            m_gapExplanation->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void TimelinePage::hideEvent(QHideEvent* event)
{
    // A rejected time is old news once the step is left: the cell kept its value.
    m_timeError->hide();
    EditorPage::hideEvent(event);
}

QString TimelinePage::commentTarget() const
{
    // The document keeps the timeline in time order: the row is the entry's N.
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? QStringLiteral("timeline:%1").arg(current.row()) : QStringLiteral("timeline");
}

void TimelinePage::addCommentAction(QAction* action)
{
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(action);
}

} // namespace hindsight
