// SPDX-License-Identifier: MIT
#include "report/ExportDialog.h"

#include "settings/Settings.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hindsight::report {
namespace {

std::function<int(ExportDialog*)>& nextHandler()
{
    static std::function<int(ExportDialog*)> handler;
    return handler;
}

constexpr int KeyRole = Qt::UserRole + 1;

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    }
    return out;
}

} // namespace

ExportDialog::ExportDialog(const Coe& coe, QWidget* parent) : QDialog(parent), m_coe(coe)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->setAccessibleName(tr("Format"));
    for (ExportFormat f : ExportFormats::all())
        m_format->addItem(ExportFormats::displayName(f), int(f));

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    m_profile->setAccessibleName(tr("Audience"));
    for (const ExportProfile& p : ExportProfile::builtIns())
        m_profile->addItem(p.displayName(), int(p.id));

    m_hosts = new QLineEdit(this);
    m_hosts->setObjectName(QStringLiteral("redactHostsLineEdit"));
    m_hosts->setAccessibleName(tr("Host names to hide"));
    m_hosts->setPlaceholderText(QStringLiteral("*.corp.example.com, db-??"));
    m_domains = new QLineEdit(this);
    m_domains->setObjectName(QStringLiteral("internalDomainsLineEdit"));
    m_domains->setAccessibleName(tr("Internal domains"));
    m_domains->setPlaceholderText(QStringLiteral("wiki.example.com, tickets.example.com"));
    // As last given (kept in Settings when an export is made).
    if (const Settings* settings = Settings::instance()) {
        m_hosts->setText(settings->redactHostPatterns().join(QStringLiteral(", ")));
        m_domains->setText(settings->internalDomains().join(QStringLiteral(", ")));
    }

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setWordWrap(true);

    m_replacements = new QTreeWidget(this);
    m_replacements->setObjectName(QStringLiteral("replacementsTree"));
    m_replacements->setAccessibleName(tr("Replacements"));
    m_replacements->setRootIsDecorated(false);
    m_replacements->setHeaderLabels({tr("Keep original"), tr("Where"), tr("Written"), tr("Exported as")});
    m_replacements->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_replacements->setMinimumHeight(160);
    connect(m_replacements, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0)
            return;
        const QString key = item->data(0, KeyRole).toString();
        if (item->checkState(0) == Qt::Checked)
            m_kept.insert(key);
        else
            m_kept.remove(key);
    });

    m_fileName = new QLineEdit(this);
    m_fileName->setObjectName(QStringLiteral("fileNameLineEdit"));
    m_fileName->setAccessibleName(tr("File"));
    m_fileName->setMinimumWidth(320);
    connect(m_fileName, &QLineEdit::textChanged, this, &ExportDialog::updateAcceptable);
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Choose the file"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Audience:"), m_profile);
    form->addRow(tr("&Hide hosts:"), m_hosts);
    form->addRow(tr("&Internal domains:"), m_domains);
    // A row whose field is a layout gets no buddy from QFormLayout: the
    // label's shortcut goes to the file name itself.
    auto* fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_fileName);
    form->addRow(fileLabel, fileRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addWidget(m_replacements, 1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ExportDialog::refreshPreview);
    connect(m_hosts, &QLineEdit::editingFinished, this, &ExportDialog::refreshPreview);
    connect(m_domains, &QLineEdit::editingFinished, this, &ExportDialog::refreshPreview);
    refreshPreview();
    updateAcceptable();
}

void ExportDialog::setOptions(const ReportOptions& options)
{
    m_options = options;
    refreshPreview();
}

void ExportDialog::setKnownNames(const QStringList& names)
{
    m_knownNames = names;
    refreshPreview();
}

void ExportDialog::setFileName(const QString& path)
{
    m_fileName->setText(path);
    formatChanged();
}

QString ExportDialog::fileName() const
{
    return m_fileName->text().trimmed();
}

ExportProfile ExportDialog::currentProfile() const
{
    const auto id = ExportProfile::Id(m_profile->currentData().toInt());
    for (const ExportProfile& p : ExportProfile::builtIns()) {
        if (p.id == id)
            return p;
    }
    return ExportProfile::internal();
}

RedactionOptions ExportDialog::redactionOptions() const
{
    RedactionOptions r;
    r.hostPatterns = splitList(m_hosts->text());
    r.internalDomains = splitList(m_domains->text());
    r.teamNames = m_options.teamNames;
    r.knownNames = m_knownNames;
    return r;
}

ProfileExportRequest ExportDialog::request() const
{
    ProfileExportRequest r;
    r.format = ExportFormat(m_format->currentData().toInt());
    r.profile = currentProfile();
    r.redaction = redactionOptions();
    r.kept = m_kept;
    r.options = m_options;
    return r;
}

void ExportDialog::refreshPreview()
{
    const ExportProfile profile = currentProfile();
    const bool hides = !profile.names || !profile.internalLinks || profile.redact;
    m_hosts->setEnabled(profile.redact);
    m_domains->setEnabled(profile.redact);
    const PreparedExport prepared = ExportPreparation::prepare(m_coe, profile, redactionOptions());
    QStringList notes = prepared.notes;
    if (hides)
        notes.prepend(tr("%n replacement(s); check one to keep what was written.", nullptr,
                         int(prepared.replacements.size())));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());

    const QSignalBlocker blocker(m_replacements);
    m_replacements->clear();
    for (const Replacement& r : prepared.replacements) {
        auto* item = new QTreeWidgetItem(m_replacements);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setData(0, KeyRole, r.key());
        item->setCheckState(0, m_kept.contains(r.key()) ? Qt::Checked : Qt::Unchecked);
        item->setText(1, r.path);
        item->setText(2, r.original);
        item->setText(3, r.replacement.isEmpty() ? tr("(left out)") : r.replacement);
    }
    // The kept ones are not among the replacements made: list them too.
    for (const QString& key : std::as_const(m_kept)) {
        const QString path = key.section(QLatin1Char('\x1f'), 0, 0);
        const QString original = key.section(QLatin1Char('\x1f'), 1);
        auto* item = new QTreeWidgetItem(m_replacements);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setData(0, KeyRole, key);
        item->setCheckState(0, Qt::Checked);
        item->setText(1, path);
        item->setText(2, original);
        item->setText(3, original);
    }
    m_replacements->setVisible(hides);
}

void ExportDialog::formatChanged()
{
    const QString name = fileName();
    if (name.isEmpty())
        return;
    const QString suffix = ExportFormats::suffix(ExportFormat(m_format->currentData().toInt()));
    const QFileInfo info(name);
    if (ExportFormats::fromFileName(name) || info.suffix().isEmpty()) {
        const QString base =
            info.suffix().isEmpty() ? name : name.left(name.size() - info.suffix().size() - 1);
        const QSignalBlocker blocker(m_fileName);
        m_fileName->setText(base + suffix);
    }
    updateAcceptable();
}

void ExportDialog::browse()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export COE"),
        QStringLiteral("%1 (*%2)").arg(ExportFormats::displayName(format), ExportFormats::suffix(format)),
        fileName());
    if (!path.isEmpty())
        setFileName(path);
}

void ExportDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!fileName().isEmpty());
}

void ExportDialog::setNextHandler(std::function<int(ExportDialog*)> handler)
{
    nextHandler() = std::move(handler);
}

int ExportDialog::runModal()
{
    int result = 0;
    if (nextHandler()) {
        const auto handler = std::exchange(nextHandler(), nullptr);
        show();
        result = handler(this);
        hide();
        setResult(result);
    } else {
        result = exec();
    }
    if (result == QDialog::Accepted) {
        // The lists are the user's: the next export (and the command line) starts from them.
        Settings* settings = Settings::instance();
        settings->setRedactHostPatterns(splitList(m_hosts->text()));
        settings->setInternalDomains(splitList(m_domains->text()));
    }
    return result;
}

} // namespace hindsight::report
