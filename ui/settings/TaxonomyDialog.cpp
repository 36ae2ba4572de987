// SPDX-License-Identifier: MIT
#include "settings/TaxonomyDialog.h"

#include "storage/Archive.h"
#include "storage/FactorTaxonomy.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hindsight {

namespace {
enum TaxonomyColumn
{
    NameColumn,
    ShownColumn,
    UsedColumn,
    StateColumn,
    TaxonomyColumnCount
};
} // namespace

TaxonomyDialog::TaxonomyDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Contributing Factor Categories"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The categories this archive counts contributing factors in. Renaming or merging "
                                "a category changes every COE that uses it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, TaxonomyColumnCount, this);
    m_table->setObjectName(QStringLiteral("taxonomyTable"));
    m_table->setAccessibleName(tr("Categories"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Shown as"), tr("Factors"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ShownColumn, QHeaderView::Stretch);
    m_table->setMinimumSize(560, 320);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addCategoryButton"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameCategoryButton"));
    m_retire = new QPushButton(tr("Re&tire"), this);
    m_retire->setObjectName(QStringLiteral("retireCategoryButton"));
    m_mergeInto = new QComboBox(this);
    m_mergeInto->setObjectName(QStringLiteral("mergeIntoComboBox"));
    m_mergeInto->setAccessibleName(tr("Merge into"));
    m_merge = new QPushButton(tr("&Merge Into"), this);
    m_merge->setObjectName(QStringLiteral("mergeCategoryButton"));
    for (QPushButton* b : {add, m_rename, m_retire})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_mergeInto, 1);
    layout->addLayout(buttons);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("taxonomyErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &TaxonomyDialog::addCategory);
    connect(m_rename, &QPushButton::clicked, this, &TaxonomyDialog::renameSelected);
    connect(m_merge, &QPushButton::clicked, this, &TaxonomyDialog::mergeSelected);
    connect(m_retire, &QPushButton::clicked, this, &TaxonomyDialog::toggleRetired);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TaxonomyDialog::refreshButtons);
    const bool writable = !m_archive.isReadOnly();
    add->setEnabled(writable);
    if (!writable)
        fail(m_archive.readOnlyMessage());
    reload();
}

void TaxonomyDialog::fail(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString TaxonomyDialog::selectedName() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), NameColumn)->text();
}

void TaxonomyDialog::reload(const QString& select)
{
    FactorTaxonomy taxonomy(m_archive);
    QString error;
    const QList<FactorCategory> categories = taxonomy.categories(true, &error);
    const QHash<QString, int> usage = taxonomy.usage(&error);
    if (!error.isEmpty())
        fail(tr("The categories cannot be read: %1").arg(error));
    m_table->setRowCount(int(categories.size()));
    int selectRow = -1;
    for (int r = 0; r < categories.size(); ++r) {
        const FactorCategory& c = categories.at(r);
        const QStringList cells = {c.name, c.displayName(), QString::number(usage.value(c.name)),
                                   c.retired ? tr("Retired") : (c.builtIn ? tr("Built in") : tr("In use"))};
        for (int col = 0; col < TaxonomyColumnCount; ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
        if (c.name == select)
            selectRow = r;
    }
    m_table->resizeColumnToContents(NameColumn);
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    refreshButtons();
}

void TaxonomyDialog::refreshButtons()
{
    const QString name = selectedName();
    const bool writable = !m_archive.isReadOnly();
    m_rename->setEnabled(writable && !name.isEmpty());
    m_retire->setEnabled(writable && !name.isEmpty());
    const int row = m_table->currentRow();
    const bool retired = row >= 0 && m_table->item(row, StateColumn)
                         && m_table->item(row, StateColumn)->text() == tr("Retired");
    m_retire->setText(retired ? tr("Res&tore") : tr("Re&tire"));
    m_mergeInto->clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString other = m_table->item(r, NameColumn)->text();
        if (other != name)
            m_mergeInto->addItem(m_table->item(r, ShownColumn)->text(), other);
    }
    m_merge->setEnabled(writable && !name.isEmpty() && m_mergeInto->count() > 0);
    m_mergeInto->setEnabled(m_merge->isEnabled());
}

void TaxonomyDialog::addCategory()
{
    const auto name = TextInput::getText(this, tr("Add Category"),
                                         tr("Name (for example change/feature-flag):"), QString());
    if (!name)
        return;
    QString error;
    if (!FactorTaxonomy(m_archive).add(name->trimmed(), {}, &error))
        return fail(error);
    fail({});
    reload(name->trimmed());
}

void TaxonomyDialog::renameSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto newName = TextInput::getText(this, tr("Rename Category"), tr("New name for “%1”:").arg(name), name);
    if (!newName || newName->trimmed() == name)
        return;
    const int used = FactorTaxonomy(m_archive).usage().value(name);
    if (used > 0
        && MessageBox::question(this, tr("Rename Category"),
                                tr("Rename “%1” to “%2” in %n contributing factors of the archive?", nullptr, used)
                                    .arg(name, newName->trimmed()),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
               != QMessageBox::Yes)
        return;
    QString error;
    if (!FactorTaxonomy(m_archive).rename(name, newName->trimmed(), &error))
        return fail(error);
    fail({});
    reload(newName->trimmed());
}

void TaxonomyDialog::mergeSelected()
{
    const QString name = selectedName();
    const QString into = m_mergeInto->currentData().toString();
    if (name.isEmpty() || into.isEmpty())
        return;
    const int used = FactorTaxonomy(m_archive).usage().value(name);
    if (MessageBox::question(this, tr("Merge Categories"),
                             tr("Merge “%1” into “%2”? %n contributing factors move to “%2” and “%1” is removed.",
                                nullptr, used)
                                 .arg(name, into),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!FactorTaxonomy(m_archive).merge(name, into, &error))
        return fail(error);
    fail({});
    reload(into);
}

void TaxonomyDialog::toggleRetired()
{
    const QString name = selectedName();
    const int row = m_table->currentRow();
    if (name.isEmpty() || row < 0)
        return;
    const bool retired = m_table->item(row, StateColumn)->text() == tr("Retired");
    QString error;
    if (!FactorTaxonomy(m_archive).setRetired(name, !retired, &error))
        return fail(error);
    fail({});
    reload(name);
}

} // namespace hindsight
