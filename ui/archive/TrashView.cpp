// SPDX-License-Identifier: MIT
#include "archive/TrashView.h"

#include "itemmodels/CoeTableModel.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight {

TrashView::TrashView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trashView"));
    m_model = new CoeTableModel(this);
    CoeQuery q;
    q.trash = true;
    m_model->setQuery(q);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("trashTableView"));
    m_table->setAccessibleName(tr("COEs in the Trash"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < CoeTableModel::ColumnCount; ++c)
        header->setSectionHidden(c, !(c == CoeTableModel::TitleColumn || c == CoeTableModel::IncidentColumn
                                      || c == CoeTableModel::OwnerColumn || c == CoeTableModel::DeletedColumn));
    header->setSectionResizeMode(CoeTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(CoeTableModel::IncidentColumn, 150);
    header->resizeSection(CoeTableModel::OwnerColumn, 130);
    header->resizeSection(CoeTableModel::DeletedColumn, 150);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &CoeTableModel::sort);

    auto* note = new QLabel(tr("Deleted COEs stay here until you empty the Trash."));
    note->setObjectName(QStringLiteral("trashNoteLabel"));
    m_restore = new QPushButton(icons::themed(QStringLiteral("edit-undo")), tr("&Restore"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put the selected COEs back into the archive"));
    m_empty = new QPushButton(icons::themed(QStringLiteral("edit-delete")), tr("E&mpty Trash…"));
    m_empty->setObjectName(QStringLiteral("emptyTrashButton"));
    m_empty->setToolTip(tr("Delete every COE in the Trash for good"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_restore, &QPushButton::clicked, this, &TrashView::restoreSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashView::emptyTrash);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashView::updateButtons);
    connect(m_model, &CoeTableModel::refreshed, this, [this](const QString& error) {
        if (!error.isEmpty())
            emit errorOccurred(error);
        updateButtons();
        emit countChanged(m_model->totalCount());
    });
    connect(m_table, &QTableView::activated, this, &TrashView::restoreSelected);
    updateButtons();
}

void TrashView::setArchive(Archive* archive)
{
    m_archive = archive;
    m_model->setArchive(archive);
}

void TrashView::refresh()
{
    m_model->refresh();
}

void TrashView::updateButtons()
{
    const bool writable = m_archive && !m_archive->isReadOnly();
    m_restore->setEnabled(writable && m_table->selectionModel()->hasSelection());
    m_empty->setEnabled(writable && m_model->totalCount() > 0);
}

void TrashView::restoreSelected()
{
    if (!m_archive)
        return;
    QList<QUuid> uuids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        uuids << index.data(CoeTableModel::UuidRole).toUuid();
    if (uuids.isEmpty())
        return;
    CoeCatalog catalog(*m_archive);
    for (const QUuid& uuid : uuids) {
        QString error;
        if (!catalog.restore(uuid, &error))
            emit errorOccurred(error);
    }
    refresh();
    emit archiveChanged();
}

void TrashView::emptyTrash()
{
    if (!m_archive || m_model->totalCount() == 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Empty Trash"),
        tr("Delete the %n COE(s) in the Trash for good? This cannot be undone.", nullptr, m_model->totalCount()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    QString error;
    if (CoeCatalog(*m_archive).emptyTrash(&error) < 0)
        emit errorOccurred(error);
    refresh();
    emit archiveChanged();
}

} // namespace hindsight
