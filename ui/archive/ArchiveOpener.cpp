// SPDX-License-Identifier: MIT
#include "archive/ArchiveOpener.h"

#include "storage/Archive.h"
#include "widgets/Dialogs.h"

#include <QCoreApplication>

namespace hindsight {

OpenedArchive openArchiveAsking(QWidget* parent, const QString& text)
{
    OpenedArchive out;
    ArchiveLocation location = ArchiveLocation::parse(text);
    out.location = location.withoutPassword();
    out.error = location.refusalBeforeOpening();
    if (!out.error.isEmpty())
        return out;
    if (location.isFile()) {
        out.archive = Archive::open(location.filePath(), Archive::Access::ReadWrite, &out.error);
        return out;
    }
    const QString key = location.storageText();
    if (!location.hasPassword()) {
        const QString remembered = PasswordDialog::sessionPassword(key);
        if (!remembered.isEmpty())
            location = location.withPassword(remembered);
    }
    out.archive = Archive::open(location.uri(), Archive::Access::ReadWrite, &out.error);
    bool asked = false;
    while (!out.archive && ArchiveLocation::isPasswordRequest(out.error)) {
        const QString problem =
            location.hasPassword()
                ? QCoreApplication::translate("ArchiveOpener", "The password was not accepted.")
                : QString();
        const std::optional<QString> password =
            PasswordDialog::ask(parent, out.location.displayText(), location.parameters().user, problem);
        if (!password) {
            out.error =
                QCoreApplication::translate("ArchiveOpener", "%1 was not opened: no password was given.")
                    .arg(out.location.displayText());
            return out;
        }
        asked = true;
        location = location.withPassword(*password);
        out.archive = Archive::open(location.uri(), Archive::Access::ReadWrite, &out.error);
    }
    if (out.archive && asked)
        PasswordDialog::rememberForSession(key, location.parameters().password);
    return out;
}

} // namespace hindsight
