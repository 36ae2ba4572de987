// SPDX-License-Identifier: MIT
#include "settings/SettingsEditor.h"

#include "settings/Settings.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hindsight {

namespace {

using Key = Settings::Key;

QSpinBox* makeSpinBox(Key key, const QString& objectName, const QString& suffix, const QString& accessible,
                      QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(Settings::minimum(key), Settings::maximum(key));
    spin->setSuffix(suffix);
    spin->setAccessibleName(accessible);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("000000 days")) + 40);
    return spin;
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void setZone(QComboBox* combo, const QString& id)
{
    const int index = combo->findText(id, Qt::MatchExactly);
    if (index >= 0)
        combo->setCurrentIndex(index);
    combo->setEditText(id);
}

QGroupBox* makeGroup(const QString& title, const QString& objectName, QFormLayout** form, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return box;
}

} // namespace

SettingsEditor::SettingsEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Three tabs, so that the dialog fits a 1280x800 screen without scrolling
    // (on one page it was taller than the screen).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferencesTabWidget"));
    m_tabs->setDocumentMode(true);
    outer->addWidget(m_tabs);
    auto page = [this](const QString& title, const QString& objectName) {
        auto* w = new QWidget(m_tabs);
        w->setObjectName(objectName);
        auto* l = new QVBoxLayout(w);
        m_tabs->addTab(w, title);
        return l;
    };
    QVBoxLayout* general = page(tr("Ge&neral"), QStringLiteral("generalPage"));
    QVBoxLayout* review = page(tr("Rev&iew"), QStringLiteral("reviewPage"));
    QVBoxLayout* archivePage = page(tr("Arc&hive"), QStringLiteral("archivePage"));

    // Documents
    QFormLayout* form = nullptr;
    auto* documents = makeGroup(tr("Documents"), QStringLiteral("documentsGroupBox"), &form, this);
    m_authorName = new QLineEdit(documents);
    m_authorName->setObjectName(QStringLiteral("authorNameLineEdit"));
    m_authorName->setPlaceholderText(tr("e.g. Ana Pérez"));
    m_authorName->setMaxLength(200);
    m_authorName->setAccessibleName(tr("Author name"));
    m_authorName->setToolTip(tr("Filled in as the owner of each new COE."));
    form->addRow(tr("&Author name:"), m_authorName);

    m_autosaveDelay = makeSpinBox(Key::AutosaveDelayMs, QStringLiteral("autosaveDelaySpinBox"), tr(" ms"),
                                  tr("Autosave delay in milliseconds"), documents);
    m_autosaveDelay->setSingleStep(250);
    m_autosaveDelay->setToolTip(tr("How long to wait after the last change before saving."));
    form->addRow(tr("Auto&save after:"), m_autosaveDelay);
    general->addWidget(documents);

    // Analysis
    auto* analysis = makeGroup(tr("Review"), QStringLiteral("reviewGroupBox"), &form, this);
    m_gapThreshold = makeSpinBox(Key::GapThresholdMinutes, QStringLiteral("gapThresholdSpinBox"), tr(" min"),
                                 tr("Timeline gap threshold in minutes"), analysis);
    m_gapThreshold->setToolTip(tr("Timeline gaps longer than this are pointed out."));
    form->addRow(tr("Flag timeline &gaps longer than:"), m_gapThreshold);
    m_actionItemSla = makeSpinBox(Key::ActionItemSlaDays, QStringLiteral("actionItemSlaSpinBox"), tr(" days"),
                                  tr("Action item due time in days"), analysis);
    m_actionItemSla->setToolTip(tr("Default time to complete an action item; later ones are overdue."));
    form->addRow(tr("Action items are &due within:"), m_actionItemSla);

    // Owner names marked as teams (from an owner's or a finding's context
    // menu in the editor): listed here to be removed.
    auto* teamsRow = new QWidget(analysis);
    auto* teamsLayout = new QHBoxLayout(teamsRow);
    teamsLayout->setContentsMargins(0, 0, 0, 0);
    m_teamNames = new QListWidget(teamsRow);
    m_teamNames->setObjectName(QStringLiteral("teamNamesListWidget"));
    m_teamNames->setAccessibleName(tr("Names marked as teams"));
    m_teamNames->setToolTip(tr("The review does not take these names for people. Mark a name as a team with a "
                               "right click on an owner in the editor."));
    m_teamNames->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_teamNames->setSortingEnabled(true);
    m_teamNames->setMaximumHeight(m_teamNames->fontMetrics().height() * 5 + 8);
    m_removeTeamNames = new QPushButton(tr("Remo&ve"), teamsRow);
    m_removeTeamNames->setObjectName(QStringLiteral("removeTeamNamesButton"));
    m_removeTeamNames->setAccessibleName(tr("Remove the selected names from the teams"));
    m_removeTeamNames->setEnabled(false);
    teamsLayout->addWidget(m_teamNames, 1);
    teamsLayout->addWidget(m_removeTeamNames, 0, Qt::AlignTop);
    form->addRow(tr("T&eam names:"), teamsRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(teamsRow)))
        label->setBuddy(m_teamNames);
    review->addWidget(analysis);
    review->addStretch(1);

    // Display and printing
    auto* display = makeGroup(tr("Display and printing"), QStringLiteral("displayGroupBox"), &form, this);
    m_timeZone = new QComboBox(display);
    m_timeZone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setAccessibleName(tr("Display time zone"));
    m_timeZone->setToolTip(tr("Times are stored in UTC and shown in this zone. Type to search."));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->lineEdit()->setPlaceholderText(tr("e.g. Europe/Madrid"));
    m_timeZone->lineEdit()->setAccessibleName(tr("Display time zone"));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("&Time zone:"), m_timeZone);

    m_paperSize = new QComboBox(display);
    m_paperSize->setObjectName(QStringLiteral("paperSizeComboBox"));
    m_paperSize->setAccessibleName(tr("Paper size"));
    m_paperSize->addItem(tr("Automatic (from the system locale)"),
                         Settings::toString(Settings::PaperSize::Auto));
    m_paperSize->addItem(tr("A4"), Settings::toString(Settings::PaperSize::A4));
    m_paperSize->addItem(tr("US Letter"), Settings::toString(Settings::PaperSize::Letter));
    form->addRow(tr("&Paper size:"), m_paperSize);

    m_language = new QComboBox(display);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), Settings::toString(Settings::Language::System));
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), Settings::toString(Settings::Language::English));
    m_language->addItem(QStringLiteral("Español"), Settings::toString(Settings::Language::Spanish));
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language is used after Hindsight restarts."), display);
    languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    general->addWidget(display);
    general->addStretch(1);

    // Archive
    auto* archive = makeGroup(tr("Archive"), QStringLiteral("archiveGroupBox"), &form, this);
    auto* pathRow = new QWidget(archive);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_archivePath = new QLineEdit(pathRow);
    m_archivePath->setObjectName(QStringLiteral("archivePathLineEdit"));
    m_archivePath->setAccessibleName(tr("Default archive file"));
    m_archivePath->setPlaceholderText(
        tr("Default: %1").arg(QDir::toNativeSeparators(Settings::standardArchivePath())));
    m_archivePath->setClearButtonEnabled(true);
    m_browseArchivePath = new QPushButton(tr("&Browse…"), pathRow);
    m_browseArchivePath->setObjectName(QStringLiteral("browseArchivePathButton"));
    m_browseArchivePath->setAccessibleName(tr("Browse for the default archive file"));
    pathLayout->addWidget(m_archivePath, 1);
    pathLayout->addWidget(m_browseArchivePath);
    form->addRow(tr("Default a&rchive:"), pathRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_archivePath);

    m_backupsToKeep = makeSpinBox(Key::BackupsToKeep, QStringLiteral("backupsToKeepSpinBox"), QString(),
                                  tr("Daily backups to keep"), archive);
    m_backupsToKeep->setSpecialValueText(tr("None"));
    m_backupsToKeep->setToolTip(tr("Before the first change of each day, a copy of the archive is saved in a "
                                   "backups folder beside it; this many are kept. None makes no backups."));
    form->addRow(tr("Daily bac&kups to keep:"), m_backupsToKeep);

    m_versionsThinAfter = makeSpinBox(Key::VersionsThinAfterDays, QStringLiteral("versionsThinAfterSpinBox"),
                                      tr(" days"), tr("Thin versions older than this many days"), archive);
    m_versionsThinAfter->setSpecialValueText(tr("Never"));
    m_versionsThinAfter->setToolTip(tr("Versions of a COE older than this are thinned to one a day (the last of "
                                       "each day) once a day when the archive is opened. Approved versions are "
                                       "always kept. Never keeps every version."));
    form->addRow(tr("Thin &versions older than:"), m_versionsThinAfter);

    m_recentArchives = new QListWidget(archive);
    m_recentArchives->setObjectName(QStringLiteral("recentArchivesListWidget"));
    m_recentArchives->setAccessibleName(tr("Recently opened archives"));
    m_recentArchives->setSelectionMode(QAbstractItemView::NoSelection);
    m_recentArchives->setMaximumHeight(m_recentArchives->fontMetrics().height() * 4 + 8);
    form->addRow(tr("Recent archives:"), m_recentArchives);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_recentArchives)))
        label->setBuddy(m_recentArchives);

    auto* buttonsRow = new QWidget(archive);
    auto* buttonsLayout = new QHBoxLayout(buttonsRow);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    m_clearRecentArchives = new QPushButton(tr("&Clear Recent List"), buttonsRow);
    m_clearRecentArchives->setObjectName(QStringLiteral("clearRecentArchivesButton"));
    m_clearRecentArchives->setAccessibleName(tr("Clear the list of recent archives"));
    m_forgetWindowLayouts = new QPushButton(tr("&Forget Window Sizes"), buttonsRow);
    m_forgetWindowLayouts->setObjectName(QStringLiteral("forgetWindowLayoutsButton"));
    m_forgetWindowLayouts->setAccessibleName(tr("Forget the remembered window sizes and positions"));
    m_forgetWindowLayouts->setCheckable(true);
    buttonsLayout->addWidget(m_clearRecentArchives);
    buttonsLayout->addWidget(m_forgetWindowLayouts);
    buttonsLayout->addStretch(1);
    form->addRow(QString(), buttonsRow);
    archivePage->addWidget(archive);
    archivePage->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setAutoFillBackground(true);
    {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::Window, QColor(0xb0, 0x2a, 0x2a));
        p.setColor(QPalette::BrightText, Qt::white);
        m_problem->setPalette(p);
    }
    m_problem->setMargin(6);
    m_problem->hide();
    outer->addWidget(m_problem);

    m_chooser = [](QWidget* parent, const QString& current) {
        return QFileDialog::getSaveFileName(parent, tr("Default Archive"), current,
                                            tr("Hindsight archives (*.sqlite);;All files (*)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };

    connect(m_browseArchivePath, &QPushButton::clicked, this, &SettingsEditor::browseArchivePath);
    connect(m_clearRecentArchives, &QPushButton::clicked, this, [this] {
        m_clearRecent = true;
        m_recentArchives->clear();
        m_clearRecentArchives->setEnabled(false);
        emit edited();
    });
    connect(m_forgetWindowLayouts, &QPushButton::toggled, this, [this](bool on) {
        m_forgetLayouts = on;
        emit edited();
    });
    connect(m_teamNames, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeTeamNames->setEnabled(!m_teamNames->selectedItems().isEmpty()); });
    connect(m_removeTeamNames, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem*> selected = m_teamNames->selectedItems();
        if (selected.isEmpty())
            return;
        for (QListWidgetItem* item : selected)
            m_removedTeamNames << item->text();
        qDeleteAll(selected);
        m_teamNames->setFocus(Qt::OtherFocusReason);
        emit edited();
    });
    connect(m_authorName, &QLineEdit::textEdited, this, &SettingsEditor::edited);
    connect(m_archivePath, &QLineEdit::textChanged, this, [this] {
        updateValidity();
        emit edited();
    });
    connect(m_timeZone, &QComboBox::editTextChanged, this, [this] {
        updateValidity();
        emit edited();
    });
    for (QSpinBox* spin : {m_gapThreshold, m_actionItemSla, m_autosaveDelay, m_backupsToKeep, m_versionsThinAfter})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsEditor::edited);
    for (QComboBox* combo : {m_paperSize, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsEditor::edited);

    restoreDefaults();
}

void SettingsEditor::load(const Settings& settings)
{
    m_authorName->setText(settings.authorName());
    setZone(m_timeZone, QString::fromUtf8(settings.displayTimeZoneId()));
    m_gapThreshold->setValue(settings.gapThresholdMinutes());
    m_actionItemSla->setValue(settings.actionItemSlaDays());
    m_autosaveDelay->setValue(settings.autosaveDelayMs());
    selectData(m_paperSize, Settings::toString(settings.paperSize()));
    selectData(m_language, Settings::toString(settings.language()));
    m_archivePath->setText(QDir::toNativeSeparators(settings.defaultArchivePath()));
    m_backupsToKeep->setValue(settings.backupsToKeep());
    m_versionsThinAfter->setValue(settings.versionsThinAfterDays());
    m_teamNames->clear();
    m_teamNames->addItems(settings.teamNames());
    m_removedTeamNames.clear();
    m_recentArchives->clear();
    for (const QString& path : settings.recentArchives())
        m_recentArchives->addItem(QDir::toNativeSeparators(path));
    m_clearRecent = false;
    m_clearRecentArchives->setEnabled(m_recentArchives->count() > 0);
    m_forgetWindowLayouts->setChecked(false);
    m_forgetLayouts = false;
    updateValidity();
}

void SettingsEditor::restoreDefaults()
{
    m_authorName->setText(Settings::defaultValue(Key::AuthorName).toString());
    setZone(m_timeZone, Settings::defaultValue(Key::DisplayTimeZone).toString());
    m_gapThreshold->setValue(Settings::defaultValue(Key::GapThresholdMinutes).toInt());
    m_actionItemSla->setValue(Settings::defaultValue(Key::ActionItemSlaDays).toInt());
    m_autosaveDelay->setValue(Settings::defaultValue(Key::AutosaveDelayMs).toInt());
    selectData(m_paperSize, Settings::defaultValue(Key::PaperSize).toString());
    selectData(m_language, Settings::defaultValue(Key::Language).toString());
    m_archivePath->setText(Settings::defaultValue(Key::DefaultArchivePath).toString());
    m_backupsToKeep->setValue(Settings::defaultValue(Key::BackupsToKeep).toInt());
    m_versionsThinAfter->setValue(Settings::defaultValue(Key::VersionsThinAfterDays).toInt());
    updateValidity();
    emit edited();
}

QString SettingsEditor::problem() const
{
    const QString zone = m_timeZone->currentText().trimmed();
    if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return tr("“%1” is not a known time zone. Choose one from the list, such as Europe/Madrid or UTC.")
            .arg(zone);
    const QString path = m_archivePath->text().trimmed();
    if (!path.isEmpty() && !QDir::isAbsolutePath(QDir::fromNativeSeparators(path)))
        return tr("The default archive must be a full path, such as %1.")
            .arg(QDir::toNativeSeparators(Settings::standardArchivePath()));
    return {};
}

bool SettingsEditor::apply(Settings& settings, QString* error)
{
    const QString why = problem();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    bool ok = settings.setAuthorName(m_authorName->text());
    ok = settings.setDisplayTimeZone(m_timeZone->currentText().trimmed().toUtf8()) && ok;
    ok = settings.setGapThresholdMinutes(m_gapThreshold->value()) && ok;
    ok = settings.setActionItemSlaDays(m_actionItemSla->value()) && ok;
    ok = settings.setAutosaveDelayMs(m_autosaveDelay->value()) && ok;
    ok = settings.setValue(Key::PaperSize, m_paperSize->currentData()) && ok;
    ok = settings.setValue(Key::Language, m_language->currentData()) && ok;
    ok = settings.setDefaultArchivePath(QDir::fromNativeSeparators(m_archivePath->text().trimmed())) && ok;
    ok = settings.setBackupsToKeep(m_backupsToKeep->value()) && ok;
    ok = settings.setVersionsThinAfterDays(m_versionsThinAfter->value()) && ok;
    // Only the removed names go: one marked meanwhile in another window stays.
    QStringList teams = settings.teamNames();
    teams.removeIf([this](const QString& name) { return m_removedTeamNames.contains(name, Qt::CaseInsensitive); });
    ok = settings.setTeamNames(teams) && ok;
    m_removedTeamNames.clear();
    if (m_clearRecent)
        ok = settings.setRecentArchives({}) && ok;
    if (m_forgetLayouts)
        settings.clearWindowStates();
    m_clearRecent = false;
    m_forgetLayouts = false;
    m_forgetWindowLayouts->setChecked(false);
    if (!ok && error)
        *error = tr("Some preferences could not be saved.");
    return ok;
}

void SettingsEditor::setArchivePathChooser(PathChooser chooser)
{
    m_chooser = std::move(chooser);
}

void SettingsEditor::browseArchivePath()
{
    QString current = QDir::fromNativeSeparators(m_archivePath->text().trimmed());
    if (current.isEmpty())
        current = Settings::standardArchivePath();
    const QString chosen = m_chooser ? m_chooser(this, current) : QString();
    if (!chosen.isEmpty())
        m_archivePath->setText(QDir::toNativeSeparators(chosen));
}

void SettingsEditor::updateValidity()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty() != m_lastValid) {
        m_lastValid = why.isEmpty();
        emit validityChanged(m_lastValid);
    }
}

} // namespace hindsight
