// SPDX-License-Identifier: MIT
#include "settings/RequirementsEditor.h"

#include "domain/DisplayNames.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight {

namespace {
using templates::RequiredItem;
const QList<Priority> kPriorities{Priority::High, Priority::Medium, Priority::Low};
} // namespace

RequirementsEditor::RequirementsEditor(const QString& prefix, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<RequiredItem> items = templates::allRequiredItems();
    m_table = new QTableWidget(int(items.size()) + 2, 5, this);
    m_table->setObjectName(prefix + QStringLiteral("TableWidget"));
    m_table->setAccessibleName(tr("Required by severity"));
    QStringList columns;
    for (int s = 1; s <= 5; ++s)
        columns << tr("Sev %1").arg(s);
    m_table->setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (RequiredItem item : items)
        rows << templates::displayName(item);
    rows << tr("Minimum whys") << tr("Minimum action items");
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < 5; ++c) {
            auto* cell = new QTableWidgetItem;
            if (r < items.size()) {
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                cell->setCheckState(Qt::Unchecked);
            } else {
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable);
                cell->setData(Qt::EditRole, 1);
            }
            m_table->setItem(r, c, cell);
        }
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* cell) {
        if (m_loading)
            return;
        if (!cell->flags().testFlag(Qt::ItemIsUserCheckable)) {
            const int n = std::clamp(cell->data(Qt::EditRole).toInt(), 0, 1000);
            if (cell->data(Qt::EditRole).toInt() != n || cell->data(Qt::EditRole).typeId() != QMetaType::Int) {
                m_loading = true;
                cell->setData(Qt::EditRole, n);
                m_loading = false;
            }
        }
        emit edited();
    });

    auto* targets = new QFormLayout;
    const QStringList names{QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low")};
    for (int i = 0; i < 3; ++i) {
        auto* row = new QHBoxLayout;
        m_targets[i].days = new QSpinBox(this);
        m_targets[i].days->setObjectName(prefix + names.at(i) + QStringLiteral("DueSpinBox"));
        m_targets[i].days->setRange(0, 1000);
        m_targets[i].days->setAccessibleName(tr("Due target of %1 priority, in days").arg(displayName(kPriorities.at(i))));
        m_targets[i].business = new QCheckBox(tr("business days"), this);
        m_targets[i].business->setObjectName(prefix + names.at(i) + QStringLiteral("BusinessDaysCheckBox"));
        m_targets[i].business->setAccessibleName(
            tr("Count business days for %1 priority").arg(displayName(kPriorities.at(i))));
        row->addWidget(m_targets[i].days);
        row->addWidget(m_targets[i].business);
        row->addStretch(1);
        auto* label = new QLabel(tr("Due within (%1 priority):").arg(displayName(kPriorities.at(i))), this);
        label->setBuddy(m_targets[i].days);
        targets->addRow(label, row);
        connect(m_targets[i].days, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        connect(m_targets[i].business, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit edited();
        });
    }
    layout->addLayout(targets);
    setRequirements(templates::Requirements::methodDefaults());
}

void RequirementsEditor::setRequirements(const templates::Requirements& requirements)
{
    m_loading = true;
    const QList<RequiredItem> items = templates::allRequiredItems();
    for (int s = 1; s <= 5; ++s) {
        const templates::SeverityRequirement& need = requirements.forSeverity(s);
        for (int r = 0; r < items.size(); ++r)
            m_table->item(r, s - 1)->setCheckState(need.has(items.at(r)) ? Qt::Checked : Qt::Unchecked);
        m_table->item(int(items.size()), s - 1)->setData(Qt::EditRole, need.minWhys);
        m_table->item(int(items.size()) + 1, s - 1)->setData(Qt::EditRole, need.minActions);
    }
    for (int i = 0; i < 3; ++i) {
        const templates::DueTarget t = requirements.dueTarget(kPriorities.at(i));
        m_targets[i].days->setValue(t.days);
        m_targets[i].business->setChecked(t.businessDays);
    }
    m_loading = false;
}

templates::Requirements RequirementsEditor::requirements() const
{
    templates::Requirements out;
    const QList<RequiredItem> items = templates::allRequiredItems();
    for (int s = 1; s <= 5; ++s) {
        templates::SeverityRequirement& need = out.forSeverity(s);
        need.items.clear();
        for (int r = 0; r < items.size(); ++r)
            need.setRequired(items.at(r), m_table->item(r, s - 1)->checkState() == Qt::Checked);
        need.minWhys = m_table->item(int(items.size()), s - 1)->data(Qt::EditRole).toInt();
        need.minActions = m_table->item(int(items.size()) + 1, s - 1)->data(Qt::EditRole).toInt();
    }
    for (int i = 0; i < 3; ++i)
        out.setDueTarget(kPriorities.at(i), {m_targets[i].days->value(), m_targets[i].business->isChecked()});
    return out;
}

} // namespace hindsight
