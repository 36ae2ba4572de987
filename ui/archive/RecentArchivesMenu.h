// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

namespace hindsight {

// File > Recent Archives: Settings::recentArchives(), most recent first,
// filled each time it opens: files and team archives (PostgreSQL URIs, shown
// and kept without password). A file that no longer exists is dropped from
// the list when chosen.
class RecentArchivesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentArchivesMenu(QWidget* parent = nullptr);
    // The archive open now, as Settings keeps it (its entry is disabled).
    void setCurrent(const QString& path) { m_current = path; }

signals:
    void openRequested(const QString& path);
    void missing(const QString& path);

private:
    void fill();
    QString m_current;
};

} // namespace hindsight
