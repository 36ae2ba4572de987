// SPDX-License-Identifier: MIT
#include "editor/EditorLiveBar.h"

#include "document/TimeParser.h"
#include "editor/EditorWindow.h"
#include "itemmodels/ToolTip.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveChanges.h"
#include "storage/CoeQuery.h"
#include "widgets/Dialogs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hindsight {

EditorLiveBar::EditorLiveBar(EditorWindow* editor, Archive& archive, QWidget* parent)
    : QFrame(parent), m_editor(editor), m_archive(archive),
      m_session(std::make_unique<ArchivePresence>(archive, editor->uuid()))
{
    setObjectName(QStringLiteral("liveBar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("changedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette pal = m_banner->palette();
    pal.setColor(QPalette::Window, QColor(0xe8, 0xf0, 0xfe));
    pal.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    m_banner->setPalette(pal);
    auto* row = new QHBoxLayout(m_banner);
    row->setContentsMargins(8, 4, 4, 4);
    m_changed = new QLabel(m_banner);
    m_changed->setObjectName(QStringLiteral("changedByLabel"));
    m_changed->setTextFormat(Qt::PlainText);
    m_changed->setWordWrap(true);
    row->addWidget(m_changed, 1);
    m_showChanges = new QPushButton(tr("Show Changes…"), m_banner);
    m_showChanges->setObjectName(QStringLiteral("showChangesButton"));
    m_showChanges->setToolTip(tr("Compare the stored version with this window's, section by section"));
    m_reload = new QPushButton(tr("Reload"), m_banner);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Show the stored version here (Edit ▸ Undo brings this window's back)"));
    m_restore = new QPushButton(tr("Restore"), m_banner);
    m_restore->setObjectName(QStringLiteral("restoreFromTrashButton"));
    m_restore->setToolTip(tr("Take this COE out of the Trash"));
    m_restore->hide();
    m_close = new QPushButton(m_banner);
    m_close->setObjectName(QStringLiteral("closeChangedBannerButton"));
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close"));
    row->addWidget(m_showChanges);
    row->addWidget(m_reload);
    row->addWidget(m_restore);
    row->addWidget(m_close);
    layout->addWidget(m_banner);
    m_banner->hide();

    m_presence = new QLabel(this);
    m_presence->setObjectName(QStringLiteral("presenceLabel"));
    m_presence->setTextFormat(Qt::PlainText);
    m_presence->setWordWrap(true);
    m_presence->hide();
    layout->addWidget(m_presence);

    connect(m_showChanges, &QPushButton::clicked, this, [this] { showChanges(); });
    connect(m_reload, &QPushButton::clicked, this, [this] { reload(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreFromTrash(); });
    connect(m_close, &QPushButton::clicked, this, &EditorLiveBar::hideChanged);

    ArchiveChanges* changes = archive.changes();
    connect(changes, &ArchiveChanges::coeChanged, this, &EditorLiveBar::onChanged);
    connect(changes, &ArchiveChanges::coeTrashed, this, &EditorLiveBar::onTrashed);
    connect(changes, &ArchiveChanges::archiveChanged, this, &EditorLiveBar::updatePresence);

    m_seenRevision = editor->document()->coe().revision;
    m_session->join(); // a read-only archive: others just do not see this window
    m_heartbeat.setInterval(ArchivePresence::heartbeatInterval());
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        m_session->heartbeat();
        updatePresence();
    });
    m_heartbeat.start();
    updatePresence();
}

EditorLiveBar::~EditorLiveBar() = default; // the session leaves (if the archive is still open)

void EditorLiveBar::leave()
{
    m_heartbeat.stop();
    disconnect(m_archive.changes(), nullptr, this, nullptr);
    m_session->leave();
}

void EditorLiveBar::onChanged(const QUuid& uuid, qint64 revision, const QString& by, const QString& host,
                              const QDateTime& atUtc)
{
    if (uuid != m_editor->uuid())
        return;
    if (m_trashed) // restored elsewhere (a restore keeps the revision)
        hideChanged();
    // Already this window's (a Reload or merge took it), or older than what is shown.
    if (revision <= m_editor->document()->coe().revision || revision <= m_seenRevision)
        return;
    m_seenRevision = revision;
    const QString who = by.isEmpty() ? tr("someone") : by;
    const QString when = TimeParser::format(atUtc, Settings::instance()->displayTimeZone());
    m_changed->setText(tr("Changed by %1 at %2").arg(who, when));
    m_changed->setToolTip(host.isEmpty() ? QString() : plainToolTip(tr("Saved on %1").arg(host)));
    m_banner->show();
}

void EditorLiveBar::onTrashed(const QUuid& uuid)
{
    if (uuid != m_editor->uuid() || m_trashed)
        return;
    m_trashed = true;
    m_changed->setText(tr("Another window or person moved this COE to the Trash. What you type is still saved, "
                          "in the Trash, until the Trash is emptied."));
    m_changed->setToolTip(QString());
    m_showChanges->hide();
    m_reload->hide();
    m_restore->show();
    m_banner->show();
}

bool EditorLiveBar::restoreFromTrash()
{
    QString error;
    if (!CoeCatalog(m_archive).restore(m_editor->uuid(), &error)) {
        m_changed->setText(tr("Cannot restore this COE from the Trash: %1").arg(error));
        return false;
    }
    hideChanged();
    return true;
}

void EditorLiveBar::hideChanged()
{
    m_banner->hide();
    m_changed->clear();
    if (m_trashed) {
        m_trashed = false;
        m_restore->hide();
        m_showChanges->show();
        m_reload->show();
    }
}

bool EditorLiveBar::reload()
{
    CoeRepository repository(m_archive);
    QString error;
    const std::optional<Coe> stored = repository.load(m_editor->uuid(), &error);
    if (!stored) {
        m_changed->setText(tr("Cannot read the stored version: %1").arg(error));
        return false;
    }
    AutoSaver* saver = m_editor->autoSaver();
    if (saver->hasUnsavedChanges()) {
        const int choice = MessageBox::choose(
            m_editor, tr("Reload"),
            tr("This window has edits that are not saved yet. Reloading replaces them with the stored version "
               "(Edit ▸ Undo brings them back); Compare and Merge keeps what you choose of both."),
            {tr("Compare and Merge…"), tr("Reload"), tr("Cancel")}, 0);
        if (choice == 0)
            return showChanges();
        if (choice != 1)
            return false;
    }
    m_editor->document()->replaceContent(*stored, tr("Reload Stored Version"));
    saver->adoptStored(*stored);
    hideChanged();
    return true;
}

bool EditorLiveBar::showChanges()
{
    if (!m_editor->compareWithStored())
        return false;
    hideChanged();
    return true;
}

void EditorLiveBar::updatePresence()
{
    const QList<ArchivePresence::Session> others = m_session->others();
    QStringList names;
    for (const ArchivePresence::Session& s : others) {
        const QString name = s.name.isEmpty() ? tr("someone") : s.name;
        names << (s.host.isEmpty() ? name : tr("%1 (%2)", "name (host)").arg(name, s.host));
    }
    names.removeDuplicates();
    m_presence->setText(names.isEmpty() ? QString() : tr("Also open by %1").arg(names.join(QStringLiteral(", "))));
    m_presence->setVisible(!names.isEmpty());
}

} // namespace hindsight
