// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ArchiveLocation.h"

#include <QString>
#include <memory>

class QWidget;

namespace hindsight {

class Archive;

// What the window opens: an archive file or a team archive (a PostgreSQL
// URI), from --archive, the recent archives, the Open dialogs. Refuses what is
// neither and a file whose folder does not exist (see ArchiveLocation). When
// the server asks for a password that neither ~/.pgpass, PGPASSWORD nor the
// service file gives, PasswordDialog asks for it (again after a wrong one,
// until cancelled); a password that worked is kept for this session only
// (PasswordDialog::rememberForSession), never stored.
struct OpenedArchive
{
    std::unique_ptr<Archive> archive; // null on refusal; `error` says why
    ArchiveLocation location;         // without password
    QString error;
};
OpenedArchive openArchiveAsking(QWidget* parent, const QString& text);

} // namespace hindsight
