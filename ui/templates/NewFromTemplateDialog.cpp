// SPDX-License-Identifier: MIT
#include "templates/NewFromTemplateDialog.h"

#include "domain/DisplayNames.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight {

NewFromTemplateDialog::NewFromTemplateDialog(const QList<templates::Template>& templates, const QString& current,
                                             QWidget* parent)
    : QDialog(parent), m_templates(templates)
{
    setObjectName(QStringLiteral("newFromTemplateDialog"));
    setWindowTitle(tr("Choose a Template"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Template:"), this);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    label->setBuddy(m_list);
    for (const templates::Template& t : m_templates) {
        auto* item = new QListWidgetItem(
            t.builtIn ? tr("%1 (built-in)").arg(t.name) : t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(templates::kindDisplayName(t.kind));
    }
    layout->addWidget(m_list, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("templateDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentRow() >= 0);
        showDetails();
    });
    if (!select(current) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentRow() >= 0);
    showDetails();
    resize(480, 420);
}

bool NewFromTemplateDialog::select(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

std::optional<templates::Template> NewFromTemplateDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return std::nullopt;
    return m_templates.at(row);
}

void NewFromTemplateDialog::showDetails()
{
    const std::optional<templates::Template> t = chosen();
    if (!t) {
        m_details->clear();
        return;
    }
    QStringList lines;
    for (QuestionArea area : allValues<QuestionArea>())
        lines << tr("%1: %n question(s)", nullptr, int(t->questionsOf(area).size())).arg(displayName(area));
    if (!t->defaultTags.isEmpty())
        lines << tr("Tags: %1").arg(t->defaultTags.join(QStringLiteral(", ")));
    if (!t->defaultServices.isEmpty())
        lines << tr("Services: %1").arg(t->defaultServices.join(QStringLiteral(", ")));
    m_details->setText(lines.join(u'\n'));
}

} // namespace hindsight
