// SPDX-License-Identifier: MIT
#include "archive/RecentArchivesMenu.h"

#include "settings/Settings.h"

#include <QDir>
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
        QAction* a = addAction(QDir::toNativeSeparators(path));
        a->setStatusTip(tr("Open the archive %1").arg(QDir::toNativeSeparators(path)));
        a->setEnabled(QFileInfo(path).absoluteFilePath() != m_current);
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
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
