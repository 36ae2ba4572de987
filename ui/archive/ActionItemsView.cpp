// SPDX-License-Identifier: MIT
#include "archive/ActionItemsView.h"

#include "exchange/ActionCsv.h"
#include "itemmodels/ArchiveActionModel.h"
#include "storage/ActionItemQuery.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"
#include "widgets/TextColumnLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight {

namespace {
constexpr int kOpenOrInProgress = 1; // index of "Open or in progress" in the status list
}

ActionItemsView::ActionItemsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("actionItemsView"));
    m_model = new ArchiveActionModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("actionItemsTableView"));
    m_table->setAccessibleName(tr("Action items of every COE"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(ArchiveActionModel::DueColumn, Qt::AscendingOrder);
    header->setSectionResizeMode(ArchiveActionModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ArchiveActionModel::CoeColumn, 260);
    header->resizeSection(ArchiveActionModel::OwnerColumn, 130);
    header->resizeSection(ArchiveActionModel::DueColumn, 95);
    // The title takes the spare width and up to three lines; widths are remembered.
    new TextColumnLayout(m_table, ArchiveActionModel::TitleColumn, QStringLiteral("archive.actionItemsTable"));
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &ArchiveActionModel::sort);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("actionStatusComboBox"));
    m_status->setAccessibleName(tr("Action item status filter"));
    m_status->addItem(tr("Any status"));
    m_status->addItem(tr("Open or in progress"));
    for (ActionStatus s : allValues<ActionStatus>())
        m_status->addItem(ArchiveActionModel::statusText(s), toString(s));
    m_status->setCurrentIndex(kOpenOrInProgress);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("actionOwnerComboBox"));
    m_owner->setAccessibleName(tr("Action item owner filter"));
    m_owner->addItem(tr("Anyone"));
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("actionPriorityComboBox"));
    m_priority->setAccessibleName(tr("Action item priority filter"));
    m_priority->addItem(tr("Any priority"));
    for (Priority p : allValues<Priority>())
        m_priority->addItem(ArchiveActionModel::priorityText(p), toString(p));
    m_overdue = new QCheckBox(tr("Overdue only"));
    m_overdue->setObjectName(QStringLiteral("actionOverdueCheckBox"));
    m_dueWithin = new QCheckBox(tr("Due within"));
    m_dueWithin->setObjectName(QStringLiteral("dueWithinCheckBox"));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("dueWithinDaysSpinBox"));
    m_days->setAccessibleName(tr("Due within this many days"));
    m_days->setRange(0, 365);
    m_days->setValue(14);
    m_days->setSuffix(tr(" days"));
    m_days->setEnabled(false);
    auto* exportButton = new QPushButton(icons::themed(QStringLiteral("document-export")), tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    exportButton->setToolTip(tr("Save the listed action items as CSV for a tracker's import"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addWidget(m_priority);
    filters->addWidget(m_overdue);
    filters->addWidget(m_dueWithin);
    filters->addWidget(m_days);
    filters->addStretch();
    filters->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    for (QComboBox* c : {m_status, m_owner, m_priority})
        connect(c, &QComboBox::currentIndexChanged, this, &ActionItemsView::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionItemsView::applyFilters);
    connect(m_dueWithin, &QCheckBox::toggled, this, [this](bool on) {
        m_days->setEnabled(on);
        applyFilters();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (m_dueWithin->isChecked())
            applyFilters();
    });
    connect(exportButton, &QPushButton::clicked, this, &ActionItemsView::chooseCsvFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(ArchiveActionModel::CoeUuidRole).toUuid(),
                           index.data(ArchiveActionModel::PositionRole).toInt());
    });
    connect(m_model, &ArchiveActionModel::refreshed, this, [this](const QString& error) {
        if (!error.isEmpty())
            emit errorOccurred(error);
        emit countChanged(m_model->totalCount());
    });
    applyFilters();
}

void ActionItemsView::setArchive(Archive* archive)
{
    // Read when the view is shown (refresh()), not with every archive opened.
    m_archive = archive;
    if (!archive)
        m_model->setArchive(nullptr);
}

void ActionItemsView::setToday(const QDate& today)
{
    m_model->setToday(today);
}

void ActionItemsView::refresh()
{
    const QString owner = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    {
        const QSignalBlocker block(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("Anyone"));
        if (m_archive)
            for (const QString& o : ActionItemCatalog(*m_archive).owners())
                m_owner->addItem(o, o);
        const int keep = owner.isEmpty() ? 0 : m_owner->findData(owner);
        if (keep < 0)
            m_owner->addItem(owner, owner);
        m_owner->setCurrentIndex(keep < 0 ? m_owner->count() - 1 : keep);
    }
    applyFilters();
    if (m_model->archive() != m_archive)
        m_model->setArchive(m_archive);
    else
        m_model->refresh();
}

void ActionItemsView::applyFilters()
{
    ActionItemQuery q = m_model->query();
    q.status.reset();
    q.openOnly = m_status->currentIndex() == kOpenOrInProgress;
    if (m_status->currentIndex() > kOpenOrInProgress)
        q.status = enumFromString<ActionStatus>(m_status->currentData().toString());
    q.owner = m_owner->currentIndex() > 0 ? m_owner->currentData().toString() : QString();
    q.priority.reset();
    if (m_priority->currentIndex() > 0)
        q.priority = enumFromString<Priority>(m_priority->currentData().toString());
    q.overdueOnly = m_overdue->isChecked();
    q.dueWithinDays = m_dueWithin->isChecked() ? m_days->value() : -1;
    if (!(q == m_model->query()))
        m_model->setQuery(q);
}

bool ActionItemsView::exportCsv(const QString& path, QString* error)
{
    QString err;
    const QList<ActionItemRow> rows = m_model->allRows(&err);
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exchange::actionItemsCsv(rows)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ActionItemsView::chooseCsvFile()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export action items as CSV"),
                                                     tr("CSV files (*.csv)"), QStringLiteral("action-items.csv"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        emit errorOccurred(error);
}

} // namespace hindsight
