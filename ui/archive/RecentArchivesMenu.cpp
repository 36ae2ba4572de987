// SPDX-License-Identifier: MIT
#include "archive/RecentArchivesMenu.h"

#include "settings/Settings.h"
#include "storage/ArchiveLocation.h"

#include <QFileInfo>

namespace hindsight {

RecentArchivesMenu::RecentArchivesMenu(QWidget* parent) : QMenu(tr("Recen&t Archives"), parent)
{
    setObjectName(QStringLiteral("recentArchivesMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentArchivesMenu::fill);
}

void RecentArchivesMenu::fill()
{
    clear();
    const QStringList recent = Settings::instance()->recentArchives();
    for (const QString& path : recent) {
        // A file path, or a team archive's URI (stored without password).
        const ArchiveLocation location = ArchiveLocation::parse(path);
        QAction* a = addAction(location.displayText());
        a->setStatusTip(tr("Open the archive %1").arg(location.displayText()));
        a->setEnabled(location.storageText() != m_current);
        const bool isFile = location.isFile();
        connect(a, &QAction::triggered, this, [this, path, isFile] {
            if (isFile && !QFileInfo::exists(path)) {
                Settings::instance()->removeRecentArchive(path);
                emit missing(path);
                return;
            }
            emit openRequested(path);
        });
    }
    if (recent.isEmpty())
        addAction(tr("No recent archives"))->setEnabled(false);
}

} // namespace hindsight
