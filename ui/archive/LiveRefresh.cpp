// SPDX-License-Identifier: MIT
#include "archive/LiveRefresh.h"

#include "archive/ActionItemsView.h"
#include "archive/CoeBrowserView.h"
#include "archive/TrashView.h"
#include "settings/Settings.h"
#include "storage/Archive.h"

namespace hindsight {

LiveRefresh::LiveRefresh(Archive& archive, CoeBrowserView* browser, TrashView* trash, ActionItemsView* actions,
                         QObject* parent)
    : QObject(parent), m_archive(archive), m_browser(browser), m_trash(trash), m_actions(actions)
{
    archive.changes()->setSaver(saverFromSettings());
    connect(Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AuthorName)
            m_archive.changes()->setSaver(saverFromSettings());
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &LiveRefresh::refreshViews);
    connect(archive.changes(), &ArchiveChanges::archiveChanged, &m_debounce, qOverload<>(&QTimer::start));
}

Saver LiveRefresh::saverFromSettings()
{
    Saver saver = Saver::fromSystem();
    const QString author = Settings::instance()->authorName().trimmed();
    if (!author.isEmpty())
        saver.name = author;
    return saver;
}

void LiveRefresh::refreshViews()
{
    ++m_refreshes;
    if (m_browser)
        m_browser->refreshKeepingView();
    if (m_trash && m_trash->isVisible())
        m_trash->refresh();
    if (m_actions && m_actions->isVisible())
        m_actions->refresh();
}

} // namespace hindsight
