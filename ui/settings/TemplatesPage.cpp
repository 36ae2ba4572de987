// SPDX-License-Identifier: MIT
#include "settings/TemplatesPage.h"

#include "domain/DisplayNames.h"
#include "settings/RequirementsEditor.h"
#include "settings/Settings.h"
#include "templates/TemplateJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hindsight {

namespace {

using analysis::Section;
const QList<Section> kSteps{Section::Summary, Section::Impact,  Section::Timeline, Section::Metrics, Section::Questions,
                            Section::Whys,    Section::Actions, Section::Related,  Section::Review};

QString stepName(Section s)
{
    switch (s) {
    case Section::Summary: return TemplatesPage::tr("Summary");
    case Section::Impact: return TemplatesPage::tr("Impact");
    case Section::Timeline: return TemplatesPage::tr("Timeline");
    case Section::Metrics: return TemplatesPage::tr("Metrics");
    case Section::Questions: return TemplatesPage::tr("Questions");
    case Section::Whys: return TemplatesPage::tr("5 Whys");
    case Section::Actions: return TemplatesPage::tr("Action Items");
    case Section::Related: return TemplatesPage::tr("Related");
    case Section::Review: return TemplatesPage::tr("Review");
    }
    return {};
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u','))
        if (!part.trimmed().isEmpty() && !out.contains(part.trimmed(), Qt::CaseInsensitive))
            out.append(part.trimmed());
    return out;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(text.simplified().remove(u'&').remove(QChar(0x2026)));
    return b;
}

} // namespace

TemplatesPage::TemplatesPage(const templates::TemplateStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("templatesPage"));
    auto* outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("templatesTabs"));
    outer->addWidget(m_tabs);

    // --- the templates -------------------------------------------------------
    auto* templatesTab = new QWidget(m_tabs);
    auto* columns = new QHBoxLayout(templatesTab);
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(templatesTab);
    m_list->setObjectName(QStringLiteral("templatesListWidget"));
    m_list->setAccessibleName(tr("Templates"));
    left->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_new = button(tr("&New"), "newTemplateButton", templatesTab);
    m_duplicate = button(tr("D&uplicate"), "duplicateTemplateButton", templatesTab);
    m_delete = button(tr("&Delete"), "deleteTemplateButton", templatesTab);
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    left->addLayout(buttons);
    auto* files = new QHBoxLayout;
    m_import = button(tr("&Import…"), "importTemplateButton", templatesTab);
    m_export = button(tr("E&xport…"), "exportTemplateButton", templatesTab);
    files->addWidget(m_import);
    files->addWidget(m_export);
    left->addLayout(files);
    columns->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_builtInNote = new QLabel(tr("A built-in template cannot be changed or deleted: duplicate it to make your own."),
                               templatesTab);
    m_builtInNote->setObjectName(QStringLiteral("builtInTemplateLabel"));
    m_builtInNote->setWordWrap(true);
    right->addWidget(m_builtInNote);
    m_form = new QTabWidget(templatesTab);
    m_form->setObjectName(QStringLiteral("templateFormTabs"));
    auto* formTabs = static_cast<QTabWidget*>(m_form);

    auto* general = new QWidget(formTabs);
    auto* form = new QFormLayout(general);
    m_name = new QLineEdit(general);
    m_name->setObjectName(QStringLiteral("templateNameLineEdit"));
    m_name->setAccessibleName(tr("Template name"));
    form->addRow(tr("Na&me:"), m_name);
    m_kind = new QComboBox(general);
    m_kind->setObjectName(QStringLiteral("templateKindComboBox"));
    m_kind->setAccessibleName(tr("Kind of incident"));
    for (const QString& kind : templates::templateKinds())
        m_kind->addItem(templates::kindDisplayName(kind), kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_tags = new QLineEdit(general);
    m_tags->setObjectName(QStringLiteral("templateTagsLineEdit"));
    m_tags->setAccessibleName(tr("Default tags, separated by commas"));
    form->addRow(tr("Default &tags:"), m_tags);
    m_services = new QLineEdit(general);
    m_services->setObjectName(QStringLiteral("templateServicesLineEdit"));
    m_services->setAccessibleName(tr("Default services, separated by commas"));
    form->addRow(tr("Default &services:"), m_services);
    m_required = new QListWidget(general);
    m_required->setObjectName(QStringLiteral("templateRequiredListWidget"));
    m_required->setAccessibleName(tr("Required at every severity"));
    for (templates::RequiredItem item : templates::allRequiredItems()) {
        auto* i = new QListWidgetItem(templates::displayName(item), m_required);
        i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        i->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("Required at every &severity:"), m_required);
    formTabs->addTab(general, tr("General"));

    auto* questions = new QWidget(formTabs);
    auto* qForm = new QFormLayout(questions);
    const QList<QuestionArea> areas = allValues<QuestionArea>();
    for (int i = 0; i < 4; ++i) {
        m_questions[i] = new QPlainTextEdit(questions);
        QString area = toString(areas.at(i)); // "detection": templateQuestionsDetectionPlainTextEdit
        area[0] = area.at(0).toUpper();
        m_questions[i]->setObjectName(QStringLiteral("templateQuestions%1PlainTextEdit").arg(area));
        m_questions[i]->setAccessibleName(tr("%1 questions, one per line").arg(displayName(areas.at(i))));
        m_questions[i]->setTabChangesFocus(true);
        qForm->addRow(displayName(areas.at(i)) + QLatin1Char(':'), m_questions[i]);
    }
    formTabs->addTab(questions, tr("Questions"));

    auto* guidance = new QWidget(formTabs);
    auto* gLayout = new QVBoxLayout(guidance);
    m_guidanceStep = new QComboBox(guidance);
    m_guidanceStep->setObjectName(QStringLiteral("templateGuidanceStepComboBox"));
    m_guidanceStep->setAccessibleName(tr("Step of the guidance"));
    for (Section s : kSteps)
        m_guidanceStep->addItem(stepName(s), int(s));
    gLayout->addWidget(m_guidanceStep);
    m_guidance = new QPlainTextEdit(guidance);
    m_guidance->setObjectName(QStringLiteral("templateGuidancePlainTextEdit"));
    m_guidance->setAccessibleName(tr("Guidance for this step, in Markdown; empty shows the program's"));
    m_guidance->setPlaceholderText(tr("Empty: the program's guidance for this step"));
    m_guidance->setTabChangesFocus(true);
    gLayout->addWidget(m_guidance, 1);
    formTabs->addTab(guidance, tr("Guidance"));

    auto* own = new QWidget(formTabs);
    auto* oLayout = new QVBoxLayout(own);
    m_ownTable = new QCheckBox(tr("This template has its &own required-by-severity table"), own);
    m_ownTable->setObjectName(QStringLiteral("templateOwnTableCheckBox"));
    m_ownTable->setAccessibleName(tr("Own required-by-severity table"));
    oLayout->addWidget(m_ownTable);
    m_templateTable = new RequirementsEditor(QStringLiteral("templateRequired"), own);
    oLayout->addWidget(m_templateTable, 1);
    formTabs->addTab(own, tr("Required by Severity"));
    right->addWidget(m_form, 1);
    columns->addLayout(right, 2);
    m_tabs->addTab(templatesTab, tr("Templates"));

    // --- the user's table ------------------------------------------------------
    auto* tableTab = new QWidget(m_tabs);
    auto* tLayout = new QVBoxLayout(tableTab);
    auto* about = new QLabel(tr("What a COE of each severity must contain. The review check reports a missing item "
                                "as an error for that severity. A template may have its own table."),
                             tableTab);
    about->setWordWrap(true);
    tLayout->addWidget(about);
    m_table = new RequirementsEditor(QStringLiteral("required"), tableTab);
    tLayout->addWidget(m_table, 1);
    m_tableDefaults = button(tr("&Method Defaults"), "requiredDefaultsButton", tableTab);
    tLayout->addWidget(m_tableDefaults, 0, Qt::AlignLeft);
    m_tabs->addTab(tableTab, tr("Required by Severity"));

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        storeCurrent();
        showCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplatesPage::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::deleteCurrent);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Template"), QDir::homePath(),
                                                          tr("Templates (*.json)"));
        QStringList errors;
        if (!path.isEmpty() && !importFile(path, &errors))
            QMessageBox::warning(this, tr("Import Template"), errors.join(u'\n'));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Template"), QDir::home().filePath(m_templates.at(row).id + QStringLiteral(".json")),
            tr("Templates (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportCurrent(path, &error))
            QMessageBox::warning(this, tr("Export Template"), error);
    });
    connect(m_guidanceStep, &QComboBox::currentIndexChanged, this, [this] {
        // The text shown belongs to the step chosen before: showCurrent() reads the new one.
        storeCurrent();
        showCurrent();
    });
    connect(m_ownTable, &QCheckBox::toggled, m_templateTable, &QWidget::setEnabled);
    connect(m_tableDefaults, &QPushButton::clicked, this,
            [this] { m_table->setRequirements(templates::Requirements::methodDefaults()); });

    QStringList problems;
    for (const templates::Template& t : m_store.all(&problems))
        addTemplate(t);
    if (!m_templates.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
}

void TemplatesPage::addTemplate(templates::Template t)
{
    auto* item = new QListWidgetItem(t.builtIn ? tr("%1 (built-in)").arg(t.name) : t.name, m_list);
    item->setData(Qt::UserRole, t.id);
    m_templates.append(std::move(t));
}

QList<templates::Template> TemplatesPage::templates() const
{
    const_cast<TemplatesPage*>(this)->storeCurrent();
    return m_templates;
}

int TemplatesPage::currentRow() const
{
    return m_list->currentRow();
}

void TemplatesPage::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

void TemplatesPage::load(const Settings& settings)
{
    m_table->setRequirements(settings.requirements());
}

void TemplatesPage::storeCurrent()
{
    // The previous step's guidance is stored under the step it was shown for.
    if (m_loading || m_shown < 0 || m_shown >= m_templates.size())
        return;
    templates::Template& t = m_templates[m_shown];
    if (t.builtIn)
        return;
    t.name = m_name->text().trimmed();
    t.kind = m_kind->currentData().toString();
    t.questions.clear();
    const QList<QuestionArea> areas = allValues<QuestionArea>();
    for (int i = 0; i < 4; ++i)
        for (const QString& line : m_questions[i]->toPlainText().split(u'\n'))
            if (!line.trimmed().isEmpty())
                t.questions.append(Question{areas.at(i), line.trimmed(), {}});
    const auto step = Section(m_guidance->property("step").toInt());
    if (m_guidance->toPlainText().trimmed().isEmpty())
        t.guidance.remove(step);
    else
        t.guidance.insert(step, m_guidance->toPlainText());
    t.defaultTags = splitList(m_tags->text());
    t.defaultServices = splitList(m_services->text());
    t.requiredSections.clear();
    const QList<templates::RequiredItem> items = templates::allRequiredItems();
    for (int i = 0; i < m_required->count(); ++i)
        if (m_required->item(i)->checkState() == Qt::Checked)
            t.requiredSections.append(items.at(i));
    if (m_ownTable->isChecked())
        t.requirements = m_templateTable->requirements();
    else
        t.requirements.reset();
    if (QListWidgetItem* item = m_list->item(m_shown))
        item->setText(t.name.isEmpty() ? tr("(no name)") : t.name);
}

void TemplatesPage::showCurrent()
{
    m_loading = true;
    const int row = m_list->currentRow();
    m_shown = row;
    const bool valid = row >= 0 && row < m_templates.size();
    const templates::Template t = valid ? m_templates.at(row) : templates::Template{};
    m_name->setText(t.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(t.kind.isEmpty() ? QStringLiteral("custom") : t.kind)));
    const QList<QuestionArea> areas = allValues<QuestionArea>();
    for (int i = 0; i < 4; ++i) {
        QStringList lines;
        for (const Question& q : t.questionsOf(areas.at(i)))
            lines << q.question;
        m_questions[i]->setPlainText(lines.join(u'\n'));
    }
    const auto step = Section(m_guidanceStep->currentData().toInt());
    m_guidance->setProperty("step", int(step));
    m_guidance->setPlainText(t.guidance.value(step));
    m_tags->setText(t.defaultTags.join(QStringLiteral(", ")));
    m_services->setText(t.defaultServices.join(QStringLiteral(", ")));
    const QList<templates::RequiredItem> items = templates::allRequiredItems();
    for (int i = 0; i < m_required->count(); ++i)
        m_required->item(i)->setCheckState(t.requiredSections.contains(items.at(i)) ? Qt::Checked : Qt::Unchecked);
    m_ownTable->setChecked(t.requirements.has_value());
    m_templateTable->setRequirements(t.requirements.value_or(templates::Requirements::methodDefaults()));
    m_templateTable->setEnabled(t.requirements.has_value());
    // A built-in is shown, not edited (its guidance step can still be browsed).
    const bool editable = valid && !t.builtIn;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_kind, m_tags, m_services, m_required, m_ownTable,
                                                      m_guidance, m_questions[0], m_questions[1], m_questions[2],
                                                      m_questions[3]})
        w->setEnabled(editable);
    m_templateTable->setEnabled(editable && t.requirements.has_value());
    m_builtInNote->setVisible(valid && t.builtIn);
    m_loading = false;
    updateButtons();
}

void TemplatesPage::updateButtons()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_templates.size();
    m_duplicate->setEnabled(valid);
    m_export->setEnabled(valid);
    m_delete->setEnabled(valid && !m_templates.at(row).builtIn);
}

void TemplatesPage::newTemplate()
{
    storeCurrent();
    templates::Template t;
    t.name = tr("New template");
    t.kind = QStringLiteral("custom");
    QStringList taken;
    for (const templates::Template& o : std::as_const(m_templates))
        taken << o.id;
    QString id = m_store.freeId(t.name);
    for (int n = 2; taken.contains(id); ++n)
        id = m_store.freeId(t.name) + QStringLiteral("-%1").arg(n);
    t.id = id;
    addTemplate(t);
    m_list->setCurrentRow(int(m_templates.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void TemplatesPage::duplicateCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    storeCurrent();
    templates::Template copy = m_store.duplicate(m_templates.at(row));
    QStringList taken;
    for (const templates::Template& o : std::as_const(m_templates))
        taken << o.id;
    const QString base = copy.id;
    for (int n = 2; taken.contains(copy.id); ++n)
        copy.id = base + QStringLiteral("-%1").arg(n);
    addTemplate(copy);
    m_list->setCurrentRow(int(m_templates.size()) - 1);
}

bool TemplatesPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_templates.at(row).builtIn)
        return false;
    m_deleted << m_templates.at(row).id;
    m_shown = -1; // nothing to store of the removed one
    m_templates.removeAt(row);
    delete m_list->takeItem(row);
    showCurrent();
    return true;
}

bool TemplatesPage::importFile(const QString& path, QStringList* errors)
{
    std::optional<templates::Template> t = templates::readTemplateFile(path, errors);
    if (!t)
        return false;
    storeCurrent();
    t->builtIn = false;
    QStringList taken;
    for (const templates::Template& o : std::as_const(m_templates))
        taken << o.id;
    if (t->id.isEmpty() || templates::isBuiltInId(t->id) || taken.contains(t->id)) {
        const QString base = m_store.freeId(t->id.isEmpty() || templates::isBuiltInId(t->id) ? t->name : t->id);
        t->id = base;
        for (int n = 2; taken.contains(t->id); ++n)
            t->id = base + QStringLiteral("-%1").arg(n);
    }
    m_deleted.removeAll(t->id);
    addTemplate(*t);
    m_list->setCurrentRow(int(m_templates.size()) - 1);
    return true;
}

bool TemplatesPage::exportCurrent(const QString& path, QString* error)
{
    const int row = currentRow();
    if (row < 0)
        return false;
    storeCurrent();
    return m_store.exportFile(m_templates.at(row), path, error);
}

bool TemplatesPage::apply(Settings& settings, QString* error)
{
    storeCurrent();
    for (const QString& id : std::as_const(m_deleted))
        if (!m_store.remove(id, error))
            return false;
    m_deleted.clear();
    for (templates::Template& t : m_templates) {
        if (t.builtIn)
            continue;
        const std::optional<templates::Template> stored = m_store.find(t.id);
        if (stored && *stored == t)
            continue;
        if (!m_store.save(t, error))
            return false;
    }
    settings.setRequirements(m_table->requirements());
    settings.notifyTemplatesChanged();
    return true;
}

} // namespace hindsight
